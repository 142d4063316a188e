// toFixed rounding and formatting.
console.log((3.14159).toFixed(2), (3.14159).toFixed(0), (3.5).toFixed(0), (2.5).toFixed(0), (-2.5).toFixed(0));
console.log((1.005).toFixed(2), (1.45).toFixed(1), (1.55).toFixed(1), (0.000001).toFixed(7));
console.log((10).toFixed(2), (0).toFixed(3), (-0).toFixed(2), (-1.5).toFixed(0), (0.5).toFixed(0));
console.log((123.456).toFixed(), (123.456).toFixed(10), (1e21).toFixed(2), (1e20).toFixed(2));
console.log(NaN.toFixed(2), Infinity.toFixed(1), (-Infinity).toFixed(0));
console.log((0.1 + 0.2).toFixed(20), (1 / 3).toFixed(5), (2 / 3).toFixed(5));
console.log(typeof (1).toFixed(1), (5).toFixed(1.9), (99.995).toFixed(2), (-0.0001).toFixed(2));
function money(v) {
  return '$' + v.toFixed(2);
}
console.log([0, 1, 1.5, 19.999, 1234.5678].map(money));
var sum = 0;
for (var i = 0; i < 3000; i++) sum += Number((i / 7).toFixed(1));
console.log(sum.toFixed(3));
