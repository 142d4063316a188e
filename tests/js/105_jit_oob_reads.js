// Out-of-bounds reads after many in-bounds reads in optimized code.
function at(a, i) { return a[i]; }
var arr = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
var s = 0;
for (var i = 0; i < 5000; i++) { s += at(arr, i % 10); }
console.log("in bounds", s);
console.log("oob", at(arr, 10), at(arr, -1), at(arr, 1000000));
var undef = 0;
for (var j = 0; j < 2400; j++) {
  if (at(arr, j % 12) === undefined) { undef++; }
}
console.log("undefined count", undef);
function sumTo(a, n) {
  var t = 0;
  for (var k = 0; k < n; k++) { t += a[k]; }
  return t;
}
var acc = 0;
for (var r = 0; r < 400; r++) { acc += sumTo(arr, 10); }
console.log(acc, sumTo(arr, 11), sumTo(arr, 10));
function firstMissing(a) {
  var k = 0;
  while (a[k] !== undefined) { k++; }
  return k;
}
var lens = 0;
for (var q = 0; q < 500; q++) { lens += firstMissing(arr); }
console.log("lens", lens);
arr.push(11);
console.log(firstMissing(arr), at(arr, 10));
arr.pop();
arr.pop();
console.log(firstMissing(arr), at(arr, 9), at(arr, 8));
var holey = [1, 2, 3];
holey[6] = 7;
var hs = 0;
for (var h = 0; h < 700; h++) {
  var v = at(holey, h % 7);
  if (v !== undefined) { hs += v; }
}
console.log("holey", hs);
