"""String: the constructor (as a conversion function), String.fromCharCode/fromCodePoint/raw
and String.prototype's methods.

Place in the pipeline: a built-in library module; bootstrap.py installs its
tables and stores String.prototype as isolate.string_prototype, where
runtime.get_property looks methods up for string receivers: in
`"abc".charAt(1)` the native gets the Python str as `this`.

JS strings are sequences of UTF-16 code units, Python strs of code points.
The engine's canonical form keeps a well-formed surrogate pair as the one
astral character it encodes (the lexer joins them), so every index-based
method works on `units(s)` (astral characters split into their two
surrogates) when the string has any, and returns `canonical(...)` results
(support.py). Strings without astral characters, nearly all of them, skip
both steps.
"""
from __future__ import annotations

import math
import unicodedata

from interpreter.errors import range_error, type_error
from interpreter.primitive_wrappers import become_wrapper, this_value, wrap
from .support import (
    ASTRAL_RE,
    Alias,
    Constructor,
    Method,
    Prototype,
    arg,
    canonical,
    relative_index,
    prototype_from_constructor,
    require_object_coercible,
    to_integer_or_infinity,
    to_length,
    units,
)
from interpreter.numbers.numconv import JS_WHITESPACE, number_to_string, to_uint32
from interpreter.objects.values import NULL, UNDEFINED

NAN = float("nan")
# V8's String::kMaxLength on 64-bit hosts: longer results are "Invalid string length".
MAX_STRING_LENGTH = (1 << 29) - 24


def js_length(s: str) -> int:
    if s.isascii():
        return len(s)
    return len(s) + len(ASTRAL_RE.findall(s))


def check_length(n: int) -> None:
    if n > MAX_STRING_LENGTH:
        raise range_error("Invalid string length")


# ---- locale comparison -----------------------------------------------------------------------


def _collation_key(s: str):
    """An approximation of ICU's root collation (what node's localeCompare uses): letters
    compare case- and accent-insensitively first, punctuation < digits < letters; then accents;
    then case, lowercase first. Lone surrogates come after every letter, by code point (ICU
    gives them implicit weights), and U+FFFF after everything (CLDR's maximum)."""
    primary, secondary, tertiary = [], [], []
    for c in unicodedata.normalize("NFD", s):
        if unicodedata.combining(c):
            if secondary:
                secondary[-1] += c
            continue
        if "\ud800" <= c <= "\udfff":
            primary.append((4, c))
        elif c == "\uffff":
            primary.append((5, c))
        elif c.isalpha():
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


# ---- String ------------------------------------------------------------------------------------


def this_string(isolate, this, name: str) -> str:
    """The receiver of String.prototype[name] as a string (ToString of anything but null/undefined)."""
    if type(this) is str:
        return this
    require_object_coercible(this, f"String.prototype.{name}")
    return isolate.runtime.to_string(this)


def clamped_position(isolate, v, n: int) -> int:
    """A position argument of indexOf, includes, substring...: an integer clamped to [0, n]."""
    return int(min(max(to_integer_or_infinity(isolate.runtime, v), 0), n))


def string_call(isolate, this, args):
    return isolate.runtime.to_string(args[0]) if args else ""


def this_string_value(isolate, this, name: str) -> str:
    """thisStringValue (toString and valueOf): a string, or the value of a String wrapper."""
    v = this_value(isolate, this, str)
    if v is None:
        raise type_error(f"String.prototype.{name} requires that 'this' be a String")
    return v


def string_construct(isolate, args, new_target):
    """new String(v): a String wrapper (primitive_wrappers.py), the String exotic object."""
    value = string_call(isolate, UNDEFINED, args)
    return wrap(isolate, value, prototype_from_constructor(isolate, new_target, isolate.string_prototype))


def string_init_this(isolate, this, args):
    """super(v) in `class S extends String`."""
    return become_wrapper(isolate, this, string_call(isolate, UNDEFINED, args))


def string_to_string(isolate, this, args):
    return this_string_value(isolate, this, "toString")


def string_value_of(isolate, this, args):
    return this_string_value(isolate, this, "valueOf")


def string_char_at(isolate, this, args):
    u = units(this_string(isolate, this, "charAt"))
    i = to_integer_or_infinity(isolate.runtime, arg(args, 0))
    return u[int(i)] if 0 <= i < len(u) else ""


def string_char_code_at(isolate, this, args):
    u = units(this_string(isolate, this, "charCodeAt"))
    i = to_integer_or_infinity(isolate.runtime, arg(args, 0))
    return float(ord(u[int(i)])) if 0 <= i < len(u) else NAN


def string_code_point_at(isolate, this, args):
    u = units(this_string(isolate, this, "codePointAt"))
    i = to_integer_or_infinity(isolate.runtime, arg(args, 0))
    if not 0 <= i < len(u):
        return UNDEFINED
    i = int(i)
    c = ord(u[i])
    if 0xD800 <= c <= 0xDBFF and i + 1 < len(u) and 0xDC00 <= ord(u[i + 1]) <= 0xDFFF:
        return float(0x10000 + ((c - 0xD800) << 10) + (ord(u[i + 1]) - 0xDC00))
    return float(c)


def string_at(isolate, this, args):
    u = units(this_string(isolate, this, "at"))
    i = to_integer_or_infinity(isolate.runtime, arg(args, 0))
    if i < 0:
        i += len(u)
    return u[int(i)] if 0 <= i < len(u) else UNDEFINED


def string_index_of(isolate, this, args):
    u = units(this_string(isolate, this, "indexOf"))
    search = units(isolate.runtime.to_string(arg(args, 0)))
    return float(u.find(search, clamped_position(isolate, arg(args, 1), len(u))))


def string_last_index_of(isolate, this, args):
    rt = isolate.runtime
    u = units(this_string(isolate, this, "lastIndexOf"))
    search = units(rt.to_string(arg(args, 0)))
    pos = rt.to_number(arg(args, 1))
    start = len(u) if pos != pos else clamped_position(isolate, pos, len(u))
    return float(u.rfind(search, 0, start + len(search)))


def string_includes(isolate, this, args):
    u = units(this_string(isolate, this, "includes"))
    search = units(isolate.runtime.to_string(arg(args, 0)))
    return u.find(search, clamped_position(isolate, arg(args, 1), len(u))) >= 0


def string_starts_with(isolate, this, args):
    u = units(this_string(isolate, this, "startsWith"))
    search = units(isolate.runtime.to_string(arg(args, 0)))
    return u.startswith(search, clamped_position(isolate, arg(args, 1), len(u)))


def string_ends_with(isolate, this, args):
    u = units(this_string(isolate, this, "endsWith"))
    search = units(isolate.runtime.to_string(arg(args, 0)))
    end = arg(args, 1)
    end = len(u) if end is UNDEFINED else clamped_position(isolate, end, len(u))
    return u.endswith(search, 0, end)


def string_slice(isolate, this, args):
    rt = isolate.runtime
    u = units(this_string(isolate, this, "slice"))
    start = relative_index(rt, arg(args, 0), len(u), 0)
    end = relative_index(rt, arg(args, 1), len(u), len(u))
    return canonical(u[start:end])


def string_substring(isolate, this, args):
    u = units(this_string(isolate, this, "substring"))
    n = len(u)
    start = clamped_position(isolate, arg(args, 0), n)
    end = arg(args, 1)
    end = n if end is UNDEFINED else clamped_position(isolate, end, n)
    if start > end:
        start, end = end, start
    return canonical(u[start:end])


def string_substr(isolate, this, args):
    u = units(this_string(isolate, this, "substr"))
    n = len(u)
    start = relative_index(isolate.runtime, arg(args, 0), n, 0)
    length = arg(args, 1)
    count = n - start if length is UNDEFINED else clamped_position(isolate, length, n - start)
    return canonical(u[start:start + count]) if count > 0 else ""


def string_to_upper_case(isolate, this, args):
    return this_string(isolate, this, "toUpperCase").upper()


def string_to_locale_upper_case(isolate, this, args):
    return this_string(isolate, this, "toLocaleUpperCase").upper()


def string_to_lower_case(isolate, this, args):
    return this_string(isolate, this, "toLowerCase").lower()


def string_to_locale_lower_case(isolate, this, args):
    return this_string(isolate, this, "toLocaleLowerCase").lower()


def string_trim(isolate, this, args):
    return this_string(isolate, this, "trim").strip(JS_WHITESPACE)


def string_trim_start(isolate, this, args):
    return this_string(isolate, this, "trimStart").lstrip(JS_WHITESPACE)


def string_trim_end(isolate, this, args):
    return this_string(isolate, this, "trimEnd").rstrip(JS_WHITESPACE)


def pad(isolate, s: str, args, at_start: bool) -> str:
    rt = isolate.runtime
    target = to_length(rt, arg(args, 0))
    filler = arg(args, 1)
    filler = " " if filler is UNDEFINED else units(rt.to_string(filler))
    u = units(s)
    if target <= len(u) or filler == "":
        return s
    check_length(target)
    need = target - len(u)
    fill = (filler * (need // len(filler) + 1))[:need]
    return canonical(fill + u if at_start else u + fill)


def string_pad_start(isolate, this, args):
    return pad(isolate, this_string(isolate, this, "padStart"), args, True)


def string_pad_end(isolate, this, args):
    return pad(isolate, this_string(isolate, this, "padEnd"), args, False)


def string_repeat(isolate, this, args):
    s = this_string(isolate, this, "repeat")
    n = to_integer_or_infinity(isolate.runtime, arg(args, 0))
    if n < 0 or math.isinf(n):
        raise range_error(f"Invalid count value: {number_to_string(n)}")
    if s == "" or n == 0:
        return ""
    check_length(js_length(s) * int(n))
    return s * int(n)


def string_concat(isolate, this, args):
    s = this_string(isolate, this, "concat")
    to_string = isolate.runtime.to_string
    return canonical(s + "".join(to_string(a) for a in args))


def string_split(isolate, this, args):
    rt = isolate.runtime
    objects = isolate.objects
    s = this_string(isolate, this, "split")
    sep, limit = arg(args, 0), arg(args, 1)
    lim = 0xFFFF_FFFF if limit is UNDEFINED else to_uint32(rt.to_number(limit))
    if sep is UNDEFINED:
        return objects.new_array([s] if lim else [])
    sep = units(rt.to_string(sep))
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


def replace(isolate, s: str, args, every: bool) -> str:
    rt = isolate.runtime
    u = units(s)
    search = units(rt.to_string(arg(args, 0)))
    replace_value = arg(args, 1)
    functional = type(replace_value) is int and rt.typeof(replace_value) == "function"
    if not functional:
        replace_value = rt.to_string(replace_value)
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
            out.append(units(rt.to_string(r)))
        else:
            out.append(units(substitution(replace_value, search, p, u)))
        last = p + len(search)
    out.append(u[last:])
    return canonical("".join(out))


def string_replace(isolate, this, args):
    return replace(isolate, this_string(isolate, this, "replace"), args, False)


def string_replace_all(isolate, this, args):
    return replace(isolate, this_string(isolate, this, "replaceAll"), args, True)


def string_locale_compare(isolate, this, args):
    s = this_string(isolate, this, "localeCompare")
    return locale_compare(s, isolate.runtime.to_string(arg(args, 0)))


def string_normalize(isolate, this, args):
    s = this_string(isolate, this, "normalize")
    form = arg(args, 0)
    form = "NFC" if form is UNDEFINED else isolate.runtime.to_string(form)
    if form not in ("NFC", "NFD", "NFKC", "NFKD"):
        raise range_error("The normalization form should be one of NFC, NFD, NFKC, NFKD.")
    return unicodedata.normalize(form, s)


def string_from_char_code(isolate, this, args):
    to_number = isolate.runtime.to_number
    return canonical("".join(chr(to_uint32(to_number(a)) & 0xFFFF) for a in args))


def string_from_code_point(isolate, this, args):
    rt = isolate.runtime
    out = []
    for a in args:
        x = rt.to_number(a)
        if not (x == x and x.is_integer() and 0 <= x <= 0x10FFFF):
            raise range_error(f"Invalid code point {rt.to_string(a)}")
        out.append(chr(int(x)))
    return canonical("".join(out))


def string_raw(isolate, this, args):
    """String.raw(template, ...substitutions): the raw strings interleaved with the values."""
    rt = isolate.runtime
    template = arg(args, 0)
    if template is UNDEFINED or template is NULL:
        raise type_error("Cannot convert undefined or null to object")
    strings = rt.get_property(template, "raw")
    if strings is UNDEFINED or strings is NULL:
        raise type_error("Cannot convert undefined or null to object")
    n = to_length(rt, rt.get_property(strings, "length"))
    out = []
    for i in range(n):
        out.append(rt.to_string(rt.get_property(strings, str(i))))
        if i + 1 < n and i + 1 < len(args):
            out.append(rt.to_string(args[i + 1]))
    return canonical("".join(out))


STRING_STATICS = (
    Method("fromCharCode", 1, string_from_char_code),
    Method("fromCodePoint", 1, string_from_code_point),
    Method("raw", 1, string_raw),
)

STRING_PROTOTYPE = (
    Method("at", 1, string_at),
    Method("charAt", 1, string_char_at),
    Method("charCodeAt", 1, string_char_code_at),
    Method("codePointAt", 1, string_code_point_at),
    Method("concat", 1, string_concat),
    Method("endsWith", 1, string_ends_with),
    Method("includes", 1, string_includes),
    Method("indexOf", 1, string_index_of),
    Method("lastIndexOf", 1, string_last_index_of),
    Method("localeCompare", 1, string_locale_compare),
    Method("normalize", 0, string_normalize),
    Method("padEnd", 1, string_pad_end),
    Method("padStart", 1, string_pad_start),
    Method("repeat", 1, string_repeat),
    Method("replace", 2, string_replace),
    Method("replaceAll", 2, string_replace_all),
    Method("slice", 2, string_slice),
    Method("split", 2, string_split),
    Method("substr", 2, string_substr),
    Method("substring", 2, string_substring),
    Method("startsWith", 1, string_starts_with),
    Method("toString", 0, string_to_string),
    Method("trim", 0, string_trim),
    Method("trimStart", 0, string_trim_start),
    Alias("trimLeft", "trimStart"),
    Method("trimEnd", 0, string_trim_end),
    Alias("trimRight", "trimEnd"),
    Method("toLocaleLowerCase", 0, string_to_locale_lower_case),
    Method("toLocaleUpperCase", 0, string_to_locale_upper_case),
    Method("toLowerCase", 0, string_to_lower_case),
    Method("toUpperCase", 0, string_to_upper_case),
    Method("valueOf", 0, string_value_of),
)

STRING = Constructor("String", 1, string_call, string_construct, init_this=string_init_this, statics=STRING_STATICS,
                     prototype=Prototype("String", STRING_PROTOTYPE, attr="string_prototype", primitive=""))
