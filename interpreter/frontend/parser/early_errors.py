"""Early errors that need to know what is declared: redeclared names and invalid assignment targets.

Place in the pipeline: part of the parser (parser/__init__.py combines it into
Parser), called by the grammar areas as they meet declarations and
assignments. Each scope's names are kept in a DeclarationScope (base.py): a
let, const, class or block-level function may not share its name with another
declaration of its scope, nor with a var hoisted through it. The early errors
that need only the enclosing function (return, break/continue and labels,
super, duplicate parameters) are checked where their syntax is parsed, with
the FunctionContext the base holds.
"""
from __future__ import annotations

from contextlib import contextmanager

from .. import ast
from ..lexer import Token
from .base import DeclarationScope, ParserBase


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
        duplicate_function = previous == "function" and kind == "function"
        if (previous and not duplicate_function) or name in scope.var_names or name in scope.params:
            raise self.error(f"Identifier '{name}' has already been declared", where)
        scope.lexical[name] = kind

    def check_assign_target(self, target: ast.Node, op: str) -> None:
        """The target of an assignment that is not a destructuring one: a name or a property."""
        if isinstance(target, (ast.Identifier, ast.Member, ast.Index)):
            return
        parenthesized = id(target) in self.paren_start
        if op == "=" and not parenthesized and isinstance(target, (ast.ArrayLit, ast.ObjectLit)):
            raise self.error("destructuring is not supported", target)
        where = self.paren_start.get(id(target), (target.line, target.col))
        raise self.error("Invalid left-hand side in assignment", where)
