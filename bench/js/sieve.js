// Sieve: the primes below 5000 by the sieve of Eratosthenes; the flag array is rebuilt every iteration.
// Self-check: 669 primes lie below 5000.
var ITERATIONS = 20;
var LIMIT = 5000;

function sieve(limit) {
  var flags = [];
  for (var i = 0; i < limit; i++) flags.push(true);
  var count = 0;
  for (var p = 2; p < limit; p++) {
    if (flags[p]) {
      count++;
      for (var k = p + p; k < limit; k += p) flags[k] = false;
    }
  }
  return count;
}

var ok = true;
var result = 0;
for (var iter = 0; iter < ITERATIONS; iter++) {
  result = sieve(LIMIT);
  if (result !== 669) ok = false;
}
console.log("sieve", result, ok ? "ok" : "WRONG");
