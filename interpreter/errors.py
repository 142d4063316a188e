"""Errors that cross the engine's layers: compile-time syntax errors and thrown JS exceptions.

The front end raises JSSyntaxError with a position; the CLI formats it as
`file:line:col`, the source line, a caret and the message. Runtime errors are
JS exceptions (JSThrow) carrying a JS value; the CLI prints them the way node's
REPL does (`Uncaught TypeError: ...`).
"""
from __future__ import annotations

import re

_LINE_TERMINATOR = re.compile("\r\n|[\n\r\u2028\u2029]")


class JSSyntaxError(Exception):
    """A SyntaxError found before the script runs (lexer, parser, compiler)."""

    def __init__(self, message: str, line: int, col: int):
        super().__init__(message)
        self.message = message
        self.line = line
        self.col = col

    def format(self, filename: str, source: str) -> str:
        lines = _LINE_TERMINATOR.split(source)     # the lexer's line terminators, not Python's
        text = lines[self.line - 1] if 0 < self.line <= len(lines) else ""
        caret = " " * (self.col - 1) + "^"
        return f"{filename}:{self.line}:{self.col}\n{text}\n{caret}\nSyntaxError: {self.message}"


class JSThrow(Exception):
    """A JS exception in flight.

    Engine errors are raised as (kind, message) before any heap object exists, so that
    code without an isolate at hand can raise them; the isolate turns them into Error
    objects when a script catches one (`value`). `throw v` raises with the value itself.
    """

    def __init__(self, kind: str, message: str):
        super().__init__(f"{kind}: {message}")
        self.kind = kind
        self.message = message
        self.value = None          # the thrown JS value, once there is one
        self.uncaught_text: str | None = None   # set by the isolate when nobody caught it
        # A required module's syntax error: its file:line:col, line and caret, for when
        # nobody catches it (JSSyntaxError.format)
        self.syntax_text: str | None = None

    @classmethod
    def with_value(cls, value) -> "JSThrow":
        e = cls("", "")
        e.value = value
        return e

    def format(self) -> str:
        if self.uncaught_text is not None:
            return self.uncaught_text
        return f"Uncaught {self.kind}: {self.message}"


def type_error(message: str) -> JSThrow:
    return JSThrow("TypeError", message)


def range_error(message: str) -> JSThrow:
    return JSThrow("RangeError", message)


def reference_error(message: str) -> JSThrow:
    return JSThrow("ReferenceError", message)


def syntax_error(message: str) -> JSThrow:
    """A SyntaxError the running script raised (BigInt("1.5")), not a parse error."""
    return JSThrow("SyntaxError", message)
