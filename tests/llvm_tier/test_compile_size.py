"""Compile work grows linearly with a function's size: no quadratic work in the number of live
registers or of guards and blocks (issue 17).

Behaviour, not timing: each test compiles generated functions of growing size and counts what
the compile has to process (IR lines the lowering writes, instructions after LLVM's passes,
deopt exits, bundle operands, stack map locations). Doubling the size must about double each
count; quadratic growth would quadruple it. The shape that used to be quadratic: N live locals
and 5N guards each carrying all the live values to its own deopt exit (N x 5N bundle operands,
1.5 s of compile for N = 100); now the guards of a checkpoint share one exit (lowering.py,
DeoptExit).
"""
from __future__ import annotations

import contextlib
import io
import re

import pytest

import cli
from interpreter.isolate import Isolate
from llvm_tier.tierup import install_tier


def many_locals(n: int) -> str:
    """`big` keeps n locals alive to its end, each from a property load and an int32 add (guards:
    the map, the field's kind, the overflow)."""
    decls = "\n".join(f"  var a{i} = o.v{i} + k;" for i in range(n))
    total = " + ".join(f"a{i}" for i in range(n))
    fields = ", ".join(f"v{i}: {i}" for i in range(n))
    return (f"function big(o, k) {{\n{decls}\n  return {total};\n}}\n"
            f"var o = {{{fields}}};\nvar t = 0;\nfor (var j = 0; j < 60; j++) t = t + big(o, j & 7);\n"
            f"console.log(t);\n")


def many_blocks(n: int) -> str:
    """`branchy` has n if-statements on a counter (2n blocks), each a guard and an add."""
    body = "\n".join(f"  if (x > {i}) s = s + o.v{i % 8};" for i in range(n))
    fields = ", ".join(f"v{i}: {i}" for i in range(8))
    return (f"function branchy(o, x) {{\n  var s = 0;\n{body}\n  return s;\n}}\n"
            f"var o = {{{fields}}};\nvar t = 0;\nfor (var j = 0; j < 60; j++) t = t + branchy(o, j + 1000);\n"
            f"console.log(t);\n")


def compile_counts(source: str, name: str) -> dict:
    out: list[str] = []
    iso = Isolate(write=out.append)
    tier = install_tier(iso, threshold=50, osr_threshold=10**9)
    with contextlib.redirect_stderr(io.StringIO()):
        cli.run_in_big_stack(lambda: iso.run(source))
    (code,) = [c for c in tier.history if c.sfi.name == name]
    optimized = code.compiled.optimized_ir
    bundles = re.findall(r'\[ "deopt"\((.*)\) \]', optimized)
    return {"lowered IR lines": code.compiled.ir.count("\n"),
            "optimized instructions": len(re.findall(r"^  \S", optimized, re.M)),
            "deopt exits": len(bundles),
            "bundle operands": sum(len(b.split(", ")) for b in bundles),
            "stack map locations": sum(len(r.locations) for r in code.compiled.stackmap.records),
            "deopt points": len(code.deopt_data.points),
            "output": "".join(out)}


def assert_linear(small: dict, large: dict, factor: float = 2.0) -> None:
    """The large function is `factor` times the small one: every count grows at most ~linearly."""
    for key, n in small.items():
        if key == "output":
            continue
        assert large[key] <= factor * 1.25 * max(n, 4), (key, n, large[key])


@pytest.mark.parametrize("kind, make, name", [("locals", many_locals, "big"), ("blocks", many_blocks, "branchy")])
def test_compile_work_is_linear_in_the_function_size(kind, make, name):
    small, large = compile_counts(make(50), name), compile_counts(make(100), name)
    assert small["deopt points"] >= 100 and large["deopt points"] >= 2 * small["deopt points"] - 4
    assert_linear(small, large)


def test_a_hundred_live_locals_share_few_deopt_exits():
    counts = compile_counts(many_locals(100), "big")
    # 100 loads and adds, no side effect between them: one checkpoint (at the function's start,
    # where the interpreter can redo them all), so one deopt exit for its 500 guards
    assert counts["deopt points"] >= 400
    assert counts["deopt exits"] <= 2
    assert counts["bundle operands"] <= 2 * 8
    # and the code still computes what the interpreter does
    t = sum(sum(i + (j & 7) for i in range(100)) for j in range(60))
    assert counts["output"] == f"{t}\n"
