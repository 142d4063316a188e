"""Early errors of names: redeclarations, invalid assignment targets, and the identifiers strict
code (or an escape) makes invalid.

Place in the pipeline: part of the parser (parser/__init__.py combines it into
Parser), called by the grammar areas as they meet declarations and
assignments. Each scope's names are kept in a DeclarationScope (base.py): a
let, const, class or block-level function may not share its name with another
declaration of its scope, nor with a var hoisted through it. The early errors
that need only the enclosing function (return, break/continue and labels,
super, duplicate parameters) are checked where their syntax is parsed, with
the FunctionContext the base holds.

Strict code reserves more words and forbids binding or assigning `eval` and
`arguments`. Whether code is strict can be learnt late: a function's
'use strict' directive makes its name and parameters strict too, so those are
checked again once the directive is seen (check_function_names).
"""
from __future__ import annotations

from bisect import bisect_left
from contextlib import contextmanager

from .. import ast
from ..lexer import KEYWORDS, Token
from interpreter.errors import JSSyntaxError

from .base import DeclarationScope, ParserBase, starts_property_name

# Identifiers in sloppy code, reserved words in strict code (ECMA-262 13.1.1).
STRICT_RESERVED = frozenset(("implements", "interface", "let", "package", "private", "protected", "public",
                             "static", "yield"))
RESTRICTED_NAMES = frozenset(("eval", "arguments"))

ESCAPED_KEYWORD = "Keyword must not contain escaped characters"
STRICT_RESERVED_WORD = "Unexpected strict mode reserved word"
EVAL_OR_ARGUMENTS = "Unexpected eval or arguments in strict mode"
INVALID_DESTRUCTURING_TARGET = "Invalid destructuring assignment target"


class EarlyErrors(ParserBase):
    """Declaration scopes and assignment-target checks."""

    @contextmanager
    def block_scope(self):
        """Names declared in the `with` body belong to a new block scope."""
        self.scope = DeclarationScope(is_function=False, parent=self.scope)
        try:
            yield
        finally:
            self.scope = self.scope.parent

    def declare_var(self, name: str, where: Token) -> None:
        scope = self.scope
        while True:
            if name in scope.lexical:
                raise self.error(f"Identifier '{name}' has already been declared", where)
            scope.var_names.add(name)
            if scope.is_function:
                return
            scope = scope.parent

    def declare_lexical(self, name: str, kind: str, where: Token) -> None:
        scope = self.scope
        previous = scope.lexical.get(name)
        # Sloppy-mode scripts allow repeating a function declaration in a block (Annex B).
        duplicate_function = previous == "function" and kind == "function" and not self.fn.strict
        if (previous and not duplicate_function) or name in scope.var_names or name in scope.params:
            raise self.error(f"Identifier '{name}' has already been declared", where)
        scope.lexical[name] = kind

    def check_identifier(self, tok: Token, binding: bool = False, strict: bool | None = None) -> None:
        """An identifier used as a name: a reference or a label, or (`binding`) a name being
        declared. A reserved word spelled with escapes is never a name; strict code (the
        current function's, unless `strict` says) reserves more words, and may not declare
        eval or arguments."""
        name = tok.value
        if tok.escaped and name in KEYWORDS:
            raise self.error(ESCAPED_KEYWORD, tok)
        if not (self.fn.strict if strict is None else strict):
            return
        if name in STRICT_RESERVED:
            # V8 tells escaped ones apart, but not yield, which it scans as a token of its own
            raise self.error(ESCAPED_KEYWORD if tok.escaped and name != "yield" else STRICT_RESERVED_WORD, tok)
        if binding and name in RESTRICTED_NAMES:
            raise self.error(EVAL_OR_ARGUMENTS, tok)

    def identifier_reference(self, tok: Token) -> ast.Identifier:
        """A name read or written where it stands."""
        self.check_identifier(tok)
        if tok.value == "arguments" and self.fn.class_field:
            raise self.error("'arguments' is not allowed in class field initializer or static initialization block",
                             tok)
        return ast.Identifier(tok.line, tok.col, tok.value)

    def check_function_names(self, name_tok: Token | None, params, strict: bool, unique: bool) -> None:
        """The names a function binds for itself, once its strictness is known: its own name and
        its parameters' (which strict code, and any list that is not simple, may not repeat)."""
        if strict:
            if name_tok is not None:
                self.check_identifier(name_tok, binding=True, strict=True)
            for tok in params.bound:
                self.check_identifier(tok, binding=True, strict=True)
        if strict or unique or not params.simple:
            seen = set()
            for tok in params.bound:
                if tok.value in seen:
                    raise self.error("Duplicate parameter name not allowed in this context", tok)
                seen.add(tok.value)

    def check_octal(self, start: int) -> None:
        """Strict code may not use legacy octal numbers or escapes. As V8, checked when a strict
        function or script ends (from its token `start` on), reporting the last one."""
        i = bisect_left(self.octal_tokens, self.pos) - 1
        if i >= 0 and self.octal_tokens[i] >= start:
            raise self.octal_error(self.tokens[self.octal_tokens[i]])

    def octal_error(self, tok: Token) -> JSSyntaxError:
        message, line, col = tok.octal
        return self.error(message, (line, col))

    def check_lexical_names(self, kind: str, tokens: list) -> None:
        if kind != "var":
            for tok in tokens:
                if tok.value == "let":
                    raise self.error("let is disallowed as a lexically bound name", tok)

    def check_escaped_modifier(self, tok: Token) -> None:
        """`get`, `set` and `async` before a property name are modifiers, which may not be
        spelled with escapes (an escaped `static` is just a name)."""
        if tok.escaped and tok.value in ("get", "set", "async") and starts_property_name(self.peek(1)):
            raise self.error(ESCAPED_KEYWORD, tok)

    def check_simple_target(self, target: ast.Node) -> None:
        """Strict code may not assign eval or arguments (V8 points at a parenthesized one's '(')."""
        if self.fn.strict and isinstance(target, ast.Identifier) and target.name in RESTRICTED_NAMES:
            raise self.error(EVAL_OR_ARGUMENTS, self.paren_start.get(id(target), (target.line, target.col)))

    def check_assign_target(self, target: ast.Node, op: str) -> None:
        """The target of an assignment that is not a destructuring one: a name or a property."""
        if isinstance(target, (ast.Identifier, ast.Member, ast.Index)):
            self.check_simple_target(target)
            return
        parenthesized = id(target) in self.paren_start
        if op == "=" and not parenthesized and isinstance(target, (ast.ArrayLit, ast.ObjectLit)):
            raise self.error("destructuring is not supported", target)
        where = self.paren_start.get(id(target), (target.line, target.col))
        raise self.error("Invalid left-hand side in assignment", where)
