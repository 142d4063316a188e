"""Feedback vectors: what the interpreter saw at each site, for its own inline caches and for the optimizing tier.

One vector per function literal (SharedFunctionInfo), one slot per site the
compiler allotted. Property sites keep an inline-cache state with the maps
seen and how each was handled; arithmetic and compare sites keep the union of
operand kinds seen (a small lattice of bit flags); call sites keep the callee.
"""
from __future__ import annotations

from enum import IntEnum

# Operand kinds of arithmetic/compare sites, as bit flags (joined with |).
KIND_NONE = 0
KIND_INT32 = 1       # int32 operands that also gave an int32 result
KIND_DOUBLE = 2      # other numbers (or an int32 operation that left int32 range)
KIND_STRING = 4
KIND_OTHER = 8
KIND_NAMES = {KIND_INT32: "int32", KIND_DOUBLE: "number", KIND_STRING: "string", KIND_OTHER: "other"}


def kind_names(flags: int) -> str:
    if flags == KIND_NONE:
        return "none"
    return "|".join(n for k, n in KIND_NAMES.items() if flags & k)


class ICState(IntEnum):
    UNINITIALIZED = 0
    MONOMORPHIC = 1
    POLYMORPHIC = 2
    MEGAMORPHIC = 3


MAX_POLYMORPHISM = 4


class PropertyFeedback:
    """A named or keyed property site. `handlers` maps a map id to how the access was done:

    loads:  ('field', index)          own data property at property index `index`
            ('array_length',)         an array's length
            ('element',)              keyed: an array element (kind known from the map)
            ('missing',)              the property is absent: undefined
            ('constant', value, cell) a value found on the prototype chain (Array.prototype.push),
                                      while the chain's validity cell holds 0
            ('getter', fn, cell)      a getter found on the prototype chain, likewise
            ('string_length',)        a string's length (under the string map)
    `in`:   ('has', cell)             `key in obj` on an object of this map; the answer for a
                                      constant key follows from the map and the prototype chain,
                                      whose validity cell this is
            ('has_element',)          an integer key on an array: out_of_bounds records an index
                                      the array did not have as its own element (a hole too)
    stores: ('field', index)          overwrite an existing property
            ('transition', index, new_map_id, cell)   add a property, while the prototype
                                      chain's validity cell holds 0
            ('setter', fn, cell)      a setter found on the prototype chain
            ('element',)              keyed store of an in-bounds array element
    """
    __slots__ = ("kind", "state", "handlers", "fast", "out_of_bounds", "non_array_key")

    def __init__(self, kind: str):
        self.kind = kind
        self.state = ICState.UNINITIALIZED
        self.handlers: dict[int, tuple] = {}
        # map id -> word offset of an in-object field, the interpreter's own fast path
        self.fast: dict[int, int] = {}
        self.out_of_bounds = False      # keyed: an index outside the array was seen
        self.non_array_key = False      # keyed: a non-array receiver or non-index key was seen

    def record(self, map_id: int, handler: tuple) -> None:
        if map_id in self.handlers or self.state == ICState.MEGAMORPHIC:
            return
        if len(self.handlers) >= MAX_POLYMORPHISM:
            self.megamorphic()
            return
        self.handlers[map_id] = handler
        self.state = ICState.MONOMORPHIC if len(self.handlers) == 1 else ICState.POLYMORPHIC

    def megamorphic(self) -> None:
        # The interpreter keeps its own cache (`fast`) even when the site is megamorphic.
        self.state = ICState.MEGAMORPHIC
        self.handlers.clear()

    def describe(self) -> str:
        parts = [self.state.name.lower()]
        if self.handlers:
            parts.append(", ".join(f"map#{m}:{'/'.join(str(x) for x in h)}" for m, h in self.handlers.items()))
        if self.out_of_bounds:
            parts.append("out-of-bounds")
        if self.non_array_key:
            parts.append("generic-key")
        return " ".join(parts)


class BinaryFeedback:
    """An arithmetic, unary or compare site: the operand kinds seen."""
    __slots__ = ("kind", "flags")

    def __init__(self, kind: str):
        self.kind = kind
        self.flags = KIND_NONE

    def describe(self) -> str:
        return kind_names(self.flags)


class CallFeedback:
    """A call or construct site: the functions it called (V8's polymorphic call feedback).

    Up to MAX_POLYMORPHISM targets, then megamorphic. A target is a closure (`targets`), or,
    once two closures of one function literal were seen, that literal's SharedFunctionInfo
    id (`shared`): a callback made afresh at each call is still one target.
    `shared_id_of(fn)` gives a closure's SharedFunctionInfo id (the isolate's object space).
    """
    __slots__ = ("kind", "targets", "shared", "megamorphic", "count", "shared_id_of")

    def __init__(self, kind: str, shared_id_of=None):
        self.kind = kind
        self.targets: list[int] = []
        self.shared: list[int] = []
        self.megamorphic = False
        self.count = 0                 # calls the interpreter made here
        self.shared_id_of = shared_id_of

    def record(self, fn: int) -> None:
        self.count += 1
        if fn in self.targets or self.megamorphic:
            return
        sid = self.shared_id_of(fn) if self.shared_id_of is not None else None
        if sid is not None and sid in self.shared:
            return
        if sid is not None:
            same = [t for t in self.targets if self.shared_id_of(t) == sid]
            if same:
                # closures of one literal: the literal is the target
                self.targets = [t for t in self.targets if t not in same]
                self.shared.append(sid)
                return
        if len(self.targets) + len(self.shared) >= MAX_POLYMORPHISM:
            self.megamorphic = True
            self.targets.clear()
            self.shared.clear()
            return
        self.targets.append(fn)

    @property
    def target(self) -> int | None:
        """The one closure a monomorphic site called (None otherwise)."""
        return self.targets[0] if len(self.targets) == 1 and not self.shared else None

    @property
    def state(self) -> ICState:
        n = len(self.targets) + len(self.shared)
        if self.megamorphic:
            return ICState.MEGAMORPHIC
        return ICState.UNINITIALIZED if n == 0 else ICState.MONOMORPHIC if n == 1 else ICState.POLYMORPHIC

    def describe(self) -> str:
        if self.megamorphic:
            return "megamorphic"
        if not self.targets and not self.shared:
            return "uninitialized"
        if self.target is not None:
            return f"target=0x{self.target:x}"
        return "polymorphic " + ", ".join([f"0x{t:x}" for t in self.targets] +
                                          [f"shared#{s}" for s in self.shared])


class GlobalFeedback:
    __slots__ = ("kind",)

    def __init__(self, kind: str):
        self.kind = kind

    def describe(self) -> str:
        return "cell"


_SLOT_CLASSES = {"load": PropertyFeedback, "store": PropertyFeedback,
                 "keyed_load": PropertyFeedback, "keyed_store": PropertyFeedback, "has": PropertyFeedback,
                 "binop": BinaryFeedback, "compare": BinaryFeedback, "unary": BinaryFeedback,
                 "call": CallFeedback, "global": GlobalFeedback}


def new_feedback_vector(kinds: list[str], shared_id_of=None) -> list:
    """One slot per site kind; call sites get `shared_id_of` (closure -> SharedFunctionInfo id)."""
    # `instanceof` sites keep the constructor they saw as call sites keep their callee.
    return [CallFeedback(k, shared_id_of) if k in ("call", "instanceof") else _SLOT_CLASSES[k](k) for k in kinds]
