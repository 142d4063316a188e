// max, min, abs, sign with varied arguments.
console.log(Math.max(1, 2, 3), Math.min(1, 2, 3), Math.max(), Math.min(), Math.max(5), Math.min(-5));
console.log(Math.max(1, NaN, 3), Math.min(NaN), Math.max(-0, 0), Math.min(0, -0), Math.max('10', 9), Math.min('a', 1));
console.log(Math.max(-Infinity, -1e308), Math.min(Infinity, 1e308), Math.max(null, -1), Math.min(undefined, 1));
console.log(Math.abs(-5), Math.abs(5), Math.abs(-0), Math.abs(-Infinity), Math.abs(NaN), Math.abs('-3'), Math.abs(null), Math.abs(-2147483648));
console.log(Math.sign(-3), Math.sign(3), Math.sign(0), Math.sign(-0), Math.sign(NaN), Math.sign(-Infinity), Math.sign('5'), Math.sign(''));
var arr = [4, -7, 2.5, 19, -0.25, 8];
console.log(Math.max(...arr), Math.min(...arr), arr.map(Math.abs), arr.map(Math.sign));
var lo = Infinity, hi = -Infinity, absSum = 0;
for (var i = 0; i < 4000; i++) {
  var v = ((i * 7919) % 1000) - 500;
  lo = Math.min(lo, v);
  hi = Math.max(hi, v);
  absSum += Math.abs(v) * Math.sign(v);
}
console.log(lo, hi, absSum);
function clamp(x, a, b) {
  return Math.max(a, Math.min(b, x));
}
console.log(clamp(5, 0, 10), clamp(-5, 0, 10), clamp(50, 0, 10), clamp(NaN, 0, 10));
