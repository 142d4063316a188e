"""How the interpreter prints JS values: node v20's `util.inspect` and `console.log`.

Place in the pipeline: a pure leaf of the interpreter. The `console.log`
built-in reads the argument values out of the heap, builds (views.py) the plain Python
*views* defined here (ObjectView, ArrayView, FunctionView, with primitives as
Python floats / str / bool / values.BigInt and the UNDEFINED, NULL, HOLE sentinels), and hands
them to `format_log_args`. This module never touches the heap, maps or the
value encoding, so it can be tested against node on its own.

Contract for whoever builds the views:
- one heap object -> one view object (memoize by address), so that cycles are
  seen as cycles: circularity is detected by identity of the views;
- numbers are Python floats (-0.0 is JS -0); ints are accepted too;
- `items` / `entries` may be any sequence (len, indexing, iteration), so a
  builder may make them lazy for huge arrays: only the first 100 items and at
  most three levels are ever looked at;
- `constructor_name` is what node's getConstructorName would find: "Object"
  for literals, the function's name for `new F()` objects, None for objects
  without a prototype.

The layout rules follow node's lib/internal/util/inspect.js with the defaults
console.log uses (depth 2, breakLength 80, compact 3, maxArrayLength 100).
Widths are measured in UTF-16 code units as node measures them.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, Sequence

from interpreter.numbers.numconv import JS_WHITESPACE, int_to_double, number_to_string, string_to_number
from interpreter.errors import type_error
from interpreter.objects.values import BigInt

__all__ = [
    "UNDEFINED",
    "NULL",
    "HOLE",
    "ErrorView",
    "ObjectView",
    "ArrayView",
    "FunctionView",
    "MapView",
    "SetView",
    "IteratorView",
    "BoxedView",
    "DateView",
    "inspect",
    "format_log_args",
]


class _Sentinel:
    __slots__ = ("_name",)

    def __init__(self, name: str):
        self._name = name

    def __repr__(self) -> str:
        return self._name


UNDEFINED = _Sentinel("UNDEFINED")
NULL = _Sentinel("NULL")
# A missing element of a sparse array; only meaningful inside ArrayView.items.
HOLE = _Sentinel("HOLE")


@dataclass(eq=False)
class ErrorView:
    """An error object, printed from its `stack` as node's formatError does: the name the
    constructor gives it, brackets when the stack lists no frames (`[TypeError: bad]`),
    then its own enumerable properties and a `[cause]`."""

    stack: str
    name: str
    message: str
    constructor_name: str | None = "Error"
    entries: Sequence[tuple[str, Any]] = field(default_factory=list)
    cause: Any = None               # the `cause` property's value, when it has one
    has_cause: bool = False


@dataclass(eq=False)
class ObjectView:
    """An ordinary object: `Point { x: 1 }`, `{ a: 1 }`, `Object [Math] {}` (tag: its
    Symbol.toStringTag, shown when it differs from the constructor's name)."""

    constructor_name: str | None = "Object"
    entries: Sequence[tuple[str, Any]] = field(default_factory=list)
    tag: str = ""


@dataclass(eq=False)
class ArrayView:
    """An array; `entries` are its non-index own properties (rare)."""

    items: Sequence[Any] = field(default_factory=list)
    entries: Sequence[tuple[str, Any]] = field(default_factory=list)
    constructor_name: str | None = "Array"    # another: a subclass's instance (`A(2) [ 1, 2 ]`)


@dataclass(eq=False)
class FunctionView:
    """A function; `entries` are its own enumerable properties.

    `source` is the function's source text, needed only when a `%s` format
    directive stringifies the function itself.
    """

    name: str = ""
    entries: Sequence[tuple[str, Any]] = field(default_factory=list)
    source: str | None = None
    is_class: bool = False
    extends: str | None = None     # a derived class: its base class's name


@dataclass(eq=False)
class Opaque:
    """A value node prints as fixed text: `[Getter]`, `[Setter]`, `[Getter/Setter]`."""

    text: str


@dataclass(eq=False)
class MapView:
    """A Map: `Map(2) { 'a' => 1, 'b' => 2 }`. `items` are its (key, value) pairs in order,
    `entries` its own enumerable properties; a subclass instance has its own
    `constructor_name` (`Foo(1) [Map] { ... }`)."""

    items: Sequence[tuple[Any, Any]] = field(default_factory=list)
    entries: Sequence[tuple[str, Any]] = field(default_factory=list)
    constructor_name: str | None = "Map"


@dataclass(eq=False)
class SetView:
    """A Set: `Set(3) { 1, 2, 3 }`."""

    items: Sequence[Any] = field(default_factory=list)
    entries: Sequence[tuple[str, Any]] = field(default_factory=list)
    constructor_name: str | None = "Set"


@dataclass(eq=False)
class IteratorView:
    """An iterator object. `tag` is its Symbol.toStringTag: "Map Iterator" and "Set Iterator"
    show the entries still to come, `[Map Iterator] { 'a' }`, or with `key_value` the
    [key, value] pairs, `[Map Entries] { [ 'a', 1 ] }` (items then are pairs); any other tag
    ("Array Iterator") prints as an object with that tag, `Object [Array Iterator] {}`."""

    tag: str = "Array Iterator"
    items: Sequence[Any] = field(default_factory=list)
    key_value: bool = False
    entries: Sequence[tuple[str, Any]] = field(default_factory=list)


@dataclass(eq=False)
class BoxedView:
    """A primitive wrapper (`new String('ab')`): `[String: 'ab']`, `[Number (N): 4]` for a
    subclass's instance, then its own enumerable properties (a String's indexes are left out,
    as node leaves them out)."""

    kind: str = "Object"          # String, Number, Boolean, BigInt
    value: Any = None             # the wrapped primitive
    constructor_name: str | None = "Object"
    entries: Sequence[tuple[str, Any]] = field(default_factory=list)


@dataclass(eq=False)
class DateView:
    """A Date object: its toISOString text (`Invalid Date` when invalid), after `D ` for a
    subclass's instance, then its own enumerable properties."""

    text: str = "Invalid Date"
    constructor_name: str | None = "Date"
    entries: Sequence[tuple[str, Any]] = field(default_factory=list)


_VIEW_TYPES = (ObjectView, ArrayView, FunctionView, MapView, SetView, IteratorView, ErrorView, BoxedView, DateView)


def _prefix(constructor: str | None, tag: str, fallback: str, size: str = "") -> str:
    """node's getPrefix: `Map(2) `, `Foo(1) [Map] `, `[Map(0): null prototype] `."""
    if constructor is None:
        if tag and fallback != tag:
            return f"[{fallback}{size}: null prototype] [{tag}] "
        return f"[{fallback}{size}: null prototype] "
    if tag and constructor != tag:
        return f"{constructor}{size} [{tag}] "
    return f"{constructor}{size} "

# ---- strings ---------------------------------------------------------------


def _js_len(s: str) -> int:
    """Length in UTF-16 code units, the unit node measures line widths in."""
    if s.isascii():
        return len(s)
    return len(s) + sum(1 for c in s if ord(c) > 0xFFFF)


def _pad_start(s: str, width: int) -> str:
    return " " * (width - _js_len(s)) + s


def _pad_end(s: str, width: int) -> str:
    return s + " " * (width - _js_len(s))


def _control_escape(code: int) -> str:
    named = {8: "\\b", 9: "\\t", 10: "\\n", 12: "\\f", 13: "\\r", 39: "\\'", 92: "\\\\"}
    return named.get(code) or "\\x%02X" % code


_ESCAPES = {chr(c): _control_escape(c) for c in [*range(0x20), 39, 92, *range(0x7F, 0xA0)]}
# A surrogate pair held as two code points is one well-formed character to JS;
# only lone surrogates are escaped. The pair alternative comes first so that
# the scanner consumes both halves together.
_ESCAPE_WITH_SQ = re.compile("[\ud800-\udbff][\udc00-\udfff]|[\x00-\x1f'\\\\\x7f-\x9f\ud800-\udfff]")
_ESCAPE_NO_SQ = re.compile("[\ud800-\udbff][\udc00-\udfff]|[\x00-\x1f\\\\\x7f-\x9f\ud800-\udfff]")


def _escape_one(m: re.Match) -> str:
    ch = m.group()
    if len(ch) == 2:
        return _join_surrogates(ch)
    code = ord(ch)
    if 0xD800 <= code <= 0xDFFF:
        return "\\u%x" % code
    return _ESCAPES[ch]


def _join_surrogates(pair: str) -> str:
    # Shown as the one character it encodes, so the text stays printable.
    return chr(0x10000 + ((ord(pair[0]) - 0xD800) << 10) + (ord(pair[1]) - 0xDC00))


def _quote(s: str) -> str:
    """A string literal as node shows it: single quotes unless the text has
    one, then double quotes, then backticks; escape only what must be."""
    if "'" in s:
        if '"' not in s:
            return '"' + _ESCAPE_NO_SQ.sub(_escape_one, s) + '"'
        if "`" not in s and "${" not in s:
            return "`" + _ESCAPE_NO_SQ.sub(_escape_one, s) + "`"
    return "'" + _ESCAPE_WITH_SQ.sub(_escape_one, s) + "'"


_IDENTIFIER_KEY = re.compile(r"[a-zA-Z_][a-zA-Z_0-9]*\Z")
# Strings shorter than this are never broken into `'...' +` pieces.
_MIN_LINE_WIDTH = 16


def _format_number(x: float) -> str:
    if x == 0 and math.copysign(1.0, x) < 0:
        return "-0"
    return number_to_string(x)


# ---- the formatter ---------------------------------------------------------

_KIND_OBJECT = 0
_KIND_ARRAY = 1


class _Inspector:
    """State of one util.inspect call (node's `ctx`)."""

    def __init__(self, depth: float = 2, break_length: int = 80, compact: int = 3,
                 max_array_length: int = 100, show_array_length: bool = False):
        self.depth = depth
        self.break_length = break_length
        self.compact = compact
        self.max_array_length = max_array_length
        # The part of showHidden (used by `%o`) that the views can support:
        # arrays' `length`. Functions' hidden properties are not modelled.
        self.show_array_length = show_array_length
        self.seen: list[Any] = []  # the objects being formatted, outermost first
        self.circular: dict[int, int] = {}  # id(view) -> its *N reference number
        self.indentation = 0
        # The nesting level of the object whose formatting started most
        # recently; node compares it with the level being reduced to decide
        # whether the innermost `compact` levels may share one line.
        self.current_depth = 0

    def format_value(self, v: Any, recurse_times: int) -> str:
        t = type(v)
        if t is str:
            return self.format_string(v)
        if t is float:
            return _format_number(v)
        if t is bool:
            return "true" if v else "false"
        if t is int:
            return _format_number(float(v))
        if t is BigInt:
            return repr(v)
        if v is UNDEFINED or v is HOLE:
            return "undefined"
        if v is NULL:
            return "null"
        if t is Opaque:
            return v.text
        if isinstance(v, _VIEW_TYPES):
            for ancestor in self.seen:
                if ancestor is v:
                    index = self.circular.get(id(v))
                    if index is None:
                        index = len(self.circular) + 1
                        self.circular[id(v)] = index
                    return f"[Circular *{index}]"
            return self.format_raw(v, recurse_times)
        raise TypeError(f"not a JS value view: {v!r}")

    def format_string(self, s: str) -> str:
        n = _js_len(s)
        if n > _MIN_LINE_WIDTH and n > self.break_length - self.indentation - 4:
            # Long strings are shown as a concatenation, one piece per line
            # of the text (each piece keeps its trailing \n).
            pieces = s.split("\n")
            lines = [p + "\n" for p in pieces[:-1]]
            if pieces[-1]:
                lines.append(pieces[-1])
            joiner = " +\n" + " " * (self.indentation + 2)
            return joiner.join(_quote(line) for line in lines)
        return _quote(s)

    def format_raw(self, v: Any, recurse_times: int) -> str:
        base = ""
        if type(v) is ArrayView:
            kind = _KIND_ARRAY
            brace_open, brace_close = "[", "]"
            has_hidden = self.show_array_length
            if v.constructor_name != "Array":
                brace_open = _prefix(v.constructor_name, "", "Array", f"({len(v.items)})") + "["
            if not v.items and not v.entries and not has_hidden:
                return brace_open + "]"
            cut_name = "[Array]"
        elif type(v) is FunctionView:
            kind = _KIND_OBJECT
            brace_open, brace_close = "{", "}"
            if v.is_class:
                base = f"[class {v.name or '(anonymous)'}" + (f" extends {v.extends}]" if v.extends else "]")
            else:
                base = f"[Function: {v.name}]" if v.name else "[Function (anonymous)]"
            if not v.entries:
                return base
            cut_name = "[Function]"
        elif type(v) is MapView or type(v) is SetView:
            kind = _KIND_OBJECT
            brace_close = "}"
            tag = "Map" if type(v) is MapView else "Set"
            brace_open = _prefix(v.constructor_name, tag, tag, f"({len(v.items)})") + "{"
            if not v.items and not v.entries:
                return brace_open + "}"
            cut_name = _cut_name(v.constructor_name, tag, tag)
        elif type(v) is IteratorView and v.tag in ("Map Iterator", "Set Iterator"):
            kind = _KIND_OBJECT
            brace_close = "}"
            brace_open = f"[{v.tag}] {{"
            if v.key_value:
                brace_open = brace_open.replace(" Iterator] {", " Entries] {")
            cut_name = _cut_name("Object", v.tag, "Object")
        elif type(v) is ErrorView:
            kind = _KIND_OBJECT
            brace_open, brace_close = "{", "}"
            base = self.format_error(v)
            if not v.entries and not v.has_cause:
                return base
            cut_name = f"[{v.constructor_name or 'Error'}]"
        elif type(v) is BoxedView:
            # node's getBoxedBase
            kind = _KIND_OBJECT
            brace_open, brace_close = "{", "}"
            base = f"[{v.kind}"
            if v.constructor_name != v.kind:
                base += " (null prototype)" if v.constructor_name is None else f" ({v.constructor_name})"
            base += f": {self.format_value(v.value, recurse_times)}]"
            if not v.entries:
                return base
            cut_name = _cut_name(v.constructor_name, "", "Object")
        elif type(v) is DateView:
            kind = _KIND_OBJECT
            brace_open, brace_close = "{", "}"
            base = v.text if v.constructor_name == "Date" else _prefix(v.constructor_name, "", "Date") + v.text
            if not v.entries:
                return base
            cut_name = _cut_name(v.constructor_name, "", "Date")
        elif type(v) is IteratorView:
            kind = _KIND_OBJECT
            brace_close = "}"
            brace_open = _prefix("Object", v.tag, "Object") + "{"
            if not v.entries:
                return brace_open + "}"
            cut_name = _cut_name("Object", v.tag, "Object")
        else:
            kind = _KIND_OBJECT
            brace_close = "}"
            cname = v.constructor_name
            if v.tag and v.tag != cname:
                prefix = _prefix(cname, v.tag, "Object")
                brace_open = prefix + "{"
                cut_name = prefix[:-1] if cname is None else f"[{prefix[:-1]}]"
            elif cname == "Object":
                brace_open = "{"
                cut_name = "[Object]"
            elif cname is None:
                brace_open = "[Object: null prototype] {"
                cut_name = "[Object: null prototype]"
            else:
                brace_open = f"{cname} {{"
                cut_name = f"[{cname}]"
            if not v.entries:
                return brace_open + "}"

        if recurse_times > self.depth:
            return cut_name
        recurse_times += 1
        self.seen.append(v)
        self.current_depth = recurse_times
        if kind == _KIND_ARRAY:
            output = self.format_array(v, recurse_times)
            if self.show_array_length:
                output.append(f"[length]: {_format_number(float(len(v.items)))}")
        elif type(v) is MapView or type(v) is SetView or \
                (type(v) is IteratorView and v.tag in ("Map Iterator", "Set Iterator")):
            output = self.format_collection(v, recurse_times)
        else:
            output = []
        for key, value in v.entries:
            output.append(self.format_property(key, value, recurse_times))
        if type(v) is ErrorView and v.has_cause:
            output.append(f"[cause]: {self.format_item(v.cause, recurse_times)}")
        index = self.circular.get(id(v))
        if index is not None:
            reference = f"<ref *{index}>"
            base = reference if not base else f"{reference} {base}"
        self.seen.pop()
        return self.reduce_to_single_string(output, base, brace_open, brace_close, kind,
                                            recurse_times, v)

    def format_collection(self, v: Any, recurse_times: int) -> list[str]:
        """The entries of a Map, Set or collection iterator (node's formatMap, formatSet,
        formatMapIterInner, formatSetIterInner): at most maxArrayLength of them."""
        items = v.items
        length = len(items)
        limit = min(max(0, self.max_array_length), length)
        output = []
        self.indentation += 2
        try:
            for i in range(limit):
                item = items[i]
                if type(v) is MapView:
                    output.append(f"{self.format_value(item[0], recurse_times)} => "
                                  f"{self.format_value(item[1], recurse_times)}")
                elif type(v) is IteratorView and v.key_value:
                    pair = [self.format_value(item[0], recurse_times),
                            self.format_value(item[1], recurse_times)]
                    output.append(self.reduce_to_single_string(pair, "", "[", "]", _KIND_ARRAY,
                                                               recurse_times, ArrayView(list(item))))
                else:
                    output.append(self.format_value(item, recurse_times))
        finally:
            self.indentation -= 2
        if length > limit:
            output.append(_more_items(length - limit))
        return output

    def format_item(self, value: Any, recurse_times: int) -> str:
        self.indentation += 2
        try:
            return self.format_value(value, recurse_times)
        finally:
            self.indentation -= 2

    def format_error(self, v: ErrorView) -> str:
        """node's formatError: the stack, renamed after the constructor when it starts with
        a plain "...Error" name (improveStack), in brackets when it has no frames."""
        stack, name = v.stack, v.name
        # name, message and stack shown by the stack itself are not repeated as properties
        v.entries = [(k, x) for k, x in v.entries
                     if not (k in ("name", "message", "stack") and _to_js_string(x) in stack)]
        n = len(name)
        if v.constructor_name is None or (name.endswith("Error") and stack.startswith(name) and
                                          (len(stack) == n or stack[n] in ":\n")):
            fallback = "Error"
            if v.constructor_name is None:
                m = re.match(r"([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)", stack) or \
                    re.fullmatch(r"([a-z_A-Z0-9-]*Error)", stack)
                fallback = (m and m.group(1)) or ""
                n = len(fallback)
                fallback = fallback or "Error"
            prefix = _prefix(v.constructor_name, "", fallback)[:-1]
            if name != prefix:
                if name in prefix:
                    stack = f"{prefix}: {stack}" if n == 0 else prefix + stack[n:]
                else:
                    stack = f"{prefix} [{name}]{stack[n:]}"
        pos = -1
        if v.message and v.message in stack:
            pos = stack.index(v.message) + len(v.message)
        if stack.find("\n    at", max(pos, 0)) == -1:
            stack = f"[{stack}]"
        if self.indentation:
            stack = stack.replace("\n", "\n" + " " * self.indentation)
        return stack

    def format_property(self, key: str, value: Any, recurse_times: int) -> str:
        text = self.format_item(value, recurse_times)
        if key == "__proto__":
            name = "['__proto__']"
        elif _IDENTIFIER_KEY.match(key):
            name = key
        else:
            name = _quote(key)
        return f"{name}: {text}"

    def format_array(self, v: ArrayView, recurse_times: int) -> list[str]:
        items = v.items
        length = len(items)
        limit = min(max(0, self.max_array_length), length)
        output: list[str] = []
        for i in range(limit):
            item = items[i]
            if item is HOLE:
                return self.format_sparse_array(items, recurse_times, limit, output, i)
            output.append(self.format_item(item, recurse_times))
        if length > limit:
            output.append(_more_items(length - limit))
        return output

    def format_sparse_array(self, items: Sequence[Any], recurse_times: int, max_entries: int,
                            output: list[str], i: int) -> list[str]:
        # Runs of holes collapse into one `<N empty items>` entry; the entry
        # budget counts those runs, not array indices.
        length = len(items)
        expected = i  # the index the next present element would have if dense
        next_present = getattr(items, "next_present", None)   # views.SparseItems
        while i < length and len(output) < max_entries:
            if items[i] is HOLE:
                i = next_present(i) if next_present else i + 1
                continue
            if i != expected:
                output.append(_empty_items(i - expected))
                expected = i
                if len(output) == max_entries:
                    break
            output.append(self.format_item(items[i], recurse_times))
            expected += 1
            i += 1
        remaining = length - expected
        if len(output) != max_entries:
            if remaining > 0:
                output.append(_empty_items(remaining))
        elif remaining > 0:
            output.append(_more_items(remaining))
        return output

    def reduce_to_single_string(self, output: list[str], base: str, brace_open: str,
                                brace_close: str, kind: int, recurse_times: int,
                                value: Any) -> str:
        entries = len(output)
        if kind == _KIND_ARRAY and entries > 6:
            output = self.group_array_elements(output, value)
        # Only the innermost `compact` levels may be put on one line, and not
        # when grouping already arranged the entries in rows.
        if self.current_depth - recurse_times < self.compact and entries == len(output):
            start = (len(output) + self.indentation + _js_len(brace_open)
                     + _js_len(base) + 10)
            if self.is_below_break_length(output, start, base):
                joined = ", ".join(output)
                if "\n" not in joined:
                    prefix = f"{base} " if base else ""
                    return f"{prefix}{brace_open} {joined} {brace_close}"
        indentation = "\n" + " " * self.indentation
        prefix = f"{base} " if base else ""
        body = f",{indentation}  ".join(output)
        return f"{prefix}{brace_open}{indentation}  {body}{indentation}{brace_close}"

    def is_below_break_length(self, output: list[str], start: int, base: str) -> bool:
        # Each entry costs its width plus one for the separator, on top of
        # `start` (which itself already counts one per entry).
        total = len(output) + start
        if total + len(output) > self.break_length:
            return False
        for entry in output:
            total += _js_len(entry)
            if total > self.break_length:
                return False
        return "\n" not in base

    def group_array_elements(self, output: list[str], value: ArrayView) -> list[str]:
        """Arrange many short entries in aligned columns (node's groupArrayElements)."""
        separator_space = 2  # ", "
        output_length = len(output)
        if self.max_array_length < len(output):
            # Leave the trailing `... N more items` out of the measurements.
            output_length -= 1
        data_len = [_js_len(output[i]) for i in range(output_length)]
        total_length = sum(data_len) + separator_space * output_length
        max_length = max(data_len) if data_len else 0
        actual_max = max_length + separator_space
        # Need three columns to fit, and no single entry may dwarf the others
        # (or the gaps between short entries would be huge).
        if not (actual_max * 3 + self.indentation < self.break_length
                and (total_length / actual_max > 5 or max_length <= 6)):
            return output
        # Aim for a roughly square block, taking a character as 2.5 times as
        # high as wide; the bias gives short entries more columns. Note that
        # node divides by the full output length here (with the `more items`
        # entry) but sums lengths without it.
        approx_char_heights = 2.5
        average_bias = math.sqrt(actual_max - total_length / len(output))
        biased_max = max(actual_max - 3 - average_bias, 1)
        columns = min(
            _js_round(math.sqrt(approx_char_heights * biased_max * output_length) / biased_max),
            (self.break_length - self.indentation) // actual_max,
            self.compact * 4,
            15,
        )
        if columns <= 1:
            return output
        max_line_length = []
        for col in range(columns):
            width = 0
            for j in range(col, output_length, columns):
                if data_len[j] > width:
                    width = data_len[j]
            max_line_length.append(width + separator_space)
        # Numbers and BigInts are right-aligned, anything else left-aligned. node decides
        # by looking at value[i] for every output position, holes included.
        items = value.items
        n_items = len(items)
        numeric = True
        for i in range(len(output)):
            item = items[i] if i < n_items else UNDEFINED
            t = type(item)
            if t is not float and t is not int and t is not BigInt:
                numeric = False
                break
        grouped = []
        for row_start in range(0, output_length, columns):
            row_end = min(row_start + columns, output_length)
            parts = []
            for j in range(row_start, row_end - 1):
                cell = output[j] + ", "
                width = max_line_length[j - row_start]
                parts.append(_pad_start(cell, width) if numeric else _pad_end(cell, width))
            last = row_end - 1
            if numeric:
                parts.append(_pad_start(output[last],
                                        max_line_length[last - row_start] - separator_space))
            else:
                parts.append(output[last])
            grouped.append("".join(parts))
        if self.max_array_length < len(output):
            grouped.append(output[output_length])
        return grouped


def _js_round(x: float) -> int:
    # Math.round rounds halves up; Python's round() would round them to even.
    return math.floor(x + 0.5)


def _cut_name(constructor: str | None, tag: str, fallback: str) -> str:
    """What an object nested deeper than `depth` prints as: `[Map]`, `[Foo [Map]]`."""
    name = _prefix(constructor, tag, fallback)[:-1]
    return name if constructor is None else f"[{name}]"


def _more_items(n: int) -> str:
    return f"... {n} more item{'s' if n > 1 else ''}"


def _empty_items(n: int) -> str:
    return f"<{n} empty item{'s' if n > 1 else ''}>"


def inspect(value: Any, *, depth: float = 2) -> str:
    """util.inspect(value) with node's defaults (depth may be overridden)."""
    return _Inspector(depth=depth).format_value(value, 0)


# ---- console.log -----------------------------------------------------------


def format_log_args(args: Sequence[Any]) -> str:
    """What console.log(...args) prints, without the trailing newline.

    Strings print raw, everything else inspected, separated by spaces; when
    the first argument is a string and more follow, its printf-style
    directives (%s %d %i %f %j %o %O %c %%) consume arguments as node's
    formatWithOptions does.
    """
    n = len(args)
    if n == 0:
        return ""
    first = args[0]
    parts: list[str] = []
    a = 0
    if type(first) is str:
        if n == 1:
            return first
        out, a = _apply_directives(first, args)
        if a:
            parts.append(out)
    for value in args[a:]:
        t = type(value)
        if t is str:
            parts.append(value)
        elif t is float:
            # Printing numbers in a loop is common enough to skip the inspector.
            parts.append(_format_number(value))
        else:
            parts.append(inspect(value))
    return " ".join(parts)


def _apply_directives(fmt: str, args: Sequence[Any]) -> tuple[str, int]:
    """Expand the directives of `fmt`; returns the text and how many of
    `args` (fmt included) it used, or 0 when it expanded nothing (then fmt
    prints verbatim, `%%` and all)."""
    if "%" not in fmt:
        return fmt, 0
    out: list[str] = []
    a = 0  # index of the last consumed argument
    last = 0  # start of the text not yet copied
    i = 0
    n = len(fmt)
    while i < n - 1:
        if fmt[i] != "%":
            i += 1
            continue
        i += 1
        directive = fmt[i]
        if a + 1 != len(args):
            if directive == "%":
                out.append(fmt[last:i])
                last = i + 1
                i += 1
                continue
            if directive not in "sjdOoifc":
                i += 1
                continue
            a += 1
            text = _directive_text(directive, args[a])
            out.append(fmt[last:i - 1])
            out.append(text)
            last = i + 1
        elif directive == "%":
            out.append(fmt[last:i])
            last = i + 1
        i += 1
    if last == 0:
        return fmt, 0
    out.append(fmt[last:])
    return "".join(out), a + 1


def _directive_text(directive: str, arg: Any) -> str:
    if type(arg) is BigInt and directive in "sdi":
        return repr(arg)
    if directive == "s":
        t = type(arg)
        if t is float or t is int:
            return _format_number(float(arg))
        if isinstance(arg, (ObjectView, ArrayView, MapView, SetView, IteratorView, ErrorView, BoxedView, DateView)):
            return _Inspector(depth=0).format_value(arg, 0)
        return _to_js_string(arg)
    if directive == "d":
        return _format_number(_to_number(arg))
    if directive == "i":
        return _format_number(_parse_int(_to_js_string(arg)))
    if directive == "f":
        return _format_number(_parse_float(_to_js_string(arg)))
    if directive == "j":
        return _json_stringify(arg)
    if directive == "O":
        return inspect(arg)
    if directive == "o":
        # node uses showHidden here; of the hidden properties our views can
        # know of, only arrays' `length` shows (functions' are not modelled).
        return _Inspector(depth=4, show_array_length=True).format_value(arg, 0)
    return ""  # %c: CSS, ignored outside browsers


def _to_js_string(v: Any, _active: list | None = None) -> str:
    """ToString for values whose conversion runs no user code."""
    t = type(v)
    if t is str:
        return v
    if t is float or t is int:
        return number_to_string(float(v))
    if t is bool:
        return "true" if v else "false"
    if t is BigInt:
        return str(v.value)
    if v is UNDEFINED or v is HOLE:
        return "undefined"
    if v is NULL:
        return "null"
    if type(v) is ArrayView:
        # Array.prototype.join: nullish elements become '', and an array
        # already being joined (a cycle) contributes '' as V8 does.
        active = _active if _active is not None else []
        if any(x is v for x in active):
            return ""
        active.append(v)
        try:
            return ",".join(
                "" if (e is UNDEFINED or e is NULL or e is HOLE) else _to_js_string(e, active)
                for e in v.items)
        finally:
            active.pop()
    if type(v) is FunctionView:
        if v.source is not None:
            return v.source
        return f"function {v.name}() {{ [native code] }}"
    if type(v) is ErrorView:     # Error.prototype.toString
        return f"{v.name}: {v.message}" if v.name and v.message else (v.name or v.message)
    if type(v) is MapView:
        return "[object Map]"
    if type(v) is SetView:
        return "[object Set]"
    if type(v) is IteratorView:
        return f"[object {v.tag}]"
    if type(v) is BoxedView:     # the wrapped value's own toString
        return _to_js_string(v.value)
    return "[object Object]"


def _to_number(v: Any) -> float:
    t = type(v)
    if t is float:
        return v
    if t is int:
        return float(v)
    if t is bool:
        return 1.0 if v else 0.0
    if t is str:
        return string_to_number(v)
    if v is NULL:
        return 0.0
    if type(v) is ArrayView:
        return string_to_number(_to_js_string(v))
    if type(v) is BoxedView and type(v.value) is not BigInt:
        return _to_number(v.value)
    return math.nan


_INT_PREFIX = re.compile(r"([+-]?)(0[xX])?")
_DEC_DIGITS = re.compile(r"[0-9]+")
_HEX_DIGITS = re.compile(r"[0-9a-fA-F]+")
_FLOAT_PREFIX = re.compile(r"[+-]?(?:Infinity|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")


def _parse_int(s: str) -> float:
    """parseInt(s) without a radix argument."""
    s = s.lstrip(JS_WHITESPACE)
    m = _INT_PREFIX.match(s)
    sign, hex_prefix = m.group(1), m.group(2)
    rest = s[m.end():]
    digits = (_HEX_DIGITS if hex_prefix else _DEC_DIGITS).match(rest)
    if digits is None:
        return math.nan
    value = int_to_double(int(digits.group(), 16 if hex_prefix else 10))
    return -value if sign == "-" else value


def _parse_float(s: str) -> float:
    m = _FLOAT_PREFIX.match(s.lstrip(JS_WHITESPACE))
    if m is None:
        return math.nan
    text = m.group()
    if text.endswith("Infinity"):
        return -math.inf if text[0] == "-" else math.inf
    return float(text)


class _CircularJSON(Exception):
    pass


def _json_stringify(v: Any) -> str:
    """JSON.stringify(v) as `%j` shows it: 'undefined' when there is no JSON
    text, '[Circular]' for cyclic structures."""
    try:
        text = _json_value(v, [])
    except _CircularJSON:
        return "[Circular]"
    return "undefined" if text is None else text


def _json_value(v: Any, stack: list) -> str | None:
    t = type(v)
    if t is str:
        return _json_quote(v)
    if t is float or t is int:
        x = float(v)
        return number_to_string(x) if math.isfinite(x) else "null"
    if t is bool:
        return "true" if v else "false"
    if v is NULL:
        return "null"
    if t is BigInt:
        raise type_error("Do not know how to serialize a BigInt")   # node's %j throws too
    if v is UNDEFINED or v is HOLE or t is FunctionView:
        return None
    if t is BoxedView:
        return _json_value(v.value, stack)      # JSON.stringify unwraps a wrapper
    if t is DateView:
        return "null" if v.text == "Invalid Date" else _json_quote(v.text)      # its toJSON
    if any(x is v for x in stack):
        raise _CircularJSON
    stack.append(v)
    try:
        if t is ArrayView:
            parts = []
            for item in v.items:
                text = _json_value(item, stack)
                parts.append("null" if text is None else text)
            return "[" + ",".join(parts) + "]"
        parts = []
        for key, item in v.entries:
            text = _json_value(item, stack)
            if text is not None:
                parts.append(_json_quote(key) + ":" + text)
        return "{" + ",".join(parts) + "}"
    finally:
        stack.pop()


_JSON_ESCAPE = re.compile('[\ud800-\udbff][\udc00-\udfff]|["\\\\\x00-\x1f\ud800-\udfff]')
_JSON_NAMED = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r",
               "\t": "\\t"}


def _json_escape_one(m: re.Match) -> str:
    ch = m.group()
    if len(ch) == 2:
        return _join_surrogates(ch)
    return _JSON_NAMED.get(ch) or "\\u%04x" % ord(ch)


def _json_quote(s: str) -> str:
    return '"' + _JSON_ESCAPE.sub(_json_escape_one, s) + '"'
