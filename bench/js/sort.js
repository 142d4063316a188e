// A hand-written insertion sort and quicksort on number arrays (element loads, stores, compares).
var LEN = 300;  // quick: 30
var ROUNDS = 2;  // quick: 1
function fill(n, seed) {
  var a = [];
  var x = seed;
  for (var i = 0; i < n; i++) {
    x = (x * 1103 + 12345) % 65536;
    a.push(x);
  }
  return a;
}
function insertionSort(a) {
  for (var i = 1; i < a.length; i++) {
    var v = a[i];
    var j = i - 1;
    while (j >= 0 && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
  return a;
}
function quickSort(a, lo, hi) {
  while (lo < hi) {
    var p = a[(lo + hi) >> 1];
    var i = lo;
    var j = hi;
    while (i <= j) {
      while (a[i] < p) i++;
      while (a[j] > p) j--;
      if (i <= j) {
        var t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (j - lo < hi - i) {
      quickSort(a, lo, j);
      lo = i;
    } else {
      quickSort(a, i, hi);
      hi = j;
    }
  }
  return a;
}
function checksum(a) {
  var h = 0;
  for (var i = 0; i < a.length; i++) h = (h * 31 + a[i]) % 1000003;
  return h;
}
var check = 0;
for (var r = 0; r < ROUNDS; r++) {
  check = (check + checksum(insertionSort(fill(LEN, r + 1)))) % 1000003;
  var b = fill(LEN * 8, r + 7);
  check = (check + checksum(quickSort(b, 0, b.length - 1))) % 1000003;
}
console.log("sort", check);
