// Quicksort, merge sort and insertion sort by hand, checked against each other.
function quick(a, lo, hi) {
  if (lo >= hi) { return; }
  var pivot = a[Math.floor((lo + hi) / 2)];
  var i = lo, j = hi;
  while (i <= j) {
    while (a[i] < pivot) { i++; }
    while (a[j] > pivot) { j--; }
    if (i <= j) {
      var t = a[i]; a[i] = a[j]; a[j] = t;
      i++; j--;
    }
  }
  quick(a, lo, j);
  quick(a, i, hi);
}
function mergeSort(a) {
  if (a.length <= 1) { return a; }
  var mid = Math.floor(a.length / 2);
  var left = [], right = [];
  for (var i = 0; i < a.length; i++) {
    if (i < mid) { left.push(a[i]); } else { right.push(a[i]); }
  }
  left = mergeSort(left);
  right = mergeSort(right);
  var out = [];
  var l = 0, r = 0;
  while (l < left.length && r < right.length) {
    if (left[l] <= right[r]) { out.push(left[l++]); } else { out.push(right[r++]); }
  }
  while (l < left.length) { out.push(left[l++]); }
  while (r < right.length) { out.push(right[r++]); }
  return out;
}
function insertion(a) {
  for (var i = 1; i < a.length; i++) {
    var v = a[i], j = i - 1;
    while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
    a[j + 1] = v;
  }
  return a;
}
var src = [];
var x = 12345;
for (var k = 0; k < 200; k++) {
  x = (x * 1103515245 + 12345) & 0x7fffffff;
  src.push(x % 1000 - 500);
}
var q = [], m, ins = [];
for (var c = 0; c < src.length; c++) { q.push(src[c]); ins.push(src[c]); }
quick(q, 0, q.length - 1);
m = mergeSort(src);
insertion(ins);
var same = true;
for (var e = 0; e < src.length; e++) {
  if (q[e] !== m[e] || m[e] !== ins[e]) { same = false; }
}
console.log("agree", same, q[0], q[99], q[199]);
var small = [3, 1, 2];
quick(small, 0, 2);
console.log(small, mergeSort([9, 8, 7, 1.5, -3]), insertion([0.3, 0.1, 0.2]));
