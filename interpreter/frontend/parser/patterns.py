"""Destructuring patterns -> AST: binding patterns, assignment patterns, and their desugaring.

Place in the pipeline: one grammar area of the parser (parser/__init__.py
combines the areas into Parser). Patterns are desugared into plain
declarations or assignments through temporaries, so the compiler never sees
one: `const {a, b: [c] = d} = e` becomes `const %t1 = check(e), a = %t1.a,
%t2 = %t1.b, %t3 = %t2 === undefined ? d : %t2, %t4 = get_iterator(%t3),
c = iterator_value(%t4)`. An assignment pattern is first parsed as an array or
object literal and reread (to_pattern) when `=` follows it.
"""
from __future__ import annotations

from .. import ast
from ..lexer import IDENTIFIER
from .base import ParserBase
from .early_errors import EVAL_OR_ARGUMENTS, INVALID_DESTRUCTURING_TARGET, RESTRICTED_NAMES


class PatternParser(ParserBase):
    """Binding and assignment patterns, and the steps they desugar into."""

    def parse_binding_pattern(self, bound: list | None = None):
        """`[a, b = 1, ...c]` or `{a, b: c = 1, ...d}`; the tokens of the names it binds are
        appended to `bound`."""
        bound = [] if bound is None else bound
        tok = self.peek()
        if self.eat_punct("["):
            items, rest = [], None
            while not self.at_punct("]"):
                if self.eat_punct(","):
                    items.append((None, None))
                    continue
                if self.eat_punct("..."):
                    rest = self.parse_binding_target(bound)
                    if not self.at_punct("]"):
                        raise self.error("Rest element must be last element", self.peek())
                    break
                target = self.parse_binding_target(bound)
                default = self.parse_assignment() if self.eat_punct("=") else None
                items.append((target, default))
                if not self.at_punct("]"):
                    self.expect_punct(",")
            self.expect_punct("]")
            return ast.ArrayPattern(tok.line, tok.col, items, rest)
        self.expect_punct("{")
        items, rest = [], None
        while not self.at_punct("}"):
            if self.eat_punct("..."):
                rest = self.parse_binding_target(bound)
                break
            key_tok = self.peek()
            key, computed = self.parse_property_key()
            if self.eat_punct(":"):
                target = self.parse_binding_target(bound)
            else:
                if key_tok.kind != IDENTIFIER or computed is not None:
                    self.unexpected(key_tok)
                self.check_identifier(key_tok, binding=True)
                bound.append(key_tok)
                target = key
            default = self.parse_assignment() if self.eat_punct("=") else None
            items.append((key, computed, target, default))
            if not self.at_punct("}"):
                self.expect_punct(",")
        self.expect_punct("}")
        return ast.ObjectPattern(tok.line, tok.col, items, rest)

    def parse_binding_target(self, bound: list):
        tok = self.peek()
        if tok.is_punct("[") or tok.is_punct("{"):
            return self.parse_binding_pattern(bound)
        if tok.kind != IDENTIFIER:
            self.unexpected(tok)
        self.advance()
        self.check_identifier(tok)
        if self.fn.strict and tok.value in RESTRICTED_NAMES:
            # V8 reads a lone name in a pattern as an assignment target, one with a default as
            # a binding
            raise self.error(EVAL_OR_ARGUMENTS if self.at_punct("=") else INVALID_DESTRUCTURING_TARGET, tok)
        bound.append(tok)
        return tok.value

    def to_pattern(self, node):
        """An array or object literal on the left of `=` read as an assignment pattern."""
        if isinstance(node, ast.ArrayLit):
            items, rest = [], None
            for i, x in enumerate(node.elements):
                if isinstance(x, ast.Spread):
                    if i != len(node.elements) - 1:
                        raise self.error("Rest element must be last element", x)
                    rest = self.to_pattern(x.expr)
                elif x is None:
                    items.append((None, None))
                elif isinstance(x, ast.Assign) and x.op == "=":
                    items.append((self.to_pattern(x.target), x.value))
                elif hasattr(x, "pattern_source"):
                    items.append((self.to_pattern(x.pattern_source[0]), x.pattern_source[1]))
                else:
                    items.append((self.to_pattern(x), None))
            return ast.ArrayPattern(node.line, node.col, items, rest)
        if isinstance(node, ast.ObjectLit):
            items, rest = [], None
            for p in node.properties:
                if p.kind == "spread":
                    if id(p) in self.spread_then_comma:
                        raise self.error("Rest element must be last element", p.value)
                    rest = self.to_pattern(p.value)
                    continue
                if p.kind not in ("init", "proto"):     # `{__proto__: x} = o` reads o.__proto__
                    raise self.error("Invalid destructuring assignment target", p)
                value, default = p.value, None
                if isinstance(value, ast.Assign) and value.op == "=":
                    value, default = value.target, value.value
                elif hasattr(value, "pattern_source"):
                    value, default = value.pattern_source
                if p.shorthand:
                    self.check_simple_target(value)
                self.pending_cover.pop(id(p), None)
                items.append((p.key, p.computed, self.to_pattern(value), default))
            return ast.ObjectPattern(node.line, node.col, items, rest)
        where = self.paren_start.get(id(node), (node.line, node.col))
        if isinstance(node, (ast.Identifier, ast.Member, ast.Index)):
            # (a parenthesized name or property is a target too: `[(x)] = [1]`)
            if isinstance(node, ast.Identifier) and self.fn.strict and node.name in RESTRICTED_NAMES:
                raise self.error(INVALID_DESTRUCTURING_TARGET, where)
            return node
        raise self.error(INVALID_DESTRUCTURING_TARGET, where)

    def destructure_steps(self, pattern, value: ast.Node, steps: list) -> None:
        """Appends (target, expression) steps that bind the pattern to value (an expression
        that may be evaluated once only: it is first put in a temporary)."""
        L, C = pattern.line, pattern.col

        def temp(expr) -> ast.Identifier:
            name = self.hidden("t")
            steps.append((name, expr))
            return ast.Identifier(L, C, name)

        def bind(target, expr, default):
            if default is not None:
                t = temp(expr)
                expr = ast.Conditional(L, C, ast.Binary(L, C, "===", t, ast.UndefinedLit(L, C)), default, t)
            if isinstance(target, (ast.ObjectPattern, ast.ArrayPattern)):
                self.destructure_steps(target, expr, steps)
            else:
                steps.append((target, expr))

        if isinstance(pattern, ast.ObjectPattern):
            first = pattern.items[0][0] if pattern.items and pattern.items[0][0] is not None else ""
            src = temp(ast.Intrinsic(L, C, "require_object_coercible", [
                value, ast.StringLit(L, C, first), ast.StringLit(L, C, source_text(value))]))
            keys = []
            for key, computed, target, default in pattern.items:
                if computed is not None:
                    k = temp(ast.Intrinsic(L, C, "to_property_key", [computed]))
                    keys.append(k)
                    bind(target, ast.Index(L, C, src, k), default)
                else:
                    keys.append(ast.StringLit(L, C, key))
                    bind(target, ast.Member(L, C, src, key), default)
            if pattern.rest is not None:
                bind(pattern.rest, ast.Intrinsic(L, C, "object_rest", [src, ast.ArrayLit(L, C, keys)]), None)
        else:
            it = temp(ast.Intrinsic(L, C, "get_iterator", [value, ast.StringLit(L, C, source_text(value))]))
            for target, default in pattern.items:
                step = ast.Intrinsic(L, C, "iterator_value", [it])
                if target is None:
                    temp(step)
                else:
                    bind(target, step, default)
            if pattern.rest is not None:
                bind(pattern.rest, ast.Intrinsic(L, C, "iterator_rest", [it]), None)

    def destructure_declaration(self, pattern, value: ast.Node) -> list:
        steps: list = []
        self.destructure_steps(pattern, value, steps)
        return [(name, expr, pattern.line, pattern.col) for name, expr in steps]

    def destructure_assignment(self, pattern, value: ast.Node) -> ast.Node:
        """`[a, b] = [b, a]` as a comma expression whose value is the right-hand side."""
        L, C = pattern.line, pattern.col
        whole = self.hidden("t")
        self.fn.hidden_vars.append(whole)
        steps: list = []
        self.destructure_steps(pattern, ast.Identifier(L, C, whole), steps)
        exprs = [ast.Assign(L, C, "=", ast.Identifier(L, C, whole), value)]
        for target, expr in steps:
            if isinstance(target, str):
                self.fn.hidden_vars.append(target)
                target = ast.Identifier(L, C, target)
            exprs.append(ast.Assign(L, C, "=", target, expr))
        exprs.append(ast.Identifier(L, C, whole))
        return ast.Sequence(L, C, exprs)

    def with_hidden_vars(self, body: list) -> list:
        """The body with a `var` of the temporaries its destructuring assignments use on top."""
        if not self.fn.hidden_vars:
            return body
        L, C = (body[0].line, body[0].col) if body else (1, 1)
        return [ast.VarDecl(L, C, "var", [(n, None, L, C) for n in self.fn.hidden_vars])] + body


def pattern_names(pattern) -> list[str]:
    """The names a binding pattern declares."""
    if isinstance(pattern, str):
        return [pattern]
    targets = [t for _k, _c, t, _d in pattern.items] if isinstance(pattern, ast.ObjectPattern) else \
        [t for t, _d in pattern.items if t is not None]
    if pattern.rest is not None:
        targets.append(pattern.rest)
    return [n for t in targets for n in pattern_names(t)]


def source_text(e: ast.Node) -> str:
    """An expression as V8 names it in messages such as 'x is not iterable' ('' if unnamed)."""
    if isinstance(e, ast.Identifier):
        return e.name
    if isinstance(e, ast.This):
        return "this"
    if isinstance(e, ast.Member):
        inner = source_text(e.obj)
        return f"{inner}.{e.name}" if inner else ""
    if isinstance(e, ast.Call):
        inner = source_text(e.callee)
        return f"{inner}(...)" if inner else ""
    return ""
