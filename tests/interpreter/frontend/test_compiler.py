"""The bytecode compiler: golden `bailout dump-bytecode` listings plus structural invariants of all emitted code.

Place in the pipeline: scopes.py and the compiler/ package produce what the
interpreter runs and the optimizing tier lowers. The goldens pin the exact
code for small scripts that exercise closures, per-iteration contexts, TDZ
checks, literals, calls and loop exits; the structural checks run over the
goldens and the whole JS corpus. The goldens change whenever the compiler
legitimately changes; regenerate them with

    BAILOUT_UPDATE_GOLDEN=1 /work/venv/bin/python -m pytest -q tests/interpreter/frontend/test_compiler.py

and review the diff. Each golden script also has a `.out` file with what node
prints, so a golden is never a listing of a wrong program.
"""
from __future__ import annotations

import importlib.util
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main as cli_main
from interpreter.bytecodes import BYTECODE_INFO, BYTECODES, JUMPS, Bytecode as B, check
from interpreter.disasm import disassemble_all, format_constant
from interpreter.errors import JSSyntaxError
from interpreter.frontend.compiler import (CLOSURE_REGISTER, FIRST_PARAM_REGISTER, THIS_REGISTER, compile_program,
                                           iter_functions)
from interpreter.frontend.parser import parse
from interpreter.isolate import Isolate
from interpreter.objects.values import BigInt

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
GOLDEN = HERE / "golden"
GOLDEN_SCRIPTS = sorted(GOLDEN.glob("*.js"))
CORPUS = sorted((ROOT / "tests" / "js").glob("*.js")) + sorted((ROOT / "tests" / "errors" / "runtime").glob("*.js"))
UPDATE = os.environ.get("BAILOUT_UPDATE_GOLDEN") == "1"


def dump_bytecode(path: Path, *flags: str) -> str:
    """`bailout dump-bytecode` run in-process through the click command itself."""
    result = CliRunner().invoke(cli_main, ["dump-bytecode", *flags, str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


# ---- goldens ------------------------------------------------------------------------------------

def test_there_are_golden_scripts():
    assert len(GOLDEN_SCRIPTS) >= 8
    for js in GOLDEN_SCRIPTS:
        assert js.with_suffix(".out").exists(), f"{js.name} needs node's output in {js.stem}.out"


@pytest.mark.parametrize("js", GOLDEN_SCRIPTS, ids=lambda p: p.stem)
def test_dump_bytecode_golden(js):
    got = dump_bytecode(js)
    txt = js.with_suffix(".txt")
    if UPDATE:
        txt.write_text(got)
    assert txt.exists(), f"no golden for {js.name}: run with BAILOUT_UPDATE_GOLDEN=1"
    assert got == txt.read_text(), f"{txt.name} differs: if the change is intended, regenerate with " \
                                   f"BAILOUT_UPDATE_GOLDEN=1 and review the diff"


@pytest.mark.parametrize("js", GOLDEN_SCRIPTS, ids=lambda p: p.stem)
def test_golden_script_runs_like_node(js):
    out: list[str] = []
    Isolate(write=out.append).run(js.read_text())
    assert "".join(out) == js.with_suffix(".out").read_text()


def code_of(text: str, function: str) -> list[str]:
    """The instruction lines (opcode and operands) of one function in a dump."""
    block = text.split(f"function {function} (", 1)[1].split("\n\n", 1)[0]
    return [" ".join(line.split()[1:]) for line in block.splitlines()[1:]
            if re.match(r"\s+\d+\s", line)]


def test_golden_let_loop_clones_the_context_before_the_update():
    code = code_of((GOLDEN / "let_loop_contexts.txt").read_text(), "collect")
    # once after the initializer (its closures keep the initial bindings), once per iteration
    first = code.index("CloneContext")
    assert code[first - 1].startswith("StaContextSlot 0, 0")        # i = 0
    clone = code.index("CloneContext", first + 1)
    assert code[clone + 1].startswith("LdaContextSlot 0, 0")      # i++ reads the fresh copy
    assert code[clone + 3].startswith("StaContextSlot 0, 0")
    assert code[clone + 4].startswith("JumpLoop")
    assert code[0].startswith("CreateFunctionContext 1") and code[1].startswith("PushContext")
    assert any(c.startswith("PopContext") for c in code[clone:])


def test_golden_break_and_continue_pop_the_block_context():
    code = code_of((GOLDEN / "loops_break_continue.txt").read_text(), "loops")
    push = next(i for i, c in enumerate(code) if c.startswith("PushContext"))
    saved = code[push].split()[1]
    # every jump out of the block (the break, the continue) is preceded by PopContext of the saved register
    exits = [i for i, c in enumerate(code) if c.startswith("Jump ") and i > push]
    popped = [i for i in exits if code[i - 1] == f"PopContext {saved}"]
    assert len(popped) >= 2


def test_golden_tdz_checks():
    text = (GOLDEN / "tdz.txt").read_text()
    early = code_of(text, "early")
    # a closure reading x and k cannot know they are initialized
    assert early.count("ThrowReferenceErrorIfHole [0]") + early.count("ThrowReferenceErrorIfHole [1]") == 2
    tdz = code_of(text, "tdz")
    assert "LdaTheHole" in tdz


def test_golden_closure_depths():
    text = (GOLDEN / "closures.txt").read_text()
    peek = code_of(text, "peek")
    # start and count are in counter's context, one level up; last is in step's own context
    assert {"LdaContextSlot 1, 0", "LdaContextSlot 1, 1", "LdaContextSlot 0, 0"} <= set(peek)
    step = code_of(text, "step")
    assert step[0] == "CreateFunctionContext 1"
    assert "StaContextSlot 1, 1" in step                  # count = count + by, through the parent link


# ---- structural invariants over every function compiled --------------------------------------------

FEEDBACK_KIND = {
    B.LdaGlobal: "global", B.LdaGlobalInsideTypeof: "global", B.StaGlobal: "global",
    B.GetNamedProperty: "load", B.SetNamedProperty: "store", B.DefineNamedOwnProperty: "store",
    B.GetKeyedProperty: "keyed_load", B.SetKeyedProperty: "keyed_store",
    B.Inc: "unary", B.Dec: "unary", B.Negate: "unary", B.BitwiseNot: "unary", B.ToNumeric: "unary",
    B.ToNumber: "unary",
    B.Call: "call", B.Construct: "call", B.TestIn: "has", B.TestInstanceOf: "instanceof",
}
for _op in (B.Add, B.Sub, B.Mul, B.Div, B.Mod, B.Exp, B.BitwiseOr, B.BitwiseXor, B.BitwiseAnd, B.ShiftLeft,
            B.ShiftRight, B.ShiftRightLogical):
    FEEDBACK_KIND[_op] = "binop"
for _op in (B.TestEqual, B.TestEqualStrict, B.TestLessThan, B.TestGreaterThan, B.TestLessThanOrEqual,
            B.TestGreaterThanOrEqual):
    FEEDBACK_KIND[_op] = "compare"


def register_ranges(ins) -> list[tuple[int, int]]:
    """(first, count) of register runs an instruction names beyond its plain reg operands."""
    op = ins[0]
    if op == B.Call:
        return [(ins[2] + 1, ins[3])]
    if op == B.Construct:
        return [(ins[2], ins[3])]
    if op == B.CreateArrayLiteral:
        return [(ins[1], ins[2])]
    return []


def check_function(sfi) -> None:
    code = sfi.code
    n = len(code)
    assert n > 0 and code[-1][0] == B.Return, "control must never fall off the end"
    assert len(sfi.positions) == n and all(line >= 1 and col >= 1 for line, col in sfi.positions)
    assert sfi.register_count >= FIRST_PARAM_REGISTER + sfi.param_count
    used_slots = []
    for pc, ins in enumerate(code):
        check(ins)                                       # operand count matches the table
        op = B(ins[0])
        info = BYTECODE_INFO[op]
        run_starts = {2} if op == B.Construct else {1} if op == B.CreateArrayLiteral else set()
        for i, (kind, v) in enumerate(zip(info.operands, ins[1:]), 1):
            assert type(v) is int and v >= 0, (pc, ins)
            if i in run_starts:
                continue        # the first register of a run, checked below (an empty run names none)
            if kind == "reg":
                assert v < sfi.register_count, f"@{pc} {info.name} uses r{v} of {sfi.register_count}"
            elif kind == "const":
                assert v < len(sfi.constants)
            elif kind == "fb":
                assert v < len(sfi.feedback_kinds)
                assert sfi.feedback_kinds[v] == FEEDBACK_KIND[op], f"@{pc} {info.name}"
                used_slots.append(v)
            elif kind == "label":
                assert 0 <= v < n, f"@{pc} {info.name} jumps to {v} of {n}"
            elif kind == "func":
                assert v < len(sfi.inner)
        for first, count in register_ranges(ins):
            if count:
                assert first + count <= sfi.register_count, f"@{pc} {info.name} runs past the register file"
        if op == B.JumpLoop:
            assert ins[1] <= pc, "JumpLoop is a back edge"
    assert sorted(used_slots) == list(range(len(sfi.feedback_kinds))), "each feedback slot has exactly one site"
    for c in sfi.constants:
        assert type(c) in (float, str, BigInt)
    for r in sfi.register_names:
        assert 0 <= r < sfi.register_count
    assert sfi.register_names[THIS_REGISTER] == "this"
    assert sfi.register_names[CLOSURE_REGISTER] == "<closure>"


def compiled(path: Path):
    return compile_program(parse(path.read_text(), commonjs=True))


@pytest.mark.parametrize("js", GOLDEN_SCRIPTS + CORPUS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_structure(js):
    for sfi in iter_functions(compiled(js)):
        check_function(sfi)


def test_parameters_take_registers_after_this_and_the_closure():
    (f,) = compile_program(parse("function f(a, b, c) { var x; return x; }")).inner
    assert (THIS_REGISTER, CLOSURE_REGISTER, FIRST_PARAM_REGISTER) == (0, 1, 2)
    assert {r: f.register_names[r] for r in range(6)} == {0: "this", 1: "<closure>", 2: "a", 3: "b", 4: "c",
                                                          5: "x"}
    assert f.param_count == 3


def test_constants_are_deduplicated_but_keep_minus_zero_and_nan():
    script = compile_program(parse("var a = [1, 1, 'x', 'x', 0, -0, NaN, 0/0, 1.5, 1.5];"))
    consts = script.constants
    assert consts.count(1.0) == 1 and consts.count("x") == 1 and consts.count(1.5) == 1
    zeros = [c for c in consts if c == 0.0]
    assert len(zeros) == 1                       # -0 is `-(0)`, a Negate, in the source
    assert format_constant(-0.0) == "-0" and format_constant(0.0) == "0" and format_constant(2.5) == "2.5"


def test_bigint_literals_are_constants():
    script = compile_program(parse("var a = [10n, 10n, 10, 0x10n];"))
    assert script.constants.count(BigInt(10)) == 1 and 10.0 in script.constants
    assert BigInt(16) in script.constants
    assert format_constant(BigInt(-5)) == "-5n"


def test_every_backward_jump_is_a_jump_loop():
    src = "function f(n) { var i = 0; while (i < n) { i++; if (i > 1) continue; } return i; }"
    for sfi in iter_functions(compile_program(parse(src))):
        for pc, ins in enumerate(sfi.code):
            if ins[0] in JUMPS and ins[1] <= pc:
                assert ins[0] == B.JumpLoop, f"{sfi.name} @{pc}: {BYTECODES[ins[0]].name} backward"


def run_script(src: str) -> str:
    out: list[str] = []
    Isolate(write=out.append).run(src)
    return "".join(out)


def test_function_expression_name_is_read_only():
    assert run_script("var f = function me() { me = 5; return typeof me; }; console.log(f());") == "function\n"


def test_function_expression_name_refers_to_itself():
    assert run_script("var f = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); };"
                      "console.log(f(5), typeof fact);") == "120 undefined\n"


def test_compile_errors_are_syntax_errors():
    for src in ("return 1;", "break;", "continue;", "let a; let a;", "function f(a, a) { 'use strict'; }"):
        with pytest.raises(JSSyntaxError):
            compile_program(parse(src))


def test_sloppy_simple_parameters_may_repeat_a_name():
    # the last parameter of a name is the one the body sees
    assert run_script("function f(a, b, a) { return [a, b]; } console.log(f(1, 2, 3), f(1, 2));") == \
        "[ 3, 2 ] [ undefined, 2 ]\n"


# ---- the table, the disassembler and the interpreter stay in step ------------------------------------

def test_table_is_well_formed():
    names = [b.name for b in BYTECODES]
    assert len(names) == len(set(names))
    kinds = {"reg", "const", "idx", "fb", "label", "func", "intr"}
    for b in BYTECODES:
        assert set(b.operands) <= kinds
        assert b.acc in ("", "r", "w", "rw")
        assert b.doc
        assert b.operands.count("fb") <= 1 and b.operands.count("label") <= 1
    assert {BYTECODES[op].name for op in JUMPS} == {"Jump", "JumpIfTrue", "JumpIfFalse", "JumpIfToBooleanTrue",
                                                    "JumpIfToBooleanFalse", "JumpLoop"}
    with pytest.raises(ValueError):
        check((B.Add, 1))


def test_interpreter_dispatches_every_opcode():
    source = (ROOT / "interpreter" / "interpreter.py").read_text()
    for b in BYTECODES:
        assert f"B.{b.name})" in source or f"B.{b.name}," in source, f"interpreter.py never handles {b.name}"


def test_disassembler_names_every_operand_kind(tmp_path):
    js = tmp_path / "all.js"
    js.write_text("function f(o, a) { var g = function () { return o; };\n"
                  "  for (var i = 0; i < 2; i++) {}\n  return [o.x, a[0], new g()]; }\nf({}, [1]);\n")
    text = dump_bytecode(js)
    assert re.search(r"^function f \(params: 2, registers: \d+, bytecodes: \d+\)$", text, re.M)
    assert re.search(r"^function g \(params: 0, registers: 2, bytecodes: \d+\)$", text, re.M)
    assert re.search(r"^ +\d+  GetNamedProperty +r\d+, \[\d+\], fb\d+$", text, re.M)      # reg, const, fb
    assert re.search(r"^ +\d+  CreateClosure +<g>$", text, re.M)                           # func
    assert re.search(r"^ +\d+  JumpLoop +@\d+$", text, re.M)                               # label
    assert re.search(r"^ +\d+  CreateArrayLiteral +r\d+, 3$", text, re.M)                  # idx
    assert re.search(r"^ +\d+  LdaContextSlot +0, 0$", text, re.M)
    assert "  constants:\n    [0] " in text and "'x'" in text
    assert text.endswith("\n") and text == disassemble_all(compile_program(parse(js.read_text(), commonjs=True)))


def test_dump_bytecode_feedback_shows_the_vectors(tmp_path):
    js = tmp_path / "fb.js"
    js.write_text("function f(o) { return o.x + 1; } f({x: 1}); f({x: 2});")
    text = dump_bytecode(js, "--feedback")
    block = text.split("function f (", 1)[1]
    assert "feedback vector (invocations: 2, back edges: 0):" in block
    assert re.search(r"fb0 load +monomorphic map#\d+:field/0", block)
    assert re.search(r"fb1 binop +int32", block)


# ---- docs/bytecodes.md is generated from the table ----------------------------------------------------

def load_generator():
    spec = importlib.util.spec_from_file_location("gen_bytecodes", ROOT / "docs" / "gen_bytecodes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bytecodes_doc_is_current():
    gen = load_generator()
    current = gen.DOC.read_text()
    assert current == gen.render(current), "docs/bytecodes.md is stale: run python docs/gen_bytecodes.py"
    for b in BYTECODES:
        assert current.count(f"| `{b.name}` |") == 1
    # the hand-written introduction explains the register file
    intro = current.split(gen.BEGIN)[0]
    assert "r0" in intro and "r1" in intro and "closure" in intro and "temporar" in intro


def test_bytecodes_doc_generator_notices_a_changed_table(monkeypatch):
    gen = load_generator()
    current = gen.DOC.read_text()
    from interpreter import bytecodes
    changed = bytecodes.BYTECODES[:-1] + (bytecodes.BYTECODES[-1]._replace(doc="something else"),)
    monkeypatch.setattr(bytecodes, "BYTECODES", changed)
    assert gen.render(current) != current
