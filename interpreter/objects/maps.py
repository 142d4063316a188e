"""Hidden classes (maps) and their transition trees.

A map fixes an object's layout: which property lives in which slot, how many
slots are in-object, and for arrays the elements kind. Objects built by adding
the same properties in the same order from the same root share a map, which is
what makes an inline cache (and an optimized map guard) a single compare.
An object used as a dictionary leaves the tree for a dictionary map of its own
(`MapTable.dictionary_map`; docs/objects.md, "Dictionary mode").
"""
from __future__ import annotations

import ctypes
import mmap
from enum import IntEnum

from .heap import MAP_NORESERVE

# Maps the native instance-type table has room for (one byte each, committed as used).
MAX_MAPS = 1 << 26
# A dictionary map is Python memory, charged to the heap (Heap.charge_external) as strings are, or
# a loop making dictionaries would grow it without ever collecting the dead ones' maps: this
# much, and heap.ENTRY_BYTES per key.
DICTIONARY_MAP_BYTES = 400


class InstanceType(IntEnum):
    OBJECT = 1
    ARRAY = 2
    FUNCTION = 3
    CONTEXT = 4
    ACCESSOR_PAIR = 5   # a getter/setter pair stored in an accessor property's slot
    MAP = 6             # a Map: its entries live in isolate.collections (builtins/collections.py)
    SET = 7             # a Set: likewise
    ITERATOR = 8        # a Map, Set or Array iterator: state in isolate.iterator_states
    ARGUMENTS = 9       # a function's `arguments` object: an ordinary object with indexes and length
    GLOBAL = 10         # globalThis: its properties are the global cells
    FOR_OF_ITERATOR = 11  # the hidden iterator of a for-of loop or an array pattern (layout.py)
    STRING = 12         # string values are no heap objects: this map is only their feedback key
    PRIMITIVE_WRAPPER = 13  # new String(s), Object(1)...: the value in slot 0 (primitive_wrappers.py)


# Property attributes, per key of a map (absent: a plain writable, enumerable data property).
ATTR_ACCESSOR = 1       # the slot holds an accessor pair
ATTR_DONT_ENUM = 2      # skipped by for-in, Object.keys and console.log (class methods)
ATTR_READ_ONLY = 4      # a data property a store may not change (writable: false)
ATTR_DONT_DELETE = 8    # delete fails and its attributes are fixed (configurable: false)


class ElementsKind(IntEnum):
    """What an array's elements are known to hold; only ever generalizes (V8's PACKED_SMI -> DOUBLE -> ELEMENTS)."""
    INT32 = 0
    DOUBLE = 1
    ANY = 2
    DICTIONARY = 3   # sparse: the elements live in ObjectSpace.sparse_elements, not in a backing store


# The native type byte of an array with sparse elements: machine code that reads an array's
# elements in place (a for-of step) must not take it for an array with a backing store.
NATIVE_SPARSE_ARRAY = 0x80 | InstanceType.ARRAY


def native_type(instance_type: InstanceType, elements_kind: ElementsKind) -> int:
    if instance_type == InstanceType.ARRAY and elements_kind == ElementsKind.DICTIONARY:
        return NATIVE_SPARSE_ARRAY
    return int(instance_type)


class Map:
    __slots__ = ("id", "instance_type", "inobject", "keys", "index", "transitions", "parent",
                 "constructor_name", "elements_kind", "kind_transitions", "deprecated",
                 "prototype", "is_prototype_map", "attrs", "extensible", "sealed", "frozen",
                 "function_keys_own", "length_read_only", "slack_countdown",
                 "is_dictionary_map", "next_slot", "free_slots", "stable")

    def __init__(self, map_id: int, instance_type: InstanceType, inobject: int,
                 keys: tuple[str, ...] = (), parent: Map | None = None,
                 constructor_name: str = "Object", elements_kind: ElementsKind = ElementsKind.ANY,
                 prototype: int = 0):
        self.id = map_id
        self.instance_type = instance_type
        self.inobject = inobject
        self.keys = keys
        self.index = {k: i for i, k in enumerate(keys)}
        self.transitions: dict[str, Map] = {}
        self.kind_transitions: dict[ElementsKind, Map] = {}
        self.parent = parent
        self.constructor_name = constructor_name
        self.elements_kind = elements_kind
        self.deprecated = False
        # The [[Prototype]] of every object with this map (0: null). Like V8, the prototype is
        # part of the map, so a map check also checks the prototype.
        self.prototype = prototype
        # Set on the map of an object that is some map's prototype: such maps are never
        # shared, and a store into such an object invalidates the prototype-chain caches.
        self.is_prototype_map = False
        self.attrs: dict[str, int] = {}    # key -> ATTR_* flags, only for non-plain properties
        # The integrity level of its objects (Object.preventExtensions, seal, freeze): not
        # extensible, no property may be added; sealed, none deleted; frozen, none changed.
        # The named properties also carry it in their attributes; an array's elements, which
        # have none, carry it only here. Each level implies the ones before it.
        self.extensible = True
        self.sealed = False
        self.frozen = False
        # A function's name and length are no properties in its map but read off its shared
        # info, until a delete or a redefinition makes them real ones (ObjectSpace.own_function_keys):
        # then this is set and only the map says what the function has.
        self.function_keys_own = False
        # An array whose length Object.defineProperty made read-only (no element may be added
        # past it either): set on an unshared copy of its map, as an integrity level is.
        self.length_read_only = False
        # A constructor's initial map: constructions left before in-object slack tracking ends.
        self.slack_countdown = 0
        # Dictionary mode (see MapTable.dictionary_map): this map is owned by one object, its
        # `index` is that object's hash table (key -> slot) and changes in place.
        self.is_dictionary_map = False
        self.next_slot = 0                 # dictionary maps: slots ever used (the next fresh one)
        self.free_slots: list[int] = []    # dictionary maps: slots of deleted properties, for reuse
        # V8's stable map: no object has left this map (by a transition, normalization, a new
        # prototype...) since it was made. Optimized code may drop the map check of a constant
        # object with a stable map, depending on it staying stable (ObjectSpace.set_map).
        self.stable = True

    def __repr__(self) -> str:
        if self.is_dictionary_map:
            return f"<Map #{self.id} {self.instance_type.name} dictionary ({len(self.index)} keys)>"
        return f"<Map #{self.id} {self.instance_type.name} {{{', '.join(self.keys)}}}>"

    def is_inobject(self, property_index: int) -> bool:
        return property_index < self.inobject


class MapTable:
    """All maps of one isolate, by id (the id is what an object's map word holds).

    Optimized code that meets an object whose map it cannot know at compile time (the callee
    of a megamorphic call, `typeof x`, `Array.isArray(x)`) asks for its instance type in one
    load: `native_types` is a byte per map id, in native memory that never moves.
    `native_prototypes` is a word per map id, the map's prototype address (0: null), so
    machine code walks a prototype chain (`instanceof`) with two loads per step; a map whose
    prototype changes in place (a dictionary map, `set_prototype`) updates its word.
    """

    def __init__(self):
        self.maps: list[Map | None] = [None]   # id 0 is never a map: an all-zero word is not an object
        # Dictionary maps, each owned by one object (map id -> the owner's address): the collector
        # releases the map of a dead owner (release_dictionary_maps), and its id is reused by the
        # next dictionary map. That is safe because no cache ever holds a dictionary map's id.
        self.dictionary_owners: dict[int, int] = {}
        self.free_dictionary_ids: list[int] = []
        self._types = mmap.mmap(-1, MAX_MAPS, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS | MAP_NORESERVE)
        self.native_types = memoryview(self._types)
        self.native_types_address = ctypes.addressof(ctypes.c_char.from_buffer(self._types))
        self._protos = mmap.mmap(-1, 8 * MAX_MAPS, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS | MAP_NORESERVE)
        self.native_prototypes = memoryview(self._protos).cast("Q")
        self.native_prototypes_address = ctypes.addressof(ctypes.c_char.from_buffer(self._protos))

    def new(self, instance_type: InstanceType, inobject: int, keys: tuple[str, ...] = (),
            parent: Map | None = None, constructor_name: str = "Object",
            elements_kind: ElementsKind = ElementsKind.ANY, prototype: int = 0) -> Map:
        m = Map(len(self.maps), instance_type, inobject, keys, parent, constructor_name, elements_kind,
                prototype)
        if m.id >= MAX_MAPS:
            raise MemoryError("too many maps")
        self.native_types[m.id] = native_type(instance_type, elements_kind)
        self.native_prototypes[m.id] = prototype
        self.maps.append(m)
        return m

    def set_prototype(self, m: Map, prototype: int) -> None:
        """Changes the prototype of a map in place (only a dictionary map's, which one object owns)."""
        m.prototype = prototype
        self.native_prototypes[m.id] = prototype

    def __getitem__(self, map_id: int) -> Map:
        return self.maps[map_id]

    def transition(self, m: Map, key: str, attrs: int = 0) -> Map:
        """The map an object of map m gets when property `key` is added (created once, then shared).

        Prototype maps are never shared: adding to one makes a new prototype map."""
        tkey = (key, attrs) if attrs else key
        t = None if m.is_prototype_map else m.transitions.get(tkey)
        if t is None:
            t = self.derive(m, m.keys + (key,), m.elements_kind)
            if attrs:
                t.attrs[key] = attrs
            if not m.is_prototype_map:
                m.transitions[tkey] = t
        return t

    def derive(self, m: Map, keys: tuple[str, ...], kind: ElementsKind) -> Map:
        """A map like m with other keys or elements kind (same prototype, attributes and flags)."""
        t = self.new(m.instance_type, m.inobject, keys, m, m.constructor_name, kind, m.prototype)
        t.attrs = dict(m.attrs)
        t.is_prototype_map = m.is_prototype_map
        t.extensible, t.sealed, t.frozen = m.extensible, m.sealed, m.frozen
        t.function_keys_own = m.function_keys_own
        t.length_read_only = m.length_read_only
        return t

    def copy(self, m: Map) -> Map:
        """An unshared copy of m (for a new prototype object, or a new integrity level)."""
        t = self.derive(m, m.keys, m.elements_kind)
        t.parent = m.parent
        return t

    def dictionary_map(self, m: Map, owner: int) -> Map:
        """A dictionary map for the one object whose map is m (V8's normalization, "slow mode").

        An object used as a dictionary would otherwise make a map per added key (each copying
        the key tuple: quadratic) and a fresh chain of maps per delete. Its dictionary map is
        made once and then changes in place: `index` (key -> slot) is the object's hash table,
        `keys` a live view of it in insertion order (a deleted key leaves it, a re-added one goes
        to the end), `attrs` its attributes; a deleted property's slot goes to `free_slots`
        and is reused by the next addition, so the slots never outnumber the most properties
        the object had at once. The slots are where the fast map had them (in-object, then the
        out-of-object backing store), so normalizing moves no value.

        The values therefore stay in native heap memory the collector already traces (the
        object's in-object slots and its KIND_BACKING store), not in a Python table keyed by
        the object's address: no ephemeron table is needed, a deleted value is released by
        clearing its slot, the heap limit counts the memory, and a dictionary dies with its
        object. Only the keys (Python strings) live on the Python side, in the map.

        Because the layout changes under an unchanged map id, no inline cache may remember a
        dictionary map (the interpreter's ICs go megamorphic for it, and the optimizing tier
        never sees it in feedback); a map check that optimized code compiled for the object's
        fast map fails, since the dictionary map has a new id. For the same reason the id of a
        dead object's dictionary map can be given to the next one (`owner`, the object's address,
        tells the collector when the map is dead)."""
        map_id = self.free_dictionary_ids.pop() if self.free_dictionary_ids else len(self.maps)
        d = Map(map_id, m.instance_type, m.inobject, (), None, m.constructor_name, m.elements_kind,
                m.prototype)
        if d.id >= MAX_MAPS:
            raise MemoryError("too many maps")
        self.native_types[d.id] = int(m.instance_type)
        self.native_prototypes[d.id] = m.prototype
        if map_id == len(self.maps):
            self.maps.append(d)
        else:
            self.maps[map_id] = d
        self.dictionary_owners[map_id] = owner
        d.is_dictionary_map = True
        d.index = dict(m.index)
        d.keys = d.index.keys()            # a live view: insertion order, O(1) to keep current
        d.attrs = dict(m.attrs)
        d.is_prototype_map = m.is_prototype_map
        d.extensible, d.sealed, d.frozen = m.extensible, m.sealed, m.frozen
        d.function_keys_own = m.function_keys_own
        d.length_read_only = m.length_read_only
        if m.is_dictionary_map:
            d.next_slot, d.free_slots = m.next_slot, list(m.free_slots)
        else:
            d.next_slot = len(m.keys)
        return d

    def release_dictionary_maps(self, owns) -> int:
        """Releases every dictionary map whose owner no longer has it: `owns(addr, map_id)` says
        whether the object at addr is alive and still has that map. Their ids go to the free
        list. Returns how many were released (called by the collector after marking)."""
        dead = [map_id for map_id, owner in self.dictionary_owners.items() if not owns(owner, map_id)]
        for map_id in dead:
            del self.dictionary_owners[map_id]
            self.maps[map_id] = None
            self.native_types[map_id] = 0
            self.native_prototypes[map_id] = 0
        self.free_dictionary_ids.extend(dead)
        return len(dead)

    def finish_slack_tracking(self, initial: Map) -> int:
        """Shrinks the in-object size of a constructor's initial map and every map reached from
        it by transitions to the most properties any of them has (V8's slack tracking): objects
        made later are that size, and a property beyond it goes out of object. Returns the size."""
        tree, todo = [], [initial]
        while todo:
            m = todo.pop()
            tree.append(m)
            todo.extend(m.transitions.values())
        used = min(initial.inobject, max(len(m.keys) for m in tree))
        for m in tree:
            m.inobject = used
        initial.slack_countdown = 0
        return used

    def elements_transition(self, m: Map, kind: ElementsKind) -> Map:
        """The array map with the same properties and a more general elements kind."""
        t = m.kind_transitions.get(kind)
        if t is None:
            t = self.derive(m, m.keys, kind)
            t.parent = m.parent
            m.kind_transitions[kind] = t
        return t
