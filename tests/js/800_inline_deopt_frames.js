// Small helpers inlined two and three levels deep into a hot function; then guards failing in
// the innermost inlined frame: the deoptimizer rebuilds one interpreter frame per inlined level,
// with the values each keeps live (doubles, strings, -0, objects), and resumes every caller
// after its call. Also a recursive helper inlined into itself.
function leaf(a, b) { return (a * 3 + b) | 0; }
function leafAdd(a, b) { return a + b; }
function mid(a, b) { var t = a - 1; var u = leaf(t, b) + leafAdd(t, b); return u * 2 - t; }
function top(n, v) {
  var acc = 0, keepD = 0.5, keepS = "s", keepZ = -0, keepO = { x: n };
  for (let j = 0; j < 3; j++) {
    acc = acc + mid(n + j, v);
    if (j === 1) { keepD += 0.25; keepS += "t"; }
  }
  return [acc, keepD, keepS, 1 / keepZ, keepO.x].join(" ");
}
function rec(n, x) { if (!(n > 0)) return leafAdd(x, n); return rec(n - 1, x) + leafAdd(n, x); }
function drive() {
  var last = "", r = 0;
  for (let i = 0; i < 1200; i++) { last = top(i, i & 7); r = rec(i % 4, i); }
  return last + " " + r;
}
console.log(drive());
var args = [[1, 0.5], [2, "x"], [3, -0], [2147483647, 2147483647], [4, undefined], [5, 1]];
for (const [n, v] of args) console.log(top(n, v), rec(n % 4, v));
console.log(rec(NaN, 1), rec(3, 0.5));
