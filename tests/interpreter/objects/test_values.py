"""The NaN-boxed value encoding (interpreter/objects/values.py, Heap.encode/decode/load/store) at its edges.

Place in the pipeline: the encoding is the contract between the interpreter,
optimized code and the deoptimizer, so these tests pin the exact bits, not
just round trips. Expected bit patterns are written out by hand from the
layout in docs/values.md; IEEE-754 bits are computed with `struct`, never
with the heap's own helpers.
"""
from __future__ import annotations

import math
import random
import struct

import pytest

from interpreter.objects.heap import Heap
from interpreter.objects.values import (CANONICAL_NAN, EXCEPTION_BITS, FALSE_BITS, FIRST_BOXED_TAG, HOLE,
                                HOLE_BITS, INT32_BITS, INT32_MAX, INT32_MIN, NULL, NULL_BITS,
                                ODDBALL_BITS, ODDBALL_VALUES, BIGINT_BITS, BigInt, POINTER_BITS, STRING_BITS, TRUE_BITS,
                                UNDEFINED, UNDEFINED_BITS, is_double_bits, is_int32, tag_of)


def bits_of(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def double_of(bits: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", bits))[0]


def same_number(a: float, b: float) -> bool:
    """SameValue for numbers: NaN equals NaN, +0 and -0 differ."""
    if a != a:
        return b != b
    return a == b and math.copysign(1.0, a) == math.copysign(1.0, b)


@pytest.fixture(scope="module")
def heap():
    return Heap(1 << 20)


# ---- the constants themselves ------------------------------------------------------------

def test_tag_constants_match_the_documented_layout():
    assert INT32_BITS == 0xFFF9_0000_0000_0000
    assert POINTER_BITS == 0xFFFA_0000_0000_0000
    assert STRING_BITS == 0xFFFB_0000_0000_0000
    assert ODDBALL_BITS == 0xFFFC_0000_0000_0000
    assert BIGINT_BITS == 0xFFFD_0000_0000_0000
    assert (UNDEFINED_BITS, NULL_BITS, FALSE_BITS, TRUE_BITS, HOLE_BITS) == (
        0xFFFC_0000_0000_0000, 0xFFFC_0000_0000_0001, 0xFFFC_0000_0000_0002,
        0xFFFC_0000_0000_0003, 0xFFFC_0000_0000_0004)
    assert CANONICAL_NAN == 0x7FF8_0000_0000_0000 == bits_of(float("nan")) & ~(1 << 63)
    assert FIRST_BOXED_TAG == 0xFFF9
    assert (INT32_MIN, INT32_MAX) == (-2 ** 31, 2 ** 31 - 1)


def test_every_boxed_pattern_is_a_nan_as_a_double():
    # Why NaN-boxing works: all words with tag >= 0xFFF9 are (negative, quiet) NaNs,
    # and the only NaN ever stored is the positive canonical one.
    for tag in range(FIRST_BOXED_TAG, 0x1_0000):
        for low in (0, 1, 0xFFFF_FFFF, (1 << 48) - 1):
            x = double_of((tag << 48) | low)
            assert x != x
    assert tag_of(CANONICAL_NAN) < FIRST_BOXED_TAG
    assert tag_of(bits_of(-math.inf)) == 0xFFF0 < FIRST_BOXED_TAG


def test_oddball_sentinels():
    assert ODDBALL_VALUES == {UNDEFINED_BITS: UNDEFINED, NULL_BITS: NULL, FALSE_BITS: False,
                              TRUE_BITS: True, HOLE_BITS: HOLE}
    assert (UNDEFINED.bits, NULL.bits, HOLE.bits) == (UNDEFINED_BITS, NULL_BITS, HOLE_BITS)
    assert not UNDEFINED and not NULL and not HOLE
    assert (repr(UNDEFINED), repr(NULL), repr(HOLE)) == ("undefined", "null", "hole")
    # EXCEPTION_BITS is an oddball-tagged word that is never a JS value.
    assert tag_of(EXCEPTION_BITS) == 0xFFFC and EXCEPTION_BITS not in ODDBALL_VALUES


# ---- numbers: the exact word each edge value becomes ---------------------------------------

NUMBER_CASES = [
    # (value, expected word)
    (0.0, 0xFFF9_0000_0000_0000),                  # +0 is int32-tagged
    (-0.0, 0x8000_0000_0000_0000),                 # -0 cannot be an int32: a double
    (1.0, 0xFFF9_0000_0000_0001),
    (-1.0, 0xFFF9_0000_FFFF_FFFF),                 # two's complement in the low 32 bits
    (2147483647.0, 0xFFF9_0000_7FFF_FFFF),         # 2^31 - 1, the largest int32
    (-2147483648.0, 0xFFF9_0000_8000_0000),        # -2^31, the smallest int32
    (2147483648.0, 0x41E0_0000_0000_0000),         # 2^31: a double
    (-2147483649.0, 0xC1E0_0000_0020_0000),        # -2^31 - 1: a double
    (4294967296.0, 0x41F0_0000_0000_0000),         # 2^32: not wrapped into the int32 payload
    (0.5, 0x3FE0_0000_0000_0000),
    (-1.5, 0xBFF8_0000_0000_0000),
    (9007199254740992.0, 0x4340_0000_0000_0000),   # 2^53
    (9007199254740994.0, 0x4340_0000_0000_0001),   # 2^53 + 2, the next double
    (5e-324, 0x0000_0000_0000_0001),               # smallest subnormal
    (-5e-324, 0x8000_0000_0000_0001),
    (2.2250738585072014e-308, 0x0010_0000_0000_0000),  # smallest normal
    (1.7976931348623157e308, 0x7FEF_FFFF_FFFF_FFFF),   # largest finite
    (-1.7976931348623157e308, 0xFFEF_FFFF_FFFF_FFFF),  # most negative finite: tag 0xFFEF
    (math.inf, 0x7FF0_0000_0000_0000),
    (-math.inf, 0xFFF0_0000_0000_0000),
]


@pytest.mark.parametrize("value,word", NUMBER_CASES, ids=lambda v: repr(v) if isinstance(v, float) else hex(v))
def test_number_encoding(heap, value, word):
    assert heap.encode(value) == word
    assert same_number(heap.decode(word), value)


@pytest.mark.parametrize("value,word", NUMBER_CASES, ids=lambda v: repr(v) if isinstance(v, float) else hex(v))
def test_number_store_load_through_native_memory(heap, value, word):
    addr = heap.allocate(1)
    heap.store(addr, value)
    assert heap.load_word(addr) == word           # the raw word in the mmap
    got = heap.load(addr)
    assert type(got) is float and same_number(got, value)


def test_two_pow_53_plus_one_rounds_to_two_pow_53(heap):
    # 2^53 + 1 is not a double: the literal rounds (to even) to 2^53 before encoding.
    assert float(2 ** 53 + 1) == 2.0 ** 53
    assert heap.encode(float(2 ** 53 + 1)) == heap.encode(2.0 ** 53) == 0x4340_0000_0000_0000
    assert heap.encode(float(2 ** 53 + 3)) == 0x4340_0000_0000_0002  # rounds up to 2^53 + 4


def test_negative_zero_keeps_its_sign(heap):
    addr = heap.allocate(1)
    heap.store(addr, -0.0)
    assert math.copysign(1.0, heap.load(addr)) == -1.0
    heap.store(addr, 0.0)
    assert math.copysign(1.0, heap.load(addr)) == 1.0
    assert heap.load_word(addr) == INT32_BITS


NANS = [
    float("nan"),
    -float("nan"),
    double_of(0x7FF8_0000_0000_0000),   # canonical
    double_of(0xFFF8_0000_0000_0000),   # negative quiet NaN
    double_of(0x7FF8_0000_0000_0001),   # quiet NaN with a payload
    double_of(0x7FF0_0000_0000_0001),   # signalling NaN pattern
    double_of(0x7FFF_FFFF_FFFF_FFFF),
    double_of(0xFFF9_0000_0000_002A),   # would look like int32 42 if stored raw
    double_of(0xFFFA_0000_DEAD_BEE8),   # would look like a pointer
    double_of(0xFFFB_0000_0000_0000),   # would look like string 0
    double_of(0xFFFC_0000_0000_0001),   # would look like null
    double_of(0xFFFF_FFFF_FFFF_FFFF),
]


@pytest.mark.parametrize("nan", NANS, ids=lambda x: hex(bits_of(x)))
def test_only_the_canonical_nan_is_ever_stored(heap, nan):
    assert nan != nan
    assert heap.encode(nan) == CANONICAL_NAN
    addr = heap.allocate(1)
    heap.store(addr, nan)
    assert heap.load_word(addr) == CANONICAL_NAN
    got = heap.load(addr)
    assert type(got) is float and got != got
    assert heap.decode(CANONICAL_NAN) != heap.decode(CANONICAL_NAN)


def test_no_double_is_confused_with_a_boxed_tag(heap):
    rng = random.Random(1234)
    samples = [double_of(rng.getrandbits(64)) for _ in range(20000)]
    samples += [double_of((tag << 48) | rng.getrandbits(48)) for tag in range(0xFFF0, 0x1_0000)
                for _ in range(50)]
    samples += [v for v, _ in NUMBER_CASES] + NANS
    addr = heap.allocate(1)
    for x in samples:
        w = heap.encode(x)
        if is_int32(x):
            assert w == INT32_BITS | (int(x) & 0xFFFF_FFFF)
        else:
            assert is_double_bits(w), hex(bits_of(x))
            assert w == (CANONICAL_NAN if x != x else bits_of(x))
        assert same_number(heap.decode(w), x)
        heap.store(addr, x)
        assert heap.load_word(addr) == w
        assert same_number(heap.load(addr), x)


def test_int32_range_boundaries_exhaustively_near_the_limits(heap):
    for k in list(range(-70, 70)) + list(range(INT32_MAX - 70, INT32_MAX + 70)) + list(
            range(INT32_MIN - 70, INT32_MIN + 70)):
        x = float(k)
        w = heap.encode(x)
        if INT32_MIN <= k <= INT32_MAX:
            assert w >> 32 == 0xFFF9_0000 and w == INT32_BITS | (k & 0xFFFF_FFFF)
        else:
            assert w == bits_of(x)
        assert heap.decode(w) == x


def test_fractions_near_integers_stay_doubles(heap):
    for x in (0.1, -0.1, 1.0000000000000002, 2147483646.5, -2147483647.5, 1e-300):
        assert heap.encode(x) == bits_of(x)
        assert not is_int32(x)


def test_is_int32_and_is_double_bits():
    assert is_int32(0.0) and is_int32(INT32_MAX * 1.0) and is_int32(INT32_MIN * 1.0)
    for x in (-0.0, 0.5, 2.0 ** 31, -(2.0 ** 31) - 1, math.nan, math.inf, -math.inf):
        assert not is_int32(x)
    assert is_double_bits(0) and is_double_bits(CANONICAL_NAN) and is_double_bits(0xFFF8_FFFF_FFFF_FFFF)
    for w in (INT32_BITS, POINTER_BITS | 8, STRING_BITS, UNDEFINED_BITS, 0xFFFF_FFFF_FFFF_FFFF):
        assert not is_double_bits(w)


# ---- strings, oddballs, pointers ---------------------------------------------------------------

def test_strings_are_interned(heap):
    a = heap.encode("hello")
    b = heap.encode("hel" + "lo")
    assert a == b and tag_of(a) == 0xFFFB
    assert heap.encode("Hello") != a
    assert heap.decode(a) == "hello"
    assert heap.strings[a & 0xFFFF_FFFF] == "hello"
    assert heap.intern("hello") == a & 0xFFFF_FFFF


@pytest.mark.parametrize("s", ["", " ", "0", "undefined", "é", "\u2028", "😀", "\ud800", "\x00", "a" * 1000])
def test_string_round_trips(heap, s):
    w = heap.encode(s)
    assert w >> 48 == 0xFFFB and (w >> 32) & 0xFFFF == 0
    assert heap.decode(w) == s
    addr = heap.allocate(1)
    heap.store(addr, s)
    assert heap.load_word(addr) == w and heap.load(addr) == s


def test_bigints_are_interned_by_value(heap):
    a = heap.encode(BigInt(2 ** 100))
    b = heap.encode(BigInt(2 ** 100))
    assert a == b and tag_of(a) == 0xFFFD and (a >> 32) & 0xFFFF == 0
    assert heap.encode(BigInt(-(2 ** 100))) != a
    assert heap.decode(a) == BigInt(2 ** 100) and heap.bigints[a & 0xFFFF_FFFF].value == 2 ** 100
    # 0n and 1n are BigInts, never the numbers or booleans they equal in Python
    for v in (0, 1):
        w = heap.encode(BigInt(v))
        assert tag_of(w) == 0xFFFD and w not in (INT32_BITS | v, FALSE_BITS, TRUE_BITS)
        addr = heap.allocate(1)
        heap.store(addr, BigInt(v))
        assert heap.load_word(addr) == w and type(heap.load(addr)) is BigInt


def test_string_ids_are_dense_and_stable():
    h = Heap(1 << 16)
    ids = [h.encode(s) & 0xFFFF_FFFF for s in ("a", "b", "a", "c", "b")]
    assert ids == [0, 1, 0, 2, 1]
    assert h.strings == ["a", "b", "c"]


def test_a_number_string_is_not_the_number(heap):
    assert heap.encode("1") != heap.encode(1.0)
    assert heap.decode(heap.encode("1")) == "1"


@pytest.mark.parametrize("value,word", [(UNDEFINED, UNDEFINED_BITS), (NULL, NULL_BITS), (False, FALSE_BITS),
                                        (True, TRUE_BITS), (HOLE, HOLE_BITS)], ids=repr)
def test_oddballs(heap, value, word):
    assert heap.encode(value) == word
    assert heap.decode(word) is value
    addr = heap.allocate(1)
    heap.store(addr, value)
    assert heap.load_word(addr) == word and heap.load(addr) is value


def test_booleans_are_not_numbers(heap):
    # bool is a subclass of int in Python; the encoding must look at the exact type.
    assert heap.encode(True) != heap.encode(1.0)
    assert heap.encode(False) != heap.encode(0.0)
    assert type(heap.decode(TRUE_BITS)) is bool


def test_pointers(heap):
    addr = heap.allocate(4)
    w = heap.encode(addr)
    assert w == POINTER_BITS | addr and tag_of(w) == 0xFFFA
    assert addr < 1 << 48 and addr % 8 == 0
    assert heap.decode(w) == addr and type(heap.decode(w)) is int
    slot = heap.allocate(1)
    heap.store(slot, addr)
    assert heap.load_word(slot) == w and heap.load(slot) == addr


def test_encode_rejects_non_values(heap):
    for bad in (None, 1 + 2j, [1], b"x"):
        with pytest.raises(TypeError):
            heap.encode(bad)


def test_decode_encode_round_trip_over_every_kind(heap):
    addr = heap.allocate(2)
    values = [0.0, -0.0, 1.0, -1.0, 0.25, 1e100, -math.inf, "", "x", True, False, UNDEFINED, NULL, HOLE, addr]
    for v in values:
        back = heap.decode(heap.encode(v))
        assert type(back) is type(v)
        if type(v) is float:
            assert same_number(back, v)
        elif type(v) in (bool, int, str):
            assert back == v
        else:
            assert back is v


# ---- the heap itself ----------------------------------------------------------------------------

def test_allocation_is_a_zeroed_bump_pointer():
    h = Heap(1 << 16)
    a = h.allocate(3)
    b = h.allocate(1)
    assert a >= h.base + 8 and a % 8 == 0   # address 0 of the heap is never an object
    assert b == a + 24 + 8                  # each allocation has a header word before it
    assert [h.load_word(a + 8 * i) for i in range(3)] == [0, 0, 0]
    assert h.index(b) == (b - h.base) // 8
    h.store_word(b, 0x1234)
    assert h.words[h.index(b)] == 0x1234


def test_heap_words_and_doubles_alias_the_same_memory():
    h = Heap(1 << 16)
    a = h.allocate(1)
    h.store(a, 0.1)
    assert h.doubles[h.index(a)] == 0.1
    assert h.words[h.index(a)] == bits_of(0.1)


def test_heap_exhaustion_is_a_python_error_not_a_crash():
    from interpreter.objects.heap import HeapExhausted
    h = Heap(1 << 12)
    with pytest.raises(HeapExhausted):
        h.allocate(1 << 10)
