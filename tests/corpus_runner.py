"""Runs the `bailout` command on a script in a subprocess (so a crash is a test failure, not a dead suite)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODES = {"jitless": ["--jitless"], "default": [], "stress": ["--stress-opt"]}


def run_bailout(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cli", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)
