// Math.min / Math.max with zero, one, many, NaN, -0 and mixed arguments.
console.log(Math.min(), Math.max());
console.log(Math.min(1), Math.max(1), Math.min(3, 1, 2), Math.max(3, 1, 2));
console.log(Math.min(1, NaN), Math.max(NaN, 1), Math.min(NaN), Math.max(1, 2, NaN, 3));
console.log(Math.min(0, -0), Math.min(-0, 0), Math.max(0, -0), Math.max(-0, 0));
console.log(Math.min(-Infinity, 0), Math.max(Infinity, 0), Math.min(Infinity));
console.log(Math.min("3", 2), Math.max("10", 9), Math.max(null, -1), Math.min(undefined, 1));
console.log(Math.max(true, 0), Math.min(false, 1), Math.max("x", 1));
console.log(Math.min(1.5, 1.25, 1.75), Math.max(-1.5, -1.25), Math.max(2147483647, 2147483648));
function arrMin(a) {
  var m = Infinity;
  for (var i = 0; i < a.length; i++) { m = Math.min(m, a[i]); }
  return m;
}
function arrMax(a) {
  var m = -Infinity;
  for (var i = 0; i < a.length; i++) { m = Math.max(m, a[i]); }
  return m;
}
var data = [4, -2, 9.5, 0, 7, -3.25];
console.log(arrMin(data), arrMax(data), arrMin([]), arrMax([]));
console.log(arrMax([1, NaN, 3]), arrMin([-0, 0]));
var lo = 0, hi = 0;
for (var k = 0; k < 1000; k++) {
  var v = ((k * 37) % 101) - 50;
  lo = Math.min(lo, v);
  hi = Math.max(hi, v);
}
console.log(lo, hi);
console.log(Math.max(Math.min(15, 10), 0), Math.max(Math.min(-5, 10), 0));
