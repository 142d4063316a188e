"""Deopt exits are shared: the guards of one checkpoint (any reason, any bytecode up to the next
side effect) branch to one llvm.experimental.deoptimize call, so one stack map record serves
them all, and its first bundle operand (a phi of deopt ids) tells the deoptimizer which guard
failed. These tests check the sharing and that each guard still deopts with its own reason,
bytecode and exact values read from the machine frame (lowering.py, DeoptExit).
"""
from __future__ import annotations

import contextlib
import io

import cli
from deopt.frame_state import SELECTOR_OPERAND
from interpreter.isolate import Isolate
from llvm_tier.tierup import install_tier

# o.x then o.y: a heap-object check and map checks at two bytecodes, no side effect between them,
# so one checkpoint (resume at the first load) and one exit for every guard.
SOURCE = """
function sum(o, k) { return o.x + o.y + k; }
for (var i = 0; i < 200; i++) sum({x: i, y: 1}, 5);
console.log(sum(%s, 7));
"""


def run(breaker: str):
    out: list[str] = []
    iso = Isolate(write=out.append)
    tier = install_tier(iso, threshold=50)
    with contextlib.redirect_stderr(io.StringIO()):
        cli.run_in_big_stack(lambda: iso.run(SOURCE % breaker))
    (code,) = [c for c in tier.history if c.sfi.name == "sum"]
    events = [e for e in tier.deoptimizer.events if e.function_name == "sum"]
    return "".join(out), code, (events[0] if events else None)


def test_the_guards_of_a_checkpoint_share_one_exit_and_one_record():
    _, code, _ = run("{x: 1, y: 2}")
    data = code.deopt_data
    first = [ids for ids in data.exits.values() if len(ids) > 1]
    assert first, data.exits
    ids = first[0]
    points = [data[i] for i in ids]
    assert {p.reason.value for p in points} >= {"not a heap object", "wrong map"}
    assert all(p.frames == points[0].frames for p in points)
    # one deoptimize call per exit, not per point: fewer calls than points
    calls = code.compiled.ir.count("@llvm.experimental.deoptimize.i64() #")
    assert calls == len(data.exits) < len(data.points)
    # one record per surviving exit (LLVM may duplicate a call: then the same ID twice)
    assert {r.id for r in code.compiled.stackmap.records} <= set(data.exits)


def test_each_guard_of_a_shared_exit_deopts_with_its_own_reason_and_values():
    # a number is not a heap object: the first guard of the shared exit
    out, code, event = run("3")
    assert out == "NaN\n"
    assert event.reason == "not a heap object"
    shared = code.deopt_data.exits[event.record_id]
    assert event.deopt_id in shared and len(shared) > 1
    # another shape: the map check of the same exit
    out, code, event2 = run("{y: 2, x: 40}")
    assert out == "49\n"
    assert event2.reason == "wrong map"
    assert event2.deopt_id in code.deopt_data.exits[event2.record_id]
    assert event2.deopt_id != event.deopt_id
    # the values come from the machine frame exactly: the parameters as passed (r2 o, r3 k)
    for e in (event, event2):
        assert e.frame.bytecode_offset == 0
        assert e.frame.registers[3].value == 7.0
    assert event.frame.registers[2].value == 3.0


def test_the_selector_is_operand_zero_of_every_record():
    _, code, _ = run("{x: 1, y: 2}")
    for site in code.compiled.call_sites.values():
        ids = code.deopt_data.exits[site.deopt_id]
        loc = site.record.locations[3 + SELECTOR_OPERAND]
        if len(ids) == 1:
            # a single point: the selector is a constant LLVM records as such
            assert loc.kind.name == "CONSTANT" and loc.offset == ids[0]
        else:
            assert loc.size == 4
