"""Array: the constructor, Array.isArray/of/from and the Array.prototype methods.

Place in the pipeline: a built-in library module, installed by
builtins.install. The methods are generic as in the spec: `this` may be an
array (the fast path: elements read and written through ObjectSpace) or any
array-like object or string (the slow path: `length` and index keys through
the runtime's property access). Both sit behind the same small interface,
`FastArray` / `GenericArrayLike`, so each method is written once.

Holes: a hole reads as undefined, but the methods that the spec guards with
HasProperty (forEach, map, filter, reduce, some, every, indexOf, sort,
reverse, slice, concat, splice...) skip holes or carry them over, exactly as
node does; find, findIndex, includes, join and the iterators see undefined.

`push` is called from hot loops; the interpreter caches it as a prototype
constant and optimized code reaches it through the generic call path, so it
keeps a short fast path for plain arrays.
"""
from __future__ import annotations

import functools

from interpreter.errors import range_error, type_error
from interpreter.objects.layout import ARRAY_ELEMENTS_OFFSET, ARRAY_LENGTH_OFFSET
from .strings import ASTRAL_RE, canonical
from .support import (
    arg,
    check_iterable,
    constructor,
    is_callable,
    method,
    relative_index,
    reorder,
    require_callable,
    to_integer_or_infinity,
    to_length,
)
from interpreter.objects.maps import InstanceType
from interpreter.numbers.numconv import to_uint32
from interpreter.runtime import utf16_units
from interpreter.objects.values import HOLE, NULL, UNDEFINED

ARRAY = InstanceType.ARRAY
NAN = float("nan")
# The methods whose null/undefined receiver error names the method (the others say
# "Cannot convert undefined or null to object"), as in V8.
ARRAY_PROTOTYPE_ORDER = """constructor at concat copyWithin fill find findIndex findLast findLastIndex lastIndexOf
    pop push reverse shift unshift slice sort splice includes indexOf join keys entries values forEach filter
    flat flatMap map every some reduce reduceRight toLocaleString toString toReversed toSorted toSpliced with"""
NAMED_NULL_CHECK = frozenset(("concat", "find", "findIndex", "findLast", "findLastIndex", "indexOf", "forEach",
                              "filter", "map", "every", "some", "reduce", "reduceRight"))


class FastArray:
    """A real array receiver: elements straight from the heap."""

    __slots__ = ("arr", "heap", "name", "objects")

    def __init__(self, isolate, arr: int, name: str):
        self.objects = isolate.objects
        self.heap = isolate.heap
        self.arr = arr
        self.name = name

    def length(self) -> int:
        return self.heap.load_word(self.arr + ARRAY_LENGTH_OFFSET)

    def present(self, i: int):
        """Element i, or HOLE when the array has no element there."""
        h = self.heap
        if i < h.load_word(self.arr + ARRAY_LENGTH_OFFSET):
            return h.load(h.load_word(self.arr + ARRAY_ELEMENTS_OFFSET) + 8 * i)
        return HOLE

    def get(self, i: int):
        return self.objects.get_element(self.arr, i)

    def items(self) -> list:
        """All elements, HOLE for the missing ones."""
        return self.objects.array_items(self.arr)

    def frozen(self) -> bool:
        return self.objects.map_of(self.arr).frozen

    def check_writable(self, first_write: int | None) -> None:
        """The TypeError V8 throws at the first write a mutator makes into a frozen array
        (first_write None: the write is to `length`)."""
        if not self.frozen():
            return
        if first_write is None:
            raise type_error("Cannot assign to read only property 'length' of object '[object Array]'")
        if first_write >= self.length():
            raise type_error(f"Cannot add property {first_write}, object is not extensible")
        raise type_error(f"Cannot assign to read only property '{first_write}' of object '[object Array]'")

    def set(self, i: int, v) -> None:
        self.objects.set_element(self.arr, i, v)

    def replace(self, items: list) -> None:
        """Makes the elements exactly `items` (HOLE entries become holes), length included."""
        self.heap.store_word(self.arr + ARRAY_LENGTH_OFFSET, 0)
        set_element = self.objects.set_element
        arr = self.arr
        for i, v in enumerate(items):
            set_element(arr, i, v)


class GenericArrayLike:
    """Any other receiver: `length` and "0", "1"... through the runtime (strings read-only)."""

    __slots__ = ("name", "obj", "rt")

    def __init__(self, isolate, obj, name: str):
        self.rt = isolate.runtime
        self.obj = obj
        self.name = name

    def length(self) -> int:
        return to_length(self.rt, self.rt.get_property(self.obj, "length"))

    def present(self, i: int):
        key = str(i)
        if type(self.obj) is int:
            if not self.rt.has_property(self.obj, key):
                return HOLE
        elif type(self.obj) is str:
            if i >= self.length():
                return HOLE
        else:
            return HOLE
        return self.rt.get_property(self.obj, key)

    def get(self, i: int):
        return self.rt.get_property(self.obj, str(i))

    def items(self) -> list:
        return [self.present(i) for i in range(self.length())]

    def frozen(self) -> bool:
        return False

    def check_writable(self, first_write) -> None:
        pass

    def set(self, i: int, v) -> None:
        self.rt.set_property(self.obj, str(i), v, True)

    def set_length(self, n: int) -> None:
        self.rt.set_property(self.obj, "length", float(n), True)

    def replace(self, items: list) -> None:
        old = self.length()
        for i, v in enumerate(items):
            if v is HOLE:
                self.rt.delete_property(self.obj, str(i))
            else:
                self.set(i, v)
        for i in range(len(items), old):
            self.rt.delete_property(self.obj, str(i))
        self.set_length(len(items))


def install(isolate) -> None:
    rt = isolate.runtime
    objects = isolate.objects
    heap = isolate.heap
    call = isolate.interpreter.call
    proto = isolate.array_prototype
    to_boolean = rt.to_boolean

    def receiver(this, name: str):
        if type(this) is int and objects.map_of(this).instance_type == ARRAY:
            return FastArray(isolate, this, name)
        if this is UNDEFINED or this is NULL:
            # V8's words depend on the method: the callback-taking ones name themselves.
            if name in NAMED_NULL_CHECK:
                raise type_error(f"Array.prototype.{name} called on null or undefined")
            raise type_error("Cannot convert undefined or null to object")
        return GenericArrayLike(isolate, this, name)

    def array_method(name: str, length: int = 0):
        """Decorator: installs fn(a, args) as Array.prototype[name], a the receiver's elements."""
        def register(fn):
            def native(this, args):
                return fn(receiver(this, name), args)
            method(isolate, proto, name, native, length)
            return fn
        return register

    def new_array_with_holes(items: list) -> int:
        """A new array of these items; HOLE entries stay holes."""
        return objects.new_array(items)

    def same_value_zero(a, b) -> bool:
        if type(a) is float and type(b) is float and a != a and b != b:
            return True
        return rt.strict_equals(a, b)

    # ---- the constructor ----

    def make_array(args):
        if len(args) == 1 and type(args[0]) is float:
            n = args[0]
            if to_uint32(n) != n:
                raise range_error("Invalid array length")
            arr = objects.new_array([])
            if n:
                rt.set_array_length(arr, n)
            return arr
        return objects.new_array(list(args))

    array_ctor = constructor(isolate, "Array", lambda this, args: make_array(args),
                             lambda args, new_target: make_array(args), 1, proto)

    def is_array(this, args):
        v = arg(args, 0)
        return type(v) is int and objects.map_of(v).instance_type == ARRAY

    def array_of(this, args):
        return objects.new_array(list(args))

    def array_from(this, args):
        source, map_fn, this_arg = arg(args, 0), arg(args, 1), arg(args, 2)
        if map_fn is not UNDEFINED:
            require_callable(isolate, map_fn)
        if source is UNDEFINED or source is NULL:
            check_iterable(isolate, source)
        if type(source) is str or (type(source) is int and (
                objects.map_of(source).instance_type == ARRAY or
                objects.map_of(source).instance_type in isolate.iterables)):
            values = list(rt.iterate(source))
        else:
            like = GenericArrayLike(isolate, source, "from")
            values = [like.get(i) for i in range(like.length())]
        if map_fn is not UNDEFINED:
            values = [call(map_fn, this_arg, [v, float(i)]) for i, v in enumerate(values)]
        return objects.new_array(values)

    method(isolate, array_ctor, "isArray", is_array, 1)
    method(isolate, array_ctor, "of", array_of, 0)
    method(isolate, array_ctor, "from", array_from, 1)

    # ---- adding and removing at the ends ----

    def array_push(this, args):
        if type(this) is int:
            m = objects.map_of(this)
            if m.instance_type == ARRAY and not m.frozen:
                set_element = objects.set_element
                n = heap.load_word(this + ARRAY_LENGTH_OFFSET)
                for a in args:
                    set_element(this, n, a)
                    n += 1
                return float(n)
        a = receiver(this, "push")
        a.check_writable(a.length() if args else None)
        n = a.length()
        for v in args:
            a.set(n, v)
            n += 1
        if isinstance(a, GenericArrayLike):
            a.set_length(n)
        return float(n)

    method(isolate, proto, "push", array_push, 1)

    @array_method("pop")
    def _(a, args):
        n = a.length()
        if isinstance(a, FastArray):
            if a.frozen() and n:
                raise type_error(f"Cannot delete property '{n - 1}' of [object Array]")
            a.check_writable(None)
            return objects.array_pop(a.arr)
        if n == 0:
            a.set_length(0)
            return UNDEFINED
        v = a.get(n - 1)
        rt.delete_property(a.obj, str(n - 1))
        a.set_length(n - 1)
        return v

    @array_method("shift")
    def _(a, args):
        n = a.length()
        a.check_writable(0 if n else None)
        if n == 0:
            if isinstance(a, GenericArrayLike):
                a.set_length(0)
            return UNDEFINED
        items = a.items()
        first = items[0]
        a.replace(items[1:])
        return UNDEFINED if first is HOLE else first

    @array_method("unshift", 1)
    def _(a, args):
        n = a.length()
        if args:
            a.check_writable(n + len(args) - 1)
            a.replace(list(args) + a.items())
        elif isinstance(a, GenericArrayLike):
            a.set_length(n)
        return float(n + len(args))

    # ---- copying ----

    @array_method("slice", 2)
    def _(a, args):
        n = a.length()
        start = relative_index(rt, arg(args, 0), n, 0)
        end = relative_index(rt, arg(args, 1), n, n)
        if isinstance(a, FastArray):
            return new_array_with_holes(a.items()[start:end])
        return new_array_with_holes([a.present(i) for i in range(start, end)])

    @array_method("splice", 2)
    def _(a, args):
        n = a.length()
        start = relative_index(rt, arg(args, 0), n, 0)
        if not args:
            count = 0
        elif len(args) == 1:
            count = n - start
        else:
            count = int(min(max(to_integer_or_infinity(rt, args[1]), 0), n - start))
        inserted = list(args[2:])
        items = a.items()
        if a.frozen() and (count or inserted):
            # Growing moves the tail up starting from the end (the first write adds a property);
            # otherwise the first write is at start.
            a.check_writable(n + len(inserted) - count - 1 if len(inserted) > count else
                             (start if start < n else None))
        removed = items[start:start + count]
        if count or inserted:
            a.replace(items[:start] + inserted + items[start + count:])
        return new_array_with_holes(removed)

    @array_method("concat", 1)
    def _(a, args):
        # The receiver is spread like the arguments when it is an array.
        out = a.items() if isinstance(a, FastArray) else [a.obj]
        for v in args:
            if type(v) is int and objects.map_of(v).instance_type == ARRAY:
                out.extend(objects.array_items(v))
            else:
                out.append(v)
        return new_array_with_holes(out)

    # ---- strings ----

    joining: set[int] = set()   # arrays being joined: a cycle contributes "" (as V8 does)

    def join(a, sep: str) -> str:
        key = a.arr if isinstance(a, FastArray) else id(a.obj)
        if key in joining:
            return ""
        joining.add(key)
        try:
            parts = []
            to_string = rt.to_string
            for i in range(a.length()):
                v = a.get(i)
                parts.append("" if v is UNDEFINED or v is NULL else to_string(v))
            return canonical(sep.join(parts))     # lone surrogate halves may meet
        finally:
            joining.discard(key)

    @array_method("join", 1)
    def _(a, args):
        sep = arg(args, 0)
        return join(a, "," if sep is UNDEFINED else rt.to_string(sep))

    def array_to_string(this, args):
        if this is UNDEFINED or this is NULL:
            raise type_error("Cannot convert undefined or null to object")
        if type(this) is int:
            join_fn = rt.get_property(this, "join")
            if is_callable(isolate, join_fn):
                return call(join_fn, this, [])
        return object_to_string(this)

    def object_to_string(this):
        fn = rt.get_property(isolate.object_prototype, "toString")
        return call(fn, this, [])

    method(isolate, proto, "toString", array_to_string)
    method(isolate, proto, "toLocaleString", array_to_string)

    # ---- reordering ----

    @array_method("reverse")
    def _(a, args):
        n = a.length()
        if n > 1:
            a.check_writable(0)
        a.replace(a.items()[::-1])
        return a.arr if isinstance(a, FastArray) else a.obj

    def sorted_values(values: list, comparefn) -> list:
        """Sorts the values (no holes, no undefined) by comparefn or by string order; stable."""
        if comparefn is UNDEFINED:
            to_string = rt.to_string
            keys = [v if type(v) is str else to_string(v) for v in values]
            # JS orders strings by UTF-16 code units. Python's code point order agrees unless an
            # astral character (a surrogate pair in UTF-16) is involved; then compare UTF-16.
            if any(not k.isascii() and ASTRAL_RE.search(k) for k in keys):
                keys = [utf16_units(k) for k in keys]
            order = sorted(range(len(values)), key=keys.__getitem__)   # stable, as JS requires
            return [values[i] for i in order]

        def compare(x, y):
            r = call(comparefn, UNDEFINED, [x, y])
            r = r if type(r) is float else rt.to_number(r)
            return -1 if r < 0 else (1 if r > 0 else 0)
        return sorted(values, key=functools.cmp_to_key(compare))

    def check_comparator(fn) -> None:
        if fn is not UNDEFINED and not is_callable(isolate, fn):
            raise type_error("The comparison function must be either a function or undefined")

    def sort_items(items: list, comparefn) -> list:
        values = [v for v in items if v is not HOLE and v is not UNDEFINED]
        undefined_count = sum(1 for v in items if v is UNDEFINED)
        holes = len(items) - len(values) - undefined_count
        return sorted_values(values, comparefn) + [UNDEFINED] * undefined_count + [HOLE] * holes

    @array_method("sort", 1)
    def _(a, args):
        comparefn = arg(args, 0)
        check_comparator(comparefn)
        items = a.items()
        if items:
            a.check_writable(0)
        a.replace(sort_items(items, comparefn))
        return a.arr if isinstance(a, FastArray) else a.obj

    @array_method("toSorted", 1)
    def _(a, args):
        comparefn = arg(args, 0)
        check_comparator(comparefn)
        items = [UNDEFINED if v is HOLE else v for v in a.items()]
        return objects.new_array(sort_items(items, comparefn))

    @array_method("toReversed")
    def _(a, args):
        return objects.new_array([UNDEFINED if v is HOLE else v for v in a.items()[::-1]])

    @array_method("with", 2)
    def _(a, args):
        n = a.length()
        i = to_integer_or_infinity(rt, arg(args, 0))
        k = i + n if i < 0 else i
        if not 0 <= k < n:
            raise range_error("Invalid index : " + rt.to_string(arg(args, 0)))
        items = [UNDEFINED if v is HOLE else v for v in a.items()]
        items[int(k)] = arg(args, 1)
        return objects.new_array(items)

    @array_method("fill", 1)
    def _(a, args):
        n = a.length()
        value = arg(args, 0)
        start = relative_index(rt, arg(args, 1), n, 0)
        end = relative_index(rt, arg(args, 2), n, n)
        if start < end:
            a.check_writable(start)
        for i in range(start, end):
            a.set(i, value)
        return a.arr if isinstance(a, FastArray) else a.obj

    # ---- searching ----

    @array_method("indexOf", 1)
    def _(a, args):
        n = a.length()
        if n == 0:
            return -1.0
        k = to_integer_or_infinity(rt, arg(args, 1))
        if k >= n:
            return -1.0
        k = int(k) if k >= 0 else int(max(n + k, 0))
        target = arg(args, 0)
        equals = rt.strict_equals
        for i in range(k, n):
            v = a.present(i)
            if v is not HOLE and equals(v, target):
                return float(i)
        return -1.0

    @array_method("lastIndexOf", 1)
    def _(a, args):
        n = a.length()
        if n == 0:
            return -1.0
        k = to_integer_or_infinity(rt, args[1]) if len(args) > 1 else float(n - 1)
        k = int(min(k, n - 1)) if k >= 0 else int(n + k) if n + k >= 0 else -1
        target = arg(args, 0)
        for i in range(k, -1, -1):
            v = a.present(i)
            if v is not HOLE and rt.strict_equals(v, target):
                return float(i)
        return -1.0

    @array_method("includes", 1)
    def _(a, args):
        n = a.length()
        if n == 0:
            return False
        k = to_integer_or_infinity(rt, arg(args, 1))
        if k >= n:
            return False
        k = int(k) if k >= 0 else int(max(n + k, 0))
        target = arg(args, 0)
        for i in range(k, n):
            if same_value_zero(a.get(i), target):
                return True
        return False

    def finder(name: str, from_end: bool, want_index: bool):
        def find(a, args):
            fn, this_arg = arg(args, 0), arg(args, 1)
            require_callable(isolate, fn)
            n = a.length()
            obj = a.arr if isinstance(a, FastArray) else a.obj
            for i in (range(n - 1, -1, -1) if from_end else range(n)):
                v = a.get(i)
                if to_boolean(call(fn, this_arg, [v, float(i), obj])):
                    return float(i) if want_index else v
            return -1.0 if want_index else UNDEFINED
        array_method(name, 1)(find)

    finder("find", False, False)
    finder("findIndex", False, True)
    finder("findLast", True, False)
    finder("findLastIndex", True, True)

    @array_method("at", 1)
    def _(a, args):
        n = a.length()
        i = to_integer_or_infinity(rt, arg(args, 0))
        k = i + n if i < 0 else i
        return a.get(int(k)) if 0 <= k < n else UNDEFINED

    # ---- iteration with callbacks ----

    def each_present(a):
        """(index, value) of the elements that exist, reading the live array (callbacks may change it)."""
        n = a.length()
        for i in range(n):
            v = a.present(i)
            if v is not HOLE:
                yield i, v

    def callback_args(args):
        fn = arg(args, 0)
        require_callable(isolate, fn)
        return fn, arg(args, 1)

    @array_method("forEach", 1)
    def _(a, args):
        fn, this_arg = callback_args(args)
        obj = a.arr if isinstance(a, FastArray) else a.obj
        for i, v in each_present(a):
            call(fn, this_arg, [v, float(i), obj])
        return UNDEFINED

    @array_method("map", 1)
    def _(a, args):
        fn, this_arg = callback_args(args)
        obj = a.arr if isinstance(a, FastArray) else a.obj
        out = [HOLE] * a.length()
        for i, v in each_present(a):
            out[i] = call(fn, this_arg, [v, float(i), obj])
        return new_array_with_holes(out)

    @array_method("filter", 1)
    def _(a, args):
        fn, this_arg = callback_args(args)
        obj = a.arr if isinstance(a, FastArray) else a.obj
        out = []
        for i, v in each_present(a):
            if to_boolean(call(fn, this_arg, [v, float(i), obj])):
                out.append(v)
        return objects.new_array(out)

    @array_method("some", 1)
    def _(a, args):
        fn, this_arg = callback_args(args)
        obj = a.arr if isinstance(a, FastArray) else a.obj
        for i, v in each_present(a):
            if to_boolean(call(fn, this_arg, [v, float(i), obj])):
                return True
        return False

    @array_method("every", 1)
    def _(a, args):
        fn, this_arg = callback_args(args)
        obj = a.arr if isinstance(a, FastArray) else a.obj
        for i, v in each_present(a):
            if not to_boolean(call(fn, this_arg, [v, float(i), obj])):
                return False
        return True

    def reducer(name: str, from_end: bool):
        def reduce(a, args):
            fn = arg(args, 0)
            require_callable(isolate, fn)
            obj = a.arr if isinstance(a, FastArray) else a.obj
            n = a.length()
            order = range(n - 1, -1, -1) if from_end else range(n)
            it = iter(order)
            if len(args) >= 2:
                acc = args[1]
            else:
                for i in it:
                    v = a.present(i)
                    if v is not HOLE:
                        acc = v
                        break
                else:
                    raise type_error("Reduce of empty array with no initial value")
            for i in it:
                v = a.present(i)
                if v is not HOLE:
                    acc = call(fn, UNDEFINED, [acc, v, float(i), obj])
            return acc
        array_method(name, 1)(reduce)

    reducer("reduce", False)
    reducer("reduceRight", True)

    def flatten(items: list, depth: float, out: list) -> None:
        for v in items:
            if v is HOLE:
                continue
            if depth > 0 and type(v) is int and objects.map_of(v).instance_type == ARRAY:
                flatten(objects.array_items(v), depth - 1, out)
            else:
                out.append(v)

    @array_method("flat")
    def _(a, args):
        d = arg(args, 0)
        depth = 1.0 if d is UNDEFINED else to_integer_or_infinity(rt, d)
        out: list = []
        flatten(a.items(), depth, out)
        return objects.new_array(out)

    @array_method("flatMap", 1)
    def _(a, args):
        fn, this_arg = callback_args(args)
        obj = a.arr if isinstance(a, FastArray) else a.obj
        out: list = []
        for i, v in each_present(a):
            flatten([call(fn, this_arg, [v, float(i), obj])], 1, out)
        return objects.new_array(out)

    # ---- iterators ----

    def iterator_method(name: str, kind: str):
        def make(this, args):
            from .collections import new_iterator
            a = receiver(this, name)

            def walk():
                i = 0
                while i < a.length():      # the live length, as JS iterators read it
                    if kind == "keys":
                        yield float(i)
                    elif kind == "values":
                        yield a.get(i)
                    else:
                        yield objects.new_array([float(i), a.get(i)])
                    i += 1
            return new_iterator(isolate, "Array Iterator", walk())
        method(isolate, proto, name, make)

    iterator_method("keys", "keys")
    iterator_method("values", "values")
    iterator_method("entries", "entries")

    @array_method("copyWithin", 2)
    def _(a, args):
        n = a.length()
        target = relative_index(rt, arg(args, 0), n, 0)
        start = relative_index(rt, arg(args, 1), n, 0)
        end = relative_index(rt, arg(args, 2), n, n)
        count = min(end - start, n - target)
        if count > 0:
            a.check_writable(target)
            items = a.items()
            moved = items[start:start + count]
            items[target:target + count] = moved
            a.replace(items)
        return a.arr if isinstance(a, FastArray) else a.obj

    @array_method("toSpliced", 2)
    def _(a, args):
        n = a.length()
        start = relative_index(rt, arg(args, 0), n, 0)
        if not args:
            count = 0
        elif len(args) == 1:
            count = n - start
        else:
            count = int(min(max(to_integer_or_infinity(rt, args[1]), 0), n - start))
        items = [UNDEFINED if v is HOLE else v for v in a.items()]
        return objects.new_array(items[:start] + list(args[2:]) + items[start + count:])

    reorder(isolate, proto, ARRAY_PROTOTYPE_ORDER)
    reorder(isolate, array_ctor, "isArray from of")

