"""Regenerate the node-differential corpus expectations from node itself.

Place in the pipeline: none -- this is test tooling. node is the oracle for JS
semantics, so the expected output of every corpus script is whatever node
prints, recorded next to the script:

* ``tests/js/NNN_topic.js``            -> ``NNN_topic.out`` (node's stdout; the
  script must exit 0 with an empty stderr).
* ``tests/errors/runtime/NAME.js``      -> ``NAME.out`` (stdout printed before the
  uncaught error) and ``NAME.stderr`` (one line: ``"Uncaught " +`` node's
  ``XxxError: message`` line).

Run ``python tests/js/regen.py`` after adding or editing a script; pass
``--check`` to only report stale files. ``tests/test_corpus_current.py``
imports this module so that the test and the generator can never disagree
about how an expectation is derived.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

JS_DIR = Path(__file__).resolve().parent
TESTS_DIR = JS_DIR.parent
RUNTIME_ERRORS_DIR = TESTS_DIR / "errors" / "runtime"

# node prints the uncaught exception as "<source line>\n<caret>\n\nTypeError: msg";
# the line we want is the one that starts with the error's constructor name.
_ERROR_LINE = re.compile(r"^[A-Z][A-Za-z]*Error: ")

# Generous: every script runs in well under a second; a hang must not stall CI.
NODE_TIMEOUT_SECONDS = 60


class CorpusError(Exception):
    """A corpus script did not behave like its directory demands."""


@dataclass(frozen=True)
class Expectation:
    """What a script's companion files must contain."""

    stdout: str
    stderr: str | None  # only runtime-error scripts have a .stderr file


def find_node() -> str | None:
    return shutil.which("node")


def js_scripts() -> list[Path]:
    return sorted(JS_DIR.glob("*.js"))


def runtime_error_scripts() -> list[Path]:
    return sorted(RUNTIME_ERRORS_DIR.glob("*.js"))


def all_scripts() -> list[Path]:
    return js_scripts() + runtime_error_scripts()


def is_runtime_error_script(script: Path) -> bool:
    return script.resolve().parent == RUNTIME_ERRORS_DIR


def _node_env() -> dict[str, str]:
    env = dict(os.environ)
    # Colour codes would end up in the recorded stderr line.
    env["NODE_DISABLE_COLORS"] = "1"
    env["NO_COLOR"] = "1"
    env.pop("FORCE_COLOR", None)
    env.pop("NODE_OPTIONS", None)
    return env


def uncaught_line(stderr: str) -> str:
    """Turn node's stderr for an uncaught error into our one-line form."""
    for line in stderr.splitlines():
        if _ERROR_LINE.match(line):
            return "Uncaught " + line.rstrip()
    raise CorpusError("no 'XxxError: ' line in node's stderr:\n" + stderr)


def run_node(script: Path, node: str) -> Expectation:
    """Run one script under node and derive its expectation, checking the
    script ends the way its directory says it should."""
    proc = subprocess.run(
        [node, script.name],
        cwd=script.parent,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_node_env(),
        timeout=NODE_TIMEOUT_SECONDS,
    )
    if is_runtime_error_script(script):
        if proc.returncode == 0:
            raise CorpusError(f"{script}: expected an uncaught error, node exited 0")
        return Expectation(proc.stdout, uncaught_line(proc.stderr) + "\n")
    if proc.returncode != 0 or proc.stderr:
        raise CorpusError(
            f"{script}: node exited {proc.returncode} with stderr:\n{proc.stderr}"
        )
    return Expectation(proc.stdout, None)


def run_all(scripts: list[Path], node: str, workers: int | None = None) -> dict[Path, Expectation]:
    """Run every script under node in parallel (node startup dominates)."""
    workers = workers or max(4, (os.cpu_count() or 2) * 2)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = pool.map(lambda s: run_node(s, node), scripts)
        return dict(zip(scripts, results))


def out_path(script: Path) -> Path:
    return script.with_suffix(".out")


def stderr_path(script: Path) -> Path:
    return script.with_suffix(".stderr")


def read_recorded(script: Path) -> Expectation:
    """The committed expectation; missing files read as None/''."""
    out = out_path(script)
    err = stderr_path(script)
    stdout = out.read_text(encoding="utf-8") if out.exists() else None
    stderr = err.read_text(encoding="utf-8") if err.exists() else None
    return Expectation(stdout, stderr)


def write_expectation(script: Path, expected: Expectation) -> list[Path]:
    """Write companion files whose content differs; return those written."""
    wanted = {out_path(script): expected.stdout}
    if expected.stderr is not None:
        wanted[stderr_path(script)] = expected.stderr
    written = []
    for path, text in wanted.items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            # newline="" keeps node's bytes: no platform newline translation.
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(text)
            written.append(path)
    return written


def stale_files(script: Path, expected: Expectation) -> list[Path]:
    recorded = read_recorded(script)
    stale = []
    if recorded.stdout != expected.stdout:
        stale.append(out_path(script))
    if expected.stderr is not None and recorded.stderr != expected.stderr:
        stale.append(stderr_path(script))
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only report stale expectation files; exit 1 if any")
    args = parser.parse_args(argv)
    node = find_node()
    if node is None:
        print("node is not on PATH", file=sys.stderr)
        return 2
    scripts = all_scripts()
    results = run_all(scripts, node)
    changed: list[Path] = []
    for script in scripts:
        if args.check:
            changed += stale_files(script, results[script])
        else:
            changed += write_expectation(script, results[script])
    verb = "stale" if args.check else "rewrote"
    for path in changed:
        print(f"{verb}: {path.relative_to(TESTS_DIR.parent)}")
    print(f"{len(scripts)} scripts, {len(changed)} files {verb}")
    return 1 if (args.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
