"""How console.log sees heap values: interpreter values turned into the pure views of inspect.py.

Place in the pipeline: between the heap and the printer. console.log,
console.dir, the uncaught-error line and the optimizing tier's traces call
`to_view` and hand the result to inspect.py, which knows nothing of the heap.
Objects of the kinds with Python-side contents (Map, Set, iterators, and the
isolate's arguments objects) are viewed through `isolate.special_views`, which
`init` fills for the library's kinds; errors get their own view.
"""
from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import partial

from . import inspect as insp
from .date import iso_string
from .support import is_error, to_string_tag_of
from interpreter.objects.maps import ATTR_ACCESSOR, InstanceType
from interpreter.primitive_wrappers import KIND_NAMES, primitive_value
from interpreter.runtime import DATE_VALUE_KEY
from interpreter.objects.values import HOLE, NULL, UNDEFINED, BigInt


def init(isolate) -> None:
    """Registers the views of the library's own kinds of objects."""
    isolate.special_views[InstanceType.MAP] = partial(map_view, isolate)
    isolate.special_views[InstanceType.SET] = partial(set_view, isolate)
    isolate.special_views[InstanceType.ITERATOR] = partial(iterator_view, isolate)


def to_view(isolate, v, memo: dict | None = None):
    """An interpreter value as an inspect.py view (shared structure and cycles preserved)."""
    if memo is None:
        memo = {}
    t = type(v)
    if t is float or t is str or t is bool or t is BigInt:
        return v
    if v is UNDEFINED:
        return insp.UNDEFINED
    if v is NULL:
        return insp.NULL
    if v is HOLE:
        return insp.HOLE
    view = memo.get(v)
    if view is not None:
        return view
    objects = isolate.objects
    m = objects.map_of(v)
    viewer = isolate.special_views.get(m.instance_type)
    if viewer is not None:
        view = memo[v] = viewer(v, lambda x: to_view(isolate, x, memo))
        return view
    if m.instance_type == InstanceType.ARRAY:
        view = memo[v] = insp.ArrayView()
        if m.prototype != objects.array_prototype:
            view.constructor_name = constructor_name(isolate, v, m)
        sparse = objects.sparse_elements.get(v)
        if sparse is not None:
            view.items = SparseItems(sparse.length, {
                i: accessor_view(objects, x) if sparse.attrs.get(i, 0) & ATTR_ACCESSOR else to_view(isolate, x, memo)
                for i, x in sparse.values.items()})
        else:
            view.items = [to_view(isolate, x, memo) for x in objects.array_items(v)]
    elif m.instance_type == InstanceType.FUNCTION:
        sfi = isolate.shared_of(v)
        name = sfi.name
        if m.function_keys_own:     # its name was deleted or redefined: node shows the property's
            name = objects.get_own(v, "name") if "name" in m.index and not m.attrs.get("name", 0) & ATTR_ACCESSOR \
                else ""
            name = name if type(name) is str else ""
        view = memo[v] = insp.FunctionView(name, is_class=bool(sfi.class_kind),
                                           source=sfi.source_text or None)
        if sfi.class_kind == "derived" and m.prototype:
            view.extends = isolate.runtime.to_string(isolate.runtime.get_property(m.prototype, "name")) \
                if m.prototype != isolate.function_prototype else None
    elif m.instance_type == InstanceType.PRIMITIVE_WRAPPER and constructor_name(isolate, v, m) != "Object":
        # (node shows a wrapper that is no instance of its class, String.prototype itself, as
        # a plain object.)
        value = primitive_value(isolate, v)
        view = memo[v] = insp.BoxedView(KIND_NAMES[type(value)], value, constructor_name(isolate, v, m))
    elif DATE_VALUE_KEY in m.index:
        t = objects.get_own(v, DATE_VALUE_KEY)
        view = memo[v] = insp.DateView(iso_string(t) if t == t else "Invalid Date", constructor_name(isolate, v, m))
    elif is_error(isolate, v):
        view = memo[v] = error_view(isolate, v, lambda x: to_view(isolate, x, memo))
        return view
    else:
        view = memo[v] = insp.ObjectView(constructor_name(isolate, v, m), tag=to_string_tag_of(isolate, v))
    if m.keys:
        view.entries = entry_views(objects, v, lambda x: to_view(isolate, x, memo))
    return view


def entry_views(objects, obj: int, to_view) -> list:
    """obj's own enumerable properties as (key, view) pairs; an accessor shows as [Getter/Setter]."""
    attrs = objects.map_of(obj).attrs
    return [(k, accessor_view(objects, x) if attrs.get(k, 0) & ATTR_ACCESSOR else to_view(x))
            for k, x in objects.own_entries(obj)]


def accessor_view(objects, pair: int):
    getter = objects.accessor_getter(pair) is not UNDEFINED
    setter = objects.accessor_setter(pair) is not UNDEFINED
    return insp.Opaque("[Getter/Setter]" if getter and setter else ("[Getter]" if getter else "[Setter]"))


def constructor_name(isolate, obj: int, m) -> str | None:
    """node's getConstructorName: the first `constructor` on the chain that obj is an instance of."""
    if not m.prototype:
        return None
    objects = isolate.objects
    holder = obj
    while holder:
        hm = objects.map_of(holder)
        i = hm.index.get("constructor")
        if i is not None:
            ctor = isolate.heap.load(objects.property_address(holder, hm, i))
            if type(ctor) is int and objects.map_of(ctor).instance_type == InstanceType.FUNCTION:
                name = isolate.shared_of(ctor).name
                if name and isolate.runtime.instance_of(obj, ctor):
                    return name
        holder = hm.prototype
    return m.constructor_name or "Object"


def error_view(isolate, err: int, to_view) -> insp.ErrorView:
    """What console.log shows of an error (inspect.ErrorView): its stack, name and message as
    strings, its own enumerable properties and its cause."""
    rt = isolate.runtime
    objects = isolate.objects

    def text(key: str) -> str:
        v = rt.get_property(err, key)
        return "" if v is UNDEFINED else rt.to_string(v)

    m = objects.map_of(err)
    view = insp.ErrorView(text("stack"), text("name") or "Error", text("message"),
                          constructor_name(isolate, err, m))
    view.entries = entry_views(objects, err, to_view)
    if "cause" in m.index and all(k != "cause" for k, _ in view.entries):
        view.cause, view.has_cause = to_view(rt.get_property(err, "cause")), True
    return view


# ---- Map, Set and iterators ----------------------------------------------------------------------


class SparseItems(Sequence):
    """A sparse array's elements as the formatter reads them: HOLE where none is, and
    `next_present` to jump over a run of holes without visiting it (lengths up to 2**32-1)."""

    def __init__(self, length: int, values: dict):
        self._length = length
        self._values = values
        self._indexes = sorted(values)

    def __len__(self):
        return self._length

    def __getitem__(self, i):
        if not 0 <= i < self._length:
            raise IndexError(i)
        return self._values.get(i, insp.HOLE)

    def next_present(self, i: int) -> int:
        """The first index >= i that has an element (the length if none has)."""
        k = bisect.bisect_left(self._indexes, i)
        return self._indexes[k] if k < len(self._indexes) else self._length


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


def map_view(isolate, obj: int, to_view) -> insp.MapView:
    objects = isolate.objects
    table = isolate.collections[obj]
    view = insp.MapView(constructor_name=constructor_name(isolate, obj, objects.map_of(obj)))
    view.items = LazyList(lambda: [(to_view(k), to_view(x)) for k, x in table.walk()])
    view.entries = LazyList(lambda: entry_views(objects, obj, to_view))
    return view


def set_view(isolate, obj: int, to_view) -> insp.SetView:
    objects = isolate.objects
    table = isolate.collections[obj]
    view = insp.SetView(constructor_name=constructor_name(isolate, obj, objects.map_of(obj)))
    view.items = LazyList(lambda: [to_view(k) for k, _ in table.walk()])
    view.entries = LazyList(lambda: entry_views(objects, obj, to_view))
    return view


def iterator_view(isolate, obj: int, to_view) -> insp.IteratorView:
    state = isolate.iterator_states[obj]
    view = insp.IteratorView(state.tag, key_value=state.key_value)
    if state.preview is not None:
        view.items = LazyList(lambda: [
            (to_view(x[0]), to_view(x[1])) if type(x) is tuple else to_view(x) for x in state.preview()])
    view.entries = LazyList(lambda: entry_views(isolate.objects, obj, to_view))
    return view
