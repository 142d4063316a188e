// Array element kinds change from small ints to doubles to strings in hot code.
function sumArr(a) {
  var s = 0;
  for (var i = 0; i < a.length; i++) { s += a[i]; }
  return s;
}
var arr = [];
for (var i = 0; i < 100; i++) { arr.push(i); }
var total = 0;
for (var r = 0; r < 50; r++) { total += sumArr(arr); }
console.log("ints", total);
arr[50] = 0.5;
for (var r2 = 0; r2 < 30; r2++) { total += sumArr(arr); }
console.log("doubles", total);
arr[99] = "!";
var s = sumArr(arr);
console.log("string", s);
arr[99] = 99;
console.log("back", sumArr(arr));
function fill(a, n, v) {
  for (var j = 0; j < n; j++) { a[j] = v; }
  return a;
}
var f = [];
fill(f, 50, 1);
fill(f, 50, 1.5);
fill(f, 3, "x");
console.log(f[0], f[3], f.length, sumArr(f));
function maxOf(a) {
  var m = -Infinity;
  for (var k = 0; k < a.length; k++) { if (a[k] > m) { m = a[k]; } }
  return m;
}
var mix = [];
for (var t = 0; t < 2000; t++) { mix.push(t % 37); }
console.log(maxOf(mix));
mix.push(36.5);
mix.push(-1e300);
console.log(maxOf(mix));
mix[0] = "40";
console.log(maxOf(mix), typeof maxOf(mix));
