// Turning arguments into arrays: spread, Array.from, slice.call, apply forwarding.
function viaSpread() { return [...arguments]; }
function viaFrom() { return Array.from(arguments); }
function viaFromMap() { return Array.from(arguments, (x, i) => x * 10 + i); }
function viaSlice() { return Array.prototype.slice.call(arguments, 1); }
console.log(viaSpread(1, 2, 3), viaFrom('a', 'b'), viaFromMap(1, 2, 3), viaSlice(0, 1, 2));
console.log(viaSpread(), viaFrom(), Array.isArray(viaFrom(1)));
// Forwarding all arguments to another function.
function target(a, b, c) { return `a=${a} b=${b} c=${c} n=${arguments.length}`; }
function forwardSpread() { return target(...arguments); }
function forwardApply() { return target.apply(null, arguments); }
function forwardPartial(x) { return target('fixed', ...Array.from(arguments).slice(1)); }
console.log(forwardSpread(1, 2), forwardApply(1, 2, 3, 4), forwardPartial('ignored', 'p', 'q'));
// Spread into arrays and constructors.
function build() { return new Array(...arguments); }
function pts() { return [0, ...arguments, 99]; }
console.log(build(3).length, build(1, 2), pts(5, 6));
// Array methods called on arguments.
function useMethods() {
  const arr = Array.from(arguments);
  return {
    sum: arr.reduce((a, b) => a + b, 0),
    sorted: [...arguments].sort((a, b) => b - a),
    evens: Array.prototype.filter.call(arguments, x => x % 2 === 0),
    idx: Array.prototype.indexOf.call(arguments, 3),
  };
}
console.log(useMethods(4, 1, 3, 2));
// Math with spread arguments.
function maxOf() { return Math.max(...arguments); }
console.log(maxOf(1, 7, 3), maxOf());
// A memoizer keyed by all arguments.
function memo(fn) {
  const cache = new Map();
  return function () {
    const key = Array.from(arguments).join('|');
    if (!cache.has(key)) cache.set(key, fn(...arguments));
    return cache.get(key);
  };
}
let calls = 0;
const slowAdd = memo(function (a, b) { calls++; return a + b; });
console.log(slowAdd(1, 2), slowAdd(1, 2), slowAdd(2, 1), calls);
// for...of over arguments.
function total() { let t = 0; for (const v of arguments) t += v; return t; }
console.log(total(1, 2, 3, 4), total());
// Array.from on an arguments object with holes-like undefined.
function holes() { return Array.from(arguments).map(x => x === undefined ? 'u' : x); }
console.log(holes(1, undefined, 3));
