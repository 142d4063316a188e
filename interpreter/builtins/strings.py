"""String, Number and Boolean: the constructors (as conversion functions), their prototype
methods, and the global number parsers (parseInt, parseFloat, isNaN, isFinite, the URI coders).

Place in the pipeline: a built-in library module, installed by
builtins.install. It creates isolate.string_prototype, number_prototype and
boolean_prototype, where runtime.get_property looks methods up for primitive
receivers: in `"abc".charAt(1)` the native gets the Python str as `this`.

JS strings are sequences of UTF-16 code units, Python strs of code points.
The engine's canonical form keeps a well-formed surrogate pair as the one
astral character it encodes (the lexer joins them), so every index-based
method works on `units(s)` (astral characters split into their two
surrogates) when the string has any, and returns `canonical(...)` results.
Strings without astral characters, nearly all of them, skip both steps.

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
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from interpreter.numbers.bigint import bigint_to_number
from interpreter.errors import JSThrow, range_error, type_error
from .support import (
    arg,
    constant,
    constructor,
    method,
    radix_argument,
    relative_index,
    reorder,
    require_object_coercible,
    to_integer_or_infinity,
    to_length,
)
from interpreter.objects.maps import ATTR_DONT_ENUM
from interpreter.numbers.numconv import JS_WHITESPACE, int_to_double, number_to_string, to_int32, to_uint32
from interpreter.objects.values import NULL, UNDEFINED, BigInt

NAN = float("nan")
INF = float("inf")
DIGITS36 = "0123456789abcdefghijklmnopqrstuvwxyz"
# V8's String::kMaxLength on 64-bit hosts: longer results are "Invalid string length".
MAX_STRING_LENGTH = (1 << 29) - 24

ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


# ---- UTF-16 -----------------------------------------------------------------------------------


def units(s: str) -> str:
    """s with every astral character split into its surrogate pair: one Python char per
    UTF-16 code unit, so Python indexes are JS indexes."""
    if s.isascii() or not ASTRAL_RE.search(s):
        return s
    return ASTRAL_RE.sub(_split_pair, s)


def _split_pair(m: re.Match) -> str:
    c = ord(m.group()) - 0x10000
    return chr(0xD800 + (c >> 10)) + chr(0xDC00 + (c & 0x3FF))


def canonical(u: str) -> str:
    """The engine's form of a string of code units: adjacent high+low surrogates joined."""
    if u.isascii() or not _SURROGATE.search(u):
        return u
    return u.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def js_length(s: str) -> int:
    if s.isascii():
        return len(s)
    return len(s) + len(ASTRAL_RE.findall(s))


def check_length(n: int) -> None:
    if n > MAX_STRING_LENGTH:
        raise range_error("Invalid string length")


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


# ---- locale comparison -----------------------------------------------------------------------


def _collation_key(s: str):
    """An approximation of ICU's root collation (what node's localeCompare uses): letters
    compare case- and accent-insensitively first, punctuation < digits < letters; then accents;
    then case, lowercase first."""
    primary, secondary, tertiary = [], [], []
    for c in unicodedata.normalize("NFD", s):
        if unicodedata.combining(c):
            if secondary:
                secondary[-1] += c
            continue
        if c.isalpha():
            primary.append((3, c.lower()))
        elif c.isdigit():
            primary.append((2, c))
        else:
            primary.append((1, c))
        secondary.append("")
        tertiary.append(1 if c.isupper() else 0)
    return primary, secondary, tertiary


def locale_compare(a: str, b: str) -> float:
    if a == b:
        return 0.0
    ka, kb = _collation_key(a), _collation_key(b)
    if ka == kb:
        return -1.0 if a < b else 1.0
    return -1.0 if ka < kb else 1.0


# ---- install -----------------------------------------------------------------------------------


def install(isolate) -> None:
    rt = isolate.runtime
    objects = isolate.objects
    to_string = rt.to_string
    to_number = rt.to_number

    isolate.string_prototype = string_proto = objects.new_prototype_object(isolate.object_prototype, "String")
    isolate.number_prototype = number_proto = objects.new_prototype_object(isolate.object_prototype, "Number")
    isolate.boolean_prototype = boolean_proto = objects.new_prototype_object(isolate.object_prototype, "Boolean")

    # ---- String ----

    def this_string(this, name: str) -> str:
        if type(this) is str:
            return this
        require_object_coercible(this, f"String.prototype.{name}")
        return to_string(this)

    def string_method(name, length=0):
        """Decorator: installs fn(s, args) as String.prototype[name], s the receiver as a string."""
        def register(fn):
            method(isolate, string_proto, name, lambda this, args: fn(this_string(this, name), args), length)
            return fn
        return register

    def string_call(this, args):
        return to_string(args[0]) if args else ""

    string_ctor = constructor(isolate, "String", string_call, None, 1, string_proto)

    @string_method("toString")
    def _(s, args):
        return s

    @string_method("valueOf")
    def _(s, args):
        return s

    @string_method("charAt", 1)
    def _(s, args):
        u = units(s)
        i = to_integer_or_infinity(rt, arg(args, 0))
        return u[int(i)] if 0 <= i < len(u) else ""

    @string_method("charCodeAt", 1)
    def _(s, args):
        u = units(s)
        i = to_integer_or_infinity(rt, arg(args, 0))
        return float(ord(u[int(i)])) if 0 <= i < len(u) else NAN

    @string_method("codePointAt", 1)
    def _(s, args):
        u = units(s)
        i = to_integer_or_infinity(rt, arg(args, 0))
        if not 0 <= i < len(u):
            return UNDEFINED
        i = int(i)
        c = ord(u[i])
        if 0xD800 <= c <= 0xDBFF and i + 1 < len(u) and 0xDC00 <= ord(u[i + 1]) <= 0xDFFF:
            return float(0x10000 + ((c - 0xD800) << 10) + (ord(u[i + 1]) - 0xDC00))
        return float(c)

    @string_method("at", 1)
    def _(s, args):
        u = units(s)
        i = to_integer_or_infinity(rt, arg(args, 0))
        if i < 0:
            i += len(u)
        return u[int(i)] if 0 <= i < len(u) else UNDEFINED

    @string_method("indexOf", 1)
    def _(s, args):
        u, search = units(s), units(to_string(arg(args, 0)))
        start = int(min(max(to_integer_or_infinity(rt, arg(args, 1)), 0), len(u)))
        return float(u.find(search, start))

    @string_method("lastIndexOf", 1)
    def _(s, args):
        u, search = units(s), units(to_string(arg(args, 0)))
        pos = to_number(arg(args, 1))
        start = len(u) if pos != pos else int(min(max(to_integer_or_infinity(rt, pos), 0), len(u)))
        return float(u.rfind(search, 0, start + len(search)))

    @string_method("includes", 1)
    def _(s, args):
        u, search = units(s), units(to_string(arg(args, 0)))
        start = int(min(max(to_integer_or_infinity(rt, arg(args, 1)), 0), len(u)))
        return u.find(search, start) >= 0

    @string_method("startsWith", 1)
    def _(s, args):
        u, search = units(s), units(to_string(arg(args, 0)))
        start = int(min(max(to_integer_or_infinity(rt, arg(args, 1)), 0), len(u)))
        return u.startswith(search, start)

    @string_method("endsWith", 1)
    def _(s, args):
        u, search = units(s), units(to_string(arg(args, 0)))
        end = arg(args, 1)
        end = len(u) if end is UNDEFINED else int(min(max(to_integer_or_infinity(rt, end), 0), len(u)))
        return u.endswith(search, 0, end)

    @string_method("slice", 2)
    def _(s, args):
        u = units(s)
        start = relative_index(rt, arg(args, 0), len(u), 0)
        end = relative_index(rt, arg(args, 1), len(u), len(u))
        return canonical(u[start:end])

    @string_method("substring", 2)
    def _(s, args):
        u = units(s)
        n = len(u)
        start = int(min(max(to_integer_or_infinity(rt, arg(args, 0)), 0), n))
        end = arg(args, 1)
        end = n if end is UNDEFINED else int(min(max(to_integer_or_infinity(rt, end), 0), n))
        if start > end:
            start, end = end, start
        return canonical(u[start:end])

    @string_method("substr", 2)
    def _(s, args):
        u = units(s)
        n = len(u)
        start = relative_index(rt, arg(args, 0), n, 0)
        length = arg(args, 1)
        count = n - start if length is UNDEFINED else \
            int(min(max(to_integer_or_infinity(rt, length), 0), n - start))
        return canonical(u[start:start + count]) if count > 0 else ""

    for name in ("toUpperCase", "toLocaleUpperCase"):
        string_method(name)(lambda s, args: s.upper())
    for name in ("toLowerCase", "toLocaleLowerCase"):
        string_method(name)(lambda s, args: s.lower())

    string_method("trim")(lambda s, args: s.strip(JS_WHITESPACE))
    string_method("trimStart")(lambda s, args: s.lstrip(JS_WHITESPACE))
    string_method("trimEnd")(lambda s, args: s.rstrip(JS_WHITESPACE))
    # The legacy names are the same function objects as trimStart/trimEnd in JS.
    objects.define_own(string_proto, "trimLeft", objects.get_own(string_proto, "trimStart"), ATTR_DONT_ENUM)
    objects.define_own(string_proto, "trimRight", objects.get_own(string_proto, "trimEnd"), ATTR_DONT_ENUM)

    def pad(s, args, at_start: bool):
        target = to_length(rt, arg(args, 0))
        filler = arg(args, 1)
        filler = " " if filler is UNDEFINED else units(to_string(filler))
        u = units(s)
        if target <= len(u) or filler == "":
            return s
        check_length(target)
        need = target - len(u)
        fill = (filler * (need // len(filler) + 1))[:need]
        return canonical(fill + u if at_start else u + fill)

    string_method("padStart", 1)(lambda s, args: pad(s, args, True))
    string_method("padEnd", 1)(lambda s, args: pad(s, args, False))

    @string_method("repeat", 1)
    def _(s, args):
        n = to_integer_or_infinity(rt, arg(args, 0))
        if n < 0 or math.isinf(n):
            raise range_error(f"Invalid count value: {number_to_string(n)}")
        if s == "" or n == 0:
            return ""
        check_length(js_length(s) * int(n))
        return s * int(n)

    @string_method("concat", 1)
    def _(s, args):
        return canonical(s + "".join(to_string(a) for a in args))

    @string_method("split", 2)
    def _(s, args):
        sep, limit = arg(args, 0), arg(args, 1)
        lim = 0xFFFF_FFFF if limit is UNDEFINED else to_uint32(to_number(limit))
        if sep is UNDEFINED:
            return objects.new_array([s] if lim else [])
        sep = units(to_string(sep))
        if lim == 0:
            return objects.new_array([])
        u = units(s)
        if sep == "":
            parts = list(u)
        elif u == "":
            parts = [u]
        else:
            parts = u.split(sep)
        return objects.new_array([canonical(p) for p in parts[:lim]])

    def substitution(replacement: str, matched: str, position: int, u: str) -> str:
        """GetSubstitution without captures: $$, $&, $` and $' (other $ stay literal)."""
        if "$" not in replacement:
            return replacement
        out = []
        i = 0
        n = len(replacement)
        while i < n:
            c = replacement[i]
            if c == "$" and i + 1 < n:
                nxt = replacement[i + 1]
                if nxt == "$":
                    out.append("$")
                    i += 2
                    continue
                if nxt == "&":
                    out.append(matched)
                    i += 2
                    continue
                if nxt == "`":
                    out.append(u[:position])
                    i += 2
                    continue
                if nxt == "'":
                    out.append(u[position + len(matched):])
                    i += 2
                    continue
            out.append(c)
            i += 1
        return "".join(out)

    def replace(s, args, every: bool):
        u = units(s)
        search = units(to_string(arg(args, 0)))
        replace_value = arg(args, 1)
        functional = type(replace_value) is int and rt.typeof(replace_value) == "function"
        if not functional:
            replace_value = to_string(replace_value)
        positions = []
        p = u.find(search)
        while p >= 0:
            positions.append(p)
            if not every:
                break
            p = u.find(search, p + max(len(search), 1))
        if not positions:
            return s
        out = []
        last = 0
        for p in positions:
            out.append(u[last:p])
            if functional:
                r = isolate.interpreter.call(replace_value, UNDEFINED, [canonical(search), float(p), s])
                out.append(units(to_string(r)))
            else:
                out.append(units(substitution(replace_value, search, p, u)))
            last = p + len(search)
        out.append(u[last:])
        return canonical("".join(out))

    string_method("replace", 2)(lambda s, args: replace(s, args, False))
    string_method("replaceAll", 2)(lambda s, args: replace(s, args, True))

    @string_method("localeCompare", 1)
    def _(s, args):
        return locale_compare(s, to_string(arg(args, 0)))

    @string_method("normalize", 0)
    def _(s, args):
        form = arg(args, 0)
        form = "NFC" if form is UNDEFINED else to_string(form)
        if form not in ("NFC", "NFD", "NFKC", "NFKD"):
            raise range_error("The normalization form should be one of NFC, NFD, NFKC, NFKD.")
        return unicodedata.normalize(form, s)

    def from_char_code(this, args):
        return canonical("".join(chr(to_uint32(to_number(a)) & 0xFFFF) for a in args))

    def from_code_point(this, args):
        out = []
        for a in args:
            x = to_number(a)
            if not (x == x and x.is_integer() and 0 <= x <= 0x10FFFF):
                raise range_error(f"Invalid code point {to_string(a)}")
            out.append(chr(int(x)))
        return canonical("".join(out))

    def raw(this, args):
        """String.raw(template, ...substitutions): the raw strings interleaved with the values."""
        template = arg(args, 0)
        if template is UNDEFINED or template is NULL:
            raise type_error("Cannot convert undefined or null to object")
        strings = rt.get_property(template, "raw")
        if strings is UNDEFINED or strings is NULL:
            raise type_error("Cannot convert undefined or null to object")
        n = to_length(rt, rt.get_property(strings, "length"))
        out = []
        for i in range(n):
            out.append(to_string(rt.get_property(strings, str(i))))
            if i + 1 < n and i + 1 < len(args):
                out.append(to_string(args[i + 1]))
        return canonical("".join(out))

    method(isolate, string_ctor, "fromCharCode", from_char_code, 1)
    method(isolate, string_ctor, "fromCodePoint", from_code_point, 1)
    method(isolate, string_ctor, "raw", raw, 1)

    # ---- Number ----

    def this_number(this, name: str) -> float:
        if type(this) is float:
            return this
        raise type_error(f"Number.prototype.{name} requires that 'this' be a Number")

    def number_call(this, args):
        """Number(value): ToNumeric, so a BigInt converts (to the nearest double)."""
        v = rt.to_numeric(args[0]) if args else 0.0
        return bigint_to_number(v.value) if type(v) is BigInt else v

    number_ctor = constructor(isolate, "Number", number_call, None, 1, number_proto)

    def number_to_string_method(this, args):
        x = this_number(this, "toString")
        r = radix_argument(rt, arg(args, 0))
        return number_to_string(x) if r == 10 else to_radix_string(x, r)

    def number_to_fixed(this, args):
        x = this_number(this, "toFixed")
        f = to_integer_or_infinity(rt, arg(args, 0))
        if not 0 <= f <= 100:
            raise range_error("toFixed() digits argument must be between 0 and 100")
        return to_fixed(x, int(f))

    def number_to_precision(this, args):
        x = this_number(this, "toPrecision")
        p = arg(args, 0)
        if p is UNDEFINED:
            return number_to_string(x)
        p = to_integer_or_infinity(rt, p)
        if x != x or math.isinf(x):
            return number_to_string(x)
        if not 1 <= p <= 100:
            raise range_error("toPrecision() argument must be between 1 and 100")
        return to_precision(x, int(p))

    def number_to_exponential(this, args):
        x = this_number(this, "toExponential")
        f = arg(args, 0)
        digits = to_integer_or_infinity(rt, f)
        if x != x or math.isinf(x):
            return number_to_string(x)
        if not 0 <= digits <= 100:
            raise range_error("toExponential() argument must be between 0 and 100")
        return to_exponential(x, None if f is UNDEFINED else int(digits))

    method(isolate, number_proto, "toString", number_to_string_method, 1)
    method(isolate, number_proto, "toFixed", number_to_fixed, 1)
    method(isolate, number_proto, "toPrecision", number_to_precision, 1)
    method(isolate, number_proto, "toExponential", number_to_exponential, 1)
    method(isolate, number_proto, "valueOf", lambda this, args: this_number(this, "valueOf"))
    method(isolate, number_proto, "toLocaleString",
           lambda this, args: to_locale_string(this_number(this, "toLocaleString")))

    def is_integral(v) -> bool:
        return type(v) is float and v == v and not math.isinf(v) and v.is_integer()

    method(isolate, number_ctor, "isInteger", lambda this, args: is_integral(arg(args, 0)), 1)
    method(isolate, number_ctor, "isSafeInteger",
           lambda this, args: is_integral(arg(args, 0)) and abs(arg(args, 0)) <= 9007199254740991.0, 1)
    method(isolate, number_ctor, "isNaN", lambda this, args: type(arg(args, 0)) is float and arg(args, 0) != arg(args, 0), 1)
    method(isolate, number_ctor, "isFinite",
           lambda this, args: type(arg(args, 0)) is float and not math.isinf(arg(args, 0)) and arg(args, 0) == arg(args, 0), 1)
    for name, value in (("MAX_SAFE_INTEGER", 9007199254740991.0), ("MIN_SAFE_INTEGER", -9007199254740991.0),
                        ("EPSILON", 2.0 ** -52), ("MAX_VALUE", 1.7976931348623157e308),
                        ("MIN_VALUE", 5e-324), ("POSITIVE_INFINITY", INF), ("NEGATIVE_INFINITY", -INF),
                        ("NaN", NAN)):
        constant(isolate, number_ctor, name, value)

    # ---- the global number functions (Number.parseInt is the same object as parseInt) ----

    def parse_int_fn(this, args):
        s = to_string(arg(args, 0))
        radix = arg(args, 1)
        return parse_int(s, to_int32(to_number(radix)) if radix is not UNDEFINED else 0)

    def parse_float_fn(this, args):
        return parse_float(to_string(arg(args, 0)))

    def is_nan_fn(this, args):
        x = to_number(arg(args, 0))
        return x != x

    def is_finite_fn(this, args):
        x = to_number(arg(args, 0))
        return x == x and not math.isinf(x)

    for name, fn in (("parseInt", parse_int_fn), ("parseFloat", parse_float_fn), ("isNaN", is_nan_fn),
                     ("isFinite", is_finite_fn)):
        f = isolate.new_native(name, fn, 2 if name == "parseInt" else 1)
        isolate.define_global(name, f)
        if name.startswith("parse"):
            objects.define_own(number_ctor, name, f, ATTR_DONT_ENUM)

    # ---- URI coding ----

    def encoder(name: str, keep: str):
        def encode(this, args):
            s = units(to_string(arg(args, 0)))
            out = []
            i = 0
            while i < len(s):
                c = s[i]
                if c.isascii() and (c.isalnum() or c in keep):
                    out.append(c)
                    i += 1
                    continue
                code = ord(c)
                if 0xDC00 <= code <= 0xDFFF:
                    raise JSThrow("URIError", "URI malformed")
                if 0xD800 <= code <= 0xDBFF:
                    if i + 1 >= len(s) or not 0xDC00 <= ord(s[i + 1]) <= 0xDFFF:
                        raise JSThrow("URIError", "URI malformed")
                    code = 0x10000 + ((code - 0xD800) << 10) + (ord(s[i + 1]) - 0xDC00)
                    i += 1
                out.append("".join(f"%{b:02X}" for b in chr(code).encode("utf-8")))
                i += 1
            return "".join(out)
        isolate.define_global(name, isolate.new_native(name, encode, 1))

    def decoder(name: str, reserved: str):
        def decode(this, args):
            s = to_string(arg(args, 0))
            out = []
            i = 0
            n = len(s)
            while i < n:
                if s[i] != "%":
                    out.append(s[i])
                    i += 1
                    continue
                start = i
                raw = bytearray()
                while i < n and s[i] == "%":
                    h = s[i + 1:i + 3]
                    if len(h) != 2 or not all(c in "0123456789abcdefABCDEF" for c in h):
                        raise JSThrow("URIError", "URI malformed")
                    raw.append(int(h, 16))
                    i += 3
                    if raw[0] < 0x80 or len(raw) == _utf8_length(raw[0]):
                        break
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError:
                    raise JSThrow("URIError", "URI malformed") from None
                # decodeURI leaves escapes of reserved characters as they were.
                out.append(s[start:i] if len(text) == 1 and text in reserved else text)
            return "".join(out)
        isolate.define_global(name, isolate.new_native(name, decode, 1))

    encoder("encodeURIComponent", "-_.!~*'()")
    encoder("encodeURI", "-_.!~*'();/?:@&=+$,#")
    decoder("decodeURIComponent", "")
    decoder("decodeURI", ";/?:@&=+$,#")

    reorder(isolate, string_proto, """constructor at charAt charCodeAt codePointAt concat endsWith includes
        indexOf lastIndexOf localeCompare normalize padEnd padStart repeat replace replaceAll slice split substr
        substring startsWith toString trim trimStart trimLeft trimEnd trimRight toLocaleLowerCase
        toLocaleUpperCase toLowerCase toUpperCase valueOf""")
    reorder(isolate, number_proto, "constructor toExponential toFixed toPrecision toString valueOf toLocaleString")
    reorder(isolate, number_ctor, """isFinite isInteger isNaN isSafeInteger parseFloat parseInt MAX_VALUE MIN_VALUE
        NaN NEGATIVE_INFINITY POSITIVE_INFINITY MAX_SAFE_INTEGER MIN_SAFE_INTEGER EPSILON""")

    # ---- Boolean ----

    def this_boolean(this, name: str) -> bool:
        if type(this) is bool:
            return this
        raise type_error(f"Boolean.prototype.{name} requires that 'this' be a Boolean")

    constructor(isolate, "Boolean", lambda this, args: rt.to_boolean(arg(args, 0)), None, 1, boolean_proto)
    method(isolate, boolean_proto, "toString",
           lambda this, args: "true" if this_boolean(this, "toString") else "false")
    method(isolate, boolean_proto, "valueOf", lambda this, args: this_boolean(this, "valueOf"))


def _utf8_length(lead: int) -> int:
    """How many bytes the UTF-8 sequence starting with this byte has (1 for invalid leads)."""
    if lead >= 0xF0:
        return 4
    if lead >= 0xE0:
        return 3
    if lead >= 0xC0:
        return 2
    return 1
