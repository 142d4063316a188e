"""Concurrent recompilation (V8's concurrent TurboFan): the lowering reads feedback on the main
thread, LLVM works on the compile thread while the interpreter keeps running, and the code is
installed at a later call or back edge, or discarded when its function changed meanwhile.

The compile thread is held back by the tests at will (an event its job waits for), so what
happens while a compile is in flight is deterministic.
"""
from __future__ import annotations

import contextlib
import io
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import cli
from interpreter.isolate import Isolate
from llvm_tier.tierup import install_tier

ROOT = Path(__file__).resolve().parents[2]


class Held:
    """An isolate whose compile thread waits for `release()` before each compile."""

    def __init__(self, only=lambda job: True, **options):
        self.out: list[str] = []
        self.err = io.StringIO()
        self.iso = Isolate(write=self.out.append)
        self.tier = install_tier(self.iso, concurrent=True, trace_opt=True, **options)
        self.gate = threading.Event()
        real = self.tier.compile_job

        def held(job, symbols):
            if only(job):
                self.gate.wait(60)
            real(job, symbols)

        self.tier.compile_job = held

    def run(self, source: str) -> "Held":
        with contextlib.redirect_stderr(self.err):
            cli.run_in_big_stack(lambda: self.iso.run(textwrap.dedent(source)))
        return self

    def release(self) -> None:
        self.gate.set()
        for job in list(self.tier.in_flight.values()):
            job.future.result(60)

    @property
    def stdout(self) -> str:
        return "".join(self.out)

    def codes(self, name: str):
        return [c for c in self.tier.history if c.sfi.name == name]


def test_code_is_installed_at_a_later_call_and_the_interpreter_runs_meanwhile():
    r = Held(threshold=20).run("""
        function sq(x) { return x * x; }
        var s = 0;
        for (var i = 0; i < 100; i++) s += sq(i);
        console.log(s);
    """)
    sfi = [f for f in r.iso.functions if f.name == "sq"][0]
    # queued at its 20th call; the other 80 ran in the interpreter while LLVM was held back
    assert r.stdout == "328350\n" and sfi.optimized is None and r.codes("sq") == []
    assert "[opt] queued sq as js_sq_" in r.err.getvalue()
    r.release()
    r.run("console.log(sq(12));")       # the next call installs the finished code, then runs it
    assert r.stdout == "328350\n144\n"
    (code,) = r.codes("sq")
    assert sfi.optimized is code and r.tier.stats.queued >= 1
    assert "(compiled concurrently, installed now)" in r.err.getvalue()


def test_code_whose_prototype_assumption_broke_in_flight_is_discarded():
    r = Held(threshold=20).run("""
        class A { get v() { return 1; } }
        const a = new A();
        function read(o) { return o.v; }
        var s = 0;
        for (var i = 0; i < 50; i++) s += read(a);
        console.log(s);
    """)
    assert r.stdout == "50\n" and r.tier.in_flight
    # while read's code compiles (relying on A.prototype's getter), the getter is replaced
    r.run("Object.defineProperty(A.prototype, 'v', { get() { return 2; } });")
    r.release()
    r.run("console.log(read(a), read(a));")
    assert r.stdout == "50\n2 2\n"
    assert r.tier.stats.discarded >= 1 and r.codes("read") == []
    assert "[opt] discarded js_read_" in r.err.getvalue()
    assert "a prototype chain it relies on changed while it compiled" in r.err.getvalue()


def test_code_folding_a_global_reassigned_in_flight_is_discarded():
    r = Held(threshold=20, only=lambda job: job.sfi.name == "scale").run("""
        var FACTOR = 3;
        function scale(x) { return x * FACTOR; }
        var s = 0;
        for (var i = 0; i < 50; i++) s += scale(i);
        console.log(s);
    """)
    assert r.stdout == "3675\n" and r.tier.in_flight
    # scale's code folds FACTOR (a constant cell); it is reassigned before the code is installed
    r.run("FACTOR = 4;")
    r.release()
    r.run("console.log(scale(10));")
    assert r.stdout == "3675\n40\n"
    assert r.codes("scale") == [] and r.tier.stats.discarded >= 1
    assert "global FACTOR, a constant it relies on, changed while it compiled" in r.err.getvalue()


def test_code_of_a_function_that_deopted_while_it_compiled_is_discarded():
    # only whole-function compiles wait for the gate; OSR code compiles freely
    r = Held(threshold=2, osr_threshold=10, only=lambda job: job.osr_offset is None)
    r.run("""
        function f(o, n) { var s = 0; for (var i = 0; i < n; i++) s += o.x; return s; }
        console.log(f({ x: 1 }, 200));    // the loop's OSR code is queued
    """)
    for osr in list(r.tier.in_flight.values()):
        osr.future.result(60)
    # 2nd call: the OSR code is installed (and entered by the loop); f's whole-function code is
    # queued and held
    r.run("console.log(f({ x: 1 }, 200));")
    sfi = [f for f in r.iso.functions if f.name == "f"][0]
    (job,) = r.tier.in_flight.values()
    assert r.tier.stats.osr_entries >= 1
    assert job.osr_offset is None and sfi.deopt_count == 0
    # f runs in the interpreter meanwhile; its loop's OSR code meets another shape and deopts
    r.run("console.log(f({ y: 0, x: 2 }, 200));")
    assert sfi.deopt_count == 1
    r.release()
    r.run("console.log(f({ x: 3 }, 2));")  # a safe point: the finished code is discarded
    assert r.stdout == "200\n200\n400\n6\n"
    assert r.tier.stats.discarded == 1
    assert job.lowered.symbol not in [c.symbol for c in r.tier.history]
    assert "the function deopted while it compiled" in r.err.getvalue()


def test_exit_with_compiles_in_flight_is_clean():
    script = """
        function f(x) { return x + 1; }
        function g(x) { return f(x) * 2; }
        for (var i = 0; i < 1500; i++) g(i);
        console.log("done");
    """
    r = subprocess.run([sys.executable, "-m", "cli", "run", "--opt-threshold", "1000", "-e", script], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert (r.returncode, r.stdout, r.stderr) == (0, "done\n", "")


def test_no_concurrent_recompilation_flag_compiles_on_the_main_thread():
    r = subprocess.run([sys.executable, "-m", "cli", "run", "--no-concurrent-recompilation", "--opt-threshold",
                        "10", "--trace-opt", "-e", "function f(x) { return x; } for (var i = 0; i < 20; i++) f(i);"],
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0
    assert "[opt] optimized f as js_f_" in r.stderr and "queued" not in r.stderr


def test_the_interpreter_shares_the_gil_quickly_only_while_a_compile_is_in_flight():
    # The compile thread needs the GIL after every call into LLVM: while a compile is in flight
    # the interpreter hands it over within COMPILE_SWITCH_INTERVAL, then the process's own
    # interval comes back.
    from llvm_tier.tierup import COMPILE_SWITCH_INTERVAL
    before = sys.getswitchinterval()
    r = Held(threshold=20).run("""
        function sq(x) { return x * x; }
        var s = 0;
        for (var i = 0; i < 100; i++) s += sq(i);
    """)
    assert r.tier.in_flight and abs(sys.getswitchinterval() - COMPILE_SWITCH_INTERVAL) < 1e-6
    r.release()
    r.run("s += sq(3);")          # a call: a safe point, where the finished code is installed
    assert not r.tier.in_flight and abs(sys.getswitchinterval() - before) < 1e-6
    assert r.codes("sq")


def test_entering_optimized_code_keeps_the_gil():
    # A call into machine code that released the GIL would restart the compile thread's wait for
    # it at every entry; a program entering optimized code often starved the compile thread (a
    # 50 ms compile took 1.9 s). ctypes keeps the GIL only for functions of PYFUNCTYPE's flag.
    import ctypes
    r = Held(threshold=5).run("""
        function sq(x) { return x * x; }
        for (var i = 0; i < 10; i++) sq(i);
    """)
    r.release()
    r.run("sq(3);")
    (code,) = r.codes("sq")
    assert code.entry._flags_ & ctypes._FUNCFLAG_PYTHONAPI
