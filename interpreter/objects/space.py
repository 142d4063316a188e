"""Heap objects: allocating and reading JS objects, arrays, functions and contexts in native memory.

The layouts are in layout.py; maps decide property slots. These are the
generic (slow-path) operations: the interpreter's inline caches and optimized
code bypass them once they know a map.
"""
from __future__ import annotations

import ctypes
import sys

from interpreter.dependent_code import INDEX_SETTERS_KEY, map_key, prototype_key

from .heap import ENTRY_BYTES, KIND_BACKING, KIND_RAW, KIND_VALUES, Heap, HeapExhausted
from .layout import (ARRAY_CAPACITY_OFFSET, ARRAY_ELEMENTS_OFFSET, ARRAY_LENGTH_OFFSET, ARRAY_WORDS,
                     FOR_OF_INDEX_OFFSET, FOR_OF_ITERATED_OFFSET, FOR_OF_WORDS,
                     CONTEXT_HEADER_WORDS, CONTEXT_LENGTH_OFFSET, CONTEXT_PARENT_OFFSET,
                     FUNCTION_CONTEXT_OFFSET, FUNCTION_SHARED_OFFSET, FUNCTION_WORDS,
                     OBJECT_HEADER_WORDS, PROPERTIES_OFFSET)
from .maps import (ATTR_ACCESSOR, ATTR_DONT_DELETE, ATTR_DONT_ENUM, ATTR_READ_ONLY, DICTIONARY_MAP_BYTES, ElementsKind,
                   InstanceType, Map, MapTable)
from .values import HOLE, UNDEFINED, UNDEFINED_BITS, is_int32

LITERAL_MIN_INOBJECT = 4
CONSTRUCTOR_INOBJECT = 8   # slack for properties a constructor adds to `this`
SLACK_TRACKING_CONSTRUCTIONS = 7   # constructions after which an initial map's size is final (V8's)

# Dictionary mode (maps.py, MapTable.dictionary_map). An object leaves fast mode for a map and a
# hash table of its own when a property other than the last one added is deleted, or when an
# addition would give it more out-of-object properties than these limits (V8's
# Map::TooManyFastProperties; the limit is never below the object's in-object slot count):
MAX_FAST_PROPERTIES = 128          # added by a named store or definition (`o.x = v`, literals)
FAST_PROPERTIES_SOFT_LIMIT = 12    # added by a keyed store (`o[k] = v`): the dictionary pattern
# Only plain objects and functions normalize (prototypes included: a class with many methods);
# arrays, arguments objects, collections and the global object keep their maps.
DICTIONARY_TYPES = (InstanceType.OBJECT, InstanceType.FUNCTION)


# Sparse arrays (V8's DICTIONARY_ELEMENTS). A store this far past an array's backing store, or a
# `length` this far past it, moves the elements into a hash table (V8's kMaxGap): memory follows
# the elements present, not the length.
MAX_GAP = 1024
MAX_LISTED_ELEMENTS = 1 << 27   # what array_items lists of a sparse array (node's heap would not hold more)


class SparseElements:
    """The elements of an array in dictionary mode: present indexes only, and the length.

    The array's own length, elements and capacity words are all 0, so that every fast path
    (interpreter ICs, machine code) that bounds-checks against the length word misses and
    takes the generic path; `array_length` and the element accessors below know the truth.
    """
    __slots__ = ("length", "values", "attrs")

    def __init__(self, length: int, values: dict):
        self.length = length
        self.values = values      # index -> value; a missing index is a hole
        # index -> ATTR_* flags of an element Object.defineProperty gave other attributes (an
        # accessor's value is its pair): only a sparse array's elements can have any (V8 too
        # normalizes an array whose element is defined so)
        self.attrs: dict[int, int] = {}


def elements_kind_of(v) -> ElementsKind:
    if type(v) is float:
        return ElementsKind.INT32 if is_int32(v) else ElementsKind.DOUBLE
    return ElementsKind.ANY


def is_index_key(key: str) -> bool:
    return key.isdigit() and key.isascii() and (key == "0" or key[0] != "0") and int(key) < 2 ** 32 - 1


class ObjectSpace:
    """Allocation and generic access for the heap objects of one isolate."""

    def __init__(self, heap: Heap, maps: MapTable):
        self.heap = heap
        self.maps = maps
        self._literal_roots: dict[int, Map] = {}
        self._create_roots: dict[int, Map] = {}
        # Prototype-chain validity cells (V8's prototype validity cells): one word per
        # prototype object, 0 while nothing on the chain from it upward has changed.
        # Inline caches for properties found on (or absent from) a receiver's prototype chain
        # remember the cell of the receiver map's prototype and check it is still 0.
        self._validity_cells: dict[int, int] = {}
        self._prototype_users: dict[int, set[int]] = {}   # prototype -> prototypes whose [[Prototype]] it is
        self.sparse_elements: dict[int, SparseElements] = {}   # array -> its elements in dictionary mode
        # Set once some object has an index property that is an accessor or read-only: from then
        # on a write to an array's missing element looks for it up the prototype chain (before,
        # no prototype can have one, and appends skip that walk).
        self.index_setters = False
        # validity cell -> its prototype (weak: an ephemeron table of the collector, so it keeps
        # no prototype alive that only its cell would)
        self._cell_owners: dict[int, int] = {}
        # Optimized code relying on a chain's validity cell instead of checking it
        # (interpreter/dependent_code.py); set by the isolate.
        self.dependent_code = None
        self._valid_forever = heap.allocate(1, KIND_RAW)  # the cell of a null prototype
        heap.store_word(self._valid_forever, 0)
        self.object_prototype = self.new_prototype_object(0, "Object")
        self.function_prototype = self.new_prototype_object(self.object_prototype, "Function")
        self.array_prototype = self.new_prototype_object(self.object_prototype, "Array")
        self.accessor_pair_map = maps.new(InstanceType.ACCESSOR_PAIR, 2)
        self.array_map = maps.new(InstanceType.ARRAY, 0, constructor_name="Array",
                                  elements_kind=ElementsKind.INT32, prototype=self.array_prototype)
        # Arrays without named properties share one map per elements kind, whatever the
        # order their kinds generalized in (fewer maps: less polymorphism).
        self.array_maps = {kind: maps.elements_transition(self.array_map, kind) if kind else self.array_map
                           for kind in ElementsKind}
        self.function_map = maps.new(InstanceType.FUNCTION, 0, constructor_name="Function",
                                     prototype=self.function_prototype)
        self._function_maps: dict[int, Map] = {self.function_prototype: self.function_map}
        self._array_roots: dict[int, Map] = {}     # prototype -> the root map of its arrays
        self.context_map = maps.new(InstanceType.CONTEXT, 0, constructor_name="Context")
        # Strings are not heap objects, but property sites record feedback for them under this map.
        self.string_map = maps.new(InstanceType.STRING, 0, constructor_name="String")
        self.array_for_of_map = maps.new(InstanceType.FOR_OF_ITERATOR, 0, constructor_name="Array Iterator")
        self.generic_for_of_map = maps.new(InstanceType.FOR_OF_ITERATOR, 0, constructor_name="Iterator")

    # ---- maps -----------------------------------------------------------------------

    def map_of(self, addr: int) -> Map:
        return self.maps.maps[self.heap.words[(addr - self.heap.base) >> 3]]

    def literal_root(self, n: int) -> Map:
        inobject = max(n, LITERAL_MIN_INOBJECT)
        m = self._literal_roots.get(inobject)
        if m is None:
            m = self._literal_roots[inobject] = self.maps.new(InstanceType.OBJECT, inobject,
                                                              prototype=self.object_prototype)
        return m

    def constructor_root(self, name: str, prototype: int | None = None) -> Map:
        """A constructor's initial map: generous in-object room until slack tracking sees what
        the first constructions used (Interpreter.construct)."""
        if prototype is None:
            prototype = self.object_prototype
        self.make_prototype(prototype)
        m = self.maps.new(InstanceType.OBJECT, CONSTRUCTOR_INOBJECT, constructor_name=name, prototype=prototype)
        m.slack_countdown = SLACK_TRACKING_CONSTRUCTIONS
        return m

    def create_root(self, prototype: int) -> Map:
        """The root map of Object.create(prototype) objects (prototype 0: null)."""
        m = self._create_roots.get(prototype)
        if m is None:
            if prototype:
                self.make_prototype(prototype)
            name = self.constructor_name_of(prototype) if prototype else "Object"
            m = self._create_roots[prototype] = self.maps.new(InstanceType.OBJECT, LITERAL_MIN_INOBJECT,
                                                              constructor_name=name, prototype=prototype)
        return m

    def function_map_with_prototype(self, prototype: int) -> Map:
        """The map of functions whose [[Prototype]] is `prototype` (a derived class constructor)."""
        m = self._function_maps.get(prototype)
        if m is None:
            self.make_prototype(prototype)
            m = self._function_maps[prototype] = self.maps.new(
                InstanceType.FUNCTION, 0, constructor_name="Function", prototype=prototype)
        return m

    def constructor_name_of(self, prototype: int) -> str:
        """The name console.log shows for objects with this prototype: prototype.constructor.name."""
        m = self.map_of(prototype)
        i = m.index.get("constructor")
        if i is not None:
            ctor = self.heap.load(self.property_address(prototype, m, i))
            if type(ctor) is int and self.map_of(ctor).instance_type == InstanceType.FUNCTION:
                return self.function_name(ctor)
        return m.constructor_name if m.prototype else "Object"

    function_name = None   # set by the isolate: a function object's name

    # ---- prototypes --------------------------------------------------------------------

    def new_prototype_object(self, prototype: int, name: str,
                             instance_type: InstanceType = InstanceType.OBJECT) -> int:
        m = self.maps.new(instance_type, CONSTRUCTOR_INOBJECT, constructor_name=name, prototype=prototype)
        m.is_prototype_map = True
        addr = self.new_object(m)
        if prototype:
            self._prototype_users.setdefault(prototype, set()).add(addr)
        return addr

    def make_prototype(self, addr: int) -> None:
        """Gives an object that becomes a prototype its own unshared prototype map."""
        m = self.map_of(addr)
        if m.is_prototype_map:
            return
        if m.is_dictionary_map:
            # already unshared: it becomes a prototype map in place
            m.is_prototype_map = True
            if m.prototype:
                self._prototype_users.setdefault(m.prototype, set()).add(addr)
            return
        copy = self.maps.copy(m)
        copy.is_prototype_map = True
        self.set_map(addr, copy.id)
        if m.prototype:
            self._prototype_users.setdefault(m.prototype, set()).add(addr)

    def validity_cell(self, prototype: int) -> int:
        """The address of the cell guarding the prototype chain that starts at `prototype`."""
        if not prototype:
            return self._valid_forever
        cell = self._validity_cells.get(prototype)
        if cell is None:
            cell = self.heap.allocate(1, KIND_RAW)
            self.heap.store_word(cell, 0)
            self._validity_cells[prototype] = cell
            self._cell_owners[cell] = prototype
        return cell

    def validity_cell_owner(self, cell: int) -> int:
        """The prototype whose chain a (still valid) validity cell guards (0 for a null prototype)."""
        return self._cell_owners.get(cell, 0)

    def validity_cell_valid(self, cell: int) -> bool:
        """Whether a validity cell still guards an unchanged chain (0, and still its prototype's
        cell: an invalidated cell is dropped, and the collector may reuse its memory)."""
        if cell == self._valid_forever:
            return True
        owner = self._cell_owners.get(cell)
        return owner is not None and self._validity_cells.get(owner) == cell and \
            self.heap.load_word(cell) == 0

    def prototype_changed(self, addr: int) -> None:
        """A prototype object changed: every cache relying on a chain through it is stale."""
        cell = self._validity_cells.pop(addr, None)
        if cell is not None:
            self.heap.store_word(cell, 1)
            self._cell_owners.pop(cell, None)
            if self.dependent_code is not None:
                self.dependent_code.deoptimize(prototype_key(cell), lambda: self.describe_prototype_change(addr))
        for user in self._prototype_users.get(addr, ()):
            self.prototype_changed(user)

    def describe_prototype_change(self, addr: int) -> str:
        """The reason text of a prototype change, for --trace-deopt."""
        try:
            name = self.constructor_name_of(addr)
        except Exception:   # noqa: BLE001 - only a trace text; the object may be mid-change
            name = "?"
        return f"prototype chain of {name} objects changed (prototype 0x{addr:x})"

    def set_map(self, addr: int, map_id: int) -> None:
        """Moves an existing object to another map. The map it leaves is no longer stable: code
        that dropped the map check of a constant object with that map is marked for
        deoptimization (interpreter/dependent_code.py). Every map change of a live object goes
        through here (a new object's first map word does not)."""
        heap = self.heap
        old = self.maps.maps[heap.words[(addr - heap.base) >> 3]]
        if old.stable and old.id != map_id:
            old.stable = False
            if self.dependent_code is not None:
                self.dependent_code.deoptimize(map_key(old.id), f"map #{old.id} became unstable")
        heap.store_word(addr, map_id)

    def get_prototype(self, addr: int) -> int:
        return self.map_of(addr).prototype

    # ---- accessor pairs ------------------------------------------------------------------

    def new_accessor_pair(self, getter, setter) -> int:
        pair = self.new_object(self.accessor_pair_map)
        self.heap.store(pair + 8 * OBJECT_HEADER_WORDS, getter)
        self.heap.store(pair + 8 * (OBJECT_HEADER_WORDS + 1), setter)
        return pair

    def accessor_getter(self, pair: int):
        return self.heap.load(pair + 8 * OBJECT_HEADER_WORDS)

    def accessor_setter(self, pair: int):
        return self.heap.load(pair + 8 * (OBJECT_HEADER_WORDS + 1))

    # ---- plain objects ------------------------------------------------------------------

    def new_object(self, m: Map) -> int:
        h = self.heap
        addr = h.allocate(OBJECT_HEADER_WORDS + m.inobject)
        i = (addr - h.base) >> 3
        h.words[i] = m.id
        for k in range(m.inobject):
            h.words[i + OBJECT_HEADER_WORDS + k] = UNDEFINED_BITS
        return addr

    def property_address(self, addr: int, m: Map, index: int) -> int:
        """The address of property slot `index` (in-object or in the out-of-object backing store)."""
        if index < m.inobject:
            return addr + 8 * (OBJECT_HEADER_WORDS + index)
        backing = self.heap.load_word(addr + PROPERTIES_OFFSET)
        return backing + 8 * (index - m.inobject)

    def get_own(self, addr: int, key: str):
        """An own named property, or None when absent (None is never a JS value)."""
        m = self.map_of(addr)
        index = m.index.get(key)
        if index is None:
            return None
        return self.heap.load(self.property_address(addr, m, index))

    def add_property(self, addr: int, m: Map, key: str, value, attrs: int = 0, keyed: bool = False) -> Map:
        """Adds a property by map transition, growing the backing store when in-object slots run out.

        An object with too many properties for fast mode (MAX_FAST_PROPERTIES, or
        FAST_PROPERTIES_SOFT_LIMIT for a keyed store) goes to dictionary mode first; a
        dictionary-mode object takes a free slot (or the next fresh one) in its own map.
        Returns the object's new map."""
        if m.is_prototype_map:
            self.prototype_changed(addr)
        if not m.is_dictionary_map and self.too_many_fast_properties(m, keyed):
            m = self.normalize(addr, m)
        if m.is_dictionary_map:
            if m.free_slots:
                index = m.free_slots.pop()
            else:
                index = m.next_slot
                m.next_slot = index + 1
            if index >= m.inobject:
                self.grow_properties(addr, index - m.inobject + 1)
            # Keys made at run time ("k" + i) are equal but separate strings: one copy for all.
            m.index[sys.intern(key)] = index
            if attrs:
                m.attrs[key] = attrs
            self.heap.store(self.property_address(addr, m, index), value)
            self.heap.charge_external(ENTRY_BYTES)
            return m
        new_map = self.maps.transition(m, key, attrs)
        index = new_map.index[key]
        h = self.heap
        if index >= m.inobject:
            self.grow_properties(addr, index - m.inobject + 1)
        self.set_map(addr, new_map.id)
        h.store(self.property_address(addr, new_map, index), value)
        return new_map

    @staticmethod
    def too_many_fast_properties(m: Map, keyed: bool) -> bool:
        """Whether adding one more property to an object of fast map m should normalize it."""
        if m.instance_type not in DICTIONARY_TYPES:
            return False
        limit = max(FAST_PROPERTIES_SOFT_LIMIT if keyed else MAX_FAST_PROPERTIES, m.inobject)
        return len(m.keys) + 1 - m.inobject > limit

    def normalize(self, addr: int, m: Map | None = None) -> Map:
        """Puts the object into dictionary mode (maps.py, MapTable.dictionary_map): a map of its
        own whose hash table is the object's; its values stay in their slots. Returns the map."""
        if m is None:
            m = self.map_of(addr)
        if m.is_dictionary_map:
            return m
        d = self.maps.dictionary_map(m, addr)
        self.set_map(addr, d.id)
        self.heap.charge_external(DICTIONARY_MAP_BYTES + ENTRY_BYTES * len(d.index))
        return d

    def grow_properties(self, addr: int, slots: int) -> int:
        """Makes the out-of-object backing store hold at least `slots` slots (doubling); returns
        its address. The store is [capacity][slot 0]...; the object points at slot 0."""
        h = self.heap
        backing = h.load_word(addr + PROPERTIES_OFFSET)
        capacity = h.load_word(backing - 8) if backing else 0
        if slots > capacity:
            new_capacity = max(4, capacity * 2, slots)
            new_backing = h.allocate(new_capacity + 1, KIND_BACKING) + 8
            h.store_word(new_backing - 8, new_capacity)
            for k in range(capacity):
                h.store_word(new_backing + 8 * k, h.load_word(backing + 8 * k))
            h.store_word(addr + PROPERTIES_OFFSET, new_backing)
            backing = new_backing
        return backing

    def set_own(self, addr: int, key: str, value, keyed: bool = False) -> None:
        """Writes a data property (no setters, no frozen check: the caller decided). `keyed`:
        the write is a keyed store (`o[k] = v`), which normalizes an object sooner."""
        m = self.map_of(addr)
        index = m.index.get(key)
        if index is None:
            self.add_property(addr, m, key, value, 0, keyed)
        else:
            if m.is_prototype_map:
                self.prototype_changed(addr)
            self.heap.store(self.property_address(addr, m, index), value)

    def define_own(self, addr: int, key: str, value, attrs: int = 0) -> None:
        """Defines (or redefines) an own property with attributes: class methods and accessors."""
        m = self.map_of(addr)
        index = m.index.get(key)
        if index is None:
            self.add_property(addr, m, key, value, attrs)
            return
        if m.attrs.get(key, 0) != attrs and m.is_dictionary_map:
            if attrs:
                m.attrs[key] = attrs      # a dictionary map changes in place
            else:
                m.attrs.pop(key, None)
        elif m.attrs.get(key, 0) != attrs:
            # Redefinition with other attributes: an unshared map with the new attributes.
            copy = self.maps.copy(m)
            if attrs:
                copy.attrs[key] = attrs
            else:
                copy.attrs.pop(key, None)
            self.set_map(addr, copy.id)
            m = copy
        if m.is_prototype_map:
            self.prototype_changed(addr)
        self.heap.store(self.property_address(addr, m, index), value)

    def delete_own(self, addr: int, key: str) -> bool:
        """Removes an own property (V8's DeleteObjectPropertyFast, then dictionary mode).

        The last property added goes by returning to the map it was added from (its slot is
        cleared, the map tree does not grow); any other makes the object a dictionary, from
        which the key is removed in place (its slot, cleared, is free for the next addition)."""
        m = self.map_of(addr)
        index = m.index.get(key)
        if index is None:
            return True
        if m.attrs.get(key, 0) & ATTR_DONT_DELETE:
            return False
        if not m.is_dictionary_map:
            attrs = m.attrs.get(key, 0)
            parent = m.parent
            if parent is not None and m.keys[-1] == key and \
                    parent.transitions.get((key, attrs) if attrs else key) is m:
                self.heap.store(self.property_address(addr, m, index), UNDEFINED)
                self.set_map(addr, parent.id)
                return True
            if m.instance_type in DICTIONARY_TYPES:
                m = self.normalize(addr, m)
        if m.is_dictionary_map:
            if m.is_prototype_map:
                self.prototype_changed(addr)
            del m.index[key]
            m.attrs.pop(key, None)
            self.heap.store(self.property_address(addr, m, index), UNDEFINED)   # nothing kept alive
            m.free_slots.append(index)
            return True
        values = [(k, self.heap.load(self.property_address(addr, m, i)), m.attrs.get(k, 0))
                  for i, k in enumerate(m.keys) if k != key]
        root = self.maps.new(m.instance_type, m.inobject, (), None, m.constructor_name, m.elements_kind,
                             m.prototype)
        root.is_prototype_map = m.is_prototype_map
        if m.is_prototype_map:
            self.prototype_changed(addr)
        self.set_map(addr, root.id)
        self.heap.store_word(addr + PROPERTIES_OFFSET, 0)
        for k, v, a in values:
            self.add_property(addr, self.map_of(addr), k, v, a)
        return True

    def set_prototype(self, addr: int, prototype: int) -> None:
        """Object.setPrototypeOf (prototype 0: null): the object moves to a fresh map with the
        new prototype and its properties (like delete_own); chains through it are invalidated."""
        m = self.map_of(addr)
        if m.prototype == prototype:
            return
        if prototype:
            self.make_prototype(prototype)
        if m.is_dictionary_map:
            # A dictionary map belongs to its object alone, and no cache remembers it: it takes
            # the new prototype in place (a prototype's users still see their chains change).
            if m.is_prototype_map:
                self.prototype_changed(addr)
                self._prototype_users.get(m.prototype, set()).discard(addr)
                if prototype:
                    self._prototype_users.setdefault(prototype, set()).add(addr)
            if m.instance_type == InstanceType.OBJECT:
                m.constructor_name = self.constructor_name_of(prototype) if prototype else "Object"
            self.maps.set_prototype(m, prototype)
            return
        values = [(k, self.heap.load(self.property_address(addr, m, i)), m.attrs.get(k, 0))
                  for i, k in enumerate(m.keys)]
        name = self.constructor_name_of(prototype) if prototype else "Object"
        root = self.maps.new(m.instance_type, m.inobject, (), None, name if m.instance_type ==
                             InstanceType.OBJECT else m.constructor_name, m.elements_kind, prototype)
        root.is_prototype_map = m.is_prototype_map
        if m.is_prototype_map:
            self.prototype_changed(addr)
            self._prototype_users.get(m.prototype, set()).discard(addr)
            if prototype:
                self._prototype_users.setdefault(prototype, set()).add(addr)
        self.set_map(addr, root.id)
        self.heap.store_word(addr + PROPERTIES_OFFSET, 0)
        for k, v, a in values:
            self.add_property(addr, self.map_of(addr), k, v, a)

    def prevent_extensions(self, addr: int, level: str = "non-extensible") -> None:
        """Object.preventExtensions, seal ("sealed") and freeze ("frozen"): the object moves to
        an unshared copy of its map at that level (a dictionary map changes in place), so code
        and inline caches made for its old map no longer match it. Sealing makes every named
        property non-configurable; freezing also makes every data property read-only."""
        m = self.map_of(addr)
        sealed = level != "non-extensible"
        frozen = level == "frozen"
        if not m.extensible and m.sealed >= sealed and m.frozen >= frozen:
            return
        if m.is_prototype_map:
            self.prototype_changed(addr)
            if frozen:
                self.note_index_setter()        # its elements become read-only
        if not m.is_dictionary_map:
            m = self.maps.copy(m)
            self.set_map(addr, m.id)
        m.extensible = False
        m.sealed = m.sealed or sealed
        m.frozen = m.frozen or frozen
        if sealed:
            for key in m.keys:
                attrs = m.attrs.get(key, 0) | ATTR_DONT_DELETE
                if frozen and not attrs & ATTR_ACCESSOR:
                    attrs |= ATTR_READ_ONLY
                m.attrs[key] = attrs

    def own_function_keys(self, addr: int, values: dict) -> None:
        """Makes a function's built-in name and length (`values`) real properties of an
        unshared copy of its map, read-only and configurable, before one is deleted or
        redefined (V8 keeps them in the map from the start, as accessor infos)."""
        m = self.map_of(addr)
        if m.function_keys_own:
            return
        if not m.is_dictionary_map:
            m = self.maps.copy(m)
            self.set_map(addr, m.id)
        m.function_keys_own = True
        for key, value in values.items():
            if key not in m.index:
                self.define_own(addr, key, value, ATTR_DONT_ENUM | ATTR_READ_ONLY)

    def ordered_keys(self, addr: int) -> list[str]:
        """All own named keys in JS order: integer keys ascending, then insertion order."""
        keys = list(self.map_of(addr).keys)
        if any(k.isdigit() for k in keys):
            ints = sorted((k for k in keys if is_index_key(k)), key=int)
            keys = ints + [k for k in keys if not is_index_key(k)]
        return keys

    def own_entries(self, addr: int, enumerable_only: bool = True) -> list[tuple[str, object]]:
        """Own properties in JS order: integer keys ascending, then the rest in insertion order.

        An accessor property's value is its accessor pair."""
        m = self.map_of(addr)
        attrs = m.attrs
        return [(k, self.heap.load(self.property_address(addr, m, m.index[k]))) for k in self.ordered_keys(addr)
                if not (enumerable_only and attrs.get(k, 0) & ATTR_DONT_ENUM)]

    # ---- arrays -----------------------------------------------------------------------------

    def new_array(self, items: list, prototype: int = 0) -> int:
        """An array of `items` (HOLE: a hole); `prototype`: other than Array.prototype (an
        instance of a subclass of Array)."""
        h = self.heap
        kind = ElementsKind.INT32
        for v in items:
            kind = max(kind, elements_kind_of(v))
        if prototype and prototype != self.array_prototype:
            m = self.array_root_for(prototype)
            if kind:
                m = self.maps.elements_transition(m, kind)
        else:
            m = self.array_maps[kind]
        addr = h.allocate(ARRAY_WORDS)
        capacity = max(4, len(items))
        elements = h.allocate(capacity, KIND_VALUES)
        h.store_word(addr, m.id)
        h.store_word(addr + ARRAY_LENGTH_OFFSET, len(items))
        h.store_word(addr + ARRAY_ELEMENTS_OFFSET, elements)
        h.store_word(addr + ARRAY_CAPACITY_OFFSET, capacity)
        for k, v in enumerate(items):
            h.store(elements + 8 * k, v)
        return addr

    def array_root_for(self, prototype: int) -> Map:
        """The map of a new array whose [[Prototype]] is `prototype` (a subclass's instances):
        one per prototype, so that the instances of one class share their maps."""
        m = self._array_roots.get(prototype)
        if m is None:
            self.make_prototype(prototype)
            m = self.maps.new(InstanceType.ARRAY, 0, constructor_name="Array",
                              elements_kind=ElementsKind.INT32, prototype=prototype)
            self._array_roots[prototype] = m
        return m

    def array_length(self, addr: int) -> int:
        n = self.heap.load_word(addr + ARRAY_LENGTH_OFFSET)
        if n == 0 and self.sparse_elements:
            sparse = self.sparse_elements.get(addr)
            if sparse is not None:
                return sparse.length
        return n

    def get_element(self, addr: int, index: int):
        v = self.own_element(addr, index)
        return UNDEFINED if v is HOLE else v

    def own_element(self, addr: int, index: int):
        """The array's own element at index, HOLE where it has none."""
        h = self.heap
        if 0 <= index < h.load_word(addr + ARRAY_LENGTH_OFFSET):
            return h.load(h.load_word(addr + ARRAY_ELEMENTS_OFFSET) + 8 * index)
        sparse = self.sparse_elements.get(addr) if self.sparse_elements else None
        return HOLE if sparse is None else sparse.values.get(index, HOLE)

    def element_indexes(self, addr: int) -> list[int]:
        """The indexes of the array's own elements, ascending (holes left out)."""
        sparse = self.sparse_elements.get(addr) if self.sparse_elements else None
        if sparse is not None:
            return sorted(sparse.values)
        return [i for i, v in enumerate(self.array_items(addr)) if v is not HOLE]

    def element_attrs(self, addr: int, index: int) -> int:
        """The ATTR_* flags of element `index` beyond what the array's map says (0: plain)."""
        sparse = self.sparse_elements.get(addr) if self.sparse_elements else None
        return sparse.attrs.get(index, 0) if sparse is not None and sparse.attrs else 0

    def has_element_attrs(self, addr: int) -> bool:
        """Whether some element of the array has attributes of its own."""
        sparse = self.sparse_elements.get(addr) if self.sparse_elements else None
        return sparse is not None and bool(sparse.attrs)

    def define_element(self, addr: int, index: int, value, attrs: int) -> None:
        """Defines element `index` with attributes (an accessor's value is its pair): an array
        with an element other than a plain one is sparse."""
        sparse = self.sparse_elements.get(addr) if self.sparse_elements else None
        if attrs & (ATTR_ACCESSOR | ATTR_READ_ONLY):
            self.note_index_setter()
        if sparse is None:
            if not attrs:
                self.set_element(addr, index, value)
                return
            sparse = self.make_sparse(addr)
        self.set_element(addr, index, value)
        if attrs:
            sparse.attrs[index] = attrs
        else:
            sparse.attrs.pop(index, None)

    def note_index_setter(self) -> None:
        """Some object now has an index property that is an accessor or read-only: writes to
        missing elements must look up the prototype chain from now on, and the optimized code
        that stores elements in place (relying on no such property) is deoptimized."""
        if not self.index_setters:
            self.index_setters = True
            if self.dependent_code is not None:
                self.dependent_code.deoptimize(INDEX_SETTERS_KEY, "an index property got a setter or became read-only")

    def make_length_read_only(self, addr: int) -> None:
        """Object.defineProperty(array, "length", {writable: false}): an unshared copy of its map
        says so (code and caches made for the old map no longer match the array)."""
        m = self.maps.copy(self.map_of(addr))
        m.length_read_only = True
        self.set_map(addr, m.id)

    def is_sparse(self, addr: int) -> bool:
        return bool(self.sparse_elements) and addr in self.sparse_elements

    def make_sparse(self, addr: int) -> SparseElements:
        """Moves the array's elements into a hash table (V8's NormalizeElements)."""
        h = self.heap
        values = {i: v for i, v in enumerate(self.array_items(addr)) if v is not HOLE}
        sparse = SparseElements(h.load_word(addr + ARRAY_LENGTH_OFFSET), values)
        self.sparse_elements[addr] = sparse
        m = self.map_of(addr)
        plain = m is self.array_maps.get(m.elements_kind)   # (not a copy with a level or flag)
        m = self.array_maps[ElementsKind.DICTIONARY] if plain else \
            self.maps.elements_transition(m, ElementsKind.DICTIONARY)
        self.set_map(addr, m.id)
        h.store_word(addr + ARRAY_LENGTH_OFFSET, 0)
        h.store_word(addr + ARRAY_ELEMENTS_OFFSET, 0)
        h.store_word(addr + ARRAY_CAPACITY_OFFSET, 0)
        h.charge_external(ENTRY_BYTES * len(values))
        return sparse

    def set_array_length(self, addr: int, n: int) -> None:
        """`a.length = n` (n a valid array length): cuts elements off or adds holes."""
        h = self.heap
        sparse = self.sparse_elements.get(addr) if self.sparse_elements else None
        if sparse is None:
            length = h.load_word(addr + ARRAY_LENGTH_OFFSET)
            if n <= length:
                elements = h.load_word(addr + ARRAY_ELEMENTS_OFFSET)
                ctypes.memset(elements + 8 * n, 0, 8 * (length - n))   # no stale references
                h.store_word(addr + ARRAY_LENGTH_OFFSET, n)
                return
            if n - h.load_word(addr + ARRAY_CAPACITY_OFFSET) < MAX_GAP:
                self.generalize_elements(addr, ElementsKind.ANY)     # holes
                elements = self.reserve_elements(addr, n)
                for k in range(length, n):
                    h.store(elements + 8 * k, HOLE)
                h.store_word(addr + ARRAY_LENGTH_OFFSET, n)
                return
            sparse = self.make_sparse(addr)
        if n < sparse.length:
            gone = [i for i in sparse.values if i >= n] if len(sparse.values) < sparse.length - n \
                else [i for i in range(n, sparse.length) if i in sparse.values]
            for i in gone:
                del sparse.values[i]
                if sparse.attrs:
                    sparse.attrs.pop(i, None)
        sparse.length = n

    def generalize_elements(self, addr: int, kind: ElementsKind) -> None:
        """The array's map allows elements of this kind from now on."""
        m = self.map_of(addr)
        if kind > m.elements_kind:
            plain = m is self.array_maps.get(m.elements_kind)   # (not a copy with a level or flag)
            m = self.array_maps[kind] if plain else self.maps.elements_transition(m, kind)
            self.set_map(addr, m.id)

    def reserve_elements(self, addr: int, need: int) -> int:
        """Room for `need` elements (the store at least doubles when it grows); returns the store."""
        h = self.heap
        capacity = h.load_word(addr + ARRAY_CAPACITY_OFFSET)
        elements = h.load_word(addr + ARRAY_ELEMENTS_OFFSET)
        if need > capacity:
            length = h.load_word(addr + ARRAY_LENGTH_OFFSET)
            new_capacity = max(need, capacity * 2)
            new_elements = h.allocate(new_capacity, KIND_VALUES)
            i0 = h.index(elements)
            j0 = h.index(new_elements)
            h.words[j0:j0 + length] = h.words[i0:i0 + length]
            h.store_word(addr + ARRAY_ELEMENTS_OFFSET, new_elements)
            h.store_word(addr + ARRAY_CAPACITY_OFFSET, new_capacity)
            elements = new_elements
        return elements

    def splice_elements(self, addr: int, start: int, count: int, inserted: list) -> None:
        """Replaces elements [start, start + count) by `inserted`, moving the rest in one memmove
        (shift, unshift and splice of a plain array: linear in what moves, with no Python loop)."""
        h = self.heap
        if self.is_sparse(addr):
            self.splice_sparse(addr, start, count, inserted)
            return
        n = h.load_word(addr + ARRAY_LENGTH_OFFSET)
        new_n = n - count + len(inserted)
        kind = ElementsKind.INT32
        for v in inserted:
            kind = max(kind, elements_kind_of(v))
        self.generalize_elements(addr, kind)
        elements = self.reserve_elements(addr, new_n)
        i0 = h.index(elements)
        to = start + len(inserted)
        h.words[i0 + to:i0 + new_n] = h.words[i0 + start + count:i0 + n]
        for k, v in enumerate(inserted):
            h.store(elements + 8 * (start + k), v)
        if new_n < n:
            ctypes.memset(elements + 8 * new_n, 0, 8 * (n - new_n))   # no stale references
        h.store_word(addr + ARRAY_LENGTH_OFFSET, new_n)

    def splice_sparse(self, addr: int, start: int, count: int, inserted: list) -> None:
        """splice_elements for a sparse array: the indexes past the cut move, holes stay holes."""
        sparse = self.sparse_elements[addr]
        shift = len(inserted) - count
        values = {}
        for i, v in sparse.values.items():
            if i < start:
                values[i] = v
            elif i >= start + count:
                values[i + shift] = v
        for k, v in enumerate(inserted):
            if v is not HOLE:
                values[start + k] = v
        sparse.values = values
        sparse.length += shift

    def set_element(self, addr: int, index: int, value) -> None:
        """a[index] = value (HOLE: deletes it): generalizes the elements kind, grows the store,
        fills gaps with holes; a store far past the store makes the array sparse."""
        h = self.heap
        sparse = self.sparse_elements.get(addr) if self.sparse_elements else None
        if sparse is None and index >= h.load_word(addr + ARRAY_CAPACITY_OFFSET) + MAX_GAP:
            sparse = self.make_sparse(addr)
        if sparse is not None:
            if index >= sparse.length:
                sparse.length = index + 1
            if value is HOLE:
                sparse.values.pop(index, None)
                if sparse.attrs:
                    sparse.attrs.pop(index, None)
            elif index in sparse.values:
                sparse.values[index] = value
            else:
                sparse.values[index] = value
                h.charge_external(ENTRY_BYTES)
            return
        kind = elements_kind_of(value)
        length = h.load_word(addr + ARRAY_LENGTH_OFFSET)
        if index > length:
            kind = ElementsKind.ANY     # holes
        self.generalize_elements(addr, kind)
        elements = self.reserve_elements(addr, index + 1)
        if index >= length:
            for k in range(length, index):
                h.store(elements + 8 * k, HOLE)
            h.store_word(addr + ARRAY_LENGTH_OFFSET, index + 1)
        h.store(elements + 8 * index, value)

    def array_items(self, addr: int) -> list:
        """The elements as a list (HOLE for a hole); a sparse array's must fit in memory."""
        h = self.heap
        sparse = self.sparse_elements.get(addr) if self.sparse_elements else None
        if sparse is not None:
            if sparse.length > MAX_LISTED_ELEMENTS:
                raise HeapExhausted(f"listing the {sparse.length} elements of a sparse array")
            items = [HOLE] * sparse.length
            for i, v in sparse.values.items():
                items[i] = v
            return items
        n = h.load_word(addr + ARRAY_LENGTH_OFFSET)
        e = h.load_word(addr + ARRAY_ELEMENTS_OFFSET)
        return [h.load(e + 8 * k) for k in range(n)]

    def array_pop(self, addr: int):
        n = self.array_length(addr)
        if n == 0:
            return UNDEFINED
        v = self.get_element(addr, n - 1)
        self.set_array_length(addr, n - 1)
        return v

    # ---- for-of iterators ----------------------------------------------------------------

    def new_for_of_iterator(self, iterated, over_array: bool) -> int:
        """The hidden iterator of a for-of loop: over an array it steps natively (next index 0)."""
        h = self.heap
        addr = h.allocate(FOR_OF_WORDS)
        i = (addr - h.base) >> 3
        h.words[i] = (self.array_for_of_map if over_array else self.generic_for_of_map).id
        h.words[i + 1] = 0
        h.store(addr + FOR_OF_ITERATED_OFFSET, iterated)
        h.store(addr + FOR_OF_INDEX_OFFSET, 0.0)
        return addr

    # ---- functions and contexts ------------------------------------------------------------

    def new_function(self, shared_id: int, context: int) -> int:
        h = self.heap
        addr = h.allocate(FUNCTION_WORDS)
        h.store_word(addr, self.function_map.id)
        h.store_word(addr + FUNCTION_SHARED_OFFSET, shared_id)
        h.store_word(addr + FUNCTION_CONTEXT_OFFSET, context)
        return addr

    def function_shared_id(self, addr: int) -> int:
        return self.heap.load_word(addr + FUNCTION_SHARED_OFFSET)

    def function_context(self, addr: int) -> int:
        return self.heap.load_word(addr + FUNCTION_CONTEXT_OFFSET)

    def new_context(self, parent: int, length: int, fill_bits: int = UNDEFINED_BITS) -> int:
        h = self.heap
        addr = h.allocate(CONTEXT_HEADER_WORDS + length)
        i = (addr - h.base) >> 3
        h.words[i] = self.context_map.id
        h.words[i + 1] = parent
        h.words[i + 2] = length
        for k in range(length):
            h.words[i + CONTEXT_HEADER_WORDS + k] = fill_bits
        return addr

    def clone_context(self, ctx: int) -> int:
        h = self.heap
        length = h.load_word(ctx + CONTEXT_LENGTH_OFFSET)
        copy = self.new_context(h.load_word(ctx + CONTEXT_PARENT_OFFSET), length)
        i, j = h.index(ctx), h.index(copy)
        h.words[j + CONTEXT_HEADER_WORDS:j + CONTEXT_HEADER_WORDS + length] = \
            h.words[i + CONTEXT_HEADER_WORDS:i + CONTEXT_HEADER_WORDS + length]
        return copy

    def context_parent(self, ctx: int, depth: int) -> int:
        h = self.heap
        words, base = h.words, h.base
        for _ in range(depth):
            ctx = words[((ctx - base) >> 3) + 1]
        return ctx
