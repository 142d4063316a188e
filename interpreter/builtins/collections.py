"""Map and Set, and the iterator objects of Map, Set and Array.

Place in the pipeline: a built-in library module, installed by
builtins.install. A Map or Set is a heap object of its own instance type
(so maps, inline caches and console.log can tell it apart) whose entries
live on the Python side, in `isolate.collections[address]`: an
`OrderedTable`. Iterator objects likewise keep their Python-side state in
`isolate.iterator_states[address]`.

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

from interpreter.errors import type_error
from .support import (
    arg,
    check_iterable,
    describe,
    getter,
    is_callable,
    method,
    reorder,
    require_callable,
)
from interpreter.objects.maps import ATTR_DONT_ENUM, InstanceType
from interpreter.objects.values import HOLE, NULL, UNDEFINED

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

    def set(self, key, value) -> None:
        h = hash_key(key)
        i = self.index.get(h)
        if i is not None:
            self.values[i] = value
            return
        if type(key) is float and key == 0.0:
            key = 0.0      # -0 is stored as +0
        self.index[h] = len(self.keys)
        self.keys.append(key)
        self.values.append(value)

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


class IteratorState:
    """A JS iterator object's Python side: its values to come, and how console.log previews them."""

    __slots__ = ("done", "key_value", "preview", "source", "tag")

    def __init__(self, tag: str, source, preview=None, key_value: bool = False):
        self.tag = tag
        self.source = source          # a Python iterator of JS values
        self.preview = preview        # fn() -> list of what is left (Map and Set iterators)
        self.key_value = key_value
        self.done = False

    def next(self):
        """The next value, or HOLE when exhausted (the hole is never a JS value)."""
        if self.done:
            return HOLE
        for v in self.source:
            return v
        self.done = True
        return HOLE


class LazyList:
    """A sequence computed on first use: console.log views are built before the memo that
    breaks cycles knows them, so their contents must wait until the formatter asks."""

    def __init__(self, make):
        self._make = make
        self._items = None

    def _get(self) -> list:
        if self._items is None:
            self._items = self._make()
        return self._items

    def __len__(self):
        return len(self._get())

    def __getitem__(self, i):
        return self._get()[i]

    def __iter__(self):
        return iter(self._get())


def new_iterator(isolate, tag: str, source, preview=None, key_value: bool = False) -> int:
    """A JS iterator object (`next()`, for-of, spread) over a Python iterator of JS values."""
    it = isolate.objects.new_object(isolate.iterator_maps[tag])
    isolate.iterator_states[it] = IteratorState(tag, source, preview, key_value)
    return it


def install(isolate) -> None:
    rt = isolate.runtime
    objects = isolate.objects
    maps = isolate.maps
    call = isolate.interpreter.call
    isolate.collections = tables = {}
    isolate.iterator_states = states = {}

    # ---- iterators ----

    iterator_proto = objects.new_prototype_object(isolate.object_prototype, "Object")
    isolate.iterator_maps = {}
    for tag in ("Map Iterator", "Set Iterator", "Array Iterator"):
        p = objects.new_prototype_object(iterator_proto, "Object")
        isolate.iterator_maps[tag] = maps.new(InstanceType.ITERATOR, 0, constructor_name="Object", prototype=p)

        def iterator_next(this, args, tag=tag):
            state = states.get(this) if type(this) is int else None
            if state is None or state.tag != tag:
                raise type_error(f"Method {tag}.prototype.next called on incompatible receiver "
                                 f"{describe(isolate, this)}")
            v = state.next()
            result = objects.new_object(objects.literal_root(2))
            objects.set_own(result, "value", UNDEFINED if v is HOLE else v)
            objects.set_own(result, "done", v is HOLE)
            return result
        method(isolate, p, "next", iterator_next)

    def iterate_iterator(obj):
        state = states[obj]
        while True:
            v = state.next()
            if v is HOLE:
                return
            yield v

    isolate.iterables[InstanceType.ITERATOR] = iterate_iterator

    def view_iterator(obj, to_view):
        from .bootstrap import entry_views
        from .inspect import IteratorView
        state = states[obj]
        view = IteratorView(state.tag, key_value=state.key_value)
        if state.preview is not None:
            view.items = LazyList(lambda: [
                (to_view(x[0]), to_view(x[1])) if type(x) is tuple else to_view(x) for x in state.preview()])
        view.entries = LazyList(lambda: entry_views(objects, obj, to_view))
        return view

    isolate.special_views[InstanceType.ITERATOR] = view_iterator

    # ---- Map and Set ----

    def make_collection(kind: str, instance_type: InstanceType, adder_name: str):
        proto = objects.new_prototype_object(isolate.object_prototype, kind)
        isolate.to_string_tags[proto] = kind        # Map.prototype[Symbol.toStringTag]
        base_map = maps.new(instance_type, 0, constructor_name=kind, prototype=proto)
        subclass_maps: dict = {}

        def allocate(new_target) -> int:
            m = base_map
            if new_target != ctor:
                # `class Foo extends Map`: the instance's prototype is Foo.prototype.
                p = rt.get_property(new_target, "prototype")
                if type(p) is not int:
                    p = proto
                m = subclass_maps.get(p)
                if m is None:
                    objects.make_prototype(p)
                    m = subclass_maps[p] = maps.new(instance_type, 0, constructor_name=kind, prototype=p)
            obj = objects.new_object(m)
            tables[obj] = OrderedTable()
            return obj

        def construct(args, new_target):
            return fill(allocate(new_target), args)

        def init_this(this, args):
            """super(...) in `class Foo extends Map`: `this` was allocated as an ordinary object
            with Foo's initial map (and has no properties yet); it becomes a Map with that
            prototype and the same in-object slots."""
            m = objects.map_of(this)
            key = (m.prototype, m.inobject)
            sub = subclass_maps.get(key)
            if sub is None:
                sub = subclass_maps[key] = maps.new(instance_type, m.inobject, constructor_name=kind,
                                                    prototype=m.prototype)
            objects.heap.store_word(this, sub.id)
            tables[this] = OrderedTable()
            return fill(this, args)

        def fill(obj, args):
            source = arg(args, 0)
            if source is UNDEFINED or source is NULL:
                return obj
            adder = rt.get_property(obj, adder_name)
            if not is_callable(isolate, adder):
                raise type_error(f"'{rt.to_string(adder)}' returned for property '{adder_name}' of object "
                                 f"'{rt.describe_object(obj)}' is not a function")
            check_iterable(isolate, source)
            for entry in rt.iterate(source):
                if kind == "Map":
                    if type(entry) is not int:
                        raise type_error(f"Iterator value {describe(isolate, entry)} is not an entry object")
                    call(adder, obj, [rt.get_keyed(entry, 0.0), rt.get_keyed(entry, 1.0)])
                else:
                    call(adder, obj, [entry])
            return obj

        def call_without_new(this, args):
            raise type_error(f"Constructor {kind} requires 'new'")
        call_without_new.init_this = init_this     # how the interpreter's super() reaches us

        ctor = isolate.new_native(kind, call_without_new, 0, construct=construct)
        objects.define_own(ctor, "prototype", proto, ATTR_DONT_ENUM)
        objects.define_own(proto, "constructor", ctor, ATTR_DONT_ENUM)
        isolate.define_global(kind, ctor)

        def table_of(this, name: str) -> OrderedTable:
            t = tables.get(this) if type(this) is int else None
            if t is None or objects.map_of(this).instance_type != instance_type:
                raise type_error(f"Method {kind}.prototype.{name} called on incompatible receiver "
                                 f"{describe(isolate, this)}")
            return t

        def size(this, args):
            t = tables.get(this) if type(this) is int else None
            if t is None or objects.map_of(this).instance_type != instance_type:
                raise type_error(f"Method get {kind}.prototype.size called on incompatible receiver "
                                 f"{describe(isolate, this)}")
            return float(len(t))

        getter(isolate, proto, "size", size)
        method(isolate, proto, "has", lambda this, args: table_of(this, "has").has(arg(args, 0)), 1)
        method(isolate, proto, "delete", lambda this, args: table_of(this, "delete").delete(arg(args, 0)), 1)

        def clear(this, args):
            table_of(this, "clear").clear()
            return UNDEFINED

        method(isolate, proto, "clear", clear)

        def for_each(this, args):
            t = table_of(this, "forEach")
            fn, this_arg = arg(args, 0), arg(args, 1)
            require_callable(isolate, fn, typed=True)
            for k, v in t.walk():
                call(fn, this_arg, [v, k, this])
            return UNDEFINED

        method(isolate, proto, "forEach", for_each, 1)

        def iterator(name: str, what: str):
            tag = f"{kind} Iterator"

            def make(this, args):
                t = table_of(this, name)
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
            return make

        def view(obj, to_view):
            from .bootstrap import constructor_name, entry_views
            from .inspect import MapView, SetView
            t = tables[obj]
            name = constructor_name(isolate, obj, objects.map_of(obj))
            if kind == "Map":
                v = MapView(constructor_name=name)
                v.items = LazyList(lambda: [(to_view(k), to_view(x)) for k, x in t.walk()])
            else:
                v = SetView(constructor_name=name)
                v.items = LazyList(lambda: [to_view(k) for k, _ in t.walk()])
            v.entries = LazyList(lambda: entry_views(objects, obj, to_view))
            return v

        isolate.special_views[instance_type] = view
        if kind == "Map":
            isolate.iterables[instance_type] = \
                lambda obj: (objects.new_array([k, v]) for k, v in tables[obj].walk())

            def map_get(this, args):
                return table_of(this, "get").get(arg(args, 0))

            def map_set(this, args):
                table_of(this, "set").set(arg(args, 0), arg(args, 1))
                return this

            method(isolate, proto, "get", map_get, 1)
            method(isolate, proto, "set", map_set, 2)
            method(isolate, proto, "keys", iterator("keys", "keys"))
            method(isolate, proto, "values", iterator("values", "values"))
            method(isolate, proto, "entries", iterator("entries", "entries"))
        else:
            isolate.iterables[instance_type] = lambda obj: (k for k, _ in tables[obj].walk())

            def set_add(this, args):
                value = arg(args, 0)
                if type(value) is float and value == 0.0:
                    value = 0.0     # -0 is stored as +0
                table_of(this, "add").set(value, value)
                return this

            method(isolate, proto, "add", set_add, 1)
            values = method(isolate, proto, "values", iterator("values", "values"))
            # Set.prototype.keys is the same function object as values.
            objects.define_own(proto, "keys", values, ATTR_DONT_ENUM)
            method(isolate, proto, "entries", iterator("entries", "entries"))
        reorder(isolate, proto, "constructor get set has delete clear entries forEach keys size values" if kind == "Map"
                else "constructor has add delete clear entries forEach size values keys")
        return ctor

    make_collection("Map", InstanceType.MAP, "set")
    make_collection("Set", InstanceType.SET, "add")
