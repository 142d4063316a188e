// Classic recursion: fibonacci, factorial, power, sum of digits.
function fib(n) {
  if (n < 2) { return n; }
  return fib(n - 1) + fib(n - 2);
}
var fibs = [];
for (var i = 0; i <= 15; i++) { fibs.push(fib(i)); }
console.log(fibs);
console.log("fib(18)", fib(18));
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
console.log(fact(0), fact(5), fact(12), fact(13), fact(20), fact(25));
function power(base, exp) {
  if (exp === 0) { return 1; }
  var half = power(base, Math.floor(exp / 2));
  return exp % 2 === 0 ? half * half : half * half * base;
}
console.log(power(2, 10), power(3, 13), power(2, 31), power(2, 64), power(1.5, 3));
function digitSum(n) { return n < 10 ? n : (n % 10) + digitSum(Math.floor(n / 10)); }
console.log(digitSum(0), digitSum(12345), digitSum(99999999));
function sumTo(n) { return n === 0 ? 0 : n + sumTo(n - 1); }
console.log(sumTo(100), sumTo(1000));
function hanoi(n, from, to, via, moves) {
  if (n === 0) { return moves; }
  moves = hanoi(n - 1, from, via, to, moves);
  moves++;
  return hanoi(n - 1, via, to, from, moves);
}
console.log("hanoi moves", hanoi(10, "A", "C", "B", 0));
function binom(n, k) {
  if (k === 0 || k === n) { return 1; }
  return binom(n - 1, k - 1) + binom(n - 1, k);
}
console.log(binom(10, 5), binom(12, 3));
