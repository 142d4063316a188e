"""Heap objects (interpreter/objects/space.py) read back word by word at the offsets of layout.py.

Place in the pipeline: optimized code and the deoptimizer address these
layouts directly, so every test checks the raw words in native memory, not
only what the generic accessors return.
"""
from __future__ import annotations

import math

import pytest

from interpreter.objects.heap import Heap
from interpreter.objects.layout import (ARRAY_CAPACITY_OFFSET, ARRAY_ELEMENTS_OFFSET, ARRAY_LENGTH_OFFSET,
                                ARRAY_WORDS, CONTEXT_HEADER_WORDS, CONTEXT_LENGTH_OFFSET,
                                CONTEXT_PARENT_OFFSET, FUNCTION_CONTEXT_OFFSET, FUNCTION_SHARED_OFFSET,
                                FUNCTION_WORDS, MAP_OFFSET, OBJECT_HEADER_WORDS, PROPERTIES_OFFSET,
                                WORD, context_slot_offset, inobject_slot_offset)
from interpreter.objects.maps import ElementsKind, InstanceType, MapTable
from interpreter.objects.space import (CONSTRUCTOR_INOBJECT, LITERAL_MIN_INOBJECT, ObjectSpace, elements_kind_of,
                                 is_index_key)
from interpreter.objects.values import HOLE, HOLE_BITS, INT32_BITS, NULL, POINTER_BITS, UNDEFINED, UNDEFINED_BITS




@pytest.fixture
def space():
    return ObjectSpace(Heap(1 << 22), MapTable())


def word(space, addr, offset=0):
    return space.heap.load_word(addr + offset)


# ---- layout constants ---------------------------------------------------------------------------

def test_layout_offsets():
    assert WORD == 8
    assert (MAP_OFFSET, PROPERTIES_OFFSET, OBJECT_HEADER_WORDS) == (0, 8, 2)
    assert [inobject_slot_offset(i) for i in range(3)] == [16, 24, 32]
    assert (ARRAY_LENGTH_OFFSET, ARRAY_ELEMENTS_OFFSET, ARRAY_CAPACITY_OFFSET, ARRAY_WORDS) == (16, 24, 32, 5)
    assert (FUNCTION_SHARED_OFFSET, FUNCTION_CONTEXT_OFFSET, FUNCTION_WORDS) == (16, 24, 4)
    assert (CONTEXT_PARENT_OFFSET, CONTEXT_LENGTH_OFFSET, CONTEXT_HEADER_WORDS) == (8, 16, 3)
    assert [context_slot_offset(i) for i in range(2)] == [24, 32]


# ---- plain objects -----------------------------------------------------------------------------

def test_new_object_header_and_slots(space):
    m = space.literal_root(2)
    assert m.inobject == LITERAL_MIN_INOBJECT and m.instance_type == InstanceType.OBJECT
    o = space.new_object(m)
    assert word(space, o, MAP_OFFSET) == m.id            # a raw map id, not a boxed value
    assert word(space, o, PROPERTIES_OFFSET) == 0         # no backing store yet
    assert [word(space, o, inobject_slot_offset(i)) for i in range(m.inobject)] == [UNDEFINED_BITS] * 4
    assert space.map_of(o) is m
    assert space.own_entries(o) == []


def test_literal_roots_are_shared_per_inobject_count(space):
    assert space.literal_root(0) is space.literal_root(4)     # both get the 4-slot minimum
    assert space.literal_root(6) is space.literal_root(6)
    assert space.literal_root(6) is not space.literal_root(4)
    assert space.literal_root(6).inobject == 6


def test_constructor_roots_are_fresh(space):
    a, b = space.constructor_root("Point"), space.constructor_root("Point")
    assert a is not b
    assert a.inobject == CONSTRUCTOR_INOBJECT and a.constructor_name == "Point"


def test_add_property_in_object(space):
    m0 = space.literal_root(2)
    o = space.new_object(m0)
    m1 = space.add_property(o, m0, "x", 1.0)
    m2 = space.add_property(o, m1, "y", 2.5)
    assert word(space, o) == m2.id
    assert word(space, o, inobject_slot_offset(0)) == INT32_BITS | 1
    assert space.heap.doubles[space.heap.index(o + inobject_slot_offset(1))] == 2.5
    assert word(space, o, PROPERTIES_OFFSET) == 0
    assert space.get_own(o, "x") == 1.0 and space.get_own(o, "y") == 2.5
    assert space.get_own(o, "z") is None


def test_out_of_object_growth_past_inobject_slots(space):
    m = space.literal_root(0)            # 4 in-object slots
    o = space.new_object(m)
    n = 13
    for k in range(n):
        m = space.add_property(o, m, f"p{k}", float(k * 10))
        backing = word(space, o, PROPERTIES_OFFSET)
        out = k + 1 - m.inobject
        if out <= 0:
            assert backing == 0
        else:
            # capacity lives in the word before the first backing slot: 4, then doubled
            capacity = space.heap.load_word(backing - 8)
            assert capacity == max(4, 1 << (out - 1).bit_length()) and capacity >= out
    assert m.keys == tuple(f"p{k}" for k in range(n))
    # in-object slots hold p0..p3, the backing store p4..p12 in order, as raw encoded words
    assert [word(space, o, inobject_slot_offset(i)) for i in range(4)] == [INT32_BITS | (10 * i) for i in range(4)]
    backing = word(space, o, PROPERTIES_OFFSET)
    assert [space.heap.load_word(backing + 8 * i) for i in range(n - 4)] == [
        INT32_BITS | (10 * k) for k in range(4, n)]
    assert space.heap.load_word(backing - 8) == 16
    assert space.own_entries(o) == [(f"p{k}", float(k * 10)) for k in range(n)]
    for k in range(n):
        assert space.property_address(o, m, k) == (
            o + inobject_slot_offset(k) if k < 4 else backing + 8 * (k - 4))


def test_backing_store_growth_copies_old_values(space):
    m = space.literal_root(0)
    o = space.new_object(m)
    for k in range(8):                   # exactly fills a 4-slot backing store
        m = space.add_property(o, m, f"k{k}", f"v{k}")
    first = word(space, o, PROPERTIES_OFFSET)
    m = space.add_property(o, m, "k8", "v8")
    second = word(space, o, PROPERTIES_OFFSET)
    assert second != first
    assert [space.get_own(o, f"k{k}") for k in range(9)] == [f"v{k}" for k in range(9)]


def test_set_own_overwrites_or_adds(space):
    m = space.literal_root(0)
    o = space.new_object(m)
    space.set_own(o, "a", 1.0)
    m_a = space.map_of(o)
    space.set_own(o, "a", "two")
    assert space.map_of(o) is m_a and space.get_own(o, "a") == "two"
    space.set_own(o, "b", NULL)
    assert space.map_of(o).keys == ("a", "b")
    assert space.get_own(o, "b") is NULL


def test_own_entries_put_integer_keys_first(space):
    m = space.literal_root(0)
    o = space.new_object(m)
    for k in ("b", "10", "a", "2", "01", "4294967295"):
        space.set_own(o, k, k)
    # "01" and 2^32-1 are not array indices: they stay in insertion order
    assert [k for k, _ in space.own_entries(o)] == ["2", "10", "b", "a", "01", "4294967295"]


def test_is_index_key():
    assert is_index_key("0") and is_index_key("4294967294")
    for k in ("", "01", "-1", "1.5", "4294967295", "١", "a"):
        assert not is_index_key(k)


# ---- arrays --------------------------------------------------------------------------------------

def test_new_array_layout(space):
    a = space.new_array([1.0, 2.0, 3.0])
    h = space.heap
    assert word(space, a) == space.array_map.id
    assert space.map_of(a).elements_kind == ElementsKind.INT32
    assert word(space, a, ARRAY_LENGTH_OFFSET) == 3        # raw, not boxed
    assert word(space, a, ARRAY_CAPACITY_OFFSET) == 4      # minimum capacity
    elements = word(space, a, ARRAY_ELEMENTS_OFFSET)
    assert [h.load_word(elements + 8 * i) for i in range(3)] == [INT32_BITS | 1, INT32_BITS | 2, INT32_BITS | 3]
    assert space.array_items(a) == [1.0, 2.0, 3.0]
    assert space.array_length(a) == 3


@pytest.mark.parametrize("items,kind", [([], ElementsKind.INT32), ([1.0, -2.0], ElementsKind.INT32),
                                        ([1.0, 0.5], ElementsKind.DOUBLE),
                                        ([-0.0], ElementsKind.DOUBLE),
                                        ([math.nan], ElementsKind.DOUBLE), ([2.0 ** 31], ElementsKind.DOUBLE),
                                        ([1.0, "s"], ElementsKind.ANY), ([UNDEFINED], ElementsKind.ANY),
                                        ([True], ElementsKind.ANY)])
def test_new_array_elements_kind(space, items, kind):
    a = space.new_array(items)
    assert space.map_of(a).elements_kind == kind
    assert space.map_of(a).instance_type == InstanceType.ARRAY


def test_elements_kind_of():
    assert elements_kind_of(7.0) == ElementsKind.INT32
    assert elements_kind_of(-2147483648.0) == ElementsKind.INT32
    assert elements_kind_of(2147483648.0) == ElementsKind.DOUBLE
    assert elements_kind_of(7.5) == ElementsKind.DOUBLE
    assert elements_kind_of(math.nan) == ElementsKind.DOUBLE
    assert elements_kind_of("7") == ElementsKind.ANY
    assert elements_kind_of(HOLE) == ElementsKind.ANY


def test_negative_zero_is_not_an_int32_element(space):
    # -0 is stored as a double (values.py), so an INT32 array cannot hold it: optimized
    # code truncates INT32 elements to i32 and would read +0.
    assert elements_kind_of(-0.0) == ElementsKind.DOUBLE
    a = space.new_array([1.0])
    space.set_element(a, 0, -0.0)
    assert space.map_of(a).elements_kind == ElementsKind.DOUBLE


def test_elements_kind_transitions_int32_double_any(space):
    a = space.new_array([1.0, 2.0])
    m_int = space.map_of(a)
    space.set_element(a, 0, 3.0)
    assert space.map_of(a) is m_int                       # int32 into int32: no transition
    space.set_element(a, 2, 0.5)
    m_double = space.map_of(a)
    assert m_double is not m_int and m_double.elements_kind == ElementsKind.DOUBLE
    space.set_element(a, 0, 4.0)
    assert space.map_of(a) is m_double                    # kinds only generalize
    space.set_element(a, 1, "s")
    m_any = space.map_of(a)
    assert m_any.elements_kind == ElementsKind.ANY
    space.set_element(a, 1, 1.0)
    assert space.map_of(a) is m_any
    assert space.array_items(a) == [4.0, 1.0, 0.5]
    # the transitions are remembered and reused by the next array on the same path
    b = space.new_array([1.0])
    space.set_element(b, 0, 0.25)
    assert space.map_of(b) is m_double


def test_set_element_appends_and_grows(space):
    a = space.new_array([])
    h = space.heap
    assert word(space, a, ARRAY_CAPACITY_OFFSET) == 4
    old_elements = word(space, a, ARRAY_ELEMENTS_OFFSET)
    for k in range(4):
        space.set_element(a, k, float(k))
    assert word(space, a, ARRAY_ELEMENTS_OFFSET) == old_elements
    space.set_element(a, 4, 4.0)
    assert word(space, a, ARRAY_CAPACITY_OFFSET) == 8         # doubled
    new_elements = word(space, a, ARRAY_ELEMENTS_OFFSET)
    assert new_elements != old_elements
    assert [h.load_word(new_elements + 8 * i) for i in range(5)] == [INT32_BITS | i for i in range(5)]
    assert word(space, a, ARRAY_LENGTH_OFFSET) == 5
    assert space.map_of(a).elements_kind == ElementsKind.INT32


def test_set_element_far_past_the_end_leaves_holes(space):
    a = space.new_array([1.0])
    space.set_element(a, 20, 2.0)
    h = space.heap
    assert word(space, a, ARRAY_LENGTH_OFFSET) == 21
    assert word(space, a, ARRAY_CAPACITY_OFFSET) >= 21
    elements = word(space, a, ARRAY_ELEMENTS_OFFSET)
    assert [h.load_word(elements + 8 * i) for i in range(1, 20)] == [HOLE_BITS] * 19
    assert space.map_of(a).elements_kind == ElementsKind.ANY  # holes need a general kind
    items = space.array_items(a)
    assert items[0] == 1.0 and items[20] == 2.0 and all(x is HOLE for x in items[1:20])
    assert space.get_element(a, 5) is UNDEFINED              # a hole reads as undefined
    assert space.get_element(a, 21) is UNDEFINED
    assert space.get_element(a, -1) is UNDEFINED


def test_array_pop(space):
    a = space.new_array([1.0, "x"])
    assert space.array_pop(a) == "x"
    assert space.array_length(a) == 1
    assert space.array_pop(a) == 1.0
    assert space.array_pop(a) is UNDEFINED
    assert space.array_length(a) == 0


def test_array_of_objects_holds_pointers(space):
    o = space.new_object(space.literal_root(0))
    a = space.new_array([o])
    elements = word(space, a, ARRAY_ELEMENTS_OFFSET)
    assert space.heap.load_word(elements) == POINTER_BITS | o
    assert space.get_element(a, 0) == o


# ---- functions and contexts --------------------------------------------------------------------

def test_function_layout(space):
    ctx = space.new_context(0, 1)
    f = space.new_function(42, ctx)
    assert word(space, f) == space.function_map.id
    assert word(space, f, FUNCTION_SHARED_OFFSET) == 42
    assert word(space, f, FUNCTION_CONTEXT_OFFSET) == ctx
    assert space.function_shared_id(f) == 42 and space.function_context(f) == ctx
    assert space.map_of(f).instance_type == InstanceType.FUNCTION


def test_context_layout(space):
    parent = space.new_context(0, 0)
    ctx = space.new_context(parent, 3)
    assert word(space, ctx) == space.context_map.id
    assert word(space, ctx, CONTEXT_PARENT_OFFSET) == parent       # raw address
    assert word(space, ctx, CONTEXT_LENGTH_OFFSET) == 3
    assert [word(space, ctx, context_slot_offset(i)) for i in range(3)] == [UNDEFINED_BITS] * 3
    holey = space.new_context(parent, 2, HOLE_BITS)
    assert [word(space, holey, context_slot_offset(i)) for i in range(2)] == [HOLE_BITS] * 2


def test_context_parent_chain(space):
    c0 = space.new_context(0, 1)
    c1 = space.new_context(c0, 1)
    c2 = space.new_context(c1, 1)
    assert [space.context_parent(c2, d) for d in range(4)] == [c2, c1, c0, 0]


def test_clone_context_copies_slots_not_identity(space):
    parent = space.new_context(0, 0)
    ctx = space.new_context(parent, 3)
    h = space.heap
    h.store(ctx + context_slot_offset(0), 1.0)
    h.store(ctx + context_slot_offset(1), "s")
    h.store(ctx + context_slot_offset(2), 0.5)
    copy = space.clone_context(ctx)
    assert copy != ctx
    assert word(space, copy, CONTEXT_PARENT_OFFSET) == parent
    assert word(space, copy, CONTEXT_LENGTH_OFFSET) == 3
    assert [h.load(copy + context_slot_offset(i)) for i in range(3)] == [1.0, "s", 0.5]
    # the copy is independent: a per-iteration let binding
    h.store(copy + context_slot_offset(0), 2.0)
    assert h.load(ctx + context_slot_offset(0)) == 1.0


def test_shift_unshift_and_splice_move_elements_natively(monkeypatch):
    """shift, unshift and splice of a plain array move its elements in one memmove
    (ObjectSpace.splice_elements), never element by element (20,000 shifts were a Python loop
    over the whole array each, quadratic); holes, kinds and the freed tail stay right."""
    from interpreter.isolate import Isolate
    out: list[str] = []
    iso = Isolate(write=out.append)
    writes = []
    real = ObjectSpace.set_element
    monkeypatch.setattr(ObjectSpace, "set_element",
                        lambda self, addr, i, v: (writes.append(i), real(self, addr, i, v))[1])
    iso.run("""
        var a = [];
        for (var i = 0; i < 2000; i++) a[i] = i;
        var s = 0;
        for (var k = 0; k < 1000; k++) s += a.shift();
        a.unshift(-1, -2);
        var removed = a.splice(1, 3, 'x');
        var holes = [1, , 3];
        holes.shift();
        console.log(s, a.length, a[0], a[1], a[2], removed, holes, 1 in holes, 0 in holes);
    """)
    assert "".join(out) == "499500 1000 -1 x 1002 [ -2, 1000, 1001 ] [ <1 empty item>, 3 ] true false\n"
    assert len(writes) == 2000          # the loop's own stores; none from the three methods
    arr = iso.global_value("a")
    elements = iso.heap.load_word(arr + ARRAY_ELEMENTS_OFFSET)
    n = iso.heap.load_word(arr + ARRAY_LENGTH_OFFSET)
    capacity = iso.heap.load_word(arr + ARRAY_CAPACITY_OFFSET)
    # past the length, the store holds nothing the collector would keep alive
    assert all(iso.heap.load_word(elements + 8 * k) == 0 for k in range(n, min(capacity, n + 1000)))
