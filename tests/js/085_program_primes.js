// A sieve of Eratosthenes and some prime statistics.
function sieve(n) {
  var isComposite = [];
  for (var i = 0; i <= n; i++) { isComposite.push(false); }
  var primes = [];
  for (var p = 2; p <= n; p++) {
    if (isComposite[p]) { continue; }
    primes.push(p);
    for (var m = p * p; m <= n; m += p) { isComposite[m] = true; }
  }
  return primes;
}
var primes = sieve(2000);
console.log("count", primes.length, "last", primes[primes.length - 1]);
console.log(primes);
var twins = 0;
for (var i = 1; i < primes.length; i++) {
  if (primes[i] - primes[i - 1] === 2) { twins++; }
}
console.log("twin pairs", twins);
var maxGap = 0, gapAt = 0;
for (var j = 1; j < primes.length; j++) {
  var g = primes[j] - primes[j - 1];
  if (g > maxGap) { maxGap = g; gapAt = primes[j - 1]; }
}
console.log("max gap", maxGap, "after", gapAt);
function factorize(n) {
  var f = [];
  for (var k = 0; k < primes.length && primes[k] * primes[k] <= n; k++) {
    while (n % primes[k] === 0) { f.push(primes[k]); n = n / primes[k]; }
  }
  if (n > 1) { f.push(n); }
  return f;
}
console.log(factorize(360), factorize(9973), factorize(1234567), factorize(2147483647));
var sum = 0;
for (var s = 0; s < primes.length; s++) { sum += primes[s]; }
console.log("sum", sum);
