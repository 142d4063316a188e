"""The node-differential corpus: every tests/js script prints exactly node's output in every tier mode."""
from __future__ import annotations

import pytest

from corpus_runner import MODES, ROOT, run_bailout

SCRIPTS = sorted((ROOT / "tests" / "js").glob("*.js"))
RUNTIME_ERRORS = sorted((ROOT / "tests" / "errors" / "runtime").glob("*.js"))
SYNTAX_ERRORS = sorted((ROOT / "tests" / "errors" / "syntax").glob("*.js"))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_script_matches_node(script, mode):
    expected = script.with_suffix(".out").read_text()
    r = run_bailout("run", *MODES[mode], str(script.relative_to(ROOT)))
    assert r.stderr == ""
    assert r.stdout == expected
    assert r.returncode == 0


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("script", RUNTIME_ERRORS, ids=lambda p: p.stem)
def test_runtime_error_matches_node(script, mode):
    r = run_bailout("run", *MODES[mode], str(script.relative_to(ROOT)))
    assert r.stdout == script.with_suffix(".out").read_text()
    assert r.stderr == script.with_suffix(".stderr").read_text()
    assert r.returncode == 1


@pytest.mark.parametrize("script", SYNTAX_ERRORS, ids=lambda p: p.stem)
def test_syntax_error_message(script):
    r = run_bailout("run", str(script.relative_to(ROOT)))
    assert r.stdout == ""
    assert r.stderr == script.with_suffix(".stderr").read_text()
    assert r.returncode == 1
