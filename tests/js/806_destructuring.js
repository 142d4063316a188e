// Array destructuring in optimized code: defaults that call (and deoptimize), holes, rest
// elements, nested patterns, swaps; then short arrays, strings, Sets and Map iterators.
var calls = 0;
function dflt(x) { calls++; return x * 2; }
function ds(a, k) { var [x, y = dflt(k), ...r] = a; return x + y + r.length * 100 + (r.length ? r[r.length - 1] : 0); }
function holes(a) { var [p, , q = "d", ...r] = a; return [p, q, r.length].join(); }
function swap(a, b) { [a, b] = [b, a]; return a - b; }
function nested(a) { const [[x, y] = [1, 2], ...[z, w]] = a; return [x, y, z, w].join(); }
function drive() {
  var t = 0;
  for (let i = 0; i < 1100; i++) {
    t = (t + ds([i, i, 1, 2, 3], 1) + ds([i], i) + holes([i, 2, 3, 4]).length + swap(i, 1) + nested([[i, 1], 2, 3]).length) | 0;
  }
  return t + " " + calls;
}
console.log(drive());
console.log(ds([1], 0.5), ds([], 2), ds("abc", 1), ds(new Set([5, 6, 7, 8]), 1), ds([1, undefined, 2], "s"), calls);
console.log(holes([1]), holes([1, 2]), holes("xyz"), holes(new Map([[1, 2]]).keys()));
console.log(swap(1, 2), swap(0.5, "3"), swap(-0, 0), nested([]), nested([undefined, 4]), nested([["ab"], "cd"]));
