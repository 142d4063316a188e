"""Statements -> AST: the program, declarations, blocks, if, loops, labels, break/continue,
return, throw, try and switch.

Place in the pipeline: one grammar area of the parser (parser/__init__.py
combines the areas into Parser). It reads directive prologues ('use strict'),
decides when `let` starts a declaration, and desugars for-in and for-of into
plain `for` loops over intrinsics (get_iterator/iterator_step, for_in_keys),
so that the compiler knows one loop form.
"""
from __future__ import annotations

from .. import ast
from ..lexer import EOF, IDENTIFIER, KEYWORD, PUNCTUATOR, STRING, Token
from .base import FRAMES_PER_LEVEL, MAX_NESTING, ParserBase, recursion_room
from .early_errors import ESCAPED_KEYWORD, STRICT_RESERVED_WORD
from .patterns import pattern_names, source_text

# Statement keywords of constructs outside the subset.
_UNSUPPORTED_STATEMENTS = {
    "with": "'with' statements are not supported",
    "debugger": "'debugger' statements are not supported",
    "import": "'import'/'export' are not supported",
    "export": "'import'/'export' are not supported",
}

_STRICT_FUNCTION_CONTEXT = "In strict mode code, functions can only be declared at top level or inside a block."
_SLOPPY_FUNCTION_CONTEXT = ("In non-strict mode code, functions can only be declared at top level, inside a block, "
                            "or as the body of an if statement.")

# The strict-mode reserved words V8 scans as one kind of token (let, static and yield have their own).
_FUTURE_RESERVED = frozenset(("implements", "interface", "package", "private", "protected", "public"))


class StatementParser(ParserBase):
    """The program and its statements."""

    def parse_program(self, commonjs: bool = False) -> ast.Program:
        with recursion_room(MAX_NESTING * FRAMES_PER_LEVEL):
            try:
                self.fn.strict = self.directive_strict() is not None
                body = self.with_hidden_vars(self.parse_statement_list(top=True))
                if self.fn.strict:
                    self.check_octal(0)
            except RecursionError:
                raise self.error("Maximum nesting depth exceeded", self.peek()) from None
        return ast.Program(1, 1, body, strict=self.fn.strict, commonjs=commonjs)

    def directive_strict(self) -> Token | None:
        """The 'use strict' directive of the directive prologue at the current position, if any."""
        k = 0
        while True:
            tok = self.peek(k)
            if tok.kind != STRING:
                return None
            after = self.peek(k + 1)
            if not (after.is_punct(";") or after.is_punct("}") or after.kind == EOF or after.nl_before):
                return None
            if tok.value == "use strict" and tok.raw[1:-1] == "use strict":
                # the directives before it are strict code too
                for j in range(k):
                    if self.peek(j).octal is not None:
                        raise self.octal_error(self.peek(j))
                return tok
            k += 2 if after.is_punct(";") else 1

    def parse_statement_list(self, top: bool = False) -> list[ast.Node]:
        """Statements up to EOF (top level) or up to a '}' (left for the caller)."""
        body = []
        while True:
            tok = self.peek()
            if (tok.kind == EOF) if top else tok.is_punct("}"):
                return body
            body.append(self.parse_statement())

    def parse_statement(self, single: str | None = None) -> ast.Node:
        """A statement list item, or (with `single` = 'if'/'loop') a sub-statement."""
        self.enter_nesting()
        node = self._parse_statement(single)
        self.depth -= 1
        if self.pending_cover:
            line, col, message = min(self.pending_cover.values())
            raise self.error(message, (line, col))
        return node

    def _parse_statement(self, single: str | None) -> ast.Node:
        tok = self.peek()
        kind, value = tok.kind, tok.value
        if kind == PUNCTUATOR:
            if value == "{":
                return self.parse_block()
            if value == ";":
                self.advance()
                return ast.Empty(tok.line, tok.col)
        elif kind == KEYWORD:
            if value == "var":
                return self.parse_var_statement()
            if value == "const":
                if single:
                    raise self.error(
                        "Lexical declaration cannot appear in a single-statement context", tok)
                return self.parse_var_statement()
            if value == "function":
                return self.parse_function_statement(single)
            if value == "if":
                return self.parse_if()
            if value == "while":
                return self.parse_while()
            if value == "do":
                return self.parse_do_while()
            if value == "for":
                return self.parse_for()
            if value == "break" or value == "continue":
                return self.parse_break_continue()
            if value == "return":
                return self.parse_return()
            if value == "throw":
                return self.parse_throw()
            if value == "try":
                return self.parse_try()
            if value == "switch":
                return self.parse_switch()
            if value == "class":
                if single:
                    self.unexpected(tok)
                return self.parse_class_declaration()
            if value == "with" and self.fn.strict:
                raise self.error("Strict mode code may not include a with statement", tok)
            if value in _UNSUPPORTED_STATEMENTS:
                # `import(...)` and `import.meta` are expressions, equally unsupported.
                raise self.error(_UNSUPPORTED_STATEMENTS[value], tok)
        elif kind == IDENTIFIER:
            if tok.is_ident("let") and self._let_starts_declaration(single):
                if single:
                    raise self.error(
                        "Lexical declaration cannot appear in a single-statement context", tok)
                return self.parse_var_statement()
            nxt = self.peek(1)
            if value == "async" and nxt.is_keyword("function") and not nxt.nl_before:
                raise self.error(ESCAPED_KEYWORD if tok.escaped else "async functions are not supported", tok)
            if nxt.is_punct(":") and value not in ("yield", "await"):
                return self.parse_labeled(single)
        return self.parse_expression_statement()

    def _let_starts_declaration(self, single: str | None) -> bool:
        # `let` is an identifier in sloppy scripts unless a binding follows it.
        nxt = self.peek(1)
        if self.fn.strict and nxt.kind == IDENTIFIER and nxt.value in _FUTURE_RESERVED:
            # V8 scans these as a kind of token that cannot follow `let`: the `let` is the error
            raise self.error(STRICT_RESERVED_WORD, self.peek())
        if nxt.is_punct("["):
            return True
        if single and nxt.nl_before:
            return False           # `if (a) let \n x = 1` is `let;` then `x = 1`
        return nxt.kind == IDENTIFIER or nxt.is_punct("{") or (
            nxt.kind == KEYWORD and not nxt.value == "in" and not nxt.value == "instanceof")

    def parse_block(self) -> ast.Block:
        tok = self.expect_punct("{")
        with self.block_scope():
            body = self.parse_statement_list()
        self.expect_punct("}")
        return ast.Block(tok.line, tok.col, body)

    def parse_expression_statement(self) -> ast.ExprStmt:
        expr = self.parse_expression()
        self.consume_semicolon()
        return ast.ExprStmt(expr.line, expr.col, expr)

    def parse_var_statement(self) -> ast.VarDecl:
        decl = self.parse_var_declarations(in_for=None)
        self.consume_semicolon()
        return decl

    def parse_var_declarations(self, in_for: Token | None) -> ast.VarDecl:
        """`var|let|const a = 1, b`; with `in_for` (the `for` token) inside a for header."""
        kw = self.advance()
        kind = kw.value
        decls = []
        while True:
            name_tok = self.peek()
            if name_tok.is_punct("[") or name_tok.is_punct("{"):
                bound = []
                pattern = self.parse_binding_pattern(bound)
                self.check_lexical_names(kind, bound)
                for name in pattern_names(pattern):
                    if kind == "var":
                        self.declare_var(name, name_tok)
                    else:
                        self.declare_lexical(name, kind, name_tok)
                if in_for is not None and not decls and (self.at_keyword("in") or self.peek().is_ident("of")):
                    decls.append((pattern, None, name_tok.line, name_tok.col))
                    break
                self.expect_punct("=")
                value = self.parse_assignment(no_in=in_for is not None)
                decls.extend(self.destructure_declaration(pattern, value))
                if not self.eat_punct(","):
                    break
                continue
            if name_tok.kind != IDENTIFIER:
                self.unexpected(name_tok)
            self.advance()
            name = name_tok.value
            self.check_lexical_names(kind, [name_tok])
            self.check_identifier(name_tok, binding=True)
            if kind == "var":
                self.declare_var(name, name_tok)
            else:
                self.declare_lexical(name, kind, name_tok)
            init = None
            if self.eat_punct("="):
                init = self.parse_assignment(no_in=in_for is not None)
            if in_for is not None and init is None and len(decls) == 0 and (
                    self.at_keyword("in") or self.peek().is_ident("of")):
                decls.append((name, None, name_tok.line, name_tok.col))
                break
            if init is None and kind == "const":
                raise self.error("Missing initializer in const declaration", name_tok)
            decls.append((name, init, name_tok.line, name_tok.col))
            if not self.eat_punct(","):
                break
        return ast.VarDecl(kw.line, kw.col, kind, decls)

    def parse_function_statement(self, single: str | None) -> ast.Node:
        tok = self.peek()
        if single and self.fn.strict:
            raise self.error(_STRICT_FUNCTION_CONTEXT, tok)
        if single == "if":
            # Annex B: `if (x) function f() {}` behaves as if the declaration were in a block.
            with self.block_scope():
                decl = self.parse_function(declaration=True)
            return ast.Block(tok.line, tok.col, [decl])
        if single:
            raise self.error(_SLOPPY_FUNCTION_CONTEXT, tok)
        return self.parse_function(declaration=True)

    def parse_if(self) -> ast.If:
        tok = self.advance()
        self.expect_punct("(")
        test = self.parse_expression()
        self.expect_punct(")")
        then = self.parse_statement(single="if")
        otherwise = None
        if self.at_keyword("else"):
            self.advance()
            otherwise = self.parse_statement(single="if")
        return ast.If(tok.line, tok.col, test, then, otherwise)

    def parse_loop_body(self) -> ast.Node:
        self.fn.loop_depth += 1
        try:
            return self.parse_statement(single="loop")
        finally:
            self.fn.loop_depth -= 1

    def parse_while(self) -> ast.While:
        tok = self.advance()
        self.expect_punct("(")
        test = self.parse_expression()
        self.expect_punct(")")
        body = self.parse_loop_body()
        return ast.While(tok.line, tok.col, test, body)

    def parse_do_while(self) -> ast.DoWhile:
        tok = self.advance()
        body = self.parse_loop_body()
        if not self.at_keyword("while"):
            self.unexpected()
        self.advance()
        self.expect_punct("(")
        test = self.parse_expression()
        self.expect_punct(")")
        # The `)` of a do-while ends it even without a newline (ES2015 ASI rule).
        self.eat_punct(";")
        return ast.DoWhile(tok.line, tok.col, body, test)

    def parse_for(self) -> ast.Node:
        for_tok = self.advance()
        if self.peek().is_ident("await"):
            raise self.error("async functions are not supported", for_tok)
        self.expect_punct("(")
        with self.block_scope():
            tok = self.peek()
            init: ast.Node | None = None
            if tok.is_punct(";"):
                pass
            elif tok.is_keyword("var") or tok.is_keyword("const") or (
                    tok.is_ident("let") and self._let_starts_declaration(None)):
                init = self.parse_var_declarations(in_for=for_tok)
                if self.at_keyword("in") or self.peek().is_ident("of"):
                    if len(init.decls) != 1:
                        raise self.error("Invalid left-hand side in for-in loop: Must have a single binding.",
                                         init)
                    name, _, line, col = init.decls[0]
                    target = name if not isinstance(name, str) else ast.Identifier(line, col, name)
                    return self.parse_for_in_of(for_tok, init.kind, target)
            else:
                expr = self.parse_expression(no_in=True)
                if self.at_keyword("in") or (self.peek().is_ident("of") and not (
                        isinstance(expr, ast.Identifier) and expr.name == "async")):
                    if isinstance(expr, (ast.ArrayLit, ast.ObjectLit)) and id(expr) not in self.paren_start:
                        expr = self.to_pattern(expr)
                    elif not isinstance(expr, (ast.Identifier, ast.Member, ast.Index)):
                        raise self.error("Invalid left-hand side in for-" + self.peek().value + " loop", expr)
                    self.check_simple_target(expr)
                    return self.parse_for_in_of(for_tok, None, expr)
                init = ast.ExprStmt(expr.line, expr.col, expr)
            self.expect_punct(";")
            test = None if self.at_punct(";") else self.parse_expression()
            self.expect_punct(";")
            update = None if self.at_punct(")") else self.parse_expression()
            self.expect_punct(")")
            body = self.parse_loop_body()
        return ast.For(for_tok.line, for_tok.col, init, test, update, body)

    def parse_for_in_of(self, for_tok: Token, kind: str | None, target: ast.Node) -> ast.Block:
        of = self.advance().value == "of"
        iterable = self.parse_assignment() if of else self.parse_expression()
        self.expect_punct(")")
        body = self.parse_loop_body()
        return self.desugar_for_in_of(for_tok, of, kind, target, iterable, body)

    def desugar_for_in_of(self, tok: Token, of: bool, kind: str | None, target: ast.Node,
                          iterable: ast.Node, body: ast.Node) -> ast.Block:
        """for (x of it) S  ->  { const %it = get_iterator(it);
                                  for (;;) { const %v = iterator_step(%it); if (done(%v)) break;
                                             x = %v; S } }
           for (x in o) S   ->  { const %keys = for_in_keys(o);
                                  for (let %i = 0; %i < %keys.length; %i++) { x = %keys[%i]; S } }"""
        L, C = tok.line, tok.col

        def ident(name):
            return ast.Identifier(L, C, name)

        def bind(value):
            if isinstance(target, (ast.ObjectPattern, ast.ArrayPattern)):
                if kind is None:
                    return ast.ExprStmt(L, C, self.destructure_assignment(target, value))
                return ast.VarDecl(L, C, kind, self.destructure_declaration(target, value))
            if kind is None:
                return ast.ExprStmt(L, C, ast.Assign(target.line, target.col, "=", target, value))
            return ast.VarDecl(L, C, kind, [(target.name, value, target.line, target.col)])

        if of:
            it, v = self.hidden("it"), self.hidden("v")
            text = source_text(iterable)
            setup = [ast.VarDecl(L, C, "const", [(it, ast.Intrinsic(L, C, "get_iterator", [
                iterable, ast.StringLit(L, C, text)]), L, C)])]
            step = ast.VarDecl(L, C, "const", [(v, ast.Intrinsic(L, C, "iterator_step", [ident(it)]), L, C)])
            done = ast.If(L, C, ast.Intrinsic(L, C, "is_done", [ident(v)]), ast.Break(L, C), None)
            loop = ast.For(L, C, None, None, None, ast.Block(L, C, [step, done, bind(ident(v)), body]))
        else:
            obj, keys, i, k = self.hidden("obj"), self.hidden("keys"), self.hidden("i"), self.hidden("k")
            setup = [ast.VarDecl(L, C, "const", [(obj, iterable, L, C)]),
                     ast.VarDecl(L, C, "const", [(keys, ast.Intrinsic(L, C, "for_in_keys", [ident(obj)]), L, C)])]
            init = ast.VarDecl(L, C, "let", [(i, ast.NumberLit(L, C, 0.0), L, C)])
            test = ast.Binary(L, C, "<", ident(i), ast.Member(L, C, ident(keys), "length"))
            update = ast.Update(L, C, "++", True, ident(i))
            key = ast.VarDecl(L, C, "const", [(k, ast.Index(L, C, ident(keys), ident(i)), L, C)])
            # A key deleted by an earlier iteration is skipped.
            gone = ast.If(L, C, ast.Unary(L, C, "!", ast.Intrinsic(L, C, "for_in_has", [ident(obj), ident(k)])),
                          ast.Continue(L, C), None)
            loop = ast.For(L, C, init, test, update, ast.Block(L, C, [key, gone, bind(ident(k)), body]))
        if kind is not None and kind != "var":
            # The object is evaluated where the head's names are declared but not initialized:
            # `for (let x of [x])` reads the new x, in its TDZ (ECMA-262 14.7.5.6).
            names = pattern_names(target if not isinstance(target, ast.Identifier) else target.name)
            setup.insert(0, ast.VarDecl(L, C, kind, [(n, None, L, C) for n in names], tdz_only=True))
        block = ast.Block(L, C, setup + [loop])
        block.inner_loop = loop    # a label on the statement labels this loop
        return block

    def parse_break_continue(self) -> ast.Node:
        tok = self.advance()
        label_tok = self.peek()
        label = None
        if label_tok.kind == IDENTIFIER and not label_tok.nl_before:
            self.check_identifier(label_tok)
            label = label_tok.value
            is_loop = self.fn.labels.get(label)
            if is_loop is None:
                raise self.error(f"Undefined label '{label}'", label_tok)
            if tok.value == "continue" and not is_loop:
                raise self.error(f"Illegal continue statement: '{label}' does not denote an "
                                 "iteration statement", label_tok)
            self.advance()
        elif self.fn.loop_depth == 0 and (tok.value == "continue" or self.fn.switch_depth == 0):
            if tok.value == "break":
                raise self.error("Illegal break statement", tok)
            raise self.error("Illegal continue statement: no surrounding iteration statement", tok)
        self.consume_semicolon()
        if tok.value == "break":
            return ast.Break(tok.line, tok.col, label)
        return ast.Continue(tok.line, tok.col, label)

    def parse_labeled(self, single: str | None) -> ast.Labeled:
        tok = self.advance()
        self.advance()                                  # ':'
        self.check_identifier(tok)
        if tok.value in self.fn.labels:
            raise self.error(f"Label '{tok.value}' has already been declared", tok)
        nxt = self.peek()
        is_loop = nxt.is_keyword("for") or nxt.is_keyword("while") or nxt.is_keyword("do")
        self.fn.labels[tok.value] = is_loop
        try:
            if nxt.is_keyword("function"):
                if self.fn.strict:
                    raise self.error(_STRICT_FUNCTION_CONTEXT, nxt)
                if single in ("if", "loop"):
                    raise self.error(_SLOPPY_FUNCTION_CONTEXT, nxt)
                raise self.error("labelled function declarations are not supported", nxt)
            body = self.parse_statement(single="loop" if is_loop else "label")
        finally:
            del self.fn.labels[tok.value]
        return ast.Labeled(tok.line, tok.col, tok.value, body)

    def parse_return(self) -> ast.Return:
        tok = self.advance()
        if not self.fn.in_function:
            raise self.error("Illegal return statement", tok)
        nxt = self.peek()
        value = None
        # Restricted production: a newline after `return` ends the statement.
        if not (nxt.kind == EOF or nxt.nl_before or nxt.is_punct(";") or nxt.is_punct("}")):
            value = self.parse_expression()
        self.consume_semicolon()
        return ast.Return(tok.line, tok.col, value)

    def parse_throw(self) -> ast.Throw:
        tok = self.advance()
        if self.peek().nl_before:
            raise self.error("Illegal newline after throw", tok)
        value = self.parse_expression()
        self.consume_semicolon()
        return ast.Throw(tok.line, tok.col, value)

    def parse_try(self) -> ast.Try:
        tok = self.advance()
        block = self.parse_block()
        param = handler = finalizer = None
        if self.at_keyword("catch"):
            self.advance()
            if self.eat_punct("("):
                ptok = self.peek()
                catch_pattern = None
                if ptok.is_punct("[") or ptok.is_punct("{"):
                    catch_pattern = self.parse_binding_pattern()
                    param = self.hidden("e")
                else:
                    if ptok.kind != IDENTIFIER:
                        self.unexpected(ptok)
                    self.advance()
                    self.check_identifier(ptok, binding=True)
                    param = ptok.value
                self.expect_punct(")")
            open_tok = self.expect_punct("{")
            with self.block_scope():
                if param is not None:
                    self.scope.params = frozenset((param,))
                body = self.parse_statement_list()
            self.expect_punct("}")
            if param is not None and catch_pattern is not None:
                L, C = open_tok.line, open_tok.col
                body = [ast.VarDecl(L, C, "let", self.destructure_declaration(
                    catch_pattern, ast.Identifier(L, C, param)))] + body
            handler = ast.Block(open_tok.line, open_tok.col, body)
        if self.at_keyword("finally"):
            self.advance()
            finalizer = self.parse_block()
        if handler is None and finalizer is None:
            if self.peek().kind == EOF:
                self.unexpected()
            raise self.error("Missing catch or finally after try", self.peek())
        return ast.Try(tok.line, tok.col, block, param, handler, finalizer)

    def parse_switch(self) -> ast.Switch:
        tok = self.advance()
        self.expect_punct("(")
        disc = self.parse_expression()
        self.expect_punct(")")
        self.expect_punct("{")
        cases = []
        seen_default = False
        self.fn.switch_depth += 1
        with self.block_scope():
            while not self.at_punct("}"):
                ctok = self.peek()
                if ctok.is_keyword("case"):
                    self.advance()
                    test = self.parse_expression()
                elif ctok.is_keyword("default"):
                    if seen_default:
                        raise self.error("More than one default clause in switch statement", ctok)
                    seen_default = True
                    self.advance()
                    test = None
                else:
                    self.unexpected(ctok)
                self.expect_punct(":")
                body = []
                while not (self.at_punct("}") or self.at_keyword("case") or self.at_keyword("default")):
                    if self.peek().kind == EOF:
                        self.unexpected()
                    body.append(self.parse_statement())
                cases.append((test, body))
        self.fn.switch_depth -= 1
        self.advance()
        return ast.Switch(tok.line, tok.col, disc, cases)
