"""DeoptimizationData: what the optimizing tier records at compile time for every deopt point.

A deopt point's FrameState says, for an interpreter frame to rebuild, the
bytecode offset to resume at and where each register, the accumulator and the
context come from: one of the `"deopt"` bundle operands (whose machine
location the stack map gives at run time), a constant known at compile time,
or a recipe to rematerialize it. The representation says how to box a raw
machine value into a JS value. The stack map only says *where* an operand is;
this table says *what* it is.

With inlining, one machine frame holds several interpreter frames: a deopt
point then has one FrameState per inlined level, outermost first (V8's
translation with one frame per inlined function). Every frame but the
innermost stopped at a call, a `new` or a property access whose callee was
inlined: it resumes *after* that bytecode, with the callee's result in the
accumulator (`FrameKind`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Rep(Enum):
    """Machine representation of a value in optimized code."""
    TAGGED = "tagged"      # i64, a NaN-boxed JS value
    INT32 = "int32"        # i32
    FLOAT64 = "float64"    # double
    BOOL = "bool"          # i32 0/1 in the bundle (i1 in SSA)
    RAW_POINTER = "raw"    # i64 untagged heap address (a context)


class DeoptReason(Enum):
    WRONG_MAP = "wrong map"
    NOT_A_HEAP_OBJECT = "not a heap object"
    NOT_INT32 = "not an int32"
    NOT_NUMBER = "not a number"
    OVERFLOW = "overflow"
    OUT_OF_BOUNDS = "out of bounds"
    DIVISION_NOT_INT32 = "division result not int32"
    MINUS_ZERO = "minus zero"
    WRONG_CALL_TARGET = "wrong call target"
    WRONG_ELEMENTS_KIND = "wrong elements kind"
    UNSUPPORTED_VALUE_KIND = "unsupported value kind"
    INSUFFICIENT_FEEDBACK = "insufficient type feedback"
    HOLE = "hole (binding not initialized)"
    THROW = "throws (handled by the interpreter)"
    PROTOTYPE_CHANGED = "prototype chain changed"
    GLOBAL_CELL = "store would change a global cell's type"   # the interpreter's store breaks it
    LAZY = "lazy"                       # the code was marked for deoptimization during a call
    LAZY_THROW = "lazy (while unwinding)"   # ... during a call that threw: rethrown in the interpreter

    @property
    def is_lazy(self) -> bool:
        return self in (DeoptReason.LAZY, DeoptReason.LAZY_THROW)


class FrameKind(Enum):
    """How a rebuilt frame continues (V8's TranslatedFrame kinds)."""
    INTERPRETED = "interpreted"          # re-execute the bytecode at the offset (the innermost frame)
    CALL = "after call"                  # the Call at the offset returned the callee's result
    CONSTRUCT = "after construct"        # `new`: the callee's result if an object, else the receiver
    GETTER = "after getter"              # a property load whose getter was inlined
    SETTER = "after setter"              # a property store whose setter was inlined: acc keeps the value


@dataclass(frozen=True)
class ValueSource:
    """Where one interpreter value comes from at a deopt point.

    kind "operand":  bundle operand number `operand`, in representation `rep`
    kind "constant": the JS value `constant` (known at compile time)
    kind "function_context": rematerialized as the closure's own context
    kind "callee_result": the result of the inlined callee (a caller frame's accumulator)
    kind "optimized_out": a register the interpreter never reads again (bytecode liveness): not
                          kept alive in optimized code, rebuilt as undefined
    kind "captured_object": an object escape analysis removed (V8's CapturedObject): the
                          deoptimizer materializes it with map `map_id` and its `fields`,
                          (property index, ValueSource) pairs, a field itself a captured object
                          when it held one; `object_id` numbers it within the deopt point
    kind "captured_array": an array literal escape analysis removed: `fields` are its elements
                          (index, ValueSource); its elements kind is what they need
    kind "duplicated_object": the captured object `object_id` again (V8's DuplicatedObject):
                          the same materialized object, so identity survives the deopt
    """
    kind: str
    rep: Rep = Rep.TAGGED
    operand: int = -1
    constant: object = None
    object_id: int = -1
    map_id: int = -1
    fields: tuple = ()

    def describe(self) -> str:
        if self.kind == "operand":
            return f"operand #{self.operand} ({self.rep.value})"
        if self.kind == "constant":
            return f"constant {self.constant!r}"
        if self.kind == "callee_result":
            return "the inlined callee's result"
        if self.kind == "optimized_out":
            return "optimized out (dead)"
        if self.kind == "captured_object":
            return f"captured object #{self.object_id} (map #{self.map_id}, {len(self.fields)} fields)"
        if self.kind == "captured_array":
            return f"captured array #{self.object_id} ({len(self.fields)} elements)"
        if self.kind == "duplicated_object":
            return f"duplicated object (captured object #{self.object_id})"
        return "rematerialized from the closure's context"


@dataclass(frozen=True)
class FrameState:
    bytecode_offset: int
    function: ValueSource
    context: ValueSource
    registers: tuple[ValueSource, ...]
    accumulator: ValueSource
    kind: FrameKind = FrameKind.INTERPRETED
    shared_id: int = -1        # the SharedFunctionInfo's id (-1: the optimized function's own)

    def sources(self) -> tuple[ValueSource, ...]:
        return (self.function, self.context, *self.registers, self.accumulator)


@dataclass(frozen=True)
class DeoptPoint:
    """A deopt exit: the guard's reason and bytecode, and the frame states to rebuild, outermost
    first. The innermost frame resumes at the guard's checkpoint (the last side effect before
    it), which may be a few pure bytecodes before the guard itself."""
    deopt_id: int
    reason: DeoptReason
    frames: tuple[FrameState, ...]
    bytecode_name: str         # the bytecode the guard protects, for traces
    guard_offset: int = -1     # its offset (in the innermost frame's function)

    @property
    def frame_state(self) -> FrameState:
        """The innermost frame: where the guard failed."""
        return self.frames[-1]


# Bundle operand 0 of every deopt exit is the deopt id of the guard that failed (an i32, a
# constant when only one deopt point uses the exit); the frame states' operands follow it.
SELECTOR_OPERAND = 0


@dataclass
class DeoptimizationData:
    """All deopt points of one optimized function, by deopt id, and its deopt exits.

    The guards of one checkpoint share one deopt exit (one call of llvm.experimental.deoptimize,
    one stack map record: V8 shares deopt exits the same way): they resume the interpreter at the
    same frame states with the same bundle. The record's ID is the exit's (`exits` maps it to the
    deopt ids using it); which point failed is bundle operand SELECTOR_OPERAND."""
    points: dict[int, DeoptPoint]
    exits: dict[int, tuple[int, ...]] = field(default_factory=dict)   # record ID -> its deopt ids

    def __getitem__(self, deopt_id: int) -> DeoptPoint:
        return self.points[deopt_id]

    def points_of_exit(self, record_id: int) -> list[DeoptPoint]:
        """The deopt points sharing the exit whose stack map record has this ID."""
        return [self.points[i] for i in self.exits.get(record_id, (record_id,)) if i in self.points]

    def exit_of(self, deopt_id: int) -> int:
        """The record ID of the deopt exit a deopt point uses."""
        owners = self.__dict__.get("_exit_of")
        if owners is None:
            owners = self.__dict__["_exit_of"] = {i: rid for rid, ids in self.exits.items() for i in ids}
        return owners.get(deopt_id, deopt_id)

    def point_at_exit(self, record_id: int, selector: int) -> DeoptPoint:
        """The point that failed: the exit's selector operand names it (an i32: the low 32 bits
        of the word read from the machine frame)."""
        deopt_id = selector & 0xFFFF_FFFF
        if deopt_id not in self.exits.get(record_id, (record_id,)):
            raise KeyError(f"deopt exit {record_id} has no deopt point {deopt_id}")
        return self.points[deopt_id]

    @property
    def constants(self) -> list:
        """The values frame states hold as constants (what a deopt materializes from nowhere
        else): while the code is live they are roots for the collector, which reads this list
        instead of walking every frame state."""
        found = self.__dict__.get("_constants")
        if found is None:
            found = [s.constant for point in self.points.values() for frame in point.frames
                     for s in frame.sources() if s.constant is not None]
            self.__dict__["_constants"] = found
        return found
