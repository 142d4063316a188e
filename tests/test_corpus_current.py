"""The node-differential corpus is current and stays inside the JS subset.

Place in the pipeline: test tooling. ``tests/js`` and ``tests/errors/runtime``
hold scripts plus node's recorded output; the engine's own corpus runner
compares bailout against those recordings. This module guards the recordings
themselves: node (the oracle) must still print exactly what is committed, and
every script must only use constructs the bailout subset accepts, so that a
mismatch in the engine run always means an engine bug, not a stale or
out-of-subset corpus entry.

How expectations are derived lives in ``tests/js/regen.py``; it is imported
here rather than re-implemented so the generator and this check cannot drift.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

_REGEN_PATH = Path(__file__).resolve().parent / "js" / "regen.py"


def _load_regen():
    spec = importlib.util.spec_from_file_location("corpus_regen", _REGEN_PATH)
    module = importlib.util.module_from_spec(spec)
    # dataclasses resolves annotations through sys.modules, so register first.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


regen = _load_regen()

SCRIPTS = regen.all_scripts()
_IDS = [str(p.relative_to(regen.TESTS_DIR)) for p in SCRIPTS]

needs_node = pytest.mark.skipif(regen.find_node() is None, reason="node is not on PATH")


@pytest.fixture(scope="module")
def node_results():
    """Every script's node output, computed once with a thread pool: node's
    startup time dominates, so running the processes concurrently is what
    keeps this module fast."""
    return regen.run_all(SCRIPTS, regen.find_node())


@needs_node
@pytest.mark.parametrize("script", SCRIPTS, ids=_IDS)
def test_recorded_output_matches_node(script, node_results):
    expected = node_results[script]
    recorded = regen.read_recorded(script)
    hint = "stale expectation; run: python tests/js/regen.py"
    assert recorded.stdout is not None, f"missing {regen.out_path(script).name}"
    assert recorded.stdout == expected.stdout, hint
    if regen.is_runtime_error_script(script):
        assert recorded.stderr is not None, f"missing {regen.stderr_path(script).name}"
        assert recorded.stderr == expected.stderr, hint


def test_corpus_size_and_companions():
    js = regen.js_scripts()
    errors = regen.runtime_error_scripts()
    assert len(js) >= 90
    assert len(errors) >= 15
    for script in js:
        assert regen.out_path(script).exists(), script
        assert not regen.stderr_path(script).exists(), script
    for script in errors:
        assert regen.out_path(script).exists(), script
        lines = regen.stderr_path(script).read_text(encoding="utf-8").splitlines()
        assert len(lines) == 1 and lines[0].startswith("Uncaught "), script
    # No orphaned expectation files left behind by a renamed script.
    for directory in (regen.JS_DIR, regen.RUNTIME_ERRORS_DIR):
        for companion in list(directory.glob("*.out")) + list(directory.glob("*.stderr")):
            assert companion.with_suffix(".js").exists(), companion


def test_js_scripts_are_numbered_and_sized():
    seen = set()
    for script in regen.js_scripts():
        match = re.fullmatch(r"(\d{3})_[a-z0-9_]+\.js", script.name)
        assert match, f"{script.name} is not NNN_topic.js"
        assert match.group(1) not in seen, f"duplicate number {match.group(1)}"
        seen.add(match.group(1))
        n_lines = len(script.read_text(encoding="utf-8").splitlines())
        # focused scripts; from 400 on, larger ones; whole programs (Richards, DeltaBlue, Havlak, CD)
        # are named NNN_program_*.js
        limit = 1000 if "_program_" in script.name else (500 if match.group(1) >= "400" else 90)
        assert 3 <= n_lines <= limit, f"{script.name} has {n_lines} lines"


def test_helpers_derive_expectations_like_documented():
    node_stderr = (
        "/x/y.js:2\n  o.x;\n    ^\n\n"
        "TypeError: Cannot read properties of undefined (reading 'x')\n"
        "    at Object.<anonymous> (/x/y.js:2:5)\n\nNode.js v20.0.0\n"
    )
    assert regen.uncaught_line(node_stderr) == (
        "Uncaught TypeError: Cannot read properties of undefined (reading 'x')"
    )
    with pytest.raises(regen.CorpusError):
        regen.uncaught_line("something else entirely\n")


# --- the subset lint ---------------------------------------------------------

def strip_strings_and_comments(source: str) -> str:
    """Blank out string literals and comments so that the lint only sees code.

    The subset has no regex literals, so a quote always opens a string and '//' or '/*'
    outside a string always opens a comment (template literals are code to the lint)."""
    out = []
    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        if ch in "\"'":
            j = i + 1
            while j < n and source[j] != ch:
                j += 2 if source[j] == "\\" else 1
            out.append('""')
            i = j + 1
        elif source.startswith("//", i):
            while i < n and source[i] != "\n":
                i += 1
        elif source.startswith("/*", i):
            end = source.find("*/", i + 2)
            i = n if end < 0 else end + 2
            out.append(" ")
        else:
            out.append(ch)
            i += 1
    return "".join(out)


# Constructs still outside the subset (the parser rejects them by name, or they are
# host features bailout does not have).
_FORBIDDEN = [
    (r"(?<![.\w$])(?:debugger|yield)\b", "feature"),
    (r"\b(?:RegExp|Symbol|Promise|Proxy|Reflect|WeakMap|WeakSet)\b", "global"),
    (r"\bfunction\s*\*", "generator"),
]


@pytest.mark.parametrize("script", SCRIPTS, ids=_IDS)
def test_script_stays_in_subset(script):
    code = strip_strings_and_comments(script.read_text(encoding="utf-8"))
    problems = []
    for pattern, what in _FORBIDDEN:
        for m in re.finditer(pattern, code, flags=re.MULTILINE):
            problems.append(f"{what}: {m.group(0)!r}")
    assert not problems, problems


def _lint(source: str) -> list[str]:
    code = strip_strings_and_comments(source)
    return [what for pattern, what in _FORBIDDEN
            if re.search(pattern, code, flags=re.MULTILINE)]


@pytest.mark.parametrize("snippet", [
    "function* g() {}",
    "f(yield);",
    "var r = RegExp('a');",
    "debugger;",
])
def test_subset_lint_flags_forbidden_constructs(snippet):
    assert _lint(snippet)


def test_subset_lint_ignores_strings_and_comments():
    source = (
        'var s = "function* { ...x } async";\n'
        "// async function f() {}\n"
        "/* async function */ var t = 'it\\'s in'; var u = c ? .5 : 1;\n"
    )
    assert _lint(source) == []
