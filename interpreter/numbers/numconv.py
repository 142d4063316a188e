"""Number <-> string conversions and the int32 coercions of ECMAScript.

Place in the pipeline: a pure leaf of the interpreter. The built-ins
(`String(x)`, `+s`, template/concatenation), the bytecode handlers for the
bitwise operators and the printer (`interpreter.inspect`) call these on the
Python-side representation of JS numbers, which is always a Python float
(-0.0 is JS -0). Nothing here knows about the heap or the value encoding.

These run in the interpreter's hot loops (every `a + ''`, every `x | 0`), so
the common cases (integral doubles, int32-range values, plain decimal strings)
are handled before the general spec algorithms.
"""
from __future__ import annotations

import math
import re

__all__ = [
    "number_to_string",
    "string_to_number",
    "to_int32",
    "to_uint32",
    "is_int32",
    "int_to_double",
    "JS_WHITESPACE",
]

# Every double with magnitude below 2**53 that is integral is an exact integer
# whose shortest round-trip decimal form is the integer itself, so Python's
# int formatting agrees with Number::toString there. Above 2**53 the shortest
# digits can be fewer than the integer's digits (2**60 prints as
# 1152921504606847000), so those go through the general path.
_EXACT_INT_LIMIT = 9007199254740992.0


def number_to_string(x: float) -> str:
    """ECMAScript Number::toString(x) in radix 10.

    -0 gives "0" (as in the spec); the inspector prints "-0" itself.
    """
    if type(x) is not float:
        # Tolerate ints and bools from careless callers by taking their double.
        x = float(x)
    if x.is_integer():  # False for NaN and the infinities
        if -_EXACT_INT_LIMIT < x < _EXACT_INT_LIMIT:
            return str(int(x))
    elif 1e-4 <= x < 1e16 or -1e16 < x <= -1e-4:
        # In this range repr() writes shortest digits in plain positional
        # notation, which is exactly the spec's layout for non-integers.
        return repr(x)
    elif x != x:
        return "NaN"
    elif x == math.inf:
        return "Infinity"
    elif x == -math.inf:
        return "-Infinity"
    return _format_shortest(x)


def _format_shortest(x: float) -> str:
    # repr() gives the shortest digit string that round-trips (the same digits
    # the spec asks for: the k of step 5 is minimal, and ties of the last digit
    # are irrelevant because repr picks the one closest to x). Re-lay those
    # digits out with the spec's rules.
    sign = ""
    if x < 0:
        sign = "-"
        x = -x
    r = repr(x)
    mantissa, _, exp_text = r.partition("e")
    exp = int(exp_text) if exp_text else 0
    int_part, _, frac_part = mantissa.partition(".")
    if frac_part == "0":
        frac_part = ""
    digits = int_part + frac_part
    # Value = 0.digits * 10**n, i.e. digits[0] sits at 10**(n-1).
    n = len(int_part) + exp
    stripped = digits.lstrip("0")
    n -= len(digits) - len(stripped)
    digits = stripped.rstrip("0")
    k = len(digits)
    if k <= n <= 21:
        return sign + digits + "0" * (n - k)
    if 0 < n <= 21:
        return sign + digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return sign + "0." + "0" * (-n) + digits
    e = n - 1
    exp_str = ("e+" if e >= 0 else "e-") + str(abs(e))
    if k == 1:
        return sign + digits + exp_str
    return sign + digits[0] + "." + digits[1:] + exp_str


# StrWhiteSpaceChar: WhiteSpace (TAB, VT, FF, ZWNBSP and every Zs code point)
# plus LineTerminator. Python's str.strip() uses a different set (it strips
# \x1c-\x1f and \x85, which JS does not, and keeps U+FEFF), so spell it out.
JS_WHITESPACE = (
    "\t\n\x0b\x0c\r \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
)

# StrDecimalLiteral with ASCII digits only (Python's \d would accept other
# scripts' digits, and float() accepts '_' separators, 'inf' and 'nan').
_DECIMAL_RE = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_NON_DECIMAL_RE = re.compile(r"0(?:[xX][0-9a-fA-F]+|[oO][0-7]+|[bB][01]+)")
_RADIX = {"x": 16, "X": 16, "o": 8, "O": 8, "b": 2, "B": 2}


def string_to_number(s: str) -> float:
    """ECMAScript StringToNumber: the `Number(s)` / unary `+s` conversion."""
    if s.isdigit() and s.isascii():
        # Plain decimal integers are the overwhelmingly common case.
        return float(s)
    s = s.strip(JS_WHITESPACE)
    if not s:
        return 0.0
    if _DECIMAL_RE.fullmatch(s):
        return float(s)
    if _NON_DECIMAL_RE.fullmatch(s):
        # float(int) rounds to nearest-even, as the spec's "rounded MV" does.
        return int_to_double(int(s[2:], _RADIX[s[1]]))
    if s == "Infinity" or s == "+Infinity":
        return math.inf
    if s == "-Infinity":
        return -math.inf
    return math.nan


def int_to_double(n: int) -> float:
    """The double nearest to integer n (ties to even), Infinity past the range."""
    try:
        return float(n)
    except OverflowError:
        return math.inf if n > 0 else -math.inf


def to_int32(x: float) -> int:
    """ECMAScript ToInt32 of a number: truncate, wrap modulo 2**32 into [-2**31, 2**31)."""
    try:
        n = int(x)
    except (ValueError, OverflowError):  # NaN, +-Infinity
        return 0
    if -0x80000000 <= n <= 0x7FFFFFFF:
        return n
    n &= 0xFFFFFFFF
    return n - 0x100000000 if n & 0x80000000 else n


def to_uint32(x: float) -> int:
    """ECMAScript ToUint32 of a number: truncate, wrap modulo 2**32 into [0, 2**32)."""
    try:
        n = int(x)
    except (ValueError, OverflowError):
        return 0
    if 0 <= n <= 0xFFFFFFFF:
        return n
    return n & 0xFFFFFFFF


def is_int32(x: float) -> bool:
    """True when x is a number an int32 register can hold exactly: integral,
    in [-2**31, 2**31 - 1], and not -0 (which an int32 cannot represent)."""
    if type(x) is not float:
        if type(x) is int:
            return -0x80000000 <= x <= 0x7FFFFFFF
        return False
    # NaN fails the range comparison, so it never reaches is_integer().
    if -2147483648.0 <= x <= 2147483647.0 and x.is_integer():
        return x != 0.0 or math.copysign(1.0, x) > 0.0
    return False
