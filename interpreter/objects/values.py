"""The one 64-bit encoding of every JS value (NaN-boxing), shared by the heap, optimized code and the deoptimizer.

Bit layout (see docs/values.md): the top 16 bits are the tag.

    tag < 0xFFF9      a double, stored as its own IEEE-754 bits. The only NaN
                      ever stored is CANONICAL_NAN (0x7FF8_0000_0000_0000), so
                      no double can be mistaken for a boxed value.
    0xFFF9            int32, payload in the low 32 bits (two's complement)
    0xFFFA            heap object (JS object, array, function), low 48 bits = address
    0xFFFB            string, low 32 bits = index in the isolate's string table
    0xFFFC            oddball: undefined, null, false, true, the hole
    0xFFFD            BigInt, low 32 bits = index in the isolate's BigInt table

Numbers are stored canonically: an int32 value that is not -0 is always
int32-tagged, every other number is a double. So equal numbers have equal
bits except NaN (never equal) and +0/-0 (always equal), which is what `===`
needs; strings are interned, so equal strings have equal bits too, and so are BigInts.

Inside the interpreter, values are Python objects: numbers are `float`,
strings `str`, booleans `bool`, heap objects their address as `int`, BigInts
`BigInt` (below: a Python int would read as an address), and undefined/null/the
hole the sentinels below. `type(v)` tells them apart
(bool is not `int` for `type()`).
"""
from __future__ import annotations

from math import copysign

TAG_SHIFT = 48
PAYLOAD_MASK = (1 << 48) - 1
LOW32 = 0xFFFF_FFFF

FIRST_BOXED_TAG = 0xFFF9
INT32_TAG = 0xFFF9
POINTER_TAG = 0xFFFA
STRING_TAG = 0xFFFB
ODDBALL_TAG = 0xFFFC
BIGINT_TAG = 0xFFFD

INT32_BITS = INT32_TAG << TAG_SHIFT
POINTER_BITS = POINTER_TAG << TAG_SHIFT
STRING_BITS = STRING_TAG << TAG_SHIFT
ODDBALL_BITS = ODDBALL_TAG << TAG_SHIFT
BIGINT_BITS = BIGINT_TAG << TAG_SHIFT

UNDEFINED_BITS = ODDBALL_BITS | 0
NULL_BITS = ODDBALL_BITS | 1
FALSE_BITS = ODDBALL_BITS | 2
TRUE_BITS = ODDBALL_BITS | 3
HOLE_BITS = ODDBALL_BITS | 4
# Written into the cell of a deleted global (`delete globalThis.g`): never a JS value.
# Optimized code embeds cell addresses, so its global loads and stores deopt on it.
DELETED_CELL_BITS = ODDBALL_BITS | 5
# Returned by runtime entries and optimized code when a JS exception is pending
# in the isolate; never a JS value.
EXCEPTION_BITS = ODDBALL_BITS | 0xDEAD

CANONICAL_NAN = 0x7FF8_0000_0000_0000
INT32_MIN = -(1 << 31)
INT32_MAX = (1 << 31) - 1


class Oddball:
    """undefined, null and the hole as interpreter values."""
    __slots__ = ("name", "bits")

    def __init__(self, name: str, bits: int):
        self.name = name
        self.bits = bits

    def __repr__(self) -> str:
        return self.name

    def __bool__(self) -> bool:
        return False


class BigInt:
    """A JS BigInt as an interpreter value: an arbitrary-precision integer, compared by value."""
    __slots__ = ("value",)

    def __init__(self, value: int):
        self.value = value

    def __eq__(self, other) -> bool:
        return type(other) is BigInt and other.value == self.value

    def __hash__(self) -> int:
        return hash(("bigint", self.value))

    def __bool__(self) -> bool:
        return self.value != 0

    def __repr__(self) -> str:
        return f"{self.value}n"


UNDEFINED = Oddball("undefined", UNDEFINED_BITS)
NULL = Oddball("null", NULL_BITS)
# Marks an uninitialized let/const binding (temporal dead zone) and array holes.
HOLE = Oddball("hole", HOLE_BITS)

ODDBALL_VALUES = {UNDEFINED_BITS: UNDEFINED, NULL_BITS: NULL, FALSE_BITS: False, TRUE_BITS: True,
                  HOLE_BITS: HOLE}


def is_int32(x: float) -> bool:
    """True when the double x is an int32 value other than -0 (so it is int32-tagged)."""
    return x.is_integer() and INT32_MIN <= x <= INT32_MAX and (x != 0.0 or copysign(1.0, x) > 0.0)


def tag_of(bits: int) -> int:
    return bits >> TAG_SHIFT


def is_double_bits(bits: int) -> bool:
    return (bits >> TAG_SHIFT) < FIRST_BOXED_TAG
