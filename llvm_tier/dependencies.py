"""CompilationDependencies: the assumptions a lowering relies on without a guard.

Place in the pipeline: the lowering (lower_properties.py) records a dependency
where it folds something the runtime could later change (a constant global
variable, a prototype chain behind its validity cell) instead of checking it
at run time. The tier (tierup.py) checks the dependencies are all still valid
when it installs the code (a compile that ran on the compile thread may have
lost one meanwhile: it is discarded), then registers the code under each in
the isolate's DependentCode table (interpreter/dependent_code.py). When the
runtime breaks one, the tier marks the code for deoptimization: unlinked at
once, its activations deoptimized lazily when their calls return (the check
after every call, lowering.py).
"""
from __future__ import annotations

from dataclasses import dataclass

from interpreter.dependent_code import INDEX_SETTERS_KEY, CellType, global_key, map_key, prototype_key


@dataclass(frozen=True)
class Dependency:
    kind: str            # "global", "prototype", "map" or "protector" (no index setters)
    address: int         # the global's cell, the chain's validity cell, or the map's id
    what: str            # for dumps and traces: the global's name, or the chain's receiver maps
    bits: int = 0        # a constant global: the bits of the value folded; a prototype chain:
                         # the prototype whose cell it is (a freed cell's address may be reused)

    @property
    def key(self) -> tuple:
        if self.kind == "map":
            return map_key(self.address)
        if self.kind == "protector":
            return INDEX_SETTERS_KEY
        return global_key(self.address) if self.kind == "global" else prototype_key(self.address)

    def is_valid(self, isolate) -> bool:
        """Whether the assumption still holds (checked when the code is installed)."""
        if self.kind == "global":
            heap = isolate.heap
            return isolate.global_cells.get(self.what) == self.address and \
                isolate.global_cell_types.get(self.address) is CellType.CONSTANT and \
                heap.load_word(self.address) == self.bits
        if self.kind == "map":
            return isolate.maps.maps[self.address].stable
        if self.kind == "protector":
            return not isolate.objects.index_setters
        return isolate.objects.validity_cell_valid(self.address) and \
            isolate.objects.validity_cell_owner(self.address) == self.bits

    def broken_while_compiling(self) -> str:
        """Why a compile relying on this dependency is discarded."""
        if self.kind == "global":
            return f"global {self.what}, a constant it relies on, changed while it compiled"
        if self.kind == "map":
            return f"map #{self.address} of {self.what} became unstable while it compiled"
        if self.kind == "protector":
            return "an index property got a setter or became read-only while it compiled"
        return f"a prototype chain it relies on changed while it compiled ({self.what})"

    def describe(self) -> str:
        if self.kind == "global":
            return f"global {self.what} is constant"
        if self.kind == "map":
            return f"map #{self.address} of {self.what} is stable"
        if self.kind == "protector":
            return "no index property is an accessor or read-only (writes to holes store in place)"
        return f"prototype chain of {self.what} unchanged (validity cell 0x{self.address:x})"


class CompilationDependencies:
    """The dependencies of one lowering, each recorded once."""

    def __init__(self):
        self.items: dict[tuple, Dependency] = {}

    def record(self, dep: Dependency) -> None:
        self.items.setdefault((dep.kind, dep.address), dep)

    def __bool__(self) -> bool:
        return bool(self.items)

    def __iter__(self):
        return iter(self.items.values())

    def __len__(self) -> int:
        return len(self.items)

    def first_invalid(self, isolate) -> Dependency | None:
        for dep in self.items.values():
            if not dep.is_valid(isolate):
                return dep
        return None
