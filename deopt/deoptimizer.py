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

Each deopt is recorded in the tier's event log (llvm_tier/events.py), which
renders --trace-deopt and the report from it.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import ClassVar

from interpreter.errors import JSThrow, range_error, type_error
from interpreter.objects.values import EXCEPTION_BITS, UNDEFINED
from stackmaps.registers import dwarf_register_name
from stackmaps.parser import LocationKind

from .machine_frame import FrameDescription, deopt_locations, read_location
from .stub import DEOPT_HANDLER_TYPE
from .frame_state import SELECTOR_OPERAND, DeoptReason, FrameKind
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
    bytecode_name: str = ""       # its bytecode's name
    views: list = field(default_factory=list)   # the frames as traces show them (events.frame_views)
    broken_dependency: str = ""   # a lazy deopt: which dependency of the code broke (as marked)
    materialized: list = field(default_factory=list)   # captured objects made on the heap (MaterializedObject)
    materialized_shown: list = field(default_factory=list)   # and as traces show them
    record_id: int = -1           # the stack map record of its deopt exit (shared by a checkpoint's guards)
    time: float = field(default=0.0, kw_only=True)   # when recorded in the event log
    category: ClassVar[str] = "deopt"


@dataclass
class DeoptResumed:
    """The interpreter finished the call a deopt left (the outermost frame returned `result`)."""
    deopt: DeoptEvent
    result: object
    function_name: str = ""       # the outermost frame's function, and the result as traces show
    shown: str = ""               # it, captured by the event log
    time: float = field(default=0.0, kw_only=True)
    category: ClassVar[str] = "deopt"


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
    log: object = None           # the tier's EventLog (llvm_tier/events.py): traces render from it
    take_pending: object = None  # () -> the pending exception (a lazy deopt while unwinding rethrows it)
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
        frame = FrameDescription.from_save_area(return_address, caller_sp, rbp, save_area)
        locs = deopt_locations(site.record)
        raw = [read_location(loc, frame, site.stackmap) for loc in locs]
        # the exit may be shared by several guards: its selector operand says whose this is
        point = code.deopt_data.point_at_exit(site.deopt_id, raw[SELECTOR_OPERAND])
        heap = self.isolate.heap
        materialized = []
        frames = translate(point, raw, [describe_location(loc) for loc in locs], heap, self.isolate.objects,
                           materialized)
        thrown = None
        if point.reason == DeoptReason.LAZY_THROW:
            # the call threw: the exception is pending, and the interpreter rethrows it at the call
            thrown = self.take_pending() if self.take_pending is not None else None
            if thrown is None:
                raise RuntimeError("a lazy deopt while unwinding found no pending exception")
        self.on_deopt(code, point)
        innermost = frames[-1]
        event = DeoptEvent(self.isolate.shared_of(innermost.function).display_name, point.deopt_id,
                           point.reason.value, innermost.bytecode_offset, innermost, code.symbol,
                           frames=frames, guard_offset=point.guard_offset, bytecode_name=point.bytecode_name,
                           broken_dependency=(getattr(code, "marked_reason", None) or "")
                           if point.reason.is_lazy else "",
                           materialized=materialized, record_id=site.deopt_id)
        self.events.append(event)
        if self.log is not None:
            self.log.record(event)
        event.latency = time.perf_counter() - t0
        if thrown is not None and not isinstance(thrown, JSThrow):
            raise thrown           # an internal error goes on unwinding, uncaught
        result = self.resume(frames, thrown)
        event.result = result
        if self.log is not None:
            self.log.record(DeoptResumed(event, result))
        return heap.encode(result)

    def resume(self, frames: list[TranslatedFrame], thrown: JSThrow | None = None):
        """Runs the innermost frame in the interpreter, then each caller after its inlined call,
        exactly as if the calls had not been inlined; returns the outermost frame's result.
        With `thrown`, the innermost frame's call at its bytecode offset threw it (a lazy deopt
        while unwinding): its handlers, or its callers', catch it."""
        interpreter = self.isolate.interpreter
        shared_of = self.isolate.shared_of
        result = None
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
