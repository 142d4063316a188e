"""Number: the constructor (as a conversion function), its static functions and constants,
Number.prototype's methods, and the global number functions (parseInt, parseFloat, isNaN,
isFinite; Number.parseInt and Number.parseFloat are the same function objects).

Place in the pipeline: a built-in library module; bootstrap.py installs its
tables and stores Number.prototype as isolate.number_prototype, where
runtime.get_property looks methods up for number receivers.

The number formatting methods (toFixed, toPrecision, toExponential) round
the exact binary value of the double, ties away from zero, as the spec asks
and V8 does: `(1.005).toFixed(2)` is "1.00" because 1.005 is really
1.00499999999999989...; Fraction arithmetic makes that exact.
toString(radix) reproduces V8's digit generation for fractions (digits
only as long as they are significant for the double).
"""
from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from interpreter.numbers.bigint import bigint_to_number
from interpreter.errors import range_error, type_error
from interpreter.primitive_wrappers import become_wrapper, this_value, wrap
from .support import (Alias, Constant, Constructor, Method, Prototype, arg, prototype_from_constructor, radix_argument,
                      to_integer_or_infinity)
from interpreter.numbers.numconv import JS_WHITESPACE, int_to_double, number_to_string, to_int32
from interpreter.objects.values import UNDEFINED, BigInt

NAN = float("nan")
INF = float("inf")
DIGITS36 = "0123456789abcdefghijklmnopqrstuvwxyz"


# ---- number formatting ---------------------------------------------------------------------


def to_radix_string(x: float, radix: int) -> str:
    """Number.prototype.toString(radix) for radix != 10, digit for digit as V8 prints it."""
    if x != x:
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    if x == 0:
        return "0"
    negative = x < 0
    x = abs(x)
    integer = math.floor(x)
    fraction = x - integer
    # A fraction digit is worth generating only while it is above the double's own resolution:
    # half the distance to the next double (at least the smallest denormal).
    delta = max(0.5 * (math.nextafter(x, INF) - x), math.nextafter(0.0, 1.0))
    frac: list[int] = []
    if fraction >= delta:
        while True:
            fraction *= radix
            delta *= radix
            digit = int(fraction)
            frac.append(digit)
            fraction -= digit
            # Round the last digit (half to even) when what is left could carry it.
            if (fraction > 0.5 or (fraction == 0.5 and digit & 1)) and fraction + delta > 1:
                while frac and frac[-1] + 1 == radix:
                    frac.pop()          # 0.zz + 1 digit carries out: the z is dropped
                if frac:
                    frac[-1] += 1
                else:
                    integer += 1
                break
            if fraction < delta:
                break
    # Integer digits: above 2^53 the low digits are not represented; V8 writes zeros for them.
    int_digits: list[str] = []
    integer = float(integer)
    while integer / radix >= 9007199254740992.0:
        integer /= radix
        int_digits.append("0")
    while True:
        remainder = math.fmod(integer, radix)
        int_digits.append(DIGITS36[int(remainder)])
        integer = (integer - remainder) / radix
        if integer <= 0:
            break
    text = "".join(reversed(int_digits))
    if frac:
        text += "." + "".join(DIGITS36[d] for d in frac)
    return "-" + text if negative else text


def _round_half_up(q: Fraction) -> int:
    """The integer nearest to q >= 0, ties to the larger."""
    return math.floor(q + Fraction(1, 2))


def to_fixed(x: float, digits: int) -> str:
    if x != x:
        return "NaN"
    if abs(x) >= 1e21:
        return number_to_string(x)
    sign = "-" if x < 0 else ""
    n = _round_half_up(abs(Fraction(x)) * 10 ** digits)
    text = str(n)
    if digits:
        text = text.rjust(digits + 1, "0")
        text = text[:-digits] + "." + text[-digits:]
    return sign + text


def _exact_digits(x: float, precision: int) -> tuple[str, int]:
    """(p significant decimal digits of x > 0, exponent e) with x ~ d.ddd * 10^e, the digits
    rounded from x's exact value with ties going up."""
    q = Fraction(x)
    e = len(str(math.floor(q))) - 1 if q >= 1 else -len(str(math.floor(1 / q)))
    # e is now within one of floor(log10(x)); settle it exactly.
    while q >= Fraction(10) ** (e + 1):
        e += 1
    while q < Fraction(10) ** e:
        e -= 1
    n = _round_half_up(q * Fraction(10) ** (precision - 1 - e))
    if n >= 10 ** precision:     # 9.99 rounded up to 10.0
        n //= 10
        e += 1
    return str(n), e


def _shortest_digits(x: float) -> tuple[str, int]:
    """The shortest round-trip digits of x > 0 and their exponent (as number_to_string uses)."""
    mantissa, _, exp = repr(x).partition("e")
    int_part, _, frac_part = mantissa.partition(".")
    if frac_part == "0":
        frac_part = ""
    digits = int_part + frac_part
    e = len(int_part) - 1 + (int(exp) if exp else 0)
    stripped = digits.lstrip("0")
    e -= len(digits) - len(stripped)
    return stripped.rstrip("0") or "0", e


def _exponent_suffix(e: int) -> str:
    return f"e{'+' if e >= 0 else '-'}{abs(e)}"


def to_exponential(x: float, fraction_digits) -> str:
    """fraction_digits None: as many digits as x needs."""
    if x != x:
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    sign = "-" if x < 0 else ""
    x = abs(x)
    if x == 0:
        digits, e = "0" * ((fraction_digits or 0) + 1), 0
    elif fraction_digits is None:
        digits, e = _shortest_digits(x)
    else:
        digits, e = _exact_digits(x, fraction_digits + 1)
    mantissa = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
    return sign + mantissa + _exponent_suffix(e)


def to_precision(x: float, precision: int) -> str:
    if x != x:
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    sign = "-" if x < 0 else ""
    x = abs(x)
    if x == 0:
        digits, e = "0" * precision, 0
    else:
        digits, e = _exact_digits(x, precision)
    if e < -6 or e >= precision:
        mantissa = digits[0] + ("." + digits[1:] if precision > 1 else "")
        return sign + mantissa + _exponent_suffix(e)
    if e >= 0:
        head, tail = digits[:e + 1], digits[e + 1:]
        return sign + head + ("." + tail if tail else "")
    return sign + "0." + "0" * (-e - 1) + digits


def to_locale_string(x: float) -> str:
    """en-US formatting as ICU does it for node: grouping commas and at most three fraction
    digits, rounded half away from zero from the shortest decimal form of x."""
    if x != x:
        return "NaN"
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    sign = "-" if math.copysign(1.0, x) < 0 else ""
    d = Decimal(repr(abs(x))).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)
    int_part, _, frac = f"{d:f}".partition(".")
    frac = frac.rstrip("0")
    return sign + f"{int(int_part):,}" + ("." + frac if frac else "")


# ---- number parsing --------------------------------------------------------------------------

_FLOAT_PREFIX = re.compile(r"[+-]?(?:Infinity|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")


def parse_float(s: str) -> float:
    m = _FLOAT_PREFIX.match(s.lstrip(JS_WHITESPACE))
    if m is None:
        return NAN
    text = m.group()
    if text.endswith("Infinity"):
        return -INF if text[0] == "-" else INF
    return float(text)


def parse_int(s: str, radix: int) -> float:
    """parseInt(s, radix) with radix already ToInt32'd (0: not given)."""
    s = s.lstrip(JS_WHITESPACE)
    negative = False
    if s[:1] in ("+", "-"):
        negative = s[0] == "-"
        s = s[1:]
    strip_prefix = True
    if radix != 0:
        if radix < 2 or radix > 36:
            return NAN
        strip_prefix = radix == 16
    else:
        radix = 10
    if strip_prefix and s[:2] in ("0x", "0X"):
        s = s[2:]
        radix = 16
    end = 0
    for c in s:
        d = DIGITS36.find(c.lower()) if c.isascii() else -1
        if d < 0 or d >= radix:
            break
        end += 1
    if end == 0:
        return NAN
    value = int_to_double(int(s[:end], radix))
    return -value if negative else value


# ---- Number ------------------------------------------------------------------------------------


def this_number(isolate, this, name: str) -> float:
    """thisNumberValue: a number, or the value of a Number wrapper."""
    v = this_value(isolate, this, float)
    if v is not None:
        return v
    raise type_error(f"Number.prototype.{name} requires that 'this' be a Number")


def number_call(isolate, this, args):
    """Number(value): ToNumeric, so a BigInt converts (to the nearest double)."""
    v = isolate.runtime.to_numeric(args[0]) if args else 0.0
    return bigint_to_number(v.value) if type(v) is BigInt else v


def number_construct(isolate, args, new_target):
    """new Number(v): a Number wrapper (primitive_wrappers.py) of Number(v)."""
    value = number_call(isolate, UNDEFINED, args)
    return wrap(isolate, value, prototype_from_constructor(isolate, new_target, isolate.number_prototype))


def number_init_this(isolate, this, args):
    """super(v) in `class N extends Number`."""
    return become_wrapper(isolate, this, number_call(isolate, UNDEFINED, args))


def number_to_string_method(isolate, this, args):
    x = this_number(isolate, this, "toString")
    r = radix_argument(isolate.runtime, arg(args, 0))
    return number_to_string(x) if r == 10 else to_radix_string(x, r)


def number_to_fixed(isolate, this, args):
    x = this_number(isolate, this, "toFixed")
    f = to_integer_or_infinity(isolate.runtime, arg(args, 0))
    if not 0 <= f <= 100:
        raise range_error("toFixed() digits argument must be between 0 and 100")
    return to_fixed(x, int(f))


def number_to_precision(isolate, this, args):
    x = this_number(isolate, this, "toPrecision")
    p = arg(args, 0)
    if p is UNDEFINED:
        return number_to_string(x)
    p = to_integer_or_infinity(isolate.runtime, p)
    if x != x or math.isinf(x):
        return number_to_string(x)
    if not 1 <= p <= 100:
        raise range_error("toPrecision() argument must be between 1 and 100")
    return to_precision(x, int(p))


def number_to_exponential(isolate, this, args):
    x = this_number(isolate, this, "toExponential")
    f = arg(args, 0)
    digits = to_integer_or_infinity(isolate.runtime, f)
    if x != x or math.isinf(x):
        return number_to_string(x)
    if not 0 <= digits <= 100:
        raise range_error("toExponential() argument must be between 0 and 100")
    return to_exponential(x, None if f is UNDEFINED else int(digits))


def number_value_of(isolate, this, args):
    return this_number(isolate, this, "valueOf")


def number_to_locale_string_method(isolate, this, args):
    return to_locale_string(this_number(isolate, this, "toLocaleString"))


def is_integral(v) -> bool:
    return type(v) is float and v == v and not math.isinf(v) and v.is_integer()


def number_is_integer(isolate, this, args):
    return is_integral(arg(args, 0))


def number_is_safe_integer(isolate, this, args):
    return is_integral(arg(args, 0)) and abs(arg(args, 0)) <= 9007199254740991.0


def number_is_nan(isolate, this, args):
    v = arg(args, 0)
    return type(v) is float and v != v


def number_is_finite(isolate, this, args):
    v = arg(args, 0)
    return type(v) is float and not math.isinf(v) and v == v


# ---- the global number functions -----------------------------------------------------------------


def global_parse_int(isolate, this, args):
    rt = isolate.runtime
    s = rt.to_string(arg(args, 0))
    radix = arg(args, 1)
    return parse_int(s, to_int32(rt.to_number(radix)) if radix is not UNDEFINED else 0)


def global_parse_float(isolate, this, args):
    return parse_float(isolate.runtime.to_string(arg(args, 0)))


def global_is_nan(isolate, this, args):
    x = isolate.runtime.to_number(arg(args, 0))
    return x != x


def global_is_finite(isolate, this, args):
    x = isolate.runtime.to_number(arg(args, 0))
    return x == x and not math.isinf(x)


NUMBER_STATICS = (
    Method("isFinite", 1, number_is_finite),
    Method("isInteger", 1, number_is_integer),
    Method("isNaN", 1, number_is_nan),
    Method("isSafeInteger", 1, number_is_safe_integer),
    Method("parseFloat", 1, global_parse_float),
    Method("parseInt", 2, global_parse_int),
    Constant("MAX_VALUE", 1.7976931348623157e308),
    Constant("MIN_VALUE", 5e-324),
    Constant("NaN", NAN),
    Constant("NEGATIVE_INFINITY", -INF),
    Constant("POSITIVE_INFINITY", INF),
    Constant("MAX_SAFE_INTEGER", 9007199254740991.0),
    Constant("MIN_SAFE_INTEGER", -9007199254740991.0),
    Constant("EPSILON", 2.0 ** -52),
)

NUMBER_PROTOTYPE = (
    Method("toExponential", 1, number_to_exponential),
    Method("toFixed", 1, number_to_fixed),
    Method("toPrecision", 1, number_to_precision),
    Method("toString", 1, number_to_string_method),
    Method("valueOf", 0, number_value_of),
    Method("toLocaleString", 0, number_to_locale_string_method),
)

NUMBER = Constructor("Number", 1, number_call, number_construct, init_this=number_init_this, statics=NUMBER_STATICS,
                     prototype=Prototype("Number", NUMBER_PROTOTYPE, attr="number_prototype", primitive=0.0))

# Globals, installed after Number.
NUMBER_FUNCTIONS = (
    Alias("parseInt", "Number.parseInt"),
    Alias("parseFloat", "Number.parseFloat"),
    Method("isNaN", 1, global_is_nan),
    Method("isFinite", 1, global_is_finite),
)
