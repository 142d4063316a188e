"""JSON: JSON.parse and JSON.stringify.

Place in the pipeline: a built-in library module; bootstrap.py installs its
table. require() also parses package.json and .json modules with
`JsonParser`.

JSON.parse follows V8's JsonParser token by token so that malformed input
raises the same SyntaxError message at the same position node reports
(positions count UTF-16 code units). JSON.stringify supports replacer
functions and arrays, indentation, toJSON, and V8's multi-line message for
circular structures.
"""
from __future__ import annotations

import re

from interpreter.primitive_wrappers import primitive_value
from interpreter.errors import JSThrow, range_error, type_error
from .object import own_keys
from .support import Method, Namespace, arg, canonical, is_callable, to_integer_or_infinity, units
from .views import constructor_name
from interpreter.objects.maps import InstanceType
from interpreter.numbers.numconv import number_to_string
from interpreter.objects.values import NULL, UNDEFINED, BigInt

ARRAY = InstanceType.ARRAY
FUNCTION = InstanceType.FUNCTION


# ---- JSON.parse ----------------------------------------------------------------------------

_JSON_WS = " \t\n\r"
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_HEX = "0123456789abcdefABCDEF"
_SPECIAL_SOURCES = ("NaN", "Infinity", "undefined", "[object Object]")


class JsonParser:
    """JSON text (as UTF-16 code units) to JS values; errors as V8 words them."""

    def __init__(self, isolate, text: str):
        self.objects = isolate.objects
        self.source = text
        self.s = units(text)
        self.n = len(self.s)
        self.pos = 0

    # -- errors --

    def fail(self, message: str):
        raise JSThrow("SyntaxError", f"{message} in JSON at position {self.pos}")

    def unexpected(self):
        """The current character cannot start or continue anything here (V8's
        ReportUnexpectedToken with no specific message)."""
        if self.pos >= self.n:
            raise JSThrow("SyntaxError", "Unexpected end of JSON input")
        c = self.s[self.pos]
        if c == '"':
            self.fail("Unexpected string")
        if c == "-" or "0" <= c <= "9":
            self.fail("Unexpected number")
        if self.source in _SPECIAL_SOURCES:
            raise JSThrow("SyntaxError", f'"{self.source}" is not valid JSON')
        pos, n, s = self.pos, self.n, self.s
        token = canonical(c)
        # Short texts are quoted whole; longer ones as ten units either side of the error.
        if n <= 21:
            context = f'"{self.source}"'
        elif pos < 10:
            context = f'"{canonical(s[:pos + 10])}"...'
        elif pos < n - 10:
            context = f'..."{canonical(s[pos - 10:pos + 10])}"...'
        else:
            context = f'..."{canonical(s[pos - 10:])}"'
        raise JSThrow("SyntaxError", f"Unexpected token '{token}', {context} is not valid JSON")

    # -- tokens --

    def skip_ws(self) -> None:
        s, n, pos = self.s, self.n, self.pos
        while pos < n and s[pos] in _JSON_WS:
            pos += 1
        self.pos = pos

    def check(self, c: str) -> bool:
        self.skip_ws()
        if self.pos < self.n and self.s[self.pos] == c:
            self.pos += 1
            return True
        return False

    def expect(self, c: str, message: str) -> None:
        self.skip_ws()
        if self.pos < self.n and self.s[self.pos] == c:
            self.pos += 1
            return
        self.fail(message)

    # -- values --

    def parse(self):
        value = self.value()
        self.skip_ws()
        if self.pos < self.n:
            raise JSThrow("SyntaxError", f"Unexpected non-whitespace character after JSON at position {self.pos}")
        return value

    def value(self):
        self.skip_ws()
        if self.pos >= self.n:
            self.unexpected()
        c = self.s[self.pos]
        if c == '"':
            self.pos += 1
            return self.string()
        if c == "-" or "0" <= c <= "9":
            return self.number()
        if c == "{":
            return self.object()
        if c == "[":
            return self.array()
        if c == "t":
            return self.literal("true", True)
        if c == "f":
            return self.literal("false", False)
        if c == "n":
            return self.literal("null", NULL)
        self.unexpected()

    def literal(self, word: str, value):
        s, pos = self.s, self.pos
        if s.startswith(word, pos):
            self.pos = pos + len(word)
            return value
        # Find the first character that differs; running out of text is "end of input".
        self.pos += 1
        for expected in word[1:]:
            if self.pos >= self.n:
                break
            if s[self.pos] != expected:
                self.unexpected()
            self.pos += 1
        raise JSThrow("SyntaxError", "Unexpected end of JSON input")

    def number(self) -> float:
        s, n = self.s, self.n
        start = self.pos

        def digits():
            while self.pos < n and "0" <= s[self.pos] <= "9":
                self.pos += 1

        if s[self.pos] == "-":
            self.pos += 1
            if self.pos >= n or not "0" <= s[self.pos] <= "9":
                self.fail("No number after minus sign")
        if s[self.pos] == "0":
            self.pos += 1
            if self.pos < n and "0" <= s[self.pos] <= "9":
                self.fail("Unexpected number")
        else:
            digits()
        if self.pos < n and s[self.pos] == ".":
            self.pos += 1
            if self.pos >= n or not "0" <= s[self.pos] <= "9":
                self.fail("Unterminated fractional number")
            digits()
        if self.pos < n and s[self.pos] in "eE":
            self.pos += 1
            if self.pos < n and s[self.pos] in "+-":
                self.pos += 1
            if self.pos >= n or not "0" <= s[self.pos] <= "9":
                self.fail("Exponent part is missing a number")
            digits()
        return float(s[start:self.pos])

    def string(self) -> str:
        """The rest of a string literal (the opening quote consumed)."""
        s, n = self.s, self.n
        out = []
        run = self.pos
        while True:
            if self.pos >= n:
                self.fail("Unterminated string")
            c = s[self.pos]
            if c == '"':
                out.append(s[run:self.pos])
                self.pos += 1
                return canonical("".join(out))
            if c == "\\":
                out.append(s[run:self.pos])
                self.pos += 1
                if self.pos >= n:
                    raise JSThrow("SyntaxError", "Unexpected end of JSON input")
                e = s[self.pos]
                if e in _ESCAPES:
                    out.append(_ESCAPES[e])
                    self.pos += 1
                elif e == "u":
                    for k in range(1, 5):
                        if self.pos + k >= n or s[self.pos + k] not in _HEX:
                            self.pos += k
                            self.fail("Bad Unicode escape")
                    out.append(chr(int(s[self.pos + 1:self.pos + 5], 16)))
                    self.pos += 5
                else:
                    self.fail("Bad escaped character")
                run = self.pos
                continue
            if c < " ":
                self.fail("Bad control character in string literal")
            self.pos += 1

    def object(self) -> int:
        self.pos += 1
        entries = []
        if not self.check("}"):
            self.expect('"', "Expected property name or '}'")
            while True:
                key = self.string()
                self.expect(":", "Expected ':' after property name")
                entries.append((key, self.value()))
                if self.check(","):
                    self.expect('"', "Expected double-quoted property name")
                    continue
                self.expect("}", "Expected ',' or '}' after property value")
                break
        objects = self.objects
        obj = objects.new_object(objects.literal_root(len(entries)))
        for k, v in entries:
            objects.set_own(obj, k, v)     # a repeated key keeps its first position, last value
        return obj

    def array(self) -> int:
        self.pos += 1
        items = []
        if not self.check("]"):
            while True:
                items.append(self.value())
                if self.check(","):
                    continue
                self.expect("]", "Expected ',' or ']' after array element")
                break
        return self.objects.new_array(items)


def json_parse(isolate, this, args):
    rt = isolate.runtime
    text = rt.to_string(arg(args, 0))
    value = JsonParser(isolate, text).parse()
    reviver = arg(args, 1)
    if not is_callable(isolate, reviver):
        return value
    objects = isolate.objects
    call = isolate.interpreter.call

    def internalize(holder: int, name: str):
        val = rt.get_property(holder, name)
        if type(val) is int:
            if objects.map_of(val).instance_type == ARRAY:
                keys = [str(i) for i in range(objects.array_length(val))]
            else:
                keys = own_keys(isolate, val)
            for k in keys:
                new = internalize(val, k)
                if new is UNDEFINED:
                    rt.delete_property(val, k)
                else:
                    rt.set_property(val, k, new)
        return call(reviver, holder, [name, val])

    root = objects.new_object(objects.literal_root(1))
    objects.set_own(root, "", value)
    return internalize(root, "")


# ---- JSON.stringify --------------------------------------------------------------------------

_QUOTE_ESCAPE = re.compile('[\ud800-\udbff][\udc00-\udfff]|["\\\\\x00-\x1f\ud800-\udfff]')
_QUOTE_NAMED = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _quote_one(m: re.Match) -> str:
    c = m.group()
    if len(c) == 2:
        return canonical(c)        # a well-formed pair held as two surrogates
    return _QUOTE_NAMED.get(c) or f"\\u{ord(c):04x}"


def json_quote(s: str) -> str:
    return '"' + _QUOTE_ESCAPE.sub(_quote_one, s) + '"'


def json_stringify(isolate, this, args):
    rt = isolate.runtime
    objects = isolate.objects
    call = isolate.interpreter.call
    value, replacer, space = arg(args, 0), arg(args, 1), arg(args, 2)

    replacer_fn = None
    allowed = None
    if is_callable(isolate, replacer):
        replacer_fn = replacer
    elif type(replacer) is int and objects.map_of(replacer).instance_type == ARRAY:
        allowed = []
        for v in objects.array_items(replacer):
            inner = primitive_value(isolate, v)
            if type(inner) is str or type(inner) is float:
                v = rt.to_string(v)     # a String or Number wrapper names a key too
            if type(v) is str or type(v) is float:
                k = rt.to_string(v)
                if k not in allowed:
                    allowed.append(k)

    def unwrap(v):
        """A Number, String, Boolean or BigInt wrapper as its primitive (SerializeJSONProperty
        step 4: the first two through ToNumber / ToString, so their own valueOf counts)."""
        inner = primitive_value(isolate, v)
        if inner is None:
            return v
        t = type(inner)
        if t is float:
            return rt.to_number(v)
        if t is str:
            return rt.to_string(v)
        return inner

    space = unwrap(space)
    if type(space) is float:
        gap = " " * int(min(10, max(0, to_integer_or_infinity(rt, space))))
    elif type(space) is str:
        gap = space[:10]
    else:
        gap = ""

    stack: list[tuple[object, int]] = []    # (key it was reached by, object) of the objects being written
    on_stack: set[int] = set()              # the same objects, for the circularity check

    def circular_error(obj: int, closing_key):
        def ctor(o):
            return constructor_name(isolate, o, objects.map_of(o)) or "Object"

        def key_text(k):
            return f"index {k}" if type(k) is int else (f"property '{k}'" if k else "<anonymous>")

        start = next(i for i, (_, o) in enumerate(stack) if o == obj)
        lines = [f"\n    --> starting at object with constructor '{ctor(obj)}'"]
        chain = stack[start + 1:]
        # Two lines after the start, an ellipsis, and the last line before the closing one.
        shown = chain if len(chain) <= 3 else chain[:2] + [None] + chain[-1:]
        for entry in shown:
            if entry is None:
                lines.append("\n    |     ...")
            else:
                lines.append(f"\n    |     {key_text(entry[0])} -> object with constructor '{ctor(entry[1])}'")
        lines.append(f"\n    --- {key_text(closing_key)} closes the circle")
        return type_error("Converting circular structure to JSON" + "".join(lines))

    def serialize(holder, key, value, indent: str, key_for_stack):
        if type(value) is int or type(value) is BigInt:
            to_json = rt.get_property(value, "toJSON")
            if is_callable(isolate, to_json):
                value = call(to_json, value, [key])
        if replacer_fn is not None:
            value = call(replacer_fn, holder, [key, value])
        value = unwrap(value)
        t = type(value)
        if t is str:
            return json_quote(value)
        if t is float:
            return number_to_string(value) if value - value == 0 else "null"
        if t is bool:
            return "true" if value else "false"
        if value is NULL:
            return "null"
        if t is BigInt:
            raise type_error("Do not know how to serialize a BigInt")
        if t is not int:
            return None
        m = objects.map_of(value)
        if m.instance_type == FUNCTION:
            return None
        if value in on_stack:
            raise circular_error(value, key_for_stack)
        if len(stack) >= isolate.max_call_depth:
            # nesting without end (a toJSON that returns a new object each time): node's stack
            # overflows; here the depth is bounded like a call chain
            raise range_error("Maximum call stack size exceeded")
        stack.append((key_for_stack, value))
        on_stack.add(value)
        try:
            inner = indent + gap
            parts = []
            if m.instance_type == ARRAY:
                for i in range(objects.array_length(value)):
                    text = serialize(value, str(i), isolate.runtime.element(value, i), inner, i)
                    parts.append("null" if text is None else text)
                open_, close = "[", "]"
            else:
                keys = allowed if allowed is not None else own_keys(isolate, value)
                for k in keys:
                    text = serialize(value, k, rt.get_property(value, k), inner, k)
                    if text is not None:
                        parts.append(json_quote(k) + (": " if gap else ":") + text)
                open_, close = "{", "}"
            if not parts:
                return open_ + close
            if not gap:
                return open_ + ",".join(parts) + close
            return f"{open_}\n{inner}" + f",\n{inner}".join(parts) + f"\n{indent}{close}"
        finally:
            stack.pop()
            on_stack.discard(value)

    holder = UNDEFINED
    if replacer_fn is not None:
        holder = objects.new_object(objects.literal_root(1))
        objects.set_own(holder, "", value)
    text = serialize(holder, "", value, "", "")
    return UNDEFINED if text is None else text


JSON = Namespace("JSON", (
    Method("parse", 2, json_parse),
    Method("stringify", 3, json_stringify),
), tag="JSON")
