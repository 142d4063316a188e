"""Functions -> AST: function declarations and expressions, methods, arrows, their
parameter lists and bodies.

Place in the pipeline: one grammar area of the parser (parser/__init__.py
combines the areas into Parser). A body is parsed in a fresh DeclarationScope
and FunctionContext (what return, break, continue and super may do there).
Parameters are plain names by the time the compiler sees them: a default value
becomes an `if (p === undefined) p = ...` at the top of the body, and a
pattern parameter a hidden name destructured after the defaults.
"""
from __future__ import annotations

from .. import ast
from ..lexer import IDENTIFIER, Token
from .base import DeclarationScope, FunctionContext, ParserBase


class FunctionParser(ParserBase):
    """Functions, methods and arrows."""

    def parse_function(self, declaration: bool) -> ast.FunctionDecl | ast.FunctionExpr:
        tok = self.advance()                    # 'function'
        if self.at_punct("*"):
            raise self.error("generators are not supported", tok)
        name = None
        name_tok = self.peek()
        if name_tok.kind == IDENTIFIER:
            self.advance()
            name = name_tok.value
        elif declaration:
            if name_tok.is_punct("("):
                raise self.error("Function statements require a function name", tok)
            self.unexpected(name_tok)
        if declaration:
            # At function level a declaration is var-like; in a block it is lexical.
            if self.scope.is_function:
                self.declare_var(name, tok)
            else:
                self.declare_lexical(name, "function", tok)
        params, defaults, rest = self.parse_params()
        body, strict = self.parse_function_body(params)
        body = self.with_params(params, defaults, body)
        if declaration:
            return ast.FunctionDecl(tok.line, tok.col, name, params, body, defaults, rest, strict,
                                    source=self.text_from(tok))
        return ast.FunctionExpr(tok.line, tok.col, name, params, body, defaults=defaults, rest=rest,
                                strict=strict, source=self.text_from(tok))

    def parse_params(self) -> tuple[list[str], list, bool]:
        """`(a, b = 1, ...c)`: the names, each one's default value (or None), and whether the
        last is a rest parameter."""
        self.expect_punct("(")
        params: list[str] = []
        defaults: list = []
        rest = False
        while not self.at_punct(")"):
            tok = self.peek()
            if tok.is_punct("..."):
                self.advance()
                rest = True
                tok = self.peek()
            if tok.is_punct("[") or tok.is_punct("{"):
                # A pattern parameter: a hidden name, destructured at the top of the body.
                pattern = self.parse_binding_pattern()
                name = self.hidden("p")
                self.param_patterns[name] = pattern
                tok = Token(IDENTIFIER, name, tok.line, tok.col, tok.end_line, tok.end_col, tok.nl_before, name)
            else:
                if tok.kind != IDENTIFIER:
                    self.unexpected(tok)
                self.advance()
            default = None
            if self.at_punct("="):
                if rest:
                    raise self.error("Rest parameter may not have a default initializer", tok)
                self.advance()
                default = self.parse_assignment()
            params.append(tok.value)
            defaults.append(default)
            if rest:
                if not self.at_punct(")"):
                    raise self.error("Rest parameter must be last formal parameter", self.prev)
                break
            if not self.eat_punct(","):
                if not self.at_punct(")"):
                    self.unexpected()
        self.advance()
        return params, defaults, rest

    def parse_function_body(self, params: list[str], strict: bool = False, super_call: bool = False,
                            super_property: bool | None = None) -> tuple[list[ast.Node], bool]:
        """`{ statements }` in a fresh function scope and function context; returns the body
        and whether the function is strict."""
        self.expect_punct("{")
        result = self._in_function(params, self.parse_statement_list, strict, super_call,
                                   super_property, directives=True)
        self.expect_punct("}")
        return result

    def _in_function(self, params: list[str], parse_body, strict: bool = False, super_call: bool = False,
                     super_property: bool | None = None, directives: bool = False, arrow: bool = False):
        saved_scope, saved_fn = self.scope, self.fn
        self.scope = DeclarationScope(is_function=True, parent=saved_scope,
                                      params=frozenset(params))
        self.fn = FunctionContext(in_function=True, strict=strict or saved_fn.strict)
        if arrow:
            # Arrows see the enclosing function's super and this.
            self.fn.super_call, self.fn.super_property = saved_fn.super_call, saved_fn.super_property
        else:
            self.fn.super_call = super_call
            self.fn.super_property = bool(super_property)
        try:
            if directives and self.directive_strict():
                self.fn.strict = True
            body = parse_body()
            return self.with_hidden_vars(body), self.fn.strict
        finally:
            self.scope, self.fn = saved_scope, saved_fn

    def parse_method(self, tok: Token, kind: str, super_call: bool = False,
                     static_block: bool = False) -> ast.FunctionExpr:
        if static_block:
            self.expect_punct("{")
            body, _ = self._in_function([], self.parse_statement_list, strict=True, super_property=True)
            self.expect_punct("}")
            return ast.FunctionExpr(tok.line, tok.col, None, [], body, strict=True, kind="method")
        params, defaults, rest = self.parse_params()
        if kind == "getter" and params:
            raise self.error("Getter must not have any formal parameters.", tok)
        if kind == "setter" and (len(params) != 1 or rest):
            raise self.error("Setter must have exactly one formal parameter.", tok)
        body, strict = self.parse_function_body(params, strict=True, super_call=super_call,
                                                super_property=True)
        body = self.with_params(params, defaults, body)
        return ast.FunctionExpr(tok.line, tok.col, None, params, body, defaults=defaults, rest=rest,
                                strict=True, kind=kind)

    def with_params(self, params: list[str], defaults: list, body: list) -> list:
        """Default values, then pattern parameters destructured, at the top of the body."""
        body = with_defaults(params, defaults, body)
        prologue = []
        n_defaults = sum(1 for d in defaults if d is not None)
        for name in params:
            pattern = self.param_patterns.pop(name, None)
            if pattern is not None:
                value = ast.Identifier(pattern.line, pattern.col, name)
                prologue.append(ast.VarDecl(pattern.line, pattern.col, "let",
                                            self.destructure_declaration(pattern, value)))
        return body[:n_defaults] + prologue + body[n_defaults:] if prologue else body

    def parse_arrow(self, no_in: bool) -> ast.FunctionExpr:
        start_index = self.pos
        start = self.peek()
        defaults: list = [None]
        rest = False
        if start.kind == IDENTIFIER:
            self.advance()
            params = [start.value]
        else:
            params, defaults, rest = self.parse_params()
            seen = set()
            for p in params:
                if p in seen:
                    raise self.error("Duplicate parameter name not allowed in this context",
                                     self._second_param_token(start_index, p))
                seen.add(p)
        arrow = self.peek()
        if arrow.nl_before:
            self.unexpected(arrow)             # no line break before `=>`
        self.advance()
        if self.at_punct("{"):
            self.expect_punct("{")
            body, strict = self._in_function(params, self.parse_statement_list, directives=True, arrow=True)
            self.expect_punct("}")
        else:
            def expression_body():
                expr = self.parse_assignment(no_in)
                return [ast.Return(expr.line, expr.col, expr)]
            body, strict = self._in_function(params, expression_body, arrow=True)
        body = self.with_params(params, defaults, body)
        return ast.FunctionExpr(start.line, start.col, None, params, body, is_arrow=True,
                                defaults=defaults, rest=rest, strict=strict, source=self.text_from(start))

    def _second_param_token(self, open_index: int, name: str) -> Token:
        """The token of the second parameter spelled `name` in the list opened at `open_index`."""
        seen = 0
        for tok in self.tokens[open_index:self.matching[open_index] + 1]:
            if tok.kind == IDENTIFIER and tok.value == name:
                seen += 1
                if seen == 2:
                    return tok
        return self.tokens[open_index]


def with_defaults(params: list[str], defaults: list, body: list[ast.Node]) -> list[ast.Node]:
    """Default parameter values as statements at the top of the body:
    `if (p === undefined) p = default;`."""
    prologue = []
    for name, default in zip(params, defaults):
        if default is None:
            continue
        L, C = default.line, default.col
        test = ast.Binary(L, C, "===", ast.Identifier(L, C, name), ast.UndefinedLit(L, C))
        assign = ast.ExprStmt(L, C, ast.Assign(L, C, "=", ast.Identifier(L, C, name), default))
        prologue.append(ast.If(L, C, test, assign, None))
    return prologue + body if prologue else body
