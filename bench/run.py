"""The benchmark runner: `python bench/run.py [--quick] [--json FILE] [--only a,b]` from the repository root.

Gathers four figures and prints them as fixed-width tables on stdout
(progress goes to stderr):
  1. wall time of bailout --jitless, bailout, node --jitless and node on each
     loop-heavy script in bench/js, as subprocesses, with the ratios; every
     bailout output is checked against node's;
  2. the interpreter's speed in bytecodes per second, measured in-process;
  3. deopt latency (DeoptEvent.latency) over a generated deopt storm;
  4. the optimizing compile time per function, by JIT phase.
It measures and reports; it asserts nothing about speed. The exit status is 1
only when an output differs from node's or a run fails.
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    # Run as a file (python bench/run.py): make the repository root importable.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import report, scripts as bench_scripts, timing  # noqa: E402

WORKER_TIMEOUT = 900
STARTUP_REPEAT = 5


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown cpu"


def node_version() -> str:
    return subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()


def run_worker(args: list[str]) -> dict:
    """One child process of bench.worker; its JSON, or {'failure': ...}."""
    try:
        done = subprocess.run([sys.executable, "-m", "bench.worker"] + args, cwd=timing.REPO,
                              capture_output=True, text=True, timeout=WORKER_TIMEOUT)
    except subprocess.TimeoutExpired:
        return {"failure": f"timed out after {WORKER_TIMEOUT} s"}
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or [""]
        return {"failure": f"exit {done.returncode}: {tail[0]}"}
    return json.loads(done.stdout)


def output_status(expected: str | None, outputs: list[str | None], failures: list[str | None]) -> str:
    """'ok' when every bailout output equals node's; otherwise what went wrong."""
    failed = [f for f in failures if f]
    if failed:
        return "FAIL (" + failed[0] + ")"
    if expected is None:
        return "no node output"
    if any(o != expected for o in outputs):
        return "DIFF from node"
    return "ok"


def measure_script(script, quick: bool) -> dict:
    runs = timing.time_script(script.path, max_repeat=1 if quick else 3)
    log(f"  {script.name}: " + ", ".join(f"{n} {report.seconds(r.best)}" for n, r in runs.items()))
    ip = run_worker(["script", str(script.path), "--repeat", "1" if quick else "2"])
    node_out = runs["node"].stdout
    bailout_outs = [runs["bailout --jitless"].stdout, runs["bailout"].stdout]
    if "failure" not in ip:
        bailout_outs += [ip["jitless_stdout"], ip["counted_stdout"], ip["tiered"]["stdout"]]
    failures = [runs[n].failure for n in timing.CONFIGS] + [ip.get("failure")]
    return {
        "path": str(script.path),
        "runs": {n: {"seconds": r.seconds, "failure": r.failure} for n, r in runs.items()},
        "best": {n: r.best for n, r in runs.items()},
        "output": output_status(node_out, bailout_outs, failures),
        "node_stdout": node_out,
        "inprocess": None if "failure" in ip else ip,
        "inprocess_failure": ip.get("failure"),
    }


def measure_deopt(workdir: Path, quick: bool) -> dict:
    script, params = bench_scripts.deopt_script(workdir, quick)
    _, node = timing.run_once(["node", str(script.path)])
    result = run_worker(["deopt", str(script.path), "--threshold", str(params["threshold"])])
    expected = node.stdout if node is not None and node.returncode == 0 else None
    result["output"] = output_status(expected, [result.get("stdout")], [result.get("failure")])
    result["params"] = params
    return result


def render(meta: dict, results: dict) -> str:
    startup = results["startup"]
    scripts = results["scripts"]
    deopt = results["deopt"]
    parts = [
        f"bailout benchmarks ({'quick sizes' if meta['quick'] else 'full sizes'}), {meta['date']}",
        f"machine: {meta['cpus']} cores, {meta['cpu']}; python {meta['python']}; node {meta['node']}; "
        f"load average at start {meta['load_average']:.2f}",
        "",
        "1. Wall time of the whole process, seconds (best of "
        + ("1" if meta["quick"] else f"3, or 2 when a run takes >= {timing.SLOW_SECONDS} s; "
                                    f"startup best of {STARTUP_REPEAT}") + ")",
        report.wall_time_table(startup, scripts),
        "   bj/nj = bailout --jitless / node --jitless; b/n = bailout / node; "
        "bj/b = speed-up of bailout's optimizing tier over its interpreter",
        "",
        "2. Interpreter speed, in-process, --jitless (bytecodes counted in a separate run)",
        report.bytecode_table(scripts),
        "",
        f"3. Deopt latency, handler entry to interpreter resume ({deopt['params']['functions']} functions "
        f"given fresh maps, --opt-threshold {deopt['params']['threshold']})",
        report.deopt_table(deopt),
        "",
        "4. Optimizing compile time per function (LLVM JIT phases, default tier, every compile above)",
        report.compile_tables(scripts),
    ]
    return "\n".join(parts) + "\n"


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python bench/run.py",
                                description="Benchmarks bailout against node and prints the figures.")
    p.add_argument("--quick", action="store_true", help="tiny sizes, one run each (a smoke test)")
    p.add_argument("--json", metavar="FILE", help="also write the raw figures to FILE")
    p.add_argument("--only", metavar="NAMES", help="comma-separated benchmark names (default: all)")
    args = p.parse_args(argv)
    if shutil.which("node") is None:
        log("bench: node is not on PATH; it is the reference for both speed and output")
        return 2
    only = set(args.only.split(",")) if args.only else None
    meta = {"date": datetime.date.today().isoformat(), "quick": args.quick, "cpus": os.cpu_count(),
            "cpu": cpu_model(), "python": platform.python_version(), "node": node_version(),
            # Other work on the machine inflates every figure; the reader should know how busy it was.
            "load_average": os.getloadavg()[0]}
    with tempfile.TemporaryDirectory(prefix="bailout-bench-") as tmp:
        workdir = Path(tmp)
        empty = workdir / "empty.js"
        empty.write_text("", encoding="utf-8")
        log("startup (empty script)")
        startup_runs = timing.time_script(empty, max_repeat=1 if args.quick else STARTUP_REPEAT)
        results = {"startup": {n: r.best for n, r in startup_runs.items()},
                   "startup_runs": {n: r.seconds for n, r in startup_runs.items()}, "scripts": {}}
        for script in bench_scripts.loop_scripts(workdir, args.quick, only):
            log(f"benchmark {script.name}")
            results["scripts"][script.name] = measure_script(script, args.quick)
        log("deopt storm")
        results["deopt"] = measure_deopt(workdir, args.quick)
    text = render(meta, results)
    sys.stdout.write(text)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"meta": meta, **results}, f, indent=1)
    statuses = [s["output"] for s in results["scripts"].values()] + [results["deopt"]["output"]]
    return 0 if all(s == "ok" for s in statuses) else 1


if __name__ == "__main__":
    sys.exit(main())
