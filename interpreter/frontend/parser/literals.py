"""Literals -> AST: array and object literals, property keys, template literals and tagged templates.

Place in the pipeline: one grammar area of the parser (parser/__init__.py
combines the areas into Parser). Number, string and keyword literals are
primaries (expressions.py). A template becomes string concatenation with
to_string, and a tagged template a call with the call site's strings array.
An object literal may be a cover for a pattern: `{a = 1}` is kept pending
until it is read as one (patterns.py), or else reported.
"""
from __future__ import annotations

from interpreter.errors import JSSyntaxError
from interpreter.numbers.numconv import number_to_string
from interpreter.objects.values import BigInt

from .. import ast
from ..lexer import IDENTIFIER, KEYWORD, NUMBER, STRING, TEMPLATE, TemplateEscapeError, Token
from .base import ParserBase, starts_property_name
from .patterns import source_text


class LiteralParser(ParserBase):
    """Array, object and template literals, and property keys."""

    def parse_array(self) -> ast.ArrayLit:
        open_tok = self.advance()
        elements = []
        while not self.at_punct("]"):
            tok = self.peek()
            if tok.is_punct(","):
                self.advance()
                elements.append(None)          # a hole
                continue
            if tok.is_punct("..."):
                self.advance()
                value = self.parse_assignment()
                elements.append(ast.Spread(tok.line, tok.col, value, source_text(value)))
            else:
                elements.append(self.parse_assignment())
            if not self.eat_punct(","):
                if not self.at_punct("]"):
                    self.unexpected()
        self.advance()
        return ast.ArrayLit(open_tok.line, open_tok.col, elements)

    def parse_object(self) -> ast.ObjectLit:
        open_tok = self.advance()
        properties = []
        protos = 0
        while not self.at_punct("}"):
            prop = self.parse_property()
            properties.append(prop)
            if prop.kind == "proto":
                protos += 1
                if protos == 2:
                    self.pending_cover[id(prop)] = (
                        prop.line, prop.col, "Duplicate __proto__ fields are not allowed in object literals")
            if self.eat_punct(","):
                if prop.kind == "spread":
                    self.spread_then_comma.add(id(prop))
            elif not self.at_punct("}"):
                self.unexpected()
        self.advance()
        return ast.ObjectLit(open_tok.line, open_tok.col, properties)

    def parse_property(self) -> ast.Property:
        tok = self.peek()
        kind, value = tok.kind, tok.value
        nxt = self.peek(1)
        if tok.is_punct("..."):
            self.advance()
            return ast.Property(tok.line, tok.col, None, self.parse_assignment(), "spread")
        if tok.is_punct("*"):
            raise self.error("generators are not supported", tok)
        self.check_escaped_modifier(tok)
        if kind == IDENTIFIER and value in ("get", "set") and starts_property_name(nxt):
            self.advance()
            key_tok = self.peek()
            key, computed = self.parse_property_key()
            fn = self.parse_method(key_tok, "getter" if value == "get" else "setter", in_class=False)
            fn.source = self.text_from(tok)
            return ast.Property(tok.line, tok.col, key, fn, value, computed)
        if tok.is_ident("async") and starts_property_name(nxt) and not nxt.nl_before:
            raise self.error("async functions are not supported", tok)
        key, computed = self.parse_property_key()
        if self.eat_punct(":"):
            # `__proto__: v` (not computed, not shorthand) sets the new object's prototype
            kind = "proto" if key == "__proto__" and computed is None else "init"
            return ast.Property(tok.line, tok.col, key, self.parse_assignment(), kind, computed)
        if self.at_punct("("):
            # A method: anonymous, so its name does not become a binding in its own scope.
            fn = self.parse_method(tok, "method", in_class=False)
            fn.source = self.text_from(tok)
            return ast.Property(tok.line, tok.col, key, fn, "init", computed)
        if kind != IDENTIFIER or computed is not None:
            self.unexpected(tok if kind == KEYWORD else None)
        target = self.identifier_reference(tok)
        if self.at_punct("="):
            # `{a = 1}` is only valid as a destructuring pattern (checked when it is not one).
            self.advance()
            default = self.parse_assignment()
            prop = ast.Property(tok.line, tok.col, key, ast.Assign(tok.line, tok.col, "=", target, default),
                                shorthand=True)
            self.pending_cover[id(prop)] = (tok.line, tok.col, "Invalid shorthand property initializer")
            return prop
        return ast.Property(tok.line, tok.col, key, target, "init", shorthand=True)

    def parse_property_key(self):
        """A property name: (key, None), or (None, expression) for a computed `[key]`."""
        tok = self.peek()
        if tok.is_punct("["):
            self.advance()
            expr = self.parse_assignment()
            self.expect_punct("]")
            return None, expr
        self.advance()
        if tok.kind in (IDENTIFIER, KEYWORD, STRING):
            return tok.value, None
        if tok.kind == NUMBER:
            v = tok.value
            return (str(v.value) if type(v) is BigInt else number_to_string(v)), None
        self.unexpected(tok)

    def template_parts(self) -> tuple[list[Token], list[ast.Node]]:
        """The pieces of a template literal (TEMPLATE tokens) and its substitutions."""
        tok = self.advance()
        parts, exprs = [tok], []
        while not tok.value[2]:
            exprs.append(self.parse_expression())
            tok = self.peek()
            if tok.kind != TEMPLATE or tok.value[1]:
                self.unexpected(tok)
            self.advance()
            parts.append(tok)
        return parts, exprs

    def parse_template(self) -> ast.Node:
        tok = self.peek()
        parts, exprs = self.template_parts()
        quasis = [t.value[0] for t in parts]
        for q in quasis:
            if type(q) is TemplateEscapeError:
                raise JSSyntaxError(q.message, q.line, q.col)
        # `a${x}b` is "a" + String(x) + "b" (String(x): ToString, so toString() before valueOf()).
        L, C = tok.line, tok.col
        result: ast.Node = ast.StringLit(L, C, quasis[0])
        for e, q in zip(exprs, quasis[1:]):
            result = ast.Binary(L, C, "+", result, ast.Intrinsic(e.line, e.col, "to_string", [e]))
            if q:
                result = ast.Binary(L, C, "+", result, ast.StringLit(L, C, q))
        return result

    def parse_tagged_template(self, tag: ast.Node) -> ast.Call:
        """tag`a${x}b` calls tag(strings, x): `strings` (the cooked pieces, with the raw
        source pieces as .raw) is one frozen array per call site, made on first use."""
        L, C = tag.line, tag.col
        parts, exprs = self.template_parts()
        raws = []
        for t in parts:
            # the source between the delimiters (` or } before, ${ or ` after), CR/CRLF as LF
            raw = t.raw[1:-2] if not t.value[2] else t.raw[1:-1]
            raws.append(raw.replace("\r\n", "\n").replace("\r", "\n"))
        self.template_sites += 1
        site = f"{self.unit}.{self.template_sites}"
        cooked = [ast.StringLit(L, C, t.value[0]) if type(t.value[0]) is str else ast.UndefinedLit(L, C)
                  for t in parts]
        strings = ast.Intrinsic(L, C, "template_object", [ast.StringLit(L, C, site)] + cooked +
                                [ast.StringLit(L, C, x) for x in raws])
        return ast.Call(L, C, tag, [strings] + exprs)
