// Function declarations and function expressions, named and anonymous.
function add(a, b) { return a + b; }
var sub = function (a, b) { return a - b; };
var mul = function times(a, b) { return a * b; };
console.log(add(2, 3), sub(2, 3), mul(2, 3));
var fact = function f(n) { return n <= 1 ? 1 : n * f(n - 1); };
console.log(fact(10));
function apply(fn, x, y) { return fn(x, y); }
console.log(apply(add, 1, 2), apply(sub, 1, 2), apply(function (a, b) { return a % b; }, 17, 5));
var ops = [add, sub, mul];
var results = [];
for (var i = 0; i < ops.length; i++) {
  results.push(ops[i](10, 4));
}
console.log(results);
var table = { plus: add, minus: sub };
console.log(table.plus(1, 1), table["minus"](1, 1));
function compose(f, g) {
  return function (x) { return f(g(x)); };
}
function inc(x) { return x + 1; }
function dbl(x) { return x * 2; }
var incThenDbl = compose(dbl, inc);
var dblThenInc = compose(inc, dbl);
console.log(incThenDbl(5), dblThenInc(5));
function twice(f) { return function (x) { return f(f(x)); }; }
console.log(twice(twice(dbl))(1));
function noReturn() { var x = 1; }
console.log(noReturn());
function early(n) {
  if (n < 0) { return "negative"; }
  if (n === 0) { return "zero"; }
  return "positive";
}
console.log(early(-1), early(0), early(1));
var immediate = (function (n) { return n * n; })(9);
console.log(immediate);
