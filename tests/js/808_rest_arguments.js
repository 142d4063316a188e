// Rest parameters and `arguments` in optimized code and in inlined callees: missing and extra
// arguments, spread arguments, an arrow reading its function's arguments, guards failing on
// the arguments' kinds.
function cnt(a, b) {
  var s = arguments.length;
  for (let j = 0; j < arguments.length; j++) s = s * 3 + arguments[j];
  return s + (b === undefined ? 100 : b);
}
function rest(a, ...r) { var s = a + r.length; for (let j = 0; j < r.length; j++) s = s + r[j]; return s; }
function caller(i, v) { return cnt(i) + cnt(i, v) + cnt(i, v, i, v) + rest(i) + rest(i, v, v, 2); }
function arrow(a) { var f = () => arguments.length + arguments[0]; return f(); }
function spread(n) { var part = [1, 2, 3, 4, 5, 6].slice(0, n); return rest(...part) + cnt(...part) + Math.max(...part, -1); }
function drive() {
  var t = 0;
  for (let i = 0; i < 1100; i++) t = (t + caller(i & 255, 3) + arrow(i) + spread(i % 7)) | 0;
  return t;
}
console.log(drive());
console.log(caller(1, 0.5), caller(2, -0), caller(3, "x"), caller(4, undefined));
console.log(arrow(0.5), arrow(), arrow(1, 2, 3), spread(0), spread(6), rest(), cnt(), rest(1, "a", 2), cnt(0.5, 1, 2, 3, 4, 5));
