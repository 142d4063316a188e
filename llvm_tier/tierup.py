"""Tier-up policy and optimized code objects: when to optimize, how to enter the code, what a deopt unlinks.

The isolate is given a `TierManager` as its tier-up hook. The interpreter
calls `on_invocation` before running a function and `on_back_edge` from
loops; once a function is hot (invocations or back edges past the
threshold) it is lowered with its current feedback, compiled, and entered
through its C entry wrapper from then on. Optimized callers reach it through
the code table, one word per function, so unlinking (zeroing the word and
dropping `sfi.optimized`) takes effect everywhere at once. Unlinked code is
released only when no optimized activation can be on the machine stack.
"""
from __future__ import annotations

import ctypes
import itertools
import sys
import time
from collections import Counter
from dataclasses import dataclass, field

from deopt.deoptimizer import Deoptimizer
from interpreter.builtins import inspect as insp
from interpreter.builtins.views import to_view
from interpreter.objects.maps import InstanceType
from interpreter.objects.values import EXCEPTION_BITS, POINTER_BITS

from .jit import JIT
from .lowering import Lowering, Unsupported, symbol_for
from .runtime_entries import RuntimeEntries

CODE_TABLE_SIZE = 1 << 16
_ENTRY_TYPE = ctypes.CFUNCTYPE(ctypes.c_uint64, ctypes.c_uint64, ctypes.c_uint64, ctypes.c_void_p)


@dataclass
class TierOptions:
    threshold: int = 1000          # invocations or loop back edges before a function is optimized
    osr_threshold: int | None = None   # back edges before a running loop is entered through OSR
                                       # (None: the same as threshold)
    stress: bool = False           # optimize at the first call, re-optimize after every deopt
    max_deopts: int = 8            # deopt-loop protection: stop optimizing a function after this many
    trace_opt: bool = False
    trace_deopt: bool = False


@dataclass
class TierStats:
    compiles: int = 0
    osr_compiles: int = 0
    osr_entries: int = 0
    compile_seconds: float = 0.0
    failed: Counter = field(default_factory=Counter)
    deopts: Counter = field(default_factory=Counter)
    # Wall time inside optimized code entered from the interpreter (including the runtime
    # calls and deopts it makes, which may interpret other functions).
    optimized_seconds: float = 0.0

    def report(self, total_seconds: float) -> str:
        lines = [f"[stats] optimized compiles: {self.compiles} ({self.osr_compiles} of them OSR)",
                 f"[stats] OSR entries: {self.osr_entries}",
                 f"[stats] compile time: {self.compile_seconds * 1000:.1f} ms"
                 + (f" ({self.compile_seconds * 1000 / self.compiles:.1f} ms per function)" if self.compiles else ""),
                 f"[stats] deopts: {sum(self.deopts.values())}"]
        for reason, n in self.deopts.most_common():
            lines.append(f"[stats]   {reason}: {n}")
        for reason, n in self.failed.most_common():
            lines.append(f"[stats] not optimized ({reason}): {n}")
        lines.append(f"[stats] time in optimized code: {self.optimized_seconds * 1000:.1f} ms")
        interpreted = total_seconds - self.optimized_seconds - self.compile_seconds
        lines.append(f"[stats] time in the interpreter (and start-up): {interpreted * 1000:.1f} ms")
        return "\n".join(lines)


class OptimizedCode:
    """One optimized version of a function: its machine code, stack map and DeoptimizationData."""

    def __init__(self, tier, sfi, lowered, compiled, osr_offset: int | None = None):
        self.tier = tier
        self.sfi = sfi
        self.osr_offset = osr_offset
        self.symbol = lowered.symbol
        self.lowered = lowered
        self.compiled = compiled
        self.deopt_data = lowered.deopt_data
        self.address = compiled.addresses[lowered.symbol]
        self.entry = _ENTRY_TYPE(compiled.addresses[lowered.entry_symbol])
        self.argc = max(1, sfi.param_count)
        self.unlinked = False
        self.osr_entries = 0   # interpreter frames that continued in this (OSR) code

    def call(self, fn: int, this, args: list):
        """Runs the optimized code for a call from the interpreter or the runtime."""
        encode = self.tier.isolate.heap.encode
        n = self.sfi.param_count
        argv = (ctypes.c_uint64 * self.argc)()
        for i in range(min(n, len(args))):
            argv[i] = encode(args[i])
        for i in range(len(args), n):
            argv[i] = encode_undefined
        return self.run(POINTER_BITS | fn, encode(this), argv)

    def enter(self, fn: int, regs: list, acc, ctx: int):
        """OSR: continues an interpreter frame at this code's loop header; returns the function's result."""
        encode = self.tier.isolate.heap.encode
        frame = (ctypes.c_uint64 * (len(regs) + 2))()
        for i, v in enumerate(regs):
            frame[i] = encode(v)
        frame[len(regs)] = encode(acc)
        frame[len(regs) + 1] = ctx
        return self.run(POINTER_BITS | fn, frame[0], frame)

    def run(self, fn_bits: int, this_bits: int, argv):
        tier = self.tier
        outermost = tier.active == 0
        if outermost:
            t0 = time.perf_counter()
        tier.active += 1
        try:
            r = self.entry(fn_bits, this_bits, argv)
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
        self.jit = JIT(opt_level=2)
        self.code_table = (ctypes.c_uint64 * CODE_TABLE_SIZE)()
        self.depth_cell = ctypes.c_uint64(0)
        self.entries = RuntimeEntries(isolate, self)
        for name, address in self.entries.addresses().items():
            self.jit.define_runtime_symbol(name, address)
        self.codes: dict[str, OptimizedCode] = {}
        self.deoptimizer = Deoptimizer(isolate, self.code_at, self.on_deopt, options.trace_deopt,
                                       self.format_value)
        self.jit.set_deopt_handler(self.deoptimizer.address)
        self.deopt_ids = itertools.count(1)
        self.versions = itertools.count()
        self.active = 0
        self.unlinked: list[OptimizedCode] = []
        self.pending: BaseException | None = None
        self.disabled: dict[int, str] = {}   # sfi id -> why it stays in the interpreter
        self.history: list[OptimizedCode] = []   # every compile, in order (for dumps and tests)
        self.osr_codes: dict[tuple[int, int], OptimizedCode] = {}   # (sfi id, loop header) -> OSR code

    # ---- the hook the interpreter calls ----------------------------------------------------

    def on_invocation(self, fn: int, sfi):
        if sfi.id in self.disabled or sfi.is_script:
            return None
        opts = self.options
        if opts.stress or sfi.invocations >= opts.threshold or sfi.back_edges >= opts.threshold:
            return self.optimize(sfi)
        return None

    def on_back_edge(self, fn: int, sfi, header: int):
        """A loop got hot: returns OSR code entered at this loop header, or None.

        The interpreter asks once sfi.back_edges reaches sfi.osr_at; the function is then also
        optimized at its next invocation.
        """
        opts = self.options
        if sfi.id in self.disabled:
            sfi.osr_at = 1 << 62
            return None
        budget = 1 if opts.stress else (opts.osr_threshold or opts.threshold)
        if sfi.back_edges < budget:
            sfi.osr_at = budget
            return None
        code = self.osr_codes.get((sfi.id, header))
        if code is None:
            code = self.optimize(sfi, osr_offset=header)
            if code is None:
                sfi.osr_at = 1 << 62
                return None
        self.stats.osr_entries += 1
        code.osr_entries += 1
        if opts.trace_opt:
            print(f"[opt] OSR entry into {sfi.display_name} at loop bytecode {header} "
                  f"({code.symbol})", file=sys.stderr)
        return code

    # ---- compiling ---------------------------------------------------------------------------

    def optimize(self, sfi, osr_offset: int | None = None):
        opts = self.options
        if sfi.id >= CODE_TABLE_SIZE:
            self.disable(sfi, "function table full")
            return None
        t0 = time.perf_counter()
        symbol = symbol_for(sfi, next(self.versions))
        if osr_offset is not None:
            symbol += f"_osr{osr_offset}"
        try:
            lowering = Lowering(self.isolate, sfi, symbol, ctypes.addressof(self.code_table),
                                ctypes.addressof(self.depth_cell), self.isolate.max_call_depth,
                                lambda: next(self.deopt_ids), osr_offset)
            lowered = lowering.lower()
        except Unsupported as e:
            if osr_offset is None:
                self.disable(sfi, str(e))
            elif opts.trace_opt:
                print(f"[opt] no OSR for {sfi.display_name}: {e}", file=sys.stderr)
            return None
        compiled = self.jit.compile(lowered.ir, [lowered.symbol, lowered.entry_symbol])
        code = OptimizedCode(self, sfi, lowered, compiled, osr_offset)
        elapsed = time.perf_counter() - t0
        self.stats.compiles += 1
        self.stats.compile_seconds += elapsed
        if self.active:
            self.stats.optimized_seconds -= elapsed   # compiled from inside optimized code
        self.codes[symbol] = code
        self.history.append(code)
        if osr_offset is None:
            sfi.optimized = code
            self.code_table[sfi.id] = code.address
        else:
            self.osr_codes[(sfi.id, osr_offset)] = code
            self.stats.osr_compiles += 1
        if opts.trace_opt:
            self.trace_optimized(sfi, code, lowering, elapsed)
        return code

    def disable(self, sfi, reason: str) -> None:
        self.disabled[sfi.id] = reason
        self.stats.failed[reason] += 1
        if self.options.trace_opt:
            print(f"[opt] {sfi.display_name} stays in the interpreter: {reason}", file=sys.stderr)

    def trace_optimized(self, sfi, code, lowering, elapsed: float) -> None:
        kind = "optimized" if code.osr_offset is None else f"OSR-compiled (loop at bytecode {code.osr_offset})"
        lines = [f"[opt] {kind} {sfi.display_name} as {code.symbol} "
                 f"(invocations {sfi.invocations}, back edges {sfi.back_edges}) in {elapsed * 1000:.1f} ms, "
                 f"{len(code.deopt_data.points)} deopt points"]
        for note in lowering.notes:
            lines.append(f"[opt]   {note}")
        print("\n".join(lines), file=sys.stderr)

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
        sfi = code.sfi
        self.stats.deopts[point.reason.value] += 1
        if not code.unlinked:
            code.unlinked = True
            self.unlinked.append(code)
            if sfi.optimized is code:
                sfi.optimized = None
                self.code_table[sfi.id] = 0
            if code.osr_offset is not None:
                self.osr_codes.pop((sfi.id, code.osr_offset), None)
            sfi.deopt_count += 1
            sfi.invocations = 0
            sfi.back_edges = 0
            sfi.osr_at = 0
        limit = self.options.max_deopts * (4 if self.options.stress else 1)
        if sfi.deopt_count >= limit and sfi.id not in self.disabled:
            self.disable(sfi, f"too many deopts ({sfi.deopt_count})")

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
