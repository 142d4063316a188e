"""One script per deopt reason the tier can emit, each really provoking it.

Every script in tests/deopt/reasons/ warms a function up past a low
threshold, then breaks one of its speculations. Its header names the reason
(`// expect-deopt: wrong map`) and, if the script ends in an uncaught error,
its kind (`// expect-error: TypeError`). The test runs it in-process with
threshold 50 and checks: stdout equals node's (the committed .out, made by
`node script.js > script.out`), the expected reason is among the
DeoptEvents, and each event agrees with the code's DeoptimizationData.
"""
from __future__ import annotations

import contextlib
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import cli
from deopt.frame_state import DeoptReason
from interpreter.bytecodes import BYTECODES
from interpreter.errors import JSThrow
from interpreter.isolate import Isolate
from llvm_tier.tierup import install_tier

HERE = Path(__file__).resolve().parent / "reasons"
SCRIPTS = sorted(HERE.glob("*.js"))
THRESHOLD = 50


def header(script: Path, key: str) -> str | None:
    m = re.search(rf"^// {key}: (.+)$", script.read_text(), re.M)
    return m.group(1).strip() if m else None


def run(script: Path, **options):
    """Runs a script in-process; returns (stdout, error kind or None, tier)."""
    out: list[str] = []
    iso = Isolate(write=out.append)
    tier = install_tier(iso, **options)
    kind = None
    with contextlib.redirect_stderr(io.StringIO()):
        try:
            cli.run_in_big_stack(lambda: iso.run(script.read_text()))
        except JSThrow as e:
            kind = e.kind
    return "".join(out), kind, tier


def test_every_reason_has_a_script():
    provoked = {header(s, "expect-deopt") for s in SCRIPTS}
    assert provoked <= {r.value for r in DeoptReason}, "a script names an unknown reason"
    assert provoked == {r.value for r in DeoptReason}


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_reason_is_provoked(script):
    reason = header(script, "expect-deopt")
    out, kind, tier = run(script, threshold=THRESHOLD)
    assert out == script.with_suffix(".out").read_text()
    assert kind == header(script, "expect-error")
    events = tier.deoptimizer.events
    assert reason in [e.reason for e in events], [(e.function_name, e.reason) for e in events]
    assert sum(tier.stats.deopts.values()) == len(events)
    by_id = {p.deopt_id: (code, p) for code in tier.history for p in code.deopt_data.points.values()}
    for e in events:
        code, point = by_id[e.deopt_id]
        guarded = tier.isolate.shared_of(e.frame.function)     # the guard's function (maybe inlined)
        assert guarded.display_name == e.function_name
        assert point.reason.value == e.reason
        # the innermost frame resumes at the guard's checkpoint: the guard's own bytecode or an
        # earlier one, with only pure bytecodes between them
        assert point.frame_state.bytecode_offset == e.bytecode_offset == e.frame.bytecode_offset
        assert e.bytecode_offset <= point.guard_offset == e.guard_offset
        assert BYTECODES[guarded.code[point.guard_offset][0]].name == point.bytecode_name
        assert code.unlinked
    assert tier.depth_cell.value == 0 and tier.active == 0 and tier.unlinked == []


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_reason_script_under_stress(script):
    out, kind, _ = run(script, stress=True)
    assert out == script.with_suffix(".out").read_text()
    assert kind == header(script, "expect-error")


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not on PATH")
@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_out_files_are_nodes(script):
    r = subprocess.run(["node", str(script)], capture_output=True, text=True, timeout=60)
    assert r.stdout == script.with_suffix(".out").read_text()
    kind = header(script, "expect-error")
    if kind is None:
        assert r.returncode == 0 and r.stderr == ""
    else:
        assert r.returncode == 1
        assert re.search(rf"^{kind}: ", r.stderr, re.M)
