"""Array: the constructor, Array.isArray/of/from and the Array.prototype methods.

Place in the pipeline: a built-in library module; bootstrap.py installs its
tables (Array.prototype itself is made by the isolate). The methods are
generic as in the spec: `this` may be an array (the fast path: elements read
and written through ObjectSpace) or any array-like object or string (the slow
path: `length` and index keys through the runtime's property access). Both sit
behind the same small interface, `FastArray` / `GenericArrayLike`, so each
method is written once, as the spec's algorithm, index by index; a real array
without inherited elements takes native shortcuts (a memmove for splice, a
list for sort) where they cannot be observed.

The spec's rules the generic path keeps:
- `length` is read once per call (a getter runs once) and clamped by ToLength
  (negative and NaN are 0, fractions truncate, at most 2^53 - 1).
- Holes: the methods the spec guards with HasProperty (forEach, map, filter,
  reduce, some, every, indexOf, sort, reverse, slice, concat, splice...) skip
  holes or carry them over; find, findIndex, includes, join and the iterators
  Get every index. Both look through the prototype chain, so a hole in an
  array reads `Array.prototype[i]` when there is one (checked only at a hole).
- Nothing materializes `length` elements of an array-like: a huge `length`
  over a few properties is walked through the keys that exist (sparse
  iteration), and the checks that come first throw at once: 2^53 - 1 in
  push/unshift/splice (TypeError), ArrayCreate over 2^32 - 1 in
  map/slice/splice/toSpliced... (RangeError "Invalid array length").
- ArraySpeciesCreate: an instance of `class A extends Array` makes A's
  instances in map, filter, slice, splice, concat, flat and flatMap.

`push` is called from hot loops; the interpreter caches it as a prototype
constant and optimized code reaches it through the generic call path, so it
keeps a short fast path for plain arrays.
"""
from __future__ import annotations

import bisect
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
    describe,
    is_callable,
    is_constructor,
    is_iterable,
    relative_index,
    require_callable,
    to_integer_or_infinity,
    to_length,
)
from interpreter.objects.maps import ElementsKind, InstanceType
from interpreter.numbers.numconv import to_uint32
from interpreter.runtime import utf16_length, utf16_units
from interpreter.objects.values import HOLE, NULL, UNDEFINED

ARRAY_TYPE = InstanceType.ARRAY
MAX_SAFE_LENGTH = 2 ** 53 - 1          # ToLength's bound: the longest array-like
MAX_ARRAY_LENGTH = 2 ** 32 - 1         # ArrayCreate's bound: the longest real array
# Above this many indices an array-like is walked through the index keys that exist (as V8
# walks dictionary elements) instead of asking HasProperty of every index.
SPARSE_WALK = 1 << 16
# The methods whose null/undefined receiver error names the method (the others say
# "Cannot convert undefined or null to object"), as in V8.
NAMED_NULL_CHECK = frozenset(("concat", "find", "findIndex", "findLast", "findLastIndex", "indexOf", "forEach",
                              "filter", "map", "every", "some", "reduce", "reduceRight"))


def integer_key(key: str) -> int | None:
    """The integer a canonical non-negative integer key names ("12" -> 12; "012", "1.5" -> None):
    the keys an array-like's indices are, up to 2^53 - 2."""
    if key.isdigit() and key.isascii() and (key == "0" or key[0] != "0"):
        return int(key)
    return None


class FastArray:
    """A real array receiver: elements straight from the heap, holes looked up the chain."""

    __slots__ = ("arr", "heap", "isolate", "name", "objects")

    def __init__(self, isolate, arr: int, name: str):
        self.isolate = isolate
        self.objects = isolate.objects
        self.heap = isolate.heap
        self.arr = arr
        self.name = name

    def length(self) -> int:
        return self.heap.load_word(self.arr + ARRAY_LENGTH_OFFSET)

    def own(self, i: int):
        """Own element i, or HOLE."""
        h = self.heap
        if i < h.load_word(self.arr + ARRAY_LENGTH_OFFSET):
            return h.load(h.load_word(self.arr + ARRAY_ELEMENTS_OFFSET) + 8 * i)
        return HOLE

    def present(self, i: int):
        """HasProperty then Get: element i (own or inherited), or HOLE when there is none."""
        h = self.heap
        if i < h.load_word(self.arr + ARRAY_LENGTH_OFFSET):
            v = h.load(h.load_word(self.arr + ARRAY_ELEMENTS_OFFSET) + 8 * i)
            if v is not HOLE:
                return v
        return self.isolate.runtime.inherited_element(self.objects.map_of(self.arr).prototype, str(i), self.arr)

    def get(self, i: int):
        v = self.present(i)
        return UNDEFINED if v is HOLE else v

    def inherits_elements(self) -> bool:
        """Whether a hole of this array can read an element of a prototype: then the native
        shortcuts (which see holes as missing) are not the spec's algorithm."""
        objects = self.objects
        m = objects.map_of(self.arr)
        if m.elements_kind != ElementsKind.ANY:
            return False      # a packed kind: no holes
        p = m.prototype
        while p:
            pm = objects.map_of(p)
            if pm.instance_type == ARRAY_TYPE or any(integer_key(k) is not None for k in pm.keys):
                return HOLE in objects.array_items(self.arr)
            p = pm.prototype
        return False

    def items(self) -> list:
        """All elements, inherited ones read through; HOLE where none exists."""
        items = self.objects.array_items(self.arr)
        if self.inherits_elements():
            proto = self.objects.map_of(self.arr).prototype
            inherited = self.isolate.runtime.inherited_element
            items = [inherited(proto, str(i), self.arr) if v is HOLE else v for i, v in enumerate(items)]
        return items

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

    def delete(self, i: int) -> None:
        if i < self.length():
            self.objects.set_element(self.arr, i, HOLE)

    def set_length(self, n: int) -> None:
        self.isolate.runtime.set_array_length(self.arr, float(n))

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

    __slots__ = ("isolate", "name", "obj", "rt")

    def __init__(self, isolate, obj, name: str):
        self.isolate = isolate
        self.rt = isolate.runtime
        self.obj = obj
        self.name = name

    def length(self) -> int:
        """LengthOfArrayLike: Get(length) (a getter runs: call this once per method) and ToLength."""
        return to_length(self.rt, self.rt.get_property(self.obj, "length"))

    def present(self, i: int):
        key = str(i)
        obj = self.obj
        t = type(obj)
        if t is int:
            if not self.rt.has_property(obj, key):
                return HOLE
        elif t is str:
            if i >= utf16_length(obj):
                return HOLE
        elif self.rt.inherited_element(self.rt.holder_of(obj), key, obj) is HOLE:
            return HOLE
        return self.rt.get_property(obj, key)

    def get(self, i: int):
        return self.rt.get_property(self.obj, str(i))

    def frozen(self) -> bool:
        return False

    def check_writable(self, first_write) -> None:
        pass

    # Writes are Set(O, key, v, true) on ToObject(this). A primitive's wrapper object is not
    # kept (there are none in the subset): a String's characters and length are read-only,
    # anything else written to a wrapper is dropped with it.

    def set(self, i: int, v) -> None:
        obj = self.obj
        if type(obj) is int:
            self.rt.set_property(obj, str(i), v, True)
        elif type(obj) is str and i < utf16_length(obj):
            raise type_error(f"Cannot assign to read only property '{i}' of object '[object String]'")

    def delete(self, i: int) -> None:
        obj = self.obj
        if type(obj) is int:
            self.rt.delete_property(obj, str(i), True)
        elif type(obj) is str and i < utf16_length(obj):
            raise type_error(f"Cannot delete property '{i}' of [object String]")

    def set_length(self, n: int) -> None:
        obj = self.obj
        if type(obj) is int:
            self.rt.set_property(obj, "length", float(n), True)
        elif type(obj) is str:
            raise type_error("Cannot assign to read only property 'length' of object '[object String]'")

    def shape_signature(self) -> tuple:
        """What changes when a property of the object or of its chain is added or deleted: each
        map, its key count (a dictionary map changes in place) and an array's element count."""
        objects = self.isolate.objects
        out = []
        p = self.obj
        while p:
            m = objects.map_of(p)
            out.append((m.id, len(m.keys), len(objects.element_indexes(p)) if m.instance_type == ARRAY_TYPE else 0))
            p = m.prototype
        return tuple(out)

    def present_keys(self, lo: int, hi: int) -> list[int] | None:
        """The indices in [lo, hi) that exist on the object or its prototypes, ascending, or
        None when that cannot be read off the maps (a string, an exotic object on the chain)."""
        obj = self.obj
        if type(obj) is not int:
            return None
        objects = self.isolate.objects
        found = set()
        p = obj
        while p:
            m = objects.map_of(p)
            if m.instance_type == ARRAY_TYPE:
                found.update(i for i in objects.element_indexes(p) if lo <= i < hi)   # a sparse one's
            elif m.instance_type not in (InstanceType.OBJECT, InstanceType.FUNCTION):
                return None
            for k in m.keys:
                i = integer_key(k)
                if i is not None and lo <= i < hi:
                    found.add(i)
            p = m.prototype
        return sorted(found)


def init(isolate) -> None:
    isolate.arrays_being_joined = set()     # a cycle contributes "" to a join (as V8 does)


def receiver(isolate, this, name: str):
    """The `this` of Array.prototype[name] behind the one interface both kinds share."""
    if type(this) is int and isolate.objects.map_of(this).instance_type == ARRAY_TYPE \
            and not isolate.objects.is_sparse(this):
        m = isolate.objects.map_of(this)
        if (m.extensible or m.frozen) and not m.length_read_only and not isolate.objects.index_setters:
            return FastArray(isolate, this, name)
        # A non-extensible or sealed array, one with a read-only length, or any array once an
        # index property somewhere is an accessor or read-only: each write and delete asks the
        # runtime, which refuses (or calls a setter for) the ones the spec's steps would.
        return GenericArrayLike(isolate, this, name)
    if this is UNDEFINED or this is NULL:
        # V8's words depend on the method: the callback-taking ones name themselves.
        if name in NAMED_NULL_CHECK:
            raise type_error(f"Array.prototype.{name} called on null or undefined")
        raise type_error("Cannot convert undefined or null to object")
    # ToObject: a primitive receiver is seen (by callbacks, by concat) as its wrapper.
    return GenericArrayLike(isolate, isolate.runtime.to_object(this), name)


def receiver_object(a):
    """The JS value a method was called on (what callbacks get as their third argument)."""
    return a.arr if isinstance(a, FastArray) else a.obj


def walk(a, lo: int, hi: int, backward: bool = False):
    """The indices of [lo, hi) the spec's loop asks HasProperty of, in its order. An array-like
    with a huge range is walked through the keys that exist, re-read after each step (a callback
    may add or delete properties), which visits exactly the indices HasProperty would accept."""
    if hi - lo <= SPARSE_WALK or isinstance(a, FastArray) or a.present_keys(lo, lo) is None:
        return range(hi - 1, lo - 1, -1) if backward else range(lo, hi)
    return sparse_walk(a, lo, hi, backward)


def sparse_walk(a, lo: int, hi: int, backward: bool):
    """The keys are listed again only when the shape of the object or its chain changed
    (a callback added or deleted a property), so a walk is linear in the keys it visits."""
    signature = keys = None
    while lo < hi:
        now = a.shape_signature()
        if now != signature:
            signature, keys = now, a.present_keys(lo, hi)
        if backward:
            j = bisect.bisect_left(keys, hi) - 1
            if j < 0 or keys[j] < lo:
                return
            hi = keys[j]
            yield hi
        else:
            j = bisect.bisect_left(keys, lo)
            if j == len(keys) or keys[j] >= hi:
                return
            yield keys[j]
            lo = keys[j] + 1


def each_present(a, n: int, backward: bool = False):
    """(index, value) of the elements that exist below n (HasProperty, then Get), reading the
    live object: callbacks may change it."""
    for i in walk(a, 0, n, backward):
        v = a.present(i)
        if v is not HOLE:
            yield i, v


def same_value_zero(rt, a, b) -> bool:
    if type(a) is float and type(b) is float and a != a and b != b:
        return True
    return rt.strict_equals(a, b)


def splice_count(rt, args, start: int, n: int) -> int:
    """How many elements splice and toSpliced remove from `start`."""
    if not args:
        return 0
    if len(args) == 1:
        return n - start
    return int(min(max(to_integer_or_infinity(rt, args[1]), 0), n - start))


def check_array_length(n: int) -> None:
    """ArrayCreate's check: a real array holds at most 2^32 - 1 elements."""
    if n > MAX_ARRAY_LENGTH:
        raise range_error("Invalid array length")


def generic_items(a, n: int) -> list:
    """Get of every index below n (holes as undefined), for the copying methods (toReversed,
    toSorted, with, toSpliced), whose result is a real array: n is at most 2^32 - 1."""
    return [a.get(i) for i in range(n)]


# ---- ArraySpeciesCreate ------------------------------------------------------------------------


def species_constructor(isolate, a):
    """ArraySpeciesCreate's choice: None for a plain Array, or the constructor whose instances
    the method makes (a subclass of Array). Symbols are outside the subset, so C[@@species] is
    the one Array defines: C itself when C inherits from Array, undefined otherwise."""
    obj = receiver_object(a)
    if not is_array(isolate, obj):
        return None
    rt = isolate.runtime
    objects = isolate.objects
    m = objects.map_of(obj)
    if m.prototype == isolate.array_prototype and "constructor" not in m.index:
        found = rt.lookup(m.prototype, "constructor")
        if found is not None and found[2] == isolate.array_function:
            return None          # the common case, without a getter to run
    c = rt.get_property(obj, "constructor")
    if c is UNDEFINED:
        return None
    if type(c) is not int:
        raise type_error("object.constructor[Symbol.species] is not a constructor")
    p = c
    while p and p != isolate.array_function:
        p = objects.map_of(p).prototype
    if not p or c == isolate.array_function:
        return None              # C[@@species] is undefined, or Array itself
    if not is_constructor(isolate, c):
        raise type_error("object.constructor[Symbol.species] is not a constructor")
    return c


def species_create(isolate, a, n: int):
    """ArraySpeciesCreate(O, n): the constructor to fill (None: a plain array, made by the
    caller from a list), or the RangeError of ArrayCreate."""
    c = species_constructor(isolate, a)
    if c is None:
        check_array_length(n)
        return None
    return isolate.interpreter.construct(c, [float(n)])


def create_data_property(isolate, target: int, i: int, v) -> None:
    """CreateDataPropertyOrThrow(A, i, v) on what a species constructor made."""
    objects = isolate.objects
    if objects.map_of(target).instance_type == ARRAY_TYPE:
        objects.set_element(target, i, v)
    else:
        objects.define_own(target, str(i), v)


def species_result(isolate, target, items: list, set_length: bool = True):
    """The method's result: a plain array of `items` (HOLE: a hole), or `target` (the species
    constructor's object) given the present items and, when the spec says so, the length."""
    if target is None:
        return isolate.objects.new_array(items)
    for i, v in enumerate(items):
        if v is not HOLE:
            create_data_property(isolate, target, i, v)
    if set_length:
        isolate.runtime.set_property(target, "length", float(len(items)), True)
    return target


# ---- the constructor ---------------------------------------------------------------------------


def make_array(isolate, args, prototype: int = 0) -> int:
    """Array(...) and new Array(...): one number is a length (a RangeError unless it is a
    uint32), anything else the elements. `prototype`: a subclass's, for super(...)."""
    objects = isolate.objects
    if len(args) == 1 and type(args[0]) is float:
        n = args[0]
        if to_uint32(n) != n:
            raise range_error("Invalid array length")
        arr = objects.new_array([], prototype)
        if n:
            isolate.runtime.set_array_length(arr, n)
        return arr
    return objects.new_array(list(args), prototype)


def array_call(isolate, this, args):
    return make_array(isolate, args)


def array_construct(isolate, args, new_target):
    return make_array(isolate, args)


def array_init_this(isolate, this, args):
    """super(...) in `class A extends Array`: `this` was allocated as an ordinary object with
    A's initial map; an array is not laid out like one, so the Array exotic object is made anew
    with that prototype, and becomes `this` (as Construct(Array, args, newTarget) would make it)."""
    return make_array(isolate, args, isolate.objects.map_of(this).prototype)


def array_is_array(isolate, this, args):
    v = arg(args, 0)
    return type(v) is int and isolate.objects.map_of(v).instance_type == ARRAY_TYPE


def constructed_by(isolate, this, n: int | None):
    """What Array.of and Array.from fill: a new instance of `this` when it is a constructor
    other than Array (a subclass: Stack.of(1) is a Stack), given n as its one argument
    (None: no argument), or None for a plain array."""
    if this == isolate.array_function or not is_constructor(isolate, this):
        return None
    return isolate.interpreter.construct(this, [] if n is None else [float(n)])


def array_of(isolate, this, args):
    target = constructed_by(isolate, this, len(args))
    return species_result(isolate, target, list(args))


def array_from(isolate, this, args):
    objects = isolate.objects
    source, map_fn, this_arg = arg(args, 0), arg(args, 1), arg(args, 2)
    if map_fn is not UNDEFINED:
        require_callable(isolate, map_fn)
    if source is UNDEFINED or source is NULL:
        check_iterable(isolate, source)
    if type(source) is str or (type(source) is int and is_iterable(isolate, source)):
        target = constructed_by(isolate, this, None)
        values = list(isolate.runtime.iterate(source))
    else:
        like = GenericArrayLike(isolate, source, "from")
        n = like.length()
        target = constructed_by(isolate, this, n)
        if target is None:
            check_array_length(n)
        values = [like.get(i) for i in range(n)]
    if map_fn is not UNDEFINED:
        call = isolate.interpreter.call
        values = [call(map_fn, this_arg, [v, float(i)]) for i, v in enumerate(values)]
    return species_result(isolate, target, values)


# ---- adding and removing at the ends ----------------------------------------------------------


def array_push(isolate, this, args):
    # Called from hot loops: plain arrays take the short way.
    if type(this) is int:
        objects = isolate.objects
        m = objects.map_of(this)
        n = objects.array_length(this) if m.instance_type == ARRAY_TYPE else 0
        if m.instance_type == ARRAY_TYPE and m.extensible and not m.length_read_only and \
                not objects.index_setters and n + len(args) <= MAX_ARRAY_LENGTH:
            set_element = objects.set_element
            for a in args:
                set_element(this, n, a)
                n += 1
            return float(n)
    a = receiver(isolate, this, "push")
    n = a.length()
    if n + len(args) > MAX_SAFE_LENGTH:
        raise type_error(f"Pushing {len(args)} elements on an array-like of length {n} is disallowed, "
                         "as the total surpasses 2**53-1")
    a.check_writable(n if args else None)
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
        if n == 0:
            return UNDEFINED
        v = a.get(n - 1)
        isolate.objects.array_pop(a.arr)
        return v
    if n == 0:
        a.set_length(0)
        return UNDEFINED
    v = a.get(n - 1)
    a.delete(n - 1)
    a.set_length(n - 1)
    return v


def move_element(a, src: int, dst: int) -> None:
    """One step of the spec's moving loops: HasProperty(src) ? Set(dst, Get(src)) : Delete(dst)."""
    v = a.present(src)
    if v is HOLE:
        a.delete(dst)
    else:
        a.set(dst, v)


def array_shift(isolate, this, args):
    a = receiver(isolate, this, "shift")
    n = a.length()
    a.check_writable(0 if n else None)
    if n == 0:
        if isinstance(a, GenericArrayLike):
            a.set_length(0)
        return UNDEFINED
    if isinstance(a, FastArray) and not a.inherits_elements():
        first = a.own(0)
        a.splice(0, 1, [])
        return UNDEFINED if first is HOLE else first
    first = a.get(0)
    for k in range(1, n):
        move_element(a, k, k - 1)
    a.delete(n - 1)
    a.set_length(n - 1)
    return first


def array_unshift(isolate, this, args):
    a = receiver(isolate, this, "unshift")
    n = a.length()
    argc = len(args)
    if argc:
        if n + argc > MAX_SAFE_LENGTH:
            raise type_error("Invalid array length")
        a.check_writable(n + argc - 1)
        if isinstance(a, FastArray) and not a.inherits_elements():
            a.splice(0, 0, list(args))
            return float(n + argc)
        for k in range(n, 0, -1):
            move_element(a, k - 1, k + argc - 1)
        for j, v in enumerate(args):
            a.set(j, v)
    if isinstance(a, GenericArrayLike) or argc:
        a.set_length(n + argc)
    return float(n + argc)


# ---- copying -----------------------------------------------------------------------------------


def array_slice(isolate, this, args):
    rt = isolate.runtime
    a = receiver(isolate, this, "slice")
    n = a.length()
    start = relative_index(rt, arg(args, 0), n, 0)
    end = relative_index(rt, arg(args, 1), n, n)
    count = max(end - start, 0)
    target = species_create(isolate, a, count)
    if isinstance(a, FastArray):
        items = a.items()[start:end]     # holes stay holes
    else:
        items = [HOLE] * count
        for i in walk(a, start, end):
            items[i - start] = a.present(i)
    return species_result(isolate, target, items)


def array_splice(isolate, this, args):
    rt = isolate.runtime
    a = receiver(isolate, this, "splice")
    n = a.length()
    start = relative_index(rt, arg(args, 0), n, 0)
    count = splice_count(rt, args, start, n)
    inserted = list(args[2:])
    if n + len(inserted) - count > MAX_SAFE_LENGTH:
        raise type_error("Invalid array length")
    target = species_create(isolate, a, count)
    if a.frozen() and (count or inserted):
        # Growing moves the tail up starting from the end (the first write adds a property);
        # otherwise the first write is at start.
        a.check_writable(n + len(inserted) - count - 1 if len(inserted) > count else
                         (start if start < n else None))
    if isinstance(a, FastArray) and not a.inherits_elements():
        removed = [a.own(i) for i in range(start, start + count)]
        if count or inserted:
            a.splice(start, count, inserted)
        return species_result(isolate, target, removed)
    removed = [a.present(i) for i in range(start, start + count)]
    result = species_result(isolate, target, removed)
    items = len(inserted)
    if items < count:
        for k in range(start, n - count):
            move_element(a, k + count, k + items)
        for k in range(n, n - count + items, -1):
            a.delete(k - 1)
    elif items > count:
        for k in range(n - count, start, -1):
            move_element(a, k + count - 1, k + items - 1)
    for j, v in enumerate(inserted):
        a.set(start + j, v)
    a.set_length(n - count + items)
    return result


def is_array(isolate, v) -> bool:
    return type(v) is int and isolate.objects.map_of(v).instance_type == ARRAY_TYPE


def array_items(isolate, arr: int) -> list:
    """An array's elements for concat (HOLE: none, own or inherited), a sparse one's too."""
    a = receiver(isolate, arr, "concat")
    if isinstance(a, FastArray):
        return a.items()
    n = a.length()
    check_array_length(n)
    out = [HOLE] * n
    for i in walk(a, 0, n):
        out[i] = a.present(i)
    return out


def array_concat(isolate, this, args):
    a = receiver(isolate, this, "concat")
    target = species_create(isolate, a, 0)
    # The receiver is spread like the arguments when it is an array (holes read through).
    obj = receiver_object(a)
    out = array_items(isolate, obj) if is_array(isolate, obj) else [obj]
    for v in args:
        if is_array(isolate, v):
            out.extend(array_items(isolate, v))
        else:
            out.append(v)
    check_array_length(len(out))
    return species_result(isolate, target, out)


# ---- strings -----------------------------------------------------------------------------------


def join(isolate, a, sep: str) -> str:
    joining = isolate.arrays_being_joined
    key = a.arr if isinstance(a, FastArray) else id(a.obj)
    if key in joining:
        return ""
    n = a.length()
    joining.add(key)
    try:
        parts = []
        to_string = isolate.runtime.to_string
        for i in range(n):
            v = a.get(i)
            parts.append("" if v is UNDEFINED or v is NULL else to_string(v))
        return canonical(sep.join(parts))     # lone surrogate halves may meet
    finally:
        joining.discard(key)


def array_join(isolate, this, args):
    a = receiver(isolate, this, "join")
    if isinstance(a, GenericArrayLike):
        # length is read before the separator is converted (a getter and toString observe it)
        n = a.length()
        sep = arg(args, 0)
        sep = "," if sep is UNDEFINED else isolate.runtime.to_string(sep)
        return join(isolate, LengthOnce(a, n), sep)
    sep = arg(args, 0)
    return join(isolate, a, "," if sep is UNDEFINED else isolate.runtime.to_string(sep))


class LengthOnce:
    """An array-like whose length was read already (join reads it before the separator)."""

    __slots__ = ("a", "n", "obj")

    def __init__(self, a, n: int):
        self.a, self.n, self.obj = a, n, a.obj

    def length(self) -> int:
        return self.n

    def get(self, i: int):
        return self.a.get(i)


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


def array_to_locale_string(isolate, this, args):
    """Each element's own toLocaleString(), joined by "," (null and undefined: "")."""
    a = receiver(isolate, this, "toLocaleString")
    joining = isolate.arrays_being_joined
    key = a.arr if isinstance(a, FastArray) else id(a.obj)
    if key in joining:
        return ""
    n = a.length()
    rt = isolate.runtime
    joining.add(key)
    try:
        parts = []
        for i in range(n):
            v = a.get(i)
            if v is UNDEFINED or v is NULL:
                parts.append("")
                continue
            fn = rt.get_property(v, "toLocaleString")
            if not is_callable(isolate, fn):
                raise type_error(f"{describe(isolate, fn)} is not a function")
            parts.append(rt.to_string(isolate.interpreter.call(fn, v, [])))
        return canonical(",".join(parts))
    finally:
        joining.discard(key)


# ---- reordering --------------------------------------------------------------------------------


def array_reverse(isolate, this, args):
    a = receiver(isolate, this, "reverse")
    n = a.length()
    if n > 1:
        a.check_writable(0)
    if isinstance(a, FastArray) and not a.inherits_elements():
        a.replace(a.items()[::-1])
        return a.arr
    # The spec's loop: swap the pairs from the ends, each side by HasProperty.
    lower = 0
    while lower < n // 2:
        upper = n - 1 - lower
        lv = a.present(lower)
        uv = a.present(upper)
        if uv is not HOLE:
            a.set(lower, uv)
        elif lv is not HOLE:
            a.delete(lower)
        if lv is not HOLE:
            a.set(upper, lv)
        elif uv is not HOLE:
            a.delete(upper)
        lower += 1
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
    return sorted_values(isolate, values, comparefn) + [UNDEFINED] * undefined_count


def array_sort(isolate, this, args):
    comparefn = arg(args, 0)
    check_comparator(isolate, comparefn)
    a = receiver(isolate, this, "sort")
    n = a.length()
    if isinstance(a, FastArray):
        items = a.items()
        if items:
            a.check_writable(0)
        out = sort_items(isolate, items, comparefn)
        a.replace(out + [HOLE] * (len(items) - len(out)))
        return a.arr
    # SortIndexedProperties with holes skipped: the present values, sorted, are written back
    # at 0.., and the indices after them that still hold something are deleted (V8 leaves
    # an array-like shorter than 2 alone).
    if n < 2:
        return a.obj
    present = [v for _, v in each_present(a, n)]
    out = sort_items(isolate, present, comparefn)
    for i, v in enumerate(out):
        a.set(i, v)
    for i in walk(a, len(out), n):
        if a.present(i) is not HOLE:
            a.delete(i)
    return a.obj


def array_to_sorted(isolate, this, args):
    comparefn = arg(args, 0)
    check_comparator(isolate, comparefn)
    a = receiver(isolate, this, "toSorted")
    n = a.length()
    check_array_length(n)
    return isolate.objects.new_array(sort_items(isolate, generic_items(a, n), comparefn))


def array_to_reversed(isolate, this, args):
    a = receiver(isolate, this, "toReversed")
    n = a.length()
    check_array_length(n)
    return isolate.objects.new_array([a.get(i) for i in range(n - 1, -1, -1)])   # the spec's order


def array_with(isolate, this, args):
    rt = isolate.runtime
    a = receiver(isolate, this, "with")
    n = a.length()
    i = to_integer_or_infinity(rt, arg(args, 0))
    k = i + n if i < 0 else i
    if not 0 <= k < n:
        raise range_error("Invalid index : " + rt.to_string(arg(args, 0)))
    check_array_length(n)
    k = int(k)
    value = arg(args, 1)
    return isolate.objects.new_array([value if j == k else a.get(j) for j in range(n)])


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
    if count <= 0:
        return receiver_object(a)
    a.check_writable(target)
    if isinstance(a, FastArray) and not a.inherits_elements():
        items = a.items()
        items[target:target + count] = items[start:start + count]
        a.replace(items)
        return a.arr
    # The spec's order: backward when the ranges overlap with the target after the source.
    if start < target < start + count:
        for k in range(count - 1, -1, -1):
            move_element(a, start + k, target + k)
    else:
        for k in range(count):
            move_element(a, start + k, target + k)
    return receiver_object(a)


def array_to_spliced(isolate, this, args):
    rt = isolate.runtime
    a = receiver(isolate, this, "toSpliced")
    n = a.length()
    start = relative_index(rt, arg(args, 0), n, 0)
    count = splice_count(rt, args, start, n)
    inserted = list(args[2:])
    new_length = n + len(inserted) - count
    if new_length > MAX_SAFE_LENGTH:
        raise type_error("Invalid array length")
    check_array_length(new_length)
    out = [a.get(i) for i in range(start)] + inserted + [a.get(i) for i in range(start + count, n)]
    return isolate.objects.new_array(out)


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
    for i in walk(a, k, n):
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
    for i in walk(a, 0, k + 1, backward=True):
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
    if target is not UNDEFINED and n - k > SPARSE_WALK and isinstance(a, GenericArrayLike):
        # Get of an absent index is undefined, which only undefined matches: the indices that
        # exist are the only candidates (each still read by Get, getters included).
        for i in walk(a, k, n):
            if same_value_zero(rt, a.get(i), target):
                return True
        return False
    for i in range(k, n):
        if same_value_zero(rt, a.get(i), target):
            return True
    return False


def find(isolate, this, args, *, name: str, from_end: bool, want_index: bool):
    """find, findIndex, findLast and findLastIndex: every index, holes as undefined."""
    a = receiver(isolate, this, name)
    n = a.length()
    fn, this_arg = arg(args, 0), arg(args, 1)
    require_callable(isolate, fn)
    to_boolean = isolate.runtime.to_boolean
    call = isolate.interpreter.call
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


def callback_args(isolate, a, args):
    """length (read first, as the spec does), then the callback's check: (n, fn, thisArg)."""
    n = a.length()
    fn = arg(args, 0)
    require_callable(isolate, fn)
    return n, fn, arg(args, 1)


def array_for_each(isolate, this, args):
    a = receiver(isolate, this, "forEach")
    n, fn, this_arg = callback_args(isolate, a, args)
    call = isolate.interpreter.call
    obj = receiver_object(a)
    for i, v in each_present(a, n):
        call(fn, this_arg, [v, float(i), obj])
    return UNDEFINED


def array_map(isolate, this, args):
    a = receiver(isolate, this, "map")
    n, fn, this_arg = callback_args(isolate, a, args)
    target = species_create(isolate, a, n)
    call = isolate.interpreter.call
    obj = receiver_object(a)
    out = {}
    for i, v in each_present(a, n):
        out[i] = call(fn, this_arg, [v, float(i), obj])
    if target is not None:
        for i, v in out.items():
            create_data_property(isolate, target, i, v)
        return target
    if len(out) == n:
        return isolate.objects.new_array(list(out.values()))
    arr = isolate.objects.new_array([])
    if n:
        isolate.runtime.set_array_length(arr, float(n))
    for i, v in out.items():
        isolate.objects.set_element(arr, i, v)
    return arr


def array_filter(isolate, this, args):
    a = receiver(isolate, this, "filter")
    n, fn, this_arg = callback_args(isolate, a, args)
    target = species_create(isolate, a, 0)
    call = isolate.interpreter.call
    to_boolean = isolate.runtime.to_boolean
    obj = receiver_object(a)
    out = []
    for i, v in each_present(a, n):
        if to_boolean(call(fn, this_arg, [v, float(i), obj])):
            out.append(v)
    return species_result(isolate, target, out, set_length=False)


def array_some(isolate, this, args):
    a = receiver(isolate, this, "some")
    n, fn, this_arg = callback_args(isolate, a, args)
    call = isolate.interpreter.call
    to_boolean = isolate.runtime.to_boolean
    obj = receiver_object(a)
    for i, v in each_present(a, n):
        if to_boolean(call(fn, this_arg, [v, float(i), obj])):
            return True
    return False


def array_every(isolate, this, args):
    a = receiver(isolate, this, "every")
    n, fn, this_arg = callback_args(isolate, a, args)
    call = isolate.interpreter.call
    to_boolean = isolate.runtime.to_boolean
    obj = receiver_object(a)
    for i, v in each_present(a, n):
        if not to_boolean(call(fn, this_arg, [v, float(i), obj])):
            return False
    return True


def reduce(isolate, this, args, *, name: str, from_end: bool):
    """reduce and reduceRight: holes are skipped, also when looking for the first value."""
    a = receiver(isolate, this, name)
    n = a.length()
    fn = arg(args, 0)
    require_callable(isolate, fn)
    call = isolate.interpreter.call
    obj = receiver_object(a)
    it = each_present(a, n, backward=from_end)
    if len(args) >= 2:
        acc = args[1]
    else:
        for _, acc in it:
            break
        else:
            raise type_error("Reduce of empty array with no initial value")
    for i, v in it:
        acc = call(fn, UNDEFINED, [acc, v, float(i), obj])
    return acc


def flatten(isolate, a, n: int, depth: float, out: list) -> None:
    """FlattenIntoArray: the present elements of `a` below n, arrays among them spread while
    depth lasts."""
    objects = isolate.objects
    for _, v in each_present(a, n):
        if depth > 0 and is_array(isolate, v):
            flatten(isolate, receiver(isolate, v, "flat"), objects.array_length(v), depth - 1, out)
        else:
            out.append(v)


def array_flat(isolate, this, args):
    a = receiver(isolate, this, "flat")
    n = a.length()
    d = arg(args, 0)
    depth = 1.0 if d is UNDEFINED else to_integer_or_infinity(isolate.runtime, d)
    target = species_create(isolate, a, 0)
    out: list = []
    flatten(isolate, a, n, depth, out)
    return species_result(isolate, target, out, set_length=False)


def array_flat_map(isolate, this, args):
    a = receiver(isolate, this, "flatMap")
    n, fn, this_arg = callback_args(isolate, a, args)
    target = species_create(isolate, a, 0)
    call = isolate.interpreter.call
    obj = receiver_object(a)
    out: list = []
    for i, v in each_present(a, n):
        r = call(fn, this_arg, [v, float(i), obj])
        if is_array(isolate, r):
            flatten(isolate, receiver(isolate, r, "flatMap"), isolate.objects.array_length(r), 0, out)
        else:
            out.append(r)
    return species_result(isolate, target, out, set_length=False)


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


def remember_array(isolate, ctor: int) -> None:
    """The intrinsic %Array%, which ArraySpeciesCreate compares constructors with."""
    isolate.array_function = ctor


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
    Method("toLocaleString", 0, array_to_locale_string),
    Method("toString", 0, array_to_string),
    Method("toReversed", 0, array_to_reversed),
    Method("toSorted", 1, array_to_sorted),
    Method("toSpliced", 2, array_to_spliced),
    Method("with", 2, array_with),
)

ARRAY = Constructor("Array", 1, array_call, array_construct, statics=ARRAY_STATICS,
                  prototype=Prototype("Array", ARRAY_PROTOTYPE, attr="array_prototype"),
                  init_this=array_init_this, setup=remember_array)
