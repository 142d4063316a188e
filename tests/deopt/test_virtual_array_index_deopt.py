"""Deopts from element accesses at a run-time index on virtual arrays (lower_escape.py): the
index is guarded below the array's length, and a failing guard (an index out of range, a hole)
materializes the array from the element values in the machine frame, with every element
written so far, before the interpreter repeats the access.
"""
from __future__ import annotations

from tier_run import TierRun


Run = TierRun


POKE = """
function poke(i, v) {
  var a = [1, 2, 3];
  a[(i + 1) % 3] = -v;
  a[i] = v;
  return a[0] + a[1] * 10 + a[2] * 100;
}
var u = 0;
for (var i = 0; i < 3000; i++) u += poke(i % 3, 7);
console.log(u, poke(3, 5), poke(-1, 5));
"""


def test_an_index_out_of_range_materializes_the_array_with_its_stores():
    r = Run(POKE)
    assert r.stdout == r.node()
    events = r.deopts_with_objects()
    assert events and all(e.reason == "out of bounds" for e in events)
    # poke(3, 5): a[1] = -5 was done in machine code; the array made at the deopt has it
    (made,) = events[0].materialized
    assert [f.value for f in made.fields] == [1.0, -5.0, 3.0]
    code = [c for c in r.tier.history if c.sfi.name == "poke" and c.osr_offset is None][0]
    assert code.lowered.removed_allocations == ["poke@6"]


def test_the_same_under_a_collection_at_every_allocation():
    r = Run(POKE, gc_interval=1)
    assert r.stdout == r.node()
    assert r.deopts_with_objects()


def test_a_hole_read_at_a_run_time_index_deopts_to_the_prototype_chain():
    r = Run("""
    function get(i) { var a = [1, , 3]; return a[i]; }
    var s = 0;
    for (var k = 0; k < 3000; k++) s += get(k & 1 ? 0 : 2);
    Array.prototype[1] = 'proto';
    console.log(s, get(1));
    """)
    assert r.stdout == r.node() == "6000 proto\n"
    (event,) = r.deopts_with_objects()
    assert event.reason == "out of bounds"
