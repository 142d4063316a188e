"""Intrinsics: the engine operations that bytecode reaches through `CallRuntime` (V8's runtime functions).

The compiler emits `CallRuntime i, r, n` for constructs that are one
operation to the engine but several to the bytecode set: defining a class
and its methods, `super` calls and property reads, spread calls, for-in key
lists, the for-of iteration protocol, template-literal conversions, `delete`.
Each intrinsic is `fn(isolate, args) -> value`; the table's order is the
operand's meaning, so the disassembler and the optimizing tier read it too.

The iteration protocol (`get_iterator`, `iterator_step`, `iterator_value`,
`iterator_rest`, `is_done`) keeps its state in a hidden heap object, so a
frame that iterates is an ordinary frame: optimized code steps arrays
natively and the deoptimizer rebuilds the frame with the same iterator.
"""
from __future__ import annotations

from interpreter.builtins.support import (check_iterable, describe, describe_typed, is_callable, is_constructor,
                                         is_iterable)
from interpreter.primitive_wrappers import string_value
from interpreter.frontend.ast import display_key, is_private_key
from interpreter.objects.maps import ATTR_ACCESSOR, ATTR_DONT_DELETE, ATTR_DONT_ENUM, ATTR_READ_ONLY, InstanceType
from interpreter.objects.values import HOLE, INT32_BITS, LOW32, NULL, PAYLOAD_MASK, UNDEFINED

from .errors import reference_error, type_error
from .runtime import PARAMETER_MAP_KEY, array_index


def define_class(isolate, args):
    """(constructor, parent or the hole) -> the new prototype object, wired up as JS does."""
    ctor, parent = args
    objects = isolate.objects
    rt = isolate.runtime
    if parent is HOLE:
        proto_parent = isolate.object_prototype
    elif parent is NULL:
        proto_parent = 0
    else:
        if not is_constructor(isolate, parent):
            raise type_error(f"Class extends value {describe(isolate, parent)} is not a constructor or null")
        proto_parent = rt.get_property(parent, "prototype")
        if proto_parent is NULL:
            proto_parent = 0
        elif type(proto_parent) is not int:
            raise type_error(f"Class extends value does not have valid prototype property "
                             f"{describe(isolate, proto_parent)}")
        # Static inheritance: the derived constructor's [[Prototype]] is the parent.
        objects.set_map(ctor, objects.function_map_with_prototype(parent).id)
    proto = objects.new_prototype_object(proto_parent, isolate.shared_of(ctor).name or "Object")
    objects.define_own(proto, "constructor", ctor, ATTR_DONT_ENUM)
    objects.define_own(ctor, "prototype", proto, ATTR_DONT_ENUM | ATTR_READ_ONLY | ATTR_DONT_DELETE)
    return proto


METHOD, GETTER, SETTER = 0.0, 1.0, 2.0


def define_method(isolate, args):
    """(home object, key, function, kind): a class method, getter or setter (not enumerable)."""
    target, key, fn, kind = args
    objects = isolate.objects
    key = isolate.runtime.to_property_key(key)
    check_static_key(isolate, target, key)
    sfi = isolate.shared_of(fn)
    if kind == METHOD:
        if not sfi.name:
            sfi.name = display_key(key)
        objects.define_own(target, key, fn, ATTR_DONT_ENUM)
        return UNDEFINED
    install_accessor(isolate, target, key, fn, kind, ATTR_DONT_ENUM)
    return UNDEFINED


def check_static_key(isolate, target: int, key: str) -> None:
    """A computed static member may not be named prototype (the parser rejects a literal one)."""
    if key == "prototype" and isolate.objects.map_of(target).instance_type == InstanceType.FUNCTION:
        raise type_error("Classes may not have a static property named 'prototype'")


def install_accessor(isolate, target: int, key: str, fn: int, kind: float, attrs: int) -> None:
    """Sets the getter or setter half of an accessor property, keeping the other half."""
    objects = isolate.objects
    sfi = isolate.shared_of(fn)
    if not sfi.name:
        sfi.name = ("get " if kind == GETTER else "set ") + display_key(key)
    getter = setter = UNDEFINED
    if objects.map_of(target).attrs.get(key, 0) & ATTR_ACCESSOR:
        pair = objects.get_own(target, key)
        getter, setter = objects.accessor_getter(pair), objects.accessor_setter(pair)
    if kind == GETTER:
        getter = fn
    else:
        setter = fn
    objects.define_own(target, key, objects.new_accessor_pair(getter, setter), ATTR_ACCESSOR | attrs)


def super_call(isolate, args):
    """super(...args) in a derived constructor: runs the parent constructor on `this`."""
    parent, this, *rest = args
    return isolate.interpreter.super_construct(parent, this, rest)


def super_call_spread(isolate, args):
    parent, this, arr = args
    return isolate.interpreter.super_construct(parent, this, isolate.objects.array_items(arr))


def super_get(isolate, args):
    """super.key: looked up from the home object's prototype, with `this` as receiver."""
    home, key, this = args
    proto = isolate.objects.get_prototype(home)
    if not proto:
        return UNDEFINED
    return isolate.runtime.get_property(proto, isolate.runtime.to_property_key(key), receiver=this)


def to_string(isolate, args):
    return isolate.runtime.to_string(args[0])


def delete_property(isolate, args):
    obj, key = args
    return isolate.runtime.delete_property(obj, key, strict=False)


def delete_property_strict(isolate, args):
    obj, key = args
    return isolate.runtime.delete_property(obj, key, strict=True)


def for_in_keys(isolate, args):
    """The keys for-in visits: enumerable string keys, own first, then up the chain, no repeats."""
    obj = args[0]
    if obj is UNDEFINED or obj is NULL:
        return isolate.objects.new_array([])
    rt = isolate.runtime
    objects = isolate.objects
    keys: list[str] = []
    seen: set[str] = set()
    if type(obj) is str:
        return objects.new_array([str(i) for i in range(int(rt.get_property(obj, "length")))])
    holder = obj if type(obj) is int else 0
    while holder:
        m = objects.map_of(holder)
        if m.instance_type == InstanceType.ARRAY:
            for i, v in enumerate(objects.array_items(holder)):
                if v is not HOLE and str(i) not in seen:
                    seen.add(str(i))
                    if not objects.element_attrs(holder, i) & ATTR_DONT_ENUM:
                        keys.append(str(i))
        s = string_value(isolate, holder, m)
        if s is not None:
            # A String wrapper's indexes (its exotic own properties) come first.
            for i in range(int(rt.get_property(s, "length"))):
                k = str(i)
                if k not in seen:
                    seen.add(k)
                    keys.append(k)
        if m.instance_type == InstanceType.GLOBAL:
            # its properties are the global cells (a module's own names are not among them)
            for k in isolate.global_property_names():
                if k not in seen:
                    seen.add(k)
                    if k not in isolate.global_dont_enum:
                        keys.append(k)
        own = objects.ordered_keys(holder)
        if m.instance_type == InstanceType.ARGUMENTS and PARAMETER_MAP_KEY in m.index:
            # a mapped arguments object's parameters are among its indexes
            indexes = [str(i) for i in rt.mapped_indexes(holder)] + [k for k in own if array_index(k) is not None]
            own = sorted(indexes, key=int) + [k for k in own if array_index(k) is None]
        for k in own:
            if k not in seen:
                seen.add(k)
                if not m.attrs.get(k, 0) & ATTR_DONT_ENUM:
                    keys.append(k)
        holder = m.prototype
    return objects.new_array(keys)


def init_fields(isolate, args):
    """Gives a new instance what its class defines per instance (the class's `.fields`:
    [kind, key, value, ...]): private methods and accessors (`value` the function), then
    fields (`value` the initializer, called on the instance)."""
    this, fields = args
    rt = isolate.runtime
    items = isolate.objects.array_items(fields)
    for i in range(0, len(items), 3):
        kind, key, value = items[i], rt.to_property_key(items[i + 1]), items[i + 2]
        if kind == "field":
            define_property(isolate, this, key, isolate.interpreter.call(value, this, []))
        elif kind == "method":
            isolate.objects.define_own(this, key, value, ATTR_DONT_ENUM)
        else:
            install_accessor(isolate, this, key, value, GETTER if kind == "getter" else SETTER, ATTR_DONT_ENUM)
    return this


def define_property(isolate, obj, key: str, value) -> None:
    """CreateDataPropertyOrThrow: an own, enumerable data property (no setters called)."""
    objects = isolate.objects
    m = objects.map_of(obj)
    if is_private_key(key):
        objects.define_own(obj, key, value, ATTR_DONT_ENUM)     # hidden from keys, JSON, console.log
    elif m.instance_type == InstanceType.ARRAY and key.isdigit():
        isolate.runtime.set_property(obj, key, value)
    elif m.attrs.get(key, 0) & ATTR_DONT_DELETE or (not m.extensible and key not in m.index):
        raise type_error(f"Cannot redefine property: {key}" if key in m.index else
                         f"Cannot define property {key}, object is not extensible")
    elif m.attrs.get(key, 0):
        objects.define_own(obj, key, value)
    else:
        objects.set_own(obj, key, value)


def define_field(isolate, args):
    """{[key]: value} and static fields: defines an enumerable own data property."""
    obj, key, value = args
    key = isolate.runtime.to_property_key(key)
    check_static_key(isolate, obj, key)
    if is_callable(isolate, value) and not isolate.shared_of(value).name:
        isolate.shared_of(value).name = key     # {[k]() {}} names its function k
    define_property(isolate, obj, key, value)
    return value


def define_accessor(isolate, args):
    """`get key() {}` / `set key(v) {}` in an object literal: enumerable, unlike a class's."""
    obj, key, fn, kind = args
    install_accessor(isolate, obj, isolate.runtime.to_property_key(key), fn, kind, 0)
    return UNDEFINED


def copy_data_properties(isolate, args):
    """{...source}: copies source's own enumerable properties (getters are read)."""
    target, source = args
    rt = isolate.runtime
    if source is UNDEFINED or source is NULL:
        return target
    if type(source) is str:
        for i, ch in enumerate(source):
            define_property(isolate, target, str(i), ch)
        return target
    if type(source) is not int:
        return target
    objects = isolate.objects
    m = objects.map_of(source)
    if m.instance_type == InstanceType.ARRAY:
        for i, v in enumerate(objects.array_items(source)):
            if v is not HOLE:
                define_property(isolate, target, str(i), v)
    s = string_value(isolate, source, m)
    if s is not None:
        copy_data_properties(isolate, [target, s])     # a String wrapper's indexes
    for key in objects.ordered_keys(source):
        if not m.attrs.get(key, 0) & ATTR_DONT_ENUM:
            define_property(isolate, target, key, rt.get_property(source, key))
    return target


def require_object_coercible(isolate, args):
    """The value being destructured with an object pattern may not be undefined or null."""
    value, first_key, text = args
    if value is UNDEFINED or value is NULL:
        # a hidden temporary (a parameter's pattern) has no source text: V8 describes the value
        what = describe_typed(isolate, value) if not text or text.startswith("%") else text
        if first_key:
            raise type_error(f"Cannot destructure property '{first_key}' of '{what}' as it is {value.name}.")
        raise type_error(f"Cannot destructure '{what}' as it is {value.name}.")
    return value


def to_property_key(isolate, args):
    return isolate.runtime.to_property_key(args[0])


def object_rest(isolate, args):
    """{a, ...rest} = source: a new object with source's other own enumerable properties."""
    source, excluded = args
    objects = isolate.objects
    rest = objects.new_object(objects.literal_root(0))
    copy_data_properties(isolate, [rest, source])
    for key in objects.array_items(excluded):
        objects.delete_own(rest, isolate.runtime.to_property_key(key))
    return rest


def iterator_value(isolate, args):
    """The next value for an array pattern: undefined once the iterator is done."""
    v = iterator_step(isolate, args)
    return UNDEFINED if v is HOLE else v


def iterator_rest(isolate, args):
    """`...rest` in an array pattern: what the iterator has left, as an array."""
    values = []
    while (v := iterator_step(isolate, args)) is not HOLE:
        values.append(v)
    return isolate.objects.new_array(values)


def for_in_has(isolate, args):
    """Whether a key for-in listed is still there when its turn comes."""
    obj, key = args
    if type(obj) is not int:
        return True
    return isolate.runtime.has_property(obj, key)


def get_iterator(isolate, args):
    """The hidden iterator of a for-of loop or an array pattern (objects/layout.py): over an
    array it steps through the elements natively, in the interpreter and in optimized code alike;
    over any other iterable it wraps the runtime's Python iterator (text: the source of the
    iterated expression, for the not-iterable error)."""
    value, text = args
    objects = isolate.objects
    if type(value) is int and objects.map_of(value).instance_type == InstanceType.ARRAY:
        return objects.new_for_of_iterator(value, True)
    source = isolate.runtime.iterate(value, text or None)
    it = objects.new_for_of_iterator(value, False)
    isolate.for_of_states[it] = source
    return it


def iterator_step(isolate, args):
    """The iterator's next value, or the hole when it is done. An array iterator reads the live
    length at each step, as JS's array iterator does."""
    it = args[0]
    heap = isolate.heap
    words = heap.words
    i = (it - heap.base) >> 3
    if words[i] != isolate.objects.array_for_of_map.id:
        return next(isolate.for_of_states[it], HOLE)
    arr = words[i + 2] & PAYLOAD_MASK
    k = words[i + 3] & LOW32
    objects = isolate.objects
    if k >= objects.array_length(arr):
        return HOLE
    words[i + 3] = INT32_BITS | (k + 1)
    return isolate.runtime.element(arr, k)


def is_done(isolate, args):
    return args[0] is HOLE


def spread_into(isolate, args):
    """Appends every value of an iterable to an array: `...x` in an array literal (text: the
    source of x, which V8's message names)."""
    arr, iterable, text = args
    return _append_all(isolate, arr, isolate.runtime.iterate(iterable, text or None))


def spread_arguments(isolate, args):
    """`...x` in a call's arguments. V8 words the not-iterable error by how the call was
    compiled: a lone final spread goes through CallWithSpread, any other through an array."""
    arr, iterable, final_only = args
    if final_only and not is_iterable(isolate, iterable):
        if iterable is UNDEFINED or iterable is NULL:
            raise type_error(f"{iterable.name} is not iterable (cannot read property {iterable.name})")
        raise type_error("Spread syntax requires ...iterable[Symbol.iterator] to be a function")
    check_iterable(isolate, iterable)
    return _append_all(isolate, arr, isolate.runtime.iterate(iterable))


def _append_all(isolate, arr: int, values) -> int:
    objects = isolate.objects
    n = objects.array_length(arr)
    for v in values:
        objects.set_element(arr, n, v)
        n += 1
    return arr


def call_spread(isolate, args):
    fn, this, arr = args
    return isolate.interpreter.call(fn, this, isolate.objects.array_items(arr))


def construct_spread(isolate, args):
    fn, arr = args
    return isolate.interpreter.construct(fn, isolate.objects.array_items(arr))


def append(isolate, args):
    arr, value = args
    isolate.objects.set_element(arr, isolate.objects.array_length(arr), value)
    return arr



# ---- private members (`o.#x`): hidden keys with V8's brand checks and messages ----------------


def _private_member(isolate, obj, key: str):
    """(map, slot value) of obj's private member `key`, or None when obj does not have it."""
    if type(obj) is not int:
        return None
    m = isolate.objects.map_of(obj)
    index = m.index.get(key)
    if index is None:
        return None
    return m, isolate.heap.load(isolate.objects.property_address(obj, m, index))


def _brand_error(key: str, reading: bool):
    name, _, kind, static, class_name = key.split("\0")
    if kind == "field":
        if reading:
            return type_error(f"Cannot read private member {name} from an object whose class did not declare it")
        return type_error(f"Cannot write private member {name} to an object whose class did not declare it")
    return type_error(f"Receiver must be class {class_name}" if static else
                      f"Receiver must be an instance of class {class_name}")


def private_get(isolate, args):
    obj, key = args
    found = _private_member(isolate, obj, key)
    if found is None:
        raise _brand_error(key, True)
    m, v = found
    if m.attrs.get(key, 0) & ATTR_ACCESSOR:
        getter = isolate.objects.accessor_getter(v)
        if getter is UNDEFINED:
            raise type_error(f"'{display_key(key)}' was defined without a getter")
        return isolate.interpreter.call(getter, obj, [])
    return v


def private_set(isolate, args):
    obj, key, value = args
    found = _private_member(isolate, obj, key)
    if found is None:
        raise _brand_error(key, False)
    m, v = found
    kind = key.split("\0")[2]
    if kind == "method":
        raise type_error(f"Private method '{display_key(key)}' is not writable")
    if kind == "accessor":
        setter = isolate.objects.accessor_setter(v)
        if setter is UNDEFINED:
            raise type_error(f"'{display_key(key)}' was defined without a setter")
        isolate.interpreter.call(setter, obj, [value])
        return value
    # written in place: a frozen object's private fields stay writable, as in JS
    isolate.heap.store(isolate.objects.property_address(obj, m, m.index[key]), value)
    return value


def private_in(isolate, args):
    obj, key = args
    if type(obj) is not int:
        raise type_error(f"Cannot use 'in' operator to search for '{display_key(key)}' in "
                         f"{describe(isolate, obj)}")
    return key in isolate.objects.map_of(obj).index


def template_object(isolate, args):
    """A tagged template's first argument (site id, cooked pieces, raw pieces): one frozen
    array per call site, whose frozen `raw` array is a non-enumerable property."""
    site, rest = args[0], args[1:]
    cached = isolate.template_objects.get(site)
    if cached is not None:
        return cached
    objects = isolate.objects
    n = len(rest) // 2
    strings, raw = objects.new_array(rest[:n]), objects.new_array(rest[n:])
    objects.prevent_extensions(raw, "frozen")
    objects.define_own(strings, "raw", raw, ATTR_DONT_ENUM)
    objects.prevent_extensions(strings, "frozen")
    isolate.template_objects[site] = strings
    return strings


def set_literal_prototype(isolate, args):
    """`{__proto__: v}`: v becomes the literal's prototype if it is an object or null."""
    obj, proto = args
    if proto is NULL or (type(proto) is int):
        isolate.set_prototype(obj, 0 if proto is NULL else proto)
    return obj

def bind_this(isolate, args):
    """(the `this` binding, the object super() returned): the object, unless `this` was
    already bound by an earlier super()."""
    binding, obj = args
    if binding is not HOLE:
        raise reference_error("Super constructor may only be called once")
    return obj


def map_arguments(isolate, args):
    """(arguments object, context, slot of each parameter or -1): a sloppy function's
    arguments object maps its indexes below both the argument and the parameter count to
    the parameters' context slots (runtime.Runtime.mapped_argument)."""
    obj, context, *slots = args
    n = min(len(slots), int(isolate.runtime.to_number(isolate.objects.get_own(obj, "length"))))
    isolate.objects.define_own(obj, PARAMETER_MAP_KEY, isolate.objects.new_array([context, *slots[:n]]),
                               ATTR_DONT_ENUM)
    return UNDEFINED


def throw_reference_error(isolate, args):
    """(message): a ReferenceError the bytecode set has no instruction for (`delete super.x`)."""
    raise reference_error(args[0])


INTRINSICS = (define_class, define_method, super_call, super_call_spread, super_get, to_string,
              delete_property, delete_property_strict, for_in_keys, get_iterator, iterator_step,
              is_done, spread_into, spread_arguments, append, call_spread, construct_spread, for_in_has,
              init_fields, private_get, private_set, private_in, template_object, set_literal_prototype,
              define_field, define_accessor, copy_data_properties, require_object_coercible,
              to_property_key, object_rest, iterator_value, iterator_rest, throw_reference_error,
              bind_this, map_arguments)
INTRINSIC_IDS = {fn.__name__: i for i, fn in enumerate(INTRINSICS)}
