"""Runs the programs under every engine, interleaved, and sums the runs up (data in, figures out; no printing).

For each program the runner makes `runs` rounds, and in each round runs
every engine once, in the same order (A B C D A B C D ...), so drift of the
machine's speed is shared out among the engines. An engine that fails once
(exit status, timeout) is not run again on that program. After the rounds,
every stdout is compared with node's: any difference marks that engine's
result as a mismatch. The summary of an engine on a program is the median
wall time, the min-max spread, the peak memory and, for bailout, the
medians of what `--stats` printed; the derived figures are the ratios of
the median wall times and bailout's peak memory over node's.

A startup row times an empty script (and an empty C program) the same way,
so that the per-iteration time can be given net of start-up:
(median wall time - median start-up) / iterations.
"""
from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import engines as eng
from . import programs as progs

STARTUP = "(startup)"
DEFAULT_TIMEOUT = 300.0

EMPTY_C = "int main(void) { return 0; }\n"


@dataclass
class Job:
    """One program as it is run: the file, the iteration count, and the engines (with the C binary)."""
    name: str
    path: Path
    iterations: int
    engines: list[eng.Engine]
    notes: dict              # e.g. a C build failure


Progress = Callable[[dict], None]


def plan(programs: list[progs.Program], engines: list[eng.Engine], workdir: Path, iterations: int | None,
         cc: str | None) -> list[Job]:
    """The jobs, startup first: files prepared and C twins built."""
    empty = workdir / "empty.js"
    empty.write_text("", encoding="utf-8")
    jobs = [Job(STARTUP, empty, 1, list(engines), {})]
    if cc is not None:
        empty_c = workdir / "empty.c"
        empty_c.write_text(EMPTY_C, encoding="utf-8")
        build = eng.build_c(cc, empty_c, workdir, 1)
        if build.binary is not None:
            jobs[0].engines.append(eng.Engine(eng.C, [str(build.binary)], is_c=True, cwd=workdir))
    for p in programs:
        path, n = progs.prepare(p, workdir, iterations)
        job = Job(p.name, path, n, list(engines), {})
        if p.c_source is not None and cc is not None:
            build = eng.build_c(cc, p.c_source, workdir, n)
            if build.binary is not None:
                job.engines.append(eng.Engine(eng.C, [str(build.binary)], is_c=True, cwd=workdir))
            else:
                job.notes["c_build"] = build.error
        jobs.append(job)
    return jobs


def run_jobs(jobs: list[Job], runs: int, timeout: float = DEFAULT_TIMEOUT,
             progress: Progress | None = None) -> dict:
    """Every job's runs, in rounds; returns {name: summary} (see summarize)."""
    total = sum(len(j.engines) for j in jobs) * runs
    done = 0
    started = time.perf_counter()
    results = {}
    for index, job in enumerate(jobs):
        raw: dict[str, list[eng.Run]] = {e.name: [] for e in job.engines}
        for round_ in range(runs):
            for engine in job.engines:
                done += 1
                previous = raw[engine.name]
                if previous and previous[-1].failed:
                    continue        # it failed once: the program is reported as failing for it
                argv = engine.command if engine.is_c else engine.command + [str(job.path)]
                run = eng.run_process(argv, timeout, cwd=engine.cwd)
                previous.append(run)
                if progress is not None:
                    progress({"done": done, "total": total, "elapsed": time.perf_counter() - started,
                              "program": job.name, "program_index": index, "programs": len(jobs),
                              "engine": engine.name, "round": round_ + 1, "rounds": runs,
                              "seconds": run.seconds, "failure": run.failure(timeout)})
        results[job.name] = summarize(job, raw, timeout)
    return results


def first_difference(expected: str, got: str) -> str:
    """Where got first departs from expected, as one line."""
    want, have = expected.splitlines(), got.splitlines()
    for i in range(max(len(want), len(have))):
        w = want[i] if i < len(want) else "<end of output>"
        h = have[i] if i < len(have) else "<end of output>"
        if w != h:
            return f"line {i + 1}: node printed {w[:120]!r}, this engine {h[:120]!r}"
    return "the outputs differ in line endings or a trailing newline"


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def summarize(job: Job, raw: dict[str, list[eng.Run]], timeout: float) -> dict:
    """One program's figures per engine, the output check against node, and the program's status."""
    ref_runs = raw.get(eng.REFERENCE, [])
    reference = next((r.stdout for r in ref_runs if not r.failed), None)
    per_engine = {}
    for name, runs in raw.items():
        ok_runs = [r for r in runs if not r.failed]
        failure = next((r.failure(timeout) for r in runs if r.failed), None)
        status, detail = "ok", None
        if failure is not None:
            status, detail = ("timeout" if "timed out" in failure else "error"), failure
        elif reference is None:
            status, detail = "unchecked", "node gave no output to compare with"
        else:
            wrong = next((r.stdout for r in ok_runs if r.stdout != reference), None)
            if wrong is not None:
                status, detail = "mismatch", first_difference(reference, wrong)
        seconds = [r.seconds for r in ok_runs]
        stats = [s for s in (eng.parse_stats(r.stderr) for r in ok_runs) if s is not None]
        per_engine[name] = {
            "status": status,
            "detail": detail,
            "runs": [{"seconds": r.seconds, "cpu_seconds": r.cpu_seconds, "max_rss_kb": r.max_rss_kb,
                      "exit_code": r.exit_code} for r in runs],
            "median": median(seconds),
            "min": min(seconds) if seconds else None,
            "max": max(seconds) if seconds else None,
            "cpu_median": median([r.cpu_seconds for r in ok_runs]),
            "peak_rss_mb": max(r.max_rss_kb for r in runs) / 1024 if runs else None,
            "stats": _stats_summary(stats),
            "stdout": None if status == "ok" else (ok_runs[0].stdout if ok_runs else None),
        }
    statuses = [e["status"] for e in per_engine.values()]
    if reference is None:
        program_status = "node failed"
    elif "WRONG" in reference.split():
        program_status = "self-check failed"   # node itself got the wrong answer: the program is broken
    elif all(s == "ok" for s in statuses):
        program_status = "ok"
    else:
        program_status = "failing"
    path = job.path.relative_to(eng.REPO) if job.path.is_relative_to(eng.REPO) else job.path
    return {"iterations": job.iterations, "path": str(path), "status": program_status,
            "reference": reference, "engines": per_engine, "notes": job.notes}


def _stats_summary(stats: list[dict]) -> dict | None:
    """Medians over the runs of what `--stats` printed (the counts are the same run to run, nearly)."""
    if not stats:
        return None
    out = {}
    for key in ("compiles", "osr_compiles", "compile_ms", "deopts", "inlined", "entries", "crossings"):
        values = [s[key] for s in stats if key in s]
        if values:
            out[key] = statistics.median(values)
    out["not_optimized"] = stats[-1].get("not_optimized", [])
    out["crossings_by_entry"] = stats[-1].get("crossings_by_entry", [])
    return out


RATIOS = [
    ("b/n", eng.BAILOUT, eng.NODE),
    ("b/nj", eng.BAILOUT, eng.NODE_JITLESS),
    ("bj/nj", eng.BAILOUT_JITLESS, eng.NODE_JITLESS),
    ("bj/b", eng.BAILOUT_JITLESS, eng.BAILOUT),
    ("b/C", eng.BAILOUT, eng.C),
]


# The peak-memory ratio: bailout's peak RSS over node's (the label is its column and its key in overall()).
MEMORY_RATIO = ("b/n RSS", eng.BAILOUT, eng.NODE)


def under_floor(mb: float, floor: float | None) -> bool:
    """Whether a peak RSS is at or under the floor the runner can see (engines.rss_floor_mb): then it
    only says "at most the floor" (half a MB of slack for the rounding of kB to MB)."""
    return floor is not None and mb <= floor + 0.5


def memory_ratio(ea: dict | None, eb: dict | None, floor: float | None) -> dict | None:
    """ea's peak RSS over eb's, as {"value", "bound"}; None unless both engines passed.

    A figure at or under the floor is only an upper bound of the true peak, so bound is "exact"
    when both figures are above the floor; "at least" when only eb's is at the floor (its true
    peak may be lower, the ratio higher); "at most" when only ea's is; and "unknown" (value None)
    when both are: the floor over the floor says nothing.
    """
    if not (ea and eb and ea["status"] == "ok" and eb["status"] == "ok"
            and ea.get("peak_rss_mb") and eb.get("peak_rss_mb")):
        return None
    a, b = ea["peak_rss_mb"], eb["peak_rss_mb"]
    low_a, low_b = under_floor(a, floor), under_floor(b, floor)
    if low_a and low_b:
        return {"value": None, "bound": "unknown"}
    return {"value": a / b, "bound": "at least" if low_b else "at most" if low_a else "exact"}


def add_derived(results: dict, rss_floor_mb: float | None = None) -> None:
    """Ratios of median wall times, the peak-memory ratio, and per-iteration times net of start-up, into
    every program's figures. rss_floor_mb is the floor under which a peak RSS cannot be read (see
    engines.rss_floor_mb)."""
    startup = results.get(STARTUP, {}).get("engines", {})
    for name, r in results.items():
        engines = r["engines"]
        r["ratios"] = {}
        for label, a, b in RATIOS:
            ea, eb = engines.get(a), engines.get(b)
            ok = ea and eb and ea["status"] == "ok" and eb["status"] == "ok" and ea["median"] and eb["median"]
            r["ratios"][label] = ea["median"] / eb["median"] if ok else None
        _, a, b = MEMORY_RATIO
        r["memory_ratio"] = memory_ratio(engines.get(a), engines.get(b), rss_floor_mb)
        for engine, e in engines.items():
            base = startup.get(engine, {}).get("median")
            if name == STARTUP or e["median"] is None or base is None:
                e["per_iteration_ms"] = None
            else:
                # Noise can put a short run under the start-up median: that reads as 0, not negative.
                e["per_iteration_ms"] = max(0.0, e["median"] - base) * 1e3 / r["iterations"]


def geometric_mean(values: list[float]) -> float | None:
    values = [v for v in values if v]
    if not values:
        return None
    return statistics.geometric_mean(values)


def overall(results: dict) -> dict:
    """The geometric mean of every ratio over the programs where both engines passed; for the peak-memory
    ratio, over the programs where it is exact (both figures above the floor)."""
    programs = {k: v for k, v in results.items() if k != STARTUP}
    means = {label: geometric_mean([r["ratios"][label] for r in programs.values() if r["ratios"].get(label)])
             for label, _, _ in RATIOS}
    exact = [m["value"] for m in (r.get("memory_ratio") for r in programs.values())
             if m is not None and m["bound"] == "exact"]
    means[MEMORY_RATIO[0]] = geometric_mean(exact)
    return means
