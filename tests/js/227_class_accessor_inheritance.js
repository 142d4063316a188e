// Getters/setters are inherited and can be overridden; super.x reads the parent's getter.
class Base {
  constructor() {
    this._v = 1;
  }
  get v() {
    return this._v;
  }
  set v(x) {
    this._v = x;
  }
  get label() {
    return 'base:' + this.v;
  }
}
class Doubler extends Base {
  get v() {
    return super.v * 2;
  }
  set v(x) {
    this._v = x + 1;
  }
  get label() {
    return 'doubler(' + super.label + ')';
  }
}
var b = new Base();
var d = new Doubler();
console.log(b.v, d.v, b.label, d.label);
b.v = 10;
d.v = 10;
console.log(b.v, d.v, d._v, b.label, d.label);
console.log(d);
var sum = 0;
for (var i = 0; i < 3000; i++) {
  d.v = i % 5;
  sum += d.v;
}
console.log(sum);
