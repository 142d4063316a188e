"""Tier-up policy and optimized code objects: when to optimize, how to enter the code, what a deopt unlinks.

The isolate is given a `TierManager` as its tier-up hook. The interpreter
calls `on_invocation` before running a function and `on_back_edge` from
loops; once a function is hot (invocations or back edges past the
threshold) it is lowered with its current feedback, compiled, and entered
through its C entry wrapper from then on. Optimized callers reach it through
the code table, one word per function, so unlinking (zeroing the word and
dropping `sfi.optimized`) takes effect everywhere at once. Unlinked code is
released only when no optimized activation can be on the machine stack.
Every decision is recorded in the tier's event log (events.py), from which
--trace-opt, --trace-deopt and `bailout report` render.

Nothing of LLVM is loaded until the first compile, and little of the tier:
the lowering, the runtime entries, the deoptimizer (with the stack map
parser) and the compile thread are made by the first compile (or a first
use); the JIT (jit.py, which loads llvmlite's shared library, creates the
target machine and the LLJIT and links the deopt stub) and the caching arena
allocator (arena.py, compiled by LLVM) by the first compile, on whichever
thread runs it. A program whose functions never get hot never pays for them
(about 70 MB and 0.1 s); one that does pays on the compile thread when
compiles are concurrent.
"""
from __future__ import annotations

import ctypes
import itertools
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

from interpreter.builtins import inspect as insp
from interpreter.builtins.views import to_view
from interpreter.objects.maps import InstanceType
from interpreter.objects.values import EXCEPTION_BITS, POINTER_BITS

from .gc_roots import NativeRoots
from .analysis import takes_argument_list
from .events import (CodeInstalled, CodeMarked, CompileDiscarded, CompileStarted, EventLog, OptimizationDisabled,
                     OSREntered, OSRUnsupported, TextTrace)
from .lower_calls import ARGUMENT_LIST, InliningOptions
from .pipeline import PIPELINE

CODE_TABLE_SIZE = 1 << 16
# How soon (seconds) the interpreter gives the GIL to the compile thread while a compile is in
# flight (TierUp.share_the_gil); CPython's default is 5 ms.
COMPILE_SWITCH_INTERVAL = 0.0002
# The entry keeps the GIL (PYFUNCTYPE, not CFUNCTYPE): optimized code runs JS, never blocks, and its
# runtime entries call back into Python. Releasing the GIL at every entry cost a GIL hand-off per
# call back in, and it starved the compile thread: each release and re-take restarts the wait of a
# thread asking for the GIL, so a program entering optimized code every few microseconds never
# let it ask. Towers compiled moveDisks in 1.9 s of wall time instead of 50 ms
# (docs/tiers.md, "The compile thread and the GIL"). entry(fn, this, argc, argv): argv holds the
# arguments (or the OSR frame).
_ENTRY_TYPE = ctypes.PYFUNCTYPE(ctypes.c_uint64, ctypes.c_uint64, ctypes.c_uint64, ctypes.c_uint64,
                               ctypes.c_void_p)


@dataclass
class TierOptions:
    threshold: int = 1000          # invocations or loop back edges before a function is optimized
    osr_threshold: int | None = None   # back edges before a running loop is entered through OSR
                                       # (None: the same as threshold)
    stress: bool = False           # optimize at the first call, re-optimize after every deopt
    max_deopts: int = 8            # deopt-loop protection: stop optimizing a function after this many
    trace_opt: bool = False
    trace_deopt: bool = False
    inlining: InliningOptions = field(default_factory=InliningOptions)
    # Remove allocations whose objects never leave optimized code (lower_escape.py); off with
    # --no-escape-analysis (V8's --no-turbo-escape).
    escape_analysis: bool = True
    # Compile on a background thread (V8's concurrent recompilation); --stress-opt compiles
    # synchronously, so every first call runs optimized code.
    concurrent: bool = False
    # The IR passes of every compile (pipeline.py); None: LLVM's default -O2 pipeline.
    passes: tuple[str, ...] | None = PIPELINE

    def __post_init__(self):
        if self.stress:
            self.concurrent = False


@dataclass
class TierStats:
    compiles: int = 0
    osr_compiles: int = 0
    queued: int = 0                # compiles handed to the compile thread
    discarded: int = 0             # finished concurrently, but their function changed meanwhile
    main_thread_compile_seconds: float = 0.0
    osr_entries: int = 0
    compile_seconds: float = 0.0
    failed: Counter = field(default_factory=Counter)
    deopts: Counter = field(default_factory=Counter)
    marked: int = 0                # code objects marked for deoptimization (a dependency broke)
    inlined: int = 0               # call sites inlined, over all compiles
    entries: int = 0               # calls from the interpreter (or the runtime) into optimized code
    crossings: Counter = field(default_factory=Counter)   # runtime entry name -> calls from machine code
    arena: object = None           # the caching arena allocator (arena.py), for its counters
    llvm_start_seconds: float = 0.0   # loading LLVM and creating the JIT, at the first compile
    # Wall time inside optimized code entered from the interpreter (including the runtime
    # calls and deopts it makes, which may interpret other functions).
    optimized_seconds: float = 0.0
    # Per installed compile: its lowering plus JIT seconds (for the median), and the sum over all
    # compiles of each phase (lowering in Python, then the JIT's, jit.CompileTimings.PHASES).
    compile_totals: list = field(default_factory=list)
    phase_seconds: Counter = field(default_factory=Counter)

    def add_compile(self, lowering_seconds: float, timings) -> None:
        """Counts one installed compile's phases."""
        self.phase_seconds["lowering"] += lowering_seconds
        for name, seconds in timings.phases().items():
            self.phase_seconds[name] += seconds
        self.compile_totals.append(lowering_seconds + timings.total)

    def lazy_deopts(self) -> int:
        return sum(n for reason, n in self.deopts.items() if reason.startswith("lazy"))

    def eager_deopts(self) -> int:
        return sum(self.deopts.values()) - self.lazy_deopts()

    def report(self, total_seconds: float) -> str:
        lines = [f"[stats] optimized compiles: {self.compiles} ({self.osr_compiles} of them OSR)",
                 f"[stats] concurrent compiles: {self.queued} queued, {self.discarded} discarded",
                 f"[stats] OSR entries: {self.osr_entries}",
                 f"[stats] compile time: {self.compile_seconds * 1000:.1f} ms"
                 + (f" ({self.compile_seconds * 1000 / self.compiles:.1f} ms per function)" if self.compiles else "")
                 + f", {self.main_thread_compile_seconds * 1000:.1f} ms of it on the main thread",
                 *self.phase_lines(),
                 f"[stats] deopts: {sum(self.deopts.values())} ({self.eager_deopts()} eager, "
                 f"{self.lazy_deopts()} lazy)"]
        for reason, n in self.deopts.most_common():
            lines.append(f"[stats]   {reason}: {n}")
        lines.append(f"[stats] code marked for deoptimization (a dependency broke): {self.marked}")
        for reason, n in self.failed.most_common():
            lines.append(f"[stats] not optimized ({reason}): {n}")
        lines.append(f"[stats] inlined call sites: {self.inlined}")
        lines.append(f"[stats] entries into optimized code from the interpreter: {self.entries}")
        by_entry = ", ".join(f"{name} {n}" for name, n in self.crossings.most_common())
        lines.append(f"[stats] runtime-entry crossings from optimized code: {sum(self.crossings.values())}"
                     + (f" ({by_entry})" if by_entry else ""))
        if self.arena is not None:
            a = self.arena.stats()
            lines.append(f"[stats] CPython memory blocks: {a['fresh_maps']} mapped, {a['cache_hits']} reused, "
                         f"{a['unmaps']} unmapped")
        lines.append(f"[stats] LLVM loaded at the first compile in {self.llvm_start_seconds * 1000:.1f} ms"
                     if self.arena is not None else "[stats] LLVM not loaded (nothing compiled)")
        lines.append(f"[stats] time in optimized code: {self.optimized_seconds * 1000:.1f} ms")
        interpreted = total_seconds - self.optimized_seconds - self.main_thread_compile_seconds
        lines.append(f"[stats] time in the interpreter (and start-up): {interpreted * 1000:.1f} ms")
        return "\n".join(lines)

    def phase_lines(self) -> list[str]:
        """Where compile time went: the median compile, then each phase's sum and share."""
        if not self.compile_totals:
            return []
        totals = sorted(self.compile_totals)
        median = totals[len(totals) // 2] if len(totals) % 2 else (
            totals[len(totals) // 2 - 1] + totals[len(totals) // 2]) / 2
        whole = sum(self.phase_seconds.values()) or 1.0
        split = ", ".join(f"{name} {seconds * 1000:.0f} ({100 * seconds / whole:.0f}%)"
                          for name, seconds in self.phase_seconds.items())
        return [f"[stats]   per compile: median {median * 1000:.1f} ms, max {totals[-1] * 1000:.1f} ms",
                f"[stats]   by phase, ms: {split}"]


# Entries into a function's OSR code from later calls after which its back edges make the whole
# function optimized after all (osr_serves).
OSR_ENTRIES_BEFORE_FULL_COMPILE = 32

OSR_POLL = 100   # back edges between two looks for a loop's OSR code compiling in the background


@dataclass
class CompileJob:
    """One compile: lowered on the main thread, compiled on the compile thread or right away."""
    sfi: object
    osr_offset: int | None
    lowering: object
    lowered: object
    deopt_count: int               # the function's deopts when it was lowered (stale if they change)
    lowering_seconds: float
    compiled: object = None
    compile_seconds: float = 0.0
    compile_started: float = 0.0   # perf_counter() when LLVM started on it
    future: object = None          # set when the compile thread has it
    marked: object = None          # the code's "marked for deoptimization" word (a ctypes c_uint64)


class OptimizedCode:
    """One optimized version of a function: its machine code, stack map and DeoptimizationData."""

    def __init__(self, tier, sfi, lowered, compiled, osr_offset: int | None = None, marked_word=None):
        self.tier = tier
        self.sfi = sfi
        self.osr_offset = osr_offset
        self.symbol = lowered.symbol
        self.lowered = lowered
        self.compiled = compiled
        self.deopt_data = lowered.deopt_data
        self.address = compiled.addresses[lowered.symbol]
        self.entry = _ENTRY_TYPE(compiled.addresses[lowered.entry_symbol])
        self.argument_list = takes_argument_list(sfi)
        self.unlinked = False
        self.osr_entries = 0   # interpreter frames that continued in this (OSR) code
        # One native word the code loads after every call that may run JS: nonzero once the
        # code is marked for deoptimization, so its activations deopt lazily (lowering.py).
        self.marked_word = marked_word if marked_word is not None else ctypes.c_uint64(0)
        self.dependencies = list(lowered.dependencies or ())
        self.marked_reason: str | None = None   # which dependency broke

    def call(self, fn: int, this, args: list):
        """Runs the optimized code for a call from the interpreter or the runtime."""
        encode = self.tier.isolate.heap.encode
        n = len(args) if self.argument_list else self.sfi.param_count
        argv = (ctypes.c_uint64 * max(1, n, len(args)))()
        for i in range(min(n, len(args))):
            argv[i] = encode(args[i])
        for i in range(len(args), n):
            argv[i] = encode_undefined
        return self.run(POINTER_BITS | fn, encode(this), len(args), argv)

    def enter(self, fn: int, regs: list, acc, ctx: int):
        """OSR: continues an interpreter frame at this code's loop header; returns the function's result."""
        encode = self.tier.isolate.heap.encode
        frame = (ctypes.c_uint64 * (len(regs) + 2))()
        for i, v in enumerate(regs):
            frame[i] = encode(v)
        frame[len(regs)] = encode(acc)
        frame[len(regs) + 1] = ctx
        return self.run(POINTER_BITS | fn, frame[0], 0, frame)

    def run(self, fn_bits: int, this_bits: int, argc: int, argv):
        tier = self.tier
        tier.stats.entries += 1
        outermost = tier.active == 0
        if outermost:
            t0 = time.perf_counter()
        tier.active += 1
        try:
            r = self.entry(fn_bits, this_bits, argc, argv)
        finally:
            tier.active -= 1
            if outermost:
                tier.stats.optimized_seconds += time.perf_counter() - t0
                if tier.unlinked:
                    tier.release_unlinked()
        if r == EXCEPTION_BITS:
            tier.raise_pending()
        return tier.isolate.heap.decode(r)


encode_undefined = 0xFFFC_0000_0000_0000


class TierManager:
    def __init__(self, isolate, options: TierOptions):
        self.isolate = isolate
        self.options = options
        self.stats = TierStats()
        # Made by the first compile (or a first use), not at start-up: the JIT, which loads LLVM
        # (on the compile thread when compiles are concurrent), and the runtime entries and the
        # deoptimizer, which bring the lowering, the stack map parser and the frame translation.
        self._jit = None
        self._entries = None
        self._deoptimizer = None
        self._compiles_prepared = False
        self._lazy_lock = threading.RLock()
        # The collector's roots in optimized frames and code (conservative, as JSC's).
        self.native_roots = NativeRoots(self)
        isolate.collector.native_roots = self.native_roots.words
        # What the collector's walk of Python objects follows in the tier's big ones: a code's
        # constants are found in its machine code (native_roots) and its frame states' constants.
        # (the lowering's and the JIT's types are added by the first compile, which makes them)
        isolate.collector.walk_only[OptimizedCode] = ("sfi", "deopt_data")
        self.code_table = (ctypes.c_uint64 * CODE_TABLE_SIZE)()
        # Per function: how many arguments its optimized code takes when a megamorphic call site
        # may enter it directly (ARGUMENT_LIST: the argument list; -1: never, a class constructor).
        self.param_table = (ctypes.c_int32 * CODE_TABLE_SIZE)()
        ctypes.memset(self.param_table, 0xFF, ctypes.sizeof(self.param_table))
        self.inline_deopts: Counter = Counter()   # sfi id -> deopts inside it while inlined
        self.depth_cell = ctypes.c_uint64(0)
        self.codes: dict[str, OptimizedCode] = {}
        self.log = EventLog(isolate, self.format_value)   # what the traces and the report render
        self.log.listen(TextTrace(options))
        isolate.dependent_code.on_break = self.mark_for_deoptimization
        self.deopt_ids = itertools.count(1)
        self.versions = itertools.count()
        self.active = 0
        self.unlinked: list[OptimizedCode] = []
        self.pending: BaseException | None = None
        self.disabled: dict[int, str] = {}   # sfi id -> why it stays in the interpreter
        self.history: list[OptimizedCode] = []   # every compile, in order (for dumps and tests)
        self.osr_codes: dict[tuple[int, int], OptimizedCode] = {}   # (sfi id, loop header) -> OSR code
        self.osr_functions: Counter = Counter()   # sfi id -> how many of its loops have OSR code
        self.osr_entered: Counter = Counter()     # sfi id -> entries into its OSR code (osr_serves)
        self.compiler: ThreadPoolExecutor | None = None   # the compile thread, started at first use
        self.in_flight: dict[tuple[int, int | None], CompileJob] = {}   # (sfi id, OSR header) -> job
        self.switch_interval: float | None = None   # the process's, while a compile is in flight

    @property
    def jit(self):
        """The LLVM JIT, created (LLVM loaded) at the first use: the first compile."""
        jit = self._jit
        if jit is None:
            with self._lazy_lock:
                jit = self._jit
                if jit is None:
                    jit = self._jit = self._start_llvm()
        return jit

    @property
    def entries(self):
        """The runtime entries optimized code calls (runtime_entries.py)."""
        if self._entries is None:
            with self._lazy_lock:
                if self._entries is None:
                    from .runtime_entries import RuntimeEntries
                    self._entries = RuntimeEntries(self.isolate, self)
        return self._entries

    @property
    def deoptimizer(self):
        """The deoptimizer (deopt/deoptimizer.py) the deopt stub calls."""
        if self._deoptimizer is None:
            with self._lazy_lock:
                if self._deoptimizer is None:
                    from deopt.deoptimizer import Deoptimizer
                    self._deoptimizer = Deoptimizer(self.isolate, self.code_at, self.on_deopt, self.log,
                                                   self.take_pending)
        return self._deoptimizer

    def prepare_compiles(self) -> None:
        """At the first compile, on the main thread: what every compile needs."""
        from deopt.frame_state import DeoptimizationData, DeoptPoint
        from stackmaps.parser import StackMap
        from .lowering import LoweredFunction, Lowering
        # What the collector's walk of Python objects follows in the tier's big ones: a code's
        # constants are found in its machine code (native_roots) and its frame states' constants.
        self.isolate.collector.walk_only.update({
            LoweredFunction: ("deopt_data", "embedded"), Lowering: ("embedded",),
            DeoptimizationData: ("constants",), DeoptPoint: (), StackMap: ()})
        self.entries, self.deoptimizer   # noqa: B018 - made here rather than on the compile thread
        # LLVM too, here on the main thread: loading it on the compile thread is mostly Python
        # work that waits for the GIL the interpreter holds, and took 0.1-0.8 s there (bench/js/
        # fib.js ran 0.4 to 1.0 s by the luck of the switch interval) instead of 0.12 s here.
        self.jit    # noqa: B018
        self._compiles_prepared = True

    def _start_llvm(self):
        t0 = time.perf_counter()
        from . import arena
        from .jit import JIT, CompiledObject
        jit = JIT(opt_level=2, passes=self.options.passes)
        for name, address in self.entries.addresses().items():
            jit.define_runtime_symbol(name, address)
        jit.set_deopt_handler(self.deoptimizer.address)
        # A compiled object's machine code and map hold no reference the collector follows.
        self.isolate.collector.walk_only[CompiledObject] = ()
        # Deep JS calls cost Python frames; keep CPython from mapping and unmapping their chunks.
        # Installed with the JIT because LLVM compiles it: before the first compile a program has
        # run no function hot, so few calls, and few chunk crossings, were made without it.
        self.stats.arena = arena.install()
        self.stats.llvm_start_seconds = time.perf_counter() - t0
        return jit

    # ---- the hook the interpreter calls ----------------------------------------------------

    def on_invocation(self, fn: int, sfi):
        if self.in_flight:
            self.install_finished()          # a call is a safe point to install finished code
            if sfi.optimized is not None:
                return sfi.optimized
        if sfi.id in self.disabled or sfi.is_script or (sfi.id, None) in self.in_flight:
            return None
        opts = self.options
        if opts.stress or sfi.invocations >= opts.threshold:
            return self.optimize(sfi)
        if sfi.back_edges >= opts.threshold and not self.osr_serves(sfi):
            return self.optimize(sfi)
        return None

    def osr_serves(self, sfi) -> bool:
        """Whether the function's hot loop has OSR code (or it is compiling): then its back edges
        do not make the whole function optimized at its next call as well. The OSR code is
        entered again at the loop's first back edge in every later invocation, so a second,
        full compile of the same bytecode would double the work for little (DeltaBlue's
        executePlan: OSR-compiled at invocation 17, fully compiled at 18). The function is still
        optimized as a whole once its invocations reach the threshold: then calls, not its loop,
        make it hot."""
        if self.osr_functions[sfi.id]:
            # A function whose later calls keep entering its OSR code is called often after all:
            # each entry runs the function's start in the interpreter and copies its frame, so
            # past a few dozen entries, code for the whole function pays for itself.
            return self.osr_entered[sfi.id] < OSR_ENTRIES_BEFORE_FULL_COMPILE
        return any(key[0] == sfi.id and key[1] is not None for key in self.in_flight)

    def on_back_edge(self, fn: int, sfi, header: int):
        """A loop got hot: returns OSR code entered at this loop header, or None.

        The interpreter asks once sfi.back_edges reaches sfi.osr_at; the function is then also
        optimized at its next invocation. While the loop's OSR code compiles in the background,
        the interpreter keeps running the loop and asks again every OSR_POLL back edges.
        """
        opts = self.options
        if self.in_flight:
            self.install_finished()          # so is a back edge
        if sfi.id in self.disabled:
            sfi.osr_at = 1 << 62
            return None
        budget = 1 if opts.stress else (opts.osr_threshold or opts.threshold)
        if sfi.back_edges < budget:
            sfi.osr_at = budget
            return None
        key = (sfi.id, header)
        code = self.osr_codes.get(key)
        if code is None:
            if key in self.in_flight:
                sfi.osr_at = sfi.back_edges + OSR_POLL
                return None
            code = self.optimize(sfi, osr_offset=header)
            if code is None:
                sfi.osr_at = sfi.back_edges + OSR_POLL if key in self.in_flight else 1 << 62
                return None
        self.stats.osr_entries += 1
        code.osr_entries += 1
        self.osr_entered[sfi.id] += 1
        self.log.record(OSREntered(sfi, header, code.symbol))
        return code

    # ---- compiling ---------------------------------------------------------------------------

    def optimize(self, sfi, osr_offset: int | None = None, synchronous: bool = False):
        """Lowers sfi with its current feedback and compiles it. Concurrently (the default but
        with --stress-opt or --no-concurrent-recompilation): the lowering reads feedback and maps
        here, on the main thread; LLVM works on the compile thread; the code is installed at a
        later call or back edge (install_finished), and None is returned now."""
        opts = self.options
        if sfi.id >= CODE_TABLE_SIZE:
            self.disable(sfi, "function table full")
            return None
        if not self._compiles_prepared:
            self.prepare_compiles()
        t0 = time.perf_counter()     # (loading the lowering's modules is not this compile's time)
        from .lowering import Lowering, Unsupported, symbol_for   # loaded by prepare_compiles
        symbol = symbol_for(sfi, next(self.versions))
        if osr_offset is not None:
            symbol += f"_osr{osr_offset}"
        marked = ctypes.c_uint64(0)
        try:
            lowering = Lowering(self.isolate, sfi, symbol, ctypes.addressof(self.code_table),
                                ctypes.addressof(self.depth_cell), self.isolate.max_call_depth,
                                lambda: next(self.deopt_ids), osr_offset, opts.inlining,
                                ctypes.addressof(self.param_table), self.inline_deopts,
                                marked_address=ctypes.addressof(marked),
                                escape_analysis=opts.escape_analysis)
            lowered = lowering.lower()
        except Unsupported as e:
            if osr_offset is None:
                self.disable(sfi, str(e))
            else:
                self.log.record(OSRUnsupported(sfi, str(e)))
            return None
        job = CompileJob(sfi, osr_offset, lowering, lowered, sfi.deopt_count, time.perf_counter() - t0,
                         marked=marked)
        symbols = [lowered.symbol, lowered.entry_symbol]
        if synchronous or not opts.concurrent:
            self.log.record(CompileStarted.of(job, concurrent=False))
            jit = self.jit                   # created at the first compile: counted apart (--stats)
            t1 = job.compile_started = time.perf_counter()
            job.compiled = jit.compile(lowered.ir, symbols)
            job.compile_seconds = time.perf_counter() - t1
            if self.active:
                # compiled from inside optimized code: not time spent running it
                self.stats.optimized_seconds -= job.lowering_seconds + job.compile_seconds
            return self.install(job)
        if self.compiler is None:
            from concurrent.futures import ThreadPoolExecutor   # (logging and all) only when first used
            self.compiler = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bailout-compile")
        if not self.in_flight:
            self.share_the_gil(True)
        job.future = self.compiler.submit(self.compile_job, job, symbols)
        self.in_flight[(sfi.id, osr_offset)] = job
        self.stats.queued += 1
        self.log.record(CompileStarted.of(job, concurrent=True))
        return None

    def share_the_gil(self, compiling: bool) -> None:
        """While a compile is in flight, the interpreter hands the GIL over as soon as the compile
        thread asks (COMPILE_SWITCH_INTERVAL) instead of after CPython's 5 ms. The compile thread
        needs the GIL back after every call into LLVM (llvmlite makes dozens per compile) and for
        its Python steps (the object's sections, the stack map); at 5 ms a wait, a 60 ms compile
        took 0.9 s of wall time while the interpreter ran, and the function ran in the interpreter
        all that time. The process's own interval comes back when nothing is in flight."""
        if compiling and self.switch_interval is None:
            self.switch_interval = sys.getswitchinterval()
            sys.setswitchinterval(COMPILE_SWITCH_INTERVAL)
        elif not compiling and self.switch_interval is not None:
            sys.setswitchinterval(self.switch_interval)
            self.switch_interval = None

    def compile_job(self, job: "CompileJob", symbols: list[str]) -> None:
        """On the compile thread: LLVM's work (llvmlite releases the GIL while LLVM runs)."""
        t0 = job.compile_started = time.perf_counter()
        job.compiled = self.jit.compile(job.lowered.ir, symbols)
        job.compile_seconds = time.perf_counter() - t0

    def install_finished(self) -> None:
        """Installs the code the compile thread has finished (on the main thread, at a safe point),
        or discards it when its function changed meanwhile."""
        for key, job in list(self.in_flight.items()):
            if not job.future.done():
                continue
            del self.in_flight[key]
            error = job.future.exception()
            if error is not None:
                raise error
            sfi = job.sfi
            stale = None
            if sfi.id in self.disabled:
                stale = "the function stays in the interpreter now"
            elif sfi.deopt_count != job.deopt_count:
                stale = "the function deopted while it compiled (its feedback changed)"
            elif job.osr_offset is None and sfi.optimized is not None:
                stale = "other code was installed meanwhile"
            elif any(self.isolate.heap.load_word(cell) for cell in job.lowered.assumed_cells):
                # its guards would hold it off, but it would only deopt: not worth installing
                stale = "a prototype chain it relies on changed while it compiled"
            else:
                broken = job.lowered.dependencies.first_invalid(self.isolate)
                if broken is not None:
                    # the code relies on it unchecked: installing it would run stale code
                    stale = broken.broken_while_compiling()
            if stale is not None:
                self.stats.discarded += 1
                self.log.record(CompileDiscarded(sfi, job.lowered.symbol, stale))
                job.compiled.release()
                continue
            self.install(job)
        if not self.in_flight:
            self.share_the_gil(False)

    def install(self, job: "CompileJob"):
        sfi, osr_offset, lowered = job.sfi, job.osr_offset, job.lowered
        broken = lowered.dependencies.first_invalid(self.isolate)
        if broken is not None:
            # Compiled on this thread, nothing ran meanwhile; kept as a safety net all the same.
            self.stats.discarded += 1
            self.log.record(CompileDiscarded(sfi, lowered.symbol, broken.broken_while_compiling()))
            job.compiled.release()
            return None
        code = OptimizedCode(self, sfi, lowered, job.compiled, osr_offset, job.marked)
        for dep in code.dependencies:
            self.isolate.dependent_code.register(dep.key, code)
        self.stats.compiles += 1
        self.stats.inlined += len(lowered.inlined)
        self.stats.compile_seconds += job.lowering_seconds + job.compile_seconds
        self.stats.add_compile(job.lowering_seconds, job.compiled.timings)
        self.stats.main_thread_compile_seconds += job.lowering_seconds + (
            0 if job.future is not None else job.compile_seconds)
        self.codes[code.symbol] = code
        self.history.append(code)
        if osr_offset is None:
            sfi.optimized = code
            self.code_table[sfi.id] = code.address
            self.param_table[sfi.id] = (-1 if sfi.class_kind else ARGUMENT_LIST if takes_argument_list(sfi)
                                        else sfi.param_count)
        else:
            if (sfi.id, osr_offset) not in self.osr_codes:
                self.osr_functions[sfi.id] += 1
            self.osr_codes[(sfi.id, osr_offset)] = code
            self.stats.osr_compiles += 1
        self.log.record(CodeInstalled.of(job, code))
        return code

    def shutdown(self) -> None:
        """Stops the compile thread (compiles not started are dropped); the process can exit."""
        if self.compiler is not None:
            self.compiler.shutdown(wait=True, cancel_futures=True)
            self.compiler = None
        self.in_flight.clear()
        self.share_the_gil(False)

    def disable(self, sfi, reason: str) -> None:
        self.disabled[sfi.id] = reason
        self.stats.failed[reason] += 1
        self.log.record(OptimizationDisabled(sfi, reason))

    # ---- deopts --------------------------------------------------------------------------------

    def code_at(self, return_address: int):
        site = self.jit.call_site_at(return_address)
        if site is None:
            raise RuntimeError(f"no deopt site at 0x{return_address:x}")
        return site, self.codes[site.function]

    def leave_optimized_frame(self) -> None:
        self.depth_cell.value -= 1

    def on_deopt(self, code: OptimizedCode, point) -> None:
        """Unlinks the code; later calls run in the interpreter until re-optimization."""
        self.stats.deopts[point.reason.value] += 1
        if len(point.frames) > 1 and not point.reason.is_lazy:
            # The guard that failed was inlined code's: after a few, the callee stays out of line.
            self.inline_deopts[point.frame_state.shared_id] += 1
        self.unlink(code)

    def unlink(self, code: OptimizedCode) -> None:
        """Takes the code out of use: every later call (or loop entry) runs the interpreter, which
        re-optimizes it in time; activations still running it keep it alive until they end."""
        sfi = code.sfi
        if not code.unlinked:
            code.unlinked = True
            self.unlinked.append(code)
            for dep in code.dependencies:
                self.isolate.dependent_code.unregister(dep.key, code)
            if sfi.optimized is code:
                sfi.optimized = None
                self.code_table[sfi.id] = 0
            if code.osr_offset is not None:
                if self.osr_codes.get((sfi.id, code.osr_offset)) is code:
                    del self.osr_codes[(sfi.id, code.osr_offset)]
                    self.osr_functions[sfi.id] -= 1
            sfi.deopt_count += 1
            sfi.invocations = 0
            sfi.back_edges = 0
            sfi.osr_at = 0
        limit = self.options.max_deopts * (4 if self.options.stress else 1)
        if sfi.deopt_count >= limit and sfi.id not in self.disabled:
            self.disable(sfi, f"too many deopts ({sfi.deopt_count})")

    def mark_for_deoptimization(self, codes: list, why: str) -> None:
        """A dependency broke (the runtime's DependentCode calls this): each code relying on it is
        unlinked now and its marked word set, so activations of it on the stack deopt lazily
        when the call they are in returns."""
        for code in codes:
            if code.unlinked:
                continue
            code.marked_word.value = 1
            code.marked_reason = why
            self.stats.marked += 1
            self.unlink(code)
            self.log.record(CodeMarked(code.sfi, code.symbol, why))

    def take_pending(self):
        """The pending exception (for a lazy deopt that rethrows it in the interpreter)."""
        e = self.pending or self.deoptimizer.pending
        self.pending = None
        self.deoptimizer.pending = None
        return e

    def release_unlinked(self) -> None:
        """Frees unlinked code once no optimized activation can be running it."""
        for code in self.unlinked:
            del self.codes[code.symbol]
            code.compiled.release()
        self.unlinked.clear()

    def raise_pending(self):
        e = self.pending or self.deoptimizer.pending
        self.pending = None
        self.deoptimizer.pending = None
        if e is None:
            raise RuntimeError("optimized code signalled an exception but none is pending")
        raise e

    def format_value(self, v) -> str:
        if type(v) is int and (v == 0 or self.isolate.objects.map_of(v).instance_type == InstanceType.CONTEXT):
            return f"<context 0x{v:x}>"   # a saved context in a register, not a JS value
        return insp.inspect(to_view(self.isolate, v))


def install_tier(isolate, **options) -> TierManager:
    tier = TierManager(isolate, TierOptions(**options))
    isolate.tier = tier
    return tier
