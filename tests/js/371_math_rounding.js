// floor, ceil, round and trunc on positive, negative, halves and specials.
var xs = [2.5, 3.5, -2.5, -3.5, 2.4, -2.6, 0.5, -0.5, 0.49999999999999994, -0, 0, 1e21, -1e-300, NaN, Infinity, -Infinity];
console.log(xs.map(Math.floor));
console.log(xs.map(Math.ceil));
console.log(xs.map(Math.round));
console.log(xs.map(Math.trunc));
console.log(Math.round(-0.4), Math.ceil(-0.4), Math.trunc(-0.4), Math.floor(0.4));
console.log(Math.floor(2147483648.5), Math.ceil(-2147483649.5), Math.round(4503599627370495.5), Math.trunc(9007199254740993));
console.log(Math.floor('7.9'), Math.ceil(null), Math.round(undefined), Math.trunc(true));
var sum = 0;
for (var i = -1500; i < 1500; i++) {
  var v = i / 7;
  sum += Math.floor(v) + Math.ceil(v) + Math.round(v) + Math.trunc(v);
}
console.log(sum);
function roundTo(x, digits) {
  var f = 10 ** digits;
  return Math.round(x * f) / f;
}
console.log(roundTo(Math.PI, 2), roundTo(Math.E, 4), roundTo(1234.5678, -2), roundTo(-1.005, 2));
