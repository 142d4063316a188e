"""Where things are in the source: lines as the lexer counts them, each function's line range,
and the characters a feedback site's marker underlines.

Bytecode positions are (line, column) of the *start* of an expression (`a.b * c`
is at `a` for the load, the multiplication and the whole statement alike), so a
site's marker is placed on the token that names it: the property name of a
property access, the callee's last name of a call, the operator of an
arithmetic or compare site, and the expression's first token when none is found
on its line.
"""
from __future__ import annotations

import re

from interpreter.bytecodes import Bytecode

LINE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029]")
_WORD = re.compile(r"[\w$#]+")

# The operator tokens each arithmetic or compare bytecode may come from (compound
# assignments and negated comparisons compile to the same bytecode).
OPERATORS = {
    Bytecode.Add: ("+", "+="), Bytecode.Sub: ("-", "-="), Bytecode.Mul: ("*", "*="),
    Bytecode.Div: ("/", "/="), Bytecode.Mod: ("%", "%="), Bytecode.Exp: ("**", "**="),
    Bytecode.BitwiseOr: ("|", "|="), Bytecode.BitwiseXor: ("^", "^="), Bytecode.BitwiseAnd: ("&", "&="),
    Bytecode.ShiftLeft: ("<<", "<<="), Bytecode.ShiftRight: (">>", ">>="),
    Bytecode.ShiftRightLogical: (">>>", ">>>="),
    Bytecode.TestEqual: ("==", "!="), Bytecode.TestEqualStrict: ("===", "!=="),
    Bytecode.TestLessThan: ("<",), Bytecode.TestGreaterThan: (">",),
    Bytecode.TestLessThanOrEqual: ("<=",), Bytecode.TestGreaterThanOrEqual: (">=",),
    Bytecode.Inc: ("++", "+="), Bytecode.Dec: ("--", "-="), Bytecode.Negate: ("-",),
    Bytecode.BitwiseNot: ("~",), Bytecode.ToNumeric: ("++", "--"), Bytecode.ToNumber: ("+",),
}
# Every operator token, longest first, so scanning takes `>>>=` whole rather than `>`.
_TOKENS = sorted({"+", "-", "*", "/", "%", "**", "|", "^", "&", "<<", ">>", ">>>", "==", "!=", "===", "!==",
                  "<", ">", "<=", ">=", "++", "--", "~", "+=", "-=", "*=", "/=", "%=", "**=", "|=", "^=",
                  "&=", "<<=", ">>=", ">>>=", "=>", "=", "!", "&&", "||", "??", "&&=", "||=", "??=", "?."},
                 key=len, reverse=True)
_OPERATOR_CHARS = frozenset("+-*/%|^&<>=!~?")


def split_lines(source: str) -> list[str]:
    return LINE_BREAK.split(source)


def line_starts(source: str) -> list[int]:
    """Offsets of each line's first character (index 0 is line 1)."""
    return [0] + [m.end() for m in LINE_BREAK.finditer(source)]


def function_spans(script, source: str) -> dict[int, tuple[int, int]]:
    """sfi id -> (first line, last line) of every function of a script (the script: all lines)."""
    from interpreter.frontend.compiler import iter_functions
    starts = line_starts(source)
    spans = {script.id: (1, len(starts))}
    for parent in iter_functions(script):
        closures = {ins[1]: pc for pc, ins in enumerate(parent.code) if ins[0] == Bytecode.CreateClosure}
        for k, inner in enumerate(parent.inner):
            span = None
            text = inner.source_text
            pc = closures.get(k)
            if text and pc is not None and pc < len(parent.positions):
                line, col = parent.positions[pc]
                if 1 <= line <= len(starts):
                    at = starts[line - 1] + col - 1
                    found = at if source.startswith(text, at) else source.find(text, starts[line - 1])
                    if found >= 0:
                        first = _line_of(starts, found)
                        span = (first, _line_of(starts, found + len(text) - 1))
            if span is None:
                lines = [p[0] for p in inner.positions if p[0] > 0]
                span = (min(lines), max(lines)) if lines else spans.get(parent.id, (1, 1))
            spans[inner.id] = span
    return spans


def _line_of(starts: list[int], offset: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo + 1


def _word_at(text: str, i: int) -> tuple[int, int]:
    m = _WORD.match(text, i)
    if m and m.end() > i:
        return i, m.end()
    return i, min(len(text), i + 1)


def _skip_string(text: str, i: int) -> int:
    quote = text[i]
    i += 1
    while i < len(text) and text[i] != quote:
        i += 2 if text[i] == "\\" else 1
    return i + 1


def _find_operator(text: str, start: int, wanted: tuple[str, ...]) -> tuple[int, int] | None:
    i = start
    while i < len(text):
        ch = text[i]
        if ch in "'\"`":
            i = _skip_string(text, i)
            continue
        if text.startswith("//", i):
            return None
        if ch in _OPERATOR_CHARS:
            token = next((t for t in _TOKENS if text.startswith(t, i)), ch)
            if token in wanted:
                return i, i + len(token)
            i += len(token)
            continue
        i += 1
    return None


def site_range(text: str, col: int, op: Bytecode, name: str | None = None) -> tuple[int, int]:
    """The [start, end) characters of line `text` that mark a site at 1-based column `col`."""
    i = max(0, min(col - 1, len(text)))
    if i >= len(text):
        return max(0, len(text) - 1), len(text)
    if op in (Bytecode.GetNamedProperty, Bytecode.SetNamedProperty) and name:
        m = re.compile(r"\??\.\s*(" + re.escape(name) + r")(?![\w$])").search(text, i)
        if m:
            return m.start(1), m.end(1)
    elif op == Bytecode.DefineNamedOwnProperty and name:
        m = re.compile(r"(?<![\w$])(" + re.escape(name) + r")(?![\w$])").search(text, i)
        if m:
            return m.start(1), m.end(1)
    elif op in (Bytecode.GetKeyedProperty, Bytecode.SetKeyedProperty):
        j = text.find("[", i)
        if j >= 0:
            depth, k = 0, j
            while k < len(text):
                depth += {"[": 1, "]": -1}.get(text[k], 0)
                if depth == 0:
                    return j, k + 1
                k += 1
            return j, j + 1
    elif op in (Bytecode.Call, Bytecode.Construct) and name:
        last = re.split(r"[.\s]", name.replace("new ", "").rstrip("()"))[-1]
        if last:
            m = re.compile(r"(?<![\w$])(" + re.escape(last) + r")\s*(?:\?\.\s*)?\(").search(text, i)
            if m:
                return m.start(1), m.end(1)
    elif op in OPERATORS:
        found = _find_operator(text, i, OPERATORS[op])
        if found:
            return found
    return _word_at(text, i)
