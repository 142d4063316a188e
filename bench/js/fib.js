// Fib: naive doubly recursive Fibonacci, so the call path (arguments, frames, returns) dominates.
// Self-check: fib(20) = 6765.
var ITERATIONS = 10;
var N = 20;

function fib(n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

var ok = true;
var result = 0;
for (var iter = 0; iter < ITERATIONS; iter++) {
  result = fib(N);
  if (result !== 6765) ok = false;
}
console.log("fib", result, ok ? "ok" : "WRONG");
