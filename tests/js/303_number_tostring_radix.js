// Number.prototype.toString with and without a radix.
console.log((255).toString(), (255).toString(16), (255).toString(2), (255).toString(8), (255).toString(36));
console.log((-255).toString(16), (0).toString(2), (-0).toString(2), (35).toString(36), (36).toString(36));
console.log((0.5).toString(2), (0.25).toString(4), (3.75).toString(16), (-1.5).toString(2), (0.125).toString(8));
console.log((1e21).toString(), (123.456).toString(), (1 / 3).toString(), (2 ** 40).toString(2).length);
console.log(NaN.toString(), Infinity.toString(2), (-Infinity).toString(16));
console.log((2 ** 31).toString(16), (2 ** 32 - 1).toString(2), (2 ** 53).toString(36));
console.log((10).toString(10), (10).toString(undefined), (42).toString(16.9));
var x = 100;
console.log(x.toString(7), x.toString(2).length, 1..toString(), 2.5.toString());
var s = '';
for (var i = 0; i < 20; i++) s += i.toString(16);
console.log(s);
var total = 0;
for (var k = 0; k < 3000; k++) total += k.toString(2).length + k.toString(36).length;
console.log(total);
function toBase(n, b) {
  return n.toString(b).toUpperCase();
}
console.log([toBase(48879, 16), toBase(1295, 36), toBase(5, 5)]);
