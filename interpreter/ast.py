"""AST of the JS subset: what the parser produces and the bytecode compiler consumes.

Every node carries the 1-based line and column of its first token so that the
compiler and the runtime can point errors at source.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Node:
    line: int
    col: int


# ---- expressions ---------------------------------------------------------

@dataclass
class NumberLit(Node):
    value: float


@dataclass
class StringLit(Node):
    value: str


@dataclass
class BoolLit(Node):
    value: bool


@dataclass
class NullLit(Node):
    pass


@dataclass
class UndefinedLit(Node):
    """Not produced by the parser (`undefined` is an Identifier); used by the compiler."""


@dataclass
class Identifier(Node):
    name: str


@dataclass
class This(Node):
    pass


@dataclass
class ArrayLit(Node):
    elements: list[Node]


@dataclass
class ObjectLit(Node):
    # keys are property names (identifier, string or number literal keys, as strings)
    properties: list[tuple[str, Node]]


@dataclass
class FunctionExpr(Node):
    name: str | None            # None for anonymous function expressions
    params: list[str]
    body: list[Node]            # statements
    is_arrow: bool = False      # arrow functions: no own `this`; body is statements
                                # (an expression body is wrapped in a Return)


@dataclass
class Unary(Node):
    op: str                     # '-', '+', '!', '~', 'typeof', 'void'
    operand: Node


@dataclass
class Update(Node):
    op: str                     # '++' or '--'
    prefix: bool
    target: Node                # Identifier, Member or Index


@dataclass
class Binary(Node):
    op: str                     # + - * / % < <= > >= == != === !== & | ^ << >> >>>
    left: Node
    right: Node


@dataclass
class Logical(Node):
    op: str                     # '&&' or '||' (and '??' if supported)
    left: Node
    right: Node


@dataclass
class Conditional(Node):
    test: Node
    then: Node
    otherwise: Node


@dataclass
class Assign(Node):
    op: str                     # '=', '+=', '-=', '*=', '/=', '%=', '**=', '&=', '|=', '^=', '<<=', '>>=', '>>>='
    target: Node                # Identifier, Member or Index
    value: Node


@dataclass
class Member(Node):
    """obj.name"""
    obj: Node
    name: str


@dataclass
class Index(Node):
    """obj[key]"""
    obj: Node
    key: Node


@dataclass
class Call(Node):
    callee: Node
    args: list[Node]


@dataclass
class New(Node):
    callee: Node
    args: list[Node]


@dataclass
class Sequence(Node):
    """a, b, c (comma operator)"""
    exprs: list[Node]


# ---- statements ----------------------------------------------------------

@dataclass
class VarDecl(Node):
    kind: str                                   # 'var', 'let' or 'const'
    decls: list[tuple[str, Node | None, int, int]]  # (name, initializer, line, col)


@dataclass
class FunctionDecl(Node):
    name: str
    params: list[str]
    body: list[Node]


@dataclass
class ExprStmt(Node):
    expr: Node


@dataclass
class Block(Node):
    body: list[Node]


@dataclass
class If(Node):
    test: Node
    then: Node
    otherwise: Node | None


@dataclass
class While(Node):
    test: Node
    body: Node


@dataclass
class DoWhile(Node):
    body: Node
    test: Node


@dataclass
class For(Node):
    init: Node | None           # VarDecl, ExprStmt or None
    test: Node | None
    update: Node | None         # expression
    body: Node


@dataclass
class Break(Node):
    pass


@dataclass
class Continue(Node):
    pass


@dataclass
class Return(Node):
    value: Node | None


@dataclass
class Empty(Node):
    pass


@dataclass
class Program(Node):
    body: list[Node] = field(default_factory=list)
