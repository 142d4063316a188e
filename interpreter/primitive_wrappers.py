"""JSPrimitiveWrapper: the objects ToObject makes of strings, numbers, booleans and BigInts.

Place in the pipeline: under the runtime. `new String("ab")`, `Object(1)`, a
sloppy-mode function's primitive `this` (OrdinaryCallBindThis) and
`super(...)` in `class S extends String` make wrappers here; the runtime's
generic property operations ask `string_value` for a String wrapper's exotic
own properties (its indexes and `length`), and the library's `thisStringValue`
and friends ask `primitive_value` to unwrap a receiver. Optimized code makes the
same objects itself when it binds a sloppy `this` (llvm_tier Lowering.receiver,
with `base_wrapper_maps`), writing the layout below.

Layout (docs/objects.md, "JSPrimitiveWrapper"): an ordinary JSObject whose map
has the instance type PRIMITIVE_WRAPPER and, as property 0 (in-object slot 0),
the wrapped value under a hidden key (`VALUE_KEY`, not enumerable, never listed:
it contains a NUL, like private names). So the value lives in the native heap
where the collector traces it, a map compare tells a wrapper from anything else,
and properties a script adds follow ordinary transitions from there (their
inline caches and optimized field loads are those of any object).
"""
from __future__ import annotations

from interpreter.objects.maps import ATTR_DONT_ENUM, InstanceType, Map
from interpreter.objects.values import BigInt

# V8's [[PrimitiveValue]] internal slot, as a property no script can name by accident
# (frontend/ast.py is_private_key: a key with a NUL is hidden from key listings).
VALUE_KEY = "\0[[PrimitiveValue]]"

WRAPPER_INOBJECT = 4        # the value and three properties a script may add, like a literal `{}`

# The class name of a wrapper by the type of its value (console.log's `[Number: 3]`,
# Object.prototype.toString's `[object Number]`).
KIND_NAMES = {str: "String", float: "Number", bool: "Boolean", BigInt: "BigInt"}
_PROTOTYPE_ATTRS = {str: "string_prototype", float: "number_prototype", bool: "boolean_prototype",
                    BigInt: "bigint_prototype"}


def wrapper_map(isolate, prototype: int, kind: str, inobject: int = WRAPPER_INOBJECT) -> Map:
    """The map of fresh wrappers with `prototype` and `inobject` slots: a PRIMITIVE_WRAPPER
    root plus the hidden value property (one per pair, so all such wrappers share it)."""
    by_size = isolate.wrapper_maps.get(prototype)
    if by_size is None:
        by_size = isolate.wrapper_maps[prototype] = {}
    m = by_size.get(inobject)
    if m is None:
        isolate.objects.make_prototype(prototype)
        root = isolate.maps.new(InstanceType.PRIMITIVE_WRAPPER, inobject, constructor_name=kind,
                                prototype=prototype)
        m = by_size[inobject] = isolate.maps.transition(root, VALUE_KEY, ATTR_DONT_ENUM)
    return m


def base_wrapper_maps(isolate) -> dict[type, Map]:
    """The maps of `new String(s)`, `new Number(n)` and `new Boolean(b)` by the value's Python
    type, made once the prototypes exist (bootstrap.install): optimized code boxes a sloppy
    function's primitive `this` with them inline, and a compile (maybe on another thread)
    must only read maps, never make them."""
    return {t: wrapper_map(isolate, getattr(isolate, _PROTOTYPE_ATTRS[t]), KIND_NAMES[t])
            for t in (str, float, bool)}


def wrap(isolate, value, prototype: int = 0) -> int:
    """ToObject(value) for a primitive value: a new wrapper whose [[Prototype]] is `prototype`
    (0: the value's own String.prototype, Number.prototype...; another: a subclass's)."""
    t = type(value)
    if not prototype:
        prototype = getattr(isolate, _PROTOTYPE_ATTRS[t])
    objects = isolate.objects
    m = wrapper_map(isolate, prototype, KIND_NAMES[t])
    obj = objects.new_object(m)
    isolate.heap.store(objects.property_address(obj, m, 0), value)
    return obj


def become_wrapper(isolate, this: int, value) -> int:
    """super(value) in `class S extends String`: `this`, allocated by `new` as an ordinary
    object with S's initial map (no properties yet), becomes a wrapper of `value` with the
    same prototype and in-object size."""
    objects = isolate.objects
    m = objects.map_of(this)
    w = wrapper_map(isolate, m.prototype, KIND_NAMES[type(value)], max(m.inobject, 1))
    if w.inobject != m.inobject:
        # No in-object room for the value: slack tracking shrinks S's initial map to nothing
        # once it has seen that its objects all leave it here. `this` is not observable
        # before super() returns, so a fresh wrapper can stand in for it.
        return wrap(isolate, value, m.prototype)
    objects.set_map(this, w.id)
    isolate.heap.store(objects.property_address(this, w, 0), value)
    return this


def primitive_value(isolate, v):
    """The [[PrimitiveValue]] of a wrapper, or None when v is no wrapper."""
    if type(v) is not int:
        return None
    objects = isolate.objects
    m = objects.map_of(v)
    if m.instance_type != InstanceType.PRIMITIVE_WRAPPER:
        return None
    return isolate.heap.load(objects.property_address(v, m, m.index[VALUE_KEY]))


def string_value(isolate, obj: int, m: Map) -> str | None:
    """The string of a String wrapper with map m (whose indexes and length are its own,
    read-only properties: the String exotic object), or None for any other object."""
    if m.instance_type != InstanceType.PRIMITIVE_WRAPPER:
        return None
    v = isolate.heap.load(isolate.objects.property_address(obj, m, m.index[VALUE_KEY]))
    return v if type(v) is str else None


def this_value(isolate, this, t: type):
    """ECMAScript's thisStringValue / thisNumberValue / thisBooleanValue / thisBigIntValue:
    `this` itself when it is a primitive of type t, a wrapper's value when it wraps one, else
    None (the caller throws its method's TypeError)."""
    if type(this) is t:
        return this
    v = primitive_value(isolate, this)
    return v if type(v) is t else None
