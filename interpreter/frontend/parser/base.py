"""The parser's base: the token cursor, and the parse-wide state every grammar area shares.

Place in the pipeline: under the parser's statement, expression, function,
class, pattern and literal modules, which parser/__init__.py combines into
Parser. It walks the lexer's tokens (peek, advance, expect), inserts
semicolons (ASI), reports unexpected tokens with V8's messages and positions,
bounds the nesting depth, and holds the state of the parse: where declared
names go (DeclarationScope), what the enclosing function allows
(FunctionContext), the class bodies being parsed (PrivateScope), and the
bookkeeping of cover grammars and desugared code.
"""
from __future__ import annotations

import re
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field

from interpreter.errors import JSSyntaxError

from .. import ast
from ..lexer import EOF, ERROR, IDENTIFIER, KEYWORD, NUMBER, PRIVATE, PUNCTUATOR, STRING, Token, tokenize

# How deeply statements and expressions may nest before the parser gives up
# with a SyntaxError rather than exhausting the Python stack.
MAX_NESTING = 1000
# Upper bound on Python frames the parser uses per nesting level (the
# expression ladder: assignment -> conditional -> binary -> unary -> postfix
# -> call/member -> primary -> expression).
FRAMES_PER_LEVEL = 12

_LINE_TERMINATOR = re.compile("\r\n|[\n\r\u2028\u2029]")


@dataclass
class PrivateScope:
    """The private names a class body declares, and the references to resolve when it ends
    (a method may use a name declared further down; an inner class's reference may resolve
    to an outer class's name)."""
    serial: int
    class_name: str
    declared: dict = field(default_factory=dict)     # '#x' -> (key, kind, static)
    refs: list = field(default_factory=list)         # (node, '#x', token)


@dataclass
class DeclarationScope:
    """Declared names of one scope, for the redeclaration early errors.

    `lexical` holds let/const/class-like names (and function declarations in
    blocks), `var_names` every var name declared in this scope or hoisted
    through it on the way to its function scope.
    """
    is_function: bool
    parent: DeclarationScope | None
    lexical: dict[str, str] = field(default_factory=dict)
    var_names: set[str] = field(default_factory=set)
    params: frozenset[str] = frozenset()


@dataclass
class FunctionContext:
    """What the innermost enclosing function allows: return, break, continue, super."""
    in_function: bool
    loop_depth: int = 0
    switch_depth: int = 0
    labels: dict[str, bool] = field(default_factory=dict)   # label -> labels a loop
    strict: bool = False
    super_call: bool = False       # a derived class constructor: super(...) allowed
    super_property: bool = False   # a method: super.x allowed
    class_field: bool = False      # a field initializer or static block (or an arrow in one)
    new_target: bool = False       # inside a function (arrows see their outer one's): new.target allowed
    hidden_vars: list = field(default_factory=list)   # temporaries of desugared assignments


class ParserBase:
    """The token cursor and the state of one parse."""

    def __init__(self, source: str, unit: int = 0):
        self.source = source
        self.unit = unit
        self.private_scopes: list[PrivateScope] = []
        self.template_sites = 0      # tagged templates so far (each call site's strings array)
        self.class_count = 0
        # where each line starts, to cut a function's source text out by token positions
        self.line_starts = [0] + [m.end() for m in _LINE_TERMINATOR.finditer(source)]
        self.tokens = tokenize(source)
        self.pos = 0
        self.prev: Token = self.tokens[0]
        self.matching = _match_brackets(self.tokens)
        # indexes of the tokens strict code may not hold (lexer.Token.octal)
        self.octal_tokens = [i for i, tok in enumerate(self.tokens) if tok.octal is not None]
        self.scope = DeclarationScope(is_function=True, parent=None)
        self.fn = FunctionContext(in_function=False)
        self.depth = 0
        # Parenthesized nodes, keyed by id: `(a, b) = 1` and `({}) = 1` are
        # invalid targets, `a ?? (b || c)` is fine. Maps to the '(' position.
        self.paren_start: dict[int, tuple[int, int]] = {}
        # Spread properties of object literals followed by a comma: as a rest element of an
        # assignment pattern, such a property is not the last one.
        self.spread_then_comma: set[int] = set()
        self.hidden_count = 0
        # Object literal properties that are errors unless the literal is read as a pattern
        # (`{a = 1}`, a second `__proto__: v`): id -> (line, col, message)
        self.pending_cover: dict[int, tuple[int, int, str]] = {}
        self.param_patterns: dict[str, object] = {}   # hidden parameter name -> its pattern
        # super() calls of the derived constructors being parsed: they initialize the fields
        self.super_call_stack: list[list] = []

    # ---- token access ------------------------------------------------------

    def text_from(self, start: Token) -> str:
        """The source text from the start of token `start` to the end of the last token
        consumed (a function's text for Function.prototype.toString)."""
        end = self.prev
        return self.source[self.line_starts[start.line - 1] + start.col - 1:
                           self.line_starts[end.end_line - 1] + end.end_col - 1]

    def peek(self, k: int = 0) -> Token:
        i = self.pos + k
        return self.tokens[i] if i < len(self.tokens) else self.tokens[-1]

    def advance(self) -> Token:
        tok = self.tokens[self.pos]
        if tok.kind != EOF and tok.kind != ERROR:
            self.pos += 1
        self.prev = tok
        return tok

    def at_punct(self, value: str) -> bool:
        tok = self.tokens[self.pos]
        return tok.kind == PUNCTUATOR and tok.value == value

    def at_keyword(self, value: str) -> bool:
        tok = self.tokens[self.pos]
        return tok.kind == KEYWORD and tok.value == value

    def eat_punct(self, value: str) -> bool:
        if self.at_punct(value):
            self.advance()
            return True
        return False

    def expect_punct(self, value: str) -> Token:
        if not self.at_punct(value):
            self.unexpected()
        return self.advance()

    def error(self, message: str, where: Token | ast.Node | tuple[int, int]) -> JSSyntaxError:
        if isinstance(where, tuple):
            line, col = where
        else:
            line, col = where.line, where.col
        return JSSyntaxError(message, line, col)

    def unexpected(self, tok: Token | None = None):
        """Raise V8's message for an unexpected token (the lexer's message for an error token)."""
        tok = tok or self.peek()
        raise self.error(_unexpected_message(tok), self._eof_position(tok))

    def _eof_position(self, tok: Token) -> Token | tuple[int, int]:
        # Point "Unexpected end of input" just past the last real token, which
        # is where the reader needs to look, not at trailing blank lines.
        if tok.kind == EOF and len(self.tokens) > 1:
            last = self.tokens[-2]
            return (last.end_line, last.end_col)
        return tok

    def consume_semicolon(self) -> None:
        """Automatic semicolon insertion (ECMA-262 12.10.1)."""
        tok = self.peek()
        if tok.kind == PUNCTUATOR:
            if tok.value == ";":
                self.advance()
                return
            if tok.value == "}":
                return
        if tok.kind == EOF or tok.nl_before:
            return
        self.unexpected(tok)

    def enter_nesting(self) -> None:
        """Count one level of statement/expression nesting (the caller undoes it on
        success; a SyntaxError abandons the whole parse, so no unwinding is needed)."""
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise self.error("Maximum nesting depth exceeded", self.peek())

    def hidden(self, stem: str) -> str:
        """A fresh name no script can spell, for desugared code."""
        self.hidden_count += 1
        return f"%{stem}{self.hidden_count}"


def starts_property_name(tok: Token) -> bool:
    """Whether tok can start a property name: then a `get`, `set`, `static` or `async` before it
    is a modifier, not the name itself."""
    return tok.kind in (IDENTIFIER, KEYWORD, STRING, NUMBER, PRIVATE) or tok.is_punct("[")


def _unexpected_message(tok: Token) -> str:
    kind = tok.kind
    if kind == ERROR:
        return tok.value
    if kind == EOF:
        return "Unexpected end of input"
    if kind == NUMBER:
        return "Unexpected number"
    if kind == STRING:
        return "Unexpected string"
    if kind == IDENTIFIER:
        return f"Unexpected identifier '{tok.value}'"
    if kind == KEYWORD and tok.value == "enum":
        return "Unexpected reserved word"
    return f"Unexpected token '{tok.value}'"


def _match_brackets(tokens: list[Token]) -> dict[int, int]:
    """Index of each '(' -> index of its matching ')' (for arrow-function lookahead)."""
    matching: dict[int, int] = {}
    stack: list[tuple[str, int]] = []
    closers = {")": "(", "]": "[", "}": "{"}
    for i, tok in enumerate(tokens):
        if tok.kind != PUNCTUATOR:
            continue
        v = tok.value
        if v in ("(", "[", "{"):
            stack.append((v, i))
        elif v in closers:
            if not stack or stack[-1][0] != closers[v]:
                break                        # unbalanced: later lookahead just fails
            opener, j = stack.pop()
            if opener == "(":
                matching[j] = i
    return matching


@contextmanager
def recursion_room(frames: int):
    """Make sure `frames` more Python frames fit, for deeply nested sources.

    The limit is process-wide, so it is raised only for the duration of the
    parse and only when too low; CPython 3.11 keeps Python-to-Python calls off
    the C stack, so the extra depth costs heap, not native stack.
    """
    old = sys.getrecursionlimit()
    needed = _current_depth() + frames + 200
    if needed > old:
        sys.setrecursionlimit(needed)
    try:
        yield
    finally:
        if needed > old:
            sys.setrecursionlimit(old)


def _current_depth() -> int:
    depth = 0
    frame = sys._getframe()
    while frame is not None:
        depth += 1
        frame = frame.f_back
    return depth
