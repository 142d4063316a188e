// Escape analysis and deopt: a guard fails while objects optimized code never allocated are
// live; the deoptimizer makes them (one, two, nested, one held by two variables) and the
// interpreter goes on with them: they print, compare and mutate as node's do.
class Pt { constructor(x, y) { this.x = x; this.y = y; } }

function shapes(a, k) {
  var p = { x: a, y: 2 };
  var q = { inner: p, tag: "q" };
  var r = p;
  var t = new Pt(a, a + 1);
  var w = { box: { v: a * 2, deeper: { z: -a } } };
  var s = p.x + k;
  if (typeof s === "string") {
    console.log(p, q, t, w);
    console.log(r === p, q.inner === p, q.inner === r, t instanceof Pt, w.box.deeper.z);
    r.x = 100;
    console.log(p.x, q.inner.x, JSON.stringify(q), JSON.stringify(w), Object.keys(t));
  }
  return s + q.inner.y + t.y + w.box.v;
}

var total = 0;
for (var i = 0; i < 3000; i++) total += shapes(i, 1);
console.log(total);
console.log(shapes(5, "z"));
console.log(shapes(6, 0.5));
for (var j = 0; j < 3000; j++) total += shapes(j, 2);
console.log(total, shapes(7, "!"));
