"""Scope analysis: binds every identifier to a declaration and decides where each variable lives.

Runs between the parser and the bytecode compiler. A variable referenced from
an inner function is *captured* and lives in a context slot (V8's context
objects), otherwise in a register of its function's frame; script-level
declarations live in global cells. Block scopes that declare captured
let/const get their own context, created on block entry; a `for (let ...)`
whose bindings are captured gets a fresh copy of its context per iteration.

The body of a function whose parameters have default values or patterns is a
block with a var scope of its own (ast.Block.var_scope), apart from the
parameters'. In sloppy code a function declared in a block also gets a var of
its name in its function's var scope (ECMA-262 B.3.2), set when the
declaration is evaluated.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from interpreter.errors import JSSyntaxError

from . import ast as A


@dataclass(eq=False)
class Variable:
    name: str
    kind: str                      # 'var', 'let', 'const', 'param', 'function', 'this'
    scope: "Scope"
    captured: bool = False
    # Filled by the compiler: ('reg', r) | ('context', scope, slot) | ('global', name)
    location: tuple | None = None
    decl_end: int = 0              # source order of the end of its declaration, for TDZ checks
    # Declared in a switch's cases, where a jump to a later case skips the declaration: a use
    # after it in source order may still see the TDZ.
    skippable: bool = False

    @property
    def is_lexical(self) -> bool:
        return self.kind in ("let", "const")


@dataclass(eq=False)
class Scope:
    kind: str                      # 'script', 'function', 'block'
    parent: "Scope | None"
    function: "Scope"              # the function (or script) scope this scope belongs to
    node: A.Node | None = None
    variables: dict[str, Variable] = field(default_factory=dict)
    is_arrow: bool = False
    context_slots: int = 0         # > 0 when this scope allocates a context
    per_iteration: bool = False    # a for-loop head scope whose context is copied each iteration
    # A body's var scope (ast.Block.var_scope): its vars, each with the parameter whose value it
    # starts with (one of the same name) or None (it starts undefined)
    body_vars: dict = field(default_factory=dict)
    derived_ctor: bool = False     # a derived class constructor: `this` is in its TDZ until super()
    # A sloppy function with simple parameters that uses `arguments`: its parameters live in its
    # context, where the arguments object's mapped indexes read and write them too.
    maps_arguments: bool = False

    @property
    def needs_context(self) -> bool:
        return self.context_slots > 0


@dataclass
class Reference:
    variable: Variable | None      # None: an undeclared global
    needs_hole_check: bool


class ScopeInfo:
    """The result of the analysis, consulted by the compiler by AST node identity."""

    def __init__(self):
        self.scopes: dict[int, Scope] = {}          # id(FunctionExpr/FunctionDecl/Block/For/Program) -> Scope
        self.references: dict[int, Reference] = {}  # id(Identifier/This/VarDecl entry) -> Reference
        self.decl_vars: dict[tuple[int, str], Variable] = {}
        # The script's top-level bindings that are not the global object's properties: all of a
        # CommonJS module's (module-scope names in node's wrapper, so one may even be called
        # `undefined`), a plain script's let, const and class names.
        self.script_names: frozenset[str] = frozenset()
        # A plain script's var and function names: the global object's, not configurable.
        self.script_globals: frozenset[str] = frozenset()
        # id(FunctionDecl in a block of sloppy code) -> the var its value is copied to when the
        # declaration is evaluated (ECMA-262 B.3.2)
        self.annex_b: dict[int, Variable] = {}


class Analyzer:
    def __init__(self):
        self.info = ScopeInfo()
        self.order = 0
        self.home_stack: list[str] = []   # the hidden binding `super.x` reads: '.home' or '.shome'
        self.strict = False               # whether the function being walked is strict code

    # ---- declarations ---------------------------------------------------------

    def declare(self, scope: Scope, name: str, kind: str, line: int, col: int) -> Variable:
        existing = scope.variables.get(name)
        if existing is not None:
            lexical = kind in ("let", "const") or existing.kind in ("let", "const")
            if existing.kind == "blockfunction" and kind == "let":
                return existing   # the parser allows a repeated block function only in sloppy code
            if lexical and not (existing.kind == "param" and kind == "var"):
                raise JSSyntaxError(f"Identifier '{name}' has already been declared", line, col)
            if kind == "function" and existing.kind in ("var", "param", "function"):
                existing.kind = "function" if existing.kind != "param" else "param"
            return existing
        v = Variable(name, kind, scope)
        scope.variables[name] = v
        return v

    def hoist_vars(self, body: list, fscope: Scope, blocked: frozenset | None = None) -> None:
        """Declares every `var` in a function body (in nested blocks too) in the function scope.

        With `blocked` (sloppy code: the names a var may not take there, the parameters' and
        the body's let/const/class names), a function declared in a block also gets a var of
        its name when no let, const or class of an enclosing block has it (ECMA-262 B.3.2)."""
        for stmt in body:
            self._hoist_stmt(stmt, fscope, blocked)

    def _hoist_stmt(self, s, fscope: Scope, blocked: frozenset | None) -> None:
        if isinstance(s, A.VarDecl) and s.kind == "var":
            for name, _init, line, col in s.decls:
                self.declare(fscope, name, "var", line, col)
        elif isinstance(s, A.Block) and not s.var_scope:
            self._hoist_block(s.body, fscope, blocked)
        elif isinstance(s, A.If):
            self._hoist_stmt(s.then, fscope, blocked)
            if s.otherwise is not None:
                self._hoist_stmt(s.otherwise, fscope, blocked)
        elif isinstance(s, (A.While, A.DoWhile)):
            self._hoist_stmt(s.body, fscope, blocked)
        elif isinstance(s, A.For):
            if blocked is not None and isinstance(s.init, A.VarDecl) and s.init.kind != "var":
                blocked = blocked | lexical_names([s.init])
            if s.init is not None:
                self._hoist_stmt(s.init, fscope, blocked)
            self._hoist_stmt(s.body, fscope, blocked)
        elif isinstance(s, A.Try):
            self._hoist_stmt(s.block, fscope, blocked)
            if s.handler is not None:
                catch_blocked = blocked
                if blocked is not None and s.param is not None:
                    catch_blocked = blocked | {s.param}
                self._hoist_block(s.handler.body, fscope, catch_blocked)
            if s.finalizer is not None:
                self._hoist_stmt(s.finalizer, fscope, blocked)
        elif isinstance(s, A.Switch):
            self._hoist_block([t for _test, body in s.cases for t in body], fscope, blocked)
        elif isinstance(s, A.Labeled):
            self._hoist_stmt(s.body, fscope, blocked)

    def _hoist_block(self, body: list, fscope: Scope, blocked: frozenset | None) -> None:
        if blocked is not None:
            # (V8 lets a function in an inner block have the var even when an outer block
            # declares a function of the same name: functions do not block)
            blocked = blocked | lexical_names(body)
            for t in body:
                if isinstance(t, A.FunctionDecl) and t.name not in blocked:
                    self.info.annex_b[id(t)] = self.declare(fscope, t.name, "var", t.line, t.col)
        for t in body:
            self._hoist_stmt(t, fscope, blocked)

    def declare_lexical(self, body: list, scope: Scope, var_scope: bool = False) -> None:
        """let/const/function declarations directly in a statement list belong to its scope
        (`var_scope`: a function body's, where function declarations are var-like)."""
        for s in body:
            if isinstance(s, A.VarDecl) and s.kind != "var":
                for name, _init, line, col in s.decls:
                    self.declare(scope, name, s.kind, line, col)
            elif isinstance(s, A.ClassDecl):
                self.info.decl_vars[(id(s), s.name)] = self.declare(scope, s.name, "let", s.line, s.col)
            elif isinstance(s, A.FunctionDecl):
                block = scope.kind == "block" and not var_scope
                v = self.declare(scope, s.name, "let" if block else "function", s.line, s.col)
                if block:
                    v.kind = "blockfunction"
                self.info.decl_vars[(id(s), s.name)] = v

    # ---- the walk ------------------------------------------------------------------

    def analyze_program(self, prog: A.Program) -> ScopeInfo:
        script = Scope("script", None, None, prog)  # type: ignore[arg-type]
        script.function = script
        self.info.scopes[id(prog)] = script
        self.strict = prog.strict
        self.hoist_vars(prog.body, script, None if prog.strict else lexical_names(prog.body))
        self.declare_lexical(prog.body, script)
        if prog.commonjs:
            self.info.script_names = frozenset(script.variables)
        else:
            lexical = lexical_names(prog.body)
            self.info.script_names = frozenset(n for n in script.variables if n in lexical)
            self.info.script_globals = frozenset(n for n in script.variables if n not in lexical)
        self.walk_body(prog.body, script)
        return self.info

    def walk_function(self, fn, parent: Scope, derived_ctor: bool = False) -> None:
        is_arrow = isinstance(fn, A.FunctionExpr) and fn.is_arrow
        fscope = Scope("function", parent, None, fn, is_arrow=is_arrow,  # type: ignore[arg-type]
                       derived_ctor=derived_ctor)
        fscope.function = fscope
        self.info.scopes[id(fn)] = fscope
        if not is_arrow:
            self.declare(fscope, "this", "this", fn.line, fn.col)
        if derived_ctor:
            # the object `new` allocated, for super() to initialize (from an arrow too)
            fscope.variables[".new"] = Variable(".new", "catch", fscope)
        if isinstance(fn, A.FunctionExpr) and fn.name and not is_arrow:
            # A named function expression can refer to itself by name.
            fscope.variables.setdefault(fn.name, Variable(fn.name, "callee", fscope))
        for p in fn.params:
            # (the parser allows a repeated name only in sloppy simple lists: the last one wins)
            fscope.variables[p] = Variable(p, "param", fscope)
        saved_strict, self.strict = self.strict, fn.strict
        self.hoist_vars(fn.body, fscope, None if fn.strict else frozenset(fn.params) | lexical_names(fn.body))
        self.declare_lexical(fn.body, fscope)
        if hasattr(fn, "fields_ref"):
            self.expr(fn.fields_ref, fscope)
        self.walk_body(fn.body, fscope)
        self.strict = saved_strict
        arguments = fscope.variables.get("arguments")
        if arguments is not None and arguments.kind == "arguments" and fn.params and not fn.strict and \
                not fn.rest and all(d is None for d in fn.defaults) and not any(p.startswith("%") for p in fn.params):
            fscope.maps_arguments = True
            for p in fn.params:
                fscope.variables[p].captured = True

    def walk_body(self, body: list, scope: Scope) -> None:
        for s in body:
            self.stmt(s, scope)

    def stmt(self, s, scope: Scope) -> None:
        m = getattr(self, "s_" + type(s).__name__)
        m(s, scope)

    def s_VarDecl(self, s: A.VarDecl, scope: Scope) -> None:
        if s.tdz_only:
            return
        for name, init, line, col in s.decls:
            if init is not None:
                self.expr(init, scope)
            self.order += 1
            v = self.lookup(scope, name)
            self.info.decl_vars[(id(s), name)] = v
            if v is not None and v.scope.function is scope.function and v.decl_end == 0:
                v.decl_end = self.order

    def s_FunctionDecl(self, s: A.FunctionDecl, scope: Scope) -> None:
        self.walk_function(s, scope)

    def s_ExprStmt(self, s: A.ExprStmt, scope: Scope) -> None:
        self.expr(s.expr, scope)

    def s_Block(self, s: A.Block, scope: Scope) -> None:
        bscope = Scope("block", scope, scope.function, s)
        self.info.scopes[id(s)] = bscope
        if s.var_scope:
            params = frozenset(name for name, v in scope.variables.items() if v.kind in ("param", "let"))
            self.hoist_vars(s.body, bscope, None if self.strict else params | lexical_names(s.body))
            for name, v in bscope.variables.items():
                param = scope.variables.get(name)
                if name == "arguments" and param is None and not scope.is_arrow:
                    # `var arguments` there starts as the arguments object
                    param = scope.variables[name] = Variable(name, "arguments", scope)
                if param is not None and param.kind not in ("param", "let", "arguments"):
                    param = None
                bscope.body_vars[v] = param
        self.declare_lexical(s.body, bscope, s.var_scope)
        # Block-level function declarations are initialized on block entry.
        for v in bscope.variables.values():
            if v.kind == "blockfunction":
                v.decl_end = -1
        self.walk_body(s.body, bscope)

    def s_If(self, s: A.If, scope: Scope) -> None:
        self.expr(s.test, scope)
        self.stmt(s.then, scope)
        if s.otherwise is not None:
            self.stmt(s.otherwise, scope)

    def s_While(self, s: A.While, scope: Scope) -> None:
        self.expr(s.test, scope)
        self.stmt(s.body, scope)

    def s_DoWhile(self, s: A.DoWhile, scope: Scope) -> None:
        self.stmt(s.body, scope)
        self.expr(s.test, scope)

    def s_For(self, s: A.For, scope: Scope) -> None:
        head = scope
        if isinstance(s.init, A.VarDecl) and s.init.kind != "var":
            head = Scope("block", scope, scope.function, s)
            self.info.scopes[id(s)] = head
            self.declare_lexical([s.init], head)
        if s.init is not None:
            self.stmt(s.init, head) if not isinstance(s.init, A.Node) or isinstance(
                s.init, (A.VarDecl, A.ExprStmt)) else self.expr(s.init, head)
        if s.test is not None:
            self.expr(s.test, head)
        if s.update is not None:
            self.expr(s.update, head)
        self.stmt(s.body, head)

    def s_Throw(self, s: A.Throw, scope: Scope) -> None:
        self.expr(s.value, scope)

    def s_Try(self, s: A.Try, scope: Scope) -> None:
        self.stmt(s.block, scope)
        if s.handler is not None:
            hscope = Scope("block", scope, scope.function, s.handler)
            self.info.scopes[id(s.handler)] = hscope
            if s.param is not None:
                hscope.variables[s.param] = Variable(s.param, "catch", hscope)
            self.declare_lexical(s.handler.body, hscope)
            for v in hscope.variables.values():
                if v.kind == "blockfunction":
                    v.decl_end = -1
            self.walk_body(s.handler.body, hscope)
        if s.finalizer is not None:
            self.stmt(s.finalizer, scope)

    def s_Switch(self, s: A.Switch, scope: Scope) -> None:
        self.expr(s.discriminant, scope)
        sscope = Scope("block", scope, scope.function, s)
        self.info.scopes[id(s)] = sscope
        self.declare_lexical([t for _test, body in s.cases for t in body], sscope)
        for v in sscope.variables.values():
            if v.kind == "blockfunction":
                v.decl_end = -1
            v.skippable = True
        for test, body in s.cases:
            if test is not None:
                self.expr(test, sscope)
            self.walk_body(body, sscope)

    def s_Labeled(self, s: A.Labeled, scope: Scope) -> None:
        self.stmt(s.body, scope)

    def s_ClassDecl(self, s: A.ClassDecl, scope: Scope) -> None:
        self.expr(s.cls, scope)
        self.order += 1
        v = self.info.decl_vars[(id(s), s.name)]
        if v.scope.function is scope.function and v.decl_end == 0:
            v.decl_end = self.order

    def class_expr(self, e: A.ClassExpr, scope: Scope) -> None:
        cscope = Scope("block", scope, scope.function, e)
        self.info.scopes[id(e)] = cscope
        for hidden in (".home", ".shome", ".parent", ".fields"):
            cscope.variables[hidden] = Variable(hidden, "catch", cscope)   # set once, before any use
        if e.name:
            cscope.variables[e.name] = Variable(e.name, "const", cscope)
        if e.superclass is not None:
            self.expr(e.superclass, cscope)
        self.home_stack.append(".home")
        self.walk_function(e.constructor, cscope, derived_ctor=e.superclass is not None)
        self.home_stack.pop()
        for m in e.members:
            if m.key_expr is not None:
                self.expr(m.key_expr, cscope)
            self.home_stack.append(".shome" if m.static else ".home")
            self.walk_function(m.value, cscope)
            self.home_stack.pop()
        if e.name:
            self.order += 1
            cscope.variables[e.name].decl_end = self.order

    def object_literal(self, e: A.ObjectLit, scope: Scope) -> None:
        """An object literal with methods gets a scope holding the object, the home object their
        super.x reads."""
        oscope = scope
        if any(is_method(p.value) for p in e.properties):
            oscope = Scope("block", scope, scope.function, e)
            self.info.scopes[id(e)] = oscope
            oscope.variables[".ohome"] = Variable(".ohome", "catch", oscope)
        for p in e.properties:
            if p.computed is not None:
                self.expr(p.computed, scope)
            if is_method(p.value):
                self.home_stack.append(".ohome")
                self.walk_function(p.value, oscope)
                self.home_stack.pop()
            else:
                self.expr(p.value, scope)

    def super_refs(self, e, scope: Scope, home: str) -> None:
        e.this_ref = A.This(e.line, e.col)
        e.home_ref = A.Identifier(e.line, e.col, home)
        self.expr(e.this_ref, scope)
        self.expr(e.home_ref, scope)

    def s_Return(self, s: A.Return, scope: Scope) -> None:
        if s.value is not None:
            self.expr(s.value, scope)

    def s_Break(self, s, scope):
        pass

    s_Continue = s_Empty = s_Break

    # ---- expressions ------------------------------------------------------------------

    def expr(self, e, scope: Scope) -> None:
        t = type(e)
        if t is A.Identifier:
            self.reference(e, e.name, scope)
        elif t is A.This:
            self.reference(e, "this", scope)
        elif t is A.NewTarget:
            self.new_target_reference(e, scope)
        elif t is A.FunctionExpr:
            self.walk_function(e, scope)
        elif t in (A.NumberLit, A.StringLit, A.BoolLit, A.NullLit, A.UndefinedLit, A.PrivateName):
            pass
        elif t is A.ArrayLit:
            for x in e.elements:
                if x is not None:
                    self.expr(x, scope)
        elif t is A.ObjectLit:
            self.object_literal(e, scope)
        elif t is A.Unary:
            self.expr(e.operand, scope)
        elif t is A.Update:
            self.expr(e.target, scope)
        elif t in (A.Binary, A.Logical):
            self.expr(e.left, scope)
            self.expr(e.right, scope)
        elif t is A.Conditional:
            self.expr(e.test, scope)
            self.expr(e.then, scope)
            self.expr(e.otherwise, scope)
        elif t is A.Assign:
            self.expr(e.target, scope)
            self.expr(e.value, scope)
        elif t is A.Member:
            self.expr(e.obj, scope)
        elif t is A.Index:
            self.expr(e.obj, scope)
            self.expr(e.key, scope)
        elif t in (A.Call, A.New):
            self.expr(e.callee, scope)
            for a in e.args:
                self.expr(a, scope)
        elif t is A.Spread or t is A.OptionalChain:
            self.expr(e.expr, scope)
        elif t is A.Intrinsic:
            for a in e.args:
                self.expr(a, scope)
        elif t is A.ClassExpr:
            self.class_expr(e, scope)
        elif t is A.SuperCall:
            self.super_refs(e, scope, ".parent")
            e.new_ref = A.Identifier(e.line, e.col, ".new")
            self.expr(e.new_ref, scope)
            if hasattr(e, "fields_ref"):
                self.expr(e.fields_ref, scope)
            for a in e.args:
                self.expr(a, scope)
        elif t is A.SuperMember:
            self.super_refs(e, scope, self.home_stack[-1] if self.home_stack else ".home")
            if e.key is not None:
                self.expr(e.key, scope)
        elif t is A.Sequence:
            for x in e.exprs:
                self.expr(x, scope)
        else:  # pragma: no cover - the parser produces nothing else
            raise JSSyntaxError(f"unsupported expression {t.__name__}", e.line, e.col)

    def lookup(self, scope: Scope | None, name: str) -> Variable | None:
        while scope is not None:
            v = scope.variables.get(name)
            if v is not None:
                return v
            scope = scope.parent
        return None

    @staticmethod
    def own_function(scope: Scope) -> Scope | None:
        """The nearest non-arrow function around scope, whose `arguments` and new.target an arrow
        sees; None at a script's top level."""
        f = scope.function
        while f is not None and f.is_arrow:
            f = f.parent.function if f.parent is not None else None
        return f if f is not None and f.kind == "function" else None

    @staticmethod
    def arrow_chain(scope: Scope) -> list[Scope]:
        """scope's function and the functions around it up to the nearest non-arrow one."""
        chain = []
        f = scope.function
        while f is not None:
            chain.append(f)
            if not f.is_arrow:
                break
            f = f.parent.function if f.parent is not None else None
        return chain

    def new_target_reference(self, node, scope: Scope) -> None:
        """new.target names a hidden variable of the nearest non-arrow function (the interpreter
        fills its register on entry); a module's top level has none: there it is undefined."""
        f = self.own_function(scope)
        v = None
        if f is not None:
            v = f.variables.get(".new.target")
            if v is None:
                v = f.variables[".new.target"] = Variable(".new.target", "new.target", f)
            if f is not scope.function:
                v.captured = True
        self.info.references[id(node)] = Reference(v, False)

    def reference(self, node, name: str, scope: Scope) -> None:
        self.order += 1
        v = self.lookup(scope, name)
        if name == "arguments" and (v is None or v.scope.function not in self.arrow_chain(scope)):
            # The arguments object of the nearest non-arrow function (arrows see their outer
            # one's), unless that function or an arrow within it declares the name.
            f = self.own_function(scope)
            if f is not None:
                v = f.variables.get("arguments") or Variable("arguments", "arguments", f)
                f.variables["arguments"] = v
        if v is None:
            self.info.references[id(node)] = Reference(None, False)
            return
        if v.scope.function is not scope.function:
            v.captured = True
        hole_check = False
        if v.is_lexical:
            # Inside the declaring function, a use after the declaration ends always
            # sees an initialized binding; a use before it, or from a closure, may not.
            hole_check = v.scope.function is not scope.function or v.decl_end == 0 or v.skippable
        self.info.references[id(node)] = Reference(v, hole_check)


def is_method(e) -> bool:
    return isinstance(e, A.FunctionExpr) and e.kind in ("method", "getter", "setter")


def lexical_names(body: list) -> frozenset:
    """The let, const and class names a statement list declares."""
    names = set()
    for s in body:
        if isinstance(s, A.VarDecl) and s.kind != "var":
            names.update(name for name, _init, _line, _col in s.decls)
        elif isinstance(s, A.ClassDecl):
            names.add(s.name)
    return frozenset(names)


def analyze(program: A.Program) -> ScopeInfo:
    return Analyzer().analyze_program(program)
