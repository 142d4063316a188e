// Arrow functions as callbacks and closures.
var nums = [5, 3, 8, 1, 9, 2];
console.log(nums.map((n) => n * 10));
console.log(nums.filter((n) => n % 2 === 1));
console.log(nums.reduce((acc, n) => acc + n, 0));
console.log(nums.slice().sort((a, b) => a - b));
console.log(nums.some((n) => n > 8), nums.every((n) => n > 0));
var makeAdder = (k) => (x) => x + k;
var add3 = makeAdder(3);
console.log(add3(4), makeAdder(-1)(1));
var counter = (() => {
  var c = 0;
  return () => ++c;
})();
counter(); counter();
console.log(counter());
var compose = (f, g) => (x) => f(g(x));
var inc = (x) => x + 1;
var dbl = (x) => x * 2;
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5));
var pipeline = [inc, dbl, inc, dbl];
var v = 1;
for (var f of pipeline) v = f(v);
console.log(v);
var total = 0;
var addTo = (x) => { total += x; };
for (var i = 0; i < 4000; i++) addTo(i % 10);
console.log(total);
