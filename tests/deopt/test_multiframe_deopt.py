"""Deoptimization inside inlined code: one machine frame, several interpreter frames.

A guard that fails inside a callee inlined into optimized code rebuilds one
interpreter frame per inlined level (outermost first), every value read out of
the real machine frame through the stack map, resumes the innermost frame at
the failing bytecode and each caller after its call with the callee's result,
exactly as if nothing had been inlined. Each test checks the program's output
against node's, the translated frames (functions, resume offsets, kinds) and
that the values came out of registers and stack slots of the optimized frame.
"""
from __future__ import annotations

import contextlib
import io
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import cli
from deopt.frame_state import FrameKind
from interpreter.errors import JSThrow
from interpreter.isolate import Isolate
from llvm_tier.lower_calls import InliningOptions
from llvm_tier.tierup import install_tier

ROOT = Path(__file__).resolve().parents[2]


class Run:
    def __init__(self, source: str, threshold: int = 100, **options):
        self.out: list[str] = []
        self.iso = Isolate(write=self.out.append)
        self.tier = install_tier(self.iso, threshold=threshold, inlining=InliningOptions(**options))
        err = io.StringIO()
        self.error = None
        with contextlib.redirect_stderr(err):
            try:
                cli.run_in_big_stack(lambda: self.iso.run(textwrap.dedent(source)))
            except JSThrow as e:
                self.error = e
        self.stdout = "".join(self.out)

    def multiframe_events(self):
        return [e for e in self.tier.deoptimizer.events if len(e.frames) > 1]

    def sfi(self, name: str):
        (sfi,) = [f for f in self.iso.functions if f.name == name and f.native is None]
        return sfi

    def value(self, frame, name: str):
        sfi = self.iso.shared_of(frame.function)
        (r,) = [r for r, n in sfi.register_names.items() if n == name]
        return frame.registers[r]


def names(run, event) -> list[str]:
    return [run.iso.shared_of(f.function).name for f in event.frames]


def from_machine(tv) -> bool:
    """The value was read out of the optimized frame (a register or a stack slot), not a constant."""
    return tv.raw is not None and (tv.location.startswith("register") or tv.location.startswith("["))


THREE_LEVELS = """
function inner(o, k, d) { var q = o.x * k; return q + d; }
function middle(o, k, d, s) { var t = k + 2; var u = d * 0.5; return inner(o, t, u) + t + s.length; }
function outer(o, n, label) {
  var s = 0, h = 0.25;
  for (var i = 0; i < n; i++) { s = s + middle(o, i, h, label); h = h + 1.5; }
  return s;
}
var o = { x: 3 };
var r = 0;
for (var k = 0; k < 40; k++) r += outer(o, 50, "ab");
console.log(r);
o.x = 2.5;
console.log(outer(o, 10, "abc"));
"""


def node(source: str) -> str:
    return subprocess.run(["node", "-e", source], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def three_levels():
    return Run(THREE_LEVELS)


def test_three_levels_deep_guard_rebuilds_three_frames(three_levels):
    r = three_levels
    assert r.error is None and r.stdout == "253000\n292.5\n"       # node
    (event,) = [e for e in r.multiframe_events() if len(e.frames) == 3]
    assert event.reason == "not an int32" and names(r, event) == ["outer", "middle", "inner"]
    outer, middle, inner = event.frames
    assert [f.kind for f in event.frames] == [FrameKind.CALL, FrameKind.CALL, FrameKind.INTERPRETED]
    # inner resumes at its multiplication; the callers after their calls, their accumulators left
    # for the callee's result
    assert inner.bytecode_offset == event.bytecode_offset
    assert outer.accumulator.source.kind == middle.accumulator.source.kind == "callee_result"
    # inner resumes at its first bytecode (the guard's checkpoint: only pure bytecodes before
    # the multiplication), the callers after their calls
    assert inner.bytecode_offset == 0 < event.guard_offset
    # the live values of every frame, each in its own representation: outer's loop state, what
    # middle still needs after its call (t, s), inner's parameters
    assert r.value(outer, "label").value == "abc" and r.value(middle, "s").value == "abc"
    i = r.value(outer, "i").value
    assert r.value(middle, "t").value == r.value(inner, "k").value == i + 2
    assert r.value(outer, "h").value == 0.25 + 1.5 * i
    assert r.value(inner, "d").value == (0.25 + 1.5 * i) * 0.5
    assert r.value(inner, "o").value == r.value(outer, "o").value
    assert r.iso.objects.get_own(r.value(outer, "o").value, "x") == 2.5
    assert from_machine(r.value(outer, "o")) and from_machine(r.value(inner, "k"))
    reps = {tv.source.rep.value for f in event.frames for tv in [*f.registers, f.accumulator]
            if tv.source.kind == "operand"}
    assert {"tagged", "int32", "float64"} <= reps
    # what no frame reads again is not kept: middle's k and u, inner's accumulator
    for tv in (r.value(middle, "k"), r.value(middle, "u"), inner.accumulator):
        assert tv.source.kind == "optimized_out"


def test_two_levels_deep_guard(three_levels):
    # middle's own code (optimized after its invocations) inlines inner: two frames there
    r = three_levels
    two = [e for e in r.multiframe_events() if len(e.frames) == 2]
    assert two and all(names(r, e) == ["middle", "inner"] for e in two)
    event = two[0]
    middle, inner = event.frames
    assert middle.kind == FrameKind.CALL and inner.kind == FrameKind.INTERPRETED
    assert r.value(middle, "t").value == r.value(inner, "k").value
    assert from_machine(r.value(inner, "o"))
    assert r.value(middle, "s").value == "abc"


def test_trace_deopt_prints_every_translated_frame():
    r = subprocess.run([sys.executable, "-m", "cli", "run", "--no-concurrent-recompilation", "--opt-threshold", "100", "--trace-deopt", "-e",
                        THREE_LEVELS], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and r.stdout == "253000\n292.5\n"
    assert "[deopt]   3 translated frames (inlined code), outermost first:" in r.stderr
    assert "translated frame (frame 1 of 3: outer, resume after offset" in r.stderr
    assert "translated frame (frame 2 of 3: middle, resume after offset" in r.stderr
    assert "translated frame (frame 3 of 3: inner, resume at offset" in r.stderr


def test_deopt_in_one_arm_of_a_polymorphic_dispatch():
    source = """
    class Circle { constructor(r) { this.r = r; } area() { return 3 * this.r * this.r; } }
    class Square { constructor(s) { this.s = s; } area() { return this.s * this.s; } }
    function total(shapes, n) {
      var sum = 0;
      for (var i = 0; i < n; i++) sum += shapes[i % shapes.length].area();
      return sum;
    }
    var shapes = [new Circle(1), new Square(2), new Circle(3)];
    var t = 0;
    for (var k = 0; k < 60; k++) t += total(shapes, 30);
    console.log(t);
    shapes[1].s = 0.5;
    console.log(total(shapes, 6));
    """
    r = Run(source)
    assert r.error is None and r.stdout == node(source) == "20400\n60.5\n"
    # (its loop's OSR code, which later calls enter too: the function is not compiled twice)
    code = r.tier.sfi_code = [c for c in r.tier.history if c.sfi.name == "total"]
    assert code and any(c.lowered.inlined for c in code)
    inlined = {callee for c in code for (_, _, callee) in c.lowered.inlined}
    assert inlined == {"area"}
    events = [e for e in r.multiframe_events() if names(r, e) == ["total", "area"]]
    assert events and events[0].reason == "not an int32"
    total, area = events[0].frames
    assert r.iso.objects.map_of(area.registers[0].value).constructor_name == "Square"
    assert from_machine(area.registers[0])


def test_an_exception_after_a_multiframe_deopt_reaches_an_interpreted_caller():
    source = """
    function check(o) { if (o.v > 100) throw new RangeError("too big: " + o.v); return o.v; }
    function sum2(a, b) { return check(a) + check(b); }
    function run(items) {
      var s = 0;
      for (var i = 0; i + 1 < items.length; i++) s += sum2(items[i], items[i + 1]);
      return s;
    }
    var items = [];
    for (var i = 0; i < 50; i++) items.push({ v: i });
    var t = 0;
    for (var k = 0; k < 20; k++) t += run(items);
    console.log(t);
    function guarded(xs) { try { return run(xs); } catch (e) { return "caught " + e.message; } }
    console.log(guarded([{ v: 1 }, { v: 2.5 }, { v: 1000 }]));
    console.log(guarded([{ v: 1 }, { w: 0, v: 500 }]));
    """
    r = Run(source)
    assert r.error is None and r.stdout == node(source) == "48020\ncaught too big: 1000\ncaught too big: 500\n"
    multi = r.multiframe_events()
    assert multi and all(names(r, e)[-1] == "check" for e in multi)
    # the frames rebuilt above the throwing callee resumed and let the exception pass to `guarded`
    assert any(len(e.frames) >= 2 for e in multi)


def test_resumed_callers_continue_with_the_callees_result():
    source = """
    function leaf(o) { return o.x + 1; }
    function mid(o) { var a = leaf(o); var b = leaf(o); return a * 10 + b; }
    function top(o) { return mid(o) + mid(o); }
    var p = { x: 1 };
    var s = 0;
    for (var i = 0; i < 300; i++) s += top(p);
    console.log(s);
    console.log(top({ y: 0, x: 2 }));
    """
    r = Run(source)
    assert r.error is None and r.stdout == node(source) == "13200\n66\n"
    (event,) = [e for e in r.multiframe_events() if names(r, e) == ["top", "mid", "leaf"]]
    assert event.reason == "wrong map"
    assert event.result == 66


def test_a_callee_that_keeps_deopting_when_inlined_is_no_longer_inlined():
    source = """
    function get(o) { return o.v; }
    function use(o) { return get(o) + 1; }
    var shapes = [{ v: 1 }, { a: 0, v: 2 }, { b: 0, v: 3 }, { c: 0, v: 4 }, { d: 0, v: 5 }, { e: 0, v: 6 }];
    var s = 0;
    for (var phase = 0; phase < 6; phase++) for (var i = 0; i < 200; i++) s += use(shapes[phase]);
    console.log(s);
    """
    r = Run(source, max_deopts_when_inlined=2)
    assert r.error is None and r.stdout == node(source)
    get = r.sfi("get")
    assert r.tier.inline_deopts[get.id] >= 2
    uses = [c for c in r.tier.history if c.sfi.name == "use" and c.osr_offset is None]
    # once get deopted twice while inlined, later versions of use call it instead
    assert uses[0].lowered.inlined and not uses[-1].lowered.inlined


def test_no_inlining_flag_and_the_budget():
    source = """
    function small(x) { return x + 1; }
    function f(x) { return small(x) * 2; }
    var s = 0;
    for (var i = 0; i < 300; i++) s += f(i);
    console.log(s);
    """
    on = Run(source)
    off = Run(source, enabled=False)
    tiny = Run(source, max_inlined_bytecode_size=2)
    assert on.stdout == off.stdout == tiny.stdout == "90300\n"
    f_on = [c for c in on.tier.history if c.sfi.name == "f" and c.osr_offset is None][-1]
    f_off = [c for c in off.tier.history if c.sfi.name == "f" and c.osr_offset is None][-1]
    f_tiny = [c for c in tiny.tier.history if c.sfi.name == "f" and c.osr_offset is None][-1]
    assert f_on.lowered.inlined and not f_off.lowered.inlined and not f_tiny.lowered.inlined
    assert on.tier.stats.inlined >= 1 and off.tier.stats.inlined == 0


def test_a_cold_call_site_is_not_inlined():
    # rare() runs at one call of f in ten: under the frequency floor; hot() at every call
    source = """
    function hot(x) { return x + 1; }
    function rare(x) { return x - 1; }
    function f(x) { var r = hot(x); if (x % 10 === 0) r += rare(x); return r; }
    var s = 0;
    for (var i = 0; i < 300; i++) s += f(i);
    console.log(s);
    """
    default = Run(source)
    floor_off = Run(source, min_inlining_frequency=0)
    assert default.stdout == floor_off.stdout == "49470\n"
    inlined = [[callee for _, _, callee in c.lowered.inlined]
               for run in (default, floor_off) for c in run.tier.history if c.sfi.name == "f"]
    assert inlined[0] == ["hot"] and sorted(inlined[-1]) == ["hot", "rare"]
    r = subprocess.run([sys.executable, "-m", "cli", "run", "--opt-threshold", "100", "--no-concurrent-recompilation",
                        "--trace-opt", "-e",
                        textwrap.dedent(source)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.stdout == "49470\n"
    assert "not inlined rare: called 0.10 times per call, under --min-inlining-frequency 0.15" in r.stderr


def test_stress_inlining_ignores_callee_size_but_keeps_a_budget():
    # A callee over the size limit, called from 40 sites: stress inlines it, but only
    # until four times the cumulative budget is spent.
    body = " ".join(f"t = t * 3 + {k};" for k in range(30))
    calls = " + ".join("big(x)" for _ in range(40))
    source = f"""
    function big(x) {{ var t = x; {body} return t % 1000; }}
    function f(x) {{ return {calls}; }}
    var s = 0;
    for (var i = 0; i < 300; i++) s += f(i);
    console.log(s);
    """
    normal = Run(source)
    stress = Run(source, stress=True)
    assert normal.stdout == stress.stdout == node(textwrap.dedent(source))
    big = len(normal.sfi("big").code)
    assert big > InliningOptions().max_inlined_bytecode_size
    f_normal = [c for c in normal.tier.history if c.sfi.name == "f" and c.osr_offset is None][-1]
    f_stress = [c for c in stress.tier.history if c.sfi.name == "f" and c.osr_offset is None][-1]
    assert not f_normal.lowered.inlined
    budget = InliningOptions(stress=True).cumulative_budget()
    assert len(f_stress.lowered.inlined) == budget // big < 40
