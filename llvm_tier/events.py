"""The tier's event log: what the optimizing tier and the deoptimizer did, in order, with times.

Place in the pipeline: the TierManager (tierup.py) and the Deoptimizer
(deopt/deoptimizer.py) record one event per decision they make (a compile
started, code installed or discarded, a function given up on, an OSR entry,
a deopt, the interpreter finishing a deopted call). Two renderers read the
same events: `TextTrace` prints the `[opt]` and `[deopt]` lines of
--trace-opt and --trace-deopt the moment an event is recorded, and the HTML
report (report/, `bailout report`) reads the whole log after the run.

A deopt's values are heap objects that the resumed program goes on changing,
so what a renderer shows of them (a register's value as console.log would
print it) is captured when the event is recorded, once, and only when
someone will read it: a run with neither traces nor a report pays nothing
for formatting. The report also wants each compile's feedback as the
lowering saw it; that copy is taken only for a report (`keep_details`).
"""
from __future__ import annotations

import copy
import sys
import time
from dataclasses import dataclass, field
from typing import ClassVar

from deopt.frame_state import FrameKind


@dataclass
class Event:
    time: float = field(default=0.0, kw_only=True)   # time.perf_counter() when recorded
    category: ClassVar[str] = "opt"                   # which trace flag shows it: "opt" or "deopt"


@dataclass(frozen=True)
class InlinedFrame:
    """A callee inlined into a compile: at `call_pc` of its caller, `depth` levels down."""
    shared_id: int
    caller_id: int
    call_pc: int
    depth: int


def inlined_frames(lowering) -> tuple[InlinedFrame, ...]:
    return tuple(InlinedFrame(f.sfi.id, f.parent.sfi.id, f.call_pc, f.depth)
                 for f in lowering.frames if f.parent is not None)


@dataclass
class CompileStarted(Event):
    """A function, or one of its loops for OSR, was lowered and handed to LLVM: on the compile
    thread (`concurrent`) or right away on the main thread."""
    sfi: object
    symbol: str
    osr_offset: int | None
    invocations: int
    back_edges: int
    lowering_seconds: float
    concurrent: bool
    inlined: tuple[InlinedFrame, ...] = ()
    # For a report: the feedback vectors the lowering read (sfi id -> copied slots), the
    # function's own and every inlined callee's.
    feedback: dict | None = None

    @classmethod
    def of(cls, job, concurrent: bool) -> "CompileStarted":
        sfi = job.sfi
        return cls(sfi, job.lowered.symbol, job.osr_offset, sfi.invocations, sfi.back_edges,
                   job.lowering_seconds, concurrent, inlined_frames(job.lowering))


@dataclass
class CodeInstalled(Event):
    """Optimized (or OSR) code was installed: calls (or the loop's back edge) enter it now."""
    sfi: object
    code: object                   # the OptimizedCode
    invocations: int
    back_edges: int
    lowering_seconds: float
    compile_seconds: float
    concurrent: bool
    notes: list[str]               # what the code speculates and the inlining decisions
    inlined: tuple[InlinedFrame, ...] = ()
    compile_started: float = 0.0   # perf_counter() when LLVM started on it (the compile thread's clock
                                   # when concurrent)

    @classmethod
    def of(cls, job, code) -> "CodeInstalled":
        sfi = job.sfi
        return cls(sfi, code, sfi.invocations, sfi.back_edges, job.lowering_seconds, job.compile_seconds,
                   job.future is not None, job.lowering.notes, inlined_frames(job.lowering),
                   job.compile_started)

    @property
    def elapsed(self) -> float:
        return self.lowering_seconds + self.compile_seconds


@dataclass
class CompileDiscarded(Event):
    """Code compiled on the compile thread was thrown away: its function changed meanwhile."""
    sfi: object
    symbol: str
    reason: str


@dataclass
class CodeMarked(Event):
    """A dependency of the code broke: it was unlinked and marked for deoptimization (its
    activations still on the stack deopt lazily when their calls return)."""
    sfi: object
    symbol: str
    reason: str                    # which dependency broke
    category: ClassVar[str] = "deopt"


@dataclass
class OSRUnsupported(Event):
    """A loop could not be compiled for on-stack replacement; the function itself may still be."""
    sfi: object
    reason: str


@dataclass
class OptimizationDisabled(Event):
    """The tier gave up on a function: it stays in the interpreter."""
    sfi: object
    reason: str


@dataclass
class OSREntered(Event):
    """An interpreter frame continued in OSR code at a loop header."""
    sfi: object
    header: int
    symbol: str


# ---- what renderers show of a deopt's values, captured when it is recorded ---------------------

@dataclass
class ValueView:
    """One value of a translated frame as the trace and the report show it."""
    name: str                  # "context", "r2 (obj)", "accumulator"
    shown: str                 # the value, formatted when the deopt happened
    where: str                 # where it came from: "register rbx", "[rsp+40]", "the closure (rematerialized)"
    rep: str                   # its machine representation when read from the frame, else ""
    raw: int | None            # the machine word read (None when not read from the frame)
    source: str                # "operand #3 (tagged)", "constant 1.0", ...
    operand: int = -1          # the stack map record's deopt operand it was read from


@dataclass
class FrameView:
    function: str
    shared_id: int
    kind: FrameKind
    bytecode_offset: int
    values: list[ValueView]


_WHERE_NOT_READ = {
    "constant": "constant (rematerialized)", "recipe": "the closure (rematerialized)",
    "callee result": "the inlined callee's result",
    "optimized out": "nowhere (dead: the interpreter does not read it again)"}


def frame_views(frames, shared_of, format_value) -> list[FrameView]:
    """The translated frames (outermost first) with every value formatted now."""
    views = []
    for tf in frames:
        sfi = shared_of(tf.function)

        def view(name, tv):
            where = tv.location if tv.raw is not None else _WHERE_NOT_READ.get(tv.location, tv.location)
            src = tv.source
            rep = src.rep.value if src.kind == "operand" else ""
            if tv.location == "callee result":
                shown = "(pending)"
            elif tv.location == "optimized out":
                shown = "<optimized out>"
            else:
                shown = f"0x{tv.value:x}" if name == "context" else format_value(tv.value)
            raw = tv.raw & 0xFFFF_FFFF_FFFF_FFFF if tv.raw is not None else None
            return ValueView(name, shown, where, rep, raw, src.describe(), src.operand)

        values = [view("context", tf.context)]
        for r, tv in enumerate(tf.registers):
            name = f"r{r}"
            if r in sfi.register_names:
                name += f" ({sfi.register_names[r]})"
            values.append(view(name, tv))
        values.append(view("accumulator", tf.accumulator))
        views.append(FrameView(sfi.display_name, sfi.id, tf.kind, tf.bytecode_offset, values))
    return views


def copy_feedback(vector) -> list:
    """A copy of a feedback vector that later feedback does not change (the slots' dicts and
    lists copied; what they hold, map ids and function pointers, is immutable)."""
    out = []
    for slot in vector or ():
        c = copy.copy(slot)
        for name in ("handlers", "targets", "shared"):
            value = getattr(c, name, None)
            if value is not None:
                setattr(c, name, type(value)(value))
        out.append(c)
    return out


# ---- the log -----------------------------------------------------------------------------------------

class EventLog:
    """Append-only, owned by the tier; `events` in the order they happened (main thread only).

    Listeners are called with each event as it is recorded; a listener's `wants(event)` says
    whether it will show it, which is what makes the log capture the event's values.
    """

    def __init__(self, isolate, format_value=repr):
        self.isolate = isolate
        self.format_value = format_value
        self.events: list = []
        self.listeners: list = []
        self.keep_details = False      # a report will read every event after the run
        self.started = time.perf_counter()

    def listen(self, listener) -> None:
        self.listeners.append(listener)

    def record(self, event):
        event.time = time.perf_counter()
        self.events.append(event)
        if self.keep_details or any(listener.wants(event) for listener in self.listeners):
            self.capture(event)
        for listener in self.listeners:
            listener(event)
        return event

    def capture(self, event) -> None:
        # (the deoptimizer is imported by the first compile, not with the tier: see tierup.py)
        from deopt.deoptimizer import DeoptEvent, DeoptResumed
        if isinstance(event, DeoptEvent):
            event.views = frame_views(event.frames, self.isolate.shared_of, self.format_value)
            event.materialized_shown = [
                (f"{'array' if m.is_array else 'object'} #{m.object_id}: map #{m.map_id} at 0x{m.address:x} = {self.format_value(m.address)}; fields from "
                 + (", ".join(f.location if f.raw is not None else _WHERE_NOT_READ.get(f.location, f.location)
                              for f in m.fields) or "nowhere (none)"))
                for m in event.materialized]
        elif isinstance(event, DeoptResumed):
            event.function_name = self.isolate.shared_of(event.deopt.frames[0].function).display_name
            event.shown = self.format_value(event.result)
        elif isinstance(event, CompileStarted) and self.keep_details:
            functions = self.isolate.functions
            ids = [event.sfi.id, *(f.shared_id for f in event.inlined)]
            event.feedback = {i: copy_feedback(functions[i].feedback) for i in dict.fromkeys(ids)}

    def of_type(self, *types) -> list:
        return [e for e in self.events if isinstance(e, types)]


# ---- the text renderer: --trace-opt and --trace-deopt ---------------------------------------------

def trace_text(event) -> str | None:
    """The lines --trace-opt or --trace-deopt print for an event (None: it prints nothing)."""
    if isinstance(event, CompileStarted):
        if not event.concurrent:
            return None
        what = ("OSR code for the loop at bytecode %d of " % event.osr_offset
                if event.osr_offset is not None else "")
        return (f"[opt] queued {what}{event.sfi.display_name} as {event.symbol} (invocations "
                f"{event.invocations}, back edges {event.back_edges}), lowered in "
                f"{event.lowering_seconds * 1000:.1f} ms")
    if isinstance(event, CodeInstalled):
        code = event.code
        kind = ("optimized" if code.osr_offset is None
                else f"OSR-compiled (loop at bytecode {code.osr_offset})")
        where = " (compiled concurrently, installed now)" if event.concurrent else ""
        lines = [f"[opt] {kind} {event.sfi.display_name} as {code.symbol} "
                 f"(invocations {event.invocations}, back edges {event.back_edges}) in "
                 f"{event.elapsed * 1000:.1f} ms, {len(code.deopt_data.points)} deopt points{where}",
                 f"[opt]   compile phases, ms: {phase_split(event.lowering_seconds, code.compiled.timings)}"]
        lines.extend(f"[opt]   {note}" for note in event.notes)
        lines.extend(f"[opt]   dependency: {dep.describe()}" for dep in code.dependencies)
        return "\n".join(lines)
    if isinstance(event, CompileDiscarded):
        return f"[opt] discarded {event.symbol}: {event.reason}"
    if isinstance(event, CodeMarked):
        return (f"[deopt] marked {event.symbol} ({event.sfi.display_name}) for deoptimization: "
                f"{event.reason}; unlinked, activations deopt lazily")
    if isinstance(event, OSRUnsupported):
        return f"[opt] no OSR for {event.sfi.display_name}: {event.reason}"
    if isinstance(event, OptimizationDisabled):
        return f"[opt] {event.sfi.display_name} stays in the interpreter: {event.reason}"
    if isinstance(event, OSREntered):
        return (f"[opt] OSR entry into {event.sfi.display_name} at loop bytecode {event.header} "
                f"({event.symbol})")
    from deopt.deoptimizer import DeoptEvent, DeoptResumed
    if isinstance(event, DeoptEvent):
        return deopt_trace_text(event)
    if isinstance(event, DeoptResumed):
        return f"[deopt] {event.function_name}: interpreter returned {event.shown}"
    return None


def phase_split(lowering_seconds: float, timings) -> str:
    """One compile's time by phase: the lowering (Python), then the JIT's (jit.CompileTimings)."""
    parts = [("lowering", lowering_seconds), *timings.phases().items()]
    return ", ".join(f"{name} {seconds * 1000:.1f}" for name, seconds in parts)


def deopt_trace_text(event) -> str:
    """The [deopt] lines of a DeoptEvent (deopt/deoptimizer.py)."""
    views = event.views
    out = [f"[deopt] {views[-1].function}: deopt id {event.deopt_id}, reason: {event.reason}, "
           f"at bytecode offset {event.guard_offset} ({event.bytecode_name}) in {event.code_symbol}"]
    if event.broken_dependency:
        out.append(f"[deopt]   dependency broken while this activation was in a call: {event.broken_dependency}")
    for shown in event.materialized_shown:
        out.append(f"[deopt]   materialized captured {shown}")
    if len(views) > 1:
        out.append(f"[deopt]   {len(views)} translated frames (inlined code), outermost first:")
    for k, fv in enumerate(views):
        if fv.kind == FrameKind.INTERPRETED:
            resume = f"resume at offset {fv.bytecode_offset}"
        else:
            resume = f"resume after offset {fv.bytecode_offset}, {fv.kind.value}"
        label = f"frame {k + 1} of {len(views)}: {fv.function}, " if len(views) > 1 else ""
        out.append(f"[deopt]   translated frame ({label}{resume}):")
        for v in fv.values:
            rep = f" {v.rep}" if v.rep else ""
            raw = f" bits=0x{v.raw:x}" if v.raw is not None else ""
            out.append(f"[deopt]     {v.name:<14} = {v.shown:<24} from {v.where}{rep}{raw}")
    out.append(f"[deopt]   unlinked {event.code_symbol}; resuming in the interpreter at bytecode offset "
               f"{views[-1].bytecode_offset}")
    return "\n".join(out)


class TextTrace:
    """Prints the trace lines of the events its flags ask for, to stderr (looked up at each
    print, so a redirected stderr gets them), reading the flags from the tier's options."""

    def __init__(self, options):
        self.options = options

    def wants(self, event) -> bool:
        return self.options.trace_deopt if event.category == "deopt" else self.options.trace_opt

    def __call__(self, event) -> None:
        if self.wants(event):
            text = trace_text(event)
            if text is not None:
                print(text, file=sys.stderr)
