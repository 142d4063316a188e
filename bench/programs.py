"""The benchmark programs: finds bench/js/*.js (and their C twins in bench/c/) and sets their iteration count.

The subset has no command-line arguments for a script, so each program
starts with one line the runner may rewrite,

    var ITERATIONS = 20;

and runs its workload that many times, checking the result of every
iteration, before it prints one line: the result and `ok`, or `WRONG`
when the self-check failed. The rewritten copy goes into the run's work
directory and every engine runs that same text. A C twin takes the count
as -DITERATIONS, so it does the same work.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
JS_DIR = BENCH_DIR / "js"
C_DIR = BENCH_DIR / "c"

ITERATIONS_LINE = re.compile(r"^var ITERATIONS = (\d+);", re.MULTILINE)


@dataclass(frozen=True)
class Program:
    name: str
    source: Path            # the file as kept in the repository
    iterations: int         # as written in the file
    c_source: Path | None   # its C twin, if it has one


def iterations_of(text: str) -> int:
    m = ITERATIONS_LINE.search(text)
    if m is None:
        raise ValueError("no `var ITERATIONS = N;` line")
    return int(m.group(1))


def with_iterations(text: str, iterations: int) -> str:
    """The program text with its iteration count replaced."""
    if iterations < 1:
        raise ValueError("iterations must be at least 1")
    iterations_of(text)   # raises when the line is missing
    return ITERATIONS_LINE.sub(f"var ITERATIONS = {iterations};", text, count=1)


def discover(js_dir: Path = JS_DIR, c_dir: Path = C_DIR, only: set[str] | None = None) -> list[Program]:
    """The programs in js_dir, in name order (only those named in `only`, if given)."""
    programs = []
    for path in sorted(js_dir.glob("*.js")):
        if only is not None and path.stem not in only:
            continue
        c_source = c_dir / f"{path.stem}.c"
        programs.append(Program(path.stem, path, iterations_of(path.read_text(encoding="utf-8")),
                                c_source if c_source.exists() else None))
    if only is not None:
        missing = only - {p.name for p in programs}
        if missing:
            raise ValueError(f"no program named {', '.join(sorted(missing))} in {js_dir}")
    return programs


def prepare(program: Program, workdir: Path, iterations: int | None) -> tuple[Path, int]:
    """The file to run and its iteration count: the original, or a copy in workdir with the count changed."""
    if iterations is None or iterations == program.iterations:
        return program.source, program.iterations
    copy = workdir / program.source.name
    copy.write_text(with_iterations(program.source.read_text(encoding="utf-8"), iterations), encoding="utf-8")
    return copy, iterations
