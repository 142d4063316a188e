"""The isolate: one VM instance owning the heap, maps, function table, global cells, flags and the tier-up hook.

Nothing in the engine is global: everything a script touches hangs off its
isolate. The inline-cache miss handlers live here because they consult and
update both the heap and the feedback vectors.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass

from . import builtins
from .compiler import SharedFunctionInfo, compile_program, iter_functions
from .feedback import new_feedback_vector
from .heap import Heap
from .layout import OBJECT_HEADER_WORDS
from .maps import InstanceType, Map, MapTable
from .objects import ObjectSpace
from .parser import parse
from .runtime import Runtime
from .values import UNDEFINED


# Maps the interpreter's own inline cache remembers per site (beyond what feedback records).
INTERPRETER_IC_SIZE = 16


@dataclass
class Flags:
    max_call_depth: int = 10000


class Isolate:
    def __init__(self, flags: Flags | None = None, tier=None, write=None):
        from .interpreter import Interpreter
        self.flags = flags or Flags()
        self.max_call_depth = self.flags.max_call_depth
        self.heap = Heap()
        self.maps = MapTable()
        self.objects = ObjectSpace(self.heap, self.maps)
        self.runtime = Runtime(self)
        self.functions: list[SharedFunctionInfo] = []
        self.global_cells: dict[str, int] = {}
        self.initial_maps: dict[int, Map] = {}
        self.array_prototype: dict[str, int] = {}
        self.math_functions: dict[str, int] = {}
        self.write = write or sys.stdout.write
        # The tier-up hook (an object with on_invocation/on_back_edge), None with --jitless.
        self.tier = tier
        self.interpreter = Interpreter(self)
        builtins.install(self)

    # ---- functions ---------------------------------------------------------------------

    def register(self, sfi: SharedFunctionInfo) -> None:
        """Gives a compiled function tree its ids and feedback vectors."""
        for f in iter_functions(sfi):
            f.id = len(self.functions)
            f.feedback = new_feedback_vector(f.feedback_kinds)
            self.functions.append(f)

    def new_native(self, name: str, fn) -> int:
        sfi = SharedFunctionInfo(name, 0, native=fn)
        sfi.id = len(self.functions)
        self.functions.append(sfi)
        return self.objects.new_function(sfi.id, 0)

    def shared_of(self, fn: int) -> SharedFunctionInfo:
        return self.functions[self.objects.function_shared_id(fn)]

    def initial_map(self, fn: int, sfi: SharedFunctionInfo) -> Map:
        m = self.initial_maps.get(fn)
        if m is None:
            m = self.initial_maps[fn] = self.objects.constructor_root(sfi.name or "")
        return m

    # ---- globals -------------------------------------------------------------------------

    def declare_global(self, name: str) -> int:
        cell = self.heap.allocate(1)
        self.heap.store(cell, UNDEFINED)
        self.global_cells[name] = cell
        return cell

    def define_global(self, name: str, value) -> None:
        cell = self.global_cells.get(name) or self.declare_global(name)
        self.heap.store(cell, value)

    # ---- running scripts ----------------------------------------------------------------

    def compile(self, source: str) -> SharedFunctionInfo:
        sfi = compile_program(parse(source))
        self.register(sfi)
        return sfi

    def run(self, source: str):
        """Compiles and runs a script; returns its top-level function and the completion."""
        sfi = self.compile(source)
        fn = self.objects.new_function(sfi.id, 0)
        return sfi, self.interpreter.call_function(fn, UNDEFINED, [])

    # ---- inline-cache misses -------------------------------------------------------------

    def load_ic_miss(self, fb, obj, key: str):
        rt = self.runtime
        if type(obj) is not int:
            value = rt.get_property(obj, key)   # throws for undefined/null before any feedback
            fb.megamorphic()                    # primitives have no maps: generic access
            return value
        m = self.objects.map_of(obj)
        index = m.index.get(key)
        if index is not None:
            fb.record(m.id, ("field", index))
            if index < m.inobject and len(fb.fast) < INTERPRETER_IC_SIZE:
                fb.fast[m.id] = OBJECT_HEADER_WORDS + index
            return self.heap.load(self.objects.property_address(obj, m, index))
        value = rt.get_property(obj, key)
        if m.instance_type == InstanceType.ARRAY and key == "length":
            fb.record(m.id, ("array_length",))
            if len(fb.fast) < INTERPRETER_IC_SIZE:
                fb.fast[m.id] = -1   # the interpreter's fast path for array length
        elif m.instance_type == InstanceType.ARRAY and key in self.array_prototype:
            fb.record(m.id, ("constant", self.array_prototype[key]))
        elif value is UNDEFINED and m.instance_type == InstanceType.OBJECT:
            fb.record(m.id, ("missing",))
        else:
            fb.megamorphic()
        return value

    def store_ic_miss(self, fb, obj, key: str, value) -> None:
        if type(obj) is not int:
            self.runtime.set_property(obj, key, value)
            fb.megamorphic()
            return
        m = self.objects.map_of(obj)
        if m.instance_type == InstanceType.ARRAY:
            fb.megamorphic()
            self.runtime.set_property(obj, key, value)
            return
        index = m.index.get(key)
        if index is not None:
            fb.record(m.id, ("field", index))
            if index < m.inobject and len(fb.fast) < INTERPRETER_IC_SIZE:
                fb.fast[m.id] = OBJECT_HEADER_WORDS + index
            self.heap.store(self.objects.property_address(obj, m, index), value)
            return
        new_map = self.objects.add_property(obj, m, key, value)
        fb.record(m.id, ("transition", new_map.index[key], new_map.id))

    def keyed_load_miss(self, fb, obj, key):
        # An integral key outside the elements (negative too) is "out of bounds": optimized code
        # serves it generically. Any other key makes the whole site generic.
        if type(obj) is int and type(key) is float and key.is_integer() and \
                self.objects.map_of(obj).instance_type == InstanceType.ARRAY:
            fb.out_of_bounds = True
        else:
            fb.non_array_key = True
        return self.runtime.get_keyed(obj, key)

    def keyed_store_miss(self, fb, obj, key, value) -> None:
        if type(obj) is int and type(key) is float and key.is_integer() and \
                self.objects.map_of(obj).instance_type == InstanceType.ARRAY:
            length = self.objects.array_length(obj)
            if not 0 <= key < length:
                fb.out_of_bounds = True
            self.runtime.set_keyed(obj, key, value)
            if 0 <= key < length:
                fb.record(self.objects.map_of(obj).id, ("element",))
            return
        fb.non_array_key = True
        self.runtime.set_keyed(obj, key, value)

