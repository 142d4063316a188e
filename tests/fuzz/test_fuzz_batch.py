"""CI's fixed-seed fuzzing batch: a few generated programs in every tier mode the engine
has, against node (or the interpreter alone where node is missing), through the command
itself. Any mismatch, crash or hang fails the test with the fuzzer's report. And a batch of
mutants of the corpus (`--mutate`), where a crash or a mismatch fails it.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fuzz.runner import available_modes

ROOT = Path(__file__).resolve().parents[2]
BATCH_SEED = 20250101
BATCH_PROGRAMS = 6


def test_fixed_seed_batch_in_every_mode(tmp_path):
    out = tmp_path / "out"
    r = subprocess.run([sys.executable, "-m", "fuzz.command", "--n", str(BATCH_PROGRAMS), "--seed", str(BATCH_SEED),
                        "--size", "3", "--jobs", "2", "--out", str(out), "--reduce", "none", "--timeout", "120"],
                       cwd=ROOT, capture_output=True, text=True, timeout=900)
    reports = "".join(p.read_text()[:3000] for p in sorted(out.glob("*.txt"))) if out.exists() else ""
    assert r.returncode == 0, r.stdout + r.stderr[-3000:] + reports
    rows = {line.split()[0]: line.split()[1:] for line in r.stdout.splitlines() if line.split()}
    for mode in available_modes():
        programs, passed = rows[mode][:2]
        assert programs == passed == str(BATCH_PROGRAMS), r.stdout


MUTATION_SEED = 20261207
MUTANTS = 10


@pytest.mark.skipif(shutil.which("node") is None, reason="node is the reference of mutants")
def test_fixed_seed_mutation_batch_in_every_mode(tmp_path):
    # Mutants of the corpus (fuzz/mutator.py): no mode crashes or prints what node does not.
    out = tmp_path / "out"
    r = subprocess.run([sys.executable, "-m", "fuzz.command", "--mutate", "--n", str(MUTANTS), "--seed",
                        str(MUTATION_SEED), "--jobs", "2", "--out", str(out), "--timeout", "120"],
                       cwd=ROOT, capture_output=True, text=True, timeout=900)
    reports = "".join(p.read_text()[:3000] for p in sorted(out.glob("*.txt"))) if out.exists() else ""
    assert r.returncode == 0, r.stdout + r.stderr[-3000:] + reports
    rows = {line.split()[0]: line.split()[1:] for line in r.stdout.splitlines() if line.split()}
    for mode in available_modes():
        programs, _, _, mismatch, crash, _ = rows[mode]
        assert (programs, mismatch, crash) == (str(MUTANTS), "0", "0"), r.stdout
