"""The declarations every built-in library module writes its tables with, and the helpers
several of them share.

Place in the pipeline: the bottom of the library. Each library module
(object.py, string.py, array.py...) declares its objects as tables of the
entry types below and writes its built-ins as module-level functions
`fn(isolate, this, args)`; bootstrap.py walks the tables and makes the
heap objects. This module imports none of them. The helpers are the small
pieces of ECMAScript's abstract operations that several built-ins need
(ToIntegerOrInfinity, relative indexes, "is callable" checks with V8's
message texts, how V8 names a value in a message) and the UTF-16 view of
strings.
"""
from __future__ import annotations

import math
import re
from typing import Callable, NamedTuple

from interpreter.errors import range_error, type_error
from interpreter.primitive_wrappers import KIND_NAMES, primitive_value, string_value
from interpreter.objects.maps import ATTR_ACCESSOR, ATTR_DONT_ENUM, InstanceType
from interpreter.numbers.numconv import number_to_string
from interpreter.objects.values import NULL, UNDEFINED, BigInt

ENUMERABLE = 0      # the attributes of a plain data property (console.log, process.exit)


# ---- declaring built-ins -------------------------------------------------------------------
#
# A table is a tuple of these entries, in the order the properties are laid out (V8's order,
# which Object.getOwnPropertyNames shows). Built-ins are non-enumerable unless an entry says
# otherwise, as V8 lays its built-ins out; node's host objects (console, process) are not.


class Method(NamedTuple):
    """A function property: `fn(isolate, this, args)` as a native function called `name` whose
    Function.prototype.length is `length`. `properties` are the function's own (process.hrtime.bigint)."""
    name: str
    length: int
    fn: Callable
    attrs: int = ATTR_DONT_ENUM
    properties: tuple = ()


class Getter(NamedTuple):
    """An accessor property (Map.prototype.size): natives `get <name>` and, with `set`,
    `set <name>` of length 1, each `fn(isolate, this, args)`. With `shared_name`, getter
    and setter are one native of that name (`get`; the spec's %ThrowTypeError%)."""
    name: str
    get: Callable
    set: Callable | None = None
    attrs: int = ATTR_DONT_ENUM
    shared_name: str | None = None


class Value(NamedTuple):
    """A data property holding a primitive (Error.prototype.name, process.platform)."""
    name: str
    value: object
    attrs: int = ATTR_DONT_ENUM


class Constant(NamedTuple):
    """A non-enumerable, read-only, non-configurable data property (Math.PI)."""
    name: str
    value: object


class Alias(NamedTuple):
    """Another name for a function installed earlier: `target` is a key of the same object
    (String.prototype.trimLeft is trimStart) or a dotted path from the global scope (the global
    parseInt is Number.parseInt)."""
    name: str
    target: str
    attrs: int = ATTR_DONT_ENUM


class Computed(NamedTuple):
    """A data property whose value is made at installation: `make(isolate)` (process.env)."""
    name: str
    make: Callable
    attrs: int = ATTR_DONT_ENUM


class Namespace(NamedTuple):
    """A plain object with its own table (Math, JSON, console, process.stdout). `tag` is its
    Symbol.toStringTag; `setup(isolate, obj)` runs once it is filled."""
    name: str
    properties: tuple
    tag: str = ""
    attrs: int = ATTR_DONT_ENUM
    setup: Callable | None = None


class Prototype(NamedTuple):
    """A prototype object: `name` is the class name console.log gives its instances, `parent`
    its own prototype (None: Object.prototype). `attr` names the isolate attribute that holds
    it: the isolate makes Object, Function and Array.prototype itself; the installer makes the
    others and stores them there. `setup(isolate, obj)` runs once it is filled. `primitive`,
    when not None, makes the prototype a primitive wrapper of that value, as String.prototype
    is a String wrapper of "" (its length is 0, `Number.prototype.valueOf()` is 0)."""
    name: str
    properties: tuple = ()
    parent: Prototype | None = None
    attr: str = ""
    tag: str = ""
    setup: Callable | None = None
    primitive: object = None


class Constructor(NamedTuple):
    """A built-in constructor F: `call(isolate, this, args)` is F(...), `construct(isolate, args,
    new_target)` is new F(...) (None: F is only a conversion function, like String), and
    `init_this(isolate, this, args)` is super(...) in a subclass (it needs `construct`). The
    installer links F.prototype and prototype.constructor (both non-enumerable); `parent`
    makes F's own [[Prototype]] another constructor, as TypeError's is Error.
    `setup(isolate, F)` runs once F and its prototype are filled."""
    name: str
    length: int
    call: Callable
    construct: Callable | None = None
    statics: tuple = ()
    prototype: Prototype | None = None
    parent: Constructor | None = None
    init_this: Callable | None = None
    setup: Callable | None = None


# ---- UTF-16 ---------------------------------------------------------------------------------

ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def units(s: str) -> str:
    """s with every astral character split into its surrogate pair: one Python char per
    UTF-16 code unit, so Python indexes are JS indexes."""
    if s.isascii() or not ASTRAL_RE.search(s):
        return s
    return ASTRAL_RE.sub(_split_pair, s)


def _split_pair(m: re.Match) -> str:
    c = ord(m.group()) - 0x10000
    return chr(0xD800 + (c >> 10)) + chr(0xDC00 + (c & 0x3FF))


def canonical(u: str) -> str:
    """The engine's form of a string of code units: adjacent high+low surrogates joined."""
    if u.isascii() or not _SURROGATE.search(u):
        return u
    return u.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


# ---- arguments and conversions ----------------------------------------------------------------


def arg(args: list, i: int):
    """Argument i, undefined when the call passed fewer."""
    return args[i] if i < len(args) else UNDEFINED


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
        if is_error(isolate, v):
            return error_header(isolate, v)
        rt = isolate.runtime
        own_to_string = rt.lookup(v, "toString")
        if own_to_string is not None and \
                own_to_string[2] == rt.get_property(isolate.object_prototype, "toString"):
            name = constructor_name(isolate, v)
            if name:
                return f"#<{name}>"
        if m.instance_type == InstanceType.PRIMITIVE_WRAPPER:
            return f"[object {KIND_NAMES[type(primitive_value(isolate, v))]}]"
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
        m = isolate.objects.map_of(v)
        it = m.instance_type
        if it == InstanceType.PRIMITIVE_WRAPPER:
            return string_value(isolate, v, m) is not None    # a String wrapper iterates its string
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



def prototype_from_constructor(isolate, new_target, default: int) -> int:
    """GetPrototypeFromConstructor: new_target.prototype when it is an object, else `default`
    (the built-in's own prototype)."""
    if type(new_target) is not int:
        return default
    p = isolate.runtime.get_property(new_target, "prototype")
    return p if type(p) is int else default


# ---- errors -----------------------------------------------------------------------------------


def is_error(isolate, v) -> bool:
    """Is v an error object: an ordinary object with Error.prototype on its chain."""
    if type(v) is not int or isolate.objects.map_of(v).instance_type != InstanceType.OBJECT:
        return False
    error_proto = isolate.error_prototypes["Error"]
    p = isolate.objects.map_of(v).prototype
    while p:
        if p == error_proto:
            return True
        p = isolate.objects.map_of(p).prototype
    return False


def error_header(isolate, err: int) -> str:
    """`name: message` as Error.prototype.toString makes it (just one of them when the other is empty)."""
    rt = isolate.runtime
    name = rt.get_property(err, "name")
    message = rt.get_property(err, "message")
    name = "Error" if name is UNDEFINED else rt.to_string(name)
    message = "" if message is UNDEFINED else rt.to_string(message)
    if not name:
        return message
    if not message:
        return name
    return f"{name}: {message}"
