"""interpreter.frontend.parser: AST shapes, precedence and associativity, ASI, every
statement, functions and literals, early errors, unsupported constructs, error
positions, the syntax-error corpus, nesting limits and speed.

ASTs are compared through `sx`, a compact s-expression rendering, so each
case reads as the grouping the parser chose.
"""
from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from interpreter.errors import JSSyntaxError
from interpreter.frontend import ast
from interpreter.frontend.parser import parse

REPO = Path(__file__).resolve().parents[3]
SYNTAX_CORPUS = REPO / "tests" / "errors" / "syntax"


# ---- rendering -----------------------------------------------------------------

def sx(node) -> str:
    """Render an AST node as an s-expression."""
    if node is None:
        return "_"
    if isinstance(node, list):
        return " ".join(sx(n) for n in node)
    t = type(node)
    if t is ast.NumberLit:
        v = node.value
        return str(int(v)) if v.is_integer() else repr(v)
    if t is ast.StringLit:
        return json.dumps(node.value)
    if t is ast.BoolLit:
        return "true" if node.value else "false"
    if t is ast.NullLit:
        return "null"
    if t is ast.This:
        return "this"
    if t is ast.Identifier:
        return node.name
    if t in (ast.Binary, ast.Logical):
        return f"({node.op} {sx(node.left)} {sx(node.right)})"
    if t is ast.Unary:
        return f"({node.op} {sx(node.operand)})"
    if t is ast.Update:
        return f"({node.op}{'pre' if node.prefix else 'post'} {sx(node.target)})"
    if t is ast.Assign:
        return f"({node.op} {sx(node.target)} {sx(node.value)})"
    if t is ast.Conditional:
        return f"(? {sx(node.test)} {sx(node.then)} {sx(node.otherwise)})"
    if t is ast.Member:
        return f"(. {sx(node.obj)} {node.name})"
    if t is ast.Index:
        return f"([] {sx(node.obj)} {sx(node.key)})"
    if t is ast.Call:
        return f"(call {sx([node.callee] + node.args)})"
    if t is ast.New:
        return f"(new {sx([node.callee] + node.args)})"
    if t is ast.Sequence:
        return f"(, {sx(node.exprs)})"
    if t is ast.ArrayLit:
        return f"[{sx(node.elements)}]"
    if t is ast.ObjectLit:
        return "{" + ", ".join(f"{p.key}: {sx(p.value)}" for p in node.properties) + "}"
    if t is ast.FunctionExpr:
        kind = "=>" if node.is_arrow else "function"
        name = f" {node.name}" if node.name else ""
        return f"({kind}{name} ({' '.join(node.params)}) {sx(node.body)})"
    if t is ast.FunctionDecl:
        return f"(function-decl {node.name} ({' '.join(node.params)}) {sx(node.body)})"
    if t is ast.ExprStmt:
        return f"{sx(node.expr)};"
    if t is ast.VarDecl:
        decls = ", ".join(n if init is None else f"{n} = {sx(init)}"
                          for n, init, _, _ in node.decls)
        return f"({node.kind} {decls})"
    if t is ast.Block:
        return "{" + sx(node.body) + "}"
    if t is ast.If:
        return f"(if {sx(node.test)} {sx(node.then)} {sx(node.otherwise)})"
    if t is ast.While:
        return f"(while {sx(node.test)} {sx(node.body)})"
    if t is ast.DoWhile:
        return f"(do {sx(node.body)} {sx(node.test)})"
    if t is ast.For:
        return f"(for {sx(node.init)} {sx(node.test)} {sx(node.update)} {sx(node.body)})"
    if t is ast.Break:
        return "break;"
    if t is ast.Continue:
        return "continue;"
    if t is ast.Return:
        return f"(return {sx(node.value)})"
    if t is ast.Empty:
        return ";"
    if t is ast.Program:
        return sx(node.body)
    raise AssertionError(f"unknown node {node!r}")


def p(source: str) -> str:
    """Parse a script and render it."""
    return sx(parse(source))


def e(source: str) -> str:
    """Parse a single expression statement and render the expression."""
    prog = parse(source)
    assert len(prog.body) == 1 and isinstance(prog.body[0], ast.ExprStmt), prog.body
    return sx(prog.body[0].expr)


def in_function(source: str) -> str:
    """Render the body of `function f() { source }`."""
    decl = parse("function f() {\n" + source + "\n}").body[0]
    return sx(decl.body)


def syntax_error(source: str) -> tuple[str, int, int]:
    with pytest.raises(JSSyntaxError) as info:
        parse(source)
    err = info.value
    return err.message, err.line, err.col


# ---- precedence and associativity ---------------------------------------------------

@pytest.mark.parametrize("source, tree", [
    # one case per adjacent pair of levels, tighter level on either side
    ("a, b = c", "(, a (= b c))"),
    ("a = b ? c : d", "(= a (? b c d))"),
    ("a ? b : c || d", "(? a b (|| c d))"),
    ("a || b ? c : d", "(? (|| a b) c d)"),
    ("a || b && c", "(|| a (&& b c))"),
    ("a && b || c", "(|| (&& a b) c)"),
    ("a && b | c", "(&& a (| b c))"),
    ("a | b ^ c", "(| a (^ b c))"),
    ("a ^ b & c", "(^ a (& b c))"),
    ("a & b == c", "(& a (== b c))"),
    ("a == b < c", "(== a (< b c))"),
    ("a < b << c", "(< a (<< b c))"),
    ("a << b + c", "(<< a (+ b c))"),
    ("a + b * c", "(+ a (* b c))"),
    ("a * b ** c", "(* a (** b c))"),
    ("a ** -b", "(** a (- b))"),
    ("-a * b", "(* (- a) b)"),
    ("!a.b", "(! (. a b))"),
    ("-a++", "(- (++post a))"),
    ("++a.b", "(++pre (. a b))"),
    ("typeof a + b", "(+ (typeof a) b)"),
    ("void a === b", "(=== (void a) b)"),
    ("!a && !b", "(&& (! a) (! b))"),
    ("~a | ~b", "(| (~ a) (~ b))"),
    ("a.b(c)[d]", "([] (call (. a b) c) d)"),
    ("a !== b === c != d", "(!= (=== (!== a b) c) d)"),
    ("a <= b >= c > d", "(> (>= (<= a b) c) d)"),
    ("a >> b >>> c << d", "(<< (>>> (>> a b) c) d)"),
    ("a ?? b", "(?? a b)"),
    ("a ?? b ?? c", "(?? (?? a b) c)"),
    ("a ?? b | c", "(?? a (| b c))"),
    ("(a || b) ?? c", "(?? (|| a b) c)"),
    ("a ?? (b && c)", "(?? a (&& b c))"),
    ("(a, b)", "(, a b)"),
    ("(a + b) * c", "(* (+ a b) c)"),
    ("a * (b + c)", "(* a (+ b c))"),
    ("(-a) ** b", "(** (- a) b)"),
    ("++a ** 2", "(** (++pre a) 2)"),
    ("a++ ** 2", "(** (++post a) 2)"),
])
def test_precedence(source, tree):
    assert e(source) == tree


@pytest.mark.parametrize("source, tree", [
    ("a - b - c", "(- (- a b) c)"),
    ("a / b / c", "(/ (/ a b) c)"),
    ("a % b * c", "(* (% a b) c)"),
    ("a ** b ** c", "(** a (** b c))"),
    ("a = b = c", "(= a (= b c))"),
    ("a += b -= c", "(+= a (-= b c))"),
    ("a ? b : c ? d : e", "(? a b (? c d e))"),
    ("a ? b ? c : d : e", "(? a (? b c d) e)"),
    ("a || b || c", "(|| (|| a b) c)"),
    ("a && b && c", "(&& (&& a b) c)"),
    ("a, b, c", "(, a b c)"),
    ("- - a", "(- (- a))"),
    ("!!a", "(! (! a))"),
    ("typeof typeof a", "(typeof (typeof a))"),
    ("a.b.c", "(. (. a b) c)"),
    ("a()()", "(call (call a))"),
])
def test_associativity(source, tree):
    assert e(source) == tree


def test_assignment_operators():
    for op in ("=", "+=", "-=", "*=", "/=", "%=", "**=", "&=", "|=", "^=", "<<=", ">>=", ">>>="):
        assert e(f"a {op} b") == f"({op} a b)"
    assert e("a.b = c") == "(= (. a b) c)"
    assert e("a[0] += 1") == "(+= ([] a 0) 1)"
    assert e("(a) = 1") == "(= a 1)"
    assert e("((a.b)) = 1") == "(= (. a b) 1)"


def test_conditional_branches_are_assignment_expressions():
    assert e("a ? b = 1 : c = 2") == "(? a (= b 1) (= c 2))"
    assert e("a ? (b, c) : d") == "(? a (, b c) d)"
    # the comma operator is not allowed unparenthesized in the branches
    assert syntax_error("a ? b, c : d")[0] == "Unexpected token ','"


def test_update_expressions():
    assert e("a++") == "(++post a)"
    assert e("a--") == "(--post a)"
    assert e("++a") == "(++pre a)"
    assert e("--a[i]") == "(--pre ([] a i))"
    assert e("a.b++") == "(++post (. a b))"
    assert e("(a)++") == "(++post a)"
    assert e("a++ + ++b") == "(+ (++post a) (++pre b))"
    assert e("a+++b") == "(+ (++post a) b)"
    assert e("a - -b") == "(- a (- b))"


NODE = shutil.which("node")
_OPS = ["+", "-", "*", "/", "%", "**", "<<", ">>", ">>>", "&", "|", "^", "&&", "||", "??",
        "==", "!=", "===", "!==", "<", ">", "<=", ">="]
_UNARY = ["-", "+", "!", "~", "typeof ", "void "]


def _random_expression(rng: random.Random, depth: int) -> str:
    r = rng.random()
    if depth <= 0 or r < 0.25:
        return rng.choice(["a", "b", "c", "1", "2", "0.5", "3"])
    if r < 0.35:
        return f"{rng.choice(_UNARY)} {_random_expression(rng, depth - 1)}"
    if r < 0.45:
        return f"({_random_expression(rng, depth - 1)})"
    if r < 0.52:
        return (f"{_random_expression(rng, depth - 1)} ? {_random_expression(rng, depth - 1)}"
                f" : {_random_expression(rng, depth - 1)}")
    left, right = _random_expression(rng, depth - 1), _random_expression(rng, depth - 1)
    return f"{left} {rng.choice(_OPS)} {right}"


def _to_js(node) -> str:
    """Fully parenthesized JS for an expression tree, so node need not know precedence."""
    t = type(node)
    if t in (ast.Binary, ast.Logical):
        return f"({_to_js(node.left)} {node.op} {_to_js(node.right)})"
    if t is ast.Unary:
        return f"({node.op} {_to_js(node.operand)})"
    if t is ast.Conditional:
        return f"({_to_js(node.test)} ? {_to_js(node.then)} : {_to_js(node.otherwise)})"
    if t is ast.NumberLit:
        return repr(node.value)
    if t is ast.Identifier:
        return node.name
    raise AssertionError(node)


@pytest.mark.skipif(NODE is None, reason="node is the oracle for this test")
def test_random_expressions_group_as_node_does():
    """Random operator soup: node must evaluate our fully parenthesized reading of each
    expression to the same value as the original text, and reject exactly what we reject."""
    rng = random.Random(20240611)
    cases = []
    for _ in range(400):
        source = _random_expression(rng, 4)
        try:
            tree = parse(source).body[0].expr
            rendered = _to_js(tree)
        except JSSyntaxError:
            rendered = None
        cases.append([source, rendered])
    script = r"""
    const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
    const out = cases.map(([src, mine]) => {
      let f;
      try { f = new Function('a', 'b', 'c', 'return (' + src + '\n)'); }
      catch (e) { return mine === null ? 'ok' : 'node rejects: ' + e.message; }
      if (mine === null) return 'we reject';
      const g = new Function('a', 'b', 'c', 'return ' + mine);
      for (const args of [[3, -2, 0.5], [0, null, 7], [-1.5, 4, undefined]]) {
        const x = f(...args), y = g(...args);
        if (!Object.is(x, y)) return 'differs on ' + JSON.stringify(args) + ': ' + String(x) + ' vs ' + String(y);
      }
      return 'ok';
    });
    console.log(JSON.stringify(out));
    """
    result = subprocess.run([NODE, "-e", script], input=json.dumps(cases),
                            capture_output=True, text=True, timeout=60)
    verdicts = json.loads(result.stdout)
    bad = [(src, mine, v) for (src, mine), v in zip(cases, verdicts) if v != "ok"]
    assert not bad, bad[:5]
    assert sum(1 for _, mine in cases if mine is None) < len(cases) // 2


# ---- primary expressions and literals ---------------------------------------------

def test_literals():
    assert e("1.5") == "1.5"
    assert e("'s'") == '"s"'
    assert e("true") == "true"
    assert e("false") == "false"
    assert e("null") == "null"
    assert e("this") == "this"
    prog = parse("undefined; NaN; Infinity")
    assert [type(s.expr) for s in prog.body] == [ast.Identifier] * 3


def test_array_literals():
    assert e("[]") == "[]"
    assert e("[1, a, [b]]") == "[1 a [b]]"
    assert e("[1, 2,]") == "[1 2]"
    assert e("[a = 1, b => b]") == "[(= a 1) (=> (b) (return b))]"


def test_object_literals():
    assert e("({})") == "{}"
    assert e("({a: 1, 'b c': 2, 3: 4, x, f() { return 1 }, if: 5, null: 6,})") == \
        '{a: 1, b c: 2, 3: 4, x: x, f: (function () (return 1)), if: 5, null: 6}'
    # numeric keys are canonical ToString of the number
    assert e("({0x10: 1, 1.50: 2, 1e21: 3, .5: 4, 1e-7: 5})") == \
        "{16: 1, 1.5: 2, 1e+21: 3, 0.5: 4, 1e-7: 5}"
    # `get`, `set` and `async` are ordinary names unless a property name follows
    assert e("({get: 1, set: 2, async: 3})") == "{get: 1, set: 2, async: 3}"
    assert e("({get() {}, set(v) {}})") == "{get: (function () ), set: (function (v) )}"
    assert e("({get, set})") == "{get: get, set: set}"
    # a method is an anonymous function expression (its name is not bound inside)
    method = parse("({m(a, b) { return a }})").body[0].expr.properties[0].value
    assert isinstance(method, ast.FunctionExpr) and method.name is None
    assert method.params == ["a", "b"] and not method.is_arrow


def test_object_literal_positions():
    obj = parse("x = {\n  a: 1,\n  b\n}").body[0].expr.value
    assert (obj.line, obj.col) == (1, 5)
    assert [(p.value.line, p.value.col) for p in obj.properties] == [(2, 6), (3, 3)]


def test_member_and_keyword_property_names():
    assert e("a.if.class.new.null.true.typeof") == \
        "(. (. (. (. (. (. a if) class) new) null) true) typeof)"
    assert e("a[b][c + 1]") == "([] ([] a b) (+ c 1))"
    assert e("a\n.b") == "(. a b)"
    assert e("'abc'.length") == '(. "abc" length)'
    assert e("1..toString()") == "(call (. 1 toString))"


def test_calls():
    assert e("f()") == "(call f)"
    assert e("f(a, b + 1, g(c))") == "(call f a (+ b 1) (call g c))"
    assert e("f(a,)") == "(call f a)"
    assert e("a.b(c).d(e)") == "(call (. (call (. a b) c) d) e)"
    assert e("(function () {})()") == "(call (function () ))"
    assert e("(() => 1)()") == "(call (=> () (return 1)))"


def test_new():
    assert e("new F") == "(new F)"
    assert e("new F()") == "(new F)"
    assert e("new F(a, b)") == "(new F a b)"
    assert e("new a.b.C(x)") == "(new (. (. a b) C) x)"
    assert e("new a[b](x)") == "(new ([] a b) x)"
    assert e("new F().x") == "(. (new F) x)"
    assert e("new F()(1)") == "(call (new F) 1)"
    assert e("new F.x") == "(new (. F x))"
    assert e("new (f())()") == "(new (call f))"
    assert e("new new F()()") == "(new (new F))"
    assert e("new new F") == "(new (new F))"
    assert e("new function () {}") == "(new (function () ))"
    node = parse("x = new Foo(1)").body[0].expr.value
    assert isinstance(node, ast.New) and (node.line, node.col) == (1, 5)


def test_sequence():
    assert e("a, b") == "(, a b)"
    assert e("x = (a, b)") == "(= x (, a b))"
    assert p("for (i = 0, j = 1; ; i++, j--) ;") == \
        "(for (, (= i 0) (= j 1)); _ (, (++post i) (--post j)) ;)"


# ---- functions and arrows -------------------------------------------------------------

def test_function_declarations_and_expressions():
    assert p("function f(a, b) { return a + b; }") == "(function-decl f (a b) (return (+ a b)))"
    assert p("function f(a, b,) {}") == "(function-decl f (a b) )"
    assert e("x = function () {}") == "(= x (function () ))"
    assert e("x = function g(n) { return g; }") == "(= x (function g (n) (return g)))"
    assert p("function f() { function g() {} { function h() {} } }") == \
        "(function-decl f () (function-decl g () ) {(function-decl h () )})"


def test_arrow_functions():
    assert e("x => x") == "(=> (x) (return x))"
    assert e("() => 1") == "(=> () (return 1))"
    assert e("(a) => a") == "(=> (a) (return a))"
    assert e("(a, b,) => a") == "(=> (a b) (return a))"
    assert e("(a, b) => { return a; }") == "(=> (a b) (return a))"
    assert e("x => {}") == "(=> (x) )"
    assert e("() => ({a: 1})") == "(=> () (return {a: 1}))"
    assert e("a => b => a + b") == "(=> (a) (return (=> (b) (return (+ a b)))))"
    assert e("x = a => a, 1") == "(, (= x (=> (a) (return a))) 1)"
    assert e("f(a => a * 2, b)") == "(call f (=> (a) (return (* a 2))) b)"
    assert e("c ? x => 1 : y => 2") == "(? c (=> (x) (return 1)) (=> (y) (return 2)))"
    assert e("(a\n) => a") == "(=> (a) (return a))"
    assert e("async => async") == "(=> (async) (return async))"
    arrow = parse("f = (a, b) => a").body[0].expr.value
    assert isinstance(arrow, ast.FunctionExpr) and arrow.is_arrow and arrow.name is None
    assert (arrow.line, arrow.col) == (1, 5)
    ret = arrow.body[0]
    assert isinstance(ret, ast.Return) and (ret.line, ret.col) == (1, 15)


def test_arrow_expression_body_ends_at_comma_and_closing_tokens():
    assert e("[x => x, 2]") == "[(=> (x) (return x)) 2]"
    assert e("({f: x => x, g: 1})") == "{f: (=> (x) (return x)), g: 1}"


def test_return_and_arguments_inside_functions():
    assert in_function("return;") == "(return _)"
    assert in_function("return a, b;") == "(return (, a b))"
    assert in_function("return arguments.length") == "(return (. arguments length))"


# ---- statements -----------------------------------------------------------------------

def test_variable_declarations():
    assert p("var a;") == "(var a)"
    assert p("var a = 1, b, c = a;") == "(var a = 1, b, c = a)"
    assert p("let x = 1;") == "(let x = 1)"
    assert p("const x = 1, y = 2;") == "(const x = 1, y = 2)"
    decl = parse("var a = 1,\n    bb = 2;").body[0]
    assert (decl.line, decl.col) == (1, 1)
    assert [(n, line, col) for n, _, line, col in decl.decls] == [("a", 1, 5), ("bb", 2, 5)]


def test_let_is_an_identifier_where_no_binding_follows():
    assert p("let = 5") == "(= let 5);"
    assert p("var let = 1") == "(var let = 1)"
    assert p("let\nx = 1") == "(let x = 1)"
    assert p("let.x") == "(. let x);"


def test_blocks_and_empty_statements():
    assert p("{}") == "{}"
    assert p("{ a; { b } }") == "{a; {b;}}"
    assert p(";;") == "; ;"
    assert p("if (a);") == "(if a ; _)"


def test_if_else():
    assert p("if (a) b; else c;") == "(if a b; c;)"
    assert p("if (a) b") == "(if a b; _)"
    assert p("if (a) { b } else if (c) { d } else { e }") == "(if a {b;} (if c {d;} {e;}))"
    # dangling else binds to the nearest if
    assert p("if (a) if (b) c; else d;") == "(if a (if b c; d;) _)"
    # Annex B: a function declaration as an if body is wrapped in a block
    assert p("if (a) function f() {} else function g() {}") == \
        "(if a {(function-decl f () )} {(function-decl g () )})"


def test_loops():
    assert p("while (a) b;") == "(while a b;)"
    assert p("while (a) { if (b) break; else continue; }") == \
        "(while a {(if b break; continue;)})"
    assert p("do a; while (b)") == "(do a; b)"
    assert p("do { a } while (b);") == "(do {a;} b)"
    assert p("for (;;) break;") == "(for _ _ _ break;)"
    assert p("for (var i = 0; i < n; i++) a;") == "(for (var i = 0) (< i n) (++post i) a;)"
    assert p("for (let i = 0, j; i < j; ) {}") == "(for (let i = 0, j) (< i j) _ {})"
    assert p("for (const k = 1; ; ) break;") == "(for (const k = 1) _ _ break;)"
    assert p("for (i = 0; i < 3; i += 1) ;") == "(for (= i 0); (< i 3) (+= i 1) ;)"
    assert p("for (let;;) break;") == "(for let; _ _ break;)"


def test_break_and_continue_in_nested_loops_and_functions():
    assert p("for (;;) { while (a) { break; } continue; }") == \
        "(for _ _ _ {(while a {break;}) continue;})"
    # a function inside a loop starts a fresh context, so this is only legal inside
    assert p("while (a) { f = function () { while (b) break; }; }") == \
        "(while a {(= f (function () (while b break;)));})"


# ---- automatic semicolon insertion ------------------------------------------------------

@pytest.mark.parametrize("source, rendered", [
    ("a\nb", "a; b;"),
    ("a = 1\nb = 2", "(= a 1); (= b 2);"),
    ("var a = 1\nvar b", "(var a = 1) (var b)"),
    ("a\n++b", "a; (++pre b);"),                     # postfix ++ must be on the same line
    ("a\n--\nb", "a; (--pre b);"),
    ("a++\nb", "(++post a); b;"),
    ("{ a } b", "{a;} b;"),                            # before }
    ("{ a; b }", "{a; b;}"),
    ("a", "a;"),                                       # at EOF
    ("a\n(b)", "(call a b);"),                         # no ASI: ( continues the expression
    ("a\n[b]", "([] a b);"),
    ("a\n.b", "(. a b);"),
    ("a = b\n+c", "(= a (+ b c));"),
    ("a = b\n/c/d", "(= a (/ (/ b c) d));"),           # / after an operand divides
    ("do a; while (b) c", "(do a; b) c;"),             # a do-while's ) ends it
    ("do a\nwhile (b)\nc", "(do a; b) c;"),
    ("if (a) b\nelse c", "(if a b; c;)"),
    ("x = y => y\n(1)", "(= x (=> (y) (return (call y 1))));"),
    ("x = () => {}\n(1)", "(= x (=> () )); 1;"),
    ("var a = 1, b = 2\na", "(var a = 1, b = 2) a;"),
    ("a /* multi\nline */ b", "a; b;"),
    ("a // line\nb", "a; b;"),
])
def test_asi(source, rendered):
    assert p(source) == rendered


@pytest.mark.parametrize("source, rendered", [
    ("return\na", "(return _) a;"),
    ("return /* \n */ a", "(return _) a;"),
    ("return a\n+ b", "(return (+ a b))"),
    ("for (;;) { break\na }", "(for _ _ _ {break; a;})"),
    ("for (;;) { continue\na }", "(for _ _ _ {continue; a;})"),
])
def test_asi_restricted_productions(source, rendered):
    assert in_function(source) == rendered


@pytest.mark.parametrize("source, message, line, col", [
    ("a b", "Unexpected identifier 'b'", 1, 3),
    ("a = 1 2", "Unexpected number", 1, 7),
    ("if (a) b else c", "Unexpected token 'else'", 1, 10),
    ("for (a\nb\nc) ;", "Unexpected identifier 'b'", 2, 1),  # no ASI inside a for header
    ("{ a b }", "Unexpected identifier 'b'", 1, 5),
    ("x\n=> 1", "Unexpected token '=>'", 2, 1),           # no line break before =>
    ("() => {} ()", "Unexpected token '('", 1, 10),
])
def test_no_asi_where_the_spec_forbids(source, message, line, col):
    assert syntax_error(source) == (message, line, col)


# ---- positions of nodes ------------------------------------------------------------------

def test_node_positions_are_first_token():
    prog = parse("x = a.b + c * d;\n  if (x) {\n    foo(1);\n  }")
    stmt = prog.body[0]
    assign = stmt.expr
    assert (stmt.line, stmt.col) == (1, 1)
    assert (assign.value.line, assign.value.col) == (1, 5)          # a.b + c * d starts at a
    assert (assign.value.right.line, assign.value.right.col) == (1, 11)
    if_stmt = prog.body[1]
    assert (if_stmt.line, if_stmt.col) == (2, 3)
    call = if_stmt.then.body[0].expr
    assert (call.line, call.col, call.args[0].col) == (3, 5, 9)
    fn = parse("\n\nfunction f() {}").body[0]
    assert (fn.line, fn.col) == (3, 1)


# ---- early errors ------------------------------------------------------------------------

@pytest.mark.parametrize("source, line, col", [
    ("let x; var x;", 1, 12),
    ("var x; let x;", 1, 12),
    ("let x; let x;", 1, 12),
    ("const x = 1; let x;", 1, 18),
    ("let x = 1\nconst x = 2", 2, 7),
    ("{ var x; } let x;", 1, 16),
    ("let x; { var x; }", 1, 14),
    ("let x = 1; { let y; { var x = 3; } }", 1, 27),
    ("function f() { var x; let x; }", 1, 27),
    ("function f() { let x; { var x; } }", 1, 29),
    ("function g(a) { let a; }", 1, 21),
    ("function g(a) { const a = 1; }", 1, 23),
    ("x => { let x; }", 1, 12),
    ("let f; function f() {}", 1, 8),
    ("function f() {} let f", 1, 21),
    ("{ let f; function f() {} }", 1, 10),
    ("{ function f() {} let f; }", 1, 23),
    ("{ function f() {} var f; }", 1, 23),
    ("for (let i;;) { var i; }", 1, 21),
    ("for (let i = 0, i = 1;;) {}", 1, 17),
    ("const a = 1, a = 2", 1, 14),
])
def test_redeclaration_errors(source, line, col):
    message, err_line, err_col = syntax_error(source)
    name = source.splitlines()[line - 1][col - 1:].split()[0]
    if name == "function":
        name = source.splitlines()[line - 1][col - 1:].split()[1].split("(")[0]
    assert message == f"Identifier '{name.rstrip(';')}' has already been declared"
    assert (err_line, err_col) == (line, col)


@pytest.mark.parametrize("source", [
    "var x; var x;",
    "var x; function x() {}",
    "function x() {} var x;",
    "function x() {} function x() {}",
    "let x; { let x; }",
    "let x; function f() { var x; }",
    "function f(a) { var a; }",
    "function f(a) { function a() {} }",
    "function f(a) { { let a; } }",
    "function f(a, a) {}",                          # sloppy-mode simple parameters
    "(x) => { var x; }",
    "for (let i = 0; ; ) { let i; }",
    "for (let i;;) {} for (let i;;) {}",
    "{ function f() {} function f() {} }",           # Annex B
    "{ let x; } { let x; }",
    "(function f() { let f; })",
    "let x; (function () { let x; })",
    "if (a) function f() {}\nlet g;",
])
def test_legal_redeclarations(source):
    parse(source)


@pytest.mark.parametrize("source, message, line, col", [
    ("break;", "Illegal break statement", 1, 1),
    ("if (a) { break; }", "Illegal break statement", 1, 10),
    ("while (a) { function f() { break; } }", "Illegal break statement", 1, 28),
    ("continue;", "Illegal continue statement: no surrounding iteration statement", 1, 1),
    ("while (a) { x = () => { continue; } }",
     "Illegal continue statement: no surrounding iteration statement", 1, 25),
    ("return 1;", "Illegal return statement", 1, 1),
    ("{ return; }", "Illegal return statement", 1, 3),
    ("class A { static { return; } }", "Illegal return statement", 1, 20),
    ("x = new.target", "new.target expression is not allowed here", 1, 5),
    ("x = () => new.target", "new.target expression is not allowed here", 1, 11),
    ("function f() { new.tar; }", "Unexpected identifier 'tar'", 1, 20),
    ("while (a) break foo;", "Undefined label 'foo'", 1, 17),
    ("while (a) continue foo;", "Undefined label 'foo'", 1, 20),
    ("const x;", "Missing initializer in const declaration", 1, 7),
    ("const x = 1, y;", "Missing initializer in const declaration", 1, 14),
    ("for (const i; ; ) ;", "Missing initializer in const declaration", 1, 12),
    ("let let = 1", "let is disallowed as a lexically bound name", 1, 5),
    ("(a, a) => 1", "Duplicate parameter name not allowed in this context", 1, 5),
    ("(a, b, c, b) => 1", "Duplicate parameter name not allowed in this context", 1, 11),
    ("if (a) let x = 1;", "Lexical declaration cannot appear in a single-statement context", 1, 8),
    ("while (a) const x = 1;",
     "Lexical declaration cannot appear in a single-statement context", 1, 11),
    ("while (a) function f() {}", "In non-strict mode code, functions can only be declared at "
     "top level, inside a block, or as the body of an if statement.", 1, 11),
    ("function () {}", "Function statements require a function name", 1, 1),
])
def test_context_errors(source, message, line, col):
    assert syntax_error(source) == (message, line, col)


def test_a_commonjs_module_may_return_at_its_top_level_but_not_from_a_static_block():
    from interpreter.frontend.parser import parse
    program = parse("if (a) return 1;\nreturn;", commonjs=True)
    assert program.commonjs and isinstance(program.body[1], ast.Return)
    with pytest.raises(JSSyntaxError) as e:
        parse("class A { static { return; } }", commonjs=True)
    assert (e.value.message, e.value.line, e.value.col) == ("Illegal return statement", 1, 20)


@pytest.mark.parametrize("source, message, line, col", [
    ("1 = 2", "Invalid left-hand side in assignment", 1, 1),
    ("a + b = 3", "Invalid left-hand side in assignment", 1, 1),
    ("x = a + b = 3", "Invalid left-hand side in assignment", 1, 5),
    ("(a, b) = 1", "Invalid left-hand side in assignment", 1, 1),
    ("({a}) = 1", "Invalid left-hand side in assignment", 1, 1),
    ("f() = 1", "Invalid left-hand side in assignment", 1, 1),
    ("a++ = 1", "Invalid left-hand side in assignment", 1, 1),
    ("this += 1", "Invalid left-hand side in assignment", 1, 1),
    ("++1", "Invalid left-hand side expression in prefix operation", 1, 3),
    ("--f()", "Invalid left-hand side expression in prefix operation", 1, 3),
    ("++(a + b)", "Invalid left-hand side expression in prefix operation", 1, 3),
    ("++a++", "Invalid left-hand side expression in prefix operation", 1, 3),
    ("1++", "Invalid left-hand side expression in postfix operation", 1, 1),
    ("x = (a + 1)--", "Invalid left-hand side expression in postfix operation", 1, 5),
    ("f()++", "Invalid left-hand side expression in postfix operation", 1, 1),
])
def test_invalid_targets(source, message, line, col):
    assert syntax_error(source) == (message, line, col)


# ---- strict-mode early errors and escaped words (node's messages and positions) ----------------
# 'use strict' with a non-simple parameter list; eval/arguments bound or assigned in strict code;
# words strict code reserves (class names included: class code is strict); function declarations
# as if/loop bodies; legacy octal literals and escapes; repeated parameter names; `arguments` in
# class field initializers; reserved words spelled with escapes (valid only as property names).

@pytest.mark.parametrize("source, message, line, col", [
    ("function f(a = 1) { 'use strict'; }", "Illegal 'use strict' directive in function with non-simple parameter list", 1, 21),
    ("function f(...a) { 'use strict'; }", "Illegal 'use strict' directive in function with non-simple parameter list", 1, 20),
    ('function f({a}) { "use strict"; }', "Illegal 'use strict' directive in function with non-simple parameter list", 1, 19),
    ("function f([a]) { 'use strict' }", "Illegal 'use strict' directive in function with non-simple parameter list", 1, 19),
    ("var g = function (a, b = 2) { 'use strict'; return a; };", "Illegal 'use strict' directive in function with non-simple parameter list", 1, 31),
    ("var h = (a = 1) => { 'use strict'; };", "Illegal 'use strict' directive in function with non-simple parameter list", 1, 22),
    ("var h = ({a}) => { 'use strict'; };", "Illegal 'use strict' directive in function with non-simple parameter list", 1, 20),
    ("var h = (...r) => { 'use strict'; };", "Illegal 'use strict' directive in function with non-simple parameter list", 1, 21),
    ("var o = { m(a = 1) { 'use strict'; } };", "Illegal 'use strict' directive in function with non-simple parameter list", 1, 22),
    ("var o = { set x([a]) { 'use strict'; } };", "Illegal 'use strict' directive in function with non-simple parameter list", 1, 24),
    ("class C { m(a = 1) { 'use strict'; } }", "Illegal 'use strict' directive in function with non-simple parameter list", 1, 22),
    ("class C { static m(...a) { 'use strict'; } }", "Illegal 'use strict' directive in function with non-simple parameter list", 1, 28),
    ("class C { constructor({a}) { 'use strict'; } }", "Illegal 'use strict' directive in function with non-simple parameter list", 1, 30),
    ("function f(a = 1) { 'other'; 'use strict'; }", "Illegal 'use strict' directive in function with non-simple parameter list", 1, 30),
    ("'use strict'; var arguments;", 'Unexpected eval or arguments in strict mode', 1, 19),
    ("'use strict'; var eval = 1;", 'Unexpected eval or arguments in strict mode', 1, 19),
    ("'use strict'; let eval = 1;", 'Unexpected eval or arguments in strict mode', 1, 19),
    ("'use strict'; const arguments = 1;", 'Unexpected eval or arguments in strict mode', 1, 21),
    ("'use strict'; function eval() {}", 'Unexpected eval or arguments in strict mode', 1, 24),
    ("'use strict'; function f(eval) {}", 'Unexpected eval or arguments in strict mode', 1, 26),
    ("'use strict'; function f(a, arguments) {}", 'Unexpected eval or arguments in strict mode', 1, 29),
    ("'use strict'; (function arguments() {});", 'Unexpected eval or arguments in strict mode', 1, 25),
    ("function eval() { 'use strict'; }", 'Unexpected eval or arguments in strict mode', 1, 10),
    ("function f(eval) { 'use strict'; }", 'Unexpected eval or arguments in strict mode', 1, 12),
    ("function f(a, a) { 'use strict'; }", 'Duplicate parameter name not allowed in this context', 1, 15),
    ("'use strict'; function f(a, a) {}", 'Duplicate parameter name not allowed in this context', 1, 29),
    ("'use strict'; try {} catch (eval) {}", 'Unexpected eval or arguments in strict mode', 1, 29),
    ("'use strict'; try {} catch ([eval]) {}", 'Invalid destructuring assignment target', 1, 30),
    ("'use strict'; var [eval] = [];", 'Invalid destructuring assignment target', 1, 20),
    ("'use strict'; var {a: arguments} = {};", 'Invalid destructuring assignment target', 1, 23),
    ("'use strict'; let {eval} = {};", 'Unexpected eval or arguments in strict mode', 1, 20),
    ("'use strict'; var f = eval => 1;", 'Unexpected eval or arguments in strict mode', 1, 23),
    ("'use strict'; var f = (arguments) => 1;", 'Unexpected eval or arguments in strict mode', 1, 24),
    ("var f = (eval) => { 'use strict'; };", 'Unexpected eval or arguments in strict mode', 1, 10),
    ("'use strict'; eval = 1;", 'Unexpected eval or arguments in strict mode', 1, 15),
    ("'use strict'; arguments = 1;", 'Unexpected eval or arguments in strict mode', 1, 15),
    ("'use strict'; eval++;", 'Unexpected eval or arguments in strict mode', 1, 15),
    ("'use strict'; --arguments;", 'Unexpected eval or arguments in strict mode', 1, 17),
    ("'use strict'; eval += 1;", 'Unexpected eval or arguments in strict mode', 1, 15),
    ("'use strict'; arguments ||= 1;", 'Unexpected eval or arguments in strict mode', 1, 15),
    ("'use strict'; [eval] = [1];", 'Invalid destructuring assignment target', 1, 16),
    ("'use strict'; ({a: arguments} = {});", 'Invalid destructuring assignment target', 1, 20),
    ("'use strict'; ({eval} = {});", 'Unexpected eval or arguments in strict mode', 1, 17),
    ("'use strict'; ({eval = 1} = {});", 'Unexpected eval or arguments in strict mode', 1, 17),
    ("'use strict'; for (eval in {}) ;", 'Unexpected eval or arguments in strict mode', 1, 20),
    ("'use strict'; for (arguments of []) ;", 'Unexpected eval or arguments in strict mode', 1, 20),
    ("'use strict'; for (let eval of []) ;", 'Unexpected eval or arguments in strict mode', 1, 24),
    ("function f() { 'use strict'; eval = 1; }", 'Unexpected eval or arguments in strict mode', 1, 30),
    ('class C { m() { arguments = 1; } }', 'Unexpected eval or arguments in strict mode', 1, 17),
    ('class C { m(eval) {} }', 'Unexpected eval or arguments in strict mode', 1, 13),
    ("'use strict'; (eval) = 1;", 'Unexpected eval or arguments in strict mode', 1, 15),
    ('class let {}', 'Unexpected strict mode reserved word', 1, 7),
    ('class static {}', 'Unexpected strict mode reserved word', 1, 7),
    ('class yield {}', 'Unexpected strict mode reserved word', 1, 7),
    ('class implements {}', 'Unexpected strict mode reserved word', 1, 7),
    ('var C = class let {};', 'Unexpected strict mode reserved word', 1, 15),
    ('var C = class static {};', 'Unexpected strict mode reserved word', 1, 15),
    ('class eval {}', 'Unexpected eval or arguments in strict mode', 1, 7),
    ('class arguments {}', 'Unexpected eval or arguments in strict mode', 1, 7),
    ('class package {}', 'Unexpected strict mode reserved word', 1, 7),
    ('class interface {}', 'Unexpected strict mode reserved word', 1, 7),
    ('class protected {}', 'Unexpected strict mode reserved word', 1, 7),
    ("'use strict'; if (1) function f() {}", 'In strict mode code, functions can only be declared at top level or inside a block.', 1, 22),
    ("'use strict'; if (1) ; else function f() {}", 'In strict mode code, functions can only be declared at top level or inside a block.', 1, 29),
    ("function g() { 'use strict'; if (1) function f() {} }", 'In strict mode code, functions can only be declared at top level or inside a block.', 1, 37),
    ('class C { m() { if (1) function f() {} } }', 'In strict mode code, functions can only be declared at top level or inside a block.', 1, 24),
    ("'use strict'; var implements;", 'Unexpected strict mode reserved word', 1, 19),
    ("'use strict'; var interface = 1;", 'Unexpected strict mode reserved word', 1, 19),
    ("'use strict'; let package;", 'Unexpected strict mode reserved word', 1, 15),
    ("'use strict'; var private, protected, public;", 'Unexpected strict mode reserved word', 1, 19),
    ("'use strict'; var static;", 'Unexpected strict mode reserved word', 1, 19),
    ("'use strict'; var yield;", 'Unexpected strict mode reserved word', 1, 19),
    ("'use strict'; var let;", 'Unexpected strict mode reserved word', 1, 19),
    ("'use strict'; function f(static) {}", 'Unexpected strict mode reserved word', 1, 26),
    ("'use strict'; implements = 1;", 'Unexpected strict mode reserved word', 1, 15),
    ("'use strict'; x = yield;", 'Unexpected strict mode reserved word', 1, 19),
    ("'use strict'; public: ;", 'Unexpected strict mode reserved word', 1, 15),
    ("function static() { 'use strict'; }", 'Unexpected strict mode reserved word', 1, 10),
    ("function f(yield) { 'use strict'; }", 'Unexpected strict mode reserved word', 1, 12),
    ("'use strict'; var f = static => 1;", 'Unexpected strict mode reserved word', 1, 23),
    ("'use strict'; var v\\u0061r;", 'Keyword must not contain escaped characters', 1, 19),
    ('var v\\u0061r;', 'Keyword must not contain escaped characters', 1, 5),
    ("'use strict'; var l\\u0065t = 1;", 'Keyword must not contain escaped characters', 1, 19),
    ("'use strict'; var st\\u0061tic = 1;", 'Keyword must not contain escaped characters', 1, 19),
    ("'use strict'; var \\u0079ield = 1;", 'Unexpected strict mode reserved word', 1, 19),
    ("'use strict'; var impl\\u0065ments;", 'Keyword must not contain escaped characters', 1, 19),
    ('var o = { \\u0069f };', 'Keyword must not contain escaped characters', 1, 11),
    ('\\u0069f (1) ;', 'Keyword must not contain escaped characters', 1, 1),
    ('var x = th\\u0069s;', 'Keyword must not contain escaped characters', 1, 9),
    ('var x = \\u0074rue;', 'Keyword must not contain escaped characters', 1, 9),
    ('var x = n\\u0075ll;', 'Keyword must not contain escaped characters', 1, 9),
    ('l\\u0065t x = 1;', "Unexpected identifier 'x'", 1, 10),
    ('for (var x o\\u0066 []) ;', "Unexpected identifier 'of'", 1, 12),
    ('class C { st\\u0061tic m() {} }', "Unexpected identifier 'm'", 1, 23),
    ('var o = { g\\u0065t x() {} };', 'Keyword must not contain escaped characters', 1, 11),
    ("'use strict'; var x = 010;", 'Octal literals are not allowed in strict mode.', 1, 23),
    ("'use strict'; var x = 08;", 'Decimals with leading zeros are not allowed in strict mode.', 1, 23),
    ("'use strict'; var x = '\\01';", 'Octal escape sequences are not allowed in strict mode.', 1, 25),
    ("'use strict'; var x = '\\8';", '\\8 and \\9 are not allowed in strict mode.', 1, 24),
    ("function f() { '\\01'; 'use strict'; }", 'Octal escape sequences are not allowed in strict mode.', 1, 18),
    ("function f() { 'use strict'; return 010; }", 'Octal literals are not allowed in strict mode.', 1, 37),
    ('class C { x = arguments; }', "'arguments' is not allowed in class field initializer or static initialization block", 1, 15),
    ('class C { static { arguments; } }', "'arguments' is not allowed in class field initializer or static initialization block", 1, 20),
    ('class C { x = () => arguments; }', "'arguments' is not allowed in class field initializer or static initialization block", 1, 21),
    ("'use strict'; with (a) {}", 'Strict mode code may not include a with statement', 1, 15),
    ("'use strict'; delete x;", 'Delete of an unqualified identifier in strict mode.', 1, 22),
    ("'use strict'; delete (x);", 'Delete of an unqualified identifier in strict mode.', 1, 24),
    ("'use strict'; delete ((x));", 'Delete of an unqualified identifier in strict mode.', 1, 26),
    ('function f(a = 1, a) {}', 'Duplicate parameter name not allowed in this context', 1, 19),
    ('function f(a, [a]) {}', 'Duplicate parameter name not allowed in this context', 1, 16),
    ('function f(a = 1) { let a; }', "Identifier 'a' has already been declared", 1, 25),
    ("'use strict'; label: function f() {}", 'In strict mode code, functions can only be declared at top level or inside a block.', 1, 22),
    ("'use strict'; ({ eval }) => 1;", 'Unexpected eval or arguments in strict mode', 1, 18),
    ("'use strict'; ({ eval } = 1) => 1;", 'Unexpected eval or arguments in strict mode', 1, 18),
    ("({ eval }) => { 'use strict' };", "Illegal 'use strict' directive in function with non-simple parameter list", 1, 17),
    ('class C { g\\u0065t x() {} }', 'Keyword must not contain escaped characters', 1, 11),
    ('\\u0061sync function f(){}', 'Keyword must not contain escaped characters', 1, 1),
    ('var o = {\\u0061sync m(){}}', 'Keyword must not contain escaped characters', 1, 10),
    ('class C { \\u0061sync m(){} }', 'Keyword must not contain escaped characters', 1, 11),
    ('class C { static g\\u0065t x() {} }', 'Keyword must not contain escaped characters', 1, 18),
    ('class C { st\\u0061tic m() {} }', "Unexpected identifier 'm'", 1, 23),
    ('for (\\u006cet x of []) ;', "Unexpected identifier 'x'", 1, 15),
    ('var x = \\u0061sync function(){}', "Unexpected token 'function'", 1, 20),
    ('var x = n\\u0065w Object()', 'Keyword must not contain escaped characters', 1, 9),
    ('var x = typ\\u0065of 1', 'Keyword must not contain escaped characters', 1, 9),
    ('a: while(1) { br\\u0065ak a; }', 'Keyword must not contain escaped characters', 1, 15),
    ('var C = class \\u0065xtends {}', 'Keyword must not contain escaped characters', 1, 15),
    ('class C extends Object { m() { s\\u0075per.x } }', 'Keyword must not contain escaped characters', 1, 32),
    ("'use strict'; \\u0065val = 1;", 'Unexpected eval or arguments in strict mode', 1, 15),
    ("'use strict'; var \\u0065val;", 'Unexpected eval or arguments in strict mode', 1, 19),
    ('\\u0069f: ;', 'Keyword must not contain escaped characters', 1, 1),
    ("'use strict'; \\u006cet: ;", 'Keyword must not contain escaped characters', 1, 15),
    ("'use strict'; 'ab\\12c'", 'Octal escape sequences are not allowed in strict mode.', 1, 19),
    ("'use strict'; '\\00'", 'Octal escape sequences are not allowed in strict mode.', 1, 17),
    ("'use strict'; 'xy\\8'", '\\8 and \\9 are not allowed in strict mode.', 1, 18),
    ("'use strict'; 'a\\9'", '\\8 and \\9 are not allowed in strict mode.', 1, 17),
    ("'use strict'; 0777", 'Octal literals are not allowed in strict mode.', 1, 15),
    ("'use strict'; 09.5", 'Decimals with leading zeros are not allowed in strict mode.', 1, 15),
    ("'use strict'; 00", 'Octal literals are not allowed in strict mode.', 1, 15),
    ("'use strict'; x = {010: 1}", 'Octal literals are not allowed in strict mode.', 1, 20),
    ("'use strict'; x = {'\\01': 1}", 'Octal escape sequences are not allowed in strict mode.', 1, 22),
    ("function f(a = '\\1') { 'use strict' }", "Illegal 'use strict' directive in function with non-simple parameter list", 1, 24),
    ("'use strict'; var a = 010, b = 011;", 'Octal literals are not allowed in strict mode.', 1, 32),
    ("'use strict'; var a = 010; var b = 'x\\8';", '\\8 and \\9 are not allowed in strict mode.', 1, 38),
    ("function f() { 'use strict'; 010; } 011", 'Octal literals are not allowed in strict mode.', 1, 30),
    ("'use strict'; function f() { 010; } 011; function g() {}", 'Octal literals are not allowed in strict mode.', 1, 30),
    ("function f() { 'use strict'; 010; function g() { 011 } }", 'Octal literals are not allowed in strict mode.', 1, 50),
    ("'use strict'; var f = () => 010; 1", 'Octal literals are not allowed in strict mode.', 1, 29),
    ("'use strict'; class C { m() { 010 } }", 'Octal literals are not allowed in strict mode.', 1, 31),
    ('class C { m() { return 010 } }', 'Octal literals are not allowed in strict mode.', 1, 24),
    ('class C { m(a = 010) {} }', 'Octal literals are not allowed in strict mode.', 1, 17),
    ("'use strict'; ({m(a = 010) {}})", 'Octal literals are not allowed in strict mode.', 1, 23),
    ("'use strict'; (a = 010) => 1", 'Octal literals are not allowed in strict mode.', 1, 20),
    ("'use strict'; let yield;", 'Unexpected strict mode reserved word', 1, 19),
    ("'use strict'; let implements = 1", 'Unexpected strict mode reserved word', 1, 15),
    ("'use strict'; const package = 1", 'Unexpected strict mode reserved word', 1, 21),
    ("'use strict'; let static", 'Unexpected strict mode reserved word', 1, 19),
    ("'use strict'; let [package] = []", 'Unexpected strict mode reserved word', 1, 20),
    ("'use strict'; for (let static of []) ;", 'Unexpected strict mode reserved word', 1, 24),
    ("'use strict'; for (let implements of []) ;", 'Unexpected strict mode reserved word', 1, 20),
    ("function f(a, a) { 'use strict' }", 'Duplicate parameter name not allowed in this context', 1, 15),
    ('var o = { m(a, a) {} }', 'Duplicate parameter name not allowed in this context', 1, 16),
    ('class C { m(a, a) {} }', 'Duplicate parameter name not allowed in this context', 1, 16),
    ('var f = (a, a) => 1', 'Duplicate parameter name not allowed in this context', 1, 13),
    ('function f(a, ...a) {}', 'Duplicate parameter name not allowed in this context', 1, 18),
    ('function f(a, {b, a}) {}', 'Duplicate parameter name not allowed in this context', 1, 19),
    ('function f(a, [a] = []) {}', 'Duplicate parameter name not allowed in this context', 1, 16),
    ('function f([a, a]) {}', 'Duplicate parameter name not allowed in this context', 1, 16),
    ("'use strict'; var o = { m() { var static = 1; } }", 'Unexpected strict mode reserved word', 1, 35),
    ("'use strict'; while (0) function f() {}", 'In strict mode code, functions can only be declared at top level or inside a block.', 1, 25),
    ('while (0) function f() {}', 'In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.', 1, 11),
    ("'use strict'; label: function f() {}", 'In strict mode code, functions can only be declared at top level or inside a block.', 1, 22),
    ('class C { x = arguments }', "'arguments' is not allowed in class field initializer or static initialization block", 1, 15),
    ('class C { x = { arguments } }', "'arguments' is not allowed in class field initializer or static initialization block", 1, 17),
    ('class C { static x = () => { arguments } }', "'arguments' is not allowed in class field initializer or static initialization block", 1, 30),
    ('function f() { class C { static { var g = () => arguments; } } }', "'arguments' is not allowed in class field initializer or static initialization block", 1, 49),
    ("'use strict'; ({ a: eval } = {})", 'Invalid destructuring assignment target', 1, 21),
    ("'use strict'; [(eval)] = []", 'Invalid destructuring assignment target', 1, 16),
    ("'use strict'; [((arguments))] = []", 'Invalid destructuring assignment target', 1, 16),
    ("'use strict'; yield: ;", 'Unexpected strict mode reserved word', 1, 15),
    ("'use strict'; a: { break yield; }", 'Unexpected strict mode reserved word', 1, 26),
    ("'use strict'; x = { static }", 'Unexpected strict mode reserved word', 1, 21),
    ("'use strict'; function f(interface) {}", 'Unexpected strict mode reserved word', 1, 26),
    ("'use strict'; try {} catch (static) {}", 'Unexpected strict mode reserved word', 1, 29),
    ("'use strict'; try {} catch ({ a: static }) {}", 'Unexpected strict mode reserved word', 1, 34),
    ("'use strict'; (package) => 1", 'Unexpected strict mode reserved word', 1, 16),
    ("(package) => { 'use strict' }", 'Unexpected strict mode reserved word', 1, 2),
    ("package => { 'use strict' }", 'Unexpected strict mode reserved word', 1, 1),
    ("'use strict'; x = static => 1", 'Unexpected strict mode reserved word', 1, 19),
    ("'use strict'; class static {}", 'Unexpected strict mode reserved word', 1, 21),
    ('let [let] = [];', 'let is disallowed as a lexically bound name', 1, 6),
    ('const {let} = {};', 'let is disallowed as a lexically bound name', 1, 8),
    ('({__proto__: 1, __proto__: 2});', 'Duplicate __proto__ fields are not allowed in object literals', 1, 17),
    ('({__proto__: 1, "__proto__": 2});', 'Duplicate __proto__ fields are not allowed in object literals', 1, 17),
    ('if (1) label: function f() {}', 'In non-strict mode code, functions can only be declared at top level, '
     'inside a block, or as the body of an if statement.', 1, 15),
    ("'use strict'; { function f() {} function f() {} }", "Identifier 'f' has already been declared", 1, 33),
])
def test_strict_and_escape_early_errors(source, message, line, col):
    assert syntax_error(source) == (message, line, col)


@pytest.mark.parametrize("source", [
    "function f(a) { 'use strict'; }",
    "function f(a = 1) { x; 'use strict'; }",
    "'use strict'; eval: ;",
    "'use strict'; arguments.x = 1; eval(1); var y = arguments;",
    'eval = 1; arguments = 2; var eval; function arguments() {}',
    'var l\\u0065t = 1;',
    'var st\\u0061tic = 1;',
    'var \\u0079ield = 1;',
    'var o = { \\u0063ase() {} };',
    'var o = { \\u0063ase: 1 };',
    'o.\\u0064ebugger;',
    'o.\\u0069f = 1;',
    'class C { \\u0063lass() {} }',
    'class C { static \\u0064efault() {} }',
    'var {\\u0069f: x} = {};',
    'var o = { get \\u0069f() {} };',
    'var o = { \\u0074rue: 1 };',
    'var \\u0061sync = 1;',
    "'use strict'; var x = '\\0';",
    'class C { x = function () { arguments; } }',
    'function f(...a) { var a; }',
    "'use strict'; x = { eval: 1, arguments: 2 };",
    "'use strict'; var o = { eval() {}, arguments() {} };",
    "'use strict'; o.eval = 1; o.arguments++;",
    'class C { st\\u0061tic() {} }',
    'var o = { g\\u0065t: 1, s\\u0065t() {} }',
    'var \\u0061sync = 1; \\u0061sync',
    'for (\\u006cet in {}) ;',
    'var x = \\u0061sync => 1',
    "'use strict'; var x = \\u0065val;",
    'var \\u{61}b = 1',
    'var o = {\\u0069f: 1}; o.\\u0069f',
    '\\u006cet: ;',
    "'use strict'; '\\0'",
    "function f() { 010; 'use strict'; }",
    'class C extends (010, Object) {}',
    'class C { [010]() {} }',
    "'use strict'; 0x10 + 0o10 + 0b10 + 1e3 + 0.010",
    'class C { x = 010 }',
    'class C { static { 010 } }',
    "class C { ['\\1']() {} }",
    'let static',
    'let yield = 1',
    'function f(a, a) {}',
    'var f = function (a, b, a) {}',
    'var o = { m() { var static = 1; eval = 2; } }',
    'var o = { get x() { var static; return 1 } }',
    'class C { x = function () { return arguments } }',
    'class C { [arguments] = 1 }',
    "'use strict'; ({ eval: a } = {})",
    "'use strict'; [a.eval, arguments.x] = []",
    "'use strict'; x = { static: 1, yield() {} }",
    "'use strict'; x.static = x.yield",
    'x = { static, yield, let, implements }',
    "function f() { var interface; 'use strict'; }",
    "'use strict'; typeof arguments; arguments[0]; arguments.length",
    '({__proto__: 1, ["__proto__"]: 2, __proto__() {}});',
    'var a, b; ({ __proto__: a, __proto__: b } = {});',
    '{ function f() {} function f() {} }',
    'switch (0) { case 0: function f() {} case 1: function f() {} }',
])
def test_strict_and_escape_valid_sources(source):
    parse(source)


# ---- ordinary syntax errors, V8 messages and positions -------------------------------------

@pytest.mark.parametrize("source, message, line, col", [
    ("let x = ;", "Unexpected token ';'", 1, 9),
    ("}", "Unexpected token '}'", 1, 1),
    (")", "Unexpected token ')'", 1, 1),
    ("foo bar", "Unexpected identifier 'bar'", 1, 5),
    ("let x = 'a' 'b'", "Unexpected string", 1, 13),
    ("let x = 1 2", "Unexpected number", 1, 11),
    ("var if = 1", "Unexpected token 'if'", 1, 5),
    ("var true", "Unexpected token 'true'", 1, 5),
    ("var enum = 1", "Unexpected reserved word", 1, 5),
    ("x = this this", "Unexpected token 'this'", 1, 10),
    ("var x = y +* 2", "Unexpected token '*'", 1, 12),
    ("if (x {", "Unexpected token '{'", 1, 7),
    ("for (a b)", "Unexpected identifier 'b'", 1, 8),
    ("x = (1,)", "Unexpected token ')'", 1, 8),
    ("x = ()", "Unexpected token ')'", 1, 6),
    ("a.1", "Unexpected number", 1, 2),
    ("x = 010.5", "Unexpected number", 1, 8),
    ("({if})", "Unexpected token 'if'", 1, 3),
    ("({a: 1 b: 2})", "Unexpected identifier 'b'", 1, 8),
    ("({x = 1})", "Invalid shorthand property initializer", 1, 3),
    ("f(1, 2", "missing ) after argument list", 1, 6),
    ("f(1 2)", "missing ) after argument list", 1, 3),
    ("f(a + b c)", "missing ) after argument list", 1, 7),
    ("f(a;", "missing ) after argument list", 1, 3),
    ("f(,)", "Unexpected token ','", 1, 3),
    ("x = function (a b) {}", "Unexpected identifier 'b'", 1, 17),
    ("x = [1 2]", "Unexpected number", 1, 8),
    ("-2 ** 2", "Unary operator used immediately before exponentiation expression. "
     "Parenthesis must be used to disambiguate operator precedence", 1, 1),
    ("x = typeof a ** 2", "Unary operator used immediately before exponentiation expression. "
     "Parenthesis must be used to disambiguate operator precedence", 1, 5),
    ("a ?? b || c", "Unexpected token '||'", 1, 8),
    ("a || b ?? c", "Unexpected token '??'", 1, 8),
    ("a ?? b && c", "Unexpected token '&&'", 1, 8),
    ("a && b ?? c", "Unexpected token '??'", 1, 8),
    ("x = 3in y", "Invalid or unexpected token", 1, 5),
    ("x = 'abc", "Invalid or unexpected token", 1, 5),
    ("x = 1 @ 2", "Invalid or unexpected token", 1, 7),
    ("x = '\\x4g'", "Invalid hexadecimal escape sequence", 1, 6),
    ("o.x = (", "Unexpected end of input", 1, 8),
])
def test_v8_syntax_errors(source, message, line, col):
    assert syntax_error(source) == (message, line, col)


@pytest.mark.parametrize("source, line, col", [
    ("x = 1 +", 1, 8),
    ("var x = function", 1, 17),
    ("{", 1, 2),
    ("[1, 2", 1, 6),
    ("a.", 1, 3),
    ("new", 1, 4),
    ("function f() {\n  return 1;\n\n\n", 2, 12),     # just past the last token
    ("f(", 1, 3),
    ("x = a ? b :", 1, 12),
])
def test_unexpected_end_of_input(source, line, col):
    assert syntax_error(source) == ("Unexpected end of input", line, col)


def test_first_error_in_source_order_wins():
    # The lexical error comes later than the parse error, so the parse error is reported.
    assert syntax_error("let x = ;\nlet s = 'open") == ("Unexpected token ';'", 1, 9)
    assert syntax_error("let s = 'open\nlet x = ;") == ("Invalid or unexpected token", 1, 9)
    # and an unsupported construct after a parse error is not reached either
    assert syntax_error("a b; class C {}") == ("Unexpected identifier 'b'", 1, 3)


# ---- constructs outside the subset -------------------------------------------------------

@pytest.mark.parametrize("source, message, col", [
    ("with (o) {}", "'with' statements are not supported", 1),
    ("debugger;", "'debugger' statements are not supported", 1),
    ("import x from 'y'", "'import'/'export' are not supported", 1),
    ("export const x = 1", "'import'/'export' are not supported", 1),
    ("x = import('m')", "'import'/'export' are not supported", 5),
    ("x = /re/g", "regular expression literals are not supported", 5),
    ("if (a) /re/.test(s)", "regular expression literals are not supported", 8),
    ("for await (x of y) {}", "async functions are not supported", 1),
    ("function* g() {}", "generators are not supported", 1),
    ("x = function* () {}", "generators are not supported", 5),
    ("x = {*g() {}}", "generators are not supported", 6),
    ("async function f() {}", "async functions are not supported", 1),
    ("x = async function () {}", "async functions are not supported", 5),
    ("x = async () => 1", "async functions are not supported", 5),
    ("x = async y => 1", "async functions are not supported", 5),
    ("x = {async m() {}}", "async functions are not supported", 6),
    ("x = super.y", "'super' keyword unexpected here", 5),
    ("function f() { super(); }", "'super' keyword unexpected here", 16),
])
def test_unsupported_constructs_are_named(source, message, col):
    assert syntax_error(source) == (message, 1, col)


@pytest.mark.parametrize("source, message, col", [
    ("o.#p", "Private field '#p' must be declared in an enclosing class", 2),
    ("class A { m() { return this.#q; } }", "Private field '#q' must be declared in an enclosing class", 28),
    ("class A { #a; #a; }", "Identifier '#a' has already been declared", 15),
    ("class A { #a; get #a() {} }", "Identifier '#a' has already been declared", 19),
    ("class A { #constructor() {} }", "Classes may not have a private field named '#constructor'", 11),
    ("class A { #a; m() { delete this.#a; } }", "Private fields can not be deleted", 28),
])
def test_private_name_errors_are_positioned(source, message, col):
    assert syntax_error(source) == (message, 1, col)


def _walk(node):
    """Every AST node under node (dataclass fields, lists and tuples followed)."""
    import dataclasses
    yield node
    if dataclasses.is_dataclass(node):
        for f in dataclasses.fields(node):
            yield from _walk_value(getattr(node, f.name))


def _walk_value(v):
    if isinstance(v, ast.Node):
        yield from _walk(v)
    elif isinstance(v, (list, tuple)):
        for x in v:
            yield from _walk_value(x)


def test_tagged_template_calls_the_tag_with_a_per_site_strings_object():
    call = parse("tag`a${x}\\xq${y}`").body[0].expr
    assert isinstance(call, ast.Call) and isinstance(call.callee, ast.Identifier)
    strings, x, y = call.args
    assert strings.name == "template_object" and [type(a) for a in (x, y)] == [ast.Identifier] * 2
    site, *pieces = [a.value if isinstance(a, ast.StringLit) else None for a in strings.args]
    assert pieces == ["a", None, "", "a", "\\xq", ""]     # cooked (\xq is undefined), then raw
    assert syntax_error("x = `\\xq`") == ("Invalid hexadecimal escape sequence", 1, 6)


def test_private_names_resolve_to_the_innermost_declaring_class():
    program = parse("class A { #x; m() { return class B { #y; n(o) { return o.#x + this.#y; } }; } }")
    keys = [n.name for n in _walk(program) if isinstance(n, ast.Member) and n.private]
    assert [k.split("\0")[0] for k in keys] == ["#x", "#y"]
    assert keys[0].split("\0")[1] != keys[1].split("\0")[1]      # each class has its own serial
    ok = parse("class A { get #v() { return 1; } set #v(x) {} static #s = 1; static f() { return A.#s; } }")
    assert ok is not None


def test_contextual_words_stay_identifiers():
    assert p("var async = 1, of = 2, get = 3, set = 4, yield = 5, await = 6, static = 7") == \
        "(var async = 1, of = 2, get = 3, set = 4, yield = 5, await = 6, static = 7)"
    assert e("async(1)") == "(call async 1)"
    assert p("x = async\nfunction f() {}") == "(= x async); (function-decl f () )"
    assert e("x = of") == "(= x of)"


# ---- the syntax-error corpus ---------------------------------------------------------------

CORPUS_CASES = sorted(SYNTAX_CORPUS.glob("*.js"))


def test_corpus_is_populated():
    assert len(CORPUS_CASES) >= 25
    for case in CORPUS_CASES:
        assert case.with_suffix(".stderr").exists(), case


@pytest.mark.parametrize("case", CORPUS_CASES, ids=lambda c: c.stem)
def test_syntax_corpus(case):
    source = case.read_text()
    expected = case.with_suffix(".stderr").read_text()
    with pytest.raises(JSSyntaxError) as info:
        parse(source)
    assert info.value.format(f"tests/errors/syntax/{case.name}", source) == expected.rstrip("\n")


# ---- acceptance: every JS program of the suite parses ------------------------------------

@pytest.mark.parametrize("case", sorted((REPO / "tests" / "js").glob("*.js")), ids=lambda c: c.stem)
def test_suite_programs_parse(case):
    parse(case.read_text(), commonjs=True)     # files, which node runs as CommonJS modules


# ---- nesting limits and speed ----------------------------------------------------------------

def test_deep_parentheses_parse():
    tree = parse("x = " + "(" * 500 + "1" + ")" * 500).body[0].expr
    assert sx(tree) == "(= x 1)"
    tree = parse("x = " + "-(" * 400 + "a" + ")" * 400).body[0].expr
    depth = 0
    node = tree.value
    while isinstance(node, ast.Unary):
        node, depth = node.operand, depth + 1
    assert depth == 400


@pytest.mark.parametrize("source", [
    "x = " + "(" * 5000 + "1" + ")" * 5000,
    "{" * 5000 + "}" * 5000,
    "x = " + "[" * 5000 + "]" * 5000,
    "x = " + "!" * 20000 + "a",
    "x = " + "2 ** " * 20000 + "1",
])
def test_excessive_nesting_is_a_syntax_error(source):
    limit = sys.getrecursionlimit()
    message, line, _ = syntax_error(source)
    assert message == "Maximum nesting depth exceeded" and line == 1
    assert sys.getrecursionlimit() == limit


def test_long_flat_sequences_do_not_recurse():
    tree = parse("x = " + " + ".join(["a"] * 5000)).body[0].expr.value
    assert isinstance(tree, ast.Binary) and tree.op == "+"
    prog = parse("a;\n" * 5000)
    assert len(prog.body) == 5000


def test_parse_2000_lines():
    chunk = """\
function area(shape, k) {
  var total = 0;
  for (let i = 0; i < shape.points.length; i++) {
    const p = shape.points[i], q = shape.points[(i + 1) % shape.points.length];
    total += (p.x * q.y - q.x * p.y) / 2;
    if (total > 1e6 && !(k & 0xff)) { break; } else { continue; }
  }
  return total >= 0 ? total : -total;
}
var shapes = [{points: [{x: 0, y: 0}, {x: 1.5, y: 0}, {x: 0, y: 2}]}, {name: 'sq', n: 4}];
var f = (a, b) => a * b + area(shapes[0], a) || "none";
while (f(1, 2) < 0) { f = x => x; }
"""
    source = "".join(chunk.replace("area", f"area{i}").replace("shapes", f"shapes{i}")
                     .replace("var f", f"var f{i}").replace("f(1", f"f{i}(1").replace("{ f =", f"{{ f{i} =")
                     for i in range(2000 // chunk.count("\n") + 1))
    assert source.count("\n") >= 2000
    prog = parse(source)   # speed is measured by bench/, not asserted here
    assert len(prog.body) > 600
