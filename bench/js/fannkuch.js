// Fannkuch: for every permutation of 1..N, count the prefix reversals ("pancake flips") until 1 comes
// first; report the largest count and the alternating-sign checksum over the permutations.
// Self-check: for N = 7 the checksum is 228 and the most flips 16 (the published fannkuch-redux values).
var ITERATIONS = 3;
var N = 7;

function fannkuch(n) {
  var perm = [], perm1 = [], count = [];
  for (var i = 0; i < n; i++) {
    perm.push(0);
    perm1.push(i);
    count.push(0);
  }
  var maxFlips = 0, checksum = 0, permIndex = 0, r = n;
  while (true) {
    while (r !== 1) {
      count[r - 1] = r;
      r--;
    }
    for (var c = 0; c < n; c++) perm[c] = perm1[c];
    var flips = 0;
    var k = perm[0];
    while (k !== 0) {
      var lo = 0, hi = k;
      while (lo < hi) {
        var t = perm[lo];
        perm[lo] = perm[hi];
        perm[hi] = t;
        lo++;
        hi--;
      }
      flips++;
      k = perm[0];
    }
    if (flips > maxFlips) maxFlips = flips;
    checksum += permIndex % 2 === 0 ? flips : -flips;
    // The next permutation: rotate the first r+1 elements left by one, carrying to r+1 when a
    // rotation counter runs out (the permutations come in the order fannkuch-redux defines).
    while (true) {
      if (r === n) return {checksum: checksum, maxFlips: maxFlips};
      var first = perm1[0];
      for (var m = 0; m < r; m++) perm1[m] = perm1[m + 1];
      perm1[r] = first;
      count[r]--;
      if (count[r] > 0) break;
      r++;
    }
    permIndex++;
  }
}

var ok = true;
var result = null;
for (var iter = 0; iter < ITERATIONS; iter++) {
  result = fannkuch(N);
  if (result.checksum !== 228 || result.maxFlips !== 16) ok = false;
}
console.log("fannkuch", result.checksum, result.maxFlips, ok ? "ok" : "WRONG");
