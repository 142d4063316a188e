"""A small JavaScript syntax tree for generated programs, and its printer.

The generator builds programs as these trees rather than as text so that the reducer
can delete statements, unwrap blocks, drop arguments and simplify expressions
structurally, and re-print a program that is still well formed. Printing is
deterministic: the same tree always gives the same text, which is what makes a seed
reproducible.

Compound expressions are always printed in parentheses: the printer never has to know
JavaScript's precedence rules, and a reduced expression can never re-associate.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

INDENT = "  "
_IDENTIFIER = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*\Z")


class Node:
    """Base of statements and expressions."""


# ---- expressions ------------------------------------------------------------------------------

class Expr(Node):
    pass


@dataclass
class Lit(Expr):
    """A literal, an identifier or any atom printed verbatim (`-0`, `"abc"`, `NaN`, `i`)."""
    text: str


@dataclass
class Bin(Expr):
    op: str
    left: Expr
    right: Expr


@dataclass
class Un(Expr):
    op: str           # "-", "+", "!", "~", "typeof ", "void "
    operand: Expr


@dataclass
class Cond(Expr):
    test: Expr
    then: Expr
    other: Expr


@dataclass
class Call(Expr):
    callee: Expr
    args: list[Expr]


@dataclass
class New(Expr):
    callee: Expr
    args: list[Expr]


@dataclass
class Member(Expr):
    obj: Expr
    name: str


@dataclass
class Index(Expr):
    obj: Expr
    index: Expr


@dataclass
class ArrayLit(Expr):
    items: list[Expr]


@dataclass
class ObjectLit(Expr):
    keys: list[str]
    values: list[Expr]


@dataclass
class Assign(Expr):
    target: Expr
    op: str           # "=", "+=", "|=", ...
    value: Expr


@dataclass
class Update(Expr):
    target: Expr
    op: str           # "++" or "--"
    prefix: bool = False


@dataclass
class Func(Expr):
    """A function expression (or an arrow function when arrow is set)."""
    params: list[str]
    body: list[Stmt]
    arrow: bool = False


# ---- statements -------------------------------------------------------------------------------

@dataclass
class Stmt(Node):
    # keep: the reducer must not delete or unwrap this statement (a loop counter's decrement,
    # a recursion's base case: without them the program would not terminate).
    keep: bool = field(default=False, kw_only=True)


@dataclass
class VarDecl(Stmt):
    kind: str         # "var", "let" or "const"
    name: str
    init: Expr | None = None


@dataclass
class ExprStmt(Stmt):
    expr: Expr


@dataclass
class If(Stmt):
    test: Expr
    then: list[Stmt]
    other: list[Stmt] | None = None


@dataclass
class For(Stmt):
    """`for (let var = start; var < limit; var++) body`: the generator never assigns var in body,
    so the loop always terminates; the header is one unit the reducer cannot break."""
    var: str
    start: Expr
    limit: Expr
    body: list[Stmt]
    kind: str = "let"
    label: str | None = field(default=None, kw_only=True)   # printed as `label: for (...)`


@dataclass
class ForOf(Stmt):
    """`for (kind target of iterable) body`: target is a name or a destructuring pattern given as
    text (`[k, v]`). It terminates when the iterable is finite and grows boundedly: whatever
    the body adds to it is added under a bound written into the same statement (a Raw)."""
    kind: str         # "const", "let" or "var"
    target: str
    iterable: Expr
    body: list[Stmt]
    label: str | None = field(default=None, kw_only=True)


@dataclass
class While(Stmt):
    """`let var = count; while (var > 0) { var--; body }`: a counted loop whose decrement comes
    first, so `continue` cannot skip it."""
    var: str
    count: int
    body: list[Stmt]
    do: bool = False  # print as do { } while


@dataclass
class Block(Stmt):
    body: list[Stmt]


@dataclass
class Return(Stmt):
    value: Expr | None = None


@dataclass
class Break(Stmt):
    label: str | None = None


@dataclass
class Continue(Stmt):
    label: str | None = None


@dataclass
class FuncDecl(Stmt):
    name: str
    params: list[str]
    body: list[Stmt]


@dataclass
class Try(Stmt):
    """`try body catch (param) handler finally finalizer`: handler None means no catch clause,
    finalizer None no finally clause (one of them is there)."""
    body: list[Stmt]
    param: str | None
    handler: list[Stmt] | None
    finalizer: list[Stmt] | None = None


@dataclass
class Throw(Stmt):
    value: Expr


@dataclass
class Method(Stmt):
    """A class member: a method, a getter or setter, or a static method (only in a ClassDecl)."""
    name: str
    params: list[str]
    body: list[Stmt]
    kind: str = "method"   # "method", "get", "set" or "static"


@dataclass
class ClassDecl(Stmt):
    name: str
    base: str | None
    methods: list[Method]


@dataclass
class Raw(Stmt):
    """A statement given as text (the reducer may delete it but never looks inside)."""
    text: str


@dataclass
class Program:
    body: list[Stmt]


# ---- printing ---------------------------------------------------------------------------------

def expr_text(e: Expr) -> str:
    if isinstance(e, Lit):
        return e.text
    if isinstance(e, Bin):
        return f"({atom(e.left)} {e.op} {atom(e.right)})"
    if isinstance(e, Un):
        return f"({e.op}{atom(e.operand)})"
    if isinstance(e, Cond):
        return f"({atom(e.test)} ? {atom(e.then)} : {atom(e.other)})"
    if isinstance(e, Call):
        return f"{callee_text(e.callee)}({', '.join(bare(a) for a in e.args)})"
    if isinstance(e, New):
        return f"(new {callee_text(e.callee)}({', '.join(bare(a) for a in e.args)}))"
    if isinstance(e, Member):
        return f"{object_text(e.obj)}.{e.name}"
    if isinstance(e, Index):
        return f"{object_text(e.obj)}[{bare(e.index)}]"
    if isinstance(e, ArrayLit):
        return "[" + ", ".join(bare(x) for x in e.items) + "]"
    if isinstance(e, ObjectLit):
        if not e.keys:
            return "{}"
        return "{ " + ", ".join(f"{k}: {bare(v)}" for k, v in zip(e.keys, e.values)) + " }"
    if isinstance(e, Assign):
        return f"({expr_text(e.target)} {e.op} {bare(e.value)})"
    if isinstance(e, Update):
        t = expr_text(e.target)
        return f"({e.op}{t})" if e.prefix else f"({t}{e.op})"
    if isinstance(e, Func):
        params = ", ".join(e.params)
        # A function expression's body goes on one line: expressions know no indentation depth.
        body = re.sub(r"\n\s*", " ", block_text(e.body, 0)).strip()
        if e.arrow:
            return f"(({params}) => {body})"
        return f"(function ({params}) {body})"
    raise TypeError(f"not an expression: {e!r}")


def bare(e: Expr) -> str:
    """An expression's text where any expression may stand (an argument, an initializer, a
    statement, a condition): without its own outer parentheses."""
    t = expr_text(e)
    if isinstance(e, (Bin, Un, Cond, Assign, Update)) and t.startswith("(") and t.endswith(")"):
        return t[1:-1]
    return t


_SIMPLE_TEXT = re.compile(r'[A-Za-z0-9_$.]+\Z|"[^"]*"\Z')


def _wrapped(text: str) -> bool:
    """Whether text is one parenthesized group: `(a + b)` but not `(a) + (b)`."""
    if not text.startswith("(") or not text.endswith(")"):
        return False
    depth = 0
    for k, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            return k == len(text) - 1
    return False


def atom(e: Expr) -> str:
    """An operand's text. A literal's text is parenthesized unless it is one token or one
    group: `a - (-1)`, `(x + 1) * 2` for Lit("x + 1")."""
    t = expr_text(e)
    if isinstance(e, Lit) and not (_SIMPLE_TEXT.match(t) or _wrapped(t)):
        return f"({t})"
    return t


def object_text(e: Expr) -> str:
    t = expr_text(e)
    if isinstance(e, Lit) and not (_IDENTIFIER.match(t) or _wrapped(t) or re.fullmatch(r"[\w$.]+", t)
                                   and not t[0].isdigit()) or isinstance(e, (ObjectLit, Func)):
        return f"({t})"
    return t


def callee_text(e: Expr) -> str:
    t = expr_text(e)
    return f"({t})" if isinstance(e, Func) else t


def block_text(body: list[Stmt], depth: int) -> str:
    """`{`, the statements one per line at depth + 1, and `}` at depth (without a newline)."""
    if not body:
        return "{}"
    inner = "".join(stmt_text(s, depth + 1) for s in body)
    return "{\n" + inner + INDENT * depth + "}"


def stmt_text(s: Stmt, depth: int) -> str:
    """A statement's lines, each ending in a newline, the first indented to depth."""
    pad = INDENT * depth
    if isinstance(s, VarDecl):
        if s.init is None:
            return f"{pad}{s.kind} {s.name};\n"
        return f"{pad}{s.kind} {s.name} = {bare(s.init)};\n"
    if isinstance(s, ExprStmt):
        t = bare(s.expr)
        if t.startswith(("{", "function")):
            t = f"({t})"
        return f"{pad}{t};\n"
    if isinstance(s, If):
        text = f"{pad}if ({bare(s.test)}) {block_text(s.then, depth)}"
        if s.other is not None:
            text += f" else {block_text(s.other, depth)}"
        return text + "\n"
    if isinstance(s, For):
        label = f"{s.label}: " if s.label else ""
        return (f"{pad}{label}for ({s.kind} {s.var} = {expr_text(s.start)}; {s.var} < {expr_text(s.limit)}; "
                f"{s.var}++) {block_text(s.body, depth)}\n")
    if isinstance(s, ForOf):
        label = f"{s.label}: " if s.label else ""
        return f"{pad}{label}for ({s.kind} {s.target} of {bare(s.iterable)}) {block_text(s.body, depth)}\n"
    if isinstance(s, While):
        body = [ExprStmt(Update(Lit(s.var), "--"))] + s.body
        if s.do:
            return (f"{pad}let {s.var} = {s.count};\n"
                    f"{pad}do {block_text(body, depth)} while ({s.var} > 0);\n")
        return f"{pad}let {s.var} = {s.count};\n{pad}while ({s.var} > 0) {block_text(body, depth)}\n"
    if isinstance(s, Block):
        return f"{pad}{block_text(s.body, depth)}\n"
    if isinstance(s, Return):
        return f"{pad}return;\n" if s.value is None else f"{pad}return {bare(s.value)};\n"
    if isinstance(s, Break):
        return f"{pad}break {s.label};\n" if s.label else f"{pad}break;\n"
    if isinstance(s, Continue):
        return f"{pad}continue {s.label};\n" if s.label else f"{pad}continue;\n"
    if isinstance(s, FuncDecl):
        return f"{pad}function {s.name}({', '.join(s.params)}) {block_text(s.body, depth)}\n"
    if isinstance(s, Try):
        text = f"{pad}try {block_text(s.body, depth)}"
        if s.handler is not None:
            text += f" catch ({s.param}) {block_text(s.handler, depth)}"
        if s.finalizer is not None or s.handler is None:
            text += f" finally {block_text(s.finalizer or [], depth)}"
        return text + "\n"
    if isinstance(s, Throw):
        return f"{pad}throw {bare(s.value)};\n"
    if isinstance(s, ClassDecl):
        head = f"{pad}class {s.name}" + (f" extends {s.base}" if s.base else "")
        if not s.methods:
            return head + " {}\n"
        return head + " {\n" + "".join(stmt_text(m, depth + 1) for m in s.methods) + pad + "}\n"
    if isinstance(s, Method):
        prefix = "" if s.kind == "method" else s.kind + " "
        return f"{pad}{prefix}{s.name}({', '.join(s.params)}) {block_text(s.body, depth)}\n"
    if isinstance(s, Raw):
        return f"{pad}{s.text}\n"
    raise TypeError(f"not a statement: {s!r}")


def program_text(p: Program) -> str:
    return "".join(stmt_text(s, 0) for s in p.body)


# ---- walking (for the reducer) ----------------------------------------------------------------

def children(node: Node):
    """(owner, key, value) for each child slot of a node: key is a field name, or
    (field name, index) for an element of a list field. Order is the printing order."""
    for f in dataclasses.fields(node):
        value = getattr(node, f.name)
        if isinstance(value, Node):
            yield node, f.name, value
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, Node):
                    yield node, (f.name, i), item


def statement_lists(root, into_kept: bool = True) -> list[list[Stmt]]:
    """Every statement list in a program (outermost first, in printing order): the program's
    body, blocks, loop and function bodies, branches, and function expressions' bodies
    (without those inside `keep` statements unless into_kept)."""
    found: list[list[Stmt]] = []

    def visit(node):
        if not into_kept and isinstance(node, Stmt) and node.keep:
            return
        for f in dataclasses.fields(node):
            value = getattr(node, f.name)
            if isinstance(value, list) and f.name in ("body", "then", "other", "handler", "finalizer", "methods"):
                found.append(value)
        for _, _, child in children(node):
            visit(child)

    if isinstance(root, Program):
        found.append(root.body)
        for s in root.body:
            visit(s)
    else:
        visit(root)
    return found


def all_nodes(root) -> list[Node]:
    """Every node in printing order (pre-order)."""
    out: list[Node] = []

    def visit(node):
        out.append(node)
        for _, _, child in children(node):
            visit(child)

    for s in (root.body if isinstance(root, Program) else [root]):
        visit(s)
    return out


def replace_child(owner: Node, key, new: Node) -> None:
    if isinstance(key, tuple):
        getattr(owner, key[0])[key[1]] = new
    else:
        setattr(owner, key, new)


def count_lines(p: Program) -> int:
    return program_text(p).count("\n")
