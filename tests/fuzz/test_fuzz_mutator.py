"""The mutation fuzzer (fuzz/mutator.py, `bailout fuzz --mutate`): mutants of corpus scripts,
judged for crashes first.

- tokenizing any corpus script and joining the tokens gives the script back;
- a mutant is a pure function of (corpus, seed, index) and differs from its script;
- the verdicts: a crash is a failure whatever node did, a timeout and a different exit
  status are not, the same exit status with another stdout is a mismatch;
- through the command: a planted internal error in Math.abs is found and reported with
  the mutant and its reproduction; without it the same mutants pass.
"""
from __future__ import annotations

import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fuzz import mutator
from fuzz.runner import Outcome

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = mutator.corpus_scripts([ROOT / "tests" / "js", ROOT / "tests" / "errors"])


def test_tokens_give_the_script_back():
    assert len(SCRIPTS) > 100
    for path in SCRIPTS:
        source = path.read_text(encoding="utf-8")
        assert "".join(t.text for t in mutator.tokenize(source)) == source, path


def test_mutants_are_reproducible_and_mutated():
    changed = 0
    for index in range(40):
        origin, text = mutator.mutant(SCRIPTS, 5, index)
        assert (origin, text) == mutator.mutant(SCRIPTS, 5, index)
        changed += text != origin.read_text(encoding="utf-8")
    assert changed >= 36            # an edit may rarely give the same text back
    assert mutator.mutant(SCRIPTS, 5, 0) != mutator.mutant(SCRIPTS, 6, 0)


def test_most_edits_keep_the_program_parseable():
    # Mutants must reach the compiler, the tier and the built-ins, not only the parser.
    from interpreter.frontend.parser import parse
    rng = random.Random(3)
    source = "var a = 1 + 2;\nvar b = a * 3;\nfunction f(x) { return x < b ? x : 'y'; }\nconsole.log(a, f(b));\n"
    parsed = 0
    for _ in range(100):
        text = mutator.mutate(source, rng, 1)
        try:
            parse(text)
            parsed += 1
        except Exception:   # noqa: BLE001 - a syntax error is what the other edits are for
            pass
    assert 50 <= parsed < 100


def test_verdicts():
    ok = Outcome("1\n", "", 0)
    v = mutator.verdict
    assert v(Outcome("", "bailout: internal error: KeyError: x", 70, crash="internal error KeyError"), ok) \
        .startswith("crash")
    assert v(Outcome(timed_out=True, crash="timeout after 5 s"), ok) == "timeout"
    assert v(ok, Outcome(timed_out=True, crash="timeout")) == "pass"          # node looped
    assert v(Outcome("", "SyntaxError: 'x' is not supported", 1), ok).startswith("differs")
    assert v(Outcome("2\n", "", 0), ok) == "mismatch: stdout"
    thrown = Outcome("1\n", "Uncaught TypeError: x", 1)
    assert v(Outcome("1\n", "Uncaught TypeError: y", 1), thrown) == "pass"
    # rejected before running on one side only: not a mismatch of the output before the throw
    assert v(Outcome("", "f.js:1:1\nSyntaxError: generators are not supported", 1), thrown).startswith("differs")
    assert mutator.is_failure("crash: signal SIGSEGV") and mutator.is_failure("mismatch: stdout")
    assert not mutator.is_failure("differs: status 1 (0)") and not mutator.is_failure("timeout")


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not on PATH")
def test_the_command_finds_a_planted_internal_error(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "abs.js").write_text("// Math.abs on every line: a mutant that still parses calls it\n"
                                   + "".join(f"console.log(Math.abs(-{i}.5), {i});\n" for i in range(12)))
    base = [sys.executable, "-m", "fuzz.command", "--mutate", "--corpus", str(corpus), "--n", "6", "--seed", "2",
            "--modes", "jitless", "--jobs", "1"]
    r = subprocess.run(base + ["--out", str(tmp_path / "bad"), "--break-builtin", "raise"], cwd=ROOT,
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "crash: internal error KeyError" in r.stdout
    reports = sorted((tmp_path / "bad").glob("*.txt"))
    assert reports and "bailout fuzz --mutate --seed 2 --show" in reports[0].read_text()
    assert (tmp_path / "bad" / reports[0].name.replace(".txt", ".js")).exists()
    r = subprocess.run(base + ["--out", str(tmp_path / "good")], cwd=ROOT, capture_output=True, text=True,
                       timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
    row = next(line.split() for line in r.stdout.splitlines() if line.startswith("jitless"))
    assert row[1] == "6" and row[4] == row[5] == "0"        # programs 6, mismatch 0, crash 0
