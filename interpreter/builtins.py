"""Built-in functions of the subset: console.log, Math, and Array.prototype.push/pop.

Each built-in is a native function: a JSFunction on the heap whose
SharedFunctionInfo carries a Python callable `(this, args) -> value`.
console.log turns heap values into the pure views of inspect.py.
"""
from __future__ import annotations

import math

from . import inspect as insp
from .maps import ATTR_ACCESSOR, ATTR_DONT_ENUM, InstanceType
from .runtime import power
from .values import HOLE, NULL, UNDEFINED

NAN = float("nan")


def to_view(isolate, v, memo: dict | None = None):
    """An interpreter value as an inspect.py view (shared structure and cycles preserved)."""
    if memo is None:
        memo = {}
    t = type(v)
    if t is float or t is str or t is bool:
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
        view = memo[v] = insp.FunctionView(sfi.name, is_class=bool(sfi.class_kind))
        if sfi.class_kind == "derived" and m.prototype:
            view.extends = isolate.runtime.to_string(isolate.runtime.get_property(m.prototype, "name")) \
                if m.prototype != isolate.function_prototype else None
    else:
        view = memo[v] = insp.ObjectView(constructor_name(isolate, v, m))
    if m.keys:
        view.entries = [(k, accessor_view(objects, x) if m.attrs.get(k, 0) & ATTR_ACCESSOR
                         else to_view(isolate, x, memo))
                        for k, x in objects.own_entries(v)]
    return view


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
    """Creates the global bindings console, Math, NaN, Infinity and the array methods."""
    rt = isolate.runtime
    objects = isolate.objects

    def console_log(this, args):
        isolate.write(insp.format_log_args([to_view(isolate, a) for a in args]) + "\n")
        return UNDEFINED

    def numbers(args):
        return [rt.to_number(a) for a in args]

    def math_floor(this, args):
        x = rt.to_number(args[0]) if args else NAN
        if x != x or math.isinf(x) or x == 0.0:
            return x
        return float(math.floor(x))

    def math_sqrt(this, args):
        x = rt.to_number(args[0]) if args else NAN
        return math.sqrt(x) if x >= 0.0 or x != x else NAN

    def math_abs(this, args):
        return abs(rt.to_number(args[0])) if args else NAN

    def math_min(this, args):
        result = math.inf
        for x in numbers(args):
            if x != x:
                return NAN
            if x < result or (x == 0.0 and result == 0.0 and math.copysign(1.0, x) < 0):
                result = x
        return result

    def math_ceil(this, args):
        x = rt.to_number(args[0]) if args else NAN
        if x != x or math.isinf(x) or x == 0.0:
            return x
        r = float(math.ceil(x))
        return -0.0 if r == 0.0 and x < 0 else r

    def math_round(this, args):
        x = rt.to_number(args[0]) if args else NAN
        if x != x or math.isinf(x) or x == 0.0:
            return x
        r = float(math.floor(x))
        if x - r >= 0.5:
            r += 1.0
        return -0.0 if r == 0.0 and x < 0 else r   # Math.round(-0.4) is -0

    def math_trunc(this, args):
        x = rt.to_number(args[0]) if args else NAN
        if x != x or math.isinf(x) or x == 0.0:
            return x
        r = float(math.trunc(x))
        return -0.0 if r == 0.0 and x < 0 else r

    def math_sign(this, args):
        x = rt.to_number(args[0]) if args else NAN
        if x != x or x == 0.0:
            return x
        return 1.0 if x > 0 else -1.0

    def math_pow(this, args):
        x, y = (numbers(args) + [NAN, NAN])[:2]
        return power(x, y)

    def math_max(this, args):
        result = -math.inf
        for x in numbers(args):
            if x != x:
                return NAN
            if x > result or (x == 0.0 and result == 0.0 and math.copysign(1.0, x) > 0):
                result = x
        return result

    def array_push(this, args):
        if type(this) is not int or objects.map_of(this).instance_type != InstanceType.ARRAY:
            raise AssertionError("push on a non-array")
        for a in args:
            objects.set_element(this, objects.array_length(this), a)
        return float(objects.array_length(this))

    def array_pop(this, args):
        return objects.array_pop(this)

    console = objects.new_object(objects.literal_root(1))
    objects.set_own(console, "log", isolate.new_native("log", console_log))
    math_obj = objects.new_object(objects.literal_root(16))
    for name, fn in (("floor", math_floor), ("sqrt", math_sqrt), ("abs", math_abs),
                     ("min", math_min), ("max", math_max), ("ceil", math_ceil), ("round", math_round),
                     ("trunc", math_trunc), ("sign", math_sign), ("pow", math_pow)):
        objects.set_own(math_obj, name, isolate.new_native(name, fn))
    objects.set_own(math_obj, "PI", math.pi)
    objects.set_own(math_obj, "SQRT2", math.sqrt(2.0))
    objects.set_own(math_obj, "E", math.e)
    isolate.math_functions = {name: objects.get_own(math_obj, name)
                              for name in ("floor", "sqrt", "abs", "min", "max")}

    isolate.define_global("console", console)
    isolate.define_global("Math", math_obj)
    isolate.define_global("NaN", NAN)
    isolate.define_global("Infinity", math.inf)
    isolate.define_global("undefined", UNDEFINED)
    for name, fn in (("push", array_push), ("pop", array_pop)):
        objects.define_own(isolate.array_prototype, name, isolate.new_native(name, fn), ATTR_DONT_ENUM)
