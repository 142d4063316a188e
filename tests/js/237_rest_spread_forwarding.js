// Forwarding arguments with rest + spread, wrappers and variadic helpers.
function wrap(fn) {
  return (...args) => {
    return 'result=' + fn(...args);
  };
}
var add = (a, b, c = 0) => a + b + c;
var wrapped = wrap(add);
console.log(wrapped(1, 2), wrapped(1, 2, 3), wrapped('a', 'b'));
function partial(fn, ...fixed) {
  return (...rest) => fn(...fixed, ...rest);
}
var add10 = partial(add, 10);
var add10and20 = partial(add, 10, 20);
console.log(add10(1), add10(1, 2), add10and20(), add10and20(5));
function zip(...arrays) {
  var n = Math.min(...arrays.map((a) => a.length));
  var out = [];
  for (var i = 0; i < n; i++) out.push(arrays.map((a) => a[i]));
  return out;
}
console.log(zip([1, 2, 3], ['a', 'b', 'c'], [true, false]));
function memo(fn) {
  var cache = new Map();
  return (...args) => {
    var key = args.join(',');
    if (!cache.has(key)) cache.set(key, fn(...args));
    return cache.get(key);
  };
}
var calls = 0;
var slowMul = (a, b) => {
  calls++;
  return a * b;
};
var fastMul = memo(slowMul);
var t = 0;
for (var j = 0; j < 3000; j++) t += fastMul(j % 10, 3);
console.log(t, calls);
