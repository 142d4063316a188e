"""AST of the JS subset: what the parser produces and the bytecode compiler consumes.

Every node carries the 1-based line and column of its first token so that the
compiler and the runtime can point errors at source.
"""
from __future__ import annotations

import dataclasses
from dataclasses import field

# Nodes compare by identity and have no generated __eq__ or __repr__: every generated method is
# an exec when this module is imported, and those two made up two thirds of the module's share
# of every start-up. Nothing compares nodes structurally (identity is what the compiler means
# when it looks a node up), and a node's fields are easy to read in a debugger.
dataclass = dataclasses.dataclass(eq=False, repr=False)


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
    # A parameter read by an earlier parameter's default value (or its own), which runs while
    # the parameter is still in its TDZ: the read throws.
    in_tdz: bool = False


@dataclass
class This(Node):
    pass


@dataclass
class ArrayLit(Node):
    elements: list[Node]


@dataclass
class ObjectLit(Node):
    properties: list["Property"]


@dataclass
class Property(Node):
    """One part of an object literal: `key: value` ('init'), a getter or setter ('get', 'set')
    or `...value` ('spread'); `computed` holds the key expression of `[key]: value`."""
    key: str | None
    value: Node
    kind: str = "init"
    computed: Node | None = None
    shorthand: bool = False     # `{a}` or `{a = 1}`: the key is also the value's name


@dataclass
class FunctionExpr(Node):
    name: str | None            # None for anonymous function expressions
    params: list[str]
    body: list[Node]            # statements
    is_arrow: bool = False      # arrow functions: no own `this`; body is statements
                                # (an expression body is wrapped in a Return)
    defaults: list = field(default_factory=list)   # per parameter: its default value or None
    rest: bool = False          # the last parameter is `...rest`
    strict: bool = False        # a 'use strict' directive (or class code)
    kind: str = "function"      # 'function', 'method', 'getter', 'setter', 'constructor'
    source: str = ""            # the source text, for Function.prototype.toString


@dataclass
class Spread(Node):
    """`...expr` in an argument list or array literal (text: expr as V8 names it in errors)."""
    expr: Node
    text: str = ""


@dataclass
class ClassMember(Node):
    key: str | None             # None: computed (key_expr)
    value: "FunctionExpr"       # for fields and static blocks: a synthesized method run on
                                # the instance (or the class) that returns the field's value
    kind: str = "method"        # 'method', 'getter', 'setter', 'field', 'static_block'
    static: bool = False
    key_expr: Node | None = None


@dataclass
class ClassExpr(Node):
    name: str | None
    superclass: Node | None
    constructor: "FunctionExpr | None"
    members: list[ClassMember]
    source: str = ""


@dataclass
class NewTarget(Node):
    """`new.target`: the constructor `new` was applied to, undefined in a call."""


@dataclass
class SuperCall(Node):
    args: list[Node]
    field_inits: list = field(default_factory=list)   # instance fields, initialized once super() returns


@dataclass
class SuperMember(Node):
    """super.name or super[key] (key set instead of name)."""
    name: str | None
    key: Node | None = None


@dataclass
class ObjectPattern(Node):
    """{key: target = default, ...rest}; a target is a name (declarations), an assignment
    target node (assignments) or a nested pattern. The parser desugars patterns away."""
    items: list[tuple]          # (key or None, computed key node or None, target, default or None)
    rest: object = None


@dataclass
class ArrayPattern(Node):
    items: list[tuple]          # (target or None for a hole, default or None)
    rest: object = None


@dataclass
class Intrinsic(Node):
    """A call of an engine intrinsic (intrinsics.py), made by desugaring: never written by users."""
    name: str
    args: list[Node]


@dataclass
class OptionalChain(Node):
    """The whole of `a?.b.c(...)`: any optional link short-circuits it to undefined."""
    expr: Node


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
    optional: bool = False      # obj?.name
    private: bool = False       # obj.#name: `name` is the private name's hidden key (parser.private_key)


@dataclass
class PrivateName(Node):
    """`#name` on the left of `in` (`#x in o`); `name` becomes its hidden key."""
    name: str


@dataclass
class Index(Node):
    """obj[key]"""
    obj: Node
    key: Node
    optional: bool = False      # obj?.[key]


@dataclass
class Call(Node):
    callee: Node
    args: list[Node]            # may hold Spread
    optional: bool = False      # f?.(...)


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
    # Declares its let/const names in its block but is never run, so they stay in their TDZ
    # (made by desugaring: the scope of a for-in/of head while the object is evaluated).
    tdz_only: bool = False


@dataclass
class FunctionDecl(Node):
    name: str
    params: list[str]
    body: list[Node]
    defaults: list = field(default_factory=list)
    rest: bool = False
    strict: bool = False
    kind: str = "function"
    source: str = ""
    is_arrow = False


@dataclass
class ClassDecl(Node):
    name: str
    cls: ClassExpr


@dataclass
class Throw(Node):
    value: Node


@dataclass
class Try(Node):
    block: "Block"
    param: str | None           # catch (param); None for `catch {` or no catch clause
    handler: "Block | None"
    finalizer: "Block | None"


@dataclass
class Switch(Node):
    discriminant: Node
    cases: list[tuple[Node | None, list[Node]]]   # (test or None for default, statements)


@dataclass
class Labeled(Node):
    label: str
    body: Node


@dataclass
class ExprStmt(Node):
    expr: Node


@dataclass
class Block(Node):
    body: list[Node]
    # A function body whose parameters have default values or patterns: its vars (and function
    # declarations) live in this block's scope, apart from the parameters'.
    var_scope: bool = False


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
    label: str | None = None


@dataclass
class Continue(Node):
    label: str | None = None


@dataclass
class Return(Node):
    value: Node | None


@dataclass
class Empty(Node):
    pass


@dataclass
class Program(Node):
    body: list[Node] = field(default_factory=list)
    strict: bool = False
    commonjs: bool = False     # a module's top level, where `return` ends the module (parser.parse)


# ---- private names --------------------------------------------------------------------------

def is_private_key(key) -> bool:
    """A private name's hidden key (parser.private_key): no script spells a \0 in a name."""
    return type(key) is str and "\0" in key


def display_key(key: str | None) -> str:
    """A key as a function name or message shows it: `#x` for a private name."""
    return key.split("\0", 1)[0] if key else ""


def instance_initialized(m: ClassMember) -> bool:
    """Does each instance get this member when it is constructed: instance fields, and private
    methods and accessors (an instance's "brand"); public methods live on the prototype."""
    return not m.static and (m.kind == "field" or is_private_key(m.key))
