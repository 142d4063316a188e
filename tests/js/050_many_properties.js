// Objects with many properties (beyond the in-object slots).
var big = {};
big.p0 = 0; big.p1 = 1; big.p2 = 2; big.p3 = 3; big.p4 = 4;
big.p5 = 5; big.p6 = 6; big.p7 = 7; big.p8 = 8; big.p9 = 9;
big.p10 = 10; big.p11 = 11; big.p12 = 12; big.p13 = 13;
console.log(big.p0 + big.p13, big.p8, big.p12);
var sum = 0;
sum += big.p0 + big.p1 + big.p2 + big.p3 + big.p4 + big.p5 + big.p6;
sum += big.p7 + big.p8 + big.p9 + big.p10 + big.p11 + big.p12 + big.p13;
console.log("sum", sum);
big.p9 = "nine";
big.p13 = 13.5;
console.log(big.p9, big.p13);
var lit = { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12 };
console.log(lit.a, lit.h, lit.i, lit.l, lit.m);
lit.m = 13;
lit.n = 14;
console.log(lit);
function Wide(v) {
  this.f1 = v; this.f2 = v + 1; this.f3 = v + 2; this.f4 = v + 3; this.f5 = v + 4;
  this.f6 = v + 5; this.f7 = v + 6; this.f8 = v + 7; this.f9 = v + 8; this.f10 = v + 9;
  this.f11 = v + 10; this.f12 = v + 11;
}
var w = new Wide(100);
console.log(w);
var total = 0;
for (var i = 0; i < 500; i++) {
  var o = new Wide(i);
  total += o.f1 + o.f12 + o.f9;
}
console.log("total", total);
var keyed = {};
for (var k = 0; k < 20; k++) { keyed["key" + k] = k * k; }
console.log(keyed.key0, keyed.key10, keyed.key19, keyed["key" + 15]);
console.log(keyed);
