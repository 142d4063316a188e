"""Translation: a deopt point's FrameStates plus the raw words read from the machine frame -> interpreter frames.

Pure apart from the heap's decoding: each register's value is boxed according
to its representation (an int32 becomes a JS number, a float64's bits a
double, a tagged word is decoded), constants recorded at compile time are
rematerialized, and the context is read or rebuilt from the closure. Objects
escape analysis removed (captured objects) are materialized on the heap first,
each once however many registers and frames hold it. A deopt
inside inlined code gives one TranslatedFrame per inlined level, outermost
first (V8's TranslatedState); a caller frame's accumulator is left for the
callee's result.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass

from interpreter.objects.layout import FUNCTION_CONTEXT_OFFSET
from interpreter.objects.values import PAYLOAD_MASK, UNDEFINED

from .frame_state import DeoptPoint, FrameKind, FrameState, Rep, ValueSource


@dataclass
class TranslatedValue:
    source: ValueSource
    raw: int | None           # the machine word read from the frame (None for constants/recipes)
    location: str             # where it was read, e.g. "[rbp-24]" or "constant"
    value: object             # the interpreter value


@dataclass
class TranslatedFrame:
    """One interpreter frame a deopt rebuilds (V8's TranslatedFrame). `kind` says how it
    continues: the innermost re-executes the bytecode at `bytecode_offset`; a caller of an
    inlined callee continues after it with the callee's result."""
    function: int
    bytecode_offset: int
    context: TranslatedValue
    registers: list[TranslatedValue]
    accumulator: TranslatedValue
    kind: FrameKind = FrameKind.INTERPRETED


def box(raw: int, rep: Rep, heap):
    """The interpreter value of a raw machine word in a representation."""
    if rep == Rep.TAGGED:
        return heap.decode(raw & 0xFFFF_FFFF_FFFF_FFFF)
    if rep == Rep.INT32:
        low = raw & 0xFFFF_FFFF
        return float(low - (1 << 32) if low & 0x8000_0000 else low)
    if rep == Rep.FLOAT64:
        return struct.unpack("<d", struct.pack("<Q", raw & 0xFFFF_FFFF_FFFF_FFFF))[0]
    if rep == Rep.BOOL:
        return bool(raw & 1)
    return raw & PAYLOAD_MASK   # RAW_POINTER


@dataclass
class MaterializedObject:
    """A captured object or array the deoptimizer made on the heap (for traces and tests)."""
    object_id: int
    map_id: int
    address: int
    fields: list[TranslatedValue]
    is_array: bool = False


def captured_objects(point: DeoptPoint) -> dict[int, ValueSource]:
    """Every captured object of a deopt point, nested ones too, by object id."""
    found = {}

    def walk(src: ValueSource) -> None:
        if src.kind in ("captured_object", "captured_array"):
            found[src.object_id] = src
            for _, field in src.fields:
                walk(field)

    for state in point.frames:
        for src in state.sources():
            walk(src)
    return found


def translate(point: DeoptPoint, raw_operands: list[int], locations: list[str], heap,
              objects=None, materialized: list | None = None) -> list[TranslatedFrame]:
    """Builds the interpreter frames of a deopt point (outermost first) from the bundle operands' raw words.
    Captured objects are allocated through `objects` (the ObjectSpace) and listed in `materialized`."""
    captured = captured_objects(point)
    made: dict[int, int] = {}          # object id -> its address, once materialized
    if materialized is None:
        materialized = []

    def materialize(object_id: int) -> int:
        """Allocates a captured object with its map, then fills its fields (a field may be
        another captured object, or this one again). Every allocation is a handle (the
        collector's root), and the raw words it reads stay in this frame's lists."""
        if object_id in made:
            return made[object_id]
        src = captured[object_id]
        if src.kind == "captured_array":
            # its elements first (no cycles: an object never holds itself), then the array, of
            # the elements kind they need, as any array made from values
            fields = [value_of(f) for _, f in src.fields]
            addr = made[object_id] = objects.new_array([tv.value for tv in fields])
            map_id = objects.map_of(addr).id
            materialized.append(MaterializedObject(object_id, map_id, addr, fields, True))
            return addr
        m = objects.maps[src.map_id]
        addr = objects.new_object(m)
        made[object_id] = addr
        record = MaterializedObject(object_id, src.map_id, addr, [])
        materialized.append(record)
        outside = len(m.keys) - m.inobject
        if outside > 0:
            objects.grow_properties(addr, outside)
        for index, field_src in src.fields:
            tv = value_of(field_src)
            record.fields.append(tv)
            heap.store(objects.property_address(addr, m, index), tv.value)
        return addr

    def value_of(src: ValueSource) -> TranslatedValue:
        if src.kind in ("captured_object", "captured_array", "duplicated_object"):
            return TranslatedValue(src, None, f"captured object #{src.object_id}", materialize(src.object_id))
        if src.kind == "operand":
            raw = raw_operands[src.operand]
            return TranslatedValue(src, raw, locations[src.operand], box(raw, src.rep, heap))
        if src.kind == "constant":
            return TranslatedValue(src, None, "constant", src.constant)
        if src.kind == "callee_result":
            return TranslatedValue(src, None, "callee result", None)
        if src.kind == "optimized_out":
            return TranslatedValue(src, None, "optimized out", UNDEFINED)
        raise ValueError(f"cannot translate a {src.kind} value on its own")

    def frame(state: FrameState) -> TranslatedFrame:
        fn = value_of(state.function)
        if state.context.kind == "function_context":
            addr = fn.value + FUNCTION_CONTEXT_OFFSET
            context = TranslatedValue(state.context, None, "recipe", heap.load_word(addr))
        else:
            context = value_of(state.context)
        return TranslatedFrame(fn.value, state.bytecode_offset, context,
                               [value_of(s) for s in state.registers], value_of(state.accumulator), state.kind)

    return [frame(state) for state in point.frames]
