"""Wall-clock timing of whole processes: bailout (--jitless and default) and node (--jitless and default).

Every configuration runs as a subprocess from the repository root, so each
figure includes the same kind of start-up (interpreter boot, imports, node's
own boot); the start-up of an empty script is measured the same way so a
reader can subtract it.
"""
from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Name, and the command line before the script path.
CONFIGS = {
    "bailout --jitless": [sys.executable, "-m", "cli", "run", "--jitless"],
    "bailout": [sys.executable, "-m", "cli", "run"],
    "node --jitless": ["node", "--jitless"],
    "node": ["node"],
}

SLOW_SECONDS = 2.5     # a first run this long gets one more run, not two (best of 2, not 3)
TIMEOUT_SECONDS = 300


@dataclass
class Runs:
    """Every run of one configuration on one script."""
    seconds: list[float] = field(default_factory=list)
    stdout: str | None = None
    failure: str | None = None      # exit status / timeout / stderr tail when a run failed

    @property
    def best(self) -> float | None:
        return min(self.seconds) if self.seconds and self.failure is None else None


def run_once(argv: list[str]) -> tuple[float, subprocess.CompletedProcess | None]:
    t0 = time.perf_counter()
    try:
        done = subprocess.run(argv, cwd=REPO, capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - t0, None
    return time.perf_counter() - t0, done


def _record(runs: Runs, argv: list[str]) -> None:
    seconds, done = run_once(argv)
    if done is None:
        runs.failure = f"timed out after {TIMEOUT_SECONDS} s"
        return
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or [""]
        runs.failure = f"exit {done.returncode}: {tail[0]}"
        return
    runs.seconds.append(seconds)
    runs.stdout = done.stdout


def time_script(path: Path, max_repeat: int) -> dict[str, Runs]:
    """Best-of timing of every configuration on one script.

    Rounds go across the configurations, so a burst of load on the machine
    is spread over all four instead of landing on one.
    """
    results = {name: Runs() for name in CONFIGS}
    for round_ in range(max_repeat):
        for name, prefix in CONFIGS.items():
            runs = results[name]
            if runs.failure is not None:
                continue
            if round_ >= 2 and runs.seconds[0] >= SLOW_SECONDS:
                continue
            _record(runs, prefix + [str(path)])
    return results
