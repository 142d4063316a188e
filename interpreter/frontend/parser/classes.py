"""Classes -> AST: class declarations and expressions, their members, fields and private names.

Place in the pipeline: one grammar area of the parser (parser/__init__.py
combines the areas into Parser). A class without a constructor gets the
default one; fields become initializer methods; and each private name `#x`
becomes a hidden property key unique to its class, resolved when the class
body ends (a method may use a name declared further down).
"""
from __future__ import annotations

from .. import ast
from ..lexer import IDENTIFIER, KEYWORD, PRIVATE, STRING, Token
from .base import ParserBase, PrivateScope, starts_property_name
from .functions import ParamList


def private_key(name: str, unit: int, serial: int, kind: str, static: bool, class_name: str) -> str:
    """The hidden property key a private name `#x` of one class becomes: unique to the class
    (the script unit and the class's serial in it), and carrying what the runtime needs for
    V8's messages. A \0 in it keeps it apart from any key a script would spell."""
    return f"{name}\0{unit}.{serial}\0{kind}\0{'static' if static else ''}\0{class_name or 'anonymous'}"


class ClassParser(ParserBase):
    """Class bodies and private names."""

    def parse_class_declaration(self) -> ast.ClassDecl:
        tok = self.peek()
        name_tok = self.peek(1)
        if name_tok.kind != IDENTIFIER:
            self.unexpected(name_tok)
        self.declare_lexical(name_tok.value, "class", name_tok)
        cls = self.parse_class()
        return ast.ClassDecl(tok.line, tok.col, name_tok.value, cls)

    def parse_class(self) -> ast.ClassExpr:
        # All of a class, its name and heritage too, is strict code.
        sloppy = not self.fn.strict
        self.fn.strict = True
        try:
            return self._parse_class()
        finally:
            if sloppy:
                self.fn.strict = False

    def _parse_class(self) -> ast.ClassExpr:
        tok = self.advance()                      # 'class'
        name = None
        if self.peek().kind == IDENTIFIER:
            self.check_identifier(self.peek(), binding=True)
            name = self.advance().value
        self.class_count += 1
        self.private_scopes.append(PrivateScope(self.class_count, name or ""))
        superclass = None
        if self.at_keyword("extends"):
            self.advance()
            superclass = self.parse_call_member()
        self.expect_punct("{")
        constructor = None
        members = []
        while not self.at_punct("}"):
            if self.eat_punct(";"):
                continue
            member = self.parse_class_member(superclass is not None)
            if member.kind == "constructor":
                if constructor is not None:
                    raise self.error("A class may only have one constructor", member)
                constructor = member.value
            else:
                members.append(member)
        self.advance()
        self.resolve_private_names(self.private_scopes.pop())
        if constructor is None:
            # constructor() {}, or for a derived class constructor(...args) { super(...args); }
            L, C = tok.line, tok.col
            body = []
            if superclass is not None:
                call = ast.SuperCall(L, C, [ast.Spread(L, C, ast.Identifier(L, C, "args"))])
                body = [ast.ExprStmt(L, C, call)]
            params = ["args"] if superclass is not None else []
            constructor = ast.FunctionExpr(L, C, None, params, body, defaults=[None] * len(params),
                                           rest=superclass is not None, strict=True, kind="constructor")
            constructor.super_calls = [body[0].expr] if body else []
        if any(ast.instance_initialized(m) for m in members):
            # The new instance gets its fields from the class's hidden `.fields` list: at the
            # start of a base constructor, right after super() returns in a derived one.
            if superclass is None:
                constructor.fields_ref = ast.Identifier(tok.line, tok.col, ".fields")
            for call in getattr(constructor, "super_calls", []):
                call.fields_ref = ast.Identifier(call.line, call.col, ".fields")
        return ast.ClassExpr(tok.line, tok.col, name, superclass, constructor, members,
                             source=self.text_from(tok))

    def parse_class_member(self, derived: bool) -> ast.ClassMember:
        tok = self.peek()
        static = False
        if tok.is_ident("static") and not self.peek(1).is_punct("("):
            self.advance()
            static = True
            tok = self.peek()
        kind = "method"
        self.check_escaped_modifier(tok)
        if static and tok.is_punct("{"):
            fn = self.parse_method(tok, "method", static_block=True)
            return ast.ClassMember(tok.line, tok.col, None, fn, "static_block", True)
        if tok.kind == IDENTIFIER and tok.value in ("get", "set") and starts_property_name(self.peek(1)):
            self.advance()
            kind = "getter" if tok.value == "get" else "setter"
        elif tok.is_ident("async") and not self.peek(1).nl_before and starts_property_name(self.peek(1)):
            raise self.error("async functions are not supported", tok)
        elif tok.is_punct("*"):
            raise self.error("generators are not supported", tok)
        key_tok = self.peek()
        if key_tok.kind == PRIVATE:
            self.advance()
            is_field = kind == "method" and not self.at_punct("(")
            key, key_expr = self.declare_private(key_tok, "field" if is_field else kind, static), None
        else:
            key, key_expr = self.parse_property_key()
        if not self.at_punct("(") and kind == "method":
            if self.at_punct("=") or self.at_punct(";") or self.at_punct("}") or self.peek().nl_before:
                if key == "constructor" or (static and key == "prototype"):
                    raise self.error("Classes may not have a field named '" + key + "'", key_tok)
                return ast.ClassMember(tok.line, tok.col, key, self.parse_field_initializer(key_tok),
                                       "field", static, key_expr)
            self.unexpected()
        is_ctor = key == "constructor" and not static and key_expr is None
        if is_ctor and kind != "method":
            raise self.error("Class constructor may not be an accessor", key_tok)
        if is_ctor and derived:
            self.super_call_stack.append([])
        fn = self.parse_method(key_tok, "constructor" if is_ctor else kind,
                               super_call=is_ctor and derived)
        if is_ctor and derived:
            fn.super_calls = self.super_call_stack.pop()
        fn.source = self.text_from(tok)
        if is_ctor:
            return ast.ClassMember(tok.line, tok.col, key, fn, "constructor")
        if static and key == "prototype":
            raise self.error("Classes may not have a static property named 'prototype'", key_tok)
        return ast.ClassMember(tok.line, tok.col, key, fn, kind, static, key_expr)

    def parse_field_initializer(self, tok: Token) -> ast.FunctionExpr:
        """`= value;` (or nothing): a method run on the new instance (or, for a static field,
        on the class) whose result is the field's value, as the spec's initializer functions."""
        def initializer():
            if self.eat_punct("="):
                value = self.parse_assignment()
            else:
                value = ast.UndefinedLit(tok.line, tok.col)
            ret = ast.Return(value.line, value.col, value)
            if tok.kind in (IDENTIFIER, KEYWORD, STRING, PRIVATE):
                ret.name_hint = tok.value          # `f = () => 1` is a function named f
            return [ret]
        body, _ = self._in_function(ParamList(), initializer, strict=True, super_property=True, class_field=True)
        self.consume_semicolon()
        return ast.FunctionExpr(tok.line, tok.col, None, [], body, strict=True, kind="method")

    def declare_private(self, tok: Token, kind: str, static: bool) -> str:
        """The key of a private name a class member declares (a getter and a setter share one)."""
        name = tok.value
        if name == "#constructor":
            raise self.error("Classes may not have a private field named '#constructor'", tok)
        scope = self.private_scopes[-1]
        slot = "accessor" if kind in ("getter", "setter") else ("field" if kind == "field" else "method")
        seen = scope.declared.get(name)
        if seen is not None:
            key, seen_kinds, seen_static = seen
            if slot == "accessor" and seen_static == static and kind not in seen_kinds and \
                    seen_kinds <= {"getter", "setter"}:
                seen_kinds.add(kind)
                return key
            raise self.error(f"Identifier '{name}' has already been declared", tok)
        key = private_key(name, self.unit, scope.serial, slot, static, scope.class_name)
        scope.declared[name] = (key, {kind}, static)
        return key

    def private_reference(self, node: ast.Node, name: str, tok: Token) -> None:
        """`o.#x` or `#x in o`: resolved against the enclosing class bodies when they end."""
        if not self.private_scopes:
            raise self.error(f"Private field '{name}' must be declared in an enclosing class", tok)
        self.private_scopes[-1].refs.append((node, name, tok))

    def resolve_private_names(self, scope: PrivateScope) -> None:
        for node, name, tok in scope.refs:
            found = scope.declared.get(name)
            if found is not None:
                node.name = found[0]
            elif self.private_scopes:
                self.private_scopes[-1].refs.append((node, name, tok))
            else:
                raise self.error(f"Private field '{name}' must be declared in an enclosing class", tok)
