"""Child process for the corpus tests: runs one script in several tier modes, one fresh isolate each.

Does exactly what `bailout run [mode flags] FILE` does (cli.make_isolate + cli.execute) with
stdout and stderr captured, and prints one JSON line per mode. Running the modes in one
process saves two interpreter-and-LLVM start-ups per script; a crash still only takes
this child down.

usage: python tests/corpus_worker.py FILE MODE...
"""
from __future__ import annotations

import contextlib
import io
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import cli  # noqa: E402

MODE_OPTIONS = {"jitless": dict(jitless=True), "default": dict(jitless=False),
                "stress": dict(jitless=False, stress=True),
                "osr": dict(jitless=False, osr_threshold=1),
                "inline": dict(jitless=False, stress=True, inlining=dict(stress=True)),
                # corpus_runner.GC_MODES
                "gc-jitless": dict(jitless=True, gc_interval=200),
                "gc-default": dict(jitless=False, gc_interval=200),
                "gc-stress": dict(jitless=False, stress=True, gc_interval=200)}


def main() -> None:
    filename, modes = sys.argv[1], sys.argv[2:]
    with open(Path(ROOT, filename), encoding="utf-8", newline="") as f:   # as the CLI reads it
        source = f.read()
    for mode in modes:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            isolate = cli.make_isolate(script_path=str(Path(ROOT, filename)), **MODE_OPTIONS[mode])
            status = cli.execute(filename, source, isolate)
        print(json.dumps({"mode": mode, "stdout": out.getvalue(), "stderr": err.getvalue(),
                          "status": status}), flush=True)


if __name__ == "__main__":
    main()
