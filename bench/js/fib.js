// Recursive calls: the call path dominates.
var N = 24;  // quick: 12
function fib(n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}
console.log("fib", fib(N));
