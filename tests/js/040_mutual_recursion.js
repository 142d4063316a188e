// Mutually recursive functions, including hoisted declarations.
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
console.log(isEven(0), isEven(7), isEven(10), isOdd(7), isOdd(100));
var evens = 0;
for (var i = 0; i < 50; i++) {
  if (isEven(i)) { evens++; }
}
console.log("evens below 50", evens);
function hofF(n) { return n === 0 ? 1 : n - hofM(hofF(n - 1)); }
function hofM(n) { return n === 0 ? 0 : n - hofF(hofM(n - 1)); }
var fs = [];
var ms = [];
for (var k = 0; k < 15; k++) {
  fs.push(hofF(k));
  ms.push(hofM(k));
}
console.log(fs);
console.log(ms);
function countDownA(n, log) {
  if (n <= 0) { return log + "done"; }
  return countDownB(n - 1, log + "A" + n + " ");
}
function countDownB(n, log) {
  if (n <= 0) { return log + "done"; }
  return countDownA(n - 2, log + "B" + n + " ");
}
console.log(countDownA(10, ""));
function collatzSteps(n) { return n === 1 ? 0 : n % 2 === 0 ? 1 + evenStep(n) : 1 + oddStep(n); }
function evenStep(n) { return collatzSteps(n / 2); }
function oddStep(n) { return collatzSteps(3 * n + 1); }
console.log(collatzSteps(27), collatzSteps(97));
