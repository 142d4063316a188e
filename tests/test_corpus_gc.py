"""The corpus under the collector's stress mode: a collection every few allocations
(`--gc-interval`), and every script still prints exactly node's output.

A collection then runs at almost every point where one can: in the interpreter, inside
built-ins holding temporaries, in runtime entries called from optimized code with optimized
frames below, while the deoptimizer rebuilds frames. Each script runs in one of the three tier
modes (interpreter only, default, --stress-opt), in turn, so each mode sees a third of the
corpus and the suite stays fast; BAILOUT_GC_CORPUS=all runs every script in all three.
"""
from __future__ import annotations

import os

import pytest

from corpus_runner import GC_INTERVAL, GC_MODES, ROOT, CorpusResults, run_bailout

SCRIPTS = sorted((ROOT / "tests" / "js").glob("*.js")) + sorted((ROOT / "tests" / "errors" / "runtime").glob("*.js"))
MODE_NAMES = list(GC_MODES)
EVERY_MODE = os.environ.get("BAILOUT_GC_CORPUS") == "all"
CASES = [(script, mode) for i, script in enumerate(SCRIPTS) for k, mode in enumerate(MODE_NAMES)
         if EVERY_MODE or i % len(MODE_NAMES) == k]
RESULTS = {mode: CorpusResults([s for s, m in CASES if m == mode], [mode]) for mode in MODE_NAMES}


@pytest.mark.parametrize("script,mode", CASES, ids=lambda v: v if isinstance(v, str) else v.stem)
def test_script_matches_node_under_gc_stress(script, mode):
    r = RESULTS[mode][script, mode]
    expected_stderr = script.with_suffix(".stderr")
    assert r.stderr == (expected_stderr.read_text() if expected_stderr.exists() else "")
    assert r.stdout == script.with_suffix(".out").read_text()
    assert r.status == (1 if expected_stderr.exists() else 0)


def test_the_stress_mode_collects():
    """The mode really collects every GC_INTERVAL allocations (a regression once made it never
    collect: the first allocation buffer was large enough for a whole script)."""
    r = run_bailout("run", *GC_MODES["gc-jitless"], "--trace-gc", "-e",
                    "let a = []; for (let i = 0; i < 2000; i++) a.push({ i }); console.log(a.length)")
    assert r.stdout == "2000\n"
    collections = [line for line in r.stderr.splitlines() if line.startswith("[gc] mark-sweep")]
    assert len(collections) >= 2000 // GC_INTERVAL
