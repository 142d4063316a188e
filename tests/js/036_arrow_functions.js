// Arrow functions: expression and block bodies, closures, higher-order use.
var sq = x => x * x;
var add = (a, b) => a + b;
var zero = () => 0;
var block = (n) => {
  var t = 0;
  for (var i = 1; i <= n; i++) { t += i; }
  return t;
};
console.log(sq(7), add(3, 4), zero(), block(10));
var mkAdder = n => x => x + n;
var add5 = mkAdder(5);
console.log(add5(1), mkAdder(-1)(1), mkAdder(0.5)(0.25));
function map(arr, f) {
  var out = [];
  for (var i = 0; i < arr.length; i++) { out.push(f(arr[i])); }
  return out;
}
function filter(arr, p) {
  var out = [];
  for (var i = 0; i < arr.length; i++) { if (p(arr[i])) { out.push(arr[i]); } }
  return out;
}
function reduce(arr, f, init) {
  var acc = init;
  for (var i = 0; i < arr.length; i++) { acc = f(acc, arr[i]); }
  return acc;
}
var nums = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
console.log(map(nums, x => x * 3));
console.log(filter(nums, x => x % 3 === 0));
console.log(reduce(nums, (a, b) => a + b, 0), reduce(nums, (a, b) => a * b, 1));
console.log(reduce(map(filter(nums, n => n % 2), n => n * n), (a, b) => a + b, 0));
var counter = (() => {
  var c = 0;
  return () => ++c;
})();
console.log(counter(), counter(), counter());
var noBody = () => {};
console.log(noBody());
var cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
console.log(cmp(1, 2), cmp(2, 1), cmp(2, 2));
var nested = a => b => c => a * 100 + b * 10 + c;
console.log(nested(1)(2)(3));
