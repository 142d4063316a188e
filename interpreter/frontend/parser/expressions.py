"""Expressions -> AST: assignment, conditional, binary operators by precedence climbing, unary
and postfix operators, calls, member accesses, optional chains, `new`, `super` and primaries.

Place in the pipeline: one grammar area of the parser (parser/__init__.py
combines the areas into Parser). Each level of the ladder (assignment ->
conditional -> binary -> unary -> call/member -> primary) is one method; an
array or object literal followed by `=` is reread as a pattern (patterns.py),
and an identifier or parenthesized list followed by `=>` is an arrow
(functions.py).
"""
from __future__ import annotations

from .. import ast
from ..lexer import ERROR, IDENTIFIER, KEYWORD, NUMBER, PRIVATE, PUNCTUATOR, STRING, TEMPLATE, Token
from .base import ParserBase

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


class ExpressionParser(ParserBase):
    """Expressions, from the comma operator down to primaries."""

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
            if tok.is_ident("async") and not nxt.nl_before and (
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
            self.check_assign_target(left, op)
            self.advance()
            value = self.parse_assignment(no_in)
            return ast.Assign(left.line, left.col, op, left, value)
        return left

    def _arrow_after(self, open_index: int) -> bool:
        """Is the token after the ')' matching the '(' at `open_index` an `=>`?"""
        close = self.matching.get(open_index)
        return close is not None and close + 1 < len(self.tokens) and \
            self.tokens[close + 1].is_punct("=>")

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
            self.check_simple_target(operand)
            return ast.Update(tok.line, tok.col, value, True, operand)
        if kind == KEYWORD and value == "delete":
            self.advance()
            self.enter_nesting()
            operand = self.parse_unary()
            self.depth -= 1
            if self.fn.strict and isinstance(operand, ast.Identifier):
                # V8 points at the operand's last token: `delete (x)` at the ')'
                raise self.error("Delete of an unqualified identifier in strict mode.", self.prev)
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
            self.check_simple_target(expr)
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
            self.advance()
            name = self.peek()
            if name.kind != IDENTIFIER or name.value != "target" or name.escaped:
                self.unexpected(name)
            self.advance()
            if not self.fn.new_target:
                raise self.error("new.target expression is not allowed here", tok)
            return ast.NewTarget(tok.line, tok.col)
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
            if tok.is_ident("async"):
                nxt = self.peek(1)
                if nxt.is_keyword("function") and not nxt.nl_before:
                    raise self.error("async functions are not supported", tok)
            self.advance()
            return self.identifier_reference(tok)
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

    def parse_parenthesized(self) -> ast.Node:
        open_tok = self.advance()
        expr = self.parse_expression()
        self.expect_punct(")")
        self.paren_start[id(expr)] = (open_tok.line, open_tok.col)
        return expr
