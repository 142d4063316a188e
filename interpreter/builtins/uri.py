"""The URI coders: encodeURIComponent, encodeURI, decodeURIComponent, decodeURI.

Place in the pipeline: a built-in library module; bootstrap.py installs
its table of global functions. Encoding works on UTF-16 code units (a lone
surrogate is "URI malformed"); decoding reads UTF-8 byte sequences of %XX
escapes, and decodeURI leaves the escapes of reserved characters as they were.
"""
from __future__ import annotations

from interpreter.errors import JSThrow
from .support import Method, arg, units

# What each coder leaves alone besides ASCII letters and digits / what decodeURI keeps escaped.
COMPONENT_UNESCAPED = "-_.!~*'()"
URI_UNESCAPED = "-_.!~*'();/?:@&=+$,#"
URI_RESERVED = ";/?:@&=+$,#"


def encode(isolate, value, keep: str) -> str:
    s = units(isolate.runtime.to_string(value))
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


def decode(isolate, value, reserved: str) -> str:
    s = isolate.runtime.to_string(value)
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


def _utf8_length(lead: int) -> int:
    """How many bytes the UTF-8 sequence starting with this byte has (1 for invalid leads)."""
    if lead >= 0xF0:
        return 4
    if lead >= 0xE0:
        return 3
    if lead >= 0xC0:
        return 2
    return 1


def encode_uri_component(isolate, this, args):
    return encode(isolate, arg(args, 0), COMPONENT_UNESCAPED)


def encode_uri(isolate, this, args):
    return encode(isolate, arg(args, 0), URI_UNESCAPED)


def decode_uri_component(isolate, this, args):
    return decode(isolate, arg(args, 0), "")


def decode_uri(isolate, this, args):
    return decode(isolate, arg(args, 0), URI_RESERVED)


URI_FUNCTIONS = (
    Method("encodeURIComponent", 1, encode_uri_component),
    Method("encodeURI", 1, encode_uri),
    Method("decodeURIComponent", 1, decode_uri_component),
    Method("decodeURI", 1, decode_uri),
)
