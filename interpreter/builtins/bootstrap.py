"""The built-in library's entry point, and how console.log sees heap values.

Each built-in is a native function: a JSFunction on the heap whose
SharedFunctionInfo carries a Python callable `(this, args) -> value`. The
library lives in the lib_* modules (lib_objects: Object, Function.prototype,
JSON; lib_strings: String, Number, Boolean, the number parsers; lib_math:
Math; lib_arrays: Array; lib_collections: Map, Set, iterators; lib_host:
console, process, require, clocks); `install` runs each of them.
console.log turns heap values into the pure views of inspect.py (`to_view`).
"""
from __future__ import annotations

import math

from . import inspect as insp
from .errors import is_error
from .support import to_string_tag_of
from interpreter.objects.maps import ATTR_ACCESSOR, InstanceType
from interpreter.objects.values import HOLE, NULL, UNDEFINED, BigInt

NAN = float("nan")


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
        view.items = [to_view(isolate, x, memo) for x in objects.array_items(v)]
    elif m.instance_type == InstanceType.FUNCTION:
        sfi = isolate.shared_of(v)
        view = memo[v] = insp.FunctionView(sfi.name, is_class=bool(sfi.class_kind),
                                           source=sfi.source_text or None)
        if sfi.class_kind == "derived" and m.prototype:
            view.extends = isolate.runtime.to_string(isolate.runtime.get_property(m.prototype, "name")) \
                if m.prototype != isolate.function_prototype else None
    elif is_error(isolate, v):
        view = memo[v] = isolate.error_view(v, lambda x: to_view(isolate, x, memo))
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


def install(isolate) -> None:
    """Creates the global bindings: the value properties NaN, Infinity and undefined here, the
    rest in the library modules (Object and JSON first: every prototype inherits from
    Object.prototype; host last: console and require use the others)."""
    from . import arrays as lib_arrays
    from . import bigint as lib_bigint
    from . import collections as lib_collections
    from . import host as lib_host
    from . import math as lib_math
    from . import objects as lib_objects
    from . import strings as lib_strings
    isolate.define_global("NaN", NAN)
    isolate.define_global("Infinity", math.inf)
    isolate.define_global("undefined", UNDEFINED)
    for module in (lib_objects, lib_strings, lib_bigint, lib_math, lib_arrays, lib_collections, lib_host):
        module.install(isolate)
