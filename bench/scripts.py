"""The benchmark scripts: finds bench/js/*.js and writes the copies that get run, full-size or --quick.

A size line carries its quick value in a trailing comment,
`var N = 40000;  // quick: 600`, so one file serves both modes and node runs
exactly the text bailout runs. The deopt script is generated (deopt_storm.py)
and written beside the others.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from . import deopt_storm

JS_DIR = Path(__file__).resolve().parent / "js"

_SIZE_LINE = re.compile(r"^(?P<decl>(?:var|let|const)\s+\w+\s*=\s*)[^;]+;\s*//\s*quick:\s*(?P<quick>\S+)\s*$",
                        re.MULTILINE)


@dataclass(frozen=True)
class Script:
    name: str
    path: Path      # the file that is run (a quick copy in the work directory with --quick)


def quick_source(source: str) -> str:
    """The script with every annotated size replaced by its quick value."""
    return _SIZE_LINE.sub(lambda m: f"{m['decl']}{m['quick']};", source)


def loop_scripts(workdir: Path, quick: bool, only: set[str] | None = None) -> list[Script]:
    """The loop-heavy scripts, in name order; with quick, shrunk copies written into workdir."""
    scripts = []
    for path in sorted(JS_DIR.glob("*.js")):
        name = path.stem
        if only and name not in only:
            continue
        if quick:
            copy = workdir / path.name
            copy.write_text(quick_source(path.read_text(encoding="utf-8")), encoding="utf-8")
            path = copy
        scripts.append(Script(name, path))
    return scripts


def deopt_script(workdir: Path, quick: bool) -> tuple[Script, dict]:
    """The generated deopt-storm script and the parameters it was generated with."""
    params = deopt_storm.QUICK if quick else deopt_storm.FULL
    path = workdir / "deopt_storm.js"
    path.write_text(deopt_storm.source(**params), encoding="utf-8")
    return Script("deopt_storm", path), params
