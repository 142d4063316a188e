// charCodeAt, charAt, indexing, length and String.fromCharCode in optimized code, hot in
// range, then out of range (past the end, negative, fractional, NaN, 2**31, strings,
// undefined) and on non-ASCII and astral strings; typeof and Array.isArray hot on one kind of
// value, then on every kind; typeof of an undeclared global and of one declared later.
function f(s, k) { var c = s.charCodeAt(k), ch = s.charAt(k); return [c, ch, ch.length, s.length, s[k]].join("/"); }
function hot(s, k) { return s.charCodeAt(k) + s.charAt(k).length + s.length; }
function fcc(k) { return String.fromCharCode(k).charCodeAt(0) + String.fromCharCode(k, k + 1).length; }
function cc(s) { var r = 0; for (let i = 0; i < s.length; i++) r = (r * 31 + s.charCodeAt(i)) | 0; return r; }
class T {}
function ty(v) { return typeof v; }
function isn(v) {
  return (typeof v === "number" ? 1 : 0) + (typeof v === "object" ? 2 : 0) + (typeof v === "function" ? 4 : 0)
    + (typeof v === "undefined" ? 8 : 0) + (typeof v === "string" ? 16 : 0) + (Array.isArray(v) ? 32 : 0)
    + (v === null ? 64 : 0) + (typeof v === "boolean" ? 128 : 0) + (typeof v === "bigint" ? 256 : 0);
}
function tyu() { return typeof notDeclaredAnywhere; }
var later;
function tyl() { return typeof later; }
var strs = ["hello", "abc", "x1"];
function drive() {
  var t = 0;
  for (let i = 0; i < 1100; i++) t += hot(strs[i % 3], i % 3) + fcc(i + 60) + cc("ab" + (i & 15)) + isn(i) + ty(i).length + tyu().length + tyl().length;
  return t;
}
console.log(drive());
var ks = [9, -1, 1.5, NaN, "1", undefined, 2147483648, -0, 3.99, -0.5, null, true, 1e21];
for (const k of ks) console.log(String(k), f("hello", k), hot("hello", k), hot("", k));
console.log(f("Ä-ü", 0), hot("x😀y", 1), "x😀y".charCodeAt(2), cc("héllo"), cc("x😀y"), cc(""));
console.log([65, 65.9, -1, 65536 + 65, 4294967296 + 66, NaN, "67", undefined, 1e21, -0].map(fcc).join());
var vals = [1, 0.5, -0, NaN, "s", "", true, false, undefined, null, {}, [], [1], ty, () => 1, T, new T(), new Map(), 1n, new Set()];
console.log(vals.map(ty).join());
console.log(vals.map(isn).join());
later = () => 1; console.log(tyu(), tyl()); later = "x"; console.log(tyl());
