// for...of over arrays in optimized code (iterated natively): a guard failing midway (the loop
// resumes at the next element), arrays growing and shrinking under the loop, holes, break,
// return, continue to a label, and for...of inside an inlined callee deoptimizing mid-iteration.
function sum(a) { var s = 0, n = 0; for (const v of a) { s = s + v * 2; n++; } return s * 1000 + n; }
function grow(a) { var n = 0, s = 0; for (const v of a) { if (a.length < 10) a.push(v + 1); s += v; n++; } return s + n * 1000; }
function shrink(a) { var n = 0; for (const v of a) { if (v === 2) a.pop(); n = n * 10 + v; } return n; }
function early(a, k) { for (const v of a) { if (v === k) return v * 2; } return -1; }
function brk(a) {
  var s = 0;
  outer: for (const v of a) { for (const w of a) { if (w > v) continue outer; if (w + v > 7) break outer; s += w * v; } }
  return s;
}
function inner(a, k) { var s = 0; for (const v of a) s = s + v * k; return s; }
function outerFn(i, a) { var keep = i * 0.5; return inner(a, 2) + keep; }
var ints = [1, 2, 3, 4];
function drive() {
  var t = 0;
  for (let i = 0; i < 1100; i++) {
    t = (t + sum(ints) + grow([1, 2]) + shrink([1, 2, 3, 4]) + early([1, 2, 3], i % 4) + brk([1, 2, 3]) + outerFn(i, ints)) | 0;
  }
  return t;
}
console.log(drive());
var holey = [1, 2, 3]; holey[5] = 6;
console.log(sum([1, 2, 3, 0.5, 5]), sum([1, 2, "x", 4]), sum(holey), sum([]), sum(new Set([1, 2])), sum("12"));
console.log(grow([1.5]), grow([]), grow(["a"]), shrink([1, 2, 3, 4]), shrink([2, 2.5]));
console.log(early([1, 2, 3], 2), early([1, 0.5, 3], 0.5), early(["a"], "a"), early([1, 2], 9), brk([1, 2, 3, 4, 5]), brk([0.5, 1.5]));
console.log(outerFn(1, [1, 2, 0.5, 4]), outerFn(2, [1, "x", 3]), outerFn(3, []), outerFn(4, new Map([[1, 2]]).keys()));
