// Binary search over sorted arrays, lower bound and integer square root.
function bsearch(a, x) {
  var lo = 0, hi = a.length - 1;
  while (lo <= hi) {
    var mid = (lo + hi) >> 1;
    if (a[mid] === x) { return mid; }
    if (a[mid] < x) { lo = mid + 1; } else { hi = mid - 1; }
  }
  return -1;
}
function lowerBound(a, x) {
  var lo = 0, hi = a.length;
  while (lo < hi) {
    var mid = (lo + hi) >>> 1;
    if (a[mid] < x) { lo = mid + 1; } else { hi = mid; }
  }
  return lo;
}
var evens = [];
for (var i = 0; i < 500; i++) { evens.push(i * 2); }
console.log(bsearch(evens, 0), bsearch(evens, 998), bsearch(evens, 500), bsearch(evens, 501), bsearch(evens, -2));
console.log(lowerBound(evens, 501), lowerBound(evens, -5), lowerBound(evens, 10000));
var found = 0;
for (var q = 0; q < 1000; q++) {
  if (bsearch(evens, q) !== -1) { found++; }
}
console.log("found", found);
var words = ["ant", "bee", "cat", "dog", "eel", "fox", "gnu"];
console.log(bsearch(words, "dog"), bsearch(words, "cow"), lowerBound(words, "cow"));
function isqrt(n) {
  var lo = 0, hi = n;
  while (lo < hi) {
    var mid = Math.floor((lo + hi + 1) / 2);
    if (mid * mid <= n) { lo = mid; } else { hi = mid - 1; }
  }
  return lo;
}
console.log(isqrt(0), isqrt(15), isqrt(16), isqrt(1000000), isqrt(2147483647), isqrt(1e15));
var fl = [0.5, 1.25, 2.5, 3.75];
console.log(lowerBound(fl, 2), lowerBound(fl, 2.5), bsearch(fl, 3.75));
