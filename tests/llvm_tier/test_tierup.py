"""Tier-up policy and the life of optimized code, observed from outside: when functions get
optimized, what happens at deopt loops, exceptions and deep recursion across tiers, direct
optimized-to-optimized calls, when unlinked code is released, and what the CLI flags do.

Behaviour only, never timing. In-process runs inspect the TierManager; CLI runs (subprocess)
check what a user sees, and that a crash is a failed test rather than a dead suite.
"""
from __future__ import annotations

import contextlib
import functools
import io
import re
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

import pytest

import cli
from interpreter.errors import JSThrow
from interpreter.isolate import Isolate
from llvm_tier.lower_calls import InliningOptions
from llvm_tier.tierup import install_tier

ROOT = Path(__file__).resolve().parents[2]
RANGE_ERROR = "Uncaught RangeError: Maximum call stack size exceeded\n"


class Run:
    """An isolate with the tier installed, whole-function compiles and deopt-time state recorded.

    Scripts can be run one after another in the same isolate (globals persist), which keeps a
    deopting call out of any OSR-compiled script loop when a test needs that.
    """

    def __init__(self, inline: bool = True, **options):
        self.out: list[str] = []
        options["inlining"] = InliningOptions(enabled=inline)
        self.iso = Isolate(write=self.out.append)
        self.tier = install_tier(self.iso, **options)
        self.compiled: list[tuple[str, int, int]] = []   # (name, invocations, back edges)
        self.at_deopt: list[dict] = []
        self.releases: list[dict] = []
        tier = self.tier
        optimize, on_deopt, release = tier.optimize, tier.deoptimizer.on_deopt, tier.release_unlinked

        def observed_optimize(sfi, *args, **kwargs):
            if not args and kwargs.get("osr_offset") is None:
                self.compiled.append((sfi.name, sfi.invocations, sfi.back_edges))
            return optimize(sfi, *args, **kwargs)

        def observed_on_deopt(code, point):
            on_deopt(code, point)
            self.at_deopt.append({"function": code.sfi.name, "active": tier.active,
                                  "released": code.compiled.released, "symbol": code.symbol})

        def observed_release():
            self.releases.append({"active": tier.active, "symbols": [c.symbol for c in tier.unlinked]})
            release()

        tier.optimize = observed_optimize
        tier.deoptimizer.on_deopt = observed_on_deopt
        tier.release_unlinked = observed_release
        self.stderr = ""
        self.error: JSThrow | None = None

    def run(self, source: str) -> "Run":
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            try:
                cli.run_in_big_stack(lambda: self.iso.run(textwrap.dedent(source)))
            except JSThrow as e:
                self.error = e
        self.stderr += err.getvalue()
        return self

    @property
    def stdout(self) -> str:
        return "".join(self.out)

    def sfi(self, name: str):
        (sfi,) = [f for f in self.iso.functions if f.name == name and f.native is None]
        return sfi

    def codes(self, name: str):
        """Whole-function optimized codes of a function (OSR codes aside), in compile order."""
        return [c for c in self.tier.history if c.sfi.name == name and getattr(c, "osr_offset", None) is None]

    def events(self, name: str):
        return [e for e in self.tier.deoptimizer.events if e.function_name == name]

    def assert_clean(self):
        """Nothing left over from optimized frames: depth counters, activations, pending exceptions."""
        assert self.tier.depth_cell.value == 0
        assert self.iso.interpreter.depth == 0
        assert self.tier.active == 0
        assert self.tier.unlinked == []
        assert self.tier.pending is None and self.tier.deoptimizer.pending is None


@functools.lru_cache(maxsize=None)
def bailout(*args: str) -> subprocess.CompletedProcess:
    """`bailout ARGS` in a subprocess (cached: several tests look at the same run)."""
    return subprocess.run([sys.executable, "-m", "cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=180)


# ---- when functions are optimized ------------------------------------------------------------

CALL_F = """
function f(x) {{ return x + 1; }}
var s = 0;
for (var i = 0; i < {n}; i++) s = f(s);
console.log(s);
"""


def test_not_optimized_below_the_invocation_threshold():
    r = Run(threshold=20).run(CALL_F.format(n=19))
    assert r.stdout == "19\n"
    assert r.codes("f") == [] and r.compiled == []


def test_optimized_at_the_invocation_threshold():
    r = Run(threshold=20).run(CALL_F.format(n=25))
    assert r.stdout == "25\n"
    assert r.compiled == [("f", 20, 0)]
    (code,) = r.codes("f")
    assert r.sfi("f").optimized is code and r.tier.code_table[r.sfi("f").id] == code.address


def test_hot_loop_without_osr_code_optimizes_the_function_at_its_second_call():
    # no OSR (its threshold is out of reach): the loop's back edges made the function hot during
    # the first call; the whole function is compiled when it is entered again
    r = Run(threshold=50, osr_threshold=10**9).run("""
        function hot(n) { var s = 0; for (var i = 0; i < n; i++) s += i; return s; }
        console.log(hot(100));
        console.log(hot(100));
    """)
    assert r.stdout == "4950\n4950\n"
    ((name, invocations, back_edges),) = r.compiled
    assert (name, invocations) == ("hot", 2) and back_edges >= 50
    assert r.sfi("hot").invocations == 2


def test_hot_loop_with_osr_code_is_not_compiled_twice():
    # The loop's OSR code serves later calls (entered at the loop's first back edge), so its back
    # edges do not make the function compiled a second time; its calls still can (threshold 50).
    r = Run(threshold=50).run("""
        function hot(n) { var s = 0; for (var i = 0; i < n; i++) s += i; return s; }
        for (var k = 0; k < 10; k++) console.log(hot(100));
    """)
    assert r.stdout == "4950\n" * 10
    assert r.compiled == []
    ((key, code),) = [(k, c) for k, c in r.tier.osr_codes.items() if c.sfi.name == "hot"]
    assert code.osr_entries >= 9         # every call after the first ran its loop in OSR code
    r.run("for (var k = 0; k < 60; k++) hot(3);")
    assert [name for name, _, _ in r.compiled] == ["hot"]


def test_stress_opt_optimizes_at_the_first_call():
    r = Run(stress=True).run("""
        function f(x) { return x * 2; }
        function g(x) { return x; }
        console.log(f(21));
    """)
    assert r.stdout == "42\n"
    assert r.compiled == [("f", 1, 0)]          # g never ran: never compiled


def test_cli_opt_threshold():
    code = "function f(x) { return x + 1; } var s = 0; for (var i = 0; i < 10; i++) s = f(s); console.log(s);"
    r = bailout("run", "--no-concurrent-recompilation", "--opt-threshold", "7", "--trace-opt", "-e", code)
    assert r.returncode == 0 and r.stdout == "10\n"
    assert re.search(r"^\[opt\] optimized f as js_f_\d+_v\d+ \(invocations 7, back edges 0\)", r.stderr, re.M)
    r = bailout("run", "--no-concurrent-recompilation", "--opt-threshold", "11", "--trace-opt", "-e", code)
    assert r.returncode == 0 and r.stdout == "10\n"
    assert "[opt] optimized f " not in r.stderr


def test_jitless_never_loads_llvm():
    probe = textwrap.dedent("""
        import sys
        import cli
        try:
            cli.main(["run", "--jitless", "--stats", "-e", "function f(x) { return x + 1; }"
                      "for (var i = 0; i < 3000; i++) f(i); console.log(f(1));"], standalone_mode=False)
        except SystemExit as e:
            assert not e.code, e.code
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("llvmlite", "llvm_tier", "deopt", "stackmaps"))
        print("loaded:", loaded)
    """)
    r = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "2\nloaded: []\n"
    assert "[stats] interpreter only" in r.stderr


# ---- deopt loops -----------------------------------------------------------------------------

# f sees a new shape at one of its two loads in each phase: each phase deopts the code the
# previous phase produced (4 maps per site, then megamorphic), more deopts than the limit.
SHAPES = """
function f(o, p) { return o.x + p.y; }
var os = [{ x: 1 }, { a: 0, x: 2 }, { b: 0, x: 3 }, { c: 0, x: 4 }, { d: 0, x: 5 }];
var ps = [{ y: 10 }, { a: 0, y: 20 }, { b: 0, y: 30 }, { c: 0, y: 40 }, { d: 0, y: 50 }];
var s = 0;
for (var phase = 0; phase < 10; phase++) {
  var o = os[phase < 5 ? phase : 4], p = ps[phase < 5 ? 0 : phase - 5];
  for (var i = 0; i < 60; i++) s += f(o, p);
}
console.log(s);
"""
SHAPES_OUT = "14400\n"   # node


@pytest.mark.parametrize("max_deopts", [3, 8])
def test_deopt_loop_protection(max_deopts):
    # (without inlining, so every deopt is in f's own code)
    r = Run(threshold=50, max_deopts=max_deopts, inline=False).run(SHAPES)
    assert r.stdout == SHAPES_OUT
    sfi = r.sfi("f")
    assert r.tier.disabled[sfi.id] == f"too many deopts ({max_deopts})"
    assert r.tier.stats.failed[f"too many deopts ({max_deopts})"] >= 1
    assert [e.reason for e in r.events("f")] == ["wrong map"] * max_deopts
    # every compile deopted once, and none followed the last deopt
    assert len(r.codes("f")) == max_deopts
    assert all(c.unlinked and c.compiled.released for c in r.codes("f"))
    assert sfi.optimized is None and r.tier.code_table[sfi.id] == 0
    r.assert_clean()


@pytest.mark.parametrize("key", ["-1", "1.5"])
def test_non_index_keyed_store_does_not_deopt_loop(key):
    r = Run(threshold=50).run(f"""
        function put(a, i, v) {{ a[i] = v; }}
        var arr = [1, 2, 3];
        for (var k = 0; k < 1000; k++) put(arr, {key}, k);
        console.log(arr[{key}]);
    """)
    assert r.stdout == "999\n"
    assert len(r.events("put")) <= 1
    assert r.sfi("put").id not in r.tier.disabled


# ---- exceptions across tiers -------------------------------------------------------------------

RESUMED_THROWS = """
function f(o) { return o.x.y; }
var s = 0;
for (var i = 0; i < 100; i++) s += f({ x: { y: i } });
console.log(s);
console.log(f({ z: 1, x: 3 }));
console.log(f({ z: 1 }));
console.log("unreachable");
"""


def test_exception_in_a_resumed_frame_cli():
    r = bailout("run", "--no-concurrent-recompilation", "--opt-threshold", "50", "--trace-deopt", "-e", RESUMED_THROWS)
    assert r.returncode == 1
    assert r.stdout == "4950\nundefined\n"
    assert re.search(r"^\[deopt\] f: deopt id \d+, reason: wrong map", r.stderr, re.M)
    assert r.stderr.endswith("Uncaught TypeError: Cannot read properties of undefined (reading 'y')\n")


def test_exception_in_a_resumed_frame_in_process():
    r = Run(threshold=50).run(RESUMED_THROWS)
    assert r.stdout == "4950\nundefined\n"
    assert r.error is not None and r.error.format() == (
        "Uncaught TypeError: Cannot read properties of undefined (reading 'y')")
    assert [e.reason for e in r.events("f")] == ["wrong map"]
    r.assert_clean()


def test_exception_in_an_interpreter_callee_of_optimized_code():
    r = Run(threshold=50, inline=False).run("""
        function h(o) { return o.p.q; }
        function g(o, k) { if (k % 40 == 0) return h(o); return k; }
        var s = 0;
        for (var i = 0; i < 300; i++) s += g({ p: { q: 1 } }, i);
        console.log(s);
    """)
    # h ran 8 times: it stays in the interpreter, called from g's optimized code
    assert r.stdout == "43738\n"
    assert len(r.codes("g")) == 1 and r.codes("h") == []
    r.run("g(null, 40);\nconsole.log('unreachable');")
    assert r.stdout == "43738\n"
    assert r.error.format() == "Uncaught TypeError: Cannot read properties of null (reading 'p')"
    # the exception unwound optimized g without deoptimizing it
    assert r.events("g") == [] and r.events("h") == []
    assert r.sfi("g").optimized is r.codes("g")[0]
    r.assert_clean()
    # and the isolate is still usable, through the same optimized code
    r.error = None
    r.run("console.log(g({ p: { q: 5 } }, 80));")
    assert r.error is None and r.stdout == "43738\n5\n"


# ---- deep recursion ----------------------------------------------------------------------------

RECURSION = """
function r(n) { if (n == 0) return 0; return 1 + r(n - 1); }
var s = 0;
for (var i = 0; i < 300; i++) s += r(10);
console.log(s);
console.log(r(5000));
console.log(r(1000000));
"""


@pytest.mark.parametrize("mode", [["--jitless"], [], ["--stress-opt"]], ids=["jitless", "default", "stress"])
def test_deep_recursion_is_a_range_error(mode):
    r = bailout("run", "--opt-threshold", "50", *mode, "-e", RECURSION)
    assert r.returncode == 1, r.stderr[-2000:]     # a crash would be a negative signal number
    assert r.stdout == "3000\n5000\n"
    assert r.stderr == RANGE_ERROR


def test_deep_recursion_alternating_optimized_and_interpreted_frames():
    r = Run(threshold=50, inline=False).run("""
        function a(n) { if (n <= 0) return 0; return b(n - 1) + 1; }
        function b(n) { return a(n); }
        for (var i = 0; i < 200; i++) a(4);
    """)
    assert r.codes("a") and r.codes("b")
    # keep b in the interpreter from now on: every other frame of the recursion is interpreted
    r.tier.disabled[r.sfi("b").id] = "kept in the interpreter by the test"
    r.sfi("b").optimized = None
    r.tier.code_table[r.sfi("b").id] = 0
    r.run("console.log(a(3000));")
    assert r.error is None and r.stdout == "3000\n"
    r.run("console.log(a(1000000));")
    assert r.error.format() == RANGE_ERROR.strip()
    r.assert_clean()
    r.error = None
    r.run("console.log(a(3000));")     # the depth counters were restored by the unwinding
    assert r.error is None and r.stdout == "3000\n3000\n"


# ---- optimized code calling optimized code ---------------------------------------------------

def test_optimized_caller_gets_the_deopted_callees_value():
    r = Run(threshold=50, inline=False).run("""
        function inner(o) { return o.x; }
        function outer(o) { return inner(o) + 1; }
        function P(x) { this.x = x; }
        var s = 0;
        for (var i = 0; i < 300; i++) s += outer(new P(i));
        console.log(s);
    """)
    (inner,), (outer,) = r.codes("inner"), r.codes("outer")
    # outer calls inner's code directly, through the code table
    assert re.search(r"call preserve_nonecc i64 %[\w.]+\(", outer.compiled.ir)
    r.run("console.log(outer({ y: 0, x: 41 }));\nconsole.log(outer(new P(1)));")
    assert r.error is None
    assert r.stdout == "45150\n42\n2\n"
    (event,) = r.events("inner")
    assert event.reason == "wrong map" and event.result == 41
    assert r.events("outer") == []
    # inner deopted under outer's activation only: outer reached it directly, not via the runtime
    (seen,) = [d for d in r.at_deopt if d["function"] == "inner"]
    assert seen["active"] == 1 and not seen["released"]
    assert r.sfi("outer").optimized is outer and not outer.unlinked
    assert r.sfi("inner").optimized is None and inner.compiled.released
    r.assert_clean()


def test_unlinked_code_is_released_after_the_outermost_activation_returns():
    r = Run(threshold=50).run("""
        function rec(n, o) { if (n == 0) return o.x; return rec(n - 1, o) + 1; }
        function P(x) { this.x = x; }
        var s = 0;
        for (var i = 0; i < 300; i++) s += rec(5, new P(i));
        console.log(s);
    """)
    (code,) = r.codes("rec")
    r.releases.clear()
    # the deepest of 9001 activations of rec's code deopts; 9000 still have to return through it
    r.run("console.log(rec(9000, { y: 1, x: 5 }));")
    assert r.error is None and r.stdout == "46350\n9005\n"
    (seen,) = [d for d in r.at_deopt if d["function"] == "rec"]
    assert seen["symbol"] == code.symbol and not seen["released"]
    assert seen["active"] >= 1
    assert code.compiled.released
    released = [x for x in r.releases if code.symbol in x["symbols"]]
    assert len(released) == 1 and released[0]["active"] == 0
    assert all(x["active"] == 0 for x in r.releases)
    r.assert_clean()


# ---- CLI: --stats, and traces never touch stdout -----------------------------------------------

# (compiling synchronously: what gets compiled and when does not depend on the compile thread)
TRACE_FLAGS = ("--no-concurrent-recompilation", "--trace-opt", "--trace-deopt", "--stats")
SCRIPTS = {"getx": "examples/getx.js", "throws": RESUMED_THROWS, "shapes": SHAPES}


def script_args(name: str) -> tuple[str, ...]:
    s = SCRIPTS[name]
    return ("-e", s) if "\n" in s else (s,)


def test_stats_lists_compiles_and_deopts_by_reason():
    r = bailout("run", "--opt-threshold", "50", "--no-inlining", *TRACE_FLAGS, *script_args("shapes"))
    assert r.returncode == 0 and r.stdout == SHAPES_OUT
    stats = [line for line in r.stderr.splitlines() if line.startswith("[stats]")]
    compiles = int(re.fullmatch(r"\[stats\] optimized compiles: (\d+) \(\d+ of them OSR\)", stats[0]).group(1))
    assert compiles == r.stderr.count("[opt] optimized ") + r.stderr.count("[opt] OSR-compiled ")
    assert compiles >= 8
    total = int(next(re.fullmatch(r"\[stats\] deopts: (\d+) \(\d+ eager, \d+ lazy\)", s).group(1) for s in stats
                     if s.startswith("[stats] deopts:")))
    by_reason = {m.group(1): int(m.group(2)) for m in
                 (re.fullmatch(r"\[stats\]   (.+): (\d+)", s) for s in stats) if m}
    assert by_reason["wrong map"] == 8
    traced_deopts = re.findall(r"^\[deopt\] \S+: deopt id \d+, reason: ([^,]+),", r.stderr, re.M)
    assert sum(by_reason.values()) == total == len(traced_deopts)
    assert Counter(traced_deopts) == by_reason
    assert "[stats] not optimized (too many deopts (8)): 1" in stats


@pytest.mark.parametrize("name", SCRIPTS)
def test_traces_do_not_change_stdout(name):
    traced = bailout("run", "--opt-threshold", "50", *TRACE_FLAGS, *script_args(name))
    plain = bailout("run", "--no-concurrent-recompilation", "--opt-threshold", "50", *script_args(name))
    assert "[opt]" in traced.stderr and "[deopt]" in traced.stderr
    assert "[" not in plain.stdout and plain.stdout
    assert traced.stdout == plain.stdout
    assert traced.returncode == plain.returncode
    # what the plain run printed on stderr (an uncaught error) is there too, among the traces
    traced_lines = traced.stderr.splitlines()
    assert all(line in traced_lines for line in plain.stderr.splitlines())


def test_trace_deopt_of_a_frame_holding_a_saved_context():
    r = Run(threshold=50, trace_deopt=True).run("""
        function f(o) { let c = 1; function g() { return c; } return o.x + g(); }
        for (var i = 0; i < 100; i++) f({ x: 1 });
        console.log(f({ y: 1, x: 2 }));
    """)
    assert r.stdout == "3\n"
    assert "[deopt] f: deopt id" in r.stderr


def test_stats_and_trace_opt_split_compile_time_by_phase():
    """--stats sums each compile phase (the lowering, then LLVM's), --trace-opt shows them per compile."""
    source = "function f(x) { return x + 1; } let s = 0; for (let i = 0; i < 2000; i++) s = f(s); console.log(s);"
    r = subprocess.run([sys.executable, "-m", "cli", "run", "--no-concurrent-recompilation", "--stats",
                        "--trace-opt", "--opt-threshold", "100", "-e", source],
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and r.stdout == "2000\n"
    assert re.search(r"\[stats\]   per compile: median [\d.]+ ms, max [\d.]+ ms", r.stderr)
    split = re.search(r"\[stats\]   by phase, ms: (.*)", r.stderr).group(1)
    assert [p.split()[0] for p in split.split(", ")] == [
        "lowering", "parse", "verify", "passes", "print_ir", "abi_check", "emit_object", "stackmap", "link"]
    assert re.search(r"\[opt\]   compile phases, ms: lowering [\d.]+, parse [\d.]+, .* link [\d.]+", r.stderr)
