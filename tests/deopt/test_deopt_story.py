"""The deopt story of examples/getx.js, step by step: optimize, guard, deopt, translate, unlink, release.

getX is called 10000 times with Points (one map), so at the invocation
threshold it is optimized with a one-map guard and a direct in-object load.
The last call passes {y:2, x:40}: another map, so the guard fails, the
deoptimizer reads `obj` out of the machine frame, rebuilds the interpreter
frame, unlinks the code and the interpreter finishes the call (40).
Checked in-process (tier internals) and through `bailout run --trace-opt
--trace-deopt` (what a user sees). The extended story keeps calling getX
with both shapes: it is re-optimized with a polymorphic guard and no longer
deopts.
"""
from __future__ import annotations

import contextlib
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

import cli
from interpreter.bytecodes import Bytecode as B
from interpreter.builtins.views import to_view
from interpreter.builtins.inspect import inspect
from interpreter.isolate import Isolate
from interpreter.objects.layout import OBJECT_HEADER_WORDS
from llvm_tier.tierup import install_tier

ROOT = Path(__file__).resolve().parents[2]
GETX = (ROOT / "examples" / "getx.js").read_text()
THRESHOLD = 1000   # the CLI's default --opt-threshold; the story runs with the defaults

EXTENDED = GETX + """
var s = 0;
for (var j = 0; j < 3000; j++) { s += getX(new Point(j, 1)); s += getX({ y: 2, x: 1 }); }
console.log(s);
"""


class Story:
    """One in-process run of a script with the tier's hooks observed."""

    def __init__(self, source: str):
        self.out: list[str] = []
        self.iso = Isolate(write=self.out.append)
        self.tier = install_tier(self.iso, threshold=THRESHOLD, trace_opt=True, trace_deopt=True)
        # (name, invocations, back edges) at each whole-function compile (OSR compiles aside)
        self.optimized_at: list[tuple[str, int, int]] = []
        self.at_deopt: list[dict] = []                          # tier state seen inside the handler
        optimize = self.tier.optimize

        def observed_optimize(sfi, *args, **kwargs):
            if not args and kwargs.get("osr_offset") is None:
                self.optimized_at.append((sfi.name, sfi.invocations, sfi.back_edges))
            return optimize(sfi, *args, **kwargs)

        self.tier.optimize = observed_optimize
        on_deopt = self.tier.deoptimizer.on_deopt

        def observed_on_deopt(code, point):
            on_deopt(code, point)
            self.at_deopt.append({"function": code.sfi.name, "released": code.compiled.released, "active": self.tier.active,
                                  "unlinked": code.unlinked, "table": self.tier.code_table[code.sfi.id]})

        self.tier.deoptimizer.on_deopt = observed_on_deopt
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            cli.run_in_big_stack(lambda: self.iso.run(source))
        self.stderr = err.getvalue()
        self.stdout = "".join(self.out)

    def sfi(self, name: str):
        (sfi,) = [f for f in self.iso.functions if f.name == name and f.native is None]
        return sfi

    def codes(self, name: str):
        return [c for c in self.tier.history if c.sfi.name == name]

    def events(self, name: str):
        return [e for e in self.tier.deoptimizer.events if e.function_name == name]

    def map_id(self, constructor: str, keys: tuple[str, ...]) -> int:
        (m,) = [m for m in self.iso.maps.maps[1:] if m.constructor_name == constructor and m.keys == keys]
        return m.id

    def show(self, value) -> str:
        return inspect(to_view(self.iso, value))


def function_body(ir: str, symbol: str) -> str:
    """The text of one `define` in a module, up to its closing brace."""
    m = re.search(rf"^define [^\n]*@{symbol}\(.*?^}}$", ir, re.S | re.M)
    assert m, f"no function {symbol} in the module"
    return m.group(0)


def map_compares(body: str, map_ids: set[int]) -> list[int]:
    """The map ids an i64 word is compared with (an icmp, or a case of the switch LLVM may make of them)."""
    found = re.findall(r"icmp eq i64 %[\w.]+, (\d+)\n", body + "\n")
    found += re.findall(r"^\s+i64 (\d+), label %", body, re.M)
    return [int(c) for c in found if int(c) in map_ids]


def get_named_offset(sfi, name: str) -> int:
    (pc,) = [pc for pc, ins in enumerate(sfi.code)
             if ins[0] == B.GetNamedProperty and sfi.constants[ins[2]] == name]
    return pc


@pytest.fixture(scope="module")
def story():
    return Story(GETX)


@pytest.fixture(scope="module")
def extended():
    return Story(EXTENDED)


# ---- the story, in-process ------------------------------------------------------------------

def test_prints_40(story):
    assert story.stdout == "40\n"


def test_getx_optimized_at_the_threshold(story):
    assert ("getX", THRESHOLD, 0) in story.optimized_at
    assert [name for name, _, _ in story.optimized_at].count("getX") == 1
    (code,) = story.codes("getX")
    assert code.symbol.startswith("js_getX_")
    point_map = story.map_id("Point", ("x", "y"))
    assert re.search(rf"\[opt\] optimized getX as {code.symbol} \(invocations {THRESHOLD}, back edges 0\)",
                     story.stderr)
    assert re.search(rf"load \.x: 1-map guard; map #{point_map} -> direct in-object slot 0 access",
                     story.stderr)


def test_fast_path_is_one_map_compare_and_one_load(story):
    (code,) = story.codes("getX")
    body = function_body(code.compiled.optimized_ir, code.symbol)
    point_map = story.map_id("Point", ("x", "y"))
    all_maps = {m.id for m in story.iso.maps.maps[1:]}
    assert map_compares(body, all_maps) == [point_map]
    # x is in-object slot 0: one load at a constant offset from the object pointer
    offset = 8 * (OBJECT_HEADER_WORDS + 0)
    assert offset == 16
    gep = re.search(rf"(%[\w.]+) = getelementptr i8, ptr (%[\w.]+), i64 {offset}\n", body)
    assert gep, body
    assert re.search(rf"= load i64, ptr {re.escape(gep.group(1))}\b", body)
    assert re.search(rf"{re.escape(gep.group(2))} = inttoptr i64 ", body)
    # no generic property load anywhere in the function
    assert "rt_load_named" not in body
    # the map word is loaded from the object pointer itself (offset 0)
    assert re.search(rf"= load i64, ptr {re.escape(gep.group(2))}\b", body)


def test_exactly_one_wrong_map_deopt(story):
    (event,) = story.events("getX")
    (code,) = story.codes("getX")
    sfi = story.sfi("getX")
    assert event.function_name == "getX"
    assert event.reason == "wrong map"
    assert event.bytecode_offset == get_named_offset(sfi, "x")
    point = code.deopt_data[event.deopt_id]
    assert point.reason.value == "wrong map"
    assert point.bytecode_name == "GetNamedProperty"
    # the deopt exit is the stack map record (its ID the call's "statepoint-id"); the guards of a
    # checkpoint share it, the failing one named by the bundle's first operand
    record_ids = [r.id for r in code.compiled.stackmap.records]
    assert event.record_id in record_ids
    assert event.deopt_id in code.deopt_data.exits[event.record_id]
    assert sorted(record_ids) == sorted(code.deopt_data.exits)
    assert sorted(i for ids in code.deopt_data.exits.values() for i in ids) == sorted(code.deopt_data.points)
    sites = [s for s in code.compiled.call_sites.values() if s.deopt_id == event.record_id]
    assert len(sites) == 1 and sites[0].function == code.symbol
    assert f'"statepoint-id"="{event.record_id}"' in code.compiled.optimized_ir
    assert event.result == 40.0
    assert story.tier.stats.deopts["wrong map"] == 1


def test_translated_frame(story):
    (event,) = story.events("getX")
    frame = event.frame
    sfi = story.sfi("getX")
    assert frame.bytecode_offset == event.bytecode_offset
    assert story.iso.shared_of(frame.function) is sfi
    (obj_reg,) = [r for r, name in sfi.register_names.items() if name == "obj"]
    obj = frame.registers[obj_reg]
    # read from the machine frame: a register or a stack slot
    assert obj.raw is not None
    assert re.fullmatch(r"register \w+|\[r[sb]p[+-]\d+\]", obj.location), obj.location
    assert obj.source.kind == "operand" and obj.source.rep.value == "tagged"
    assert story.iso.heap.decode(obj.raw) == obj.value
    assert story.show(obj.value) == "{ y: 2, x: 40 }"
    assert story.iso.objects.map_of(obj.value).id == story.map_id("Object", ("y", "x"))
    # the context is rematerialized from the closure, not read from the frame
    assert frame.context.raw is None
    assert frame.context.source.kind == "function_context"
    for tv in [frame.context, frame.accumulator, *frame.registers]:
        if tv.source.kind != "operand":
            assert tv.raw is None
        else:
            assert tv.raw is not None and story.iso.heap.decode(tv.raw) is not None


def test_code_unlinked_then_released(story):
    (code,) = story.codes("getX")
    sfi = story.sfi("getX")
    # inside the handler: unlinked at once, but still loaded (its frame is being torn down)
    (seen,) = [d for d in story.at_deopt if d["function"] == "getX"]
    assert seen["active"] >= 1
    assert {k: seen[k] for k in ("released", "unlinked", "table")} == {"released": False, "unlinked": True,
                                                                       "table": 0}
    # afterwards: unlinked everywhere, and released once no optimized frame was active
    assert sfi.optimized is None
    assert story.tier.code_table[sfi.id] == 0
    assert code.unlinked and code.compiled.released
    assert code.symbol not in story.tier.codes
    assert story.tier.unlinked == [] and story.tier.active == 0
    assert story.tier.jit.call_site_at(next(iter(code.compiled.call_sites))) is None
    assert sfi.deopt_count == 1
    # Point never deopted: still linked
    (point_code,) = story.codes("Point")
    assert story.sfi("Point").optimized is point_code
    assert story.tier.code_table[point_code.sfi.id] == point_code.address
    assert not point_code.compiled.released


def test_trace_deopt_shows_the_frame(story):
    (event,) = story.events("getX")
    (code,) = story.codes("getX")
    assert (f"[deopt] getX: deopt id {event.deopt_id}, reason: wrong map, at bytecode offset "
            f"{event.bytecode_offset} (GetNamedProperty) in {code.symbol}") in story.stderr
    assert re.search(r"\[deopt\]     r\d+ \(obj\) += \{ y: 2, x: 40 \} +from (register \w+|\[r[sb]p[+-]\d+\]) "
                     r"tagged bits=0x[0-9a-f]+", story.stderr)
    assert f"[deopt]   unlinked {code.symbol}" in story.stderr
    assert "[deopt] getX: interpreter returned 40" in story.stderr


# ---- the story, through the CLI --------------------------------------------------------------

def test_cli_story():
    r = subprocess.run([sys.executable, "-m", "cli", "run", "--no-concurrent-recompilation", "--trace-opt", "--trace-deopt", "examples/getx.js"],
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "40\n"
    err = r.stderr
    opt = re.search(r"\[opt\] optimized getX as (js_getX_\d+_v\d+) \(invocations (\d+), back edges 0\)", err)
    assert opt and int(opt.group(2)) == THRESHOLD
    symbol = opt.group(1)
    guard = re.search(r"\[opt\]   @(\d+) GetNamedProperty: load \.x: 1-map guard; map #(\d+) -> "
                      r"direct in-object slot 0 access", err)
    assert guard
    deopts = re.findall(r"\[deopt\] getX: deopt id (\d+), reason: ([^,]+), at bytecode offset (\d+) "
                        r"\((\w+)\) in (\S+)", err)
    assert len(deopts) == 1
    _, reason, offset, bytecode, where = deopts[0]
    assert (reason, int(offset), bytecode, where) == ("wrong map", int(guard.group(1)), "GetNamedProperty", symbol)
    assert re.search(r"\(obj\) += \{ y: 2, x: 40 \} +from (register \w+|\[r[sb]p[+-]\d+\]) tagged bits=0x", err)
    assert re.search(r"context += 0x[0-9a-f]+ +from the closure \(rematerialized\)", err)
    assert f"unlinked {symbol}; resuming in the interpreter at bytecode offset {offset}" in err
    assert "[deopt] getX: interpreter returned 40" in err
    # the deopt happened after the optimization, and only once
    assert err.index("[opt] optimized getX") < err.index("[deopt] getX")
    assert err.count("[deopt] getX: deopt id") == 1


# ---- the extended story: both shapes -> a polymorphic guard, no more deopts ----------------

def test_extended_story_reoptimizes_polymorphic(extended):
    assert extended.stdout == "40\n4501500\n"
    v1, v2 = extended.codes("getX")
    point_map = extended.map_id("Point", ("x", "y"))
    literal_map = extended.map_id("Object", ("y", "x"))
    all_maps = {m.id for m in extended.iso.maps.maps[1:]}
    assert map_compares(function_body(v1.compiled.optimized_ir, v1.symbol), all_maps) == [point_map]
    # as lowered: one compare per map, then a load from that map's slot (x is slot 0 of a
    # Point, slot 1 of the literal); after LLVM's passes the dispatch still names both maps
    lowered = function_body(v2.compiled.ir, v2.symbol)
    assert sorted(map_compares(lowered, all_maps)) == sorted([point_map, literal_map])
    for slot in (0, 1):
        assert re.search(rf"getelementptr i8, ptr %[\w.]+, i64 {8 * (OBJECT_HEADER_WORDS + slot)}\n", lowered)
    optimized = function_body(v2.compiled.optimized_ir, v2.symbol)
    assert sorted(map_compares(optimized, all_maps)) == sorted([point_map, literal_map])
    assert "rt_load_named" not in optimized
    assert re.search(rf"load \.x: 2-map guard; map #{point_map} -> direct in-object slot 0 access, "
                     rf"map #{literal_map} -> direct in-object slot 1 access", extended.stderr)
    # re-optimized after the threshold counted again from the deopt
    assert [(n, i) for n, i, _ in extended.optimized_at if n == "getX"] == [("getX", THRESHOLD)] * 2
    # one deopt in the whole run: the polymorphic code handles both shapes
    assert [e.reason for e in extended.events("getX")] == ["wrong map"]
    assert extended.tier.stats.deopts["wrong map"] == 1
    sfi = extended.sfi("getX")
    assert sfi.optimized is v2 and not v2.unlinked and not v2.compiled.released
    assert extended.tier.code_table[sfi.id] == v2.address
    assert v1.compiled.released
