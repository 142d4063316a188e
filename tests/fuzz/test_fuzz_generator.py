"""The fuzzer's generator: programs are reproducible, aimed at the tier, and valid.

Validity is checked the expensive way once: a few hundred generated programs run in node
(where it is installed) and in the interpreter, and none may fail, print to stderr or
stop early. They run in parallel on two workers, the interpreter's in two batch children.
"""
from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from click.testing import CliRunner

from fuzz import jsast as J
from fuzz.command import fuzz
from fuzz.generator import ALL_FEATURES, engine_features, generate_text
from fuzz.runner import node_path, run_node, run_worker

VALIDITY_PROGRAMS = 200
VALIDITY_SEED = 4242


def test_programs_are_reproducible_and_distinct():
    assert generate_text(5, 3) == generate_text(5, 3)
    assert generate_text(5, 3) != generate_text(5, 4)
    assert generate_text(5, 3) != generate_text(6, 3)


def test_show_prints_program_k():
    r = CliRunner().invoke(fuzz, ["--seed", "5", "--size", "2", "--show", "3", "--features", "none"])
    assert r.exit_code == 0, r.output
    assert r.output == generate_text(5, 3, 2, frozenset())


def test_programs_aim_at_the_tier():
    text = "".join(generate_text(1, k) for k in range(30))
    # Hot loops past the default optimization threshold, then other kinds of values.
    assert max(int(n) for n in re.findall(r"< (\d+); i\d+\+\+", text)) >= 2000
    for needle in ["2147483647", "-2147483648", "-0", "NaN", "undefined", '"abc"', "new C", ".push(",
                   ".pop()", "mix(h, ", "Math.", "=>", "function (d)"]:
        assert needle in text, needle
    # Each program checks in at the end (a program that stops early shows).
    assert text.count('console.log("end", h);') == 30


def test_printer_needs_no_precedence():
    e = J.Bin("**", J.Un("-", J.Lit("x")), J.Lit("2"))
    assert J.expr_text(e) == "((-x) ** 2)"
    assert J.expr_text(J.Bin("-", J.Lit("a"), J.Lit("-1"))) == "(a - (-1))"
    assert J.expr_text(J.Member(J.Lit("5"), "x")) == "(5).x"
    assert J.stmt_text(J.ExprStmt(J.ObjectLit(["a"], [J.Lit("1")])), 0) == "({ a: 1 });\n"
    loop = J.While("w", 3, [J.Continue()])
    assert J.stmt_text(loop, 0) == "let w = 3;\nwhile (w > 0) {\n  w--;\n  continue;\n}\n"


def test_printer_knows_for_of_labels_and_finally():
    loop = J.ForOf("const", "[k, v]", J.Call(J.Lit("f"), []), [J.Continue("outer"), J.Break("outer")], label="outer")
    assert J.stmt_text(loop, 0) == "outer: for (const [k, v] of f()) {\n  continue outer;\n  break outer;\n}\n"
    counted = J.For("i", J.Lit("0"), J.Lit("3"), [J.Break()], label="top")
    assert J.stmt_text(counted, 0) == "top: for (let i = 0; i < 3; i++) {\n  break;\n}\n"
    only_finally = J.Try([J.Return(J.Lit("1"))], None, None, [J.ExprStmt(J.Update(J.Lit("n"), "++"))])
    assert J.stmt_text(only_finally, 0) == "try {\n  return 1;\n} finally {\n  n++;\n}\n"
    both = J.Try([], "e", [J.Throw(J.Lit("e"))], [])
    assert J.stmt_text(both, 0) == "try {} catch (e) {\n  throw e;\n} finally {}\n"
    assert J.stmt_text(J.Try([], "e", []), 0) == "try {} catch (e) {}\n"


def test_tier_sections_aim_at_the_inliner():
    """The sections for inlining and the newer lowerings appear, with their shapes: helpers
    under hot loops, several classes at one site with accessors, `new` in loops, closures per
    call, try/finally, for...of, destructuring with rest, arguments, allocation, Math,
    charCodeAt, typeof, and dependencies broken from inside hot calls."""
    # (100 programs: the dependency section takes its share of the sections too)
    text = "".join(generate_text(4242, k, size=3, features=ALL_FEATURES) for k in range(100))
    for needle in ["function leaf", "function mid", "get v()", "set v(q)", "this.k(d)", "(new N", "fs.push(",
                   "} finally {", "instanceof TypeError", "for (const", ".entries()", "[k, w]", "...r]", "...r)",
                   "arguments.length", "arguments[", ".charCodeAt(k)", "String.fromCharCode", "typeof v ===",
                   "Array.isArray(", "list.pop()", "Math.sign(", "Math.round(", "new Set(", "var t2 = o.v =",
                   "4294967296", "let c = p", "function comb", "var [x0, ...xs] = a;",
                   # the dependency section: a hot chain whose callee breaks assumptions
                   "function poke", "var OPS", "function top"]:
        assert needle in text, needle
    # Without optional features, still the sections that need none.
    plain = "".join(generate_text(1, k) for k in range(30))
    for needle in ["function leaf", "arguments.length", ".charCodeAt(k)", "(new N", "fs.push("]:
        assert needle in plain, needle
    assert "for (const" not in plain and "class " not in plain and "finally" not in plain


def test_generated_programs_run_cleanly(tmp_path):
    """With the optional features the engine has (what `bailout fuzz` generates by default)."""
    features = engine_features()
    paths = []
    for k in range(VALIDITY_PROGRAMS):
        p = tmp_path / f"p{k}.js"
        p.write_text(generate_text(VALIDITY_SEED, k, size=1, features=features), encoding="utf-8")
        paths.append(str(p))
    with ThreadPoolExecutor(max_workers=2) as pool:
        interpreted = {}
        for r in pool.map(lambda files: run_worker(files, ["jitless"], timeout=120), [paths[0::2], paths[1::2]]):
            interpreted.update(r)
        in_node = dict(zip(paths, pool.map(lambda p: run_node(p, 60), paths))) if node_path() else {}
    bad = []
    for p in paths:
        runs = [("interpreter", interpreted[p, "jitless"])] + ([("node", in_node[p])] if in_node else [])
        for who, o in runs:
            if o.status != 0 or o.crash or o.stderr or not o.stdout.endswith("\n") \
                    or not o.stdout.splitlines()[-1].startswith("end "):
                bad.append(f"{p} in {who}: status {o.status} {o.crash or ''} {o.stderr[-500:]}")
    assert not bad, "\n".join(bad[:10])


@pytest.mark.skipif(node_path() is None, reason="needs node")
def test_programs_with_every_feature_are_valid_in_node(tmp_path):
    """Sections for optional features (exceptions, prototypes, classes, BigInt) are checked in
    node alone too, so they are valid whatever the engine has."""
    paths = []
    for k in range(60):   # enough that every optional section appears (they share the draws with the tier's)
        p = tmp_path / f"f{k}.js"
        p.write_text(generate_text(VALIDITY_SEED, k, size=3, features=ALL_FEATURES), encoding="utf-8")
        paths.append(str(p))
    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = list(pool.map(lambda p: run_node(p, 60), paths))
    bad = [f"{p}: {o.status} {o.stderr[-300:]}" for p, o in zip(paths, outcomes) if o.status != 0 or o.stderr]
    assert not bad, "\n".join(bad)
    text = "".join(Path(p).read_text() for p in paths)
    assert "catch (e)" in text and ".prototype" in text and "super.m(d)" in text
    assert "function big" in text and "2n ** 70n" in text
    assert "for (const" in text and "} finally {" in text and "get v()" in text
