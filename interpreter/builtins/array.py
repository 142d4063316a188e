"""Array: the constructor, Array.isArray/of/from and the Array.prototype methods.

Place in the pipeline: a built-in library module; bootstrap.py installs its
tables (Array.prototype itself is made by the isolate). The methods are
generic as in the spec: `this` may be an array (the fast path: elements read
and written through ObjectSpace) or any array-like object or string (the slow
path: `length` and index keys through the runtime's property access). Both sit behind the same small interface,
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
from .iterator import new_iterator
from .support import (
    ASTRAL_RE,
    Constructor,
    Method,
    Prototype,
    arg,
    canonical,
    check_iterable,
    is_callable,
    relative_index,
    require_callable,
    to_integer_or_infinity,
    to_length,
)
from interpreter.objects.maps import InstanceType
from interpreter.numbers.numconv import to_uint32
from interpreter.runtime import utf16_units
from interpreter.objects.values import HOLE, NULL, UNDEFINED

ARRAY_TYPE = InstanceType.ARRAY
# The methods whose null/undefined receiver error names the method (the others say
# "Cannot convert undefined or null to object"), as in V8.
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

    def splice(self, start: int, count: int, inserted: list) -> None:
        """Elements [start, start + count) become `inserted`; the rest moves natively."""
        self.objects.splice_elements(self.arr, start, count, inserted)

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


def init(isolate) -> None:
    isolate.arrays_being_joined = set()     # a cycle contributes "" to a join (as V8 does)


def receiver(isolate, this, name: str):
    """The `this` of Array.prototype[name] behind the one interface both kinds share."""
    if type(this) is int and isolate.objects.map_of(this).instance_type == ARRAY_TYPE \
            and not isolate.objects.is_sparse(this):
        return FastArray(isolate, this, name)
    if this is UNDEFINED or this is NULL:
        # V8's words depend on the method: the callback-taking ones name themselves.
        if name in NAMED_NULL_CHECK:
            raise type_error(f"Array.prototype.{name} called on null or undefined")
        raise type_error("Cannot convert undefined or null to object")
    return GenericArrayLike(isolate, this, name)


def receiver_object(a):
    """The JS value a method was called on (what callbacks get as their third argument)."""
    return a.arr if isinstance(a, FastArray) else a.obj


def same_value_zero(rt, a, b) -> bool:
    if type(a) is float and type(b) is float and a != a and b != b:
        return True
    return rt.strict_equals(a, b)


def holes_as_undefined(items: list) -> list:
    return [UNDEFINED if v is HOLE else v for v in items]


def splice_count(rt, args, start: int, n: int) -> int:
    """How many elements splice and toSpliced remove from `start`."""
    if not args:
        return 0
    if len(args) == 1:
        return n - start
    return int(min(max(to_integer_or_infinity(rt, args[1]), 0), n - start))


# ---- the constructor ---------------------------------------------------------------------------


def make_array(isolate, args) -> int:
    objects = isolate.objects
    if len(args) == 1 and type(args[0]) is float:
        n = args[0]
        if to_uint32(n) != n:
            raise range_error("Invalid array length")
        arr = objects.new_array([])
        if n:
            isolate.runtime.set_array_length(arr, n)
        return arr
    return objects.new_array(list(args))


def array_call(isolate, this, args):
    return make_array(isolate, args)


def array_construct(isolate, args, new_target):
    return make_array(isolate, args)


def array_is_array(isolate, this, args):
    v = arg(args, 0)
    return type(v) is int and isolate.objects.map_of(v).instance_type == ARRAY_TYPE


def array_of(isolate, this, args):
    return isolate.objects.new_array(list(args))


def array_from(isolate, this, args):
    objects = isolate.objects
    source, map_fn, this_arg = arg(args, 0), arg(args, 1), arg(args, 2)
    if map_fn is not UNDEFINED:
        require_callable(isolate, map_fn)
    if source is UNDEFINED or source is NULL:
        check_iterable(isolate, source)
    if type(source) is str or (type(source) is int and (
            objects.map_of(source).instance_type == ARRAY_TYPE or
            objects.map_of(source).instance_type in isolate.iterables)):
        values = list(isolate.runtime.iterate(source))
    else:
        like = GenericArrayLike(isolate, source, "from")
        values = [like.get(i) for i in range(like.length())]
    if map_fn is not UNDEFINED:
        call = isolate.interpreter.call
        values = [call(map_fn, this_arg, [v, float(i)]) for i, v in enumerate(values)]
    return objects.new_array(values)


# ---- adding and removing at the ends ----------------------------------------------------------


def array_push(isolate, this, args):
    # Called from hot loops: plain arrays take the short way.
    if type(this) is int:
        objects = isolate.objects
        m = objects.map_of(this)
        if m.instance_type == ARRAY_TYPE and not m.frozen:
            set_element = objects.set_element
            n = objects.array_length(this)
            for a in args:
                set_element(this, n, a)
                n += 1
            return float(n)
    a = receiver(isolate, this, "push")
    a.check_writable(a.length() if args else None)
    n = a.length()
    for v in args:
        a.set(n, v)
        n += 1
    if isinstance(a, GenericArrayLike):
        a.set_length(n)
    return float(n)


def array_pop(isolate, this, args):
    a = receiver(isolate, this, "pop")
    n = a.length()
    if isinstance(a, FastArray):
        if a.frozen() and n:
            raise type_error(f"Cannot delete property '{n - 1}' of [object Array]")
        a.check_writable(None)
        return isolate.objects.array_pop(a.arr)
    if n == 0:
        a.set_length(0)
        return UNDEFINED
    v = a.get(n - 1)
    isolate.runtime.delete_property(a.obj, str(n - 1))
    a.set_length(n - 1)
    return v


def array_shift(isolate, this, args):
    a = receiver(isolate, this, "shift")
    n = a.length()
    a.check_writable(0 if n else None)
    if n == 0:
        if isinstance(a, GenericArrayLike):
            a.set_length(0)
        return UNDEFINED
    if isinstance(a, FastArray):
        first = a.present(0)
        a.splice(0, 1, [])
    else:
        items = a.items()
        first = items[0]
        a.replace(items[1:])
    return UNDEFINED if first is HOLE else first


def array_unshift(isolate, this, args):
    a = receiver(isolate, this, "unshift")
    n = a.length()
    if args:
        a.check_writable(n + len(args) - 1)
        if isinstance(a, FastArray):
            a.splice(0, 0, list(args))
        else:
            a.replace(list(args) + a.items())
    elif isinstance(a, GenericArrayLike):
        a.set_length(n)
    return float(n + len(args))


# ---- copying -----------------------------------------------------------------------------------


def array_slice(isolate, this, args):
    rt = isolate.runtime
    a = receiver(isolate, this, "slice")
    n = a.length()
    start = relative_index(rt, arg(args, 0), n, 0)
    end = relative_index(rt, arg(args, 1), n, n)
    if isinstance(a, FastArray):
        return isolate.objects.new_array(a.items()[start:end])     # holes stay holes
    return isolate.objects.new_array([a.present(i) for i in range(start, end)])


def array_splice(isolate, this, args):
    rt = isolate.runtime
    a = receiver(isolate, this, "splice")
    n = a.length()
    start = relative_index(rt, arg(args, 0), n, 0)
    count = splice_count(rt, args, start, n)
    inserted = list(args[2:])
    if a.frozen() and (count or inserted):
        # Growing moves the tail up starting from the end (the first write adds a property);
        # otherwise the first write is at start.
        a.check_writable(n + len(inserted) - count - 1 if len(inserted) > count else
                         (start if start < n else None))
    if isinstance(a, FastArray):
        removed = [a.present(i) for i in range(start, start + count)]
        if count or inserted:
            a.splice(start, count, inserted)
    else:
        items = a.items()
        removed = items[start:start + count]
        if count or inserted:
            a.replace(items[:start] + inserted + items[start + count:])
    return isolate.objects.new_array(removed)


def array_concat(isolate, this, args):
    objects = isolate.objects
    a = receiver(isolate, this, "concat")
    # The receiver is spread like the arguments when it is an array.
    out = a.items() if isinstance(a, FastArray) else [a.obj]
    for v in args:
        if type(v) is int and objects.map_of(v).instance_type == ARRAY_TYPE:
            out.extend(objects.array_items(v))
        else:
            out.append(v)
    return objects.new_array(out)


# ---- strings -----------------------------------------------------------------------------------


def join(isolate, a, sep: str) -> str:
    joining = isolate.arrays_being_joined
    key = a.arr if isinstance(a, FastArray) else id(a.obj)
    if key in joining:
        return ""
    joining.add(key)
    try:
        parts = []
        to_string = isolate.runtime.to_string
        for i in range(a.length()):
            v = a.get(i)
            parts.append("" if v is UNDEFINED or v is NULL else to_string(v))
        return canonical(sep.join(parts))     # lone surrogate halves may meet
    finally:
        joining.discard(key)


def array_join(isolate, this, args):
    a = receiver(isolate, this, "join")
    sep = arg(args, 0)
    return join(isolate, a, "," if sep is UNDEFINED else isolate.runtime.to_string(sep))


def array_to_string(isolate, this, args):
    if this is UNDEFINED or this is NULL:
        raise type_error("Cannot convert undefined or null to object")
    rt = isolate.runtime
    call = isolate.interpreter.call
    if type(this) is int:
        join_fn = rt.get_property(this, "join")
        if is_callable(isolate, join_fn):
            return call(join_fn, this, [])
    return call(rt.get_property(isolate.object_prototype, "toString"), this, [])


# ---- reordering --------------------------------------------------------------------------------


def array_reverse(isolate, this, args):
    a = receiver(isolate, this, "reverse")
    n = a.length()
    if n > 1:
        a.check_writable(0)
    a.replace(a.items()[::-1])
    return receiver_object(a)


def sorted_values(isolate, values: list, comparefn) -> list:
    """Sorts the values (no holes, no undefined) by comparefn or by string order; stable."""
    rt = isolate.runtime
    if comparefn is UNDEFINED:
        to_string = rt.to_string
        keys = [v if type(v) is str else to_string(v) for v in values]
        # JS orders strings by UTF-16 code units. Python's code point order agrees unless an
        # astral character (a surrogate pair in UTF-16) is involved; then compare UTF-16.
        if any(not k.isascii() and ASTRAL_RE.search(k) for k in keys):
            keys = [utf16_units(k) for k in keys]
        order = sorted(range(len(values)), key=keys.__getitem__)   # stable, as JS requires
        return [values[i] for i in order]
    call = isolate.interpreter.call

    def compare(x, y):
        r = call(comparefn, UNDEFINED, [x, y])
        r = r if type(r) is float else rt.to_number(r)
        return -1 if r < 0 else (1 if r > 0 else 0)
    return sorted(values, key=functools.cmp_to_key(compare))


def check_comparator(isolate, fn) -> None:
    if fn is not UNDEFINED and not is_callable(isolate, fn):
        raise type_error("The comparison function must be either a function or undefined")


def sort_items(isolate, items: list, comparefn) -> list:
    values = [v for v in items if v is not HOLE and v is not UNDEFINED]
    undefined_count = sum(1 for v in items if v is UNDEFINED)
    holes = len(items) - len(values) - undefined_count
    return sorted_values(isolate, values, comparefn) + [UNDEFINED] * undefined_count + [HOLE] * holes


def array_sort(isolate, this, args):
    a = receiver(isolate, this, "sort")
    comparefn = arg(args, 0)
    check_comparator(isolate, comparefn)
    items = a.items()
    if items:
        a.check_writable(0)
    a.replace(sort_items(isolate, items, comparefn))
    return receiver_object(a)


def array_to_sorted(isolate, this, args):
    a = receiver(isolate, this, "toSorted")
    comparefn = arg(args, 0)
    check_comparator(isolate, comparefn)
    return isolate.objects.new_array(sort_items(isolate, holes_as_undefined(a.items()), comparefn))


def array_to_reversed(isolate, this, args):
    a = receiver(isolate, this, "toReversed")
    return isolate.objects.new_array(holes_as_undefined(a.items()[::-1]))


def array_with(isolate, this, args):
    rt = isolate.runtime
    a = receiver(isolate, this, "with")
    n = a.length()
    i = to_integer_or_infinity(rt, arg(args, 0))
    k = i + n if i < 0 else i
    if not 0 <= k < n:
        raise range_error("Invalid index : " + rt.to_string(arg(args, 0)))
    items = holes_as_undefined(a.items())
    items[int(k)] = arg(args, 1)
    return isolate.objects.new_array(items)


def array_fill(isolate, this, args):
    rt = isolate.runtime
    a = receiver(isolate, this, "fill")
    n = a.length()
    value = arg(args, 0)
    start = relative_index(rt, arg(args, 1), n, 0)
    end = relative_index(rt, arg(args, 2), n, n)
    if start < end:
        a.check_writable(start)
    for i in range(start, end):
        a.set(i, value)
    return receiver_object(a)


def array_copy_within(isolate, this, args):
    rt = isolate.runtime
    a = receiver(isolate, this, "copyWithin")
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
    return receiver_object(a)


def array_to_spliced(isolate, this, args):
    rt = isolate.runtime
    a = receiver(isolate, this, "toSpliced")
    n = a.length()
    start = relative_index(rt, arg(args, 0), n, 0)
    count = splice_count(rt, args, start, n)
    items = holes_as_undefined(a.items())
    return isolate.objects.new_array(items[:start] + list(args[2:]) + items[start + count:])


# ---- searching ---------------------------------------------------------------------------------


def array_index_of(isolate, this, args):
    rt = isolate.runtime
    a = receiver(isolate, this, "indexOf")
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


def array_last_index_of(isolate, this, args):
    rt = isolate.runtime
    a = receiver(isolate, this, "lastIndexOf")
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


def array_includes(isolate, this, args):
    rt = isolate.runtime
    a = receiver(isolate, this, "includes")
    n = a.length()
    if n == 0:
        return False
    k = to_integer_or_infinity(rt, arg(args, 1))
    if k >= n:
        return False
    k = int(k) if k >= 0 else int(max(n + k, 0))
    target = arg(args, 0)
    for i in range(k, n):
        if same_value_zero(rt, a.get(i), target):
            return True
    return False


def find(isolate, this, args, *, name: str, from_end: bool, want_index: bool):
    """find, findIndex, findLast and findLastIndex: every index, holes as undefined."""
    a = receiver(isolate, this, name)
    fn, this_arg = arg(args, 0), arg(args, 1)
    require_callable(isolate, fn)
    to_boolean = isolate.runtime.to_boolean
    call = isolate.interpreter.call
    n = a.length()
    obj = receiver_object(a)
    for i in (range(n - 1, -1, -1) if from_end else range(n)):
        v = a.get(i)
        if to_boolean(call(fn, this_arg, [v, float(i), obj])):
            return float(i) if want_index else v
    return -1.0 if want_index else UNDEFINED


def array_at(isolate, this, args):
    a = receiver(isolate, this, "at")
    n = a.length()
    i = to_integer_or_infinity(isolate.runtime, arg(args, 0))
    k = i + n if i < 0 else i
    return a.get(int(k)) if 0 <= k < n else UNDEFINED


# ---- iteration with callbacks ------------------------------------------------------------------


def each_present(a):
    """(index, value) of the elements that exist, reading the live array (callbacks may change it)."""
    n = a.length()
    for i in range(n):
        v = a.present(i)
        if v is not HOLE:
            yield i, v


def callback_args(isolate, args):
    fn = arg(args, 0)
    require_callable(isolate, fn)
    return fn, arg(args, 1)


def array_for_each(isolate, this, args):
    a = receiver(isolate, this, "forEach")
    fn, this_arg = callback_args(isolate, args)
    call = isolate.interpreter.call
    obj = receiver_object(a)
    for i, v in each_present(a):
        call(fn, this_arg, [v, float(i), obj])
    return UNDEFINED


def array_map(isolate, this, args):
    a = receiver(isolate, this, "map")
    fn, this_arg = callback_args(isolate, args)
    call = isolate.interpreter.call
    obj = receiver_object(a)
    out = [HOLE] * a.length()
    for i, v in each_present(a):
        out[i] = call(fn, this_arg, [v, float(i), obj])
    return isolate.objects.new_array(out)


def array_filter(isolate, this, args):
    a = receiver(isolate, this, "filter")
    fn, this_arg = callback_args(isolate, args)
    call = isolate.interpreter.call
    to_boolean = isolate.runtime.to_boolean
    obj = receiver_object(a)
    out = []
    for i, v in each_present(a):
        if to_boolean(call(fn, this_arg, [v, float(i), obj])):
            out.append(v)
    return isolate.objects.new_array(out)


def array_some(isolate, this, args):
    a = receiver(isolate, this, "some")
    fn, this_arg = callback_args(isolate, args)
    call = isolate.interpreter.call
    to_boolean = isolate.runtime.to_boolean
    obj = receiver_object(a)
    for i, v in each_present(a):
        if to_boolean(call(fn, this_arg, [v, float(i), obj])):
            return True
    return False


def array_every(isolate, this, args):
    a = receiver(isolate, this, "every")
    fn, this_arg = callback_args(isolate, args)
    call = isolate.interpreter.call
    to_boolean = isolate.runtime.to_boolean
    obj = receiver_object(a)
    for i, v in each_present(a):
        if not to_boolean(call(fn, this_arg, [v, float(i), obj])):
            return False
    return True


def reduce(isolate, this, args, *, name: str, from_end: bool):
    """reduce and reduceRight: holes are skipped, also when looking for the first value."""
    a = receiver(isolate, this, name)
    fn = arg(args, 0)
    require_callable(isolate, fn)
    call = isolate.interpreter.call
    obj = receiver_object(a)
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


def flatten(isolate, items: list, depth: float, out: list) -> None:
    objects = isolate.objects
    for v in items:
        if v is HOLE:
            continue
        if depth > 0 and type(v) is int and objects.map_of(v).instance_type == ARRAY_TYPE:
            flatten(isolate, objects.array_items(v), depth - 1, out)
        else:
            out.append(v)


def array_flat(isolate, this, args):
    a = receiver(isolate, this, "flat")
    d = arg(args, 0)
    depth = 1.0 if d is UNDEFINED else to_integer_or_infinity(isolate.runtime, d)
    out: list = []
    flatten(isolate, a.items(), depth, out)
    return isolate.objects.new_array(out)


def array_flat_map(isolate, this, args):
    a = receiver(isolate, this, "flatMap")
    fn, this_arg = callback_args(isolate, args)
    call = isolate.interpreter.call
    obj = receiver_object(a)
    out: list = []
    for i, v in each_present(a):
        flatten(isolate, [call(fn, this_arg, [v, float(i), obj])], 1, out)
    return isolate.objects.new_array(out)


# ---- iterators ---------------------------------------------------------------------------------


def array_iterator(isolate, this, args, *, kind: str):
    """keys, values and entries: an Array Iterator reading the live array."""
    a = receiver(isolate, this, kind)
    objects = isolate.objects

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


ARRAY_STATICS = (
    Method("isArray", 1, array_is_array),
    Method("from", 1, array_from),
    Method("of", 0, array_of),
)

ARRAY_PROTOTYPE = (
    Method("at", 1, array_at),
    Method("concat", 1, array_concat),
    Method("copyWithin", 2, array_copy_within),
    Method("fill", 1, array_fill),
    Method("find", 1, functools.partial(find, name="find", from_end=False, want_index=False)),
    Method("findIndex", 1, functools.partial(find, name="findIndex", from_end=False, want_index=True)),
    Method("findLast", 1, functools.partial(find, name="findLast", from_end=True, want_index=False)),
    Method("findLastIndex", 1, functools.partial(find, name="findLastIndex", from_end=True, want_index=True)),
    Method("lastIndexOf", 1, array_last_index_of),
    Method("pop", 0, array_pop),
    Method("push", 1, array_push),
    Method("reverse", 0, array_reverse),
    Method("shift", 0, array_shift),
    Method("unshift", 1, array_unshift),
    Method("slice", 2, array_slice),
    Method("sort", 1, array_sort),
    Method("splice", 2, array_splice),
    Method("includes", 1, array_includes),
    Method("indexOf", 1, array_index_of),
    Method("join", 1, array_join),
    Method("keys", 0, functools.partial(array_iterator, kind="keys")),
    Method("entries", 0, functools.partial(array_iterator, kind="entries")),
    Method("values", 0, functools.partial(array_iterator, kind="values")),
    Method("forEach", 1, array_for_each),
    Method("filter", 1, array_filter),
    Method("flat", 0, array_flat),
    Method("flatMap", 1, array_flat_map),
    Method("map", 1, array_map),
    Method("every", 1, array_every),
    Method("some", 1, array_some),
    Method("reduce", 1, functools.partial(reduce, name="reduce", from_end=False)),
    Method("reduceRight", 1, functools.partial(reduce, name="reduceRight", from_end=True)),
    Method("toLocaleString", 0, array_to_string),
    Method("toString", 0, array_to_string),
    Method("toReversed", 0, array_to_reversed),
    Method("toSorted", 1, array_to_sorted),
    Method("toSpliced", 2, array_to_spliced),
    Method("with", 2, array_with),
)

ARRAY = Constructor("Array", 1, array_call, array_construct, statics=ARRAY_STATICS,
                  prototype=Prototype("Array", ARRAY_PROTOTYPE, attr="array_prototype"))
