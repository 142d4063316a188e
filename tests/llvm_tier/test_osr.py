"""On-stack replacement: hot loops enter optimized code in the middle of an invocation.

The scripts are corpus scripts (tests/js/12x_osr_*.js, expectations from node), so they
also run in every tier mode in test_corpus.py, including the mode in which every loop
enters OSR code at its first back edge. Here they run in-process, and the tests look at
what the tier did: which OSR variants were compiled for which loop, that they were entered,
and which deopts left them.
"""
from __future__ import annotations

import contextlib
import io
import re
import subprocess
import sys
from pathlib import Path

import cli
from interpreter.isolate import Isolate
from llvm_tier.tierup import install_tier

ROOT = Path(__file__).resolve().parents[2]
JS = ROOT / "tests" / "js"


class OsrRun:
    def __init__(self, script: str, **options):
        path = JS / script
        out: list[str] = []
        self.isolate = Isolate(write=out.append)
        self.tier = install_tier(self.isolate, **options)
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            cli.run_in_big_stack(lambda: self.isolate.run(path.read_text()))
        self.stdout = "".join(out)
        self.stderr = err.getvalue()
        self.expected = path.with_suffix(".out").read_text()

    def osr_codes(self, name: str):
        return [c for c in self.tier.history if c.osr_offset is not None and c.sfi.display_name == name]

    def whole_codes(self, name: str):
        return [c for c in self.tier.history if c.osr_offset is None and c.sfi.display_name == name]

    def deopts(self):
        return [(e.function_name, e.reason, e.code_symbol) for e in self.tier.deoptimizer.events]


def loop_headers(sfi) -> set[int]:
    """Bytecode offsets that some JumpLoop jumps back to."""
    return {ins[1] for ins in sfi.code if sfi_op_name(ins) == "JumpLoop"}


def sfi_op_name(ins) -> str:
    from interpreter.bytecodes import BYTECODES
    return BYTECODES[ins[0]].name


def test_top_level_loop_is_entered_through_osr():
    r = OsrRun("122_osr_top_level_loop.js")
    assert r.stdout == r.expected
    codes = r.osr_codes("<script>")
    assert codes, "the script's hot loop was never OSR-compiled"
    script = codes[0].sfi
    assert script.is_script and script.invocations <= 1   # the script ran once: no whole-function tier-up
    assert {c.osr_offset for c in codes} <= loop_headers(script)
    assert r.tier.stats.osr_entries >= len({c.osr_offset for c in codes})
    # `sum + i * i` leaves the int32 range before `| 0` wraps it: an overflow guard fails
    # inside the OSR code.
    assert ("<script>", "overflow", codes[0].symbol) in r.deopts()


def test_kernel_in_a_function_called_once_runs_optimized():
    r = OsrRun("123_osr_single_call_kernel.js")
    assert r.stdout == r.expected
    (code,) = r.osr_codes("mandelbrot")
    assert r.whole_codes("mandelbrot") == []
    assert code.sfi.invocations == 1
    # The hot loop is the innermost one (the escape-time iteration), and the code stayed linked.
    assert code.osr_offset == max(loop_headers(code.sfi))
    assert not code.unlinked
    assert r.deopts() == []
    assert r.tier.stats.osr_entries == 1


def test_type_changes_deopt_out_of_osr_code_into_the_same_invocation():
    r = OsrRun("124_osr_type_change.js", trace_deopt=True)
    assert r.stdout == r.expected
    reasons = {(fn, reason) for fn, reason, symbol in r.deopts() if "_osr" in symbol}
    assert ("<script>", "not an int32") in reasons      # int32 accumulator becomes a double
    assert ("<script>", "wrong map") in reasons         # a second map at the property site
    assert ("fill", "not an int32") in reasons          # array elements become doubles
    # The trace names the OSR code it left and where the interpreter resumed.
    assert re.search(r"\[deopt\] <script>: deopt id \d+, reason: wrong map, at bytecode offset \d+ "
                     r"\(GetNamedProperty\) in js_script_\w+_osr\d+", r.stderr)
    # After each deopt the loop got hot again and was re-entered through fresh OSR code.
    script_codes = r.osr_codes("<script>")
    assert len(script_codes) >= 3
    assert len({c.symbol for c in script_codes}) == len(script_codes)


def test_nested_loops_enter_at_the_inner_loop_and_finish_the_outer_one():
    r = OsrRun("125_osr_nested_loops.js")
    assert r.stdout == r.expected
    grid = r.osr_codes("grid")
    inner = max(loop_headers(grid[0].sfi))
    assert {c.osr_offset for c in grid} == {inner}
    # The last variant, compiled once the outer loop's tail had feedback, ran to the end.
    assert not grid[-1].unlinked


def test_osr_code_is_cached_per_loop_and_reused_by_later_invocations():
    # `again` is called twice and its loop gets hot in both calls. With the whole-function
    # threshold out of reach, the second call enters the OSR code the first one compiled.
    r = OsrRun("125_osr_nested_loops.js", threshold=100_000, osr_threshold=200)
    assert r.stdout == r.expected
    assert r.whole_codes("again") == []
    last = r.osr_codes("again")[-1]
    assert last.osr_entries == 2 and not last.unlinked
    assert r.tier.osr_codes[(last.sfi.id, last.osr_offset)] is last


def test_a_deopt_loop_in_osr_code_stops_at_the_limit():
    source = JS / "124_osr_type_change.js"
    r = OsrRun(source.name, osr_threshold=1, max_deopts=2)
    assert r.stdout == r.expected
    assert any("too many deopts" in reason for reason in r.tier.disabled.values())


def test_osr_threshold_flag_and_trace():
    done = subprocess.run([sys.executable, "-m", "cli", "run", "--no-concurrent-recompilation", "--osr-threshold", "5", "--trace-opt", "--stats",
                           "tests/js/123_osr_single_call_kernel.js"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0
    assert done.stdout == (JS / "123_osr_single_call_kernel.out").read_text()
    assert re.search(r"\[opt\] OSR-compiled \(loop at bytecode \d+\) mandelbrot as \w+_osr\d+ "
                     r"\(invocations 1, back edges 5\)", done.stderr)
    assert re.search(r"\[opt\] OSR entry into mandelbrot at loop bytecode \d+", done.stderr)
    assert re.search(r"\[stats\] OSR entries: [1-9]", done.stderr)


def test_dumps_show_osr_variants():
    done = subprocess.run([sys.executable, "-m", "cli", "dump-stackmaps", "tests/js/123_osr_single_call_kernel.js"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert re.search(r"^js_mandelbrot_\w+_osr\d+ \(mandelbrot\): \d+ stack map records", done.stdout, re.M)
    done = subprocess.run([sys.executable, "-m", "cli", "dump-ir", "--optimized-only",
                           "tests/js/122_osr_top_level_loop.js"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert re.search(r"^; ---- js_script_\w+_osr\d+: IR after", done.stdout, re.M)


def test_a_negative_zero_operand_does_not_make_a_deopt_loop():
    # `c += cond ? f : -f` adds -0 now and then: once the feedback says "number" after the
    # first deopt, the re-entered OSR code holds, instead of deopting up to the limit.
    r = OsrRun("147_jit_negative_zero_operand.js")
    assert r.stdout == r.expected
    assert len(r.deopts()) <= 2
    assert not r.tier.disabled


def test_dead_registers_at_the_header_are_not_checked_at_osr_entry():
    # Before: the inner loop's OSR prologue compared the call temporaries with the constants
    # the analysis saw on the way in; every later entry deopted ("unsupported value kind") and
    # the same code was compiled again, up to the deopt limit.
    r = OsrRun("149_osr_dead_temporaries.js", stress=True)
    assert r.stdout == r.expected
    assert not [d for d in r.deopts() if d[1] == "unsupported value kind"]
    assert len(r.osr_codes("<script>")) <= 3
    assert not r.tier.disabled
