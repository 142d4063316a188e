"""Parser: tokens -> AST (interpreter.frontend.ast). Second stage of the front end
(lexer -> parser -> scopes -> bytecode compiler).

A recursive-descent parser for the JS subset, with precedence climbing for
binary operators. It applies automatic semicolon insertion, reports the early
errors the subset can meet (let/const redeclaration, break/continue/return
outside their context, invalid assignment targets, the rules of strict code and
of names spelled with escapes), and rejects every
construct outside the subset with a SyntaxError that names the construct,
positioned at the construct's first token. Ordinary syntax errors use V8's
messages and positions. Destructuring, for-in/of, parameter defaults and
templates are desugared here, so the later stages never see them.

Parser's methods are grouped by grammar area, one module each, on a base that
owns the state of the parse:

    base.py          the token cursor, ASI, error positions, the nesting limit
    statements.py    the program and statements; for-in/of desugared into `for`
    expressions.py   operators by precedence climbing, calls, members, primaries
    functions.py     functions, methods and arrows, their parameters and bodies
    classes.py       class bodies, fields and private names
    patterns.py      binding and assignment patterns, desugared into steps
    literals.py      array, object and template literals, property keys
    early_errors.py  declared names per scope, assignment targets, strict-mode names

Public API: `parse(source) -> ast.Program`, raising `JSSyntaxError`.
"""
from __future__ import annotations

from .. import ast
from .classes import ClassParser, private_key
from .early_errors import EarlyErrors
from .expressions import ExpressionParser
from .functions import FunctionParser
from .literals import LiteralParser
from .patterns import PatternParser
from .statements import StatementParser

__all__ = ["Parser", "parse", "private_key"]


class Parser(StatementParser, ExpressionParser, FunctionParser, ClassParser, PatternParser, LiteralParser,
             EarlyErrors):
    """One script's parser: `parse_program` returns its AST."""


def parse(source: str, unit: int = 0, commonjs: bool = False) -> ast.Program:
    """Parse a script. Raises JSSyntaxError with the 1-based position of the offending token.
    `unit` tells scripts (and modules) of one isolate apart in private names' keys. A CommonJS
    module (a file node runs: its code is a function's body there) may `return` at its top level."""
    parser = Parser(source, unit)
    parser.fn.in_function = parser.fn.new_target = commonjs
    return parser.parse_program(commonjs)
