"""Nothing of LLVM (nor numpy) is loaded before the first compile (issue 17).

A program whose functions never get hot must not pay for llvmlite's shared library, the target
machine, the LLJIT, the deopt stub, the caching arena allocator, the lowering or the
deoptimizer, and a program that never
collects must not pay for numpy (the collector's sweep uses it). Checked in fresh processes by
what is imported, not by timing: `sys.modules` after the run, and `--stats`' line about LLVM.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import contextlib, io, json, sys
import cli
iso = cli.make_isolate(False, **json.loads(sys.argv[2]))
status = cli.execute("[probe]", sys.argv[1], iso)
tier = iso.tier
print(json.dumps({"status": status, "llvmlite": "llvmlite.binding" in sys.modules,
                  "jit": "llvm_tier.jit" in sys.modules, "numpy": "numpy" in sys.modules,
                  "lowering": "llvm_tier.lowering" in sys.modules,
                  "deoptimizer": "deopt.deoptimizer" in sys.modules,
                  "arena": tier.stats.arena is not None, "compiles": tier.stats.compiles,
                  "llvm_ms": tier.stats.llvm_start_seconds * 1000}))
"""


def probe(source: str, **options) -> tuple[dict, str]:
    r = subprocess.run([sys.executable, "-c", PROBE, source, json.dumps(options)], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    *printed, facts = r.stdout.splitlines()
    return json.loads(facts), "\n".join(printed)


def test_a_cold_program_never_loads_llvm_or_numpy():
    facts, out = probe("function f(x) { return x * 2; } let s = 0; for (let i = 0; i < 50; i++) s += f(i);"
                       " console.log(s);")
    assert out == "2450"
    assert facts == {"status": 0, "llvmlite": False, "jit": False, "numpy": False, "lowering": False,
                     "deoptimizer": False, "arena": False, "compiles": 0, "llvm_ms": 0.0}


def test_the_first_compile_loads_llvm_synchronously():
    facts, out = probe("function f(x) { return x * 2; } console.log(f(21));", stress=True)
    assert out == "42"
    assert facts["llvmlite"] and facts["jit"] and facts["arena"] and facts["compiles"] >= 1
    assert facts["lowering"] and facts["deoptimizer"]
    assert facts["llvm_ms"] > 0


def test_the_first_concurrent_compile_loads_llvm_before_it_is_queued():
    # concurrent: the first hot function's compile request creates the JIT on the main thread
    # (on the compile thread, waiting for the interpreter's GIL, it took several times longer)
    facts, out = probe("function f(x) { return x * 2; } let s = 0;"
                       " for (let i = 0; i < 3000; i++) s += f(i); console.log(s);",
                       threshold=100, concurrent=True)
    assert out == "8997000"
    assert facts["llvmlite"] and facts["arena"] and facts["llvm_ms"] > 0


def test_collecting_loads_numpy_and_still_frees():
    facts, out = probe("let keep = []; for (let i = 0; i < 2000; i++) { const o = {i, s: 'x' + i};"
                       " if (i % 100 === 0) keep.push(o); } gc(); console.log(keep.length, keep[19].s);",
                       expose_gc=True, threshold=10 ** 6)
    assert out == "20 x1900"
    assert facts["numpy"] and not facts["llvmlite"]


def test_stats_say_llvm_was_not_loaded():
    r = subprocess.run([sys.executable, "-m", "cli", "run", "--stats", "-e", "console.log(1)"], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and r.stdout == "1\n"
    assert "[stats] LLVM not loaded (nothing compiled)" in r.stderr
    assert "[stats] start-up: " in r.stderr
