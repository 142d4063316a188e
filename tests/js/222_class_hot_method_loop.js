// Hot loops calling class methods: the optimized code must keep the same results.
class Vec {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  dot(o) {
    return this.x * o.x + this.y * o.y;
  }
  scale(k) {
    return new Vec(this.x * k, this.y * k);
  }
  addInPlace(o) {
    this.x += o.x;
    this.y += o.y;
    return this;
  }
}
var acc = new Vec(0, 0);
var unit = new Vec(1, 2);
var dots = 0;
for (var i = 0; i < 4000; i++) {
  var v = new Vec(i % 13, i % 7);
  dots += v.dot(unit);
  acc.addInPlace(v.scale(0.5));
}
console.log(dots, acc.x, acc.y);
console.log(acc);
class Accumulator {
  constructor() {
    this.total = 0;
    this.n = 0;
  }
  add(v) {
    this.total += v;
    this.n++;
  }
  mean() {
    return this.total / this.n;
  }
}
var a = new Accumulator();
for (var j = 0; j < 5000; j++) {
  a.add(j % 2 === 0 ? j : 0.5);
}
console.log(a.total, a.n, a.mean());
// a method that overflows int32 partway through
class Big {
  constructor() {
    this.v = 1;
  }
  grow() {
    this.v = this.v * 3 + 1;
    return this.v;
  }
}
var b = new Big();
var r = 0;
for (var k = 0; k < 40; k++) r = b.grow();
console.log(r);
