// Math.floor/ceil/trunc/round/sqrt/abs/sign/min/max in optimized code, hot on int32s, then at
// their edges: -0 in and out, halves, the largest double below 0.5, int32's ends, past 2**53,
// NaN and the infinities; then objects whose valueOf must run once each, in order.
function k(v) { return v === 0 ? (1 / v < 0 ? "-0" : "0") : String(v); }
function m1(x) { return [Math.floor(x), Math.ceil(x), Math.trunc(x), Math.round(x), Math.sqrt(x), Math.abs(x), Math.sign(x)].map(k).join(" "); }
function m2(x, y) { return k(Math.min(x, y)) + " " + k(Math.max(x, y)) + " " + k(Math.max(x, y, -0)) + " " + k(Math.min(y, x, 0)); }
function hot1(x) { return Math.floor(x) + Math.ceil(x) + Math.trunc(x) + Math.round(x) + Math.abs(x) + Math.sign(x); }
function hot2(x, y) { return Math.min(x, y) - Math.max(x, y); }
function absint(x) { return Math.abs(x | 0); }
function rnd(x) { return Math.round(x * 0.5); }
function drive() {
  var t = 0;
  for (let i = 0; i < 1100; i++) t += hot1(i - 550) + hot2(i, 550 - i) + Math.sqrt(i & 255) + absint(i - 500) + rnd(i) + m1(i).length + m2(i, -i).length;
  return t;
}
console.log(drive());
var edges = [-0, 0, -0.5, 0.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994, -2147483648, 2147483647,
             2147483648, -2147483649, 4294967296, 4503599627370495.5, -4503599627370495.5, 9007199254740993, 1e300, -1e-300,
             NaN, Infinity, -Infinity, -1, 1e21, -4.5, 5e-324, -5e-324];
console.log(edges.map((e) => k(e) + " | " + m1(e) + " | " + k(hot1(e))).join("\n"));
console.log(edges.map((e, i) => m2(e, edges[(i + 1) % edges.length]) + " " + k(hot2(e, edges[(i + 1) % edges.length]))).join("\n"));
console.log(k(hot1("7.5")), k(hot1(undefined)), k(hot1(null)), k(hot1(true)), k(hot2("3", [2])));
console.log(absint(-2147483648), absint(2147483648), k(absint(-0)), k(rnd(-1)), k(rnd(-0.9)), k(rnd(1)), k(rnd(-3)), k(rnd(9007199254740990)));
var log = [];
function V(n) { this.n = n; }
V.prototype.valueOf = function () { log.push(this.n); return this.n; };
console.log(hot1(new V(2.5)), hot2(new V(1), new V(-1)), Math.max(new V(1), NaN, new V(3)), log.join());
