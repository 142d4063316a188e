"""The deopt handler: what runs when a guard in optimized code fails.

`__llvm_deoptimize` (deopt/stub.py) calls `Deoptimizer.handle` with the
return address, the optimized frame's stack and frame pointers and the saved
registers. The handler finds the stack map record by return address, reads
every deopt operand from the machine frame, translates the FrameStates into
interpreter frames (one per inlined level), unlinks the optimized code,
resumes the interpreter at the innermost frame's bytecode offset, then each
caller after its call with the callee's result (or the callee's exception,
which the caller's handlers may catch), and returns the outermost frame's
result, which the stub hands to the optimized frame's caller. Nothing may
escape as a Python exception: a JS exception becomes the pending exception
and the sentinel.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field

from interpreter.errors import JSThrow, range_error, type_error
from interpreter.objects.values import EXCEPTION_BITS, UNDEFINED
from stackmaps.registers import dwarf_register_name
from stackmaps.parser import LocationKind

from .machine_frame import FrameDescription, deopt_locations, read_location
from .stub import DEOPT_HANDLER_TYPE
from .frame_state import FrameKind
from .translated_frame import TranslatedFrame, translate


@dataclass
class DeoptEvent:
    """One deopt, as recorded for traces, stats and tests."""
    function_name: str
    deopt_id: int
    reason: str
    bytecode_offset: int          # where the innermost frame resumes (the guard's checkpoint)
    frame: TranslatedFrame        # the innermost frame, where the guard failed
    code_symbol: str = ""         # the optimized (or OSR) code it left
    latency: float = 0.0          # seconds from entering the handler to the interpreter resuming
    result: object = None
    frames: list[TranslatedFrame] = field(default_factory=list)   # every frame, outermost first
    guard_offset: int = -1        # the bytecode whose guard failed


def describe_location(loc) -> str:
    if loc.kind == LocationKind.REGISTER:
        return f"register {dwarf_register_name(loc.dwarf_reg)}"
    if loc.kind == LocationKind.INDIRECT:
        return f"[{dwarf_register_name(loc.dwarf_reg)}{loc.offset:+d}]"
    if loc.kind == LocationKind.DIRECT:
        return f"{dwarf_register_name(loc.dwarf_reg)}{loc.offset:+d}"
    if loc.kind == LocationKind.CONSTANT:
        return f"constant {loc.offset}"
    return f"constant pool [{loc.offset}]"


@dataclass
class Deoptimizer:
    """Owned by the tier. `code_at(return_address)` -> (CallSite, code object) comes from the JIT."""
    isolate: object
    code_at: object
    on_deopt: object             # callback(code, point) that unlinks and counts
    trace: bool = False
    format_value: object = repr
    events: list[DeoptEvent] = field(default_factory=list)
    pending: BaseException | None = None

    def __post_init__(self):
        self.callback = DEOPT_HANDLER_TYPE(self._handle_guarded)

    @property
    def address(self) -> int:
        import ctypes
        return ctypes.cast(self.callback, ctypes.c_void_p).value

    def _handle_guarded(self, return_address, caller_sp, rbp, save_area):
        try:
            return self.handle(return_address, caller_sp, rbp, save_area)
        except JSThrow as e:
            self.pending = e
        except RecursionError:
            self.pending = range_error("Maximum call stack size exceeded")
        except BaseException as e:  # noqa: BLE001 - must not cross into machine code
            self.pending = e
        return EXCEPTION_BITS

    def handle(self, return_address: int, caller_sp: int, rbp: int, save_area: int) -> int:
        t0 = time.perf_counter()
        site, code = self.code_at(return_address)
        # The optimized frame is gone whatever happens next: it no longer counts toward the call depth.
        code.tier.leave_optimized_frame()
        point = code.deopt_data[site.deopt_id]
        frame = FrameDescription.from_save_area(return_address, caller_sp, rbp, save_area)
        locs = deopt_locations(site.record)
        raw = [read_location(loc, frame, site.stackmap) for loc in locs]
        heap = self.isolate.heap
        frames = translate(point, raw, [describe_location(loc) for loc in locs], heap)
        self.on_deopt(code, point)
        innermost = frames[-1]
        event = DeoptEvent(self.isolate.shared_of(innermost.function).display_name, point.deopt_id,
                           point.reason.value, innermost.bytecode_offset, innermost, code.symbol,
                           frames=frames, guard_offset=point.guard_offset)
        self.events.append(event)
        if self.trace:
            self.print_trace(code, point, frames)
        event.latency = time.perf_counter() - t0
        result = self.resume(frames)
        event.result = result
        if self.trace:
            name = self.isolate.shared_of(frames[0].function).display_name
            print(f"[deopt] {name}: interpreter returned {self.format_value(result)}", file=sys.stderr)
        return heap.encode(result)

    def resume(self, frames: list[TranslatedFrame]):
        """Runs the innermost frame in the interpreter, then each caller after its inlined call,
        exactly as if the calls had not been inlined; returns the outermost frame's result."""
        interpreter = self.isolate.interpreter
        shared_of = self.isolate.shared_of
        result, thrown = None, None
        callee = None
        for tf in reversed(frames):
            sfi = shared_of(tf.function)
            regs = [tv.value for tv in tf.registers]
            ctx = tf.context.value
            try:
                if thrown is not None:
                    # The inlined callee threw: this frame's handlers see it at the call.
                    result = interpreter.resume_throw(tf.function, sfi, regs, ctx, tf.bytecode_offset, thrown)
                elif tf.kind == FrameKind.INTERPRETED:
                    result = interpreter.run(tf.function, sfi, regs, tf.accumulator.value, ctx,
                                             tf.bytecode_offset)
                else:
                    acc = self.continuation_value(tf, callee, result)
                    result = interpreter.run(tf.function, sfi, regs, acc, ctx, tf.bytecode_offset + 1)
                thrown = None
            except JSThrow as e:
                thrown = e
            callee = tf
        if thrown is not None:
            raise thrown
        return result

    def continuation_value(self, caller: TranslatedFrame, callee: TranslatedFrame, result):
        """The caller's accumulator after its inlined call, `new` or accessor returned `result`."""
        if caller.kind == FrameKind.CONSTRUCT:
            if type(result) is int:
                return result
            if self.isolate.shared_of(callee.function).class_kind == "derived" and result is not UNDEFINED:
                raise type_error("Derived constructors may only return object or undefined")
            return callee.registers[0].value      # the receiver `new` allocated
        if caller.kind == FrameKind.SETTER:
            return caller.accumulator.value       # an assignment's value is what was assigned
        return result

    def print_trace(self, code, point, frames: list[TranslatedFrame]) -> None:
        innermost = self.isolate.shared_of(frames[-1].function)
        out = [f"[deopt] {innermost.display_name}: deopt id {point.deopt_id}, reason: {point.reason.value}, "
               f"at bytecode offset {point.guard_offset} ({point.bytecode_name}) in {code.symbol}"]
        if len(frames) > 1:
            out.append(f"[deopt]   {len(frames)} translated frames (inlined code), outermost first:")

        def line(name, tv):
            where = tv.location if tv.raw is not None else {
                "constant": "constant (rematerialized)", "recipe": "the closure (rematerialized)",
                "callee result": "the inlined callee's result",
                "optimized out": "nowhere (dead: the interpreter does not read it again)"}[tv.location]
            rep = f" {tv.source.rep.value}" if tv.source.kind == "operand" else ""
            raw = f" bits=0x{tv.raw & 0xFFFF_FFFF_FFFF_FFFF:x}" if tv.raw is not None else ""
            if tv.location == "callee result":
                shown = "(pending)"
            elif tv.location == "optimized out":
                shown = "<optimized out>"
            else:
                shown = f"0x{tv.value:x}" if name == "context" else self.format_value(tv.value)
            out.append(f"[deopt]     {name:<14} = {shown:<24} from {where}{rep}{raw}")

        for k, tf in enumerate(frames):
            sfi = self.isolate.shared_of(tf.function)
            if tf.kind == FrameKind.INTERPRETED:
                resume = f"resume at offset {tf.bytecode_offset}"
            else:
                resume = f"resume after offset {tf.bytecode_offset}, {tf.kind.value}"
            label = f"frame {k + 1} of {len(frames)}: {sfi.display_name}, " if len(frames) > 1 else ""
            out.append(f"[deopt]   translated frame ({label}{resume}):")
            line("context", tf.context)
            for r, tv in enumerate(tf.registers):
                name = f"r{r}"
                if r in sfi.register_names:
                    name += f" ({sfi.register_names[r]})"
                line(name, tv)
            line("accumulator", tf.accumulator)
        out.append(f"[deopt]   unlinked {code.symbol}; resuming in the interpreter at bytecode offset "
                   f"{frames[-1].bytecode_offset}")
        print("\n".join(out), file=sys.stderr)
