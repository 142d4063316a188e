// for...of in optimized code over Maps and Sets changing during the iteration, strings by code
// point (astral characters are one step), array and Map iterators, and pairs destructured in
// the loop head; then other kinds of elements and keys.
function keys(m) { var s = 0; for (const [k, v] of m) { s = s * 7 + k + v; if (m.size < 4) m.set(k + 10, v); } return s; }
function sets(st) { var s = ""; for (const v of st) { s += v; if (st.size < 4) st.add(v + 1); if (v === 2) st.delete(3); } return s; }
function chars(str) { var n = 0, codes = 0; for (const c of str) { n++; codes = (codes * 31 + c.charCodeAt(0) + c.length) | 0; } return n * 1000 + codes; }
function ents(a) { var s = 0; for (const [i, v] of a.entries()) s += i * v; for (const v of a.values()) s += v; return s; }
function mapIt(m) { var s = 0; for (const v of m.values()) s += v; for (const k of m.keys()) s += k; return s; }
function drive() {
  var t = 0;
  for (let i = 0; i < 1050; i++) {
    var m = new Map([[1, i]]);
    t = (t + keys(m) + mapIt(m) + sets(new Set([i % 4])).length + chars("a" + (i & 7)) + ents([i])) | 0;
  }
  return t;
}
console.log(drive());
console.log(keys(new Map([[1, 0.5]])), keys(new Map()), keys(new Map([["a", 1]])));
console.log(sets(new Set([1, 2, 3])), sets(new Set(["x"])), sets(new Set([0.5, 2])));
console.log(chars("x😀y"), chars(""), chars("Ä-ü"), chars("😀😀"), ents([0.5, "2"]), ents([]));
console.log(mapIt(new Map([[0.5, "x"]])), mapIt(new Map()), mapIt(new Map([["k", 1], [2, 2]])));
