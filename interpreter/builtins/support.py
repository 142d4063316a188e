"""Helpers shared by the built-in library modules (lib_strings, lib_arrays, lib_objects, lib_math,
lib_collections, lib_host).

Place in the pipeline: below the library modules, above the runtime. These are
the small pieces of ECMAScript's abstract operations that several built-ins
need (ToIntegerOrInfinity, relative indexes, "is callable" checks with V8's
message texts) and the plumbing that installs native functions on heap
objects the way V8 lays out its built-ins (non-enumerable methods, F.prototype
and prototype.constructor).
"""
from __future__ import annotations

import math

from interpreter.errors import type_error
from interpreter.objects.maps import ATTR_ACCESSOR, ATTR_DONT_ENUM, InstanceType
from interpreter.numbers.numconv import number_to_string
from interpreter.objects.values import NULL, UNDEFINED, BigInt

NAN = float("nan")


# ---- installing built-ins ------------------------------------------------------------------


def method(isolate, obj: int, name: str, fn, length: int = 0) -> int:
    """Installs a non-enumerable native method obj[name] (how V8's built-in methods are laid out)."""
    f = isolate.new_native(name, fn, length)
    isolate.objects.define_own(obj, name, f, ATTR_DONT_ENUM)
    return f


def getter(isolate, obj: int, name: str, fn) -> int:
    """Installs a non-enumerable accessor property obj[name] with a native getter and no setter."""
    g = isolate.new_native(f"get {name}", fn)
    objects = isolate.objects
    objects.define_own(obj, name, objects.new_accessor_pair(g, UNDEFINED), ATTR_ACCESSOR | ATTR_DONT_ENUM)
    return g


def constant(isolate, obj: int, name: str, value) -> None:
    """A non-enumerable data property (Math.PI, Number.EPSILON). It is also read-only and
    non-configurable in JS: the maps cannot express that (a store would overwrite it), so it
    is only recorded for Object.getOwnPropertyDescriptor (lib_objects installs that table)."""
    isolate.objects.define_own(obj, name, value, ATTR_DONT_ENUM)
    declared = getattr(isolate, "declared_attributes", None)
    if declared is not None:
        declared[(obj, name)] = (False, False)


def constructor(isolate, name: str, call, construct, length: int, prototype: int) -> int:
    """A built-in constructor F: F.prototype = prototype and prototype.constructor = F, both
    non-enumerable (so instanceof and console.log's constructor names work), and the global F."""
    f = isolate.new_native(name, call, length, construct=construct)
    objects = isolate.objects
    objects.define_own(f, "prototype", prototype, ATTR_DONT_ENUM)
    objects.define_own(prototype, "constructor", f, ATTR_DONT_ENUM)
    isolate.define_global(name, f)
    return f


def reorder(isolate, obj: int, order: str) -> None:
    """Puts obj's own properties named in `order` (space-separated) first, in that order: V8's
    order, which Object.getOwnPropertyNames shows. The rest keep their relative order after them."""
    objects = isolate.objects
    m = objects.map_of(obj)
    wanted = [k for k in order.split() if k in m.index]
    rest = [k for k in m.keys if k not in wanted]
    saved = [(k, objects.get_own(obj, k), m.attrs.get(k, 0)) for k in wanted + rest]
    for k, _, _ in saved:
        objects.delete_own(obj, k)
    for k, v, attrs in saved:
        objects.define_own(obj, k, v, attrs)


def arg(args: list, i: int):
    return args[i] if i < len(args) else UNDEFINED


# ---- conversions ------------------------------------------------------------------------------


def to_integer_or_infinity(rt, v) -> float:
    """ToIntegerOrInfinity: NaN -> 0, truncation toward zero, the infinities kept (as floats)."""
    x = v if type(v) is float else rt.to_number(v)
    if x != x:
        return 0.0
    if math.isinf(x):
        return x
    return float(math.trunc(x)) + 0.0   # + 0.0 turns -0 into +0


def radix_argument(rt, v) -> int:
    """toString(radix) of numbers and BigInts: 10 when absent, else an integer in 2..36."""
    r = 10.0 if v is UNDEFINED else to_integer_or_infinity(rt, v)
    if not 2 <= r <= 36:
        from interpreter.errors import range_error
        raise range_error("toString() radix argument must be between 2 and 36")
    return int(r)


def relative_index(rt, v, length: int, default: int) -> int:
    """A start/end argument of slice, splice, fill...: undefined is `default`, negatives count
    from the end, the result is clamped to [0, length]."""
    if v is UNDEFINED:
        return default
    x = to_integer_or_infinity(rt, v)
    if x < 0:
        return int(max(length + x, 0.0))
    return int(min(x, float(length)))


def to_length(rt, v) -> int:
    """ToLength: an integer in [0, 2^53 - 1]."""
    x = to_integer_or_infinity(rt, v)
    if x <= 0:
        return 0
    return int(min(x, 9007199254740991.0))


def is_callable(isolate, v) -> bool:
    return type(v) is int and isolate.objects.map_of(v).instance_type == InstanceType.FUNCTION


def is_constructor(isolate, v) -> bool:
    """Can `new v` run: script functions but arrows and methods, built-ins made constructible."""
    if not is_callable(isolate, v):
        return False
    sfi = isolate.shared_of(v)
    if sfi.native_construct is not None:
        return True
    return sfi.native is None and not sfi.is_arrow and not sfi.is_method


def function_source(isolate, fn: int) -> str:
    """Function.prototype.toString: a script function's source text, V8's stand-in for a
    built-in one (and for a bound function, whose name it leaves out)."""
    sfi = isolate.shared_of(fn)
    if sfi.source_text:
        return sfi.source_text
    name = "" if sfi.name.startswith("bound ") else sfi.name
    return f"function {name}() {{ [native code] }}"


def describe(isolate, v) -> str:
    """How V8 names a value in "x is not a function" from Array.prototype methods
    (Object::NoSideEffectsToString): primitives as their string, objects as #<Ctor>."""
    t = type(v)
    if t is str:
        return v
    if t is float:
        return number_to_string(v)
    if t is bool:
        return "true" if v else "false"
    if t is BigInt:
        return str(v.value)
    if t is int:
        m = isolate.objects.map_of(v)
        if m.instance_type == InstanceType.ARRAY:
            return "[object Array]"
        if m.instance_type == InstanceType.FUNCTION:
            return function_source(isolate, v)
        # V8's NoSideEffectsToString: an error as `TypeError: message`; an object still using
        # Object.prototype.toString is named by its constructor, `#<Map>`; any other object by
        # its class, `[object Object]`.
        from .errors import error_header, is_error
        if is_error(isolate, v):
            return error_header(isolate, v)
        rt = isolate.runtime
        own_to_string = rt.lookup(v, "toString")
        if own_to_string is not None and \
                own_to_string[2] == rt.get_property(isolate.object_prototype, "toString"):
            name = constructor_name(isolate, v)
            if name:
                return f"#<{name}>"
        tag = {InstanceType.MAP: "Map", InstanceType.SET: "Set"}.get(m.instance_type, "Object")
        return f"[object {tag}]"
    return v.name   # undefined, null


def to_string_tag_of(isolate, obj: int) -> str:
    """obj[Symbol.toStringTag] as the built-ins define it (own or inherited), "" if none: what
    Object.prototype.toString and console.log show (`[object Math]`, `Object [Math] {}`)."""
    tags = isolate.to_string_tags
    objects = isolate.objects
    while obj:
        tag = tags.get(obj)
        if tag is not None:
            return tag
        obj = objects.map_of(obj).prototype
    return ""


def constructor_name(isolate, obj: int) -> str:
    """obj.constructor.name, found from obj itself (so Map.prototype is a #<Map>), as V8 names
    objects in messages: "" for an anonymous constructor, "Object" when there is none."""
    found = isolate.runtime.lookup(obj, "constructor")
    if found is not None:
        ctor = found[2]
        if is_callable(isolate, ctor) and not found[1].attrs.get("constructor", 0) & ATTR_ACCESSOR:
            return isolate.shared_of(ctor).name
    return "Object"


def describe_typed(isolate, v) -> str:
    """How V8 names a value in "x is not a function" from Map/Set.prototype.forEach: the typeof
    and the value (`string "abc"`, `number 1`, `object null`); objects as just `object`."""
    t = type(v)
    if t is str:
        return f'string "{v}"'
    if t is float:
        return f"number {number_to_string(v)}"
    if t is bool:
        return f"boolean {'true' if v else 'false'}"
    if v is NULL:
        return "object null"
    if v is UNDEFINED:
        return "undefined"
    return isolate.runtime.typeof(v)


def is_iterable(isolate, v) -> bool:
    """What for-of, spread and the iterable-taking constructors accept here: strings, arrays and
    the kinds with an iteration in isolate.iterables."""
    if type(v) is str:
        return True
    if type(v) is int:
        it = isolate.objects.map_of(v).instance_type
        return it == InstanceType.ARRAY or it in isolate.iterables
    return False


def check_iterable(isolate, v) -> None:
    if not is_iterable(isolate, v):
        raise type_error(f"{describe_typed(isolate, v)} is not iterable "
                         "(cannot read property Symbol(Symbol.iterator))")


def require_callable(isolate, v, typed: bool = False) -> None:
    if not is_callable(isolate, v):
        raise type_error(f"{describe_typed(isolate, v) if typed else describe(isolate, v)} is not a function")


def require_object_coercible(v, what: str) -> None:
    """`String.prototype.trim called on null or undefined`."""
    if v is UNDEFINED or v is NULL:
        raise type_error(f"{what} called on null or undefined")

