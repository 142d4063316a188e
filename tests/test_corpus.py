"""The node-differential corpus: every tests/js script prints exactly node's output in every tier mode.

Each script runs in all five modes (interpreter only, default, --stress-opt, every known call
target inlined (--stress-opt --stress-inlining), and every loop
entering OSR code at its first back edge) in one child process; the scripts run in parallel on all cores.
"""
from __future__ import annotations

import pytest

from corpus_runner import MODES, ROOT, CorpusResults, run_bailout

SCRIPTS = sorted((ROOT / "tests" / "js").glob("*.js"))
RUNTIME_ERRORS = sorted((ROOT / "tests" / "errors" / "runtime").glob("*.js"))
SYNTAX_ERRORS = sorted((ROOT / "tests" / "errors" / "syntax").glob("*.js"))

CORPUS = CorpusResults(SCRIPTS + RUNTIME_ERRORS + SYNTAX_ERRORS, list(MODES))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_script_matches_node(script, mode):
    r = CORPUS[script, mode]
    assert r.stderr == ""
    assert r.stdout == script.with_suffix(".out").read_text()
    assert r.status == 0


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("script", RUNTIME_ERRORS, ids=lambda p: p.stem)
def test_runtime_error_matches_node(script, mode):
    r = CORPUS[script, mode]
    assert r.stdout == script.with_suffix(".out").read_text()
    assert r.stderr == script.with_suffix(".stderr").read_text()
    assert r.status == 1


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("script", SYNTAX_ERRORS, ids=lambda p: p.stem)
def test_syntax_error_message(script, mode):
    r = CORPUS[script, mode]
    assert r.stdout == ""
    assert r.stderr == script.with_suffix(".stderr").read_text()
    assert r.status == 1


@pytest.mark.parametrize("script", [SCRIPTS[0], RUNTIME_ERRORS[0], SYNTAX_ERRORS[0]], ids=lambda p: p.stem)
def test_the_bailout_command_itself(script):
    """The in-process worker does what the command does: compare on a few scripts."""
    for mode, flags in MODES.items():
        r = run_bailout("run", *flags, str(script.relative_to(ROOT)))
        w = CORPUS[script, mode]
        assert (r.stdout, r.stderr, r.returncode) == (w.stdout, w.stderr, w.status)
