"""Parser: tokens -> AST (interpreter.ast). Second stage of the front end
(lexer -> parser -> bytecode compiler).

A recursive-descent parser for the JS subset, with precedence climbing for
binary operators. It applies automatic semicolon insertion, reports the early
errors the subset can meet (let/const redeclaration, break/continue/return
outside their context, invalid assignment targets), and rejects every
construct outside the subset with a SyntaxError that names the construct,
positioned at the construct's first token. Ordinary syntax errors use V8's
messages and positions.

Public API: `parse(source) -> ast.Program`, raising `JSSyntaxError`.
"""
from __future__ import annotations

import re
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field

from . import ast
from interpreter.errors import JSSyntaxError
from .lexer import (EOF, ERROR, IDENTIFIER, KEYWORD, NUMBER, PRIVATE, PUNCTUATOR, STRING, TEMPLATE,
                    TemplateEscapeError, Token, tokenize)
from interpreter.numbers.numconv import number_to_string
from interpreter.objects.values import BigInt

# How deeply statements and expressions may nest before the parser gives up
# with a SyntaxError rather than exhausting the Python stack.
MAX_NESTING = 1000
# Upper bound on Python frames the parser uses per nesting level (the
# expression ladder: assignment -> conditional -> binary -> unary -> postfix
# -> call/member -> primary -> expression).
_FRAMES_PER_LEVEL = 12

# Binary operator precedence; higher binds tighter. '**' is right-associative.
_BINARY_PRECEDENCE = {
    "??": 1,
    "||": 2, "&&": 3,
    "|": 4, "^": 5, "&": 6,
    "==": 7, "!=": 7, "===": 7, "!==": 7,
    "<": 8, ">": 8, "<=": 8, ">=": 8, "instanceof": 8, "in": 8,
    "<<": 9, ">>": 9, ">>>": 9,
    "+": 10, "-": 10,
    "*": 11, "/": 11, "%": 11,
    "**": 12,
}
_LOGICAL_OPS = frozenset(("&&", "||", "??"))
_ASSIGN_OPS = frozenset(("=", "&&=", "||=", "??=", "+=", "-=", "*=", "/=", "%=", "**=", "&=", "|=",
                         "^=", "<<=", ">>=", ">>>="))
_UNARY_PUNCT = frozenset(("-", "+", "!", "~"))
_UNARY_KEYWORDS = frozenset(("typeof", "void"))

# Statement keywords of constructs outside the subset.
_UNSUPPORTED_STATEMENTS = {
    "with": "'with' statements are not supported",
    "debugger": "'debugger' statements are not supported",
    "import": "'import'/'export' are not supported",
    "export": "'import'/'export' are not supported",
}


_LINE_TERMINATOR = re.compile("\r\n|[\n\r\u2028\u2029]")

def parse(source: str, unit: int = 0) -> ast.Program:
    """Parse a script. Raises JSSyntaxError with the 1-based position of the offending token.
    `unit` tells scripts (and modules) of one isolate apart in private names' keys."""
    return Parser(source, unit).parse_program()


def private_key(name: str, unit: int, serial: int, kind: str, static: bool, class_name: str) -> str:
    """The hidden property key a private name `#x` of one class becomes: unique to the class
    (the script unit and the class's serial in it), and carrying what the runtime needs for
    V8's messages. A \0 in it keeps it apart from any key a script would spell."""
    return f"{name}\0{unit}.{serial}\0{kind}\0{'static' if static else ''}\0{class_name or 'anonymous'}"


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
    hidden_vars: list = field(default_factory=list)   # temporaries of desugared assignments


class Parser:
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
        self.scope = DeclarationScope(is_function=True, parent=None)
        self.fn = FunctionContext(in_function=False)
        self.depth = 0
        # Parenthesized nodes, keyed by id: `(a, b) = 1` and `({}) = 1` are
        # invalid targets, `a ?? (b || c)` is fine. Maps to the '(' position.
        self.paren_start: dict[int, tuple[int, int]] = {}
        self.hidden_count = 0
        # `{a = 1}` properties not (yet) read as part of a pattern: an error unless they are
        self.pending_cover: dict[int, tuple[int, int]] = {}
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

    # ---- scopes --------------------------------------------------------------

    @contextmanager
    def block_scope(self):
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

    # ---- program and statements ------------------------------------------------

    def parse_program(self) -> ast.Program:
        with _recursion_room(MAX_NESTING * _FRAMES_PER_LEVEL):
            try:
                self.fn.strict = self.directive_strict()
                body = self.with_hidden_vars(self.parse_statement_list(top=True))
            except RecursionError:
                raise self.error("Maximum nesting depth exceeded", self.peek()) from None
        return ast.Program(1, 1, body, strict=self.fn.strict)

    def directive_strict(self) -> bool:
        """Whether the directive prologue at the current position holds 'use strict'."""
        k = 0
        while True:
            tok = self.peek(k)
            if tok.kind != STRING:
                return False
            after = self.peek(k + 1)
            if not (after.is_punct(";") or after.is_punct("}") or after.kind == EOF or after.nl_before):
                return False
            if tok.value == "use strict" and tok.raw[1:-1] == "use strict":
                return True
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
            raise self.error("Invalid shorthand property initializer", min(self.pending_cover.values()))
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
            if value in _UNSUPPORTED_STATEMENTS:
                # `import(...)` and `import.meta` are expressions, equally unsupported.
                raise self.error(_UNSUPPORTED_STATEMENTS[value], tok)
        elif kind == IDENTIFIER:
            if value == "let" and self._let_starts_declaration(single):
                if single:
                    raise self.error(
                        "Lexical declaration cannot appear in a single-statement context", tok)
                return self.parse_var_statement()
            nxt = self.peek(1)
            if value == "async" and nxt.is_keyword("function") and not nxt.nl_before:
                raise self.error("async functions are not supported", tok)
            if nxt.is_punct(":") and value not in ("yield", "await"):
                return self.parse_labeled()
        return self.parse_expression_statement()

    def _let_starts_declaration(self, single: str | None) -> bool:
        # `let` is an identifier in sloppy scripts unless a binding follows it.
        nxt = self.peek(1)
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
                pattern = self.parse_binding_pattern()
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
            if kind == "var":
                self.declare_var(name, name_tok)
            else:
                if name == "let":
                    raise self.error("let is disallowed as a lexically bound name", name_tok)
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
        if single == "if":
            # Annex B: `if (x) function f() {}` behaves as if the declaration were in a block.
            with self.block_scope():
                decl = self.parse_function(declaration=True)
            return ast.Block(tok.line, tok.col, [decl])
        if single:
            raise self.error(
                "In non-strict mode code, functions can only be declared at top level, "
                "inside a block, or as the body of an if statement.", tok)
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

    def hidden(self, stem: str) -> str:
        """A fresh name no script can spell, for desugared code."""
        self.hidden_count += 1
        return f"%{stem}{self.hidden_count}"

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
            text = _source_text(iterable)
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
        block = ast.Block(L, C, setup + [loop])
        block.inner_loop = loop    # a label on the statement labels this loop
        return block

    def parse_break_continue(self) -> ast.Node:
        tok = self.advance()
        label_tok = self.peek()
        label = None
        if label_tok.kind == IDENTIFIER and not label_tok.nl_before:
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

    def parse_labeled(self) -> ast.Labeled:
        tok = self.advance()
        self.advance()                                  # ':'
        if tok.value in self.fn.labels:
            raise self.error(f"Label '{tok.value}' has already been declared", tok)
        nxt = self.peek()
        is_loop = nxt.is_keyword("for") or nxt.is_keyword("while") or nxt.is_keyword("do")
        self.fn.labels[tok.value] = is_loop
        try:
            if nxt.is_keyword("function"):
                raise self.error("In strict mode code, functions can only be declared at top level or "
                                 "inside a block.", nxt) if self.fn.strict else self.error(
                    "labelled function declarations are not supported", nxt)
            body = self.parse_statement(single="loop" if is_loop else "label")
        finally:
            del self.fn.labels[tok.value]
        return ast.Labeled(tok.line, tok.col, tok.value, body)

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

    # ---- destructuring ------------------------------------------------------------
    # Patterns are desugared into plain declarations or assignments through temporaries:
    # `const {a, b: [c] = d} = e` becomes `const %t1 = check(e), a = %t1.a, %t2 = %t1.b,
    # %t3 = %t2 === undefined ? d : %t2, %t4 = get_iterator(%t3), c = iterator_value(%t4)`.

    def parse_binding_pattern(self):
        tok = self.peek()
        if self.eat_punct("["):
            items, rest = [], None
            while not self.at_punct("]"):
                if self.eat_punct(","):
                    items.append((None, None))
                    continue
                if self.eat_punct("..."):
                    rest = self.parse_binding_target()
                    if not self.at_punct("]"):
                        raise self.error("Rest element must be last element", self.peek())
                    break
                target = self.parse_binding_target()
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
                rest = self.parse_binding_target()
                break
            key_tok = self.peek()
            key, computed = self.parse_property_key()
            if self.eat_punct(":"):
                target = self.parse_binding_target()
            else:
                if key_tok.kind != IDENTIFIER or computed is not None:
                    self.unexpected(key_tok)
                target = key
            default = self.parse_assignment() if self.eat_punct("=") else None
            items.append((key, computed, target, default))
            if not self.at_punct("}"):
                self.expect_punct(",")
        self.expect_punct("}")
        return ast.ObjectPattern(tok.line, tok.col, items, rest)

    def parse_binding_target(self):
        tok = self.peek()
        if tok.is_punct("[") or tok.is_punct("{"):
            return self.parse_binding_pattern()
        if tok.kind != IDENTIFIER:
            self.unexpected(tok)
        self.advance()
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
                    rest = self.to_pattern(p.value)
                    continue
                if p.kind not in ("init", "proto"):     # `{__proto__: x} = o` reads o.__proto__
                    raise self.error("Invalid destructuring assignment target", p)
                value, default = p.value, None
                if isinstance(value, ast.Assign) and value.op == "=":
                    value, default = value.target, value.value
                elif hasattr(value, "pattern_source"):
                    value, default = value.pattern_source
                self.pending_cover.pop(id(p), None)
                items.append((p.key, p.computed, self.to_pattern(value), default))
            return ast.ObjectPattern(node.line, node.col, items, rest)
        if isinstance(node, (ast.Identifier, ast.Member, ast.Index)) and id(node) not in self.paren_start or \
                isinstance(node, (ast.Member, ast.Index)):
            return node
        raise self.error("Invalid destructuring assignment target", node)

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
                value, ast.StringLit(L, C, first), ast.StringLit(L, C, _source_text(value))]))
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
            it = temp(ast.Intrinsic(L, C, "get_iterator", [value, ast.StringLit(L, C, _source_text(value))]))
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

    # ---- classes ------------------------------------------------------------------

    def parse_class_declaration(self) -> ast.ClassDecl:
        tok = self.peek()
        name_tok = self.peek(1)
        if name_tok.kind != IDENTIFIER:
            self.unexpected(name_tok)
        self.declare_lexical(name_tok.value, "class", name_tok)
        cls = self.parse_class()
        return ast.ClassDecl(tok.line, tok.col, name_tok.value, cls)

    def parse_class(self) -> ast.ClassExpr:
        tok = self.advance()                      # 'class'
        name = None
        if self.peek().kind == IDENTIFIER and not self.peek().is_ident("extends"):
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

    def parse_class_member(self, derived: bool) -> ast.ClassMember:
        tok = self.peek()
        static = False
        if tok.is_ident("static") and not self.peek(1).is_punct("("):
            self.advance()
            static = True
            tok = self.peek()
        kind = "method"
        if static and tok.is_punct("{"):
            fn = self.parse_method(tok, "method", static_block=True)
            return ast.ClassMember(tok.line, tok.col, None, fn, "static_block", True)
        if tok.kind == IDENTIFIER and tok.value in ("get", "set") and _starts_property_name(self.peek(1)):
            self.advance()
            kind = "getter" if tok.value == "get" else "setter"
        elif tok.is_ident("async") and not self.peek(1).nl_before and _starts_property_name(self.peek(1)):
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
        body, _ = self._in_function([], initializer, strict=True, super_property=True)
        self.consume_semicolon()
        return ast.FunctionExpr(tok.line, tok.col, None, [], body, strict=True, kind="method")

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

    # ---- functions -------------------------------------------------------------

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

    def with_hidden_vars(self, body: list) -> list:
        if not self.fn.hidden_vars:
            return body
        L, C = (body[0].line, body[0].col) if body else (1, 1)
        return [ast.VarDecl(L, C, "var", [(n, None, L, C) for n in self.fn.hidden_vars])] + body

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

    # ---- expressions -------------------------------------------------------------

    def parse_expression(self, no_in: bool = False) -> ast.Node:
        """Expression, including the comma operator."""
        first = self.parse_assignment(no_in)
        if not self.at_punct(","):
            return first
        exprs = [first]
        while self.eat_punct(","):
            exprs.append(self.parse_assignment(no_in))
        return ast.Sequence(first.line, first.col, exprs)

    def parse_assignment(self, no_in: bool = False) -> ast.Node:
        """AssignmentExpression: arrow functions, assignments and everything tighter."""
        self.enter_nesting()
        node = self._parse_assignment(no_in)
        self.depth -= 1
        return node

    def _parse_assignment(self, no_in: bool) -> ast.Node:
        tok = self.peek()
        if tok.kind == IDENTIFIER:
            nxt = self.peek(1)
            if nxt.is_punct("=>"):
                return self.parse_arrow(no_in)
            if tok.value == "async" and not nxt.nl_before and (
                    (nxt.kind == IDENTIFIER and self.peek(2).is_punct("=>"))
                    or (nxt.is_punct("(") and self._arrow_after(self.pos + 1))):
                raise self.error("async functions are not supported", tok)
        elif tok.kind == PUNCTUATOR and tok.value == "(" and self._arrow_after(self.pos):
            return self.parse_arrow(no_in)

        left = self.parse_conditional(no_in)
        op_tok = self.peek()
        if op_tok.kind != PUNCTUATOR:
            return left
        op = op_tok.value
        if op in _ASSIGN_OPS:
            if op == "=" and isinstance(left, (ast.ArrayLit, ast.ObjectLit)) and id(left) not in self.paren_start:
                pattern = self.to_pattern(left)
                self.advance()
                value = self.parse_assignment(no_in)
                desugared = self.destructure_assignment(pattern, value)
                desugared.pattern_source = (left, value)   # `[[d] = []] = x`: read back as a default
                return desugared
            self._check_assign_target(left, op)
            self.advance()
            value = self.parse_assignment(no_in)
            return ast.Assign(left.line, left.col, op, left, value)
        return left

    def _arrow_after(self, open_index: int) -> bool:
        """Is the token after the ')' matching the '(' at `open_index` an `=>`?"""
        close = self.matching.get(open_index)
        return close is not None and close + 1 < len(self.tokens) and \
            self.tokens[close + 1].is_punct("=>")

    def _check_assign_target(self, target: ast.Node, op: str) -> None:
        if isinstance(target, (ast.Identifier, ast.Member, ast.Index)):
            return
        parenthesized = id(target) in self.paren_start
        if op == "=" and not parenthesized and isinstance(target, (ast.ArrayLit, ast.ObjectLit)):
            raise self.error("destructuring is not supported", target)
        where = self.paren_start.get(id(target), (target.line, target.col))
        raise self.error("Invalid left-hand side in assignment", where)

    def parse_conditional(self, no_in: bool) -> ast.Node:
        test = self.parse_binary(0, no_in)
        if not self.at_punct("?"):
            return test
        self.advance()
        then = self.parse_assignment(no_in=False)
        self.expect_punct(":")
        otherwise = self.parse_assignment(no_in)
        return ast.Conditional(test.line, test.col, test, then, otherwise)

    def parse_binary(self, min_prec: int, no_in: bool) -> ast.Node:
        """Precedence climbing over the binary and logical operators with precedence >= min_prec."""
        left = self.parse_unary()
        while True:
            tok = self.peek()
            if tok.kind == PUNCTUATOR or tok.kind == KEYWORD:
                prec = _BINARY_PRECEDENCE.get(tok.value)
            else:
                prec = None
            if prec is None or prec < min_prec:
                return left
            op = tok.value
            if op == "in" and no_in:
                return left
            # `??` may not be mixed with `||`/`&&` without parentheses.
            if isinstance(left, ast.Logical) and id(left) not in self.paren_start and (
                    (op == "??") != (left.op == "??")):
                self.unexpected(tok)
            self.advance()
            if op == "**":
                self.enter_nesting()
                right = self.parse_binary(prec, no_in)            # right-associative
                self.depth -= 1
            elif op == "??":
                right = self.parse_binary(_BINARY_PRECEDENCE["|"], no_in)
            else:
                right = self.parse_binary(prec + 1, no_in)
            if op in _LOGICAL_OPS:
                left = ast.Logical(left.line, left.col, op, left, right)
            else:
                left = ast.Binary(left.line, left.col, op, left, right)

    def parse_unary(self) -> ast.Node:
        tok = self.peek()
        kind, value = tok.kind, tok.value
        if (kind == PUNCTUATOR and value in _UNARY_PUNCT) or (
                kind == KEYWORD and value in _UNARY_KEYWORDS):
            self.advance()
            self.enter_nesting()
            operand = self.parse_unary()
            self.depth -= 1
            if self.at_punct("**"):
                raise self.error(
                    "Unary operator used immediately before exponentiation expression. "
                    "Parenthesis must be used to disambiguate operator precedence", tok)
            return ast.Unary(tok.line, tok.col, value, operand)
        if kind == PUNCTUATOR and (value == "++" or value == "--"):
            self.advance()
            operand = self.parse_unary()
            if not isinstance(operand, (ast.Identifier, ast.Member, ast.Index)):
                where = self.paren_start.get(id(operand), (operand.line, operand.col))
                raise self.error(
                    "Invalid left-hand side expression in prefix operation", where)
            return ast.Update(tok.line, tok.col, value, True, operand)
        if kind == KEYWORD and value == "delete":
            self.advance()
            self.enter_nesting()
            operand = self.parse_unary()
            self.depth -= 1
            if self.fn.strict and isinstance(operand, ast.Identifier):
                raise self.error("Delete of an unqualified identifier in strict mode.", operand)
            if isinstance(operand, ast.Member) and operand.private:
                raise self.error("Private fields can not be deleted", operand)
            if self.at_punct("**"):
                raise self.error(
                    "Unary operator used immediately before exponentiation expression. "
                    "Parenthesis must be used to disambiguate operator precedence", tok)
            return ast.Unary(tok.line, tok.col, "delete", operand)
        expr = self.parse_call_member()
        tok = self.peek()
        # Restricted production: postfix ++/-- must be on the same line.
        if tok.kind == PUNCTUATOR and (tok.value == "++" or tok.value == "--") \
                and not tok.nl_before:
            if not isinstance(expr, (ast.Identifier, ast.Member, ast.Index)):
                where = self.paren_start.get(id(expr), (expr.line, expr.col))
                raise self.error(
                    "Invalid left-hand side expression in postfix operation", where)
            self.advance()
            return ast.Update(expr.line, expr.col, tok.value, False, expr)
        return expr

    def parse_call_member(self) -> ast.Node:
        tok = self.peek()
        if tok.is_keyword("new"):
            expr = self.parse_new()
        elif tok.is_keyword("super"):
            expr = self.parse_super()
        else:
            expr = self.parse_primary()
        optional = False
        while True:
            tok = self.peek()
            if tok.kind == TEMPLATE and tok.value[1]:
                if optional:
                    raise self.error("Invalid tagged template on optional chain", tok)
                expr = self.parse_tagged_template(expr)
                continue
            if tok.kind != PUNCTUATOR:
                break
            value = tok.value
            if value == "(":
                args = self.parse_arguments()
                expr = ast.Call(expr.line, expr.col, expr, args)
            elif value == "." or value == "[":
                expr = self.parse_member_suffix(expr)
            elif value == "?.":
                self.advance()
                optional = True
                nxt = self.peek()
                if nxt.is_punct("("):
                    args = self.parse_arguments()
                    expr = ast.Call(expr.line, expr.col, expr, args, optional=True)
                elif nxt.is_punct("["):
                    expr = self.parse_member_suffix(expr)
                    expr.optional = True
                else:
                    self.pos -= 1
                    self.tokens[self.pos] = Token(PUNCTUATOR, ".", tok.line, tok.col, tok.end_line,
                                                  tok.end_col, tok.nl_before, "?.")
                    expr = self.parse_member_suffix(expr)
                    expr.optional = True
            else:
                break
        if optional:
            return ast.OptionalChain(expr.line, expr.col, expr)
        return expr

    def parse_super(self) -> ast.Node:
        tok = self.advance()
        nxt = self.peek()
        if nxt.is_punct("("):
            if not self.fn.super_call:
                raise self.error("'super' keyword unexpected here", tok)
            call = ast.SuperCall(tok.line, tok.col, self.parse_arguments())
            if self.super_call_stack:
                self.super_call_stack[-1].append(call)
            return call
        if not self.fn.super_property or not (nxt.is_punct(".") or nxt.is_punct("[")):
            raise self.error("'super' keyword unexpected here", tok)
        self.advance()
        if nxt.value == ".":
            name = self.advance()
            if name.kind != IDENTIFIER and name.kind != KEYWORD:
                self.unexpected(name)
            return ast.SuperMember(tok.line, tok.col, name.value)
        key = self.parse_expression()
        self.expect_punct("]")
        return ast.SuperMember(tok.line, tok.col, None, key)

    def parse_member_suffix(self, obj: ast.Node) -> ast.Node:
        tok = self.advance()
        if tok.value == ".":
            name = self.peek()
            if name.kind == PRIVATE:
                self.advance()
                member = ast.Member(obj.line, obj.col, obj, name.value, private=True)
                self.private_reference(member, name.value, tok)     # V8 reports it at the '.'
                return member
            # Any identifier name, reserved words included, can follow '.'.
            if name.kind != IDENTIFIER and name.kind != KEYWORD:
                self.unexpected(name)
            self.advance()
            return ast.Member(obj.line, obj.col, obj, name.value)
        key = self.parse_expression()
        self.expect_punct("]")
        return ast.Index(obj.line, obj.col, obj, key)

    def parse_new(self) -> ast.Node:
        tok = self.advance()                    # 'new'
        if self.at_punct("."):
            raise self.error("'new.target' is not supported", tok)
        if self.at_keyword("new"):
            callee = self.parse_new()
        else:
            callee = self.parse_primary()
        # The callee is a member expression: `new a.b[c](x)` calls `a.b[c]`.
        while True:
            nxt = self.peek()
            if nxt.is_punct(".") or nxt.is_punct("["):
                callee = self.parse_member_suffix(callee)
            elif nxt.is_punct("?."):
                raise self.error("Invalid optional chain from new expression", nxt)
            else:
                break
        args = self.parse_arguments() if self.at_punct("(") else []
        return ast.New(tok.line, tok.col, callee, args)

    def parse_arguments(self) -> list[ast.Node]:
        self.advance()                              # '('
        args = []
        while not self.at_punct(")"):
            tok = self.peek()
            if tok.is_punct("..."):
                self.advance()
                args.append(ast.Spread(tok.line, tok.col, self.parse_assignment()))
            else:
                args.append(self.parse_assignment())
            if not self.eat_punct(","):
                if not self.at_punct(")"):
                    if self.peek().kind == ERROR:
                        self.unexpected()
                    # V8 points this one at the last token it accepted.
                    raise self.error("missing ) after argument list", self.prev)
        self.advance()
        return args

    def parse_primary(self) -> ast.Node:
        tok = self.peek()
        kind, value = tok.kind, tok.value
        if kind == PRIVATE and self.peek(1).is_keyword("in"):
            self.advance()
            node = ast.PrivateName(tok.line, tok.col, value)
            self.private_reference(node, value, tok)
            return node
        if kind == NUMBER:
            self.advance()
            return ast.NumberLit(tok.line, tok.col, value)
        if kind == STRING:
            self.advance()
            return ast.StringLit(tok.line, tok.col, value)
        if kind == TEMPLATE:
            return self.parse_template()
        if kind == IDENTIFIER:
            if value == "async":
                nxt = self.peek(1)
                if nxt.is_keyword("function") and not nxt.nl_before:
                    raise self.error("async functions are not supported", tok)
            self.advance()
            return ast.Identifier(tok.line, tok.col, value)
        if kind == KEYWORD:
            if value == "this":
                self.advance()
                return ast.This(tok.line, tok.col)
            if value == "true" or value == "false":
                self.advance()
                return ast.BoolLit(tok.line, tok.col, value == "true")
            if value == "null":
                self.advance()
                return ast.NullLit(tok.line, tok.col)
            if value == "function":
                return self.parse_function(declaration=False)
            if value == "class":
                return self.parse_class()
            if value == "super":
                return self.parse_super()
            if value == "import":
                raise self.error("'import'/'export' are not supported", tok)
            if value == "new":
                return self.parse_new()
        elif kind == PUNCTUATOR:
            if value == "(":
                return self.parse_parenthesized()
            if value == "[":
                return self.parse_array()
            if value == "{":
                return self.parse_object()
            if value == "/" or value == "/=":
                raise self.error("regular expression literals are not supported", tok)
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

    def parse_parenthesized(self) -> ast.Node:
        open_tok = self.advance()
        expr = self.parse_expression()
        self.expect_punct(")")
        self.paren_start[id(expr)] = (open_tok.line, open_tok.col)
        return expr

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
                elements.append(ast.Spread(tok.line, tok.col, value, _source_text(value)))
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
        while not self.at_punct("}"):
            properties.append(self.parse_property())
            if not self.eat_punct(","):
                if not self.at_punct("}"):
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
        if kind == IDENTIFIER and value in ("get", "set") and _starts_property_name(nxt):
            self.advance()
            key_tok = self.peek()
            key, computed = self.parse_property_key()
            fn = self.parse_method(key_tok, "getter" if value == "get" else "setter")
            fn.source = self.text_from(tok)
            return ast.Property(tok.line, tok.col, key, fn, value, computed)
        if kind == IDENTIFIER and value == "async" and _starts_property_name(nxt) and not nxt.nl_before:
            raise self.error("async functions are not supported", tok)
        key, computed = self.parse_property_key()
        if self.eat_punct(":"):
            # `__proto__: v` (not computed, not shorthand) sets the new object's prototype
            kind = "proto" if key == "__proto__" and computed is None else "init"
            return ast.Property(tok.line, tok.col, key, self.parse_assignment(), kind, computed)
        if self.at_punct("("):
            # A method: anonymous, so its name does not become a binding in its own scope.
            fn = self.parse_method(tok, "method")
            fn.source = self.text_from(tok)
            return ast.Property(tok.line, tok.col, key, fn, "init", computed)
        if kind != IDENTIFIER or computed is not None:
            self.unexpected(tok if kind == KEYWORD else None)
        target = ast.Identifier(tok.line, tok.col, value)
        if self.at_punct("="):
            # `{a = 1}` is only valid as a destructuring pattern (checked when it is not one).
            self.advance()
            default = self.parse_assignment()
            prop = ast.Property(tok.line, tok.col, key, ast.Assign(tok.line, tok.col, "=", target, default))
            self.pending_cover[id(prop)] = (tok.line, tok.col)
            return prop
        return ast.Property(tok.line, tok.col, key, target, "init")


def pattern_names(pattern) -> list[str]:
    """The names a binding pattern declares."""
    if isinstance(pattern, str):
        return [pattern]
    targets = [t for _k, _c, t, _d in pattern.items] if isinstance(pattern, ast.ObjectPattern) else \
        [t for t, _d in pattern.items if t is not None]
    if pattern.rest is not None:
        targets.append(pattern.rest)
    return [n for t in targets for n in pattern_names(t)]


def _source_text(e: ast.Node) -> str:
    """An expression as V8 names it in messages such as 'x is not iterable' ('' if unnamed)."""
    if isinstance(e, ast.Identifier):
        return e.name
    if isinstance(e, ast.This):
        return "this"
    if isinstance(e, ast.Member):
        inner = _source_text(e.obj)
        return f"{inner}.{e.name}" if inner else ""
    if isinstance(e, ast.Call):
        inner = _source_text(e.callee)
        return f"{inner}(...)" if inner else ""
    return ""


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


def _starts_property_name(tok: Token) -> bool:
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
def _recursion_room(frames: int):
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
