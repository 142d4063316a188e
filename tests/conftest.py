"""Session set-up for the whole suite.

Most tests run the engine in child processes (the corpus, the CLI, the harness, the fuzzer): a
few thousand of them per run. Where PYTHONDONTWRITEBYTECODE is set (as on this project's
machines), no child writes the byte code it compiles, so each would compile every module of
the engine from source again (about 0.1 s of CPU per process). Compiling the engine's packages
once here lets every child load byte code instead.
"""
from __future__ import annotations

import compileall
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("interpreter", "llvm_tier", "stackmaps", "deopt", "fuzz", "bench", "report")


def pytest_sessionstart(session) -> None:
    for name in PACKAGES:
        if (ROOT / name).is_dir():
            compileall.compile_dir(ROOT / name, quiet=1)
    for module in ROOT.glob("*.py"):
        compileall.compile_file(module, quiet=1)
