"""ECMAScript's abstract operations on interpreter values: conversions, operators, generic property access.

These are the slow paths. The interpreter calls them when its fast paths (both
operands numbers, an inline-cache hit) do not apply, and optimized code reaches
them through runtime entries. Values are the interpreter's Python
representation (values.py).
"""
from __future__ import annotations

import math

from interpreter.numbers import bigint, ieee754
from interpreter.numbers.numconv import number_to_string, string_to_number, to_int32, to_uint32
from interpreter.objects.layout import CONTEXT_HEADER_WORDS
from interpreter.objects.maps import (ATTR_ACCESSOR, ATTR_DONT_DELETE, ATTR_DONT_ENUM, ATTR_READ_ONLY, ElementsKind,
                                      InstanceType)
from interpreter.objects.values import HOLE, NULL, UNDEFINED, BigInt, Oddball

from .errors import syntax_error, type_error
from .primitive_wrappers import string_value, wrap

# A Date object's [[DateValue]] (builtins/date.py), hidden as a wrapper's primitive is.
DATE_VALUE_KEY = "\0[[DateValue]]"
# A mapped arguments object's [[ParameterMap]]: an array [context, slot of index 0, slot of
# index 1...] (-1: unmapped), made by the map_arguments intrinsic.
PARAMETER_MAP_KEY = "\0[[ParameterMap]]"

NAN = float("nan")
INF = float("inf")


class Runtime:
    def __init__(self, isolate):
        self.isolate = isolate
        self.heap = isolate.heap
        self.objects = isolate.objects

    # ---- conversions ------------------------------------------------------------------

    def instance_type(self, addr: int) -> InstanceType:
        return self.objects.map_of(addr).instance_type

    def to_boolean(self, v) -> bool:
        t = type(v)
        if t is bool:
            return v
        if t is float:
            return not (v == 0.0 or v != v)
        if t is str:
            return v != ""
        if t is int:
            return True
        if t is BigInt:
            return v.value != 0
        return False

    def to_primitive(self, v, hint: str = "default"):
        """ToPrimitive: valueOf then toString (toString first for hint "string"), as JS calls
        them, including a class's own toString()."""
        if type(v) is not int:
            return v
        if hint == "default" and DATE_VALUE_KEY in self.objects.map_of(v).index:
            hint = "string"     # Date.prototype[Symbol.toPrimitive]: a Date is its text by default
        interp = self.isolate.interpreter
        for name in (("toString", "valueOf") if hint == "string" else ("valueOf", "toString")):
            f = self.get_property(v, name)
            if type(f) is int and self.instance_type(f) == InstanceType.FUNCTION:
                r = interp.call(f, v, [])
                if type(r) is not int:
                    return r
            elif f is UNDEFINED:
                continue
        if self.lookup(self.isolate.object_prototype, "toString") is None:
            return self.default_primitive(v)   # while the library is installed, before Object.prototype.toString
        raise type_error("Cannot convert object to primitive value")

    def default_primitive(self, v) -> str:
        it = self.instance_type(v)
        if it == InstanceType.ARRAY:
            return self.array_join(v)
        if it == InstanceType.FUNCTION:
            from interpreter.builtins.support import function_source
            return function_source(self.isolate, v)
        return "[object Object]"

    def array_join(self, addr: int, sep: str = ",") -> str:
        items = self.objects.array_items(addr)
        items = [self.element(addr, i) if x is HOLE else x for i, x in enumerate(items)]
        return sep.join("" if x is UNDEFINED or x is NULL else self.to_string(x) for x in items)

    def to_number(self, v) -> float:
        t = type(v)
        if t is float:
            return v
        if t is str:
            return string_to_number(v)
        if t is bool:
            return 1.0 if v else 0.0
        if v is UNDEFINED:
            return NAN
        if v is NULL:
            return 0.0
        if t is int:
            return self.to_number(self.to_primitive(v, "number"))
        if t is BigInt:
            raise type_error("Cannot convert a BigInt value to a number")
        return NAN

    def to_numeric(self, v):
        """ToNumeric: a number, or a BigInt as itself."""
        t = type(v)
        if t is float or t is BigInt:
            return v
        if t is int:
            v = self.to_primitive(v, "number")
            if type(v) is BigInt:
                return v
        return self.to_number(v)

    def to_bigint(self, v) -> BigInt:
        """ToBigInt (BigInt.asIntN's operand): no numbers, strings parsed as integer literals."""
        v = self.to_primitive(v, "number")
        t = type(v)
        if t is BigInt:
            return v
        if t is bool:
            return BigInt(int(v))
        if t is str:
            n = bigint.string_to_bigint(v)
            if n is None:
                raise syntax_error(f"Cannot convert {v} to a BigInt")
            return BigInt(n)
        if t is float:
            raise type_error(f"Cannot convert {number_to_string(v)} to a BigInt")
        raise type_error(f"Cannot convert {v.name} to a BigInt")

    def to_string(self, v) -> str:
        t = type(v)
        if t is str:
            return v
        if t is float:
            return number_to_string(v)
        if t is bool:
            return "true" if v else "false"
        if t is int:
            return self.to_string(self.to_primitive(v, "string"))
        if t is BigInt:
            return str(v.value)
        return v.name  # undefined / null

    def to_object(self, v) -> int:
        """ToObject: an object as itself, a primitive in a new wrapper (primitive_wrappers.py)."""
        if type(v) is int:
            return v
        if v is UNDEFINED or v is NULL:
            raise type_error("Cannot convert undefined or null to object")
        return wrap(self.isolate, v)

    def to_property_key(self, v) -> str:
        return v if type(v) is str else self.to_string(v)

    def typeof(self, v) -> str:
        t = type(v)
        if t is float:
            return "number"
        if t is str:
            return "string"
        if t is bool:
            return "boolean"
        if t is int:
            return "function" if self.instance_type(v) == InstanceType.FUNCTION else "object"
        if t is BigInt:
            return "bigint"
        return "object" if v is NULL else "undefined"

    # ---- operators -------------------------------------------------------------------------

    def add(self, a, b):
        ta, tb = type(a), type(b)
        if ta is float and tb is float:
            return a + b
        if ta is str and (tb is str or tb is float):       # the common concatenations first
            return concat(a, b if tb is str else number_to_string(b))
        if tb is str and ta is float:
            return concat(number_to_string(a), b)
        a = self.to_primitive(a)
        b = self.to_primitive(b)
        if type(a) is str or type(b) is str:
            return concat(self.to_string(a), self.to_string(b))
        return self.arith("+", a, b)

    def arith(self, op: str, a, b):
        """a OP b for every binary operator but `+`'s string concatenation."""
        if type(a) is not float:
            a = self.to_numeric(a)
        if type(b) is not float:
            b = self.to_numeric(b)
        if type(a) is BigInt or type(b) is BigInt:
            if type(a) is not type(b):
                raise type_error(bigint.MIX_ERROR)
            return BigInt(bigint.binary(op, a.value, b.value))
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "/":
            return div(a, b)
        if op == "%":
            return mod(a, b)
        if op == "**":
            return power(a, b)
        ia = to_int32(a)
        if op == "|":
            return float(to_int32(float(ia | to_int32(b))))
        if op == "&":
            return float(ia & to_int32(b))
        if op == "^":
            return float(ia ^ to_int32(b))
        shift = to_uint32(b) & 31
        if op == "<<":
            return float(to_int32(float((ia << shift) & 0xFFFF_FFFF)))
        if op == ">>":
            return float(ia >> shift)
        if op == ">>>":
            return float(to_uint32(a) >> shift)
        raise AssertionError(op)

    def strict_equals(self, a, b) -> bool:
        if type(a) is not type(b):
            return False
        return a == b if type(a) is not Oddball else a is b

    def unary(self, op: str, v):
        """The numeric unary operators: "inc", "dec", "-", "~", "numeric" (ToNumeric: the old value
        of x++) and "+" (ToNumber, which a BigInt fails)."""
        v = self.to_number(v) if op == "+" else self.to_numeric(v)
        if type(v) is BigInt:
            return v if op == "numeric" else BigInt(bigint.unary(op, v.value))
        if op == "inc":
            return v + 1.0
        if op == "dec":
            return v - 1.0
        if op == "-":
            return -v
        if op == "~":
            return float(~to_int32(v))
        return v

    def loose_equals(self, a, b) -> bool:
        ta, tb = type(a), type(b)
        a_nullish = a is UNDEFINED or a is NULL
        b_nullish = b is UNDEFINED or b is NULL
        if a_nullish or b_nullish:
            return a_nullish and b_nullish
        if ta is tb:
            return self.strict_equals(a, b)
        if ta is float and tb is str:
            return a == string_to_number(b)
        if ta is str and tb is float:
            return string_to_number(a) == b
        if ta is BigInt or tb is BigInt:
            if ta is BigInt and tb is BigInt:
                return a == b
            if ta is BigInt and (tb is float or tb is str):
                return self.bigint_equals(a, b)
            if tb is BigInt and (ta is float or ta is str):
                return self.bigint_equals(b, a)
        if ta is bool:
            return self.loose_equals(1.0 if a else 0.0, b)
        if tb is bool:
            return self.loose_equals(a, 1.0 if b else 0.0)
        if ta is int and tb is not int:
            return self.loose_equals(self.to_primitive(a), b)
        if tb is int and ta is not int:
            return self.loose_equals(a, self.to_primitive(b))
        return False

    @staticmethod
    def bigint_equals(a: BigInt, b) -> bool:
        if type(b) is str:
            n = bigint.string_to_bigint(b)
            return n is not None and n == a.value
        return bigint.compare_with_number(a.value, b) == 0

    def less_than(self, a, b, left_first: bool = True):
        """Abstract relational comparison a < b: True, False, or None for undefined (NaN)."""
        if left_first:
            a = self.to_primitive(a, "number")
            b = self.to_primitive(b, "number")
        else:
            b = self.to_primitive(b, "number")
            a = self.to_primitive(a, "number")
        if type(a) is str and type(b) is str:
            if a.isascii() and b.isascii():
                return a < b
            return utf16_units(a) < utf16_units(b)
        if type(a) is BigInt and type(b) is str:
            n = bigint.string_to_bigint(b)
            return None if n is None else a.value < n
        if type(a) is str and type(b) is BigInt:
            n = bigint.string_to_bigint(a)
            return None if n is None else n < b.value
        x, y = self.to_numeric(a), self.to_numeric(b)
        if type(x) is BigInt:
            if type(y) is BigInt:
                return x.value < y.value
            c = bigint.compare_with_number(x.value, y)
            return None if c is None else c < 0
        if type(y) is BigInt:
            c = bigint.compare_with_number(y.value, x)
            return None if c is None else c > 0
        if x != x or y != y:
            return None
        return x < y

    def compare(self, op: str, a, b) -> bool:
        if type(a) is float and type(b) is float:
            if op == "<":
                return a < b
            if op == ">":
                return a > b
            if op == "<=":
                return a <= b
            return a >= b
        if op == "<":
            return self.less_than(a, b) is True
        if op == ">":
            return self.less_than(b, a, left_first=False) is True
        if op == "<=":
            r = self.less_than(b, a, left_first=False)
            return r is False
        r = self.less_than(a, b)
        return r is False

    # ---- properties ---------------------------------------------------------------------------

    def holder_of(self, obj):
        """Where a property lookup on obj starts: the object itself, or a primitive's prototype."""
        t = type(obj)
        if t is int:
            return obj
        iso = self.isolate
        if t is str:
            return iso.string_prototype
        if t is float:
            return iso.number_prototype
        if t is bool:
            return iso.boolean_prototype
        if t is BigInt:
            return iso.bigint_prototype
        return 0

    def lookup(self, holder: int, key: str):
        """Walks the prototype chain from holder: (object, map, slot value) of the first object
        with `key` as own named property, or None."""
        objects = self.objects
        while holder:
            m = objects.map_of(holder)
            index = m.index.get(key)
            if index is not None:
                return holder, m, self.heap.load(objects.property_address(holder, m, index))
            holder = m.prototype
        return None

    def inherited_element(self, holder: int, key: str, receiver):
        """Index `key` looked up the prototype chain from `holder` (0: null), or HOLE: what a
        hole of an array reads (an accessor is called with `receiver`). Only read at a hole, so
        arrays whose prototypes have no elements pay nothing more than the lookup."""
        objects = self.objects
        while holder:
            m = objects.map_of(holder)
            if m.instance_type == InstanceType.ARRAY:
                i = array_index(key)
                if i is not None:
                    v = objects.own_element(holder, i)
                    if v is not HOLE:
                        if objects.element_attrs(holder, i) & ATTR_ACCESSOR:
                            return self.call_getter(v, receiver)
                        return v
            index = m.index.get(key)
            if index is not None:
                v = self.heap.load(objects.property_address(holder, m, index))
                if m.attrs and m.attrs.get(key, 0) & ATTR_ACCESSOR:
                    return self.call_getter(v, receiver)
                return v
            holder = m.prototype
        return HOLE

    def inherited_index_property(self, holder: int, key: str, i: int):
        """(attributes, value) of index property `key` (= i) on the prototype chain from holder,
        or None: what a write to a missing element finds there (a setter is called, a read-only
        one refuses the write), and what `in` answers for a hole."""
        objects = self.objects
        while holder:
            m = objects.map_of(holder)
            if m.instance_type == InstanceType.ARRAY:
                v = objects.own_element(holder, i)
                if v is not HOLE:
                    return objects.element_attrs(holder, i) | (ATTR_READ_ONLY if m.frozen else 0), v
            index = m.index.get(key)
            if index is not None:
                return m.attrs.get(key, 0), self.heap.load(objects.property_address(holder, m, index))
            holder = m.prototype
        return None

    def element(self, arr: int, i: int):
        """arr[i] of an array: its own element, else what the prototype chain has there."""
        v = self.objects.own_element(arr, i)     # a sparse array's too
        if v is not HOLE:
            if self.objects.sparse_elements and self.objects.element_attrs(arr, i) & ATTR_ACCESSOR:
                return self.call_getter(v, arr)
            return v
        v = self.inherited_element(self.objects.map_of(arr).prototype, str(i), arr)
        return UNDEFINED if v is HOLE else v

    def get_property(self, obj, key: str, receiver=None):
        t = type(obj)
        if t is int:
            objects = self.objects
            m = objects.map_of(obj)
            index = m.index.get(key)
            if index is not None:
                v = self.heap.load(objects.property_address(obj, m, index))
                if m.attrs and m.attrs.get(key, 0) & ATTR_ACCESSOR:
                    return self.call_getter(v, obj if receiver is None else receiver)
                return v
            it = m.instance_type
            if it == InstanceType.ARRAY:
                if key == "length":
                    return float(objects.array_length(obj))
                i = array_index(key)
                if i is not None:
                    return self.element(obj, i)
            elif it == InstanceType.FUNCTION:
                special = self.function_property(obj, key)
                if special is not None:
                    return special
            elif it == InstanceType.ARGUMENTS:
                slot = self.mapped_argument(obj, m, key)
                if slot is not None:
                    return self.heap.load(slot)
            elif it == InstanceType.GLOBAL:
                cell = None if key in self.isolate.module_scope_names else self.isolate.global_cells.get(key)
                if cell is not None:
                    v = self.heap.load(cell)
                    return UNDEFINED if v is HOLE else v
            elif it == InstanceType.PRIMITIVE_WRAPPER:
                s = self.exotic_string(obj, m, key)
                if s is not None:
                    return self.get_property(s, key)
        elif t is str:
            if key == "length":
                return float(utf16_length(obj))
            i = array_index(key)
            if i is not None:
                if obj.isascii():
                    return obj[i] if i < len(obj) else UNDEFINED
                units = obj.encode("utf-16-le", "surrogatepass")
                if 2 * i < len(units):
                    return units[2 * i:2 * i + 2].decode("utf-16-le", "surrogatepass")
                return UNDEFINED
        elif obj is UNDEFINED or obj is NULL:
            raise type_error(f"Cannot read properties of {obj.name} (reading '{key}')")
        if t is int and key in ("name", "length"):
            found = self.inherited_function_property(obj, key)
        else:
            found = self.lookup(self.objects.map_of(obj).prototype if t is int else self.holder_of(obj), key)
        if found is None:
            return UNDEFINED
        holder, m, v = found
        if m.attrs and m.attrs.get(key, 0) & ATTR_ACCESSOR:
            return self.call_getter(v, obj if receiver is None else receiver)
        return v

    def mapped_argument(self, obj: int, m, key: str) -> int | None:
        """The address of the context slot a mapped arguments object's index `key` is (its
        parameter), or None. A mapped index has no property of its own: the slot holds it."""
        index = m.index.get(PARAMETER_MAP_KEY)
        if index is None:
            return None
        i = array_index(key)
        if i is None:
            return None
        objects = self.objects
        parameter_map = self.heap.load(objects.property_address(obj, m, index))
        slot = objects.own_element(parameter_map, i + 1)
        if type(slot) is not float or slot < 0:
            return None
        return objects.own_element(parameter_map, 0) + 8 * (CONTEXT_HEADER_WORDS + int(slot))

    def mapped_indexes(self, obj: int) -> list[int]:
        """The indexes a mapped arguments object maps to parameters, ascending."""
        m = self.objects.map_of(obj)
        index = m.index.get(PARAMETER_MAP_KEY)
        if index is None:
            return []
        slots = self.objects.array_items(self.heap.load(self.objects.property_address(obj, m, index)))[1:]
        return [i for i, slot in enumerate(slots) if slot >= 0]

    def unmap_argument(self, obj: int, key: str) -> None:
        """Index `key` of a mapped arguments object stops being its parameter."""
        m = self.objects.map_of(obj)
        parameter_map = self.heap.load(self.objects.property_address(obj, m, m.index[PARAMETER_MAP_KEY]))
        self.objects.set_element(parameter_map, array_index(key) + 1, -1.0)

    def exotic_string(self, obj: int, m, key: str) -> str | None:
        """The string of a String wrapper (map m) when key is one of the String exotic object's
        own properties, in no map: an index below its length, or `length`. Else None."""
        s = string_value(self.isolate, obj, m)
        return s if s is not None and string_own_key(s, key) else None

    def function_property(self, fn: int, key: str):
        """A function's own built-in properties: name, length, and its lazily made prototype."""
        sfi = self.isolate.shared_of(fn)
        if key in ("name", "length") and not self.objects.map_of(fn).function_keys_own:
            return sfi.name if key == "name" else float(sfi.param_count if sfi.length < 0 else sfi.length)
        if key in ("caller", "arguments") and self.has_legacy_caller(sfi):
            return NULL     # (the functions on the stack and their arguments are not kept)
        if key == "prototype" and sfi.native is None and not sfi.is_arrow and not sfi.is_method:
            proto = self.objects.new_object(self.objects.literal_root(0))
            self.objects.define_own(proto, "constructor", fn, ATTR_DONT_ENUM)
            self.objects.define_own(fn, "prototype", proto, ATTR_DONT_ENUM | ATTR_DONT_DELETE)
            return proto
        return None

    def inherited_function_property(self, obj: int, key: str):
        """lookup() from obj's prototype for a name or length, which a function on the chain
        has without its map saying so (after `delete f.name`, the parent class's name)."""
        objects = self.objects
        p = objects.map_of(obj).prototype
        while p:
            m = objects.map_of(p)
            index = m.index.get(key)
            if index is not None:
                return p, m, self.heap.load(objects.property_address(p, m, index))
            if m.instance_type == InstanceType.FUNCTION:
                v = self.function_property(p, key)
                if v is not None:
                    return p, m, v
            p = m.prototype
        return None

    def own_function_keys(self, fn: int) -> None:
        """Before a function's name or length is deleted or redefined: both become real
        properties (ObjectSpace.own_function_keys)."""
        self.objects.own_function_keys(fn, {"length": self.function_property(fn, "length"),
                                            "name": self.function_property(fn, "name")})

    @staticmethod
    def has_legacy_caller(sfi) -> bool:
        """Whether a function has own `caller` and `arguments` (null, read-only): a sloppy
        plain function's; the others inherit Function.prototype's throwing accessors."""
        return sfi.native is None and not (sfi.strict or sfi.is_arrow or sfi.is_method or sfi.class_kind)

    def call_getter(self, pair: int, receiver):
        getter = self.objects.accessor_getter(pair)
        if getter is UNDEFINED:
            return UNDEFINED
        return self.isolate.interpreter.call(getter, receiver, [])

    def set_property(self, obj, key: str, value, strict: bool = False, keyed: bool = False) -> None:
        """obj[key] = value. `keyed`: a keyed store (`o[k] = v`), whose additions put an object
        into dictionary mode sooner (objects/space.py, FAST_PROPERTIES_SOFT_LIMIT)."""
        t = type(obj)
        if t is int:
            objects = self.objects
            m = objects.map_of(obj)
            if m.instance_type == InstanceType.ARRAY:
                i = array_index(key)
                if i is not None:
                    if not m.extensible:
                        if objects.own_element(obj, i) is HOLE:
                            return self.not_extensible(strict, key)
                        if m.frozen:
                            return self.read_only(strict, key, obj)
                    if m.elements_kind == ElementsKind.DICTIONARY:
                        attrs = objects.element_attrs(obj, i)
                        if attrs & ATTR_ACCESSOR:
                            return self.call_setter(objects.own_element(obj, i), obj, value, key, strict)
                        if attrs & ATTR_READ_ONLY:
                            return self.read_only(strict, key, obj)
                    if m.length_read_only and i >= objects.array_length(obj):
                        return self.read_only(strict, "length", obj)
                    if objects.index_setters and objects.own_element(obj, i) is HOLE:
                        found = self.inherited_index_property(m.prototype, key, i)
                        if found is not None and found[0] & ATTR_ACCESSOR:
                            return self.call_setter(found[1], obj, value, key, strict)
                        if found is not None and found[0] & ATTR_READ_ONLY:
                            return self.read_only(strict, key, obj)
                    objects.set_element(obj, i, value)
                    return
                if key == "length":
                    if m.frozen or m.length_read_only:
                        return self.read_only(strict, key, obj)
                    self.set_array_length(obj, value, strict)
                    return
            if m.instance_type == InstanceType.GLOBAL:
                if key in self.isolate.global_read_only:
                    return self.read_only(strict, key, obj)
                self.isolate.define_global(key, value)   # a global variable, seen by LdaGlobal too
                return
            if m.instance_type == InstanceType.PRIMITIVE_WRAPPER and self.exotic_string(obj, m, key) is not None:
                return self.read_only(strict, key, obj)
            if m.instance_type == InstanceType.ARGUMENTS:
                slot = self.mapped_argument(obj, m, key)
                if slot is not None:
                    self.heap.store(slot, value)
                    return
            index = m.index.get(key)
            if index is not None:
                attrs = m.attrs.get(key, 0) if m.attrs else 0
                if attrs & ATTR_ACCESSOR and m.instance_type == InstanceType.ARGUMENTS and key == "callee":
                    return self.read_only(strict, key, obj)     # a strict one's: V8 words it so
                if attrs & ATTR_ACCESSOR:
                    return self.call_setter(self.heap.load(objects.property_address(obj, m, index)),
                                            obj, value, key, strict)
                if attrs & ATTR_READ_ONLY:
                    return self.read_only(strict, key, obj)
                objects.set_own(obj, key, value)
                return
            if m.instance_type == InstanceType.FUNCTION and (
                    key in ("name", "length") and not m.function_keys_own or
                    key in ("caller", "arguments") and self.has_legacy_caller(self.isolate.shared_of(obj))):
                return self.read_only(strict, key, obj)
            found = self.lookup(m.prototype, key)
            if found is not None and found[1].attrs:
                # an inherited accessor's setter runs; an inherited read-only property blocks
                attrs = found[1].attrs.get(key, 0)
                if attrs & ATTR_ACCESSOR:
                    return self.call_setter(found[2], obj, value, key, strict)
                if attrs & ATTR_READ_ONLY:
                    return self.read_only(strict, key, obj)
            if not m.extensible:
                return self.not_extensible(strict, key)
            if m.instance_type == InstanceType.FUNCTION and key == "prototype":
                objects.define_own(obj, key, value, ATTR_DONT_ENUM | ATTR_DONT_DELETE)
                return
            objects.set_own(obj, key, value, keyed)
            return
        if obj is UNDEFINED or obj is NULL:
            raise type_error(f"Cannot set properties of {obj.name} (setting '{key}')")
        if strict:
            i = array_index(key) if t is str else None
            if t is str and (key == "length" or (i is not None and i < utf16_length(obj))):
                raise type_error(f"Cannot assign to read only property '{key}' of string '{obj}'")
            raise type_error(f"Cannot create property '{key}' on {self.typeof(obj)} '{self.to_string(obj)}'")
        # Primitives silently drop property writes in sloppy mode.

    def read_only(self, strict: bool, key: str, obj) -> None:
        if strict:
            if self.objects.map_of(obj).instance_type == InstanceType.FUNCTION:
                from interpreter.builtins.support import function_source
                raise type_error(f"Cannot assign to read only property '{key}' of function "
                                 f"'{function_source(self.isolate, obj)}'")
            raise type_error(f"Cannot assign to read only property '{key}' of object '{self.describe_object(obj)}'")

    @staticmethod
    def not_extensible(strict: bool, key: str) -> None:
        if strict:
            raise type_error(f"Cannot add property {key}, object is not extensible")

    def describe_object(self, obj: int) -> str:
        m = self.objects.map_of(obj)
        if m.instance_type == InstanceType.ARRAY:
            return "[object Array]"
        if string_value(self.isolate, obj, m) is not None:
            return "[object String]"
        return f"#<{self.objects.constructor_name_of(m.prototype) if m.prototype else 'Object'}>"

    def call_setter(self, pair: int, receiver, value, key: str, strict: bool) -> None:
        setter = self.objects.accessor_setter(pair)
        if setter is UNDEFINED:
            if strict:
                raise type_error(f"Cannot set property {key} of {self.describe_object(receiver)} "
                                 "which has only a getter")
            return
        self.isolate.interpreter.call(setter, receiver, [value])

    def has_property(self, obj, key) -> bool:
        """`key in obj`."""
        if type(obj) is not int:
            raise type_error(f"Cannot use 'in' operator to search for '{self.to_string(key)}' in "
                             f"{self.to_string(obj) if type(obj) is not str else obj}")
        key = self.to_property_key(key)
        m = self.objects.map_of(obj)
        if m.instance_type == InstanceType.ARRAY:
            i = array_index(key)
            if i is not None:
                if self.objects.own_element(obj, i) is not HOLE:
                    return True
                # (`in` runs no getter: the property is found, not read)
                return self.inherited_index_property(m.prototype, key, i) is not None
            if key == "length":
                return True
        if m.instance_type == InstanceType.FUNCTION and key in ("name", "length", "prototype"):
            return key != "prototype" or self.get_property(obj, key) is not UNDEFINED
        if m.instance_type == InstanceType.GLOBAL and self.isolate.has_global_property(key):
            return True
        if m.instance_type == InstanceType.PRIMITIVE_WRAPPER and self.exotic_string(obj, m, key) is not None:
            return True
        if m.instance_type == InstanceType.ARGUMENTS and self.mapped_argument(obj, m, key) is not None:
            return True
        return self.lookup(obj, key) is not None

    def delete_property(self, obj, key, strict: bool = False) -> bool:
        if obj is UNDEFINED or obj is NULL:
            raise type_error("Cannot convert undefined or null to object")
        if type(obj) is not int:
            key = self.to_property_key(key)
            if type(obj) is str and (key == "length" or (array_index(key) is not None and
                                                         array_index(key) < utf16_length(obj))):
                if strict:
                    raise type_error(f"Cannot delete property '{key}' of [object String]")
                return False
            return True
        key = self.to_property_key(key)
        m = self.objects.map_of(obj)
        if m.instance_type == InstanceType.ARRAY:
            i = array_index(key)
            if i is not None:
                if (m.sealed or self.objects.element_attrs(obj, i) & ATTR_DONT_DELETE) and \
                        self.objects.own_element(obj, i) is not HOLE:
                    if strict:
                        raise type_error(f"Cannot delete property '{key}' of [object Array]")
                    return False
                if i < self.objects.array_length(obj):
                    self.objects.set_element(obj, i, HOLE)
                return True
        if m.instance_type == InstanceType.GLOBAL and key not in self.isolate.module_scope_names:
            if key in self.isolate.global_dont_delete:
                if strict:
                    raise type_error(f"Cannot delete property '{key}' of #<Object>")
                return False
            self.isolate.delete_global(key)
            return True
        if m.instance_type == InstanceType.PRIMITIVE_WRAPPER and self.exotic_string(obj, m, key) is not None:
            if strict:
                raise type_error(f"Cannot delete property '{key}' of [object String]")
            return False
        if m.instance_type == InstanceType.FUNCTION and key in ("name", "length") and not m.function_keys_own:
            self.own_function_keys(obj)
        if m.instance_type == InstanceType.ARGUMENTS and self.mapped_argument(obj, m, key) is not None:
            self.unmap_argument(obj, key)
            return True
        ok = self.objects.delete_own(obj, key)
        if not ok and strict:
            raise type_error(f"Cannot delete property '{key}' of {self.describe_object(obj)}")
        return ok

    def instance_of(self, obj, ctor) -> bool:
        if type(ctor) is not int:
            raise type_error("Right-hand side of 'instanceof' is not an object")
        if self.instance_type(ctor) != InstanceType.FUNCTION:
            raise type_error("Right-hand side of 'instanceof' is not callable")
        target = self.isolate.shared_of(ctor).bound_target
        if target is not None:
            return self.instance_of(obj, target)      # a bound function answers for its target
        if type(obj) is not int:
            return False
        proto = self.get_property(ctor, "prototype")
        if type(proto) is not int:
            raise type_error(f"Function has non-object prototype '{self.to_string(proto)}' in instanceof check")
        p = self.objects.map_of(obj).prototype
        while p:
            if p == proto:
                return True
            p = self.objects.map_of(p).prototype
        return False

    def set_array_length(self, arr: int, value, strict: bool = False) -> None:
        n = self.to_number(value)
        if not (n >= 0 and n.is_integer() and n < 2 ** 32):
            from .errors import range_error
            raise range_error("Invalid array length")
        objects = self.objects
        m = objects.map_of(arr)
        if m.sealed or objects.has_element_attrs(arr):
            # non-configurable elements stay: the array shrinks only down to past the last one
            present = [i for i in objects.element_indexes(arr) if i >= n and
                       (m.sealed or objects.element_attrs(arr, i) & ATTR_DONT_DELETE)]
            if present:
                objects.set_array_length(arr, present[-1] + 1)
                if strict:
                    raise type_error(f"Cannot delete property '{present[-1]}' of [object Array]")
                return
        objects.set_array_length(arr, int(n))

    def get_keyed(self, obj, key):
        if type(key) is float and type(obj) is int and key >= 0 and key.is_integer() and key < 2 ** 32 - 1:
            if self.instance_type(obj) == InstanceType.ARRAY:
                return self.element(obj, int(key))
        if obj is UNDEFINED or obj is NULL:
            raise type_error(f"Cannot read properties of {obj.name} (reading '{self.to_property_key(key)}')")
        return self.get_property(obj, self.to_property_key(key))

    def set_keyed(self, obj, key, value, strict: bool = False) -> None:
        if type(key) is float and type(obj) is int and key >= 0 and key.is_integer() and key < 2 ** 32 - 1:
            m = self.objects.map_of(obj)
            if m.instance_type == InstanceType.ARRAY and m.extensible and not m.length_read_only and \
                    m.elements_kind != ElementsKind.DICTIONARY and not self.objects.index_setters:
                self.objects.set_element(obj, int(key), value)
                return
        if obj is UNDEFINED or obj is NULL:
            raise type_error(f"Cannot set properties of {obj.name} (setting '{self.to_property_key(key)}')")
        self.set_property(obj, self.to_property_key(key), value, strict, True)

    def iterate(self, v, text: str | None = None):
        """A Python iterator over the values `for (x of v)` and `...v` see (text: the source
        of the iterated expression, for the error message)."""
        if type(v) is str:
            return iter(code_points(v))
        if type(v) is int:
            m = self.objects.map_of(v)
            if m.instance_type == InstanceType.ARRAY:
                return self.array_values(v)
            s = string_value(self.isolate, v, m)
            if s is not None:
                return iter(code_points(s))     # String.prototype[Symbol.iterator] on a wrapper
            make = self.isolate.iterables.get(m.instance_type)
            if make is not None:
                return make(v)
        from interpreter.builtins.support import check_iterable, describe
        if text and text.startswith("%"):
            check_iterable(self.isolate, v)   # a hidden temporary: V8 describes the value instead
        raise type_error(f"{text or describe(self.isolate, v)} is not iterable")

    def array_values(self, arr: int):
        """An array iterator: reads the live length each step, as JS does."""
        objects = self.objects
        i = 0
        while i < objects.array_length(arr):
            yield self.element(arr, i)
            i += 1


def code_points(s: str) -> list[str]:
    """A string's characters as for-of sees them (lone surrogates stay single)."""
    return list(s)


def array_index(key: str) -> int | None:
    """The array index a property key names (canonical decimal below 2^32 - 1), or None."""
    if key.isdigit() and key.isascii() and (key == "0" or key[0] != "0"):
        i = int(key)
        if i < 2 ** 32 - 1:
            return i
    return None


def concat(a: str, b: str) -> str:
    """a + b for JS strings. The engine keeps a surrogate pair as the one astral character it
    encodes, so a lone high surrogate meeting a lone low one (`e[0] + e[1]`) is joined."""
    if a and b and "\ud800" <= a[-1] <= "\udbff" and "\udc00" <= b[0] <= "\udfff":
        return a[:-1] + chr(0x10000 + ((ord(a[-1]) - 0xD800) << 10) + (ord(b[0]) - 0xDC00)) + b[1:]
    return a + b


def string_own_key(s: str, key: str) -> bool:
    """Is key one of a string's own properties: `length` or an index below its length."""
    if key == "length":
        return True
    i = array_index(key)
    return i is not None and i < utf16_length(s)


def utf16_length(s: str) -> int:
    if s.isascii():
        return len(s)
    return len(s) + sum(1 for c in s if ord(c) > 0xFFFF)


def utf16_units(s: str) -> bytes:
    """JS compares strings by UTF-16 code units; big-endian UTF-16 bytes order the same way."""
    return s.encode("utf-16-be", "surrogatepass")


def div(a: float, b: float) -> float:
    try:
        return a / b
    except ZeroDivisionError:
        if a != a or a == 0.0:
            return NAN
        return math.copysign(INF, a) * math.copysign(1.0, b)


def mod(a: float, b: float) -> float:
    if b == 0.0 or a != a or b != b or math.isinf(a):
        return NAN
    if math.isinf(b):
        return a
    return math.fmod(a, b)


def power(a: float, b: float) -> float:
    """a ** b as V8 computes it (its fdlibm-derived pow, bit for bit)."""
    return ieee754.pow(a, b)
