"""Feedback slots in the report's words: a state the page colours and a description with names.

The interpreter's own `describe()` speaks in map ids and closure addresses
(`map#347:field/0`, `target=0x7f...`); a reader of the report wants the
shape behind a map (`Point {x, y}`) and the function behind a call target.
"""
from __future__ import annotations

from dataclasses import dataclass

from interpreter.feedback import (KIND_DOUBLE, KIND_INT32, KIND_NONE, KIND_OTHER, KIND_STRING, BinaryFeedback,
                                  CallFeedback, ICState, PropertyFeedback, kind_names)
from interpreter.objects.maps import ElementsKind, InstanceType

# The states the page colours, from best to worst for the optimizing tier.
STATES = ("none", "mono", "int32", "number", "string", "poly", "generic", "mega")
STATE_LABELS = {"none": "no feedback (never ran)", "mono": "monomorphic", "int32": "int32 only",
                "number": "numbers", "string": "strings", "poly": "polymorphic",
                "generic": "mixed kinds", "mega": "megamorphic"}
_SEVERITY = {s: i for i, s in enumerate(STATES)}


def worst(states) -> str:
    return max(states, key=lambda s: _SEVERITY.get(s, 0), default="none")


@dataclass
class SlotView:
    kind: str          # the slot's kind: load, store, keyed_load, keyed_store, has, binop, compare, unary, call, instanceof
    state: str         # one of STATES
    summary: str       # one line: "monomorphic: Point {x, y}"
    details: list[str]   # one line per map or target seen, or per operand kind


class Describer:
    """Describes slots of one isolate (maps and functions are looked up in it)."""

    def __init__(self, isolate):
        self.isolate = isolate

    def map_text(self, map_id: int) -> str:
        try:
            m = self.isolate.maps[map_id]
        except (IndexError, TypeError):
            m = None
        if m is None:
            return f"map #{map_id}"
        it = m.instance_type
        if it == InstanceType.STRING:
            return f"map #{map_id} (string)"
        if it == InstanceType.ARRAY:
            kind = {ElementsKind.INT32: "int32", ElementsKind.DOUBLE: "double"}.get(m.elements_kind, "any")
            return f"map #{map_id} Array ({kind} elements)"
        name = m.constructor_name or "Object"
        if it == InstanceType.FUNCTION:
            name = "Function"
        keys = ", ".join(m.keys[:8]) + (", ..." if len(m.keys) > 8 else "")
        extra = " (a prototype)" if m.is_prototype_map else ""
        return f"map #{map_id} {name} {{{keys}}}{extra}"

    def function_name(self, fn: int) -> str:
        try:
            sfi = self.isolate.shared_of(fn)
        except Exception:   # noqa: BLE001 - not a function any more: show the address
            return f"0x{fn:x}"
        return sfi.display_name + (" (built-in)" if sfi.native is not None else "")

    def shared_name(self, shared_id: int) -> str:
        functions = self.isolate.functions
        return functions[shared_id].display_name if 0 <= shared_id < len(functions) else f"function #{shared_id}"

    def handler_text(self, handler: tuple) -> str:
        tag = handler[0]
        if tag == "field":
            return f"own field, slot {handler[1]}"
        if tag == "transition":
            return f"adds the property (slot {handler[1]}) -> {self.map_text(handler[2])}"
        if tag in ("getter", "setter"):
            return f"{tag} {self.function_name(handler[1])} on the prototype chain"
        if tag == "constant":
            return "constant found on the prototype chain"
        return {"array_length": "array length", "element": "array element", "missing": "absent: undefined",
                "string_length": "string length"}.get(tag, "/".join(str(x) for x in handler))

    def describe(self, slot) -> SlotView | None:
        if isinstance(slot, PropertyFeedback):
            return self.property_view(slot)
        if isinstance(slot, BinaryFeedback):
            return self.binary_view(slot)
        if isinstance(slot, CallFeedback):
            return self.call_view(slot)
        return None     # global cells: nothing speculative to show

    def property_view(self, slot: PropertyFeedback) -> SlotView:
        details = [f"{self.map_text(m)}: {self.handler_text(h)}" for m, h in slot.handlers.items()]
        extra = []
        if slot.out_of_bounds:
            extra.append("saw an index out of bounds")
        if slot.non_array_key:
            extra.append("saw a non-array receiver or a non-index key")
        details += extra
        if slot.state == ICState.UNINITIALIZED:
            return SlotView(slot.kind, "none", "no feedback: never ran", details)
        if slot.state == ICState.MEGAMORPHIC:
            return SlotView(slot.kind, "mega", "megamorphic: more than 4 maps, generic access", details)
        n = len(slot.handlers)
        names = "; ".join(self.map_text(m) for m in slot.handlers)
        if slot.state == ICState.MONOMORPHIC:
            return SlotView(slot.kind, "mono", f"monomorphic: {names}", details)
        return SlotView(slot.kind, "poly", f"polymorphic ({n} maps): {names}", details)

    def binary_view(self, slot: BinaryFeedback) -> SlotView:
        flags = slot.flags
        if flags == KIND_NONE:
            state = "none"
        elif flags == KIND_INT32:
            state = "int32"
        elif flags & ~(KIND_INT32 | KIND_DOUBLE) == 0:
            state = "number"
        elif flags == KIND_STRING:
            state = "string"
        else:
            state = "generic"
        text = "no feedback: never ran" if flags == KIND_NONE else f"operands seen: {kind_names(flags)}"
        details = [n for k, n in ((KIND_INT32, "int32 (small integers, int32 result)"),
                                  (KIND_DOUBLE, "other numbers (doubles, or an int32 overflow)"),
                                  (KIND_STRING, "strings"), (KIND_OTHER, "other values"))
                   if flags & k]
        return SlotView(slot.kind, state, text, details)

    def call_view(self, slot: CallFeedback) -> SlotView:
        if slot.megamorphic:
            return SlotView(slot.kind, "mega", f"megamorphic: more than 4 targets ({slot.count} calls)", [])
        targets = [self.function_name(t) for t in slot.targets]
        targets += [f"{self.shared_name(s)} (any closure of it)" for s in slot.shared]
        if not targets:
            return SlotView(slot.kind, "none", "no feedback: never called", [])
        if len(targets) == 1:
            return SlotView(slot.kind, "mono", f"monomorphic: calls {targets[0]} ({slot.count} calls)", targets)
        return SlotView(slot.kind, "poly", f"polymorphic ({len(targets)} targets, {slot.count} calls): "
                        + ", ".join(targets), targets)
