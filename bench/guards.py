"""Guards emitted per optimized function: what code dependencies save (issue 20).

usage: python -m bench.guards bench/js/richards.js [more.js ...]

Runs each program once in this process with the tier compiling on the main thread
(threshold 1000, as by default), then counts, in the IR of every code object it compiled
(before LLVM's passes), the guards (conditional branches to a deopt exit) and, apart, the
lazy deopt checks after calls (loads of the code's marked word). Run it in two trees
(`cd TREE && python -m bench.guards ...`) to compare them; it needs nothing of this
module's tree but the engine, so an older tree can run a copy of it.
"""
from __future__ import annotations

import contextlib
import io
import re
import sys
import time
from collections import defaultdict
from pathlib import Path


def count(path: str) -> list[str]:
    import cli
    from interpreter.isolate import Isolate
    from llvm_tier.tierup import install_tier

    out: list[str] = []
    iso = Isolate(write=out.append)
    tier = install_tier(iso, threshold=1000, concurrent=False)
    iso.script_path = str(Path(path).resolve())
    source = Path(path).read_text(encoding="utf-8")
    t0 = time.perf_counter()
    with contextlib.redirect_stderr(io.StringIO()):
        cli.run_in_big_stack(lambda: iso.run(source))
    wall = time.perf_counter() - t0
    per_fn: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for code in tier.history:
        ir = code.lowered.ir
        lazy = ir.count("load i64, ptr %lazy_mark")
        guards = len(re.findall(r"br i1 %\w+, label %\w+, label %deopt\d+", ir)) - lazy
        name = code.sfi.display_name + ("" if code.osr_offset is None else f"@osr{code.osr_offset}")
        row = per_fn[name]
        row[0] += 1
        row[1] += guards
        row[2] += lazy
    lines = [f"## {Path(path).name}", "", "| function | compiles | guards | lazy checks |", "| --- | ---: | ---: | ---: |"]
    for name, (n, g, lz) in sorted(per_fn.items()):
        lines.append(f"| {name} | {n} | {g} | {lz} |")
    total_g = sum(r[1] for r in per_fn.values())
    total_l = sum(r[2] for r in per_fn.values())
    lines.append(f"| **all** | {len(tier.history)} | {total_g} | {total_l} |")
    lines.append("")
    lines.append(f"deopts {sum(tier.stats.deopts.values())}, compile {tier.stats.compile_seconds * 1000:.0f} ms, "
                 f"run {wall * 1000:.0f} ms (one run, a busy machine: not a timing)")
    return lines


def main(argv: list[str]) -> None:
    sys.setrecursionlimit(100000)
    for path in argv:
        print("\n".join(count(path)))
        print()


if __name__ == "__main__":
    main(sys.argv[1:])
