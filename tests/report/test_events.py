"""The tier's event log (llvm_tier/events.py): one record of the tier's decisions that both the
text traces and the report render.

In-process runs check that what --trace-opt/--trace-deopt print is exactly the
text renderer applied to the log's events, in order; that events come in the
order things happened, with times; and that a deopt's values are captured
(formatted) only when a trace or a report will read them.
"""
from __future__ import annotations

import contextlib
import io

import cli
from deopt.deoptimizer import DeoptEvent, DeoptResumed
from interpreter.isolate import Isolate
from llvm_tier.events import (CodeInstalled, CompileStarted, OSREntered, OptimizationDisabled, trace_text)
from llvm_tier.tierup import install_tier

PROGRAM = """
function getX(obj) { return obj.x; }
function Point(x, y) { this.x = x; this.y = y; }
function twice(p) { return getX(p) + getX(p); }
var s = 0;
for (var i = 0; i < 400; i++) s += twice(new Point(i, 1));
console.log(s, twice({ y: 2, x: 40 }));
function add(a, b) { return a + b; }
for (var j = 0; j < 300; j++) add(j, 1);
for (var k = 0; k < 20; k++) add("a" + k, k);
"""


def run(trace: bool, keep_details: bool = False, **options):
    out = []
    iso = Isolate(write=out.append)
    tier = install_tier(iso, threshold=100, trace_opt=trace, trace_deopt=trace, **options)
    tier.log.keep_details = keep_details
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        cli.run_in_big_stack(lambda: iso.run(PROGRAM))
    return tier, "".join(out), err.getvalue()


def test_the_traces_are_the_text_renderer_of_the_log():
    tier, stdout, stderr = run(trace=True)
    assert stdout == "159600 80\n"
    rendered = [trace_text(e) for e in tier.log.events]
    assert stderr == "".join(text + "\n" for text in rendered if text is not None)
    assert "[deopt] getX: deopt id" in stderr and "[opt] optimized twice as" in stderr


def test_events_come_in_order_with_times():
    tier, _, _ = run(trace=False, keep_details=True)
    events = tier.log.events
    times = [e.time for e in events]
    assert times == sorted(times) and times[0] >= tier.log.started
    started = {e.symbol: k for k, e in enumerate(events) if isinstance(e, CompileStarted)}
    installed = [(k, e) for k, e in enumerate(events) if isinstance(e, CodeInstalled)]
    assert installed
    for k, e in installed:
        assert started[e.code.symbol] < k
        assert e.code in tier.history
    assert [e.code for _, e in installed] == tier.history
    deopts = [k for k, e in enumerate(events) if isinstance(e, DeoptEvent)]
    resumed = [e for e in events if isinstance(e, DeoptResumed)]
    assert deopts and len(resumed) == len(deopts)
    assert [e for e in events if isinstance(e, DeoptEvent)] == tier.deoptimizer.events
    for e in resumed:
        assert events.index(e.deopt) < events.index(e)
    # the inlined getX is recorded with the caller it was inlined into
    twice = [e for _, e in installed if e.sfi.name == "twice" and e.code.osr_offset is None][0]
    assert {tier.isolate.functions[i.shared_id].name for i in twice.inlined} == {"getX"}
    assert twice.notes and any("inlined getX" in n for n in twice.notes)


def test_values_are_captured_only_for_a_reader():
    tier, _, stderr = run(trace=False)
    assert stderr == ""
    deopts = [e for e in tier.log.events if isinstance(e, DeoptEvent)]
    assert deopts and all(e.views == [] for e in deopts)
    assert all(e.feedback is None for e in tier.log.events if isinstance(e, CompileStarted))

    tier, _, stderr = run(trace=False, keep_details=True)
    assert stderr == ""
    deopt = [e for e in tier.log.events if isinstance(e, DeoptEvent) and e.function_name == "getX"
             and len(e.frames) == 1][0]
    (frame,) = deopt.views
    obj = [v for v in frame.values if v.name == "r2 (obj)"][0]
    assert obj.shown == "{ y: 2, x: 40 }" and obj.rep == "tagged" and obj.where.startswith("register ")
    started = [e for e in tier.log.events if isinstance(e, CompileStarted)]
    assert started and all(e.feedback is not None and e.sfi.id in e.feedback for e in started)
    # the copy does not move when the function's feedback does
    getx = [e for e in started if e.sfi.name == "getX"][0]
    assert getx.feedback[getx.sfi.id][0].state.name == "MONOMORPHIC"
    assert getx.sfi.feedback[0].state.name == "POLYMORPHIC"


def test_osr_entries_and_giving_up_are_events():
    tier, _, stderr = run(trace=True, max_deopts=1)
    kinds = {type(e) for e in tier.log.events}
    assert OSREntered in kinds and OptimizationDisabled in kinds
    assert "[opt] OSR entry into <script>" in stderr
    assert "stays in the interpreter: too many deopts" in stderr
