// Methods passed as callbacks with arrow wrappers; method lookup via computed names.
class Calc {
  constructor() {
    this.acc = 0;
  }
  add(x) {
    this.acc += x;
    return this;
  }
  sub(x) {
    this.acc -= x;
    return this;
  }
  mul(x) {
    this.acc *= x;
    return this;
  }
}
var c = new Calc();
var ops = [['add', 5], ['mul', 3], ['sub', 4], ['mul', 10], ['add', 0.5]];
for (var op of ops) {
  c[op[0]](op[1]);
}
console.log(c.acc);
var c2 = new Calc();
[1, 2, 3, 4].forEach((x) => c2.add(x));
console.log(c2.acc);
var names = ['add', 'sub'];
var c3 = new Calc();
for (var i = 0; i < 3000; i++) {
  c3[names[i % 2]](i);
}
console.log(c3.acc);
console.log(typeof c['add'], typeof c['nope'], 'mul' in c, c.hasOwnProperty('mul'));
