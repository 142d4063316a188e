"""Unit-level checks of the lowering (bytecode + feedback -> speculative LLVM IR).

Representation analysis decides from feedback which registers stay unboxed;
functions the tier cannot lower stay in the interpreter with the reason
traced; every guard's cold block is a well-formed deopt (one "deopt" bundle,
a statepoint-id naming a DeoptPoint, ret of the call's value); and the IR
`bailout dump-ir` prints is a complete module another LLVM accepts.
"""
from __future__ import annotations

import contextlib
import ctypes
import io
import itertools
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import llvmlite.binding as llvm
import pytest

import cli
from interpreter.bytecodes import Bytecode as B
from interpreter.isolate import Isolate
from interpreter.objects.values import UNDEFINED
from llvm_tier.analysis import F, I, T, FrameAnalysis, Unsupported, function_entry_state
from llvm_tier.lowering import Lowering
from llvm_tier.tierup import install_tier

ROOT = Path(__file__).resolve().parents[2]


def run(source: str, **options):
    out: list[str] = []
    iso = Isolate(write=out.append)
    tier = install_tier(iso, **options)
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        cli.run_in_big_stack(lambda: iso.run(textwrap.dedent(source)))
    return iso, tier, "".join(out), err.getvalue()


def sfi_named(iso, name: str):
    (sfi,) = [f for f in iso.functions if f.name == name and f.native is None]
    return sfi


def register(sfi, name: str) -> int:
    (r,) = [r for r, n in sfi.register_names.items() if n == name]
    return r


def analyzed(iso, tier, sfi) -> FrameAnalysis:
    """sfi's representation analysis with the feedback it has now."""
    return FrameAnalysis(iso, sfi, function_entry_state(sfi)).run()


def loop_header(sfi) -> int:
    (header,) = [ins[1] for ins in sfi.code if ins[0] == B.JumpLoop]
    return header


def function_body(ir: str, symbol: str) -> str:
    m = re.search(rf"^define [^\n]*@{symbol}\(.*?^}}$", ir, re.S | re.M)
    assert m, f"no function {symbol} in the module"
    return m.group(0)


# ---- representation analysis -----------------------------------------------------------------

COUNTING = """
function count(n, step) {
  var sum = 0;
  for (var i = 0; i < n; i++) sum += i + step;
  return sum;
}
console.log(count(100, %s));
console.log(count(100, %s));
"""


@pytest.mark.parametrize("step, sum_rep, out", [
    ("0.5", F, "5000\n5000\n"),        # i + 0.5: feedback says number -> sum is a double
    ("2", I, "5150\n5150\n"),          # all int32 -> sum stays int32 (overflow-guarded)
    ("'x'", T, None),                  # strings -> sum is a tagged value
], ids=["number", "int32", "string"])
def test_counting_loop_representations(step, sum_rep, out):
    iso, tier, stdout, _ = run(COUNTING % (step, step), threshold=50)
    if out is not None:
        assert stdout == out
    sfi = sfi_named(iso, "count")
    state = analyzed(iso, tier, sfi).entry_state[loop_header(sfi)]
    assert state[register(sfi, "i")] == I
    assert state[register(sfi, "sum")] == sum_rep
    # the compiled code agrees: the lowering keeps i in an i32 slot and sum in its representation's
    # slot (SSA values after mem2reg), and LLVM's code does the arithmetic unboxed
    # (the loop's OSR code: later calls enter it too, so the function is not compiled again)
    code = [c for c in tier.history if c.sfi is sfi][-1]
    lowered = function_body(code.compiled.ir, code.symbol)
    ri, rs = register(sfi, "i"), register(sfi, "sum")
    assert f"%r{ri}_I = alloca i32" in lowered
    assert f"%r{rs}_{sum_rep} = alloca {dict(I='i32', F='double', T='i64')[sum_rep]}" in lowered
    body = function_body(code.compiled.optimized_ir, code.symbol)
    if sum_rep == F:
        assert "fadd double" in body and "@rt_binary" not in body
    if sum_rep == I:
        assert "llvm.sadd.with.overflow.i32" in body and "@rt_binary" not in body
    if sum_rep == T:
        assert "@rt_binary" in body


def test_int_and_double_merge_to_double():
    iso, tier, stdout, _ = run("""
        function pick(c, a) { var x = 1; if (c) x = a * 0.5; return x + 1; }
        var s = 0;
        for (var i = 0; i < 100; i++) s += pick(i % 2, i);
        console.log(s);
    """, threshold=50)
    assert stdout == "1400\n"
    sfi = sfi_named(iso, "pick")
    lowering = analyzed(iso, tier, sfi)
    add = [pc for pc, ins in enumerate(sfi.code) if ins[0] == B.Add]
    # at the merge before `x + 1`, x is int32 on one edge and float64 on the other: float64
    merges = [pc for pc in lowering.entry_state if pc <= add[-1]]
    assert lowering.entry_state[max(merges)][register(sfi, "x")] == F


def test_literals_stay_constants_and_are_rematerialized():
    iso, tier, stdout, _ = run("""
        var seen = { n: 0 };
        function k(o) { var big = 1e100; var s = "str"; var unused = 5; seen.n = 1; return o.x + big + s; }
        for (var i = 0; i < 100; i++) k({ x: i });
        console.log(k({ y: 1, x: 1 }));
    """, threshold=50)
    assert stdout == "1e+100str\n"      # node
    # (the store to seen is a side effect: the o.x guard resumes right after it, big and s set)
    sfi = sfi_named(iso, "k")
    (event,) = [e for e in tier.deoptimizer.events if e.function_name == "k"]
    big, s = event.frame.registers[register(sfi, "big")], event.frame.registers[register(sfi, "s")]
    assert (big.source.kind, big.raw, big.value) == ("constant", None, 1e100)
    assert (s.source.kind, s.raw, s.value) == ("constant", None, "str")


def test_dead_registers_are_optimized_out():
    """Bytecode liveness: a register the interpreter never reads again after the deopt point is
    not kept alive for the deopt; it is rebuilt as undefined."""
    iso, tier, stdout, _ = run("""
        var seen = { n: 0 };
        function k(o, p) { var t = p * 2; var u = t + 1; seen.n = u; return o.x + u; }
        for (var i = 0; i < 100; i++) k({ x: i }, i);
        console.log(k({ y: 1, x: 1 }, 3));
    """, threshold=50)
    assert stdout == "8\n"
    sfi = sfi_named(iso, "k")
    (event,) = [e for e in tier.deoptimizer.events if e.function_name == "k"]
    regs = event.frame.registers
    # the frame resumes after the store to seen (the guard's checkpoint): only o (read by the
    # load) and u (read after it) are live; p and t are dead
    assert regs[register(sfi, "o")].source.kind == "operand"
    assert regs[register(sfi, "u")].value == 7
    for name in ("p", "t"):
        assert regs[register(sfi, name)].source.kind == "optimized_out"
        assert regs[register(sfi, name)].value is UNDEFINED


def test_a_try_keeps_its_saved_context_live():
    """Entering a handler reads the context register saved at the try, so a frame rebuilt
    inside the try keeps it: a catch that then reads a captured variable finds its context."""
    iso, tier, stdout, _ = run("""
        function f(o, fail) {
          let k = 10;
          var g = () => k;
          try {
            var v = o.x;
            if (fail) throw new Error("boom");
            return v + g();
          } catch (e) {
            return e.message + k;
          }
        }
        for (var i = 0; i < 100; i++) f({ x: i }, false);
        console.log(f({ y: 1, x: 1 }, true));
    """, threshold=50)
    assert stdout == "boom10\n"
    sfi = sfi_named(iso, "f")
    (event,) = [e for e in tier.deoptimizer.events if e.function_name == "f"]
    (saved,) = {h[3] for h in sfi.handlers}
    assert event.frame.registers[saved].source.kind != "optimized_out"


# ---- what the tier does not lower stays in the interpreter ---------------------------------------

def test_unsupported_function_stays_in_the_interpreter(monkeypatch):
    # Simulate a bytecode the tier cannot lower (none exists today): Exp refused by the lowering.
    real = Lowering.lower_one

    def lower_one(self, pc):
        if self.code[pc][0] == B.Exp:
            raise Unsupported("bytecode Exp is not lowered")
        return real(self, pc)

    monkeypatch.setattr(Lowering, "lower_one", lower_one)
    iso, tier, stdout, stderr = run("""
        function p(x) { return x ** 2; }
        function q(x) { return x * 2; }
        var s = 0;
        for (var i = 0; i < 200; i++) s += p(i) + q(i);
        console.log(s);
    """, threshold=50, trace_opt=True)
    assert stdout == "2686500\n"
    sfi = sfi_named(iso, "p")
    assert tier.disabled[sfi.id] == "bytecode Exp is not lowered"
    assert "[opt] p stays in the interpreter: bytecode Exp is not lowered" in stderr
    assert tier.stats.failed["bytecode Exp is not lowered"] == 1
    # tried once, never again; q is optimized as usual
    assert sfi.optimized is None and not [c for c in tier.history if c.sfi is sfi]
    assert sfi.invocations == 200
    assert sfi_named(iso, "q").optimized is not None


# ---- guards and deopt blocks -----------------------------------------------------------------

GUARDS = """
function P(x, y) { this.x = x; this.y = y; }
function props(o) { o.y = o.x + 1; return o.y; }
function arith(a, b) { return (a + b) * (a - b) + (a * 4) / 2 + (a | b) - (-a) + a % 3; }
function doubles(a, d) { return a * d + Math.floor(d); }
function elems(arr, i, v) { arr[i] = v; return arr[i] + arr.length; }
function calls(f, x) { return f(x) + 1; }
function eq(a, b) { return a === b; }
function inc(x) { return x + 1; }
var arr = [1, 2, 3, 4];
var s = 0, o = {};
for (var i = 0; i < 100; i++) {
  s += props(new P(i, 0)) + arith(i, 3) + doubles(i, 0.5) + elems(arr, i % 4, i) + calls(inc, i);
  if (eq(o, i % 2 ? o : "s")) s++;
}
console.log(s);
"""


def blocks(body: str) -> dict[str, list[str]]:
    """Basic blocks of a function body: label -> instruction lines."""
    out: dict[str, list[str]] = {}
    current = None
    for line in body.splitlines()[1:]:
        m = re.match(r"^([\w.]+):", line)
        if m:
            current = m.group(1)
            out[current] = []
        elif current is not None and line.strip() and line.strip() != "}":
            out[current].append(line.strip())
    return out


@pytest.fixture(scope="module")
def guarded():
    iso, tier, stdout, _ = run(GUARDS, threshold=50)
    assert stdout == "365574\n"    # node
    codes = [c for c in tier.history if c.sfi.name in ("props", "arith", "doubles", "elems", "calls", "eq")]
    assert {c.sfi.name for c in codes} == {"props", "arith", "doubles", "elems", "calls", "eq"}
    return codes


def test_every_deopt_is_a_well_formed_deoptimize_call(guarded):
    for code in guarded:
        ir = code.compiled.ir
        attrs = dict(re.findall(r'^attributes #(\d+) = \{ "statepoint-id"="(\d+)" \}$', ir, re.M))
        seen = []
        for label, lines in blocks(function_body(ir, code.symbol)).items():
            calls = [i for i, line in enumerate(lines) if "@llvm.experimental.deoptimize" in line]
            if not calls:
                continue
            (i,) = calls
            call = lines[i]
            # the call is the last thing before the block returns its value
            m = re.fullmatch(r"(%[\w.]+) = call i64 \(\.\.\.\) @llvm\.experimental\.deoptimize\.i64\(\) #(\d+) "
                             r"\[ \"deopt\"\((.*)\) \]", call)
            assert m, call
            assert lines[i + 1:] == [f"ret i64 {m.group(1)}"], (label, lines)
            assert call.count('"deopt"(') == 1
            record_id = int(attrs[m.group(2)])
            points = code.deopt_data.points_of_exit(record_id)
            assert points and points[0].deopt_id == record_id
            operands = [op.strip() for op in m.group(3).split(",")]
            # operand 0 names the failing guard's deopt id: a constant, or what the guard's own
            # block stored in the guard slot (one per reason and bytecode of the checkpoint)
            if len(points) == 1:
                assert operands[0] == f"i32 {record_id}"
            else:
                assert lines[0] == f"{operands[0].split()[1]} = load volatile i32, ptr %guard_slot"
                stored = re.findall(rf"store volatile i32 (\d+), ptr %guard_slot\n  br label %{label}\n",
                                    function_body(ir, code.symbol))
                assert sorted(map(int, stored)) == [p.deopt_id for p in points]
            for point in points:
                # the guards sharing an exit resume at the same frame states
                assert point.frames == points[0].frames
                # one frame state per inlined level; an inlined frame's values follow a header constant
                sources = [s for fs in point.frames for s in fs.sources()]
                used = {s.operand for s in sources if s.kind == "operand"}
                headers = set(range(1, len(operands))) - used
                assert sorted(operands[k] for k in headers) == sorted(f"i32 {fs.shared_id}" for fs in point.frames[1:])
                assert len(used) + len(point.frames) == len(operands), (code.symbol, label)
                for s in sources:
                    if s.kind == "operand":
                        ty = operands[s.operand].split()[0]
                        assert ty == {"tagged": "i64", "int32": "i32", "float64": "double", "bool": "i32",
                                      "raw": "i64"}[s.rep.value]
                seen.append(point.deopt_id)
        assert sorted(seen) == sorted(code.deopt_data.points), code.symbol
        # after LLVM's passes and codegen: one stack map record per surviving deopt exit, IDs from the table
        record_ids = [r.id for r in code.compiled.stackmap.records]
        assert set(record_ids) <= set(code.deopt_data.exits)
        assert record_ids


def test_every_guard_branches_cold_to_a_deopt(guarded):
    reasons = set()
    for code in guarded:
        bl = blocks(function_body(code.compiled.ir, code.symbol))
        deopt_blocks = {label for label, lines in bl.items()
                        if any("@llvm.experimental.deoptimize" in line for line in lines)}
        # and the blocks that name a guard of a shared exit, then jump to its call
        deopt_blocks |= {label for label, lines in bl.items()
                         if len(lines) == 2 and lines[0].startswith("store volatile i32 ")
                         and lines[0].endswith(", ptr %guard_slot")
                         and re.fullmatch(r"br label %([\w.]+)", lines[1]).group(1) in deopt_blocks}
        # a deopt block serves every guard of its bytecode and reason (the checkpoint's exit)
        guards = 0
        for label, lines in bl.items():
            for line in lines:
                m = re.fullmatch(r"br i1 (%[\w.]+|true|false), label %([\w.]+), label %([\w.]+), !prof !1", line)
                if not m:
                    continue
                cold = m.group(3)
                # the cold side is a deopt, the next compare of a map dispatch, or the runtime slow path
                # of an out-of-bounds keyed load; a map dispatch chain ends in a deopt
                while cold not in deopt_blocks and re.fullmatch(
                        r"br i1 %[\w.]+, label %[\w.]+, label %([\w.]+), !prof !1", bl[cold][-1]):
                    cold = re.fullmatch(r"br i1 %[\w.]+, label %[\w.]+, label %([\w.]+), !prof !1",
                                        bl[cold][-1]).group(1)
                # the end of a map dispatch chain branches to its bytecode's deopt exit
                if m2 := re.fullmatch(r"br label %([\w.]+)", bl[cold][-1]):
                    cold = m2.group(1) if m2.group(1) in deopt_blocks else cold
                if cold in deopt_blocks:
                    guards += 1
                else:
                    assert any("@rt_load_keyed" in x for x in bl[cold]), (code.symbol, label, bl[cold])
        # every deopt point except the unconditional ones (never-run code) sits behind a guard
        conditional = [p for p in code.deopt_data.points.values()
                       if p.reason.value not in ("insufficient type feedback", "throws (handled by the interpreter)")]
        assert guards >= len(conditional) > 0, code.symbol
        reasons |= {p.reason.value for p in conditional}
    assert {"wrong map", "not a heap object", "not an int32", "overflow", "out of bounds",
            "wrong call target", "minus zero", "division result not int32",
            "unsupported value kind"} <= reasons


# ---- dumped IR is a complete module --------------------------------------------------------------

@pytest.fixture(scope="module")
def dumped_modules(tmp_path_factory):
    r = subprocess.run([sys.executable, "-m", "cli", "dump-ir", "examples/getx.js"], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    parts = re.split(r"^; ---- (\S+): (IR as lowered from bytecode \+ feedback|IR after LLVM's "
                     r"optimization pipeline) ----\n", r.stdout, flags=re.M)
    assert parts[0].strip() == ""
    modules = []
    d = tmp_path_factory.mktemp("ir")
    for symbol, kind, text in zip(parts[1::3], parts[2::3], parts[3::3]):
        path = d / f"{symbol}_{'lowered' if 'lowered' in kind else 'optimized'}.ll"
        path.write_text(text)
        modules.append((symbol, path))
    assert {s.split("_v")[0] for s, _ in modules} >= {"js_getX_9", "js_Point_10"} or len(modules) >= 4
    return modules


def test_dumped_ir_is_a_complete_module(dumped_modules):
    # Parsed, verified and compiled on its own: the dump does not lean on in-memory state.
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    llvm.initialize_native_asmparser()
    tm = llvm.Target.from_default_triple().create_target_machine()
    for symbol, path in dumped_modules:
        module = llvm.parse_assembly(path.read_text())
        module.verify()
        assert module.get_function(symbol).name == symbol
        assert tm.emit_object(module)


def _llc_major() -> int | None:
    llc = shutil.which("llc")
    if llc is None:
        return None
    m = re.search(r"LLVM version (\d+)", subprocess.run([llc, "--version"], capture_output=True, text=True).stdout)
    return int(m.group(1)) if m else None


LLC_MAJOR = _llc_major()


@pytest.mark.skipif(LLC_MAJOR is None or LLC_MAJOR < llvm.llvm_version_info[0],
                    reason=f"llc is absent or older (LLVM {LLC_MAJOR}) than the LLVM that wrote the IR "
                           f"({llvm.llvm_version_info[0]}): IR text is not backward compatible "
                           f"(preserve_nonecc needs 19+, captures(none) 21+)")
def test_llc_accepts_dumped_ir(dumped_modules):
    for _, path in dumped_modules:
        r = subprocess.run(["llc", "-o", "/dev/null", str(path)], capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, r.stderr


def _newest_llc() -> tuple[str, int] | None:
    """The newest llc on the machine (Debian installs versioned ones under /usr/lib/llvm-N)."""
    found = []
    candidates = [shutil.which("llc")] + sorted(str(p) for p in Path("/usr/lib").glob("llvm-*/bin/llc"))
    for llc in filter(None, candidates):
        out = subprocess.run([llc, "--version"], capture_output=True, text=True).stdout
        m = re.search(r"LLVM version (\d+)", out)
        if m:
            found.append((int(m.group(1)), llc))
    return (max(found)[1], max(found)[0]) if found else None


NEWEST_LLC = _newest_llc()


@pytest.mark.skipif(NEWEST_LLC is None or NEWEST_LLC[1] < 19,
                    reason="needs llc from LLVM 19 or newer (preserve_nonecc); `apt-get install llvm-19`")
def test_llc_accepts_the_lowered_module(dumped_modules):
    """The module as the tier wrote it (before LLVM's passes) is plain LLVM 19+ IR."""
    llc, _ = NEWEST_LLC
    lowered = [path for _, path in dumped_modules if path.stem.endswith("_lowered")]
    assert lowered
    for path in lowered:
        r = subprocess.run([llc, "-o", "/dev/null", str(path)], capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, r.stderr


def test_frame_states_stay_linear_in_the_number_of_locals():
    """A function with n live locals, each made by a guarded operation: its deopt points share
    frame states (one per checkpoint region, one exit per bytecode and reason), so the IR grows
    linearly with n (it grew with n squared when every guard carried every live local)."""

    def lowered_size(n: int) -> tuple[int, int]:
        body = "".join(f"  var v{k} = o.x + {k};\n" for k in range(n))
        total = " + ".join(f"v{k}" for k in range(n))
        iso, tier, stdout, _ = run(f"""
            function big(o) {{
            {body}  return {total};
            }}
            var t = 0;
            for (var k = 0; k < 60; k++) t += big({{ x: k }});
            console.log(t);
        """, threshold=50)
        expected = sum(60 * k for k in range(n)) + n * sum(range(60))
        assert stdout == f"{expected}\n"
        code = sfi_named(iso, "big").optimized
        assert code is not None
        return len(code.lowered.ir), len(code.deopt_data.points)

    small_ir, small_points = lowered_size(50)
    big_ir, big_points = lowered_size(100)
    assert big_ir < 2.4 * small_ir
    assert big_points < 2.4 * small_points
