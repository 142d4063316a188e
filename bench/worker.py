"""In-process measurements of one script, run in a child process by run.py; prints one JSON object.

    python -m bench.worker script FILE --repeat N     # interpreter time, bytecodes, compile times
    python -m bench.worker deopt FILE --threshold T   # deopt latencies

Each measurement builds a fresh isolate and runs the script on the engine's
big-stack thread, timing only the run (no start-up, no parsing of flags). A
child process per script keeps the isolates' native heaps and JIT state of one
script from weighing on the next, and keeps a crash in machine code from
taking the whole benchmark down.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
import time

from cli import run_in_big_stack
from interpreter.frontend.compiler import iter_functions
from interpreter.isolate import Isolate
from interpreter.objects.values import UNDEFINED

DEFAULT_THRESHOLD = 1000   # the `bailout run` default, so compile figures match the subprocess runs


def _run(isolate: Isolate, source: str, before_run=None) -> float:
    """Compiles and runs source in isolate; returns the seconds spent running (compile excluded)."""
    def go():
        script = isolate.compile(source)
        if before_run is not None:
            before_run(script)
        fn = isolate.objects.new_function(script.id, 0)
        t0 = time.perf_counter()
        isolate.interpreter.call_function(fn, UNDEFINED, [])
        return time.perf_counter() - t0
    return run_in_big_stack(go)


def _collecting_isolate() -> tuple[Isolate, list[str]]:
    out: list[str] = []
    return Isolate(write=out.append), out


def time_jitless(source: str, repeat: int) -> tuple[float, str]:
    """Best-of-repeat interpreter time; the script's output."""
    best, text = float("inf"), ""
    for _ in range(repeat):
        isolate, out = _collecting_isolate()
        best = min(best, _run(isolate, source))
        text = "".join(out)
    return best, text


def count_bytecodes(source: str) -> tuple[int, str]:
    """Bytecodes the interpreter dispatches in a jitless run; the script's output.

    The interpreter fetches every instruction with `code[pc]`, so a code list
    whose __getitem__ ticks a counter counts dispatches without touching the
    interpreter. This run is slower than a plain one and is never timed.
    """
    ticks = itertools.count()

    class CountingCode(list):
        __slots__ = ()

        def __getitem__(self, i, _get=list.__getitem__, _tick=ticks.__next__):
            _tick()
            return _get(self, i)

    def instrument(script):
        for sfi in iter_functions(script):
            sfi.code = CountingCode(sfi.code)

    isolate, out = _collecting_isolate()
    _run(isolate, source, instrument)
    return next(ticks), "".join(out)   # next() returns how many ticks came before it


def tiered_run(source: str, threshold: int = DEFAULT_THRESHOLD) -> dict:
    """One run with the optimizing tier; per compile, the JIT's phase timings."""
    from llvm_tier.tierup import install_tier
    isolate, out = _collecting_isolate()
    tier = install_tier(isolate, threshold=threshold)
    seconds = _run(isolate, source)
    compiles = []
    for code in tier.history:
        t = code.compiled.timings
        compiles.append({"function": code.sfi.name or ("<script>" if code.sfi.is_script else "(anonymous)"),
                         "osr_offset": getattr(code, "osr_offset", None),
                         "parse_verify": t.parse_verify, "optimize": t.optimize, "codegen": t.codegen,
                         "link": t.link, "total": t.total})
    return {"seconds": seconds, "stdout": "".join(out), "compiles": compiles,
            "tier_compile_seconds": tier.stats.compile_seconds,
            "deopts": sum(tier.stats.deopts.values())}


def deopt_latencies(source: str, threshold: int, max_deopts: int) -> dict:
    """Runs the deopt storm; every DeoptEvent's latency and reason."""
    from llvm_tier.tierup import install_tier
    isolate, out = _collecting_isolate()
    tier = install_tier(isolate, threshold=threshold, max_deopts=max_deopts)
    seconds = _run(isolate, source)
    events = tier.deoptimizer.events
    return {"seconds": seconds, "stdout": "".join(out),
            "latencies": [e.latency for e in events], "reasons": [e.reason for e in events],
            "functions": [e.function_name for e in events], "compiles": tier.stats.compiles}


def main(argv=None) -> None:
    p = argparse.ArgumentParser(prog="python -m bench.worker")
    sub = p.add_subparsers(dest="what", required=True)
    s = sub.add_parser("script")
    s.add_argument("file")
    s.add_argument("--repeat", type=int, default=2)
    d = sub.add_parser("deopt")
    d.add_argument("file")
    d.add_argument("--threshold", type=int, required=True)
    d.add_argument("--max-deopts", type=int, default=1000)
    args = p.parse_args(argv)
    with open(args.file, encoding="utf-8") as f:
        source = f.read()
    if args.what == "script":
        seconds, out = time_jitless(source, args.repeat)
        count, counted_out = count_bytecodes(source)
        result = {"jitless_seconds": seconds, "jitless_stdout": out, "bytecodes": count,
                  "counted_stdout": counted_out, "tiered": tiered_run(source)}
    else:
        result = deopt_latencies(source, args.threshold, args.max_deopts)
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
