"""The benchmark command: `python -m bench` (or `python bench/run.py`) from the repository root.

Runs every program in bench/js under bailout (default tiers), bailout
--jitless, node and node --jitless, and the C twins where a compiler is
present, in interleaved rounds; checks every output against node's; prints
the tables on stdout (progress on stderr) and writes report.json,
report.md, report.txt and chart.png into the output directory. It measures
and reports and asserts nothing about speed: the exit status is 1 only when
some program failed or printed something other than what node printed.
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    # Run as a file (python bench/run.py): make the repository root importable.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import engines as eng  # noqa: E402
from bench import programs as progs  # noqa: E402
from bench import report, suite  # noqa: E402

RESULTS_DIR = progs.BENCH_DIR / "results"
DEFAULT_RUNS = 3


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


def memory_gib() -> float | None:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError, AttributeError):
        return None


def machine_slug(cpu: str, cores: int) -> str:
    """A directory-name form of the machine, e.g. 'intel-xeon-2cpu' (a VM's host name says nothing)."""
    words = re.sub(r"\((r|tm)\)|\b(processor|cpu|@.*)", " ", cpu.lower())
    slug = "-".join(re.findall(r"[a-z0-9]+", words))[:40] or "machine"
    return f"{slug}-{cores}cpu"


def engine_version(command: list[str]) -> str:
    try:
        done = subprocess.run(command[:1] + ["--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    return done.stdout.strip() or "unknown"


def show_progress(p: dict) -> None:
    """One line per process: how far, which program, which engine, which round, and how it went."""
    eta = ""
    if p["done"] >= 4:
        left = p["elapsed"] / p["done"] * (p["total"] - p["done"])
        eta = f", about {left / 60:.0f} min left" if left >= 90 else f", about {left:.0f} s left"
    outcome = p["failure"] or f"{p['seconds']:.3f} s"
    log(f"[{p['done']:>4}/{p['total']} {100 * p['done'] // p['total']:>3}%{eta}] "
        f"program {p['program_index'] + 1}/{p['programs']} {p['program']}, "
        f"{p['engine']}, round {p['round']}/{p['rounds']}: {outcome}")


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog="python -m bench",
        description="Runs the benchmarks under bailout, bailout --jitless, node and node --jitless "
                    "(and C at -O2 where a compiler is present), checks the outputs against node's, "
                    "and writes the report (table, JSON, Markdown, chart).")
    p.add_argument("--runs", type=int, default=None, help=f"rounds per program (default {DEFAULT_RUNS})")
    p.add_argument("--iterations", type=int, default=None,
                   help="set every program's ITERATIONS (default: the count written in each file)")
    p.add_argument("--quick", action="store_true", help="one iteration and one round (a smoke test)")
    p.add_argument("--only", metavar="NAMES", help="comma-separated program names (default: all)")
    p.add_argument("--programs", metavar="DIR", type=Path, default=progs.JS_DIR,
                   help="directory of .js programs (default bench/js)")
    p.add_argument("--c-dir", metavar="DIR", type=Path, default=progs.C_DIR,
                   help="directory of the C twins (default bench/c)")
    p.add_argument("--no-c", action="store_true", help="do not build or run the C versions")
    p.add_argument("--engine", metavar="NAME=COMMAND", action="append", default=[],
                   help="replace an engine's command line, e.g. 'node=/opt/node22/bin/node' "
                        "(the script path is appended)")
    p.add_argument("--timeout", type=float, default=suite.DEFAULT_TIMEOUT,
                   help="seconds before a process is stopped (default %(default)g)")
    p.add_argument("--out", metavar="DIR", type=Path, default=None,
                   help="where the report goes (default bench/results/DATE-MACHINE, "
                        "or bench/results/quick with --quick)")
    p.add_argument("--no-chart", action="store_true", help="skip the chart (no matplotlib needed)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--tree", metavar="DIR", type=Path,
                       help="run bailout from this source tree (e.g. an export of a commit) instead of a "
                            "snapshot of the working tree")
    where.add_argument("--live", action="store_true",
                       help="run bailout from the working tree itself, even as it changes during the run")
    p.add_argument("--note", metavar="TEXT", help="a line for the report's header (e.g. which commit --tree is)")
    p.add_argument("--details", action="store_true",
                   help="also the in-process figures: interpreter bytecodes/s, deopt latency, JIT phases")
    args = p.parse_args(argv)
    if args.quick:
        args.iterations = args.iterations or 1
        args.runs = args.runs or 1
    args.runs = args.runs or DEFAULT_RUNS
    if args.runs < 1:
        p.error("--runs must be at least 1")
    if args.iterations is not None and args.iterations < 1:
        p.error("--iterations must be at least 1")
    if args.tree is not None and not (args.tree / "cli.py").exists():
        p.error(f"--tree {args.tree}: no cli.py there")
    args.overrides = {}
    for spec in args.engine:
        name, sep, command = spec.partition("=")
        if not sep or not command.strip():
            p.error(f"--engine wants NAME=COMMAND, got {spec!r}")
        args.overrides[name.strip()] = command
    try:
        args.engines = eng.default_engines(args.overrides)
    except ValueError as e:
        p.error(str(e))
    return args


def git_describe(paths: list[str]) -> str | None:
    """HEAD's short hash, and whether the engine's files differ from it (read-only git commands)."""
    def git(*a):
        return subprocess.run(["git", "-C", str(eng.REPO), *a], capture_output=True, text=True, timeout=30)
    try:
        head = git("rev-parse", "--short", "HEAD")
        if head.returncode != 0:
            return None
        dirty = git("status", "--porcelain", "--", *paths).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return None
    return head.stdout.strip() + (" with uncommitted changes to the engine" if dirty else "")


SNAPSHOT_TRIES = 5


def engine_tree(args, workdir: Path) -> tuple[Path, str]:
    """Where bailout runs from, and the words for the report.

    By default a copy of the working tree's engine sources, taken now: someone may be editing
    them during a run of several minutes, and a half-saved file would fail every later run.
    A copy that cannot run `console.log(1 + 1)` is taken again a few seconds later. Whichever
    tree it is, its modules are compiled to bytecode first, as an installation's are.
    """
    if args.live:
        eng.byte_compile(eng.REPO)
        return eng.REPO, f"the working tree {eng.REPO}, live"
    if args.tree is not None:
        eng.byte_compile(args.tree.resolve())
        return args.tree.resolve(), f"the source tree {args.tree.resolve()}"
    described = git_describe(eng.engine_sources()) or "no git information"
    for attempt in range(1, SNAPSHOT_TRIES + 1):
        tree = eng.snapshot(workdir / f"engine-{attempt}")
        eng.byte_compile(tree)
        problem = eng.check_tree(tree)
        if problem is None:
            return tree, f"a snapshot of the working tree taken at the start ({described})"
        log(f"bench: the engine's sources do not run yet ({problem}); snapshot {attempt}/{SNAPSHOT_TRIES}")
        if attempt < SNAPSHOT_TRIES:
            time.sleep(3)
    return tree, f"a snapshot of the working tree that failed its check ({described})"


def main(argv=None) -> int:
    args = parse_args(argv)
    node_command = next(e.command for e in args.engines if e.name == eng.NODE)
    if engine_version(node_command) == "unknown":
        log(f"bench: cannot run {node_command[0]!r}: node is the reference for the outputs")
        return 2
    try:
        programs = progs.discover(args.programs, args.c_dir,
                                  set(args.only.split(",")) if args.only else None)
    except ValueError as e:
        log(f"bench: {e}")
        return 2
    cc = None if args.no_c else eng.find_cc()
    cpu, cores = cpu_model(), os.cpu_count() or 1
    today = datetime.date.today().isoformat()
    slug = machine_slug(cpu, cores)
    mem = memory_gib()
    meta = {
        "date": today,
        "machine": f"{cores} cores, {cpu}" + (f", {mem:.0f} GiB" if mem else "") + f", {platform.system()}",
        "machine_slug": slug,
        "python": platform.python_version(),
        "node": engine_version(node_command),
        "cc": f"{eng.cc_version(cc)} ({' '.join(eng.CC_FLAGS)})" if cc else None,
        "runs": args.runs,
        "iterations_override": args.iterations,
        "engines": {e.name: e.command for e in args.engines},   # bailout's run in meta["engine_tree"]
        "command": "python -m bench " + " ".join(shlex.quote(a) for a in (argv if argv is not None
                                                                          else sys.argv[1:])),
        # Other work on the machine inflates every figure; the reader should know how busy it was.
        "load_start": os.getloadavg()[0],
        "note": args.note,
    }
    out_dir = args.out or RESULTS_DIR / ("quick" if args.quick else f"{today}-{slug}")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bailout-bench-") as tmp:
        workdir = Path(tmp)
        tree, meta["engine_tree"] = engine_tree(args, workdir)
        engines = eng.default_engines(args.overrides, tree)
        jobs = suite.plan(programs, engines, workdir, args.iterations, cc)
        log(f"bench: {len(programs)} programs x {len(jobs[-1].engines) if jobs else 0} engines x "
            f"{args.runs} rounds, plus start-up; report into {out_dir}")
        results = suite.run_jobs(jobs, args.runs, args.timeout, show_progress)
        details = None
        if args.details:
            from bench import details as det
            files = {j.name: j.path for j in jobs if j.name != suite.STARTUP}
            details = det.measure(files, {k: v["reference"] for k, v in results.items()}, workdir,
                                  args.quick, log, tree)
    meta["rss_floor_mb"] = eng.rss_floor_mb()   # before matplotlib is imported: the floor the runs saw
    suite.add_derived(results, meta["rss_floor_mb"])
    overall = suite.overall(results)
    meta["load_end"] = os.getloadavg()[0]
    meta["elapsed"] = time.perf_counter() - started

    out_dir.mkdir(parents=True, exist_ok=True)
    chart_name = None
    if not args.no_chart:
        from bench import chart
        chart_name = "chart.png"
        chart.draw(meta, results, out_dir / chart_name)
    text = report.render_text(meta, results, overall)
    markdown = report.render_markdown(meta, results, overall, chart_name)
    if details is not None:
        from bench import details as det
        extra = det.render(details)
        text += "\n" + extra
        markdown += "\n## In-process figures (--details)\n\n```\n" + extra + "```\n"
    (out_dir / "report.txt").write_text(text, encoding="utf-8")
    (out_dir / "report.md").write_text(markdown, encoding="utf-8")
    with open(out_dir / "report.json", "w", encoding="utf-8") as f:
        json.dump({"meta": meta, "overall": overall, "programs": results, "details": details}, f, indent=1)
        f.write("\n")
    sys.stdout.write(text)
    log(f"bench: wrote {out_dir}/report.txt, report.md, report.json" + (", chart.png" if chart_name else ""))
    return 0 if all(r["status"] == "ok" for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
