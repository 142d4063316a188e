"""Runs `bailout` on scripts in child processes, so a crash is a test failure, not a dead suite."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODES = {"jitless": ["--jitless"], "default": [], "stress": ["--stress-opt"],
         "osr": ["--osr-threshold", "1"],   # every loop enters OSR code at its first back edge
         "inline": ["--stress-opt", "--stress-inlining"]}   # every known call target inlined
# The collector's stress modes (tests/test_corpus_gc.py): a collection at every GC_INTERVAL-th
# allocation, in the interpreter, with the default tiering and with every function optimized.
GC_INTERVAL = 200
GC_MODES = {"gc-jitless": ["--jitless", "--gc-interval", str(GC_INTERVAL)],
            "gc-default": ["--gc-interval", str(GC_INTERVAL)],
            "gc-stress": ["--stress-opt", "--gc-interval", str(GC_INTERVAL)]}


def run_bailout(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cli", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


@dataclass
class Outcome:
    stdout: str
    stderr: str
    status: int


def run_modes(script: Path, modes: list[str], timeout: float = 300) -> dict[str, Outcome]:
    """One child process runs the script in each mode (tests/corpus_worker.py)."""
    rel = str(script.relative_to(ROOT))
    try:
        r = subprocess.run([sys.executable, str(ROOT / "tests" / "corpus_worker.py"), rel, *modes],
                           cwd=ROOT, capture_output=True, text=True, timeout=timeout)
        child_stdout, child_stderr, code = r.stdout, r.stderr, r.returncode
    except subprocess.TimeoutExpired as e:
        child_stdout, child_stderr, code = e.stdout or "", f"timed out after {timeout} s", -1
        if isinstance(child_stdout, bytes):
            child_stdout = child_stdout.decode()
    results = {}
    for line in child_stdout.splitlines():
        record = json.loads(line)
        results[record["mode"]] = Outcome(record["stdout"], record["stderr"], record["status"])
    for mode in modes:
        # A mode with no record: the child died in it (a crash is reported as such).
        results.setdefault(mode, Outcome("", f"child process died (exit {code}): {child_stderr}", code))
    return results


class CorpusResults:
    """Runs a set of scripts in all modes on every core, once, on first use."""

    def __init__(self, scripts: list[Path], modes: list[str]):
        self.scripts = scripts
        self.modes = modes
        self._results: dict[Path, dict[str, Outcome]] | None = None

    def __getitem__(self, key: tuple[Path, str]) -> Outcome:
        if self._results is None:
            with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
                outcomes = pool.map(lambda s: run_modes(s, self.modes), self.scripts)
                self._results = dict(zip(self.scripts, outcomes))
        script, mode = key
        return self._results[script][mode]
