"""Map and Set: the constructors and their prototypes' methods, and the ordered tables that hold
their entries.

Place in the pipeline: a built-in library module; bootstrap.py installs its
tables. A Map or Set is a heap object of its own instance type
(so maps, inline caches and console.log can tell it apart) whose entries
live on the Python side, in `isolate.collections[address]`: an
`OrderedTable`. Their iterators are iterator.py's; console.log's views of
them are views.py's.

Keys compare by SameValueZero: NaN equals NaN, -0 equals +0 (and is stored as
+0), strings by value, objects by identity. Python's dict almost does that
already; the table keys it on (type, value) so that 1 and true, which are
equal in Python, stay apart, and maps every NaN to one key.

Iteration follows the spec's live semantics: an iterator walks the entry
list by position, entries added during iteration are visited, deleted ones
are skipped. Deletion leaves a tombstone; when tombstones pile up the list is
compacted and every live cursor's position is translated, which is how a
running forEach or for-of survives deletes and clear().
"""
from __future__ import annotations

import weakref
from functools import partial

from interpreter.errors import type_error
from .iterator import new_iterator
from .support import (
    Alias,
    Constructor,
    Getter,
    Method,
    Prototype,
    arg,
    check_iterable,
    describe,
    is_callable,
    require_callable,
)
from interpreter.objects.heap import COLLECTION_ENTRY_BYTES
from interpreter.objects.maps import InstanceType
from interpreter.objects.values import NULL, UNDEFINED

_DELETED = object()    # a tombstone in OrderedTable.keys
_NAN_KEY = ("NaN",)


def hash_key(v):
    """The dict key of a JS value under SameValueZero."""
    t = type(v)
    if t is float:
        return _NAN_KEY if v != v else (float, v)    # 0.0 == -0.0 with equal hashes
    return (t, v)


class Cursor:
    """A position in an OrderedTable's entry list, kept valid across compactions."""

    __slots__ = ("__weakref__", "done", "pos")

    def __init__(self):
        self.pos = 0
        self.done = False


class OrderedTable:
    """The entries of one Map or Set, in insertion order."""

    def __init__(self):
        self.keys: list = []
        self.values: list = []
        self.index: dict = {}
        self.deleted = 0
        self.cursors: weakref.WeakSet = weakref.WeakSet()

    def __len__(self) -> int:
        return len(self.index)

    def get(self, key):
        i = self.index.get(hash_key(key))
        return UNDEFINED if i is None else self.values[i]

    def has(self, key) -> bool:
        return hash_key(key) in self.index

    def set(self, key, value) -> bool:
        """Sets the entry; True when it is a new one."""
        h = hash_key(key)
        i = self.index.get(h)
        if i is not None:
            self.values[i] = value
            return False
        if type(key) is float and key == 0.0:
            key = 0.0      # -0 is stored as +0
        self.index[h] = len(self.keys)
        self.keys.append(key)
        self.values.append(value)
        return True

    def delete(self, key) -> bool:
        i = self.index.pop(hash_key(key), None)
        if i is None:
            return False
        self.keys[i] = _DELETED
        self.values[i] = UNDEFINED
        self.deleted += 1
        if self.deleted > 16 and self.deleted > len(self.index):
            self.compact()
        return True

    def clear(self) -> None:
        for i in range(len(self.keys)):
            self.keys[i] = _DELETED
        self.index.clear()
        self.deleted = len(self.keys)
        self.compact()

    def compact(self) -> None:
        """Drops the tombstones; a cursor's position becomes the count of live entries before it."""
        live_before = []
        n = 0
        for k in self.keys:
            live_before.append(n)
            if k is not _DELETED:
                n += 1
        live_before.append(n)
        for c in self.cursors:
            c.pos = live_before[min(c.pos, len(self.keys))]
        keep = [i for i, k in enumerate(self.keys) if k is not _DELETED]
        self.keys = [self.keys[i] for i in keep]
        self.values = [self.values[i] for i in keep]
        self.index = {hash_key(k): i for i, k in enumerate(self.keys)}
        self.deleted = 0

    def walk(self, cursor: Cursor | None = None):
        """(key, value) of each live entry from the cursor on, reading the live table."""
        if cursor is None:
            cursor = Cursor()
        if cursor.done:
            return
        self.cursors.add(cursor)
        try:
            while True:
                keys = self.keys
                while cursor.pos < len(keys) and keys[cursor.pos] is _DELETED:
                    cursor.pos += 1
                if cursor.pos >= len(keys):
                    cursor.done = True
                    return
                i = cursor.pos
                cursor.pos += 1
                yield keys[i], self.values[i]
        finally:
            self.cursors.discard(cursor)

    def remaining(self, cursor: Cursor) -> list:
        """The entries still ahead of the cursor, without moving it (console.log's preview)."""
        if cursor.done:
            return []
        return [(k, self.values[i]) for i, k in enumerate(self.keys[cursor.pos:], cursor.pos)
                if k is not _DELETED]


class CollectionClass:
    """What making a Map or a Set needs: its constructor, prototype and adder (`set`/`add`,
    which `new Map(iterable)` calls), the map of its instances, and the maps of subclass
    instances (`class Foo extends Map`) by prototype."""

    __slots__ = ("adder", "base_map", "ctor", "instance_type", "kind", "prototype", "subclass_maps")

    def __init__(self, isolate, kind: str, instance_type: InstanceType, adder: str, ctor: int):
        self.kind = kind
        self.instance_type = instance_type
        self.adder = adder
        self.ctor = ctor
        self.prototype = isolate.objects.get_own(ctor, "prototype")
        self.base_map = isolate.maps.new(instance_type, 0, constructor_name=kind, prototype=self.prototype)
        self.subclass_maps: dict = {}


def init(isolate) -> None:
    isolate.collections = {}        # Map or Set address -> its OrderedTable
    isolate.collection_classes = {}     # instance type -> CollectionClass
    tables = isolate.collections
    objects = isolate.objects
    isolate.iterables[InstanceType.MAP] = lambda obj: (objects.new_array([k, v]) for k, v in tables[obj].walk())
    isolate.iterables[InstanceType.SET] = lambda obj: (k for k, _ in tables[obj].walk())


def register_class(isolate, ctor: int, *, kind: str, instance_type: InstanceType, adder: str) -> None:
    isolate.collection_classes[instance_type] = CollectionClass(isolate, kind, instance_type, adder, ctor)


# ---- constructing ----------------------------------------------------------------------------------


def allocate(isolate, cls: CollectionClass, new_target) -> int:
    objects = isolate.objects
    m = cls.base_map
    if new_target != cls.ctor:
        # `class Foo extends Map`: the instance's prototype is Foo.prototype.
        p = isolate.runtime.get_property(new_target, "prototype")
        if type(p) is not int:
            p = cls.prototype
        m = cls.subclass_maps.get(p)
        if m is None:
            objects.make_prototype(p)
            m = cls.subclass_maps[p] = isolate.maps.new(cls.instance_type, 0, constructor_name=cls.kind,
                                                        prototype=p)
    obj = objects.new_object(m)
    isolate.collections[obj] = OrderedTable()
    return obj


def fill(isolate, cls: CollectionClass, obj: int, args) -> int:
    """`new Map(iterable)`: each entry goes through the adder, as the spec says."""
    rt = isolate.runtime
    source = arg(args, 0)
    if source is UNDEFINED or source is NULL:
        return obj
    adder = rt.get_property(obj, cls.adder)
    if not is_callable(isolate, adder):
        raise type_error(f"'{rt.to_string(adder)}' returned for property '{cls.adder}' of object "
                         f"'{rt.describe_object(obj)}' is not a function")
    check_iterable(isolate, source)
    call = isolate.interpreter.call
    for entry in rt.iterate(source):
        if cls.instance_type == InstanceType.MAP:
            if type(entry) is not int:
                raise type_error(f"Iterator value {describe(isolate, entry)} is not an entry object")
            call(adder, obj, [rt.get_keyed(entry, 0.0), rt.get_keyed(entry, 1.0)])
        else:
            call(adder, obj, [entry])
    return obj


def collection_construct(isolate, args, new_target, *, instance_type: InstanceType):
    cls = isolate.collection_classes[instance_type]
    return fill(isolate, cls, allocate(isolate, cls, new_target), args)


def collection_init_this(isolate, this, args, *, instance_type: InstanceType):
    """super(...) in `class Foo extends Map`: `this` was allocated as an ordinary object
    with Foo's initial map (and has no properties yet); it becomes a Map with that
    prototype and the same in-object slots."""
    cls = isolate.collection_classes[instance_type]
    objects = isolate.objects
    m = objects.map_of(this)
    key = (m.prototype, m.inobject)
    sub = cls.subclass_maps.get(key)
    if sub is None:
        sub = cls.subclass_maps[key] = isolate.maps.new(instance_type, m.inobject, constructor_name=cls.kind,
                                                        prototype=m.prototype)
    objects.set_map(this, sub.id)
    isolate.collections[this] = OrderedTable()
    return fill(isolate, cls, this, args)


def collection_call(isolate, this, args, *, kind: str):
    raise type_error(f"Constructor {kind} requires 'new'")


# ---- the prototypes' methods --------------------------------------------------------------------


def table_of(isolate, this, instance_type: InstanceType, name: str, prefix: str = "") -> OrderedTable:
    """The entries of a Map or Set receiver of the method `name`; V8's TypeError for anything else."""
    t = isolate.collections.get(this) if type(this) is int else None
    if t is None or isolate.objects.map_of(this).instance_type != instance_type:
        kind = "Map" if instance_type == InstanceType.MAP else "Set"
        raise type_error(f"Method {prefix}{kind}.prototype.{name} called on incompatible receiver "
                         f"{describe(isolate, this)}")
    return t


def for_each(isolate, t: OrderedTable, this, args):
    fn, this_arg = arg(args, 0), arg(args, 1)
    require_callable(isolate, fn, typed=True)
    call = isolate.interpreter.call
    for k, v in t.walk():
        call(fn, this_arg, [v, k, this])
    return UNDEFINED


def table_iterator(isolate, t: OrderedTable, tag: str, what: str) -> int:
    """An iterator over the live table's keys, values or [key, value] entries."""
    objects = isolate.objects
    cursor = Cursor()

    def source():
        for k, v in t.walk(cursor):
            if what == "keys":
                yield k
            elif what == "values":
                yield v
            else:
                yield objects.new_array([k, v])

    def preview():
        rest = t.remaining(cursor)
        if what == "keys":
            return [k for k, _ in rest]
        if what == "values":
            return [v for _, v in rest]
        return rest
    return new_iterator(isolate, tag, source(), preview, key_value=what == "entries")


def map_get(isolate, this, args):
    return table_of(isolate, this, InstanceType.MAP, "get").get(arg(args, 0))


def map_set(isolate, this, args):
    if table_of(isolate, this, InstanceType.MAP, "set").set(arg(args, 0), arg(args, 1)):
        isolate.heap.charge_external(COLLECTION_ENTRY_BYTES)     # the entry is Python memory
    return this


def map_has(isolate, this, args):
    return table_of(isolate, this, InstanceType.MAP, "has").has(arg(args, 0))


def map_delete(isolate, this, args):
    return table_of(isolate, this, InstanceType.MAP, "delete").delete(arg(args, 0))


def map_clear(isolate, this, args):
    table_of(isolate, this, InstanceType.MAP, "clear").clear()
    return UNDEFINED


def map_entries(isolate, this, args):
    return table_iterator(isolate, table_of(isolate, this, InstanceType.MAP, "entries"), "Map Iterator", "entries")


def map_for_each(isolate, this, args):
    return for_each(isolate, table_of(isolate, this, InstanceType.MAP, "forEach"), this, args)


def map_keys(isolate, this, args):
    return table_iterator(isolate, table_of(isolate, this, InstanceType.MAP, "keys"), "Map Iterator", "keys")


def map_size(isolate, this, args):
    return float(len(table_of(isolate, this, InstanceType.MAP, "size", "get ")))


def map_values(isolate, this, args):
    return table_iterator(isolate, table_of(isolate, this, InstanceType.MAP, "values"), "Map Iterator", "values")


def set_has(isolate, this, args):
    return table_of(isolate, this, InstanceType.SET, "has").has(arg(args, 0))


def set_add(isolate, this, args):
    value = arg(args, 0)
    if type(value) is float and value == 0.0:
        value = 0.0     # -0 is stored as +0
    if table_of(isolate, this, InstanceType.SET, "add").set(value, value):
        isolate.heap.charge_external(COLLECTION_ENTRY_BYTES)     # the entry is Python memory
    return this


def set_delete(isolate, this, args):
    return table_of(isolate, this, InstanceType.SET, "delete").delete(arg(args, 0))


def set_clear(isolate, this, args):
    table_of(isolate, this, InstanceType.SET, "clear").clear()
    return UNDEFINED


def set_entries(isolate, this, args):
    return table_iterator(isolate, table_of(isolate, this, InstanceType.SET, "entries"), "Set Iterator", "entries")


def set_for_each(isolate, this, args):
    return for_each(isolate, table_of(isolate, this, InstanceType.SET, "forEach"), this, args)


def set_size(isolate, this, args):
    return float(len(table_of(isolate, this, InstanceType.SET, "size", "get ")))


def set_values(isolate, this, args):
    return table_iterator(isolate, table_of(isolate, this, InstanceType.SET, "values"), "Set Iterator", "values")


MAP_PROTOTYPE = (
    Method("get", 1, map_get),
    Method("set", 2, map_set),
    Method("has", 1, map_has),
    Method("delete", 1, map_delete),
    Method("clear", 0, map_clear),
    Method("entries", 0, map_entries),
    Method("forEach", 1, map_for_each),
    Method("keys", 0, map_keys),
    Getter("size", map_size),
    Method("values", 0, map_values),
)

SET_PROTOTYPE = (
    Method("has", 1, set_has),
    Method("add", 1, set_add),
    Method("delete", 1, set_delete),
    Method("clear", 0, set_clear),
    Method("entries", 0, set_entries),
    Method("forEach", 1, set_for_each),
    Getter("size", set_size),
    Method("values", 0, set_values),
    Alias("keys", "values"),
)

MAP = Constructor(
    "Map", 0, partial(collection_call, kind="Map"), partial(collection_construct, instance_type=InstanceType.MAP),
    prototype=Prototype("Map", MAP_PROTOTYPE, tag="Map"),
    init_this=partial(collection_init_this, instance_type=InstanceType.MAP),
    setup=partial(register_class, kind="Map", instance_type=InstanceType.MAP, adder="set"))

SET = Constructor(
    "Set", 0, partial(collection_call, kind="Set"), partial(collection_construct, instance_type=InstanceType.SET),
    prototype=Prototype("Set", SET_PROTOTYPE, tag="Set"),
    init_this=partial(collection_init_this, instance_type=InstanceType.SET),
    setup=partial(register_class, kind="Set", instance_type=InstanceType.SET, adder="add"))
