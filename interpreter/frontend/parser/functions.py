"""Functions -> AST: function declarations and expressions, methods, arrows, their
parameter lists and bodies.

Place in the pipeline: one grammar area of the parser (parser/__init__.py
combines the areas into Parser). A body is parsed in a fresh DeclarationScope
and FunctionContext (what return, break, continue and super may do there).
Parameters are plain names by the time the compiler sees them: a default value
becomes an `if (p === undefined) p = ...` at the top of the body, and a
pattern parameter a hidden name destructured there, each in its turn; the body
proper follows in a block with a var scope of its own. A 'use strict'
directive makes the function's name and parameters strict code too, so they
are checked again once it is seen.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .. import ast
from ..lexer import IDENTIFIER, Token
from .base import DeclarationScope, FunctionContext, ParserBase


@dataclass
class ParamList:
    """A parameter list as parsed: each parameter's name (a hidden one for a pattern), its
    default value or None, and whether the last is a rest parameter; for the early errors,
    the token of every name it binds (in patterns too), whether it is a simple list (names
    only), and the index of its first token."""
    names: list[str] = field(default_factory=list)
    defaults: list = field(default_factory=list)
    rest: bool = False
    bound: list[Token] = field(default_factory=list)
    simple: bool = True
    start: int = 0


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
            self.check_identifier(name_tok, binding=True)
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
        params = self.parse_params()
        body, strict = self.parse_function_body(params, name_tok=name_tok if name else None)
        body = self.with_params(params, body)
        if declaration:
            return ast.FunctionDecl(tok.line, tok.col, name, params.names, body, params.defaults, params.rest,
                                    strict, source=self.text_from(tok))
        return ast.FunctionExpr(tok.line, tok.col, name, params.names, body, defaults=params.defaults,
                                rest=params.rest, strict=strict, source=self.text_from(tok))

    def parse_params(self) -> ParamList:
        """`(a, b = 1, ...c)`."""
        params = ParamList(start=self.pos)
        self.expect_punct("(")
        while not self.at_punct(")"):
            tok = self.peek()
            if tok.is_punct("..."):
                self.advance()
                params.rest = True
                params.simple = False
                tok = self.peek()
            if tok.is_punct("[") or tok.is_punct("{"):
                # A pattern parameter: a hidden name, destructured at the top of the body.
                pattern = self.parse_binding_pattern(params.bound)
                params.simple = False
                name = self.hidden("p")
                self.param_patterns[name] = pattern
                tok = Token(IDENTIFIER, name, tok.line, tok.col, tok.end_line, tok.end_col, tok.nl_before, name)
            else:
                if tok.kind != IDENTIFIER:
                    self.unexpected(tok)
                self.advance()
                self.check_identifier(tok, binding=True)
                params.bound.append(tok)
            default = None
            if self.at_punct("="):
                if params.rest:
                    raise self.error("Rest parameter may not have a default initializer", tok)
                self.advance()
                params.simple = False
                default = self.parse_assignment()
            params.names.append(tok.value)
            params.defaults.append(default)
            if params.rest:
                if not self.at_punct(")"):
                    raise self.error("Rest parameter must be last formal parameter", self.prev)
                break
            if not self.eat_punct(","):
                if not self.at_punct(")"):
                    self.unexpected()
        self.advance()
        return params

    def parse_function_body(self, params: ParamList, strict: bool = False, super_call: bool = False,
                            super_property: bool | None = None, name_tok: Token | None = None,
                            unique: bool = False) -> tuple[list[ast.Node], bool]:
        """`{ statements }` in a fresh function scope and function context; returns the body
        and whether the function is strict. `unique`: the parameters may not repeat a name
        even in sloppy code (methods)."""
        self.expect_punct("{")
        result = self._in_function(params, self.parse_statement_list, strict, super_call,
                                   super_property, directives=True, name_tok=name_tok, unique=unique)
        self.expect_punct("}")
        return result

    def _in_function(self, params: ParamList, parse_body, strict: bool = False, super_call: bool = False,
                     super_property: bool | None = None, directives: bool = False, arrow: bool = False,
                     name_tok: Token | None = None, unique: bool = False, class_field: bool = False):
        """Parses a function's body with parse_body in the function's own scope and context.
        `class_field`: a field initializer or static block, where `arguments` is an error."""
        saved_scope, saved_fn = self.scope, self.fn
        self.scope = DeclarationScope(is_function=True, parent=saved_scope,
                                      params=frozenset(params.names))
        # A static block is no function to return from (an arrow inside it is).
        self.fn = FunctionContext(in_function=not class_field, strict=strict or saved_fn.strict)
        self.fn.new_target = saved_fn.new_target if arrow else True
        if arrow:
            # Arrows see the enclosing function's super and this.
            self.fn.super_call, self.fn.super_property = saved_fn.super_call, saved_fn.super_property
            self.fn.class_field = saved_fn.class_field
        else:
            self.fn.super_call = super_call
            self.fn.super_property = bool(super_property)
            self.fn.class_field = class_field
        try:
            directive = self.directive_strict() if directives else None
            if directive is not None:
                if not params.simple:
                    raise self.error(
                        "Illegal 'use strict' directive in function with non-simple parameter list", directive)
                self.fn.strict = True
            self.check_function_names(name_tok, params, self.fn.strict, unique or arrow)
            body = parse_body()
            if self.fn.strict and not class_field:
                # (V8 lets initializers and static blocks, which it does not parse as
                # functions of their own, keep legacy octal literals)
                self.check_octal(params.start)
            return self.with_hidden_vars(body), self.fn.strict
        finally:
            self.scope, self.fn = saved_scope, saved_fn

    def parse_method(self, tok: Token, kind: str, super_call: bool = False,
                     static_block: bool = False, in_class: bool = True) -> ast.FunctionExpr:
        """A method's parameters and body (class members are strict code; an object literal's
        methods only in strict code)."""
        if static_block:
            self.expect_punct("{")
            body, _ = self._in_function(ParamList(), self.parse_statement_list, strict=True, super_property=True,
                                        class_field=True)
            self.expect_punct("}")
            return ast.FunctionExpr(tok.line, tok.col, None, [], body, strict=True, kind="method")
        # the parameters' default values are the method's code: super is allowed there too
        saved = self.fn.super_property, self.fn.super_call
        self.fn.super_property, self.fn.super_call = True, super_call
        try:
            params = self.parse_params()
        finally:
            self.fn.super_property, self.fn.super_call = saved
        if kind == "getter" and params.names:
            raise self.error("Getter must not have any formal parameters.", tok)
        if kind == "setter" and (len(params.names) != 1 or params.rest):
            raise self.error("Setter must have exactly one formal parameter.", tok)
        body, strict = self.parse_function_body(params, strict=in_class, super_call=super_call,
                                                super_property=True, unique=True)
        body = self.with_params(params, body)
        return ast.FunctionExpr(tok.line, tok.col, None, params.names, body, defaults=params.defaults,
                                rest=params.rest, strict=strict, kind=kind)

    def with_params(self, params: ParamList, body: list) -> list:
        """The parameters' default values and patterns, in order, as statements at the top of
        the body. The body proper then gets a scope of its own for its vars: closures in the
        parameters' expressions do not see them (ECMA-262 10.2.11, step 28)."""
        prologue = []
        for i, (name, default) in enumerate(zip(params.names, params.defaults)):
            pattern = self.param_patterns.pop(name, None)
            # this parameter and the later ones are not initialized yet (a pattern's names
            # are let declarations, with TDZ checks of their own)
            uninitialized = frozenset(params.names[i:])
            for expr in (default, pattern):
                if expr is not None:
                    mark_tdz_reads(expr, uninitialized)
            if default is not None:
                L, C = default.line, default.col
                test = ast.Binary(L, C, "===", ast.Identifier(L, C, name), ast.UndefinedLit(L, C))
                assign = ast.ExprStmt(L, C, ast.Assign(L, C, "=", ast.Identifier(L, C, name), default))
                prologue.append(ast.If(L, C, test, assign, None))
            if pattern is not None:
                value = ast.Identifier(pattern.line, pattern.col, name)
                prologue.append(ast.VarDecl(pattern.line, pattern.col, "let",
                                            self.destructure_declaration(pattern, value)))
        if not prologue:
            return body
        return prologue + [ast.Block(prologue[-1].line, prologue[-1].col, body, var_scope=True)]

    def parse_arrow(self, no_in: bool) -> ast.FunctionExpr:
        start = self.peek()
        if start.kind == IDENTIFIER:
            params = ParamList([start.value], [None], bound=[start], start=self.pos)
            self.advance()
            self.check_identifier(start, binding=True)
        else:
            params = self.parse_params()
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
        body = self.with_params(params, body)
        return ast.FunctionExpr(start.line, start.col, None, params.names, body, is_arrow=True,
                                defaults=params.defaults, rest=params.rest, strict=strict,
                                source=self.text_from(start))


def mark_tdz_reads(node, names: frozenset) -> None:
    """Marks the reads of `names` that evaluating node performs (in_tdz), leaving alone the
    functions and classes it makes, whose code runs later."""
    if isinstance(node, (list, tuple)):
        for item in node:
            mark_tdz_reads(item, names)
    elif isinstance(node, ast.Identifier):
        node.in_tdz = node.name in names
    elif isinstance(node, ast.Node) and not isinstance(node, (ast.FunctionExpr, ast.ClassExpr)):
        for value in vars(node).values():
            mark_tdz_reads(value, names)
