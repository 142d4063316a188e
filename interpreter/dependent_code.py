"""Dependent code: which optimized code relies on which runtime assumption, and what breaks it.

Place in the pipeline: the runtime's half of the optimizing tier's
CompilationDependencies (V8's DependentCode). The tier records, while
lowering, the assumptions its code relies on instead of checking them (a
global variable's cell holds a constant, a prototype chain's validity cell is
still 0, a map is stable: no object has left it) and registers the installed code here under each assumption's key.
The runtime (the interpreter, objects/space.py, the isolate) calls
`deoptimize(key, why)` when it breaks one; the tier's callback (`on_break`)
then marks every dependent code object for deoptimization. The interpreter
never imports the tier: this table is plain data the tier fills.

Global variables have a PropertyCellType here as in V8: a cell is
*uninitialized* while it has only held undefined or the hole, *constant*
from its first real value until a store changes that value, then *mutable*
for good. Only constant cells may be folded into optimized code.
"""
from __future__ import annotations

from enum import Enum


class CellType(Enum):
    UNINITIALIZED = "uninitialized"
    CONSTANT = "constant"
    MUTABLE = "mutable"


def global_key(cell: int) -> tuple:
    return ("global", cell)


def prototype_key(validity_cell: int) -> tuple:
    return ("prototype", validity_cell)


def map_key(map_id: int) -> tuple:
    return ("map", map_id)


# V8's NoElementsProtector: no object has an index property that is an accessor or read-only
# (ObjectSpace.index_setters), so a write to a missing element needs no prototype chain walk.
INDEX_SETTERS_KEY = ("protector", "index_setters")


class DependentCode:
    """key -> the code objects relying on it. Keys are plain tuples (see the *_key helpers)."""

    def __init__(self):
        self.groups: dict[tuple, set] = {}
        # Set by the tier: on_break(codes, why) marks them for deoptimization.
        self.on_break = None
        self.broken = 0            # assumptions broken that had dependent code

    def register(self, key: tuple, code) -> None:
        self.groups.setdefault(key, set()).add(code)

    def unregister(self, key: tuple, code) -> None:
        group = self.groups.get(key)
        if group is not None:
            group.discard(code)
            if not group:
                del self.groups[key]

    def has_dependents(self, key: tuple) -> bool:
        return key in self.groups

    def deoptimize(self, key: tuple, why) -> None:
        """The assumption `key` no longer holds: every code relying on it is marked. `why` is the
        reason as text, or a callable giving it (only computed when some code depends)."""
        group = self.groups.pop(key, None)
        if not group:
            return
        self.broken += 1
        if self.on_break is not None:
            self.on_break(list(group), why() if callable(why) else why)
