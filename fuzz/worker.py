"""Child process of the fuzzer: runs programs in several tier modes, a fresh isolate each.

Does exactly what `bailout run [mode flags] FILE` does (cli.make_isolate + cli.execute)
with the script's stdout and stderr captured, and prints one record line per (file,
mode) as soon as that run ends, so the parent can put a deadline on each mode and knows
which mode a crash (a signal, a hang) happened in. Running the modes in one process
saves an interpreter-and-LLVM start-up per mode; a crash only takes this child down.

usage: python -m fuzz.worker --modes jitless,default [--break-builtin abs] FILE...

--break-builtin is for the fuzzer's own tests only: it plants a known bug in Math.abs so
that the runner and the reducer have failures to find and shrink: `abs` (the result for a
non-zero number is one too big), `raise` (a Python exception: an internal error) or
`abort` (the process dies of SIGABRT).
"""
from __future__ import annotations

import argparse
import contextlib
import faulthandler
import inspect
import io
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import cli  # noqa: E402 - after the path is set
from fuzz.runner import RECORD_PREFIX  # noqa: E402

# The isolate options of each mode (what `bailout run` builds from the mode's flags).
MODE_OPTIONS = {
    "jitless": dict(jitless=True),
    "default": dict(jitless=False),
    "stress": dict(jitless=False, stress=True),
    "osr": dict(jitless=False, osr_threshold=1),   # every loop OSRs at its first back edge
    # every function optimized at its first call, inlining every eligible call target
    "inline": dict(jitless=False, stress=True, inlining=dict(stress=True)),
    # every function optimized at its first call, a collection at every 200th allocation
    "gc": dict(jitless=False, stress=True, gc_interval=200),
}


def break_builtin(isolate, how: str) -> None:
    """Plants a known bug in this isolate's Math.abs (tests of the fuzzer only)."""
    sfi = isolate.shared_of(isolate.math_functions["abs"])
    original = sfi.native

    def broken(this, args):
        result = original(this, args)
        if type(result) is float and result != 0 and result == result:
            if how == "raise":
                raise KeyError("planted by --break-builtin")
            if how == "abort":
                os.abort()
            return result + 1.0
        return result

    sfi.native = broken


# Newer engines take the script's path (as `bailout run FILE` gives it); older ones do not.
PASSES_SCRIPT_PATH = "script_path" in inspect.signature(cli.make_isolate).parameters


def run_one(filename: str, source: str, mode: str, broken: str | None) -> dict:
    out, err = io.StringIO(), io.StringIO()
    t0 = time.perf_counter()
    options = dict(MODE_OPTIONS[mode])
    if PASSES_SCRIPT_PATH:
        options["script_path"] = os.path.abspath(filename)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        isolate = cli.make_isolate(**options)
        if broken:
            break_builtin(isolate, broken)
        status = cli.execute(filename, source, isolate)
    return {"file": filename, "mode": mode, "stdout": as_written(out.getvalue()), "stderr": as_written(err.getvalue()),
            "status": status, "seconds": round(time.perf_counter() - t0, 3)}


def as_written(text: str) -> str:
    """What `bailout run` writes for text: a lone surrogate, which UTF-8 cannot hold, as U+FFFD
    (the error handler cli.main installs), as node writes it."""
    return text.encode("utf-8", errors=cli.LONE_SURROGATE_ERRORS).decode("utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m fuzz.worker")
    parser.add_argument("--modes", required=True)
    parser.add_argument("--break-builtin", default=None)
    parser.add_argument("files", nargs="+")
    args = parser.parse_args(argv)
    # A segfault in machine code prints the Python stack of every thread to stderr.
    faulthandler.enable()
    record_out = sys.stdout
    for filename in args.files:
        source = Path(filename).read_text(encoding="utf-8")
        for mode in args.modes.split(","):
            record = run_one(filename, source, mode, args.break_builtin)
            record_out.write(RECORD_PREFIX + json.dumps(record) + "\n")
            record_out.flush()


if __name__ == "__main__":
    main()
