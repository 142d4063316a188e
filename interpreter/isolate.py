"""The isolate: one VM instance owning the heap, maps, function table, global cells, flags and the tier-up hook.

Nothing in the engine is global: everything a script touches hangs off its
isolate. The inline-cache miss handlers live here because they consult and
update both the heap and the feedback vectors.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass

from interpreter.builtins import bootstrap as builtins
from interpreter.builtins import errors as lib_errors
from interpreter.frontend.compiler import SharedFunctionInfo, compile_program, iter_functions
from interpreter.frontend.parser import parse
from interpreter.objects.gc import Collector
from interpreter.objects.heap import KIND_VALUES, Heap
from interpreter.objects.layout import OBJECT_HEADER_WORDS
from interpreter.objects.maps import (ATTR_ACCESSOR, ATTR_DONT_DELETE, ATTR_DONT_ENUM, ATTR_READ_ONLY, ElementsKind,
                                      InstanceType, Map, MapTable)
from interpreter.objects.space import ObjectSpace
from interpreter.objects.values import DELETED_CELL_BITS, HOLE, UNDEFINED

from .dependent_code import CellType, DependentCode, global_key
from .errors import JSThrow
from .feedback import ICState, new_feedback_vector
from .runtime import Runtime, array_index


# Maps the interpreter's own inline cache remembers per site (beyond what feedback records).
INTERPRETER_IC_SIZE = 16
# A function's properties that no map holds until they change (Runtime.function_property):
# their loads and stores are generic.
FUNCTION_KEYS = ("name", "length", "prototype", "caller", "arguments")


@dataclass
class Flags:
    max_call_depth: int = 10000
    random_seed: int | None = None   # Math.random's seed (None: from the clock)
    max_heap_mb: int | None = None   # --max-heap-size (node's --max-old-space-size)
    gc_interval: int = 0             # --gc-interval: collect at every n-th allocation
    trace_gc: bool = False
    expose_gc: bool = False          # --expose-gc: a global gc() that collects


class Isolate:
    def __init__(self, flags: Flags | None = None, tier=None, write=None):
        from .interpreter import Interpreter
        # BigInts print and parse every digit, as node does: lift Python's default cap of
        # 4300 digits on int <-> decimal string conversions (a guard for untrusted parsers).
        sys.set_int_max_str_digits(0)
        self.flags = flags or Flags()
        self.compiled_units = 0      # scripts and modules compiled so far (private names' keys)
        self.template_objects: dict[str, int] = {}   # tagged template call site -> its strings array
        self.max_call_depth = self.flags.max_call_depth
        self.heap = Heap(max_bytes=self.flags.max_heap_mb << 20 if self.flags.max_heap_mb else None)
        self.maps = MapTable()
        self.objects = ObjectSpace(self.heap, self.maps)
        self.runtime = Runtime(self)
        self.functions: list[SharedFunctionInfo] = []
        self.global_cells: dict[str, int] = {}
        # The PropertyCellType of every global cell not yet mutable (dependent_code.py); a store
        # into a cell listed here goes through store_global_cell.
        self.global_cell_types: dict[int, CellType] = {}
        # The global properties that are not writable, enumerable or configurable, as a global
        # variable is by default: the built-ins are not enumerable; NaN, Infinity and undefined
        # are none of the three; Object.defineProperty(globalThis, ...) changes them.
        self.global_read_only: set[str] = set()
        self.global_dont_enum: set[str] = set()
        self.global_dont_delete: set[str] = set()
        # Optimized code relying on assumptions the runtime may break (the tier registers it).
        self.dependent_code = DependentCode()
        self.objects.dependent_code = self.dependent_code
        self.initial_maps: dict[int, Map] = {}
        # prototype -> {in-object size -> map} of primitive wrappers (primitive_wrappers.py)
        self.wrapper_maps: dict[int, dict[int, Map]] = {}
        self.base_wrapper_maps: dict[type, Map] = {}    # str/float/bool -> new String/Number/Boolean's map
        self.objects.function_name = lambda fn: self.shared_of(fn).name
        self.object_prototype = self.objects.object_prototype
        self.function_prototype = self.objects.function_prototype
        self.array_prototype = self.objects.array_prototype
        # Filled by the built-ins: the prototypes of primitive values, Date and the error types.
        self.string_prototype = self.number_prototype = self.boolean_prototype = self.bigint_prototype = 0
        self.date_prototype = 0
        self.error_prototypes: dict[str, int] = {}
        # instance type -> fn(obj, to_view) for objects console.log shows specially (Map, Set, errors)
        self.special_views: dict = {}
        # instance type -> fn(obj) -> Python iterator of JS values, for for-of and spread
        self.iterables: dict = {}
        self.argv: list[str] = []    # process.argv after the script's path
        self.arguments_map: Map | None = None
        self.iterables[InstanceType.ARGUMENTS] = self.iterate_arguments
        # for-of iterator object -> the Python iterator of a non-array iterable (intrinsics.py)
        self.for_of_states: dict[int, object] = {}
        self.special_views[InstanceType.ARGUMENTS] = self.arguments_view
        self.script_path: str | None = None   # the main script (require() resolves from its directory)
        self.math_functions: dict[str, int] = {}
        self.write = write or sys.stdout.write
        # The tier-up hook (an object with on_invocation/on_back_edge), None with --jitless.
        self.tier = tier
        self.interpreter = Interpreter(self)
        self.collector = Collector(self, trace=self.flags.trace_gc)
        # the root walk follows only what can refer to the heap in these big objects
        self.collector.walk_only.update({SharedFunctionInfo: ("feedback", "inner"), Map: ()})
        # globalThis: an ordinary object standing in for the global object (global variables
        # live in cells, not on it), what sloppy functions see as an undefined `this`.
        self.global_object = self.objects.new_object(self.maps.new(
            InstanceType.GLOBAL, 0, constructor_name="Object", prototype=self.object_prototype))
        self.define_global("globalThis", self.global_object)
        builtins.install(self)
        if self.flags.expose_gc:
            self.define_global("gc", self.new_native("gc", lambda this, args: self.collect_garbage()))
        self.heap.gc_interval = self.flags.gc_interval   # (start-up itself is not stressed)
        if self.heap.gc_interval:
            self.heap.retire_lab()      # from now on every allocation takes the slow path
        # The global object's properties: the built-ins (not the script's own top-level
        # bindings, which node keeps in the module scope) and what is set on globalThis.
        self.module_scope_names = {"require", "module", "exports", "__filename", "__dirname"}

    # ---- functions ---------------------------------------------------------------------

    def register(self, sfi: SharedFunctionInfo) -> None:
        """Gives a compiled function tree its ids and feedback vectors."""
        for f in iter_functions(sfi):
            f.id = len(self.functions)
            f.feedback = new_feedback_vector(f.feedback_kinds, self.callee_shared_id)
            self.functions.append(f)

    def new_native(self, name: str, fn, length: int = 0, construct=None) -> int:
        """A built-in function: fn(this, args) -> value; construct(args, new_target) -> object
        makes it a constructor too (`new Map()`)."""
        sfi = SharedFunctionInfo(name, length, native=fn, native_construct=construct)
        sfi.id = len(self.functions)
        self.functions.append(sfi)
        return self.objects.new_function(sfi.id, 0)

    def new_arguments_object(self, args: list, fn: int) -> int:
        """`arguments` of a call of fn: the arguments at indexes 0.., then a non-enumerable length
        and callee (fn; in strict code an accessor that throws). The indexes a sloppy function's
        parameters map (map_arguments, right after entry) are left out: their slots hold them."""
        objects = self.objects
        if self.arguments_map is None:
            self.arguments_map = self.maps.new(InstanceType.ARGUMENTS, 4, constructor_name="Arguments",
                                               prototype=self.object_prototype)
        obj = objects.new_object(self.arguments_map)
        sfi = self.shared_of(fn)
        mapped = sfi.mapped_arguments
        for i, a in enumerate(args):
            if i not in mapped:
                objects.set_own(obj, str(i), a)
        objects.define_own(obj, "length", float(len(args)), ATTR_DONT_ENUM)
        if sfi.strict:
            objects.define_own(obj, "callee", objects.get_own(self.function_prototype, "caller"),
                               ATTR_DONT_ENUM | ATTR_DONT_DELETE | ATTR_ACCESSOR)
        else:
            objects.define_own(obj, "callee", fn, ATTR_DONT_ENUM)
        return obj

    def iterate_arguments(self, obj: int):
        rt = self.runtime
        i = 0
        while i < rt.to_number(rt.get_property(obj, "length")):
            yield rt.get_property(obj, str(i))
            i += 1

    def arguments_view(self, obj: int, to_view):
        from interpreter.builtins.inspect import ObjectView
        from interpreter.builtins.object import own_keys
        return ObjectView("[Arguments]", [(k, to_view(self.runtime.get_property(obj, k))) for k in own_keys(self, obj)])

    def collect_garbage(self):
        """gc() with --expose-gc: a full collection now."""
        self.collector.collect("gc()")
        return UNDEFINED

    def callee_shared_id(self, fn: int) -> int | None:
        """The SharedFunctionInfo id of a function object, None for any other object (call feedback)."""
        if self.objects.map_of(fn).instance_type != InstanceType.FUNCTION:
            return None
        return self.objects.function_shared_id(fn)

    def shared_of(self, fn: int) -> SharedFunctionInfo:
        return self.functions[self.objects.function_shared_id(fn)]

    def initial_map(self, fn: int, sfi: SharedFunctionInfo) -> Map:
        """The map `new fn` starts from; a new one when fn.prototype was replaced."""
        m = self.initial_maps.get(fn)
        proto = self.runtime.get_property(fn, "prototype")
        if type(proto) is not int:
            proto = self.object_prototype
        if m is None or m.prototype != proto:
            m = self.initial_maps[fn] = self.objects.constructor_root(sfi.name or "", proto)
        return m

    # ---- globals -------------------------------------------------------------------------

    def declare_global(self, name: str) -> int:
        cell = self.heap.allocate(1, KIND_VALUES)
        self.heap.store(cell, UNDEFINED)
        self.global_cells[name] = cell
        self.global_cell_types[cell] = CellType.UNINITIALIZED
        return cell

    def store_global_cell(self, name: str, cell: int, value) -> None:
        """Writes a global variable's cell, keeping its PropertyCellType: the first real value
        makes it constant; another value after that makes it mutable for good, and optimized
        code that folded the constant is marked for deoptimization."""
        kind = self.global_cell_types.get(cell)
        heap = self.heap
        if kind is CellType.UNINITIALIZED:
            if value is not UNDEFINED and value is not HOLE:
                self.global_cell_types[cell] = CellType.CONSTANT
        elif kind is CellType.CONSTANT and heap.encode(heap.load(cell)) != heap.encode(value):
            del self.global_cell_types[cell]
            self.dependent_code.deoptimize(global_key(cell), f"global {name} was reassigned")
        heap.store(cell, value)

    def delete_global(self, name: str) -> int | None:
        """Removes a global variable (`delete globalThis.x`); code that folded it is marked."""
        cell = self.global_cells.pop(name, None)
        for attributes in (self.global_read_only, self.global_dont_enum, self.global_dont_delete):
            attributes.discard(name)
        if cell is not None:
            self.global_cell_types.pop(cell, None)
            self.heap.store_word(cell, DELETED_CELL_BITS)
            self.dependent_code.deoptimize(global_key(cell), f"global {name} was deleted")
        return cell

    def global_property_names(self) -> list[str]:
        """The global object's own keys: its cells but a module's own names."""
        return [k for k in self.global_cells if k not in self.module_scope_names]

    def has_global_property(self, key: str) -> bool:
        """Whether the global object has `key` as an own property (a cell, not a module's name)."""
        return key in self.global_cells and key not in self.module_scope_names

    def constant_global(self, name: str):
        """(cell, value) when the global `name` is a constant cell optimized code may fold."""
        cell = self.global_cells.get(name)
        if cell is None or self.global_cell_types.get(cell) is not CellType.CONSTANT:
            return None
        return cell, self.heap.load(cell)

    def global_value(self, name: str):
        cell = self.global_cells.get(name)
        return UNDEFINED if cell is None else self.heap.load(cell)

    def define_global(self, name: str, value) -> None:
        cell = self.global_cells.get(name) or self.declare_global(name)
        self.store_global_cell(name, cell, value)

    # ---- running scripts ----------------------------------------------------------------

    def compile(self, source: str, commonjs: bool = False) -> SharedFunctionInfo:
        """A script's top-level function; a CommonJS module's (a file's) may `return`."""
        self.compiled_units += 1
        sfi = compile_program(parse(source, unit=self.compiled_units, commonjs=commonjs))
        self.module_scope_names |= sfi.script_names
        self.global_dont_delete |= sfi.script_globals     # (a var is a non-configurable property)
        self.register(sfi)
        return sfi

    def run(self, source: str, commonjs: bool | None = None):
        """Compiles and runs a script; returns its top-level function and the completion. A file
        (commonjs: by default, when the isolate runs one) is a CommonJS module, as in node."""
        sfi = self.compile(source, self.script_path is not None if commonjs is None else commonjs)
        fn = self.objects.new_function(sfi.id, 0)
        # A CommonJS module's `this` is its exports; code from -e sees the global object.
        this = self.global_value("exports") if self.script_path else self.global_object
        try:
            return sfi, self.interpreter.call_function(fn, this, [])
        except JSThrow as e:
            if e.syntax_text is not None and e.value is None:
                e.uncaught_text = e.syntax_text
            else:
                e.uncaught_text = lib_errors.describe_uncaught(self, self.exception_value(e))
            raise

    def exception_value(self, e: JSThrow):
        """The JS value of an exception: engine errors become Error objects when first needed."""
        if e.value is None:
            e.value = lib_errors.make_error(self, e.kind, e.message)
        return e.value

    # ---- inline-cache misses -------------------------------------------------------------

    def load_ic_miss(self, fb, obj, key: str):
        rt = self.runtime
        if type(obj) is str:
            return self.string_load_miss(fb, obj, key)
        if type(obj) is not int:
            value = rt.get_property(obj, key)   # throws for undefined/null before any feedback
            fb.megamorphic()                    # other primitives have no maps: generic access
            return value
        objects = self.objects
        m = objects.map_of(obj)
        if m.instance_type == InstanceType.GLOBAL or m.is_dictionary_map:
            # A dictionary map's layout changes under its id: no handler may remember it.
            fb.megamorphic()
            return rt.get_property(obj, key)
        handler = fb.handlers.get(m.id)
        if handler is not None and handler[0] in ("constant", "missing", "getter") and \
                not self.heap.words[(handler[-1] - self.heap.base) >> 3]:
            # A still-valid prototype-chain handler: the interpreter's fast path for methods.
            if handler[0] == "getter":
                return self.interpreter.call(handler[1], obj, [])
            return handler[1] if handler[0] == "constant" else UNDEFINED
        if handler is not None and handler[0] in ("constant", "missing", "getter"):
            # Its chain changed: the handler is stale (optimized code would only deopt on it
            # again and again); the lookup below records the current one.
            del fb.handlers[m.id]
        index = m.index.get(key)
        if index is not None:
            if m.attrs.get(key, 0) & ATTR_ACCESSOR:
                fb.megamorphic()
                return rt.get_property(obj, key)
            fb.record(m.id, ("field", index))
            if index < m.inobject and len(fb.fast) < INTERPRETER_IC_SIZE:
                fb.fast[m.id] = OBJECT_HEADER_WORDS + index
            return self.heap.load(objects.property_address(obj, m, index))
        it = m.instance_type
        if it == InstanceType.ARRAY and key == "length" and m.elements_kind == ElementsKind.DICTIONARY:
            fb.megamorphic()          # a sparse array's length word is 0: no fast path may read it
            return rt.get_property(obj, key)
        if it == InstanceType.ARRAY and key == "length":
            fb.record(m.id, ("array_length",))
            if len(fb.fast) < INTERPRETER_IC_SIZE:
                fb.fast[m.id] = -1   # the interpreter's fast path for array length
            return rt.get_property(obj, key)
        if (it in (InstanceType.ARRAY, InstanceType.ARGUMENTS) and array_index(key) is not None) or \
                (it == InstanceType.FUNCTION and key in FUNCTION_KEYS) or \
                (it == InstanceType.PRIMITIVE_WRAPPER and (key == "length" or array_index(key) is not None)):
            # (A String wrapper's indexes and length are its own but in no map: generic.)
            fb.megamorphic()
            return rt.get_property(obj, key)
        found = rt.lookup(m.prototype, key)
        cell = objects.validity_cell(m.prototype)
        if found is None:
            fb.record(m.id, ("missing", cell))
            return UNDEFINED
        holder, holder_map, value = found
        if holder_map.attrs.get(key, 0) & ATTR_ACCESSOR:
            # A getter on the prototype chain (a class's `get x()`): the tier can call or inline it.
            getter = objects.accessor_getter(value)
            if type(getter) is int:
                fb.record(m.id, ("getter", getter, cell))
            else:
                fb.megamorphic()
            return rt.call_getter(value, obj)
        # Found on the prototype chain: a constant while the chain is unchanged.
        fb.record(m.id, ("constant", value, cell))
        return value

    def string_load_miss(self, fb, s: str, key: str):
        """A property of a string value: its length, or a method of String.prototype, recorded
        under the string map (objects/space.py) so optimized code can do either without the runtime."""
        value = self.runtime.get_property(s, key)
        m = self.objects.string_map
        if key == "length":
            fb.record(m.id, ("string_length",))
            return value
        found = self.runtime.lookup(self.string_prototype, key)
        if found is None or found[1].attrs.get(key, 0) & ATTR_ACCESSOR or array_index(key) is not None:
            fb.megamorphic()
        else:
            fb.record(m.id, ("constant", value, self.objects.validity_cell(self.string_prototype)))
        return value

    def has_feedback(self, fb, obj, key, found: bool) -> None:
        """Records what `key in obj` met (feedback kind "has"): the maps of plain objects and
        arrays, so optimized code can answer from the map (llvm_tier/lower_predicates.py).
        Anything else (a dictionary map, a sparse array, an exotic object) is megamorphic."""
        if fb.state == ICState.MEGAMORPHIC:
            return
        if type(obj) is not int:
            fb.megamorphic()
            return
        m = self.objects.map_of(obj)
        it = m.instance_type
        if m.is_dictionary_map or it not in (InstanceType.OBJECT, InstanceType.ARRAY) or \
                m.elements_kind == ElementsKind.DICTIONARY:
            fb.megamorphic()
            return
        if it == InstanceType.ARRAY and type(key) is float and key.is_integer() and key >= 0:
            fb.record(m.id, ("has_element",))
            if not found or not (0 <= key < self.objects.array_length(obj)) or \
                    self.objects.own_element(obj, int(key)) is HOLE:
                fb.out_of_bounds = True      # answered from the prototype chain (or false)
            return
        if type(key) is not str:
            fb.non_array_key = True
        old = fb.handlers.get(m.id)
        if old is not None and old[0] == "has" and self.heap.words[(old[1] - self.heap.base) >> 3]:
            # its chain changed: a stale cell would make optimized code deopt at every entry
            del fb.handlers[m.id]
        fb.record(m.id, ("has", self.objects.validity_cell(m.prototype)))

    def store_ic_miss(self, fb, obj, key: str, value, strict: bool = False, define: bool = False) -> None:
        if define and type(obj) is int and self.objects.map_of(obj).attrs.get(key, 0):
            # An object literal's `x: v` after `get x()`: redefines x as a data property.
            fb.megamorphic()
            self.objects.define_own(obj, key, value)
            return
        if type(obj) is not int:
            self.runtime.set_property(obj, key, value, strict)
            fb.megamorphic()
            return
        m = self.objects.map_of(obj)
        if key == "length" and m.instance_type == InstanceType.ARRAY and not define and m.extensible and \
                not m.length_read_only and \
                not m.is_prototype_map and m.elements_kind != ElementsKind.DICTIONARY:
            # `a.length = n`: optimized code truncates or grows within capacity in place
            # (llvm_tier/lower_array_stores.py); a frozen or sparse array stays generic.
            fb.record(m.id, ("array_length",))
            self.runtime.set_property(obj, key, value, strict)
            return
        if m.instance_type in (InstanceType.ARRAY, InstanceType.GLOBAL) or m.is_prototype_map or \
                not m.extensible or m.is_dictionary_map or m.attrs.get(key, 0) & (ATTR_ACCESSOR | ATTR_READ_ONLY) or \
                (m.instance_type == InstanceType.ARGUMENTS and array_index(key) is not None) or \
                (m.instance_type == InstanceType.PRIMITIVE_WRAPPER and (key == "length" or array_index(key) is not None)):
            # Stores into prototypes must invalidate chain caches; a dictionary map's layout
            # changes under its id; the others (a setter, a read-only property, an object that
            # takes no new property) are generic.
            fb.megamorphic()
            self.runtime.set_property(obj, key, value, strict)
            return
        index = m.index.get(key)
        if index is not None:
            fb.record(m.id, ("field", index))
            if index < m.inobject and len(fb.fast) < INTERPRETER_IC_SIZE:
                fb.fast[m.id] = OBJECT_HEADER_WORDS + index
            self.heap.store(self.objects.property_address(obj, m, index), value)
            return
        # A literal's `key: v` defines an own property: a setter on the chain is not called.
        found = None if define else self.runtime.lookup(m.prototype, key)
        if found is not None and found[1].attrs.get(key, 0) & ATTR_ACCESSOR:
            # A setter on the prototype chain (a class's `set x(v)`): the tier can call or inline it.
            setter = self.objects.accessor_setter(found[2])
            if type(setter) is int:
                fb.record(m.id, ("setter", setter, self.objects.validity_cell(m.prototype)))
            else:
                fb.megamorphic()
            self.runtime.set_property(obj, key, value, strict)
            return
        if found is not None and found[1].attrs.get(key, 0) & ATTR_READ_ONLY or \
                m.instance_type == InstanceType.FUNCTION and key in FUNCTION_KEYS:
            # an inherited read-only property refuses the addition (the runtime says how)
            fb.megamorphic()
            self.runtime.set_property(obj, key, value, strict)
            return
        new_map = self.objects.add_property(obj, m, key, value)
        if new_map.is_dictionary_map:
            fb.megamorphic()       # the object had too many properties: no transition to cache
            return
        # Adding a property is only a plain store while no setter (or the like) appears on the
        # prototype chain: the handler carries the chain's validity cell, as loads from it do.
        cell = self.objects.validity_cell(m.prototype)
        fb.record(m.id, ("transition", new_map.index[key], new_map.id, cell))

    def keyed_load_miss(self, fb, obj, key):
        # An integral key outside the elements (negative too) is "out of bounds": optimized code
        # serves it generically. Any other key makes the whole site generic.
        if type(obj) is int and type(key) is float and key.is_integer() and \
                self.objects.map_of(obj).instance_type == InstanceType.ARRAY and \
                self.objects.map_of(obj).elements_kind != ElementsKind.DICTIONARY:
            fb.out_of_bounds = True
        else:   # a sparse array's elements are never where a fast path looks
            fb.non_array_key = True
        return self.runtime.get_keyed(obj, key)

    def keyed_store_miss(self, fb, obj, key, value, strict: bool = False) -> None:
        if type(obj) is int and type(key) is float and key.is_integer() and \
                self.objects.map_of(obj).instance_type == InstanceType.ARRAY:
            length = self.objects.array_length(obj)
            m = self.objects.map_of(obj)
            if not m.extensible or m.length_read_only or self.objects.is_sparse(obj):
                fb.non_array_key = True          # generic: the runtime refuses the write
                self.runtime.set_keyed(obj, key, value, strict)
                return
            if not 0 <= key < length:
                fb.out_of_bounds = True
            self.runtime.set_keyed(obj, key, value, strict)
            if 0 <= key <= length:
                # an element store, or an append (key == length: optimized code grows the
                # array in place while it has capacity)
                fb.record(self.objects.map_of(obj).id, ("element",))
            return
        fb.non_array_key = True
        self.runtime.set_keyed(obj, key, value, strict)

