// Defaults see earlier parameters and outer variables; evaluated at each call.
var base = 10;
function f(a, b = a + base, c = b * 2) {
  return [a, b, c];
}
console.log(f(1), f(1, 2), f(1, 2, 3), f(1, undefined, 3));
base = 100;
console.log(f(1));
function list(item, acc = []) {
  acc.push(item);
  return acc;
}
console.log(list(1), list(2), list(3, [0]));
function lazy(x, y = (function () { return x * 3; })()) {
  return y;
}
console.log(lazy(2), lazy(2, 0));
var order = [];
function log(tag, v) {
  order.push(tag);
  return v;
}
function ordered(a = log('a', 1), b = log('b', 2), c = log('c', 3)) {
  return a + b + c;
}
console.log(ordered(), ordered(undefined, 5), order);
function missingLater(a = 1, b) {
  return [a, b];
}
console.log(missingLater(), missingLater(undefined, 2), missingLater(5));
var arr = (x = 'def') => x;
console.log(arr(), arr(false), arr(NaN), arr(undefined));
