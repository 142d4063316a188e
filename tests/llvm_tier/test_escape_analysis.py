"""Escape analysis in the lowering (llvm_tier/lower_escape.py): which allocations optimized code
leaves out, which it keeps, and that the program prints what node prints either way.

Each test runs a program in-process with the tier compiling synchronously, then looks at the
code it made: the sites kept virtual (`LoweredFunction.removed_allocations`), the IR (no bump
of the heap's allocation pointer where nothing is allocated) and the heap's use, against the
same program with escape analysis off.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from llvm_tier.analysis import T, Const, Virtual, join
from tier_run import TierRun


ROOT = Path(__file__).resolve().parents[2]


class Run(TierRun):
    def allocates(self, code) -> bool:
        """The code bumps the heap's allocation pointer somewhere."""
        return str(self.iso.heap.top_address) in code.lowered.ir


VECTORS = """
class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  add(o) { return new Vec(this.x + o.x, this.y + o.y); }
  scale(k) { return new Vec(this.x * k, this.y * k); }
  dot(o) { return this.x * o.x + this.y * o.y; }
}
function energy(n) {
  var e = 0;
  for (var i = 0; i < n; i++) {
    var a = new Vec(i, i + 1);
    var c = a.add(new Vec(2, -1)).scale(0.5);
    var box = { v: c, w: { k: i } };
    if (box.v === c && box.w.k === i) e += c.dot(c);
  }
  return e;
}
var t = 0;
for (var j = 0; j < 300; j++) t += energy(20);
console.log(t);
"""


def test_temporaries_are_not_allocated():
    r = Run(VECTORS)
    assert r.stdout == r.node()
    code = r.codes("energy")[-1]
    removed = code.lowered.removed_allocations
    # both `new Vec` in the loop, the ones add and scale make (inlined), the two literals
    assert set(removed) == {"energy@14", "energy@27", "energy@29 -> add@17", "energy@35 -> scale@17",
                            "energy@37", "energy@41"}, removed
    assert not r.allocates(code)
    assert "allocation removed (escape analysis)" in "\n".join(r.tier.log.of_type(
        __import__("llvm_tier.events", fromlist=["CodeInstalled"]).CodeInstalled)[-1].notes)


def test_without_escape_analysis_the_same_code_allocates_and_uses_more_heap():
    on, off = Run(VECTORS), Run(VECTORS, escape_analysis=False)
    assert on.stdout == off.stdout
    code = off.codes("energy")[-1]
    assert code.lowered.removed_allocations == [] and off.allocates(code)
    # six objects per iteration of 6,000 (most of them in optimized code) no longer take memory
    assert on.iso.heap.used_bytes() < off.iso.heap.used_bytes() - 6000 * 4 * 40


ESCAPING = """
function returned(i) { var o = { v: i }; o.w = i + 1; return o; }
function stored(i, sink) { var o = { v: i }; sink[0] = o; return o.v; }
function carried(n) {
  var prev = null, s = 0;
  for (var i = 0; i < n; i++) { var cur = { v: i }; if (prev !== null) s += prev.v; prev = cur; }
  return s;
}
function merged(i) { var o = { v: 1 }; if (i % 2) o = { v: 2 }; return o.v; }
function kept(i) { var o = { v: i }; var p = { v: i + 1 }; if (i % 2) return o.v; return p.v; }
var sink = [0], t = 0;
for (var k = 0; k < 300; k++) t += returned(k).w + stored(k, sink) + carried(10) + merged(k) + kept(k);
console.log(t, sink[0].v);
"""


def test_escaping_objects_stay_real_and_say_why():
    r = Run(ESCAPING)
    assert r.stdout == r.node()
    for name in ("returned", "stored", "carried", "merged"):
        code = r.codes(name)[-1]
        assert code.lowered.removed_allocations == [] and r.allocates(code), name
    # an object kept in a register past a branch that does not touch it stays virtual
    assert r.codes("kept")[-1].lowered.removed_allocations == ["kept@0", "kept@6"]
    notes = "\n".join(n for e in r.tier.log.events for n in getattr(e, "notes", ()))
    assert "allocation at returned@0 escapes: its value is needed (Return)" in notes
    assert "allocation at stored@0 escapes: its value is needed (SetKeyedProperty)" in notes
    assert "allocation at merged@0 escapes: reaches a merge" in notes
    assert "allocation at carried@" in notes


def test_the_dump_lists_removed_allocations(tmp_path):
    script = tmp_path / "v.js"
    script.write_text(VECTORS)
    out = subprocess.run([sys.executable, "-m", "cli", "dump-ir", "--function", "energy", str(script)],
                         capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert "; allocations removed by escape analysis" in out and ";   energy@29 -> add@17" in out


def test_virtual_representation_joins_to_tagged():
    a = Virtual(((), 3), 17)
    b = a.with_field(0, Virtual(((), 5), 17), map_id=18)
    assert join(a, a) == a and join(a, b) == T and join(a, Const(1.0)) == T and join(T, a) == T
    assert b.field(0) == Virtual(((), 5), 17) and b.field(1) is None and b.map_id == 18
    assert list(b.sites()) == [((), 3), ((), 5)]
    assert a.with_field(0, None) == a
