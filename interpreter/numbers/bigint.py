"""BigInt arithmetic and conversions on Python ints: the semantics of ECMAScript's BigInt::
operations, for the runtime (runtime.py) and the BigInt library (builtins/bigint.py).

Place in the pipeline: a pure leaf of the interpreter. Python ints are
already arbitrary-precision two's-complement integers, so `& | ^ ~ >>` and
the comparisons are Python's own; what JS adds is division truncating toward
zero, a remainder with the dividend's sign, the RangeErrors (division by
zero, a negative exponent) and V8's size limit, which also keeps a script
from asking Python for a number that would take minutes and gigabytes.
"""
from __future__ import annotations

import math

from interpreter.errors import range_error, type_error

from .numconv import JS_WHITESPACE

# V8's BigInt::kMaxLengthBits: a result with more bits is a RangeError.
MAX_LENGTH_BITS = 1 << 30

MIX_ERROR = "Cannot mix BigInt and other types, use explicit conversions"


def check_size(v: int) -> int:
    if v.bit_length() > MAX_LENGTH_BITS:
        raise range_error("Maximum BigInt size exceeded")
    return v


def binary(op: str, a: int, b: int) -> int:
    """a OP b for two BigInts (op is the operator's source text)."""
    if op == "+":
        return check_size(a + b)
    if op == "-":
        return check_size(a - b)
    if op == "*":
        if a.bit_length() + b.bit_length() > MAX_LENGTH_BITS + 1:
            raise range_error("Maximum BigInt size exceeded")
        return check_size(a * b)
    if op == "/" or op == "%":
        if b == 0:
            raise range_error("Division by zero")
        q = abs(a) // abs(b)
        if (a < 0) != (b < 0):
            q = -q
        return q if op == "/" else a - b * q
    if op == "**":
        return power(a, b)
    if op == "&":
        return a & b
    if op == "|":
        return a | b
    if op == "^":
        return a ^ b
    if op == "<<":
        return shift_left(a, b)
    if op == ">>":
        return shift_left(a, -b)
    if op == ">>>":
        raise type_error("BigInts have no unsigned right shift, use >> instead")
    raise AssertionError(op)


def power(base: int, exponent: int) -> int:
    if exponent < 0:
        raise range_error("undefined must be positive")   # node 20's message, word for word
    if base in (0, 1) or exponent == 0:
        return 1 if exponent == 0 else base
    if base == -1:
        return -1 if exponent & 1 else 1
    # |base| >= 2, so the result has at least `exponent` bits
    if exponent > MAX_LENGTH_BITS or exponent * math.log2(abs(base)) > MAX_LENGTH_BITS + 1:
        raise range_error("Maximum BigInt size exceeded")
    return check_size(base ** exponent)


def shift_left(a: int, n: int) -> int:
    if a == 0:
        return 0
    if n >= 0:
        if n > MAX_LENGTH_BITS:
            raise range_error("Maximum BigInt size exceeded")
        return check_size(a << n)
    return a >> min(-n, a.bit_length() + 1)


def unary(op: str, a: int) -> int:
    """++ (inc), -- (dec), - and ~ of a BigInt."""
    if op == "inc":
        return check_size(a + 1)
    if op == "dec":
        return check_size(a - 1)
    if op == "-":
        return -a
    if op == "~":
        return ~a
    raise AssertionError(op)


_PREFIX_RADIX = {"0x": 16, "0o": 8, "0b": 2}
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def string_to_bigint(s: str) -> int | None:
    """StringToBigInt: an integer literal without the `n`, in decimal (with a sign) or with a
    0x/0o/0b prefix (without one); surrounding whitespace allowed, "" is 0. None if invalid."""
    s = s.strip(JS_WHITESPACE)
    if not s:
        return 0
    radix = _PREFIX_RADIX.get(s[:2].lower())
    if radix is not None:
        digits = s[2:]
        sign = 1
    else:
        radix = 10
        sign = -1 if s[0] == "-" else 1
        digits = s[1:] if s[0] in "+-" else s
    if not digits or any(_DIGITS.find(c) not in range(radix) for c in digits.lower()):
        return None
    return sign * int(digits, radix)


def to_radix_string(v: int, radix: int) -> str:
    if radix == 10:
        return str(v)
    if radix == 16:
        return format(v, "x")
    if radix == 8:
        return format(v, "o")
    if radix == 2:
        return format(v, "b")
    n = abs(v)
    out = []
    while True:
        n, d = divmod(n, radix)
        out.append(_DIGITS[d])
        if not n:
            break
    return ("-" if v < 0 else "") + "".join(reversed(out))


def number_to_bigint(x: float) -> int | None:
    """NumberToBigInt: the integer a double holds exactly, or None if it is not integral."""
    if not math.isfinite(x) or not x.is_integer():
        return None
    return int(x)


def bigint_to_number(v: int) -> float:
    """The double nearest to v (ties to even, as Python's int-to-float conversion rounds)."""
    try:
        return float(v)
    except OverflowError:
        return math.inf if v > 0 else -math.inf


def compare_with_number(a: int, x: float) -> int | None:
    """-1, 0 or 1 as BigInt a is less than, equal to or greater than the number x; None for NaN.
    (Python compares an int with a float exactly, which is what the spec asks.)"""
    if x != x:
        return None
    return -1 if a < x else (1 if a > x else 0)
