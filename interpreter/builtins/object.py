"""Object: the constructor, its static functions and Object.prototype's methods.

Place in the pipeline: a built-in library module; bootstrap.py installs its
tables first (the other modules' prototypes inherit from Object.prototype,
whose methods live here). Its `set_prototype` is also the isolate's
(`isolate.set_prototype`), which `{__proto__: p}` literals use.

Property attributes: a map holds each named property's four (maps.py: accessor, not
enumerable, read-only, not configurable) and its objects' integrity level (extensible,
sealed, frozen); the runtime and the inline caches enforce them. An array's elements
take the array's integrity level; one defined with other attributes makes the array
sparse, whose table keeps them (ObjectSpace.define_element). The global
object's properties are the global cells, whose three attributes the isolate keeps in
full and enforces (`global_read_only`, `global_dont_enum`, `global_dont_delete`); an accessor
cannot be defined on it (a clear TypeError).
"""
from __future__ import annotations

import math
from functools import partial

from interpreter.frontend.ast import is_private_key
from interpreter.errors import range_error, type_error
from .support import (
    Constructor,
    Getter,
    Method,
    Prototype,
    arg,
    check_iterable,
    describe,
    is_callable,
    is_error,
    to_string_tag_of,
    units,
)
from interpreter.objects.maps import ATTR_ACCESSOR, ATTR_DONT_DELETE, ATTR_DONT_ENUM, ATTR_READ_ONLY, InstanceType
from interpreter.primitive_wrappers import KIND_NAMES, primitive_value, string_value
from interpreter.runtime import DATE_VALUE_KEY, PARAMETER_MAP_KEY, array_index, string_own_key
from interpreter.objects.values import HOLE, NULL, UNDEFINED, BigInt

ARRAY = InstanceType.ARRAY
FUNCTION = InstanceType.FUNCTION


# ---- helpers -----------------------------------------------------------------------------------


def to_object(v, what: str = "Cannot convert undefined or null to object"):
    """ToObject for the built-ins that only read: a primitive stays itself (own_keys and
    has_own answer for a string as for its String wrapper, without allocating one)."""
    if v is UNDEFINED or v is NULL:
        raise type_error(what)
    return v


def own_keys(isolate, obj, enumerable_only: bool = True) -> list[str]:
    """Own property keys in JS order (integer keys first); for primitives the string's indexes."""
    if type(obj) is str:
        return [str(i) for i in range(len(units(obj)))] + ([] if enumerable_only else ["length"])
    if type(obj) is not int:
        return []
    objects = isolate.objects
    m = objects.map_of(obj)
    keys = []
    if m.instance_type == ARRAY:
        keys = [str(i) for i in objects.element_indexes(obj)
                if not (enumerable_only and objects.element_attrs(obj, i) & ATTR_DONT_ENUM)]
        if not enumerable_only:
            keys.append("length")
    elif m.instance_type == InstanceType.PRIMITIVE_WRAPPER:
        s = string_value(isolate, obj, m)
        if s is not None:
            # A String wrapper: the string's indexes, then integer keys added past them, then
            # length, then the other keys (OrdinaryOwnPropertyKeys of the String exotic object).
            own = [k for k, _ in objects.own_entries(obj, enumerable_only) if not is_private_key(k)]
            n = len(units(s))
            later = [k for k in own if array_index(k) is not None]
            return [str(i) for i in range(n)] + later + ([] if enumerable_only else ["length"]) + \
                [k for k in own if array_index(k) is None]
    elif m.instance_type == FUNCTION and not enumerable_only:
        sfi = isolate.shared_of(obj)
        keys = [k for k in ("length", "name") if k in m.index or not m.function_keys_own]
        if isolate.runtime.has_legacy_caller(sfi):
            keys += ["arguments", "caller"]
        if isolate.runtime.has_property(obj, "prototype"):
            keys.append("prototype")
        # (an own name or length, a static method's, replaces the built-in one where it stands)
        return keys + [k for k, _ in objects.own_entries(obj, False)
                       if k not in ("prototype", "name", "length") and not is_private_key(k)]
    elif m.instance_type == FUNCTION:
        # an own (enumerable) name or length, a static field's, stands where the built-in one was
        own = [k for k, _ in objects.own_entries(obj, True) if not is_private_key(k)]
        return [k for k in ("length", "name") if k in own] + [k for k in own if k not in ("length", "name")]
    elif m.instance_type == InstanceType.ARGUMENTS and PARAMETER_MAP_KEY in m.index:
        # a mapped arguments object: the indexes its parameters hold among its own ones
        own = [k for k, _ in objects.own_entries(obj, enumerable_only) if not is_private_key(k)]
        indexes = [str(i) for i in isolate.runtime.mapped_indexes(obj)] + [k for k in own if array_index(k) is not None]
        return sorted(indexes, key=int) + [k for k in own if array_index(k) is None]
    elif m.instance_type == InstanceType.GLOBAL:
        # its properties are the global cells (a module's own names are not among them)
        keys = [k for k in isolate.global_property_names()
                if not (enumerable_only and k in isolate.global_dont_enum)]
    return keys + [k for k, _ in objects.own_entries(obj, enumerable_only) if not is_private_key(k)]


def has_own(isolate, obj, key: str) -> bool:
    if type(obj) is str:
        i = array_index(key)
        return key == "length" or (i is not None and i < len(units(obj)))
    if type(obj) is not int:
        return False
    m = isolate.objects.map_of(obj)
    if key in m.index:
        return not is_private_key(key)
    s = string_value(isolate, obj, m)
    if s is not None:
        return has_own(isolate, s, key)
    if m.instance_type == ARRAY:
        # own elements only: a hole is not own even where a prototype has that index
        i = array_index(key)
        return key == "length" or (i is not None and isolate.objects.own_element(obj, i) is not HOLE)
    if m.instance_type == FUNCTION:
        return (key in ("name", "length") and not m.function_keys_own) or \
            (key == "prototype" and isolate.runtime.has_property(obj, key)) or \
            (key in ("caller", "arguments") and isolate.runtime.has_legacy_caller(isolate.shared_of(obj)))
    if m.instance_type == InstanceType.GLOBAL:
        return isolate.has_global_property(key)
    if m.instance_type == InstanceType.ARGUMENTS:
        return isolate.runtime.mapped_argument(obj, m, key) is not None
    return False


def is_enumerable_own(isolate, obj, key: str) -> bool:
    if not has_own(isolate, obj, key):
        return False
    if type(obj) is str:
        return key != "length"
    m = isolate.objects.map_of(obj)
    if key in m.index:
        return not m.attrs.get(key, 0) & ATTR_DONT_ENUM
    if m.instance_type == InstanceType.GLOBAL:
        return key not in isolate.global_dont_enum
    if m.instance_type == ARRAY:
        return key != "length" and not isolate.objects.element_attrs(obj, array_index(key)) & ATTR_DONT_ENUM
    return array_index(key) is not None     # a String wrapper's index


def describe_value(isolate, v) -> str:
    return describe(isolate, v) if not (type(v) is str) else v


def check_prototype(isolate, p) -> None:
    if not (type(p) is int or p is NULL):
        raise type_error(f"Object prototype may only be an Object or null: {describe_value(isolate, p)}")


def set_prototype(isolate, obj: int, p: int) -> None:
    """obj's [[Prototype]] becomes p (0: null), unless obj is not extensible or p's chain reaches obj."""
    objects = isolate.objects
    m = objects.map_of(obj)
    if m.prototype == p:
        return
    if not m.extensible:
        raise type_error(f"{isolate.runtime.describe_object(obj)} is not extensible")
    q = p
    while q:
        if q == obj:
            raise type_error("Cyclic __proto__ value")
        q = objects.map_of(q).prototype
    objects.set_prototype(obj, p)


def same_value(rt, a, b) -> bool:
    if type(a) is float and type(b) is float:
        if a != a:
            return b != b
        return a == b and math.copysign(1.0, a) == math.copysign(1.0, b)
    return rt.strict_equals(a, b)


# ---- property descriptors ------------------------------------------------------------------------


def read_descriptor(isolate, desc) -> dict:
    rt = isolate.runtime
    if type(desc) is not int:
        raise type_error(f"Property description must be an object: {describe_value(isolate, desc)}")
    d = {}
    for field in ("enumerable", "configurable", "value", "writable", "get", "set"):
        if rt.has_property(desc, field):
            d[field] = rt.get_property(desc, field)
    for field in ("get", "set"):
        if field in d and d[field] is not UNDEFINED and not is_callable(isolate, d[field]):
            raise type_error(f"{'Getter' if field == 'get' else 'Setter'} must be a function: "
                             f"{describe_value(isolate, d[field])}")
    if ("get" in d or "set" in d) and ("value" in d or "writable" in d):
        raise type_error("Invalid property descriptor. Cannot both specify accessors and a value "
                         f"or writable attribute, {rt.describe_object(desc)}")
    return d


def define_property(isolate, obj: int, key: str, d: dict) -> None:
    rt = isolate.runtime
    objects = isolate.objects
    m = objects.map_of(obj)
    if m.instance_type == InstanceType.GLOBAL:
        define_global_property(isolate, key, d)
        return
    if m.instance_type == ARRAY and key == "length":
        define_array_length(isolate, obj, d)
        return
    if m.instance_type == ARRAY and array_index(key) is not None:
        define_element(isolate, obj, array_index(key), key, d)
        return
    s = string_value(isolate, obj, m)
    if s is not None and string_own_key(s, key):
        # A String wrapper's indexes and length are read-only and non-configurable: only a
        # definition that changes nothing is allowed (ValidateAndApplyPropertyDescriptor).
        enumerable = key != "length"
        if d.get("get") is not None or d.get("set") is not None or \
                ("value" in d and not same_value(rt, d["value"], rt.get_property(s, key))) or \
                ("writable" in d and rt.to_boolean(d["writable"])) or \
                ("configurable" in d and rt.to_boolean(d["configurable"])) or \
                ("enumerable" in d and rt.to_boolean(d["enumerable"]) != enumerable):
            raise type_error(f"Cannot redefine property: {key}")
        return
    if m.instance_type == FUNCTION and key in ("name", "length") and not m.function_keys_own:
        rt.own_function_keys(obj)       # redefined from what they are (read-only, configurable)
        m = objects.map_of(obj)
    if m.instance_type == InstanceType.ARGUMENTS and rt.mapped_argument(obj, m, key) is not None:
        define_mapped_argument(isolate, obj, key, d)
        return
    exists = key in m.index
    if not exists and not m.extensible:
        raise type_error(f"Cannot define property {key}, object is not extensible")
    value, attrs = apply_descriptor(isolate, key, d, m.attrs.get(key, 0) if exists else None,
                                    objects.get_own(obj, key) if exists else UNDEFINED)
    if attrs & (ATTR_ACCESSOR | ATTR_READ_ONLY) and array_index(key) is not None:
        objects.note_index_setter()
    objects.define_own(obj, key, value, attrs)


def apply_descriptor(isolate, key: str, d: dict, old_attrs: int | None, current) -> tuple:
    """ValidateAndApplyPropertyDescriptor for a property with attributes old_attrs (None: it
    does not exist) and value (or accessor pair) current: the new (value or pair, attributes),
    or the TypeError a non-configurable property's redefinition raises."""
    rt = isolate.runtime
    objects = isolate.objects
    exists = old_attrs is not None
    if not exists:
        old_attrs = ATTR_DONT_ENUM | ATTR_READ_ONLY | ATTR_DONT_DELETE    # absent fields are false
    elif old_attrs & ATTR_DONT_DELETE:
        check_redefinition(isolate, key, d, old_attrs, current)
    attrs = old_attrs & (ATTR_DONT_ENUM | ATTR_READ_ONLY | ATTR_DONT_DELETE)
    for field, flag in (("enumerable", ATTR_DONT_ENUM), ("writable", ATTR_READ_ONLY),
                        ("configurable", ATTR_DONT_DELETE)):
        if field in d:
            attrs = attrs & ~flag if rt.to_boolean(d[field]) else attrs | flag
    generic = not ("get" in d or "set" in d or "value" in d or "writable" in d)
    if "get" in d or "set" in d or (generic and exists and old_attrs & ATTR_ACCESSOR):
        getter = setter = UNDEFINED
        if exists and old_attrs & ATTR_ACCESSOR:
            getter, setter = objects.accessor_getter(current), objects.accessor_setter(current)
        pair = objects.new_accessor_pair(d.get("get", getter), d.get("set", setter))
        return pair, (attrs & ~ATTR_READ_ONLY) | ATTR_ACCESSOR
    if exists and not old_attrs & ATTR_ACCESSOR:
        return d.get("value", current), attrs
    # a data property made from an accessor (or from nothing) is read-only unless it says
    return d.get("value", UNDEFINED), attrs if "writable" in d else attrs | ATTR_READ_ONLY


def define_element(isolate, arr: int, i: int, key: str, d: dict) -> None:
    """Object.defineProperty on an array index: an element with other attributes than a plain
    one's makes the array sparse (ObjectSpace.define_element); the array's integrity level
    and a read-only length constrain it."""
    objects = isolate.objects
    m = objects.map_of(arr)
    current = objects.own_element(arr, i)
    if current is HOLE:
        if not m.extensible or (m.length_read_only and i >= objects.array_length(arr)):
            raise type_error(f"Cannot define property {key}, object is not extensible")
        old_attrs = None
    else:
        old_attrs = objects.element_attrs(arr, i) | (ATTR_READ_ONLY if m.frozen else 0) | \
            (ATTR_DONT_DELETE if m.sealed else 0)
    value, attrs = apply_descriptor(isolate, key, d, old_attrs, current)
    if m.frozen:
        return          # its elements can only be restated (apply_descriptor checked that)
    if m.sealed:
        attrs &= ~ATTR_DONT_DELETE      # the map says so for every element
    objects.define_element(arr, i, value, attrs)


def define_array_length(isolate, arr: int, d: dict) -> None:
    """Object.defineProperty(array, "length", d) (ArraySetLength): length is never
    configurable nor enumerable; a new value cuts or extends the array (stopping at a
    non-configurable element); writable: false makes it read-only from then on."""
    rt = isolate.runtime
    objects = isolate.objects
    m = objects.map_of(arr)
    read_only = m.frozen or m.length_read_only
    if "get" in d or "set" in d or rt.to_boolean(d.get("configurable", False)) or \
            ("enumerable" in d and rt.to_boolean(d["enumerable"])) or \
            (read_only and rt.to_boolean(d.get("writable", False))):
        raise type_error("Cannot redefine property: length")
    n = None
    if "value" in d:
        n = rt.to_number(d["value"])
        if not (n >= 0 and n.is_integer() and n < 2 ** 32):
            raise range_error("Invalid array length")
        if n == objects.array_length(arr):
            n = None
        elif read_only:
            raise type_error("Cannot redefine property: length")
    try:
        if n is not None:
            rt.set_array_length(arr, n, True)
    finally:
        if "writable" in d and not rt.to_boolean(d["writable"]) and not read_only:
            objects.make_length_read_only(arr)


def define_mapped_argument(isolate, obj: int, key: str, d: dict) -> None:
    """[[DefineOwnProperty]] of a mapped arguments object's index (ECMA-262 10.4.4.2): a value
    goes to the parameter too; an accessor or `writable: false` ends the mapping, leaving an
    own property; a definition that keeps a plain data property keeps it mapped."""
    rt = isolate.runtime
    objects = isolate.objects
    slot = rt.mapped_argument(obj, objects.map_of(obj), key)
    parameter_map = objects.get_own(obj, PARAMETER_MAP_KEY)
    entry = objects.own_element(parameter_map, array_index(key) + 1)    # the parameter's slot number
    rt.unmap_argument(obj, key)
    objects.set_own(obj, key, isolate.heap.load(slot))
    define_property(isolate, obj, key, d)
    if "get" in d or "set" in d:
        return
    if "value" in d:
        isolate.heap.store(slot, d["value"])
    if objects.map_of(obj).attrs.get(key, 0) == 0:
        # still a plain writable, enumerable, configurable data property: mapped again
        objects.delete_own(obj, key)
        objects.set_element(parameter_map, array_index(key) + 1, entry)


def define_global_property(isolate, key: str, d: dict) -> None:
    """Object.defineProperty on the global object: its properties are the global cells, with
    their attributes in the isolate's three sets."""
    rt = isolate.runtime
    if "get" in d or "set" in d:
        raise type_error(f"Cannot define {key}: accessor properties on the global object are not supported")
    exists = has_own(isolate, isolate.global_object, key)
    read_only = key in isolate.global_read_only if exists else True
    dont_enum = key in isolate.global_dont_enum if exists else True
    dont_delete = key in isolate.global_dont_delete if exists else True
    current = isolate.global_value(key) if exists else UNDEFINED
    if exists and dont_delete:
        if rt.to_boolean(d.get("configurable", False)) or \
                ("enumerable" in d and rt.to_boolean(d["enumerable"]) == dont_enum) or \
                (read_only and (rt.to_boolean(d.get("writable", False)) or
                                ("value" in d and not same_value(rt, d["value"], current)))):
            raise type_error(f"Cannot redefine property: {key}")
    if "writable" in d:
        read_only = not rt.to_boolean(d["writable"])
    if "enumerable" in d:
        dont_enum = not rt.to_boolean(d["enumerable"])
    if "configurable" in d:
        dont_delete = not rt.to_boolean(d["configurable"])
    if exists and read_only and key not in isolate.global_read_only:
        # Optimized code stores into a writable global's cell without a check: the property moves
        # to a new cell, and a store into the old one (a deleted cell now) deopts.
        isolate.delete_global(key)
    isolate.define_global(key, d.get("value", current))
    for attributes, on in ((isolate.global_read_only, read_only), (isolate.global_dont_enum, dont_enum),
                           (isolate.global_dont_delete, dont_delete)):
        if on:
            attributes.add(key)
        else:
            attributes.discard(key)


def check_redefinition(isolate, key: str, d: dict, old_attrs: int, current) -> None:
    """A non-configurable property may only be "redefined" to what it already is
    (ValidateAndApplyPropertyDescriptor), or have its value changed while writable."""
    rt = isolate.runtime
    objects = isolate.objects
    ok = not rt.to_boolean(d.get("configurable", False))
    if "enumerable" in d and rt.to_boolean(d["enumerable"]) != (not old_attrs & ATTR_DONT_ENUM):
        ok = False
    if old_attrs & ATTR_ACCESSOR:
        if "value" in d or "writable" in d:
            ok = False
        if "get" in d and not same_value(rt, d["get"], objects.accessor_getter(current)):
            ok = False
        if "set" in d and not same_value(rt, d["set"], objects.accessor_setter(current)):
            ok = False
    else:
        if "get" in d or "set" in d:
            ok = False
        if old_attrs & ATTR_READ_ONLY and (rt.to_boolean(d.get("writable", False)) or
                                           ("value" in d and not same_value(rt, d["value"], current))):
            ok = False
    if not ok:
        raise type_error(f"Cannot redefine property: {key}")


def define_properties(isolate, obj: int, props) -> None:
    rt = isolate.runtime
    props = to_object(props)
    descriptors = [(k, read_descriptor(isolate, rt.get_property(props, k))) for k in own_keys(isolate, props)]
    for k, d in descriptors:
        define_property(isolate, obj, k, d)


# ---- Object ------------------------------------------------------------------------------------


def object_call(isolate, this, args):
    """Object(v): an object as itself, a primitive in its wrapper, a new object for nullish."""
    v = arg(args, 0)
    if v is UNDEFINED or v is NULL:
        objects = isolate.objects
        return objects.new_object(objects.literal_root(0))
    return isolate.runtime.to_object(v)


def object_construct(isolate, args, new_target):
    return object_call(isolate, UNDEFINED, args)


def object_keys(isolate, this, args):
    obj = to_object(arg(args, 0))
    return isolate.objects.new_array(own_keys(isolate, obj))


def enumerable_own_keys(isolate, obj):
    """The own keys, each yielded only if it is still there and enumerable when its turn comes: a
    getter read for an earlier key may delete a later one or make it non-enumerable
    (EnumerableOwnProperties, Object.assign)."""
    if type(obj) is not int:
        yield from own_keys(isolate, obj)
        return
    for k in own_keys(isolate, obj, enumerable_only=False):
        if is_enumerable_own(isolate, obj, k):
            yield k


def object_values(isolate, this, args):
    obj = to_object(arg(args, 0))
    rt = isolate.runtime
    return isolate.objects.new_array([rt.get_property(obj, k) for k in enumerable_own_keys(isolate, obj)])


def object_entries(isolate, this, args):
    obj = to_object(arg(args, 0))
    rt = isolate.runtime
    objects = isolate.objects
    return objects.new_array([objects.new_array([k, rt.get_property(obj, k)])
                              for k in enumerable_own_keys(isolate, obj)])


def object_assign(isolate, this, args):
    rt = isolate.runtime
    target = to_object(arg(args, 0))
    if type(target) is not int:
        target = rt.to_object(target)          # a primitive target is assigned into its wrapper
    for source in args[1:]:
        if source is UNDEFINED or source is NULL:
            continue
        for k in enumerable_own_keys(isolate, source):
            rt.set_property(target, k, rt.get_property(source, k), True)
    return target


def integrity_level(level: str, name: str):
    """Object.preventExtensions, seal or freeze (`name`): a primitive is returned as it is."""
    def set_level(isolate, this, args):
        v = arg(args, 0)
        if type(v) is int:
            if isolate.objects.map_of(v).instance_type == InstanceType.GLOBAL:
                # (its properties are the global cells, which have no integrity level)
                raise type_error(f"Object.{name} is not supported on the global object")
            isolate.objects.prevent_extensions(v, level)
        return v
    return set_level


def test_integrity_level(level: str):
    """Object.isExtensible, isSealed or isFrozen (TestIntegrityLevel): whether no property can
    be added and, for sealed, none deleted; for frozen, no data property written either."""
    def test(isolate, this, args):
        v = arg(args, 0)
        if type(v) is not int:
            return level != "extensible"
        m = isolate.objects.map_of(v)
        if level == "extensible":
            return m.extensible
        if m.extensible:
            return False
        if m.frozen or (level == "sealed" and m.sealed):
            return True
        if m.instance_type == FUNCTION and not m.sealed and not m.index.keys() >= {"name", "length"}:
            # its built-in name and length are configurable until sealed (then, being
            # read-only, they are frozen too; V8 takes a prototype for an accessor here)
            return False
        if m.instance_type == ARRAY and isolate.objects.element_indexes(v):
            return False        # elements carry no attributes: only seal or freeze fixes them
        needed = ATTR_DONT_DELETE | (ATTR_READ_ONLY if level == "frozen" else 0)
        for key in own_keys(isolate, v, enumerable_only=False):
            attrs = m.attrs.get(key, 0)
            if key in m.index and attrs & needed != needed and \
                    not (attrs & ATTR_ACCESSOR and attrs & ATTR_DONT_DELETE):
                return False
        return True
    return test


def object_is(isolate, this, args):
    return same_value(isolate.runtime, arg(args, 0), arg(args, 1))


def object_get_prototype_of(isolate, this, args):
    v = to_object(arg(args, 0))
    if type(v) is int:
        p = isolate.objects.map_of(v).prototype
        return p if p else NULL
    return isolate.runtime.holder_of(v) or NULL


def object_set_prototype_of(isolate, this, args):
    obj, p = arg(args, 0), arg(args, 1)
    if obj is UNDEFINED or obj is NULL:
        raise type_error("Object.setPrototypeOf called on null or undefined")
    check_prototype(isolate, p)
    if type(obj) is not int:
        return obj
    set_prototype(isolate, obj, 0 if p is NULL else p)
    return obj


def object_create(isolate, this, args):
    objects = isolate.objects
    p = arg(args, 0)
    check_prototype(isolate, p)
    obj = objects.new_object(objects.create_root(p if p is not NULL else 0))
    props = arg(args, 1)
    if props is not UNDEFINED:
        define_properties(isolate, obj, props)
    return obj


def object_define_property(isolate, this, args):
    obj = arg(args, 0)
    if type(obj) is not int:
        raise type_error("Object.defineProperty called on non-object")
    key = isolate.runtime.to_property_key(arg(args, 1))
    define_property(isolate, obj, key, read_descriptor(isolate, arg(args, 2)))
    return obj


def object_define_properties(isolate, this, args):
    obj = arg(args, 0)
    if type(obj) is not int:
        raise type_error("Object.defineProperties called on non-object")
    define_properties(isolate, obj, arg(args, 1))
    return obj


def object_get_own_property_names(isolate, this, args):
    return isolate.objects.new_array(own_keys(isolate, to_object(arg(args, 0)), enumerable_only=False))


def object_get_own_property_descriptor(isolate, this, args):
    rt = isolate.runtime
    objects = isolate.objects
    obj = to_object(arg(args, 0))
    key = rt.to_property_key(arg(args, 1))
    if not has_own(isolate, obj, key):
        return UNDEFINED
    desc = objects.new_object(objects.literal_root(4))
    exotic = type(obj) is str or (key not in objects.map_of(obj).index and
                                  string_value(isolate, obj, objects.map_of(obj)) is not None)
    if exotic:
        # A string's (or String wrapper's) indexes and length: read-only and fixed.
        writable = configurable = False
        m = None
    else:
        m = objects.map_of(obj)
        attrs = m.attrs.get(key, 0)
        writable, configurable = not attrs & ATTR_READ_ONLY, not attrs & ATTR_DONT_DELETE
        if m.instance_type == InstanceType.GLOBAL:
            writable = key not in isolate.global_read_only
            configurable = key not in isolate.global_dont_delete
        elif key not in m.index and m.instance_type == FUNCTION:
            # name and length are read-only but configurable; prototype the opposite;
            # a sloppy function's caller and arguments neither.
            writable, configurable = key == "prototype", key in ("name", "length")
        elif m.instance_type == ARRAY and key == "length":
            writable, configurable = not (m.frozen or m.length_read_only), False
        elif m.instance_type == ARRAY and key not in m.index:
            # an element has the array's integrity level and its own attributes
            attrs = objects.element_attrs(obj, array_index(key))
            writable = not (m.frozen or attrs & ATTR_READ_ONLY)
            configurable = not (m.sealed or attrs & ATTR_DONT_DELETE)
    if m is not None and attrs & ATTR_ACCESSOR:
        pair = objects.get_own(obj, key) if key in m.index else objects.own_element(obj, array_index(key))
        objects.set_own(desc, "get", objects.accessor_getter(pair))
        objects.set_own(desc, "set", objects.accessor_setter(pair))
    else:
        objects.set_own(desc, "value", rt.get_property(obj, key))
        objects.set_own(desc, "writable", writable)
    objects.set_own(desc, "enumerable", is_enumerable_own(isolate, obj, key))
    objects.set_own(desc, "configurable", configurable)
    return desc


def object_get_own_property_descriptors(isolate, this, args):
    objects = isolate.objects
    obj = to_object(arg(args, 0))
    out = objects.new_object(objects.literal_root(0))
    for k in own_keys(isolate, obj, enumerable_only=False):
        objects.set_own(out, k, object_get_own_property_descriptor(isolate, UNDEFINED, [obj, k]))
    return out


def object_has_own(isolate, this, args):
    return has_own(isolate, to_object(arg(args, 0)), isolate.runtime.to_property_key(arg(args, 1)))


def object_from_entries(isolate, this, args):
    rt = isolate.runtime
    objects = isolate.objects
    source = arg(args, 0)
    if source is UNDEFINED or source is NULL:
        raise type_error("undefined is not iterable")     # V8 says undefined for null too
    check_iterable(isolate, source)
    obj = objects.new_object(objects.literal_root(0))
    for entry in rt.iterate(source):
        if type(entry) is not int:
            raise type_error(f"Iterator value {describe_value(isolate, entry)} is not an entry object")
        rt.set_property(obj, rt.to_property_key(rt.get_keyed(entry, 0.0)), rt.get_keyed(entry, 1.0))
    return obj


# ---- Object.prototype ----------------------------------------------------------------------------


def object_has_own_property(isolate, this, args):
    key = isolate.runtime.to_property_key(arg(args, 0))
    return has_own(isolate, to_object(this), key)


def object_property_is_enumerable(isolate, this, args):
    key = isolate.runtime.to_property_key(arg(args, 0))
    return is_enumerable_own(isolate, to_object(this), key)


def object_is_prototype_of(isolate, this, args):
    v = arg(args, 0)
    if type(v) is not int:
        return False
    this = to_object(this)
    objects = isolate.objects
    p = objects.map_of(v).prototype
    while p:
        if p == this:
            return True
        p = objects.map_of(p).prototype
    return False


def to_string_tag(isolate, v) -> str:
    """The X of Object.prototype.toString's `[object X]`."""
    if v is UNDEFINED:
        return "Undefined"
    if v is NULL:
        return "Null"
    t = type(v)
    if t is str:
        return "String"
    if t is float:
        return "Number"
    if t is bool:
        return "Boolean"
    if t is BigInt:
        return "BigInt"
    tag = to_string_tag_of(isolate, v)
    if tag:
        return tag
    it = isolate.objects.map_of(v).instance_type
    if it == ARRAY:
        return "Array"
    if is_error(isolate, v):
        return "Error"
    if it == FUNCTION:
        return "Function"
    if it == InstanceType.MAP:
        return "Map"
    if it == InstanceType.SET:
        return "Set"
    if it == InstanceType.ITERATOR:
        return isolate.iterator_states[v].tag
    if it == InstanceType.PRIMITIVE_WRAPPER:
        return KIND_NAMES[type(primitive_value(isolate, v))]
    if DATE_VALUE_KEY in isolate.objects.map_of(v).index:
        return "Date"
    return "Object"


def object_to_string(isolate, this, args):
    return f"[object {to_string_tag(isolate, this)}]"


def object_to_locale_string(isolate, this, args):
    rt = isolate.runtime
    return isolate.interpreter.call(rt.get_property(to_object(this), "toString"), this, [])


def object_value_of(isolate, this, args):
    return isolate.runtime.to_object(this)


def object_get_proto(isolate, this, args):
    """Object.prototype.__proto__, the legacy accessor for an object's prototype."""
    this = to_object(this, "Object.prototype.__proto__ called on null or undefined")
    p = isolate.objects.map_of(this).prototype if type(this) is int else isolate.runtime.holder_of(this)
    return p if p else NULL


def object_set_proto(isolate, this, args):
    p = arg(args, 0)
    if type(this) is int and (type(p) is int or p is NULL):
        set_prototype(isolate, this, 0 if p is NULL else p)
    return UNDEFINED


def register_set_prototype(isolate, ctor: int) -> None:
    isolate.set_prototype = partial(set_prototype, isolate)


OBJECT_STATICS = (
    Method("assign", 2, object_assign),
    Method("getOwnPropertyDescriptor", 2, object_get_own_property_descriptor),
    Method("getOwnPropertyDescriptors", 1, object_get_own_property_descriptors),
    Method("getOwnPropertyNames", 1, object_get_own_property_names),
    Method("hasOwn", 2, object_has_own),
    Method("is", 2, object_is),
    Method("create", 2, object_create),
    Method("defineProperties", 2, object_define_properties),
    Method("defineProperty", 3, object_define_property),
    Method("freeze", 1, integrity_level("frozen", "freeze")),
    Method("getPrototypeOf", 1, object_get_prototype_of),
    Method("isExtensible", 1, test_integrity_level("extensible")),
    Method("isFrozen", 1, test_integrity_level("frozen")),
    Method("isSealed", 1, test_integrity_level("sealed")),
    Method("preventExtensions", 1, integrity_level("non-extensible", "preventExtensions")),
    Method("seal", 1, integrity_level("sealed", "seal")),
    Method("keys", 1, object_keys),
    Method("entries", 1, object_entries),
    Method("fromEntries", 1, object_from_entries),
    Method("values", 1, object_values),
    Method("setPrototypeOf", 2, object_set_prototype_of),
)

OBJECT_PROTOTYPE = (
    Method("hasOwnProperty", 1, object_has_own_property),
    Method("isPrototypeOf", 1, object_is_prototype_of),
    Method("propertyIsEnumerable", 1, object_property_is_enumerable),
    Method("toString", 0, object_to_string),
    Method("valueOf", 0, object_value_of),
    Method("toLocaleString", 0, object_to_locale_string),
    Getter("__proto__", object_get_proto, object_set_proto),
)

OBJECT = Constructor("Object", 1, object_call, object_construct, statics=OBJECT_STATICS,
                     prototype=Prototype("Object", OBJECT_PROTOTYPE, attr="object_prototype"),
                     setup=register_set_prototype)
