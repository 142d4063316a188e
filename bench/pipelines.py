"""`python -m bench.pipelines`: compile cost and code speed of candidate LLVM IR pass pipelines.

The measurement behind llvm_tier/pipeline.py's PIPELINE (docs/tiers.md, "The
pass pipeline"). Every bench program runs once per candidate per round, each
run in a fresh child process (a fresh isolate and JIT, compiling on the main
thread so each compile's cost is its own), interleaved so a slow spell of a
shared machine is spread over the candidates. Per compile the child records
the compiling thread's CPU time (robust to other processes on the machine,
unlike wall time) and the IR sizes; per run the process CPU time minus the
compiles: the interpreter and the optimized code, which is where a weaker
pipeline would show as slower code. Every output is checked against the
program's own self-check line (`ok`).

    python -m bench.pipelines                       # every classic program, 2 rounds
    python -m bench.pipelines --only sieve,fib --rounds 3 --pipelines O2,chosen
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.programs import discover
from bench.report import table

REPO = Path(__file__).resolve().parents[1]

# The allocation-heavy programs are there for the memory column and spend little in optimized code.
SKIPPED = {"stringbuild", "dictionary", "shortlived", "mapdeletes"}

CHOSEN = "chosen"   # llvm_tier.pipeline.PIPELINE
CANDIDATES: dict[str, tuple[str, ...] | None] = {
    "O2": None,     # LLVM's default per-module -O2 pipeline (what every compile ran before)
    CHOSEN: (),     # filled in from llvm_tier.pipeline in the child
    "minimal": ("always-inline", "globaldce", "sroa", "instcombine", "simplifycfg", "dce"),
    "loops": ("always-inline", "globaldce", "sroa", "instcombine", "simplifycfg", "loop-simplify", "lcssa",
              "loop-rotate", "instcombine", "simplifycfg", "dse", "adce"),
}


def child(path: str, candidate: str) -> None:
    """Runs one program with one pipeline; prints one JSON object."""
    sys.path.insert(0, str(REPO))
    import cli
    from interpreter.isolate import Isolate
    from llvm_tier import jit as jit_module
    from llvm_tier.pipeline import PIPELINE
    from llvm_tier.tierup import install_tier

    passes = PIPELINE if candidate == CHOSEN else CANDIDATES[candidate]
    compiles = []
    compile_ir = jit_module.JIT.compile

    def measured_compile(self, ir_text, symbols, opt_level=None):
        t0 = time.thread_time()
        compiled = compile_ir(self, ir_text, symbols, opt_level)
        compiles.append({"cpu": time.thread_time() - t0, "ir_lines": ir_text.count("\n"),
                         "optimized_ir_lines": compiled.optimized_ir.count("\n"),
                         "code_bytes": sum(compiled.function_sizes.values())})
        return compiled
    jit_module.JIT.compile = measured_compile

    out: list[str] = []
    isolate = Isolate(write=out.append)
    tier = install_tier(isolate, concurrent=False, passes=passes)
    tier.jit   # LLVM is loaded before the timed run, not by its first compile
    source = Path(path).read_text(encoding="utf-8")
    t0 = time.process_time()
    cli.run_in_big_stack(lambda: isolate.run(source))
    cpu = time.process_time() - t0
    text = "".join(out)
    print(json.dumps({"cpu": cpu, "compiles": compiles, "ok": text.rstrip().endswith(" ok"),
                      "tail": text[-120:]}))


def measure(programs, candidates: list[str], rounds: int, log) -> dict:
    runs: dict[tuple[str, str], list[dict]] = {}
    for r in range(rounds):
        for program in programs:
            for candidate in candidates:
                log(f"pipelines: round {r + 1}/{rounds} {program.name} {candidate}")
                proc = subprocess.run([sys.executable, "-m", "bench.pipelines", "--child", str(program.source),
                                       candidate], cwd=REPO, capture_output=True, text=True, timeout=900)
                lines = proc.stdout.strip().splitlines()
                if proc.returncode != 0 or not lines:
                    runs.setdefault((program.name, candidate), []).append(
                        {"failed": (proc.stderr.strip().splitlines() or ["no output"])[-1]})
                    continue
                runs.setdefault((program.name, candidate), []).append(json.loads(lines[-1]))
    return runs


def render(programs, candidates: list[str], runs: dict) -> str:
    """Per program and pipeline: compiles, median and summed compile CPU, execution CPU; then totals."""
    rows, totals = [], {c: [0.0, 0.0, 0] for c in candidates}
    for program in programs:
        for candidate in candidates:
            done = [r for r in runs.get((program.name, candidate), []) if "failed" not in r]
            if not done:
                failed = runs.get((program.name, candidate), [{"failed": "not run"}])[0]["failed"]
                rows.append([program.name, candidate, "-", "-", "-", "-", "-", "-", f"FAIL {failed[:60]}"])
                continue
            each = [c["cpu"] for r in done for c in r["compiles"]]
            summed = min(sum(c["cpu"] for c in r["compiles"]) for r in done)
            executed = min(r["cpu"] - sum(c["cpu"] for c in r["compiles"]) for r in done)
            sizes = [c["optimized_ir_lines"] for r in done for c in r["compiles"]]
            totals[candidate][0] += summed
            totals[candidate][1] += executed
            totals[candidate][2] += len(done[0]["compiles"])
            rows.append([program.name, candidate, str(len(done[0]["compiles"])),
                         f"{1000 * statistics.median(each):.1f}" if each else "-", f"{1000 * summed:.0f}",
                         f"{1000 * executed:.0f}", f"{statistics.median(sizes):.0f}" if sizes else "-",
                         f"{statistics.median(c['code_bytes'] for r in done for c in r['compiles']):.0f}"
                         if each else "-",
                         "ok" if all(r["ok"] for r in done) else "WRONG " + done[0]["tail"][-60:]])
    text = table(["program", "pipeline", "compiles", "median compile ms", "compile ms", "execution ms",
                  "optimized IR lines", "code bytes", "output"], rows)
    total_rows = [[c, str(n), f"{1000 * s:.0f}", f"{1000 * e:.0f}"] for c, (s, e, n) in totals.items()]
    return (text + "\n\n" + table(["pipeline", "compiles", "compile ms", "execution ms"], total_rows)
            + "\n\nCPU milliseconds (the best of the rounds); execution = the run's CPU time minus its compiles.")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.pipelines", description=__doc__.split("\n\n")[0])
    p.add_argument("--only", help="comma-separated program names")
    p.add_argument("--rounds", type=int, default=2)
    p.add_argument("--pipelines", default=",".join(CANDIDATES),
                   help=f"comma-separated candidates among {', '.join(CANDIDATES)}")
    p.add_argument("--child", nargs=2, metavar=("FILE", "PIPELINE"), help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        child(*args.child)
        return 0
    candidates = args.pipelines.split(",")
    unknown = [c for c in candidates if c not in CANDIDATES]
    if unknown:
        p.error(f"unknown pipeline {unknown[0]!r}")
    only = set(args.only.split(",")) if args.only else None
    programs = [prog for prog in discover(only=only) if only is not None or prog.name not in SKIPPED]
    runs = measure(programs, candidates, args.rounds, lambda s: print(s, file=sys.stderr, flush=True))
    print(render(programs, candidates, runs))
    failed = any("failed" in r or not r["ok"] for rs in runs.values() for r in rs)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
