// Math.floor, Math.sqrt, Math.abs on integers, doubles and special values.
console.log(Math.floor(3.7), Math.floor(-3.7), Math.floor(3), Math.floor(-0.1));
console.log(Math.floor(0.9999), Math.floor(1e21 + 0.5), Math.floor(-1e-300));
console.log(Math.floor(NaN), Math.floor(Infinity), Math.floor(-Infinity));
console.log(Math.floor("5.5"), Math.floor(null), Math.floor(undefined), Math.floor());
console.log(Math.floor(2147483647.5), Math.floor(-2147483648.5), Math.floor(4294967296.5));
console.log(Math.sqrt(16), Math.sqrt(2), Math.sqrt(0), Math.sqrt(-1), Math.sqrt(1e-10));
console.log(Math.sqrt(Infinity), Math.sqrt(NaN), Math.sqrt("9"), Math.sqrt(0.25));
console.log(Math.abs(-5), Math.abs(5), Math.abs(-2.5), Math.abs(-2147483648));
console.log(Math.abs("-3"), Math.abs(null), Math.abs(NaN), Math.abs(-Infinity));
function hypot(a, b) { return Math.sqrt(a * a + b * b); }
console.log(hypot(3, 4), hypot(5, 12), hypot(1, 1));
function isqrt(n) { return Math.floor(Math.sqrt(n)); }
var perfect = [];
for (var i = 0; i < 200; i++) {
  var r = isqrt(i);
  if (r * r === i) { perfect.push(i); }
}
console.log(perfect);
function round(x) { return Math.floor(x + 0.5); }
console.log(round(2.5), round(-2.5), round(2.4999), round(-0.4));
var dist = 0;
var pts = [[0, 0], [3, 4], [3, 0], [0, 0]];
for (var k = 1; k < pts.length; k++) {
  dist += hypot(pts[k][0] - pts[k - 1][0], pts[k][1] - pts[k - 1][1]);
}
console.log("path length", dist);
var g = 1;
for (var it = 0; it < 6; it++) { g = (g + 2 / g) / 2; }
console.log("newton sqrt2", g, Math.abs(g - Math.sqrt(2)) < 1e-15);
var fl = Math.floor;
console.log(fl(9.9), typeof fl);
