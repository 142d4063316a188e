"""The in-process figures behind `--details`: interpreter bytecodes/s, deopt latency, JIT compile phases.

These look inside bailout rather than at whole processes, so they are not
compared with node: each program runs once in a child process of
bench.worker (a fresh isolate per measurement, timing only the run), and the
generated deopt storm (deopt_storm.py) measures DeoptEvent.latency, from
entering the deopt handler to the interpreter resuming.
"""
from __future__ import annotations

import json
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from . import deopt_storm
from .engines import REPO
from .report import percentile, seconds, table

WORKER = Path(__file__).resolve().parent / "worker.py"
WORKER_TIMEOUT = 900
PHASES = ["parse_verify", "optimize", "codegen", "link"]


def run_worker(args: list[str], tree: Path = REPO) -> dict:
    """One child process of bench.worker, importing the engine from tree; its JSON, or {'failure': ...}."""
    # With -c the working directory comes first on sys.path, so the engine is imported from tree;
    # the worker itself is this checkout's (tree may hold an older bench/ of its own).
    boot = (f"import runpy, sys; sys.argv = ['bench.worker'] + {args!r}; "
            f"runpy.run_path({str(WORKER)!r}, run_name='__main__')")
    try:
        done = subprocess.run([sys.executable, "-c", boot], cwd=tree, capture_output=True, text=True,
                              timeout=WORKER_TIMEOUT)
    except subprocess.TimeoutExpired:
        return {"failure": f"timed out after {WORKER_TIMEOUT} s"}
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or [""]
        return {"failure": f"exit {done.returncode}: {tail[0]}"}
    return json.loads(done.stdout)


def measure(files: dict[str, Path], references: dict[str, str | None], workdir: Path, quick: bool,
            log: Callable[[str], None], tree: Path = REPO) -> dict:
    """Worker figures for every program (outputs checked against node's), then the deopt storm."""
    out = {"programs": {}}
    for i, (name, path) in enumerate(files.items(), 1):
        log(f"[details {i}/{len(files) + 1}] {name}: in-process interpreter, bytecode count, tiered run")
        ip = run_worker(["script", str(path), "--repeat", "1"], tree)
        if "failure" not in ip:
            outputs = [ip["jitless_stdout"], ip["counted_stdout"], ip["tiered"]["stdout"]]
            if references.get(name) is not None and any(o != references[name] for o in outputs):
                ip["failure"] = "in-process output differs from node's"
        out["programs"][name] = ip
    log(f"[details {len(files) + 1}/{len(files) + 1}] deopt storm")
    params = deopt_storm.QUICK if quick else deopt_storm.FULL
    storm = workdir / "deopt_storm.js"
    storm.write_text(deopt_storm.source(**params), encoding="utf-8")
    node = subprocess.run(["node", str(storm)], capture_output=True, text=True)
    deopt = run_worker(["deopt", str(storm), "--threshold", str(params["threshold"])], tree)
    if "failure" not in deopt and node.returncode == 0 and deopt["stdout"] != node.stdout:
        deopt["failure"] = "output differs from node's"
    deopt["params"] = params
    out["deopt"] = deopt
    return out


def render(details: dict) -> str:
    deopt = details["deopt"]
    parts = ["5. Interpreter speed, in-process, --jitless (bytecodes counted in a separate run)",
             bytecode_table(details["programs"]), "",
             f"6. Deopt latency, handler entry to interpreter resume ({deopt['params']['functions']} functions "
             f"given fresh maps, --opt-threshold {deopt['params']['threshold']})",
             deopt_table(deopt), "",
             "7. Optimizing compile time per function (LLVM JIT phases, default tier, in-process)",
             compile_tables(details["programs"])]
    return "\n".join(parts) + "\n"


def bytecode_table(programs: dict) -> str:
    rows = []
    for name, ip in programs.items():
        if "failure" in ip:
            rows.append([name, "-", "-", "-", ip["failure"]])
            continue
        count, t = ip["bytecodes"], ip["jitless_seconds"]
        rate = f"{count / t / 1e6:.2f} M" if count and t else "-"
        rows.append([name, f"{count:,}", seconds(t), rate, ""])
    return table(["program", "bytecodes executed", "interpreter s", "bytecodes/s", "failure"], rows)


def deopt_table(deopt: dict) -> str:
    lat = deopt.get("latencies") or []
    if not lat:
        return "no deopts recorded" + (f" ({deopt['failure']})" if deopt.get("failure") else "")
    us = [x * 1e6 for x in lat]
    reasons: dict[str, int] = {}
    for r in deopt["reasons"]:
        reasons[r] = reasons.get(r, 0) + 1
    row = [str(len(us)), str(deopt["compiles"]), f"{statistics.median(us):.0f}",
           f"{percentile(us, 90):.0f}", f"{min(us):.0f}", f"{max(us):.0f}",
           ", ".join(f"{r} {n}" for r, n in sorted(reasons.items(), key=lambda kv: -kv[1])),
           deopt.get("failure") or "ok"]
    return table(["deopts", "compiles", "median us", "p90 us", "min us", "max us", "reasons", "output"], [row])


def compile_tables(programs: dict) -> str:
    """JIT time per optimized compile, per program and over all; then the split by phase."""
    rows, every = [], []
    lowering = 0.0
    for name, ip in programs.items():
        tiered = ip.get("tiered")
        if not tiered:
            continue
        compiles = tiered["compiles"]
        every += compiles
        lowering += tiered["tier_compile_seconds"] - sum(c["total"] for c in compiles)
        rows.append(_compile_row(name, compiles))
    rows.append(_compile_row("all programs", every))
    text = table(["program", "compiles", "of them OSR", "median ms", "max ms", "sum ms"], rows)
    if not every:
        return text
    total = sum(c["total"] for c in every)
    split = [[phase, _ms(statistics.median(c[phase] for c in every)), _ms(max(c[phase] for c in every)),
              f"{100 * sum(c[phase] for c in every) / total:.0f}%"] for phase in PHASES]
    split.append(["total (JIT)", _ms(statistics.median(c["total"] for c in every)),
                  _ms(max(c["total"] for c in every)), "100%"])
    text += "\n\n" + table(["phase", "median ms", "max ms", "share of JIT time"], split)
    text += (f"\n\nLowering bytecode+feedback to IR (Python, outside the JIT phases): "
             f"{lowering * 1e3:.0f} ms over {len(every)} compiles, "
             f"{lowering * 1e3 / len(every):.1f} ms per compile on average.")
    return text


def _ms(x: float) -> str:
    return f"{x * 1e3:.1f}"


def _compile_row(name: str, compiles: list[dict]) -> list[str]:
    if not compiles:
        return [name, "0", "0", "-", "-", "-"]
    totals = [c["total"] for c in compiles]
    osr = sum(1 for c in compiles if c.get("osr_offset") is not None)
    return [name, str(len(compiles)), str(osr), _ms(statistics.median(totals)), _ms(max(totals)), _ms(sum(totals))]
