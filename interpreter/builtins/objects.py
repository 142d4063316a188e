"""Object (the constructor, its static functions and Object.prototype's methods),
Function.prototype's call/apply/bind/toString, and JSON.

Place in the pipeline: a built-in library module, installed first by
builtins.install (the other modules' prototypes inherit from
Object.prototype, whose methods live here).

Property attributes: the maps know only "accessor" and "not enumerable".
Object.defineProperty therefore honours `enumerable`, `get` and `set`, but
`writable: false` and `configurable: false` are accepted and not enforced
(a later store overwrites the value); Object.freeze is exact (frozen maps).

JSON.parse follows V8's JsonParser token by token so that malformed input
raises the same SyntaxError message at the same position node reports
(positions count UTF-16 code units). JSON.stringify supports replacer
functions and arrays, indentation, toJSON, and V8's multi-line message for
circular structures.
"""
from __future__ import annotations

import math
import re

from interpreter.frontend.ast import is_private_key
from interpreter.errors import JSSyntaxError, JSThrow, type_error
from .strings import canonical, units
from .support import (
    arg,
    check_iterable,
    constructor,
    describe,
    function_source,
    is_callable,
    method,
    reorder,
    to_integer_or_infinity,
    to_string_tag_of,
)
from interpreter.objects.maps import ATTR_ACCESSOR, ATTR_DONT_ENUM, InstanceType
from interpreter.numbers.numconv import number_to_string
from interpreter.runtime import array_index
from interpreter.objects.values import HOLE, NULL, UNDEFINED, BigInt

ARRAY = InstanceType.ARRAY
FUNCTION = InstanceType.FUNCTION



def install(isolate) -> None:
    rt = isolate.runtime
    objects = isolate.objects
    call = isolate.interpreter.call
    object_proto = isolate.object_prototype
    # Objects whose Object.prototype.toString tag is not derived from their kind (Math, JSON).
    isolate.to_string_tags = tags = {}     # object -> its own Symbol.toStringTag (Math, Map.prototype)
    # (object, key) -> (writable, configurable) as Object.defineProperty declared them: the maps
    # cannot hold these attributes, so they are only reported (getOwnPropertyDescriptor).
    isolate.declared_attributes = declared = {}

    def is_object(v) -> bool:
        return type(v) is int

    def to_object(v, what: str = "Cannot convert undefined or null to object"):
        if v is UNDEFINED or v is NULL:
            raise type_error(what)
        return v

    def own_keys(obj, enumerable_only: bool = True) -> list[str]:
        """Own property keys in JS order (integer keys first); for primitives the string's indexes."""
        if type(obj) is str:
            return [str(i) for i in range(len(units(obj)))] + ([] if enumerable_only else ["length"])
        if type(obj) is not int:
            return []
        m = objects.map_of(obj)
        keys = []
        if m.instance_type == ARRAY:
            keys = [str(i) for i, v in enumerate(objects.array_items(obj)) if v is not HOLE]
            if not enumerable_only:
                keys.append("length")
        elif m.instance_type == FUNCTION and not enumerable_only:
            sfi = isolate.shared_of(obj)
            keys = ["length", "name"]
            if sfi.native is None and not (sfi.strict or sfi.is_arrow or sfi.is_method or sfi.class_kind):
                keys += ["arguments", "caller"]     # sloppy functions' poison-pill properties
            if rt.has_property(obj, "prototype"):
                keys.append("prototype")
            return keys + [k for k, _ in objects.own_entries(obj, False)
                           if k != "prototype" and not is_private_key(k)]
        return keys + [k for k, _ in objects.own_entries(obj, enumerable_only) if not is_private_key(k)]

    def has_own(obj, key: str) -> bool:
        if type(obj) is str:
            i = array_index(key)
            return key == "length" or (i is not None and i < len(units(obj)))
        if type(obj) is not int:
            return False
        m = objects.map_of(obj)
        if key in m.index:
            return True
        if m.instance_type == ARRAY:
            return key == "length" or (array_index(key) is not None and rt.has_property(obj, key))
        if m.instance_type == FUNCTION:
            return key in ("name", "length") or (key == "prototype" and rt.has_property(obj, key))
        return False

    def is_enumerable_own(obj, key: str) -> bool:
        if not has_own(obj, key):
            return False
        if type(obj) is str:
            return key != "length"
        m = objects.map_of(obj)
        if key in m.index:
            return not m.attrs.get(key, 0) & ATTR_DONT_ENUM
        return array_index(key) is not None

    # ---- Object ----

    def object_call(this, args):
        v = arg(args, 0)
        if v is UNDEFINED or v is NULL:
            return objects.new_object(objects.literal_root(0))
        return v    # primitives stay primitive: there are no wrapper objects

    object_ctor = constructor(isolate, "Object", object_call,
                              lambda args, new_target: object_call(UNDEFINED, args), 1, object_proto)

    def static(name: str, length: int = 1):
        def register(fn):
            method(isolate, object_ctor, name, fn, length)
            return fn
        return register

    @static("keys")
    def _(this, args):
        obj = to_object(arg(args, 0))
        return objects.new_array(own_keys(obj))

    @static("values")
    def _(this, args):
        obj = to_object(arg(args, 0))
        return objects.new_array([rt.get_property(obj, k) for k in own_keys(obj)])

    @static("entries")
    def _(this, args):
        obj = to_object(arg(args, 0))
        return objects.new_array([objects.new_array([k, rt.get_property(obj, k)]) for k in own_keys(obj)])

    @static("assign", 2)
    def _(this, args):
        target = to_object(arg(args, 0))
        for source in args[1:]:
            if source is UNDEFINED or source is NULL:
                continue
            for k in own_keys(source):
                rt.set_property(target, k, rt.get_property(source, k), True)
        return target

    @static("freeze")
    def _(this, args):
        v = arg(args, 0)
        if is_object(v):
            objects.freeze(v)
        return v

    @static("isFrozen")
    def _(this, args):
        v = arg(args, 0)
        return objects.map_of(v).frozen if is_object(v) else True

    @static("isExtensible")
    def _(this, args):
        v = arg(args, 0)
        return not objects.map_of(v).frozen if is_object(v) else False

    @static("is", 2)
    def _(this, args):
        a, b = arg(args, 0), arg(args, 1)
        if type(a) is float and type(b) is float:
            if a != a and b != b:
                return True
            return a == b and math.copysign(1.0, a) == math.copysign(1.0, b)
        return rt.strict_equals(a, b)

    @static("getPrototypeOf")
    def _(this, args):
        v = to_object(arg(args, 0))
        if type(v) is int:
            p = objects.map_of(v).prototype
            return p if p else NULL
        return rt.holder_of(v) or NULL

    def check_prototype(p):
        if not (is_object(p) or p is NULL):
            raise type_error(f"Object prototype may only be an Object or null: {describe_value(p)}")

    def describe_value(v) -> str:
        return describe(isolate, v) if not (type(v) is str) else v

    @static("setPrototypeOf", 2)
    def _(this, args):
        obj, p = arg(args, 0), arg(args, 1)
        if obj is UNDEFINED or obj is NULL:
            raise type_error("Object.setPrototypeOf called on null or undefined")
        check_prototype(p)
        if type(obj) is not int:
            return obj
        set_prototype(obj, 0 if p is NULL else p)
        return obj

    def set_prototype(obj: int, p: int) -> None:
        m = objects.map_of(obj)
        if m.prototype == p:
            return
        if m.frozen:
            raise type_error(f"{rt.describe_object(obj)} is not extensible")
        q = p
        while q:
            if q == obj:
                raise type_error("Cyclic __proto__ value")
            q = objects.map_of(q).prototype
        objects.set_prototype(obj, p)

    isolate.set_prototype = set_prototype

    def get_proto(this, args):
        this = to_object(this, "Object.prototype.__proto__ called on null or undefined")
        p = objects.map_of(this).prototype if type(this) is int else rt.holder_of(this)
        return p if p else NULL

    def set_proto(this, args):
        p = arg(args, 0)
        if type(this) is int and (is_object(p) or p is NULL):
            set_prototype(this, 0 if p is NULL else p)
        return UNDEFINED

    # Object.prototype.__proto__: the legacy accessor for an object's prototype
    objects.define_own(object_proto, "__proto__", objects.new_accessor_pair(
        isolate.new_native("get __proto__", get_proto), isolate.new_native("set __proto__", set_proto, 1)),
        ATTR_ACCESSOR | ATTR_DONT_ENUM)

    @static("create", 2)
    def _(this, args):
        p = arg(args, 0)
        check_prototype(p)
        obj = objects.new_object(objects.create_root(p if p is not NULL else 0))
        props = arg(args, 1)
        if props is not UNDEFINED:
            define_properties(obj, props)
        return obj

    def read_descriptor(desc) -> dict:
        if not is_object(desc):
            raise type_error(f"Property description must be an object: {describe_value(desc)}")
        d = {}
        for field in ("enumerable", "configurable", "value", "writable", "get", "set"):
            if rt.has_property(desc, field):
                d[field] = rt.get_property(desc, field)
        for field in ("get", "set"):
            if field in d and d[field] is not UNDEFINED and not is_callable(isolate, d[field]):
                raise type_error(f"{'Getter' if field == 'get' else 'Setter'} must be a function: "
                                 f"{describe_value(d[field])}")
        if ("get" in d or "set" in d) and ("value" in d or "writable" in d):
            raise type_error("Invalid property descriptor. Cannot both specify accessors and a value "
                             f"or writable attribute, {rt.describe_object(desc)}")
        return d

    def define_property(obj: int, key: str, d: dict) -> None:
        m = objects.map_of(obj)
        if m.instance_type == ARRAY and (array_index(key) is not None or key == "length"):
            # Array elements and length have no attribute slots: only the value applies.
            if "value" in d:
                rt.set_property(obj, key, d["value"], True)
            return
        exists = key in m.index
        if m.frozen and not exists:
            raise type_error(f"Cannot define property {key}, object is not extensible")
        old_attrs = m.attrs.get(key, 0) if exists else ATTR_DONT_ENUM
        writable, configurable = declared.get((obj, key), (True, True)) if exists else (False, False)
        if m.frozen:
            writable = configurable = False
        if exists and not configurable:
            check_redefinition(obj, key, d, old_attrs, writable)
            if m.frozen:
                return      # nothing may change, and nothing does
        if "writable" in d:
            writable = rt.to_boolean(d["writable"])
        if "configurable" in d:
            configurable = rt.to_boolean(d["configurable"])
        if writable and configurable:
            declared.pop((obj, key), None)
        else:
            declared[(obj, key)] = (writable, configurable)
        enumerable = rt.to_boolean(d["enumerable"]) if "enumerable" in d else not old_attrs & ATTR_DONT_ENUM
        attrs = 0 if enumerable else ATTR_DONT_ENUM
        if "get" in d or "set" in d:
            getter = setter = UNDEFINED
            if exists and old_attrs & ATTR_ACCESSOR:
                pair = objects.get_own(obj, key)
                getter, setter = objects.accessor_getter(pair), objects.accessor_setter(pair)
            getter = d.get("get", getter)
            setter = d.get("set", setter)
            objects.define_own(obj, key, objects.new_accessor_pair(getter, setter), attrs | ATTR_ACCESSOR)
            return
        if exists and not old_attrs & ATTR_ACCESSOR:
            value = d.get("value", objects.get_own(obj, key))
        else:
            value = d.get("value", UNDEFINED)
        objects.define_own(obj, key, value, attrs)

    def same_value(a, b) -> bool:
        if type(a) is float and type(b) is float:
            if a != a:
                return b != b
            return a == b and math.copysign(1.0, a) == math.copysign(1.0, b)
        return rt.strict_equals(a, b)

    def check_redefinition(obj: int, key: str, d: dict, old_attrs: int, writable: bool) -> None:
        """A non-configurable property may only be "redefined" to what it already is
        (ValidateAndApplyPropertyDescriptor), or have its value changed while writable."""
        is_accessor = bool(old_attrs & ATTR_ACCESSOR)
        current = objects.get_own(obj, key)
        ok = not rt.to_boolean(d.get("configurable", False))
        if "enumerable" in d and rt.to_boolean(d["enumerable"]) != (not old_attrs & ATTR_DONT_ENUM):
            ok = False
        if is_accessor:
            if "value" in d or "writable" in d:
                ok = False
            if "get" in d and not same_value(d["get"], objects.accessor_getter(current)):
                ok = False
            if "set" in d and not same_value(d["set"], objects.accessor_setter(current)):
                ok = False
        else:
            if "get" in d or "set" in d:
                ok = False
            if not writable and (rt.to_boolean(d.get("writable", False)) or
                                 ("value" in d and not same_value(d["value"], current))):
                ok = False
        if not ok:
            raise type_error(f"Cannot redefine property: {key}")

    def define_properties(obj: int, props) -> None:
        props = to_object(props)
        descriptors = [(k, read_descriptor(rt.get_property(props, k))) for k in own_keys(props)]
        for k, d in descriptors:
            define_property(obj, k, d)

    @static("defineProperty", 3)
    def _(this, args):
        obj = arg(args, 0)
        if not is_object(obj):
            raise type_error("Object.defineProperty called on non-object")
        key = rt.to_property_key(arg(args, 1))
        define_property(obj, key, read_descriptor(arg(args, 2)))
        return obj

    @static("defineProperties", 2)
    def _(this, args):
        obj = arg(args, 0)
        if not is_object(obj):
            raise type_error("Object.defineProperties called on non-object")
        define_properties(obj, arg(args, 1))
        return obj

    @static("getOwnPropertyNames")
    def _(this, args):
        return objects.new_array(own_keys(to_object(arg(args, 0)), enumerable_only=False))

    @static("getOwnPropertyDescriptor", 2)
    def _(this, args):
        obj = to_object(arg(args, 0))
        key = rt.to_property_key(arg(args, 1))
        if not has_own(obj, key):
            return UNDEFINED
        desc = objects.new_object(objects.literal_root(4))
        if type(obj) is str:
            # A string's indexes and length: read-only and fixed.
            writable = configurable = False
            m = None
        else:
            m = objects.map_of(obj)
            writable, configurable = declared.get((obj, key), (True, True))
            if key not in m.index and m.instance_type == FUNCTION:
                # name and length are read-only but configurable; prototype the opposite.
                writable, configurable = key == "prototype", key != "prototype"
            elif key == "length" and m.instance_type == ARRAY:
                configurable = False
            if m.frozen:
                writable = configurable = False
        if m is not None and key in m.index and m.attrs.get(key, 0) & ATTR_ACCESSOR:
            pair = objects.get_own(obj, key)
            objects.set_own(desc, "get", objects.accessor_getter(pair))
            objects.set_own(desc, "set", objects.accessor_setter(pair))
        else:
            objects.set_own(desc, "value", rt.get_property(obj, key))
            objects.set_own(desc, "writable", writable)
        objects.set_own(desc, "enumerable", is_enumerable_own(obj, key))
        objects.set_own(desc, "configurable", configurable)
        return desc

    @static("getOwnPropertyDescriptors")
    def _(this, args):
        obj = to_object(arg(args, 0))
        get_descriptor = rt.get_property(object_ctor, "getOwnPropertyDescriptor")
        out = objects.new_object(objects.literal_root(0))
        for k in own_keys(obj, enumerable_only=False):
            objects.set_own(out, k, call(get_descriptor, UNDEFINED, [obj, k]))
        return out

    @static("hasOwn", 2)
    def _(this, args):
        return has_own(to_object(arg(args, 0)), rt.to_property_key(arg(args, 1)))

    @static("fromEntries")
    def _(this, args):
        source = arg(args, 0)
        if source is UNDEFINED or source is NULL:
            raise type_error("undefined is not iterable")     # V8 says undefined for null too
        check_iterable(isolate, source)
        obj = objects.new_object(objects.literal_root(0))
        for entry in rt.iterate(source):
            if not is_object(entry):
                raise type_error(f"Iterator value {describe_value(entry)} is not an entry object")
            rt.set_property(obj, rt.to_property_key(rt.get_keyed(entry, 0.0)), rt.get_keyed(entry, 1.0))
        return obj

    # ---- Object.prototype ----

    def proto_method(name: str, length: int = 0):
        def register(fn):
            method(isolate, object_proto, name, fn, length)
            return fn
        return register

    @proto_method("hasOwnProperty", 1)
    def _(this, args):
        key = rt.to_property_key(arg(args, 0))
        return has_own(to_object(this), key)

    @proto_method("propertyIsEnumerable", 1)
    def _(this, args):
        key = rt.to_property_key(arg(args, 0))
        return is_enumerable_own(to_object(this), key)

    @proto_method("isPrototypeOf", 1)
    def _(this, args):
        v = arg(args, 0)
        if not is_object(v):
            return False
        this = to_object(this)
        p = objects.map_of(v).prototype
        while p:
            if p == this:
                return True
            p = objects.map_of(p).prototype
        return False

    def to_string_tag(v) -> str:
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
        it = objects.map_of(v).instance_type
        if it == ARRAY:
            return "Array"
        from .errors import is_error
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
        return "Object"

    @proto_method("toString")
    def _(this, args):
        return f"[object {to_string_tag(this)}]"

    @proto_method("toLocaleString")
    def _(this, args):
        return call(rt.get_property(to_object(this), "toString"), this, [])

    @proto_method("valueOf")
    def _(this, args):
        return to_object(this)

    # ---- Function.prototype ----

    fn_proto = isolate.function_prototype

    def this_function(this, name: str) -> int:
        if not is_callable(isolate, this):
            # V8 words each differently (call/apply name the call expression, which a
            # built-in cannot know: "x.call is not a function").
            if name == "bind":
                raise type_error("Bind must be called on a function")
            if name == "toString":
                raise type_error("Function.prototype.toString requires that 'this' be a Function")
            raise type_error(f"Function.prototype.{name} is not a function")
        return this

    def fn_call(this, args):
        return call(this_function(this, "call"), arg(args, 0), list(args[1:]))

    def fn_apply(this, args):
        fn = this_function(this, "apply")
        array_like = arg(args, 1)
        if array_like is UNDEFINED or array_like is NULL:
            return call(fn, arg(args, 0), [])
        if not is_object(array_like):
            raise type_error("CreateListFromArrayLike called on non-object")
        if objects.map_of(array_like).instance_type == ARRAY:
            items = [UNDEFINED if v is HOLE else v for v in objects.array_items(array_like)]
        else:
            n = int(max(to_integer_or_infinity(rt, rt.get_property(array_like, "length")), 0))
            items = [rt.get_property(array_like, str(i)) for i in range(n)]
        return call(fn, arg(args, 0), items)

    def fn_bind(this, args):
        target = this_function(this, "bind")
        bound_this = arg(args, 0)
        bound_args = list(args[1:])
        sfi = isolate.shared_of(target)
        name = rt.get_property(target, "name")
        name = name if type(name) is str else ""
        length = max(0, int(rt.to_number(rt.get_property(target, "length"))) - len(bound_args))

        def bound_call(this, args):
            return call(target, bound_this, bound_args + list(args))

        def bound_construct(args, new_target):
            return isolate.interpreter.construct(target, bound_args + list(args))
        construct = bound_construct if sfi.native is None or sfi.native_construct is not None else None
        return isolate.new_native(f"bound {name}", bound_call, length, construct=construct)

    def fn_to_string(this, args):
        fn = this_function(this, "toString")
        return function_source(isolate, fn)

    def make_function(args):
        """new Function(p1, ..., body): the text compiled as a function expression, as a
        script of its own (its closure sees only globals, like node's)."""
        texts = [rt.to_string(a) for a in args]
        params, body = ",".join(texts[:-1]), texts[-1] if texts else ""
        source = f"(function anonymous({params}\n) {{\n{body}\n}})"
        try:
            script = isolate.compile(source)
        except JSSyntaxError as e:
            raise JSThrow("SyntaxError", e.message) from None
        # The script's one function expression; a script-level closure has no context.
        return objects.new_function(script.inner[0].id, 0)

    constructor(isolate, "Function", lambda this, args: make_function(args),
                lambda args, new_target: make_function(args), 1, fn_proto)
    method(isolate, fn_proto, "call", fn_call, 1)
    method(isolate, fn_proto, "apply", fn_apply, 2)
    method(isolate, fn_proto, "bind", fn_bind, 1)
    method(isolate, fn_proto, "toString", fn_to_string)

    reorder(isolate, object_proto, "constructor hasOwnProperty isPrototypeOf propertyIsEnumerable toString valueOf "
                                   "toLocaleString")
    reorder(isolate, object_ctor, """assign getOwnPropertyDescriptor getOwnPropertyDescriptors getOwnPropertyNames
        hasOwn is create defineProperties defineProperty freeze getPrototypeOf isExtensible isFrozen keys entries
        fromEntries values""")

    # ---- JSON ----

    json = objects.new_object(objects.literal_root(0))
    tags[json] = "JSON"
    method(isolate, json, "parse", lambda this, args: json_parse(isolate, args), 2)
    method(isolate, json, "stringify", lambda this, args: json_stringify(isolate, args), 3)
    isolate.define_global("JSON", json)


# ---- JSON.parse ----------------------------------------------------------------------------

_JSON_WS = " \t\n\r"
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_HEX = "0123456789abcdefABCDEF"
_SPECIAL_SOURCES = ("NaN", "Infinity", "undefined", "[object Object]")


class JsonParser:
    """JSON text (as UTF-16 code units) to JS values; errors as V8 words them."""

    def __init__(self, isolate, text: str):
        self.objects = isolate.objects
        self.source = text
        self.s = units(text)
        self.n = len(self.s)
        self.pos = 0

    # -- errors --

    def fail(self, message: str):
        raise JSThrow("SyntaxError", f"{message} in JSON at position {self.pos}")

    def unexpected(self):
        """The current character cannot start or continue anything here (V8's
        ReportUnexpectedToken with no specific message)."""
        if self.pos >= self.n:
            raise JSThrow("SyntaxError", "Unexpected end of JSON input")
        c = self.s[self.pos]
        if c == '"':
            self.fail("Unexpected string")
        if c == "-" or "0" <= c <= "9":
            self.fail("Unexpected number")
        if self.source in _SPECIAL_SOURCES:
            raise JSThrow("SyntaxError", f'"{self.source}" is not valid JSON')
        pos, n, s = self.pos, self.n, self.s
        token = canonical(c)
        # Short texts are quoted whole; longer ones as ten units either side of the error.
        if n <= 21:
            context = f'"{self.source}"'
        elif pos < 10:
            context = f'"{canonical(s[:pos + 10])}"...'
        elif pos < n - 10:
            context = f'..."{canonical(s[pos - 10:pos + 10])}"...'
        else:
            context = f'..."{canonical(s[pos - 10:])}"'
        raise JSThrow("SyntaxError", f"Unexpected token '{token}', {context} is not valid JSON")

    # -- tokens --

    def skip_ws(self) -> None:
        s, n, pos = self.s, self.n, self.pos
        while pos < n and s[pos] in _JSON_WS:
            pos += 1
        self.pos = pos

    def check(self, c: str) -> bool:
        self.skip_ws()
        if self.pos < self.n and self.s[self.pos] == c:
            self.pos += 1
            return True
        return False

    def expect(self, c: str, message: str) -> None:
        self.skip_ws()
        if self.pos < self.n and self.s[self.pos] == c:
            self.pos += 1
            return
        self.fail(message)

    # -- values --

    def parse(self):
        value = self.value()
        self.skip_ws()
        if self.pos < self.n:
            raise JSThrow("SyntaxError", f"Unexpected non-whitespace character after JSON at position {self.pos}")
        return value

    def value(self):
        self.skip_ws()
        if self.pos >= self.n:
            self.unexpected()
        c = self.s[self.pos]
        if c == '"':
            self.pos += 1
            return self.string()
        if c == "-" or "0" <= c <= "9":
            return self.number()
        if c == "{":
            return self.object()
        if c == "[":
            return self.array()
        if c == "t":
            return self.literal("true", True)
        if c == "f":
            return self.literal("false", False)
        if c == "n":
            return self.literal("null", NULL)
        self.unexpected()

    def literal(self, word: str, value):
        s, pos = self.s, self.pos
        if s.startswith(word, pos):
            self.pos = pos + len(word)
            return value
        # Find the first character that differs; running out of text is "end of input".
        self.pos += 1
        for expected in word[1:]:
            if self.pos >= self.n:
                break
            if s[self.pos] != expected:
                self.unexpected()
            self.pos += 1
        raise JSThrow("SyntaxError", "Unexpected end of JSON input")

    def number(self) -> float:
        s, n = self.s, self.n
        start = self.pos

        def digits():
            while self.pos < n and "0" <= s[self.pos] <= "9":
                self.pos += 1

        if s[self.pos] == "-":
            self.pos += 1
            if self.pos >= n or not "0" <= s[self.pos] <= "9":
                self.fail("No number after minus sign")
        if s[self.pos] == "0":
            self.pos += 1
            if self.pos < n and "0" <= s[self.pos] <= "9":
                self.fail("Unexpected number")
        else:
            digits()
        if self.pos < n and s[self.pos] == ".":
            self.pos += 1
            if self.pos >= n or not "0" <= s[self.pos] <= "9":
                self.fail("Unterminated fractional number")
            digits()
        if self.pos < n and s[self.pos] in "eE":
            self.pos += 1
            if self.pos < n and s[self.pos] in "+-":
                self.pos += 1
            if self.pos >= n or not "0" <= s[self.pos] <= "9":
                self.fail("Exponent part is missing a number")
            digits()
        return float(s[start:self.pos])

    def string(self) -> str:
        """The rest of a string literal (the opening quote consumed)."""
        s, n = self.s, self.n
        out = []
        run = self.pos
        while True:
            if self.pos >= n:
                self.fail("Unterminated string")
            c = s[self.pos]
            if c == '"':
                out.append(s[run:self.pos])
                self.pos += 1
                return canonical("".join(out))
            if c == "\\":
                out.append(s[run:self.pos])
                self.pos += 1
                if self.pos >= n:
                    raise JSThrow("SyntaxError", "Unexpected end of JSON input")
                e = s[self.pos]
                if e in _ESCAPES:
                    out.append(_ESCAPES[e])
                    self.pos += 1
                elif e == "u":
                    for k in range(1, 5):
                        if self.pos + k >= n or s[self.pos + k] not in _HEX:
                            self.pos += k
                            self.fail("Bad Unicode escape")
                    out.append(chr(int(s[self.pos + 1:self.pos + 5], 16)))
                    self.pos += 5
                else:
                    self.fail("Bad escaped character")
                run = self.pos
                continue
            if c < " ":
                self.fail("Bad control character in string literal")
            self.pos += 1

    def object(self) -> int:
        self.pos += 1
        entries = []
        if not self.check("}"):
            self.expect('"', "Expected property name or '}'")
            while True:
                key = self.string()
                self.expect(":", "Expected ':' after property name")
                entries.append((key, self.value()))
                if self.check(","):
                    self.expect('"', "Expected double-quoted property name")
                    continue
                self.expect("}", "Expected ',' or '}' after property value")
                break
        objects = self.objects
        obj = objects.new_object(objects.literal_root(len(entries)))
        for k, v in entries:
            objects.set_own(obj, k, v)     # a repeated key keeps its first position, last value
        return obj

    def array(self) -> int:
        self.pos += 1
        items = []
        if not self.check("]"):
            while True:
                items.append(self.value())
                if self.check(","):
                    continue
                self.expect("]", "Expected ',' or ']' after array element")
                break
        return self.objects.new_array(items)


def json_parse(isolate, args):
    rt = isolate.runtime
    text = rt.to_string(arg(args, 0))
    value = JsonParser(isolate, text).parse()
    reviver = arg(args, 1)
    if not is_callable(isolate, reviver):
        return value
    objects = isolate.objects
    call = isolate.interpreter.call

    def internalize(holder: int, name: str):
        val = rt.get_property(holder, name)
        if type(val) is int:
            if objects.map_of(val).instance_type == ARRAY:
                keys = [str(i) for i in range(objects.array_length(val))]
            else:
                keys = [k for k, _ in objects.own_entries(val)]
            for k in keys:
                new = internalize(val, k)
                if new is UNDEFINED:
                    rt.delete_property(val, k)
                else:
                    rt.set_property(val, k, new)
        return call(reviver, holder, [name, val])

    root = objects.new_object(objects.literal_root(1))
    objects.set_own(root, "", value)
    return internalize(root, "")


# ---- JSON.stringify --------------------------------------------------------------------------

_QUOTE_ESCAPE = re.compile('[\ud800-\udbff][\udc00-\udfff]|["\\\\\x00-\x1f\ud800-\udfff]')
_QUOTE_NAMED = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _quote_one(m: re.Match) -> str:
    c = m.group()
    if len(c) == 2:
        return canonical(c)        # a well-formed pair held as two surrogates
    return _QUOTE_NAMED.get(c) or f"\\u{ord(c):04x}"


def json_quote(s: str) -> str:
    return '"' + _QUOTE_ESCAPE.sub(_quote_one, s) + '"'


def json_stringify(isolate, args):
    rt = isolate.runtime
    objects = isolate.objects
    call = isolate.interpreter.call
    value, replacer, space = arg(args, 0), arg(args, 1), arg(args, 2)

    replacer_fn = None
    allowed = None
    if is_callable(isolate, replacer):
        replacer_fn = replacer
    elif type(replacer) is int and objects.map_of(replacer).instance_type == ARRAY:
        allowed = []
        for v in objects.array_items(replacer):
            if type(v) is str or type(v) is float:
                k = rt.to_string(v)
                if k not in allowed:
                    allowed.append(k)

    if type(space) is float:
        gap = " " * int(min(10, max(0, to_integer_or_infinity(rt, space))))
    elif type(space) is str:
        gap = space[:10]
    else:
        gap = ""

    stack: list[tuple[object, int]] = []    # (key it was reached by, object) of the objects being written

    def circular_error(obj: int, closing_key):
        from .bootstrap import constructor_name

        def ctor(o):
            return constructor_name(isolate, o, objects.map_of(o)) or "Object"

        def key_text(k):
            return f"index {k}" if type(k) is int else (f"property '{k}'" if k else "<anonymous>")

        start = next(i for i, (_, o) in enumerate(stack) if o == obj)
        lines = [f"\n    --> starting at object with constructor '{ctor(obj)}'"]
        chain = stack[start + 1:]
        # Two lines after the start, an ellipsis, and the last line before the closing one.
        shown = chain if len(chain) <= 3 else chain[:2] + [None] + chain[-1:]
        for entry in shown:
            if entry is None:
                lines.append("\n    |     ...")
            else:
                lines.append(f"\n    |     {key_text(entry[0])} -> object with constructor '{ctor(entry[1])}'")
        lines.append(f"\n    --- {key_text(closing_key)} closes the circle")
        return type_error("Converting circular structure to JSON" + "".join(lines))

    def serialize(holder, key, value, indent: str, key_for_stack):
        if type(value) is int or type(value) is BigInt:
            to_json = rt.get_property(value, "toJSON")
            if is_callable(isolate, to_json):
                value = call(to_json, value, [key])
        if replacer_fn is not None:
            value = call(replacer_fn, holder, [key, value])
        t = type(value)
        if t is str:
            return json_quote(value)
        if t is float:
            return number_to_string(value) if value - value == 0 else "null"
        if t is bool:
            return "true" if value else "false"
        if value is NULL:
            return "null"
        if t is BigInt:
            raise type_error("Do not know how to serialize a BigInt")
        if t is not int:
            return None
        m = objects.map_of(value)
        if m.instance_type == FUNCTION:
            return None
        if any(o == value for _, o in stack):
            raise circular_error(value, key_for_stack)
        stack.append((key_for_stack, value))
        try:
            inner = indent + gap
            parts = []
            if m.instance_type == ARRAY:
                for i in range(objects.array_length(value)):
                    text = serialize(value, str(i), objects.get_element(value, i), inner, i)
                    parts.append("null" if text is None else text)
                open_, close = "[", "]"
            else:
                keys = allowed if allowed is not None else [k for k, _ in objects.own_entries(value)]
                for k in keys:
                    text = serialize(value, k, rt.get_property(value, k), inner, k)
                    if text is not None:
                        parts.append(json_quote(k) + (": " if gap else ":") + text)
                open_, close = "{", "}"
            if not parts:
                return open_ + close
            if not gap:
                return open_ + ",".join(parts) + close
            return f"{open_}\n{inner}" + f",\n{inner}".join(parts) + f"\n{indent}{close}"
        finally:
            stack.pop()

    holder = UNDEFINED
    if replacer_fn is not None:
        holder = objects.new_object(objects.literal_root(1))
        objects.set_own(holder, "", value)
    text = serialize(holder, "", value, "", "")
    return UNDEFINED if text is None else text

