"""The deopt handler: what runs when a guard in optimized code fails.

`__llvm_deoptimize` (deopt/stub.py) calls `Deoptimizer.handle` with the
return address, the optimized frame's stack and frame pointers and the saved
registers. The handler finds the stack map record by return address, reads
every deopt operand from the machine frame, translates the FrameState into an
interpreter frame, unlinks the optimized code, resumes the interpreter at the
deopt point's bytecode offset and returns the function's result, which the
stub hands to the optimized frame's caller. Nothing may escape as a Python
exception: a JS exception becomes the pending exception and the sentinel.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field

from interpreter.errors import JSThrow, range_error
from interpreter.objects.values import EXCEPTION_BITS
from stackmaps.registers import dwarf_register_name
from stackmaps.parser import LocationKind

from .machine_frame import FrameDescription, deopt_locations, read_location
from .stub import DEOPT_HANDLER_TYPE
from .translated_frame import TranslatedFrame, translate


@dataclass
class DeoptEvent:
    """One deopt, as recorded for traces, stats and tests."""
    function_name: str
    deopt_id: int
    reason: str
    bytecode_offset: int
    frame: TranslatedFrame
    code_symbol: str = ""         # the optimized (or OSR) code it left
    latency: float = 0.0          # seconds from entering the handler to the interpreter resuming
    result: object = None


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
        translated = translate(point, raw, [describe_location(loc) for loc in locs], heap)
        self.on_deopt(code, point)
        sfi = code.sfi
        event = DeoptEvent(sfi.display_name, point.deopt_id, point.reason.value,
                           point.frame_state.bytecode_offset, translated, code.symbol)
        self.events.append(event)
        if self.trace:
            self.print_trace(code, point, translated)
        regs = [tv.value for tv in translated.registers]
        event.latency = time.perf_counter() - t0
        result = self.isolate.interpreter.run(translated.function, sfi, regs, translated.accumulator.value,
                                              translated.context.value, translated.bytecode_offset)
        event.result = result
        if self.trace:
            print(f"[deopt] {event.function_name}: interpreter returned {self.format_value(result)}",
                  file=sys.stderr)
        return heap.encode(result)

    def print_trace(self, code, point, tf: TranslatedFrame) -> None:
        sfi = code.sfi
        out = [f"[deopt] {sfi.display_name}: deopt id {point.deopt_id}, reason: {point.reason.value}, "
               f"at bytecode offset {point.frame_state.bytecode_offset} ({point.bytecode_name}) "
               f"in {code.symbol}",
               f"[deopt]   translated frame (resume at offset {tf.bytecode_offset}):"]

        def line(name, tv):
            where = tv.location if tv.raw is not None else (
                "constant (rematerialized)" if tv.location == "constant" else "the closure (rematerialized)")
            rep = f" {tv.source.rep.value}" if tv.source.kind == "operand" else ""
            raw = f" bits=0x{tv.raw & 0xFFFF_FFFF_FFFF_FFFF:x}" if tv.raw is not None else ""
            shown = f"0x{tv.value:x}" if name == "context" else self.format_value(tv.value)
            out.append(f"[deopt]     {name:<14} = {shown:<24} from {where}{rep}{raw}")

        line("context", tf.context)
        for r, tv in enumerate(tf.registers):
            label = f"r{r}"
            if r in sfi.register_names:
                label += f" ({sfi.register_names[r]})"
            line(label, tv)
        line("accumulator", tf.accumulator)
        out.append(f"[deopt]   unlinked {code.symbol}; resuming in the interpreter at bytecode offset "
                   f"{tf.bytecode_offset}")
        print("\n".join(out), file=sys.stderr)
