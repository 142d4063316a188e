// Reads outside an array's bounds return undefined and do not grow it.
var a = [10, 20, 30];
console.log(a[3], a[100], a[-1], a[1.5], a.length);
console.log(a[3] + 1, a[3] === undefined, typeof a[5]);
var sum = 0;
for (var i = 0; i <= a.length; i++) {
  var v = a[i];
  if (v === undefined) {
    console.log("index", i, "is undefined");
  } else {
    sum += v;
  }
}
console.log("sum", sum);
var naive = 0;
for (var j = 0; j <= a.length; j++) { naive += a[j]; }
console.log("naive", naive);
var empty = [];
console.log(empty[0], empty.length);
var probe = [1, 2, 3, 4];
var hits = 0;
var misses = 0;
for (var k = -3; k < 8; k++) {
  if (probe[k] !== undefined) { hits++; } else { misses++; }
}
console.log(hits, misses, probe.length);
function safeGet(arr, i, dflt) {
  return i >= 0 && i < arr.length ? arr[i] : dflt;
}
console.log(safeGet(a, 0, "none"), safeGet(a, 3, "none"), safeGet(a, -1, "none"));
var nested = [[1, 2], [3]];
console.log(nested[1][1], nested[2], nested[0][5]);
var s = [];
s.push(1);
s.pop();
console.log(s[0], s.length);
