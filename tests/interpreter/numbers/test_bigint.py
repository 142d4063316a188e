"""interpreter.bigint: BigInt operator semantics on Python ints (the values node prints for
the same expressions are in the comments), string parsing, radix printing and the size limit."""
from __future__ import annotations

import math

import pytest

from interpreter.numbers import bigint
from interpreter.errors import JSThrow


@pytest.mark.parametrize("op, a, b, result", [
    ("/", 7, 2, 3), ("/", -7, 2, -3), ("/", 7, -2, -3), ("/", -7, -2, 3),    # toward zero
    ("%", 7, 2, 1), ("%", -7, 2, -1), ("%", 7, -2, 1), ("%", -7, -2, -1),    # dividend's sign
    ("**", 2, 64, 2 ** 64), ("**", -3, 3, -27), ("**", 0, 0, 1), ("**", -1, 10 ** 12 + 1, -1),
    ("&", -5, 3, 3), ("|", -8, 3, -5), ("^", -1, 5, -6),
    ("<<", 1, 70, 2 ** 70), ("<<", -9, -1, -5), (">>", -9, 1, -5), (">>", 5, -2, 20),
    (">>", -1, 10 ** 15, -1), (">>", 1, 10 ** 15, 0), ("<<", 0, 10 ** 15, 0),
])
def test_binary(op, a, b, result):
    assert bigint.binary(op, a, b) == result


@pytest.mark.parametrize("op, a, b, kind, message", [
    ("/", 1, 0, "RangeError", "Division by zero"),
    ("%", 1, 0, "RangeError", "Division by zero"),
    ("**", 2, -1, "RangeError", "undefined must be positive"),
    ("**", 2, 10 ** 11, "RangeError", "Maximum BigInt size exceeded"),
    ("**", 10, 400_000_000, "RangeError", "Maximum BigInt size exceeded"),
    ("<<", 1, 2 ** 31, "RangeError", "Maximum BigInt size exceeded"),
    (">>", 1, -(2 ** 31), "RangeError", "Maximum BigInt size exceeded"),
    (">>>", 1, 1, "TypeError", "BigInts have no unsigned right shift, use >> instead"),
])
def test_binary_errors(op, a, b, kind, message):
    with pytest.raises(JSThrow) as e:
        bigint.binary(op, a, b)
    assert (e.value.kind, e.value.message) == (kind, message)


def test_size_limit_is_v8s():
    assert bigint.binary("<<", 1, bigint.MAX_LENGTH_BITS - 1).bit_length() == bigint.MAX_LENGTH_BITS
    with pytest.raises(JSThrow):
        bigint.binary("<<", 1, bigint.MAX_LENGTH_BITS)


@pytest.mark.parametrize("text, value", [
    ("", 0), ("   ", 0), ("0", 0), ("-0", 0), ("12", 12), ("+12", 12), ("-12", -12), (" \n 42\t", 42),
    ("0x10", 16), ("0XfF", 255), ("0o17", 15), ("0b101", 5), ("007", 7),
    ("123456789012345678901234567890", 123456789012345678901234567890),
])
def test_string_to_bigint(text, value):
    assert bigint.string_to_bigint(text) == value


@pytest.mark.parametrize("text", ["1.5", "1e3", "1n", "-0x10", "0x", "abc", "1_000", "0b2", "+", "- 1",
                                  "Infinity", "١٢"])
def test_string_to_bigint_rejects(text):
    assert bigint.string_to_bigint(text) is None


@pytest.mark.parametrize("v, radix, text", [
    (255, 16, "ff"), (-255, 2, "-11111111"), (0, 36, "0"), (35, 36, "z"), (-36, 36, "-10"),
    (2 ** 100, 36, "3ewfdnca0n6ld1ggvfgg"), (10 ** 20, 10, "100000000000000000000"), (8, 8, "10"),
])
def test_to_radix_string(v, radix, text):
    assert bigint.to_radix_string(v, radix) == text


def test_number_conversions():
    assert bigint.number_to_bigint(2.0 ** 53) == 2 ** 53
    assert bigint.number_to_bigint(-0.0) == 0
    for x in (1.5, math.nan, math.inf, -math.inf):
        assert bigint.number_to_bigint(x) is None
    assert bigint.bigint_to_number(2 ** 64) == 18446744073709551616.0
    assert bigint.bigint_to_number(2 ** 53 + 1) == 2.0 ** 53          # ties to even
    assert bigint.bigint_to_number(10 ** 400) == math.inf
    assert bigint.bigint_to_number(-(10 ** 400)) == -math.inf


def test_compare_with_number_is_exact():
    assert bigint.compare_with_number(2 ** 53 + 1, 2.0 ** 53) == 1      # no rounding of the BigInt
    assert bigint.compare_with_number(1, 1.5) == -1
    assert bigint.compare_with_number(2, 2.0) == 0
    assert bigint.compare_with_number(10 ** 400, math.inf) == -1
    assert bigint.compare_with_number(1, math.nan) is None
