"""The multi-file benchmark harness (tests/harness/) runs under bailout exactly as under node.

`harness.js NAME ITERATIONS INNER` requires a dozen benchmark modules at start-up (classes with static
fields, helpers shared through benchmarks/common.js), runs one benchmark, checks its result and prints
timing lines with process.stdout.write. The timings differ per run, so every `<digits>us` is masked
before comparing with tests/harness/expected/NAME_ITERATIONS_INNER.txt (node's masked stdout).
A wrong result (the BrokenSieve variant) throws Error('wrong result'): exit status 1, one stderr line;
a bad iteration count is written to stderr with process.stderr.write and sets process.exitCode = 2.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HARNESS_DIR = ROOT / "tests" / "harness"
HARNESS = "tests/harness/harness.js"
EXPECTED = HARNESS_DIR / "expected"
MODES = {"default": [], "jitless": ["--jitless"], "stress": ["--stress-opt"], "osr": ["--osr-threshold", "1"]}
TIMING = re.compile(r"\d+us")

# Every benchmark once in the default mode; a few (name, iterations, inner) pairs in every mode.
SINGLES = [("Sieve", 1, 1), ("Towers", 1, 1), ("Queens", 1, 1), ("Permute", 1, 1), ("List", 1, 1),
           ("Bounce", 1, 1), ("Storage", 1, 1), ("Mandelbrot", 1, 1), ("NBody", 1, 1), ("Json", 1, 1),
           ("DeltaBlue", 1, 1), ("Richards", 1, 1)]
PAIRS = [("Sieve", 3, 1), ("Richards", 2, 1), ("DeltaBlue", 1, 2), ("Json", 2, 3), ("NBody", 2, 1),
         ("Queens", 3, 2)]
BROKEN = ("BrokenSieve", 2, 1)


def mask(text: str) -> str:
    return TIMING.sub("<t>us", text)


def expected_stdout(name: str, iterations: int, inner: int) -> str:
    return (EXPECTED / f"{name}_{iterations}_{inner}.txt").read_text()


@dataclass(frozen=True)
class Outcome:
    stdout: str
    stderr: str
    status: int


def run_harness(mode: str, *args: object, timeout: float = 120) -> Outcome:
    cmd = [sys.executable, "-m", "cli", "run", *MODES[mode], HARNESS, *map(str, args)]
    try:
        r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return Outcome("", f"timed out after {timeout} s", -1)
    return Outcome(r.stdout, r.stderr, r.returncode)


# All runs of this file, started together on first use (two at a time: the machine is shared).
JOBS = ([("default", *spec) for spec in SINGLES]
        + [(mode, *spec) for spec in PAIRS for mode in MODES]
        + [(mode, *BROKEN) for mode in MODES]
        + [("default", "NoSuchBenchmark", 1, 1), ("default",), ("jitless", "Sieve", 0, 1), ("default", "Sieve", 2, "x")])
_results: dict[tuple, Outcome] = {}


def result(*job) -> Outcome:
    if not _results:
        with ThreadPoolExecutor(max_workers=2) as pool:
            for job_key, outcome in zip(JOBS, pool.map(lambda j: run_harness(*j), JOBS)):
                _results[job_key] = outcome
    return _results[job]


@pytest.mark.parametrize("spec", SINGLES, ids=lambda s: s[0])
def test_every_benchmark_passes_its_check(spec):
    r = result("default", *spec)
    assert (r.stderr, r.status) == ("", 0)
    assert mask(r.stdout) == expected_stdout(*spec)


@pytest.mark.parametrize("mode", list(MODES))
@pytest.mark.parametrize("spec", PAIRS, ids=lambda s: f"{s[0]}_{s[1]}_{s[2]}")
def test_harness_matches_node_in_every_mode(spec, mode):
    r = result(mode, *spec)
    assert r.stderr == ""
    assert r.status == 0
    assert mask(r.stdout) == expected_stdout(*spec)


@pytest.mark.parametrize("mode", list(MODES))
def test_wrong_result_is_an_uncaught_error(mode):
    r = result(mode, *BROKEN)
    assert r.status == 1
    assert r.stderr.splitlines()[0] == "Uncaught Error: wrong result"
    assert r.stdout == expected_stdout(*BROKEN)   # what was printed before the throw


def test_unknown_benchmark_name_is_an_uncaught_error():
    r = result("default", "NoSuchBenchmark", 1, 1)
    assert r.status == 1
    assert r.stdout == ""
    assert r.stderr.splitlines()[0] == "Uncaught Error: unknown benchmark: NoSuchBenchmark"


def test_without_arguments_the_harness_prints_its_usage():
    r = result("default")
    assert (r.stderr, r.status) == ("", 0)
    names = " ".join(name for name, _, _ in SINGLES) + " BrokenSieve"
    assert r.stdout == f"usage: harness.js NAME [ITERATIONS] [INNER_ITERATIONS]\nbenchmarks: {names}\n"


@pytest.mark.parametrize("job", [("jitless", "Sieve", 0, 1), ("default", "Sieve", 2, "x")], ids=["zero", "nan"])
def test_bad_counts_go_to_stderr_with_exit_code_2(job):
    """process.stderr.write and process.exitCode = 2: the script ends normally with that status."""
    r = result(*job)
    label, value = ("ITERATIONS", "0") if job[2] == 0 else ("INNER_ITERATIONS", "NaN")
    assert (r.stdout, r.status) == ("", 2)
    assert r.stderr == f"harness: {label} must be a positive integer, got {value}\n"


def test_masking_keeps_everything_but_the_digits():
    line = "Sieve: iterations=3 average: 120us total: 360us\n"
    assert mask(line) == "Sieve: iterations=3 average: <t>us total: <t>us\n"
    assert mask("Total Runtime: 0us\n") == "Total Runtime: <t>us\n"


@pytest.mark.skipif(shutil.which("node") is None, reason="node is the reference")
@pytest.mark.parametrize("spec", SINGLES + PAIRS + [BROKEN], ids=lambda s: f"{s[0]}_{s[1]}_{s[2]}")
def test_expected_files_are_what_node_prints(spec):
    """The expected files are node's masked stdout (regenerate them the same way if a benchmark changes)."""
    r = subprocess.run(["node", HARNESS, *map(str, spec)], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert r.returncode == (1 if spec == BROKEN else 0)
    assert mask(r.stdout) == expected_stdout(*spec)
    if spec == BROKEN:
        assert "Error: wrong result" in r.stderr
