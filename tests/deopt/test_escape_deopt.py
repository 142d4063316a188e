"""Deopts with captured objects: objects escape analysis never allocated, materialized by the
deoptimizer from the field values it reads out of the machine frame.

Each test runs a program whose guard fails while such objects are live, checks the output
against node's, and looks at the deopt: the captured objects made (their maps and fields), the
frame values that name them (a second register holding the same object gets the same object),
and that the field values came out of registers and stack slots of the optimized frame.
"""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from deopt.frame_state import FrameKind
from interpreter.isolate import Isolate
from tier_run import TierRun


ROOT = Path(__file__).resolve().parents[2]


class Run(TierRun):
    def value(self, frame, name: str):
        sfi = self.iso.shared_of(frame.function)
        (r,) = [r for r, n in sfi.register_names.items() if n == name]
        return frame.registers[r]

    def keys(self, address: int) -> list[str]:
        return list(self.iso.objects.map_of(address).keys)

    def get(self, address: int, key: str):
        return self.iso.objects.get_own(address, key)


def from_machine(tv) -> bool:
    return tv.raw is not None and (tv.location.startswith("register") or tv.location.startswith("["))


SHAPES = """
class Pt { constructor(x, y) { this.x = x; this.y = y; } }
function shapes(a, k) {
  var p = { x: a, y: a + 2 };
  var q = { inner: p, tag: "q" };
  var r = p;
  var t = new Pt(a, a + 1);
  var w = { box: { v: a * 2 } };
  var s = p.x + k;
  if (typeof s === "string") {
    console.log(p, q, t, w, r === p, q.inner === r, t instanceof Pt);
    r.x = 100;
    console.log(p.x, q.inner.x, JSON.stringify(q));
  }
  return s + q.inner.y + t.y + w.box.v;
}
var total = 0;
for (var i = 0; i < 300; i++) total += shapes(i, 1);
console.log(total);
console.log(shapes(5, "z"));
"""


def check_shapes(r: Run) -> None:
    assert r.stdout == r.node()
    (event,) = r.deopts_with_objects()
    assert event.reason == "not an int32"
    (frame,) = event.frames
    p, q, rr, t = (r.value(frame, n) for n in ("p", "q", "r", "t"))
    shapes = sorted(tuple(r.iso.maps[m.map_id].keys) for m in event.materialized)
    made = {tuple(r.iso.maps[m.map_id].keys): m for m in event.materialized if m.address != t.value}
    # five objects made: p, q, t, w (still in a temporary: the deopt resumes before `w =`) and
    # w.box, each with the fields it had in optimized code
    assert shapes == [("box",), ("inner", "tag"), ("v",), ("x", "y"), ("x", "y")]
    assert len(event.materialized) == 5
    # one object per virtual object: p and r (and q.inner) are one object, made once
    assert p.source.kind == "captured_object" and rr.source.kind == "duplicated_object"
    assert p.value == rr.value == r.get(q.value, "inner")
    (made_p,) = [m for m in event.materialized if m.address == p.value]
    assert [f.value for f in made_p.fields] == [5.0, 7.0]
    # ... which the interpreter then changed through r
    assert r.get(p.value, "x") == 100.0
    assert r.get(q.value, "tag") == "q" and made[("inner", "tag")].address == q.value
    # two shapes: a literal and a class instance with its class's map
    assert r.iso.objects.map_of(t.value).constructor_name == "Pt" and r.get(t.value, "y") == 6.0
    # nested: w's box exists only as w's field, a captured object inside w's
    w, box = made[("box",)], made[("v",)]
    assert w.fields[0].source.kind == "captured_object" and w.fields[0].value == box.address
    assert r.get(w.address, "box") == box.address and [f.value for f in box.fields] == [10.0]
    assert any(from_machine(f) for m in event.materialized for f in m.fields)


def test_one_two_nested_and_duplicated_captured_objects():
    check_shapes(Run(SHAPES))


def test_materializing_while_every_allocation_collects():
    # after the warm-up every allocation collects, the deoptimizer's among them: the objects
    # made so far and the field values read out of the frame must survive each collection
    stressed = Run(SHAPES, gc_interval=1)
    check_shapes(stressed)
    assert stressed.iso.collector.stats.collections > 100


CONSTRUCTOR = """
class Pair {
  constructor(a, b) { this.a = a; this.b = b * 2; this.sum = this.a + this.b; }
}
function make(a, b) { var p = new Pair(a, b); return p.sum + (p.a === a ? 1 : 0); }
var t = 0;
for (var i = 0; i < 300; i++) t += make(i, i + 1);
console.log(t, make(3, 0.25), new Pair(1, 2).sum);
"""


def test_a_half_built_receiver_is_captured_in_the_inlined_constructor():
    r = Run(CONSTRUCTOR)
    assert r.stdout == r.node() == "135450 4.5 5\n"
    (event,) = r.deopts_with_objects()
    caller, ctor = event.frames
    assert caller.kind == FrameKind.CONSTRUCT and ctor.kind == FrameKind.INTERPRETED
    this = ctor.registers[0]
    # the guard (b * 2 with b a double) failed after `this.a = a`: only `a` was stored
    (made,) = event.materialized
    assert this.source.kind == "captured_object" and made.address == this.value
    assert r.iso.maps[made.map_id].keys == ("a",) and [f.value for f in made.fields] == [3.0]
    # the interpreter finished the constructor on it
    assert r.keys(this.value) == ["a", "b", "sum"]
    assert r.iso.objects.map_of(this.value).constructor_name == "Pair"


LOOP = """
function average(arr, n) {
  var acc = { total: 0, count: 0 };
  for (var i = 0; i < n; i++) { acc.total = acc.total + arr[i]; acc.count++; }
  return acc.total / acc.count;
}
var ints = [], mixed = [];
for (var i = 0; i < 50; i++) { ints.push(i); mixed.push(i); }
ints.push("end"); mixed.push("end");   // both arrays of any elements: one map
mixed[30] = "s";
var r = 0;
for (var k = 0; k < 300; k++) r += average(ints, 50);
console.log(r, average(mixed, 50));
"""


def test_an_object_updated_in_a_loop_is_captured_with_its_current_fields():
    r = Run(LOOP)
    assert r.stdout == r.node()
    events = r.deopts_with_objects()
    assert events
    acc = r.value(events[-1].frames[-1], "acc")
    # the deopt is at the 31st element (a string): the sum of 0..29 over 30 elements so far
    (made,) = events[-1].materialized
    assert made.address == acc.value and r.keys(acc.value) == ["total", "count"]
    assert [f.value for f in made.fields] == [435.0, 30.0]
    assert all(from_machine(f) for f in made.fields)


def test_trace_deopt_shows_materialized_objects():
    out = subprocess.run([sys.executable, "-m", "cli", "run", "--no-concurrent-recompilation", "--opt-threshold",
                          "100", "--trace-deopt", "-e", textwrap.dedent(SHAPES)],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    lines = [ln for ln in out.stderr.splitlines() if "materialized captured object" in ln]
    assert len(lines) == 5
    assert any("= { x: 5, y: 7 }; fields from " in ln for ln in lines)
    assert any("Pt { x: 5, y: 6 }" in ln for ln in lines)
    assert "r6 (r)         = { x: 5, y: 7 }" in out.stderr and "from captured object #0" in out.stderr


ARRAYS = """
function pairs(a, k) {
  var p = [a, a + 1];
  var q = [p, { v: a }, "s"];
  var r = p;
  p[1] = p[0] * 2;
  var s = p[0] + k + q[1].v + p.length;
  if (typeof s === "string") {
    console.log(p, q, r === p, q[0] === r, Array.isArray(p));
    r.push(9);
    console.log(p, q[0].length);
  }
  return s + q[0][1] + r[1];
}
var total = 0;
for (var i = 0; i < 300; i++) total += pairs(i, 1);
console.log(total, pairs(5, "z"));
"""


def test_a_captured_array_holding_itself_in_two_places_and_an_object():
    r = Run(ARRAYS)
    assert r.stdout == r.node()
    (event,) = r.deopts_with_objects()
    (frame,) = event.frames
    p, q, rr = (r.value(frame, n) for n in ("p", "q", "r"))
    assert p.source.kind == "captured_array" and rr.source.kind == "duplicated_object"
    assert p.value == rr.value == r.iso.objects.get_element(q.value, 0)
    arrays = [m for m in event.materialized if m.is_array]
    (made_p,) = [m for m in arrays if m.address == p.value]
    # p[1] was written in optimized code (p[0] * 2) before the guard failed
    assert [f.value for f in made_p.fields] == [5.0, 10.0]
    (made_q,) = [m for m in arrays if m.address == q.value]
    assert made_q.fields[0].value == p.value and made_q.fields[2].value == "s"
    assert r.iso.objects.map_of(made_q.fields[1].value).keys == ("v",)
    # the interpreter pushed onto the materialized array: it grew, seen through q[0] too
    assert r.iso.objects.array_length(p.value) == 3


def test_translate_materializes_each_captured_object_once_whatever_the_order():
    """The translation alone: a duplicate named before its captured object, a nested object, an
    int32 field read from a raw word, a constant field; one object per object id."""
    from deopt.frame_state import DeoptPoint, DeoptReason, FrameState, Rep, ValueSource
    from deopt.translated_frame import translate
    iso = Isolate()
    objects = iso.objects
    root = objects.literal_root(2)
    scratch = objects.new_object(root)
    with_x = objects.add_property(scratch, root, "x", 0.0)
    with_xy = objects.add_property(scratch, with_x, "y", 0.0)
    inner = ValueSource("captured_object", object_id=1, map_id=with_x.id,
                        fields=((0, ValueSource("constant", constant="s")),))
    outer = ValueSource("captured_object", object_id=0, map_id=with_xy.id,
                        fields=((0, ValueSource("operand", Rep.INT32, 0)), (1, inner)))
    state = FrameState(0, ValueSource("constant", constant=0), ValueSource("constant", constant=0),
                       (ValueSource("duplicated_object", object_id=0), outer,
                        ValueSource("duplicated_object", object_id=1)),
                       ValueSource("optimized_out"))
    point = DeoptPoint(1, DeoptReason.NOT_INT32, (state,), "Add")
    made = []
    (frame,) = translate(point, [0xFFFF_FFFF], ["register rbx"], iso.heap, objects, made)
    first, second, third = (tv.value for tv in frame.registers)
    assert first == second and len(made) == 2
    assert objects.map_of(first) is with_xy and objects.get_own(first, "x") == -1.0
    assert objects.get_own(first, "y") == third and objects.get_own(third, "x") == "s"
    assert [m.object_id for m in made] == [0, 1]
