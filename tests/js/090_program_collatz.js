// Collatz sequences: longest chain below a bound, with memoization in an array.
function steps(n) {
  var s = 0;
  while (n !== 1) {
    n = n % 2 === 0 ? n / 2 : 3 * n + 1;
    s++;
  }
  return s;
}
console.log(steps(1), steps(6), steps(7), steps(27), steps(97));
var memo = [0, 0];
function memoSteps(n) {
  if (n < memo.length && memo[n] !== undefined) { return memo[n]; }
  var next = n % 2 === 0 ? n / 2 : 3 * n + 1;
  var r = 1 + memoSteps(next);
  if (n < 2000) { memo[n] = r; }
  return r;
}
var best = 1, bestLen = 0;
for (var i = 1; i < 1000; i++) {
  var len = memoSteps(i);
  if (len > bestLen) { bestLen = len; best = i; }
}
console.log("longest below 1000:", best, bestLen);
var peak = 0;
var n = 27;
while (n !== 1) {
  if (n > peak) { peak = n; }
  n = n % 2 === 0 ? n / 2 : 3 * n + 1;
}
console.log("peak of 27:", peak);
var seq = [];
var m = 12;
while (m !== 1) {
  seq.push(m);
  m = m % 2 === 0 ? m / 2 : 3 * m + 1;
}
seq.push(1);
console.log(seq);
var histogram = [0, 0, 0, 0, 0];
for (var k = 1; k <= 100; k++) {
  var b = Math.floor(memoSteps(k) / 25);
  histogram[Math.min(b, 4)]++;
}
console.log(histogram);
