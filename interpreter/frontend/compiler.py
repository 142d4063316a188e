"""Bytecode compiler: AST plus scope analysis -> one SharedFunctionInfo per function literal.

The register file of a frame is laid out as r0 = `this`, r1 = the closure being
run, r2.. = the parameters, then the locals that live in registers, then
temporaries allocated stack-wise. Expressions leave their value in the
accumulator. Every property access, arithmetic, comparison, call and global
site gets a feedback slot; the slot kinds are decided here, the feedback itself
is gathered by the interpreter.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import ast as A
from interpreter.bytecodes import Bytecode as B, check
from interpreter.intrinsics import GETTER, INTRINSIC_IDS, METHOD, SETTER
from interpreter.errors import JSSyntaxError
from .scopes import Scope, ScopeInfo, Variable, analyze
from interpreter.objects.values import BigInt

THIS_REGISTER = 0
CLOSURE_REGISTER = 1
FIRST_PARAM_REGISTER = 2


@dataclass(eq=False)
class SharedFunctionInfo:
    """Everything about a function literal that does not depend on a particular closure (V8's SFI)."""
    name: str
    param_count: int
    is_script: bool = False
    is_arrow: bool = False
    is_method: bool = False        # class/object methods, getters, setters: not constructors
    class_kind: str = ""           # "base" / "derived" for class constructors (callable only with new)
    strict: bool = False
    has_rest: bool = False         # the last parameter collects the remaining arguments
    length: int = -1               # Function.prototype.length (-1: param_count)
    arguments_register: int = -1   # >= 0: the function uses `arguments`, made on entry into this register
    code: list[tuple] = field(default_factory=list)
    # Exception handlers (V8's HandlerTable): (start, end, handler offset, context register),
    # innermost first; a throw at an offset in [start, end) continues at the handler.
    handlers: list[tuple[int, int, int, int]] = field(default_factory=list)
    constants: list = field(default_factory=list)
    register_count: int = 0
    feedback_kinds: list[str] = field(default_factory=list)
    inner: list["SharedFunctionInfo"] = field(default_factory=list)
    call_names: dict[int, str] = field(default_factory=dict)   # call offset -> callee text, for errors
    register_names: dict[int, str] = field(default_factory=dict)  # for dumps and deopt traces
    positions: list[tuple[int, int]] = field(default_factory=list)  # per offset: (line, col)
    # Run-time state, owned by the isolate that registered the function:
    id: int = -1                   # index in the isolate's function table
    native: object = None          # a Python callable (this, args) for built-ins
    native_construct: object = None   # for built-in constructors: a Python callable (args, new_target)
    feedback: list | None = None   # the feedback vector
    invocations: int = 0
    back_edges: int = 0
    optimized: object = None       # the tier's code object while the function is optimized
    osr_at: int = 0                # back-edge count at which to ask the tier for OSR code (0: ask now)
    deopt_count: int = 0
    script_names: frozenset = frozenset()   # a script: its top-level bindings (module scope)
    source_text: str = ""          # the function's source, for Function.prototype.toString

    @property
    def display_name(self) -> str:
        """The name traces and dumps show."""
        return self.name or ("<script>" if self.is_script else "(anonymous)")

    def __repr__(self) -> str:
        return f"<SharedFunctionInfo {self.display_name}>"


_BINARY = {"+": B.Add, "-": B.Sub, "*": B.Mul, "/": B.Div, "%": B.Mod, "**": B.Exp,
           "|": B.BitwiseOr, "^": B.BitwiseXor, "&": B.BitwiseAnd, "<<": B.ShiftLeft,
           ">>": B.ShiftRight, ">>>": B.ShiftRightLogical}
_COMPARE = {"==": (B.TestEqual, False), "!=": (B.TestEqual, True),
            "===": (B.TestEqualStrict, False), "!==": (B.TestEqualStrict, True),
            "<": (B.TestLessThan, False), ">": (B.TestGreaterThan, False),
            "<=": (B.TestLessThanOrEqual, False), ">=": (B.TestGreaterThanOrEqual, False)}


class _Target:
    """A statement that break/continue/return can jump to or through.

    kind 'loop' and 'switch' (and 'block', a labelled statement) collect the jumps to patch;
    'finally' is a try-finally that every jump out of its try or catch block goes through:
    the jump stores a route token (and for a return the value) and enters the finally
    block, whose end dispatches on the token (V8's control-flow commands)."""

    def __init__(self, kind: str, context_depth: int, labels: frozenset = frozenset()):
        self.kind = kind
        self.labels = labels
        self.breaks: list[int] = []
        self.continues: list[int] = []
        self.context_depth = context_depth
        self.token_reg = self.value_reg = -1
        self.entries: list[int] = []      # jumps into the finally block
        self.routes: list[tuple] = []     # token - FIRST_ROUTE -> ('return',) | ('jump', target index, how)


FALLTHROUGH_TOKEN, THROW_TOKEN, FIRST_ROUTE = -1.0, -2.0, 0


class FunctionCompiler:
    def __init__(self, info: ScopeInfo, scope: Scope, name: str, params: list[str],
                 is_script: bool = False, is_arrow: bool = False):
        self.info = info
        self.scope = scope
        self.sfi = SharedFunctionInfo(name, len(params), is_script=is_script, is_arrow=is_arrow)
        self.sfi.register_names.update({THIS_REGISTER: "this", CLOSURE_REGISTER: "<closure>"})
        self.sfi.register_names.update({FIRST_PARAM_REGISTER + i: p for i, p in enumerate(params)})
        self.params = params
        self.next_reg = FIRST_PARAM_REGISTER + len(params)
        self.max_reg = self.next_reg
        self.targets: list[_Target] = []
        self.pending_labels: list[str] = []   # labels for the loop about to be compiled
        self.nullish_exits: list[int] | None = None   # jumps out of the optional chain being compiled
        self.this_object: int | None = None   # derived constructor: the register holding the new object
        # Registers holding the saved outer context, one per context pushed so far.
        self.context_stack: list[int] = []
        # Scopes with a context, innermost last, to compute context depths.
        self.context_scopes: list[Scope] = []
        self.line = scope.node.line if scope.node is not None else 1
        self.col = scope.node.col if scope.node is not None else 1
        self._const_index: dict = {}

    # ---- emission -----------------------------------------------------------------

    def emit(self, *instr) -> int:
        check(instr)
        self.sfi.code.append(instr)
        self.sfi.positions.append((self.line, self.col))
        return len(self.sfi.code) - 1

    def here(self) -> int:
        return len(self.sfi.code)

    def patch(self, at: int, target: int) -> None:
        op, *rest = self.sfi.code[at]
        rest[-1] = target
        self.sfi.code[at] = (op, *rest)

    def const(self, v) -> int:
        key = (type(v), v if not (isinstance(v, float) and v == 0.0) else str(v))
        if isinstance(v, float) and v != v:
            key = (float, "nan")
        i = self._const_index.get(key)
        if i is None:
            i = len(self.sfi.constants)
            self.sfi.constants.append(v)
            self._const_index[key] = i
        return i

    def slot(self, kind: str) -> int:
        self.sfi.feedback_kinds.append(kind)
        return len(self.sfi.feedback_kinds) - 1

    def temp(self, n: int = 1) -> int:
        r = self.next_reg
        self.next_reg += n
        self.max_reg = max(self.max_reg, self.next_reg)
        return r

    def free(self, r: int) -> None:
        self.next_reg = r

    def at(self, node) -> None:
        self.line, self.col = node.line, node.col

    # ---- storage --------------------------------------------------------------------

    def allocate_scope(self, scope: Scope) -> None:
        """Gives each variable of a scope its location; captured ones share the scope's context."""
        for v in scope.variables.values():
            if v.location is not None:
                continue
            if scope.kind == "script" and v.kind != "this" and not v.name.startswith("%"):
                # (the temporaries of desugared code live in registers, even at the top level)
                v.location = ("global", v.name)
            elif v.kind == "this":
                v.location = ("reg", THIS_REGISTER) if not v.captured else None
            elif v.kind == "callee":
                v.location = ("reg", CLOSURE_REGISTER) if not v.captured else None
            elif v.kind == "param" and not v.captured:
                v.location = ("reg", FIRST_PARAM_REGISTER + self.params.index(v.name))
            elif v.kind == "arguments":
                # The interpreter puts the arguments object in this register on entry.
                self.sfi.arguments_register = self.temp()
                v.location = ("reg", self.sfi.arguments_register) if not v.captured else None
            elif not v.captured:
                v.location = ("reg", self.temp())
            if v.location is None:
                v.location = ("context", scope, scope.context_slots)
                scope.context_slots += 1
            elif v.location[0] == "reg":
                self.sfi.register_names.setdefault(v.location[1], v.name)

    def enter_context(self, scope: Scope) -> None:
        self.emit(B.CreateFunctionContext, scope.context_slots)
        saved = self.temp()
        self.emit(B.PushContext, saved)
        self.context_stack.append(saved)
        self.context_scopes.append(scope)

    def leave_context(self) -> None:
        saved = self.context_stack.pop()
        self.context_scopes.pop()
        self.emit(B.PopContext, saved)

    def context_depth(self, scope: Scope) -> int:
        """How many parent links from the current context to `scope`'s context."""
        depth = 0
        for s in reversed(self.context_scopes):
            if s is scope:
                return depth
            depth += 1
        # The scope belongs to an enclosing function: continue through its contexts.
        outer = self.outer_context_scopes
        for s in reversed(outer):
            if s is scope:
                return depth
            depth += 1
        raise AssertionError(f"context of {scope.kind} scope not found")

    outer_context_scopes: list[Scope] = []

    def load_var(self, v: Variable | None, name: str, hole_check: bool) -> None:
        if v is None:
            self.emit(B.LdaGlobal, self.const(name), self.slot("global"))
            return
        loc = v.location
        if loc[0] == "reg":
            self.emit(B.Ldar, loc[1])
        elif loc[0] == "context":
            self.emit(B.LdaContextSlot, self.context_depth(loc[1]), loc[2])
        else:
            self.emit(B.LdaGlobal, self.const(name), self.slot("global"))
            return  # the global load itself checks the hole
        if hole_check:
            self.emit(B.ThrowReferenceErrorIfHole, self.const(name))

    def store_var(self, v: Variable | None, name: str, init: bool = False,
                  hole_check: bool = False) -> None:
        """Stores the accumulator into a variable (init: the declaration's own store)."""
        if v is not None and not init:
            if hole_check:
                # Assigning a let before its declaration is a TDZ error too.
                tmp = self.temp()
                self.emit(B.Star, tmp)
                self.load_var(v, name, True)
                self.emit(B.Ldar, tmp)
                self.free(tmp)
            if v.kind == "const":
                self.emit(B.ThrowConstAssignError)
                return
            if v.kind == "callee":
                return   # a named function expression's own name is read-only (ignored in sloppy mode)
        if v is None:
            if self.sfi.strict:
                # Strict code may not create a global by assigning it: load it first, which
                # throws the ReferenceError when it does not exist.
                tmp = self.temp()
                self.emit(B.Star, tmp)
                self.emit(B.LdaGlobal, self.const(name), self.slot("global"))
                self.emit(B.Ldar, tmp)
                self.free(tmp)
            self.emit(B.StaGlobal, self.const(name), self.slot("global"))
            return
        loc = v.location
        if loc[0] == "reg":
            self.emit(B.Star, loc[1])
        elif loc[0] == "context":
            self.emit(B.StaContextSlot, self.context_depth(loc[1]), loc[2])
        else:
            self.emit(B.StaGlobal, self.const(name), self.slot("global"))

    # ---- functions -------------------------------------------------------------------

    def compile_function_body(self, body: list, fn_node) -> SharedFunctionInfo:
        scope = self.scope
        self.allocate_scope(scope)
        if scope.needs_context:
            self.enter_context(scope)
            for v in scope.variables.values():
                if v.location[0] != "context":
                    continue
                if v.kind == "param":
                    self.emit(B.Ldar, FIRST_PARAM_REGISTER + self.params.index(v.name))
                    self.store_var(v, v.name, init=True)
                elif v.kind == "this":
                    self.emit(B.Ldar, THIS_REGISTER)
                    self.store_var(v, v.name, init=True)
                elif v.kind == "callee":
                    self.emit(B.Ldar, CLOSURE_REGISTER)
                    self.store_var(v, v.name, init=True)
                elif v.kind == "arguments":
                    self.emit(B.Ldar, self.sfi.arguments_register)
                    self.store_var(v, v.name, init=True)
        if hasattr(fn_node, "fields_ref"):
            # A base class constructor: the instance gets its fields before anything else runs.
            args = self.temp(2)
            self.emit(B.Mov, THIS_REGISTER, args)
            self.expr(fn_node.fields_ref)
            self.emit(B.Star, args + 1)
            self.runtime("init_fields", args, 2)
            self.free(args)
        if scope.derived_ctor:
            # `new` allocated the object; `this` stays in its TDZ until super() returns it.
            self.this_object = self.temp()
            self.emit(B.Ldar, THIS_REGISTER)
            self.emit(B.Star, self.this_object)
            self.emit(B.LdaTheHole)
            self.store_var(scope.variables["this"], "this", init=True)
        self.init_lexical(scope)
        self.hoist_functions(body)
        for s in body:
            self.stmt(s)
        self.load_return_undefined()
        self.emit(B.Return)
        self.sfi.register_count = self.max_reg
        return self.sfi

    def init_lexical(self, scope: Scope) -> None:
        """let/const start in the temporal dead zone; context slots and globals must hold the hole."""
        for v in scope.variables.values():
            if v.is_lexical:
                self.emit(B.LdaTheHole)
                self.store_var(v, v.name, init=True)
            elif v.kind == "var" and scope.kind == "script":
                self.emit(B.LdaUndefined)   # declares the global cell
                self.store_var(v, v.name, init=True)

    def hoist_functions(self, body: list) -> None:
        for s in body:
            if isinstance(s, A.FunctionDecl):
                self.at(s)
                self.closure(s, s.name)
                self.store_var(self.info.decl_vars[(id(s), s.name)], s.name, init=True)

    def closure(self, fn, name: str | None, class_kind: str = "") -> None:
        scope = self.info.scopes[id(fn)]
        is_arrow = isinstance(fn, A.FunctionExpr) and fn.is_arrow
        sub = FunctionCompiler(self.info, scope, name or "", fn.params, is_arrow=is_arrow)
        sfi = sub.sfi
        sfi.strict = fn.strict or self.sfi.strict
        sfi.is_method = fn.kind in ("method", "getter", "setter")
        sfi.has_rest = fn.rest
        sfi.class_kind = class_kind
        sfi.source_text = fn.source
        # .length: the parameters before the first one with a default (or the rest parameter)
        defaults = list(getattr(fn, "defaults", None) or []) + [None] * len(fn.params)
        length = len(fn.params) - (1 if fn.rest else 0)
        sfi.length = next((i for i in range(length) if defaults[i] is not None), length)
        sub.outer_context_scopes = self.outer_context_scopes + self.context_scopes
        sub.at(fn)
        sfi = sub.compile_function_body(fn.body, fn)
        self.sfi.inner.append(sfi)
        self.emit(B.CreateClosure, len(self.sfi.inner) - 1)

    # ---- statements -------------------------------------------------------------------

    def stmt(self, s) -> None:
        self.at(s)
        getattr(self, "s_" + type(s).__name__)(s)

    def s_Empty(self, s) -> None:
        pass

    def s_FunctionDecl(self, s) -> None:
        pass  # hoisted to the top of its scope

    def s_ExprStmt(self, s: A.ExprStmt) -> None:
        self.effect(s.expr)

    def effect(self, e) -> None:
        """Compiles an expression whose value is unused: x++ needs no copy of the old value."""
        if isinstance(e, A.Update) and not e.prefix:
            e = A.Update(e.line, e.col, e.op, True, e.target)
        self.expr(e)

    def s_VarDecl(self, s: A.VarDecl) -> None:
        for name, init, line, col in s.decls:
            v = self.info.decl_vars.get((id(s), name))
            if init is None:
                if s.kind == "var":
                    continue
                self.emit(B.LdaUndefined)
            else:
                self.expr(init, name_hint=name)
            self.line, self.col = line, col
            self.store_var(v, name, init=True)

    def load_return_undefined(self) -> None:
        """What `return;` returns: undefined, or in a derived constructor its `this` (a
        ReferenceError while super() has not been called)."""
        if self.scope.derived_ctor:
            self.load_var(self.scope.variables["this"], "this", True)
        else:
            self.emit(B.LdaUndefined)

    def s_Return(self, s: A.Return) -> None:
        if self.sfi.is_script:
            raise JSSyntaxError("Illegal return statement", s.line, s.col)
        if s.value is None:
            self.load_return_undefined()
        else:
            # a class field's initializer names an anonymous function after the field
            self.expr(s.value, name_hint=getattr(s, "name_hint", None))
        self.emit_return()

    def s_Block(self, s: A.Block) -> None:
        scope = self.info.scopes[id(s)]
        self.allocate_scope(scope)
        if scope.needs_context:
            self.enter_context(scope)
        self.init_lexical(scope)
        self.hoist_functions(s.body)
        for t in s.body:
            self.stmt(t)
        if scope.needs_context:
            self.leave_context()

    def s_If(self, s: A.If) -> None:
        jump_else = self.condition(s.test, False)
        self.stmt(s.then)
        if s.otherwise is None:
            self.patch(jump_else, self.here())
            return
        jump_end = self.emit(B.Jump, 0)
        self.patch(jump_else, self.here())
        self.stmt(s.otherwise)
        self.patch(jump_end, self.here())

    def condition(self, test, jump_if: bool) -> int:
        """Evaluates test and emits a forward jump taken when its truth equals jump_if."""
        self.expr(test)
        self.at(test)
        boolean = (isinstance(test, A.Binary) and test.op in _COMPARE) or (
            isinstance(test, A.Unary) and test.op == "!") or isinstance(test, A.BoolLit)
        if boolean:
            return self.emit(B.JumpIfTrue if jump_if else B.JumpIfFalse, 0)
        return self.emit(B.JumpIfToBooleanTrue if jump_if else B.JumpIfToBooleanFalse, 0)

    def new_loop(self) -> _Target:
        labels = frozenset(self.pending_labels)
        self.pending_labels = []
        return _Target("loop", len(self.context_stack), labels)

    def loop_body(self, body, loop: _Target) -> None:
        self.targets.append(loop)
        self.stmt(body)
        self.targets.pop()

    def s_While(self, s: A.While) -> None:
        loop = self.new_loop()
        header = self.here()
        exit_jump = self.condition(s.test, False)
        self.loop_body(s.body, loop)
        for c in loop.continues:
            self.patch(c, self.here())   # through the JumpLoop, so the back edge is counted
        self.at(s)
        self.emit(B.JumpLoop, header)
        self.patch(exit_jump, self.here())
        for b in loop.breaks:
            self.patch(b, self.here())

    def s_DoWhile(self, s: A.DoWhile) -> None:
        loop = self.new_loop()
        top = self.here()
        self.loop_body(s.body, loop)
        test = self.here()
        for c in loop.continues:
            self.patch(c, test)
        exit_jump = self.condition(s.test, False)
        self.emit(B.JumpLoop, top)
        self.patch(exit_jump, self.here())
        for b in loop.breaks:
            self.patch(b, self.here())

    def s_For(self, s: A.For) -> None:
        labels = self.pending_labels
        self.pending_labels = []
        head = self.info.scopes.get(id(s))
        if head is not None:
            self.allocate_scope(head)
            if head.needs_context:
                self.enter_context(head)
            self.init_lexical(head)
        if s.init is not None:
            if isinstance(s.init, (A.VarDecl, A.ExprStmt)):
                self.stmt(s.init)
            else:
                self.expr(s.init)
        self.pending_labels = labels
        loop = self.new_loop()
        header = self.here()
        exit_jump = self.condition(s.test, False) if s.test is not None else None
        self.loop_body(s.body, loop)
        cont = self.here()
        for c in loop.continues:
            self.patch(c, cont)
        if head is not None and head.needs_context:
            self.emit(B.CloneContext)   # each iteration gets fresh let bindings
        if s.update is not None:
            self.effect(s.update)
        self.at(s)
        self.emit(B.JumpLoop, header)
        end = self.here()
        if exit_jump is not None:
            self.patch(exit_jump, end)
        for b in loop.breaks:
            self.patch(b, end)
        if head is not None and head.needs_context:
            self.leave_context()

    def _unwind_contexts(self, depth: int) -> None:
        if len(self.context_stack) > depth:
            self.emit(B.PopContext, self.context_stack[depth])

    def s_Break(self, s: A.Break) -> None:
        for i in range(len(self.targets) - 1, -1, -1):
            t = self.targets[i]
            if (s.label is None and t.kind in ("loop", "switch")) or (s.label is not None and s.label in t.labels):
                self.jump_to(i, "break")
                return
        raise JSSyntaxError("Illegal break statement", s.line, s.col)

    def s_Continue(self, s: A.Continue) -> None:
        for i in range(len(self.targets) - 1, -1, -1):
            t = self.targets[i]
            if t.kind == "loop" and (s.label is None or s.label in t.labels):
                self.jump_to(i, "continue")
                return
        raise JSSyntaxError("Illegal continue statement: no surrounding iteration statement", s.line, s.col)

    def jump_to(self, index: int, how: str) -> None:
        """break/continue to targets[index], through any finally blocks in between."""
        for j in range(len(self.targets) - 1, index, -1):
            if self.targets[j].kind == "finally":
                self.enter_finally(j, ("jump", index, how))
                return
        t = self.targets[index]
        self._unwind_contexts(t.context_depth)
        (t.breaks if how == "break" else t.continues).append(self.emit(B.Jump, 0))

    def emit_return(self) -> None:
        """Returns the accumulator, running enclosing finally blocks first."""
        for j in range(len(self.targets) - 1, -1, -1):
            if self.targets[j].kind == "finally":
                self.enter_finally(j, ("return",))
                return
        self.emit(B.Return)

    def enter_finally(self, j: int, route: tuple) -> None:
        f = self.targets[j]
        if route[0] == "return":
            self.emit(B.Star, f.value_reg)
        token = float(FIRST_ROUTE + len(f.routes))
        f.routes.append(route)
        self.emit(B.LdaConstant, self.const(token))
        self.emit(B.Star, f.token_reg)
        self._unwind_contexts(f.context_depth)
        f.entries.append(self.emit(B.Jump, 0))

    def s_Labeled(self, s: A.Labeled) -> None:
        body = s.body
        if isinstance(body, (A.While, A.DoWhile, A.For)) or hasattr(body, "inner_loop") or \
                isinstance(body, A.Labeled):
            # The loop takes the label (for a desugared for-in/of, its inner loop: nothing
            # before it in the block makes a loop).
            self.pending_labels.append(s.label)
            self.stmt(body)
            return
        t = _Target("block", len(self.context_stack), frozenset(self.pending_labels + [s.label]))
        self.pending_labels = []
        self.targets.append(t)
        self.stmt(body)
        self.targets.pop()
        for b in t.breaks:
            self.patch(b, self.here())

    def s_Throw(self, s: A.Throw) -> None:
        self.expr(s.value)
        self.at(s)
        self.emit(B.Throw)

    def s_Try(self, s: A.Try) -> None:
        if s.finalizer is None:
            self.try_catch(s)
            return
        f = _Target("finally", len(self.context_stack))
        f.token_reg = self.temp()
        f.value_reg = self.temp()
        ctx = self.temp()
        self.emit(B.SaveContext, ctx)
        self.targets.append(f)
        start = self.here()
        if s.handler is not None:
            self.try_catch(s)
        else:
            self.stmt(s.block)
        self.targets.pop()
        end = self.here()
        self.emit(B.LdaConstant, self.const(FALLTHROUGH_TOKEN))
        self.emit(B.Star, f.token_reg)
        normal = self.emit(B.Jump, 0)
        # The exception path: the handler gets the exception in the accumulator.
        self.sfi.handlers.append((start, end, self.here(), ctx))
        self.emit(B.Star, f.value_reg)
        self.emit(B.LdaConstant, self.const(THROW_TOKEN))
        self.emit(B.Star, f.token_reg)
        for j in [normal] + f.entries:
            self.patch(j, self.here())
        self.stmt(s.finalizer)
        self.at(s.finalizer)
        # Dispatch on how the try block was left.
        for k, route in enumerate(f.routes):
            self.emit(B.LdaConstant, self.const(float(FIRST_ROUTE + k)))
            self.emit(B.TestEqualStrict, f.token_reg, self.slot("compare"))
            skip = self.emit(B.JumpIfFalse, 0)
            if route[0] == "return":
                self.emit(B.Ldar, f.value_reg)
                self.emit_return()
            else:
                self.jump_to(route[1], route[2])
            self.patch(skip, self.here())
        self.emit(B.LdaConstant, self.const(THROW_TOKEN))
        self.emit(B.TestEqualStrict, f.token_reg, self.slot("compare"))
        skip = self.emit(B.JumpIfFalse, 0)
        self.emit(B.Ldar, f.value_reg)
        self.emit(B.ReThrow)
        self.patch(skip, self.here())
        self.free(f.token_reg)

    def try_catch(self, s: A.Try) -> None:
        ctx = self.temp()
        self.emit(B.SaveContext, ctx)
        start = self.here()
        self.stmt(s.block)
        end = self.here()
        done = self.emit(B.Jump, 0)
        self.sfi.handlers.append((start, end, self.here(), ctx))
        scope = self.info.scopes[id(s.handler)]
        self.allocate_scope(scope)
        exc = self.temp()
        self.emit(B.Star, exc)
        if scope.needs_context:
            self.enter_context(scope)
        if s.param is not None:
            self.emit(B.Ldar, exc)
            self.store_var(scope.variables[s.param], s.param, init=True)
        self.init_lexical(scope)
        self.hoist_functions(s.handler.body)
        for t in s.handler.body:
            self.stmt(t)
        if scope.needs_context:
            self.leave_context()
        self.patch(done, self.here())
        self.free(ctx)

    def s_Switch(self, s: A.Switch) -> None:
        labels = frozenset(self.pending_labels)
        self.pending_labels = []
        self.expr(s.discriminant)
        disc = self.temp()
        self.emit(B.Star, disc)
        scope = self.info.scopes[id(s)]
        self.allocate_scope(scope)
        if scope.needs_context:
            self.enter_context(scope)
        self.init_lexical(scope)
        self.hoist_functions([t for _test, body in s.cases for t in body])
        t = _Target("switch", len(self.context_stack), labels)
        jumps = []
        for test, _body in s.cases:
            if test is not None:
                self.expr(test)
                self.at(test)
                self.emit(B.TestEqualStrict, disc, self.slot("compare"))
                jumps.append(self.emit(B.JumpIfTrue, 0))
            else:
                jumps.append(None)
        to_default = self.emit(B.Jump, 0)
        self.targets.append(t)
        default_at = None
        for (test, body), j in zip(s.cases, jumps):
            if j is None:
                default_at = self.here()
            else:
                self.patch(j, self.here())
            for stmt in body:
                self.stmt(stmt)
        self.targets.pop()
        end = self.here()
        self.patch(to_default, default_at if default_at is not None else end)
        for b in t.breaks:
            self.patch(b, end)
        if scope.needs_context:
            self.leave_context()
        self.free(disc)

    def s_ClassDecl(self, s: A.ClassDecl) -> None:
        self.e_ClassExpr(s.cls, s.name)
        self.store_var(self.info.decl_vars[(id(s), s.name)], s.name, init=True)

    # ---- expressions -------------------------------------------------------------------

    def expr(self, e, name_hint: str | None = None) -> None:
        self.at(e)
        t = type(e)
        if t is A.NumberLit:
            v = e.value
            self.emit(B.LdaConstant, self.const(v if type(v) is BigInt else float(v)))
        elif t is A.StringLit:
            self.emit(B.LdaConstant, self.const(e.value))
        elif t is A.BoolLit:
            self.emit(B.LdaTrue if e.value else B.LdaFalse)
        elif t is A.NullLit:
            self.emit(B.LdaNull)
        elif t is A.UndefinedLit:
            self.emit(B.LdaUndefined)
        elif t is A.Identifier:
            ref = self.info.references[id(e)]
            if ref.variable is None and e.name == "undefined":
                self.emit(B.LdaUndefined)
            else:
                self.load_var(ref.variable, e.name, ref.needs_hole_check)
        elif t is A.This:
            ref = self.info.references[id(e)]
            if ref.variable is None:
                # Top-level code (and arrows in it): the module's `this`, its exports object.
                if self.sfi.is_script:
                    self.emit(B.Ldar, THIS_REGISTER)
                else:
                    self.emit(B.LdaGlobalInsideTypeof, self.const("exports"), self.slot("global"))
            else:
                self.load_var(ref.variable, "this", ref.variable.scope.derived_ctor)
        elif t is A.FunctionExpr:
            self.closure(e, e.name or name_hint)
        elif t is A.ClassExpr:
            self.e_ClassExpr(e, name_hint)
        else:
            getattr(self, "e_" + t.__name__)(e)

    def e_Sequence(self, e: A.Sequence) -> None:
        for x in e.exprs:
            self.expr(x)

    def e_ArrayLit(self, e: A.ArrayLit) -> None:
        if any(isinstance(x, A.Spread) for x in e.elements):
            self.array_with_spread(e.elements)
            return
        n = len(e.elements)
        first = self.temp(n)
        for i, x in enumerate(e.elements):
            if x is None:
                self.emit(B.LdaTheHole)   # a hole: `[1, , 3]`
            else:
                self.expr(x)
            self.emit(B.Star, first + i)
        self.at(e)
        self.emit(B.CreateArrayLiteral, first, n)
        self.free(first)

    def array_with_spread(self, elements: list, arguments: bool = False) -> None:
        """acc = an array of the elements, each `...x` contributing every value of x. For a call's
        arguments the not-iterable message depends on whether `...x` is the only spread and last
        (V8's CallWithSpread), so the intrinsic is told."""
        prefix = 0
        while prefix < len(elements) and not isinstance(elements[prefix], A.Spread):
            prefix += 1
        spreads = [x for x in elements if isinstance(x, A.Spread)]
        final_only = len(spreads) == 1 and elements[-1] is spreads[0]
        first = self.temp(max(prefix, 3))
        for i in range(prefix):
            if elements[i] is None:
                self.emit(B.LdaTheHole)
            else:
                self.expr(elements[i])
            self.emit(B.Star, first + i)
        self.emit(B.CreateArrayLiteral, first, prefix)
        self.emit(B.Star, first)
        for x in elements[prefix:]:
            if x is None:
                self.emit(B.LdaTheHole)
            else:
                self.expr(x.expr if isinstance(x, A.Spread) else x)
            self.emit(B.Star, first + 1)
            self.at(x)
            if not isinstance(x, A.Spread):
                self.runtime("append", first, 2)
                continue
            if arguments:
                self.emit(B.LdaTrue if final_only else B.LdaFalse)
            else:
                self.emit(B.LdaConstant, self.const(x.text))
            self.emit(B.Star, first + 2)
            self.runtime("spread_arguments" if arguments else "spread_into", first, 3)
        self.free(first)

    def runtime(self, name: str, first: int, count: int) -> int:
        return self.emit(B.CallRuntime, INTRINSIC_IDS[name], first, count)

    def e_Intrinsic(self, e: A.Intrinsic) -> None:
        n = len(e.args)
        first = self.temp(n)
        for i, a in enumerate(e.args):
            self.expr(a)
            self.emit(B.Star, first + i)
        self.at(e)
        self.runtime(e.name, first, n)
        self.free(first)

    def e_Spread(self, e: A.Spread) -> None:
        raise JSSyntaxError("Unexpected token '...'", e.line, e.col)

    def e_ClassExpr(self, e: A.ClassExpr, name_hint: str | None = None) -> None:
        scope = self.info.scopes[id(e)]
        self.allocate_scope(scope)
        if scope.needs_context:
            self.enter_context(scope)
        self.init_lexical(scope)
        name = e.name or name_hint or ""
        args = self.temp(4)                # [constructor, parent] then [home, key, fn, kind]
        if e.superclass is not None:
            self.expr(e.superclass)
            self.emit(B.Star, args + 1)
            self.store_var(scope.variables[".parent"], ".parent", init=True)
        else:
            self.emit(B.LdaTheHole)
            self.emit(B.Star, args + 1)
        self.closure(e.constructor, name, class_kind="derived" if e.superclass is not None else "base")
        self.sfi.inner[-1].source_text = e.source     # a class's toString is the class's text
        self.emit(B.Star, args)
        self.store_var(scope.variables[".shome"], ".shome", init=True)
        self.at(e)
        self.runtime("define_class", args, 2)
        self.store_var(scope.variables[".home"], ".home", init=True)
        ctor, proto = self.temp(), self.temp()
        self.emit(B.Star, proto)
        self.emit(B.Mov, args, ctor)
        # .fields = [kind, key, value, ...]: what each instance gets, private methods and
        # accessors first (`value` the function), then fields in order (`value` the
        # initializer). Keys are evaluated once, at class definition.
        fields = [m for m in e.members if A.instance_initialized(m) and m.kind != "field"] + \
                 [m for m in e.members if m.kind == "field" and not m.static]
        if fields:
            first = self.temp(3 * len(fields))
            for i, m in enumerate(fields):
                self.emit(B.LdaConstant, self.const(m.kind))
                self.emit(B.Star, first + 3 * i)
                self.load_key(m.key, m.key_expr)
                self.emit(B.Star, first + 3 * i + 1)
                self.closure(m.value, A.display_key(m.key) if m.kind in ("field", "method") else None)
                self.emit(B.Star, first + 3 * i + 2)
            self.emit(B.CreateArrayLiteral, first, 3 * len(fields))
            self.store_var(scope.variables[".fields"], ".fields", init=True)
            self.free(first)
        for m in e.members:
            if m.kind in ("field", "static_block") or A.instance_initialized(m):
                continue
            self.emit(B.Mov, ctor if m.static else proto, args)
            self.load_key(m.key, m.key_expr)
            self.emit(B.Star, args + 1)
            self.closure(m.value, A.display_key(m.key) if m.kind == "method" else None)
            self.emit(B.Star, args + 2)
            kind = {"method": METHOD, "getter": GETTER, "setter": SETTER}[m.kind]
            self.emit(B.LdaConstant, self.const(kind))
            self.emit(B.Star, args + 3)
            self.at(m)
            self.runtime("define_method", args, 4)
        if e.name:
            # The inner binding is initialized before static fields run (they may use it).
            self.emit(B.Ldar, ctor)
            self.store_var(scope.variables[e.name], e.name, init=True)
        for m in e.members:
            if not m.static or m.kind not in ("field", "static_block"):
                continue
            # A static initializer runs as a method of the class: `this` is the class.
            call = self.temp(2)
            if m.kind == "field":
                self.load_key(m.key, m.key_expr)
                self.emit(B.Star, args + 1)
            self.closure(m.value, A.display_key(m.key))
            self.emit(B.Star, call)
            self.emit(B.Mov, ctor, call + 1)
            self.at(m)
            self.emit(B.Call, call, call + 1, 0, self.slot("call"))
            self.free(call)
            if m.kind == "field":
                self.emit(B.Star, args + 2)
                self.emit(B.Mov, ctor, args)
                self.runtime("define_field", args, 3)
        self.emit(B.Ldar, ctor)
        if scope.needs_context:
            self.leave_context()
        self.emit(B.Ldar, ctor)
        self.free(args)

    def load_key(self, key: str | None, computed) -> None:
        """acc = a property key: the name, or the computed key expression's value."""
        if computed is not None:
            self.expr(computed)
        else:
            self.emit(B.LdaConstant, self.const(key))

    def e_SuperCall(self, e: A.SuperCall) -> None:
        spread = any(isinstance(a, A.Spread) for a in e.args)
        n = 1 if spread else len(e.args)
        first = self.temp(2 + n)
        self.expr(e.home_ref)
        self.emit(B.Star, first)
        if self.this_object is not None:
            self.emit(B.Ldar, self.this_object)
        else:
            self.emit(B.LdaUndefined)   # super() from an arrow function is not supported
        self.emit(B.Star, first + 1)
        if spread:
            self.array_with_spread(e.args, arguments=True)
            self.emit(B.Star, first + 2)
        else:
            for i, a in enumerate(e.args):
                self.expr(a)
                self.emit(B.Star, first + 2 + i)
        self.at(e)
        self.runtime("super_call_spread" if spread else "super_call", first, 2 + n)
        this = self.info.references[id(e.this_ref)].variable
        if this is not None and self.this_object is not None:
            self.store_var(this, "this", init=True)
        if hasattr(e, "fields_ref"):
            self.emit(B.Star, first)
            self.expr(e.fields_ref)
            self.emit(B.Star, first + 1)
            self.runtime("init_fields", first, 2)
        self.free(first)

    def super_get(self, e: A.SuperMember, this_into: int | None = None) -> None:
        """acc = super[key] (this_into: also leave `this` in that register, for a call)."""
        first = self.temp(3)
        self.expr(e.home_ref)
        self.emit(B.Star, first)
        self.load_key(e.name, e.key)
        self.emit(B.Star, first + 1)
        self.expr(e.this_ref)
        self.emit(B.Star, first + 2)
        if this_into is not None:
            self.emit(B.Star, this_into)
        self.at(e)
        self.runtime("super_get", first, 3)
        self.free(first)

    def e_SuperMember(self, e: A.SuperMember) -> None:
        self.super_get(e)

    def e_OptionalChain(self, e: A.OptionalChain) -> None:
        saved = getattr(self, "nullish_exits", None)
        self.nullish_exits = []
        self.expr(e.expr)
        exits = self.nullish_exits
        self.nullish_exits = saved
        done = self.emit(B.Jump, 0)
        for j in exits:
            self.patch(j, self.here())
        self.emit(B.LdaUndefined)
        self.patch(done, self.here())

    def exit_if_nullish(self, reg: int) -> None:
        """In an optional chain: leave it with undefined when register reg is null or undefined."""
        self.emit(B.LdaNull)
        self.emit(B.TestEqual, reg, self.slot("compare"))
        self.nullish_exits.append(self.emit(B.JumpIfTrue, 0))

    def e_ObjectLit(self, e: A.ObjectLit) -> None:
        simple = all(p.kind == "init" and p.computed is None for p in e.properties)
        args = self.temp(1 if simple else 4)      # [object, key, value, kind] for the intrinsics
        keys = {p.key for p in e.properties if p.kind == "init" and p.computed is None}
        self.emit(B.CreateObjectLiteral, len(keys))
        self.emit(B.Star, args)
        for p in e.properties:
            self.at(p)
            if p.kind == "init" and p.computed is None:
                self.expr(p.value, name_hint=p.key)
                self.at(p)
                self.emit(B.DefineNamedOwnProperty, args, self.const(p.key), self.slot("store"))
                continue
            if p.kind == "spread" or p.kind == "proto":
                self.expr(p.value)
                self.emit(B.Star, args + 1)
                self.runtime("copy_data_properties" if p.kind == "spread" else "set_literal_prototype", args, 2)
                continue
            self.load_key(p.key, p.computed)
            self.emit(B.Star, args + 1)
            # an accessor is named by define_accessor ("get g"), a value by its key
            self.expr(p.value, name_hint=p.key if p.kind == "init" else None)
            self.emit(B.Star, args + 2)
            if p.kind == "init":
                self.runtime("define_field", args, 3)
            else:
                self.emit(B.LdaConstant, self.const(GETTER if p.kind == "get" else SETTER))
                self.emit(B.Star, args + 3)
                self.runtime("define_accessor", args, 4)
        self.emit(B.Ldar, args)
        self.free(args)

    def e_Unary(self, e: A.Unary) -> None:
        if e.op == "delete":
            self.delete(e)
            return
        if e.op == "typeof" and isinstance(e.operand, A.Identifier):
            ref = self.info.references[id(e.operand)]
            if ref.variable is None and e.operand.name != "undefined":
                # typeof of an undeclared name is "undefined", not a ReferenceError.
                self.emit(B.LdaGlobalInsideTypeof, self.const(e.operand.name), self.slot("global"))
                self.emit(B.TypeOf)
                return
        self.expr(e.operand)
        self.at(e)
        op = e.op
        if op == "-":
            self.emit(B.Negate, self.slot("unary"))
        elif op == "+":
            self.emit(B.ToNumber, self.slot("unary"))
        elif op == "!":
            self.emit(B.LogicalNot)
        elif op == "~":
            self.emit(B.BitwiseNot, self.slot("unary"))
        elif op == "typeof":
            self.emit(B.TypeOf)
        elif op == "void":
            self.emit(B.LdaUndefined)
        else:
            raise JSSyntaxError(f"unary '{op}' is not supported", e.line, e.col)

    def delete(self, e: A.Unary) -> None:
        target = e.operand
        if isinstance(target, A.OptionalChain):
            target = target.expr
        if isinstance(target, (A.Member, A.Index)):
            first = self.temp(2)
            self.expr(target.obj)
            self.emit(B.Star, first)
            if isinstance(target, A.Member):
                self.emit(B.LdaConstant, self.const(target.name))
            else:
                self.expr(target.key)
            self.emit(B.Star, first + 1)
            self.at(e)
            self.runtime("delete_property_strict" if self.sfi.strict else "delete_property", first, 2)
            self.free(first)
            return
        if isinstance(target, A.Identifier):
            # Declared bindings cannot be deleted; an undeclared name "can" (there is nothing).
            ref = self.info.references[id(target)]
            self.emit(B.LdaFalse if ref.variable is not None else B.LdaTrue)
            return
        self.effect(target)
        self.emit(B.LdaTrue)

    def register_operand(self, e, other) -> int | None:
        """The register of a local variable operand that can be used in place (no copy).

        Safe when nothing evaluated after it can change it: register variables are never
        captured, so only an assignment or update inside `other` itself could.
        """
        if not isinstance(e, A.Identifier):
            return None
        ref = self.info.references[id(e)]
        v = ref.variable
        if v is None or ref.needs_hole_check or v.location[0] != "reg" or assigns(other, e.name):
            return None
        return v.location[1]

    def e_Binary(self, e: A.Binary) -> None:
        if isinstance(e.left, A.PrivateName) and e.op == "in":
            args = self.temp(2)
            self.expr(e.right)
            self.emit(B.Star, args)
            self.emit(B.LdaConstant, self.const(e.left.name))
            self.emit(B.Star, args + 1)
            self.at(e)
            self.runtime("private_in", args, 2)
            self.free(args)
            return
        lhs = self.register_operand(e.left, e.right)
        temp = None
        if lhs is None:
            self.expr(e.left)
            lhs = temp = self.temp()
            self.emit(B.Star, lhs)
        self.expr(e.right)
        self.at(e)
        if e.op in _BINARY:
            self.emit(_BINARY[e.op], lhs, self.slot("binop"))
        elif e.op in _COMPARE:
            op, negate = _COMPARE[e.op]
            self.emit(op, lhs, self.slot("compare"))
            if negate:
                self.emit(B.LogicalNot)
        elif e.op == "instanceof":
            self.emit(B.TestInstanceOf, lhs)
        elif e.op == "in":
            self.emit(B.TestIn, lhs)
        else:
            raise JSSyntaxError(f"operator '{e.op}' is not supported", e.line, e.col)
        if temp is not None:
            self.free(temp)

    def e_Logical(self, e: A.Logical) -> None:
        self.expr(e.left)
        self.at(e)
        j = self.jump_if_short_circuit(e.op)
        self.expr(e.right)
        self.patch(j, self.here())

    def jump_if_short_circuit(self, op: str) -> int:
        """With the left operand of && || ?? (or &&= ||= ??=) in acc: the jump, to be patched to
        the end, taken with acc unchanged when the right side is not evaluated."""
        if op == "&&":
            return self.emit(B.JumpIfToBooleanFalse, 0)
        if op == "||":
            return self.emit(B.JumpIfToBooleanTrue, 0)
        # ??: short-circuits on anything but undefined and null
        tmp = self.temp()
        self.emit(B.Star, tmp)
        self.emit(B.LdaNull)
        self.emit(B.TestEqual, tmp, self.slot("compare"))
        self.emit(B.LogicalNot)
        j2 = self.emit(B.JumpIfFalse, 0)
        self.emit(B.Ldar, tmp)
        j = self.emit(B.Jump, 0)
        self.patch(j2, self.here())
        self.free(tmp)
        return j

    def e_Conditional(self, e: A.Conditional) -> None:
        j_else = self.condition(e.test, False)
        self.expr(e.then)
        j_end = self.emit(B.Jump, 0)
        self.patch(j_else, self.here())
        self.expr(e.otherwise)
        self.patch(j_end, self.here())

    def e_PrivateName(self, e: A.PrivateName) -> None:
        raise JSSyntaxError(f"Unexpected identifier '{A.display_key(e.name)}'", e.line, e.col)

    def private_access(self, name: str, obj: int, args: int, value: bool = False) -> None:
        """acc = obj.#name (or obj.#name = register args + 2, when `value`): private members go
        through the runtime, which makes the brand check (registers args.. are scratch)."""
        if obj != args:
            self.emit(B.Mov, obj, args)
        self.emit(B.LdaConstant, self.const(name))
        self.emit(B.Star, args + 1)
        self.runtime("private_set" if value else "private_get", args, 3 if value else 2)

    def e_Member(self, e: A.Member) -> None:
        if e.private:
            args = self.temp(2)
            self.expr(e.obj)
            self.emit(B.Star, args)
            if e.optional:
                self.exit_if_nullish(args)
            self.at(e)
            self.private_access(e.name, args, args)
            self.free(args)
            return
        obj = self.register_operand(e.obj, None)
        if obj is None:
            self.expr(e.obj)
            obj = self.temp()
            self.emit(B.Star, obj)
            self.free(obj)
        if e.optional:
            self.exit_if_nullish(obj)
        self.at(e)
        self.emit(B.GetNamedProperty, obj, self.const(e.name), self.slot("load"))

    def e_Index(self, e: A.Index) -> None:
        obj = self.register_operand(e.obj, e.key)
        temp = None
        if obj is None:
            self.expr(e.obj)
            obj = temp = self.temp()
            self.emit(B.Star, obj)
        if e.optional:
            self.exit_if_nullish(obj)
        self.expr(e.key)
        self.at(e)
        self.emit(B.GetKeyedProperty, obj, self.slot("keyed_load"))
        if temp is not None:
            self.free(temp)

    # -- assignment and update share "reference" handling: evaluate the target's
    #    object/key once, read the old value, store the new one.

    def _target_prepare(self, target):
        if isinstance(target, A.Identifier):
            ref = self.info.references[id(target)]
            return ("var", ref)
        if isinstance(target, A.Member) and target.private:
            self.expr(target.obj)
            obj = self.temp(3)
            self.emit(B.Star, obj)
            return ("private", obj, target.name)
        if isinstance(target, A.Member):
            self.expr(target.obj)
            obj = self.temp()
            self.emit(B.Star, obj)
            return ("member", obj, target.name)
        if isinstance(target, A.Index):
            self.expr(target.obj)
            obj = self.temp(2)
            self.emit(B.Star, obj)
            self.expr(target.key)
            self.emit(B.Star, obj + 1)
            return ("index", obj)
        raise JSSyntaxError("Invalid left-hand side in assignment", target.line, target.col)

    def _target_load(self, target, t) -> None:
        if t[0] == "var":
            self.load_var(t[1].variable, target.name, t[1].needs_hole_check)
        elif t[0] == "member":
            self.emit(B.GetNamedProperty, t[1], self.const(t[2]), self.slot("load"))
        elif t[0] == "private":
            self.private_access(t[2], t[1], t[1])
        else:
            self.emit(B.Ldar, t[1] + 1)
            self.emit(B.GetKeyedProperty, t[1], self.slot("keyed_load"))

    def _target_store(self, target, t) -> None:
        if t[0] == "var":
            self.store_var(t[1].variable, target.name, hole_check=t[1].needs_hole_check)
        elif t[0] == "member":
            self.emit(B.SetNamedProperty, t[1], self.const(t[2]), self.slot("store"))
        elif t[0] == "private":
            self.emit(B.Star, t[1] + 2)
            self.private_access(t[2], t[1], t[1], value=True)
        else:
            self.emit(B.SetKeyedProperty, t[1], t[1] + 1, self.slot("keyed_store"))

    def _target_free(self, t) -> None:
        if t[0] != "var":
            self.free(t[1])

    def e_Assign(self, e: A.Assign) -> None:
        t = self._target_prepare(e.target)
        hint = e.target.name if isinstance(e.target, A.Identifier) else None
        if e.op in ("&&=", "||=", "??="):
            # the target is read once and written only when the right side is evaluated
            self._target_load(e.target, t)
            self.at(e)
            j = self.jump_if_short_circuit(e.op[:-1])
            self.expr(e.value, name_hint=hint)
            self.at(e)
            self._target_store(e.target, t)
            self.patch(j, self.here())
            self._target_free(t)
            return
        if e.op == "=":
            self.expr(e.value, name_hint=hint)
        else:
            self._target_load(e.target, t)
            old = self.temp()
            self.emit(B.Star, old)
            self.expr(e.value)
            self.at(e)
            self.emit(_BINARY[e.op[:-1]], old, self.slot("binop"))
            self.free(old)
        self.at(e)
        self._target_store(e.target, t)
        self._target_free(t)

    def e_Update(self, e: A.Update) -> None:
        t = self._target_prepare(e.target)
        self._target_load(e.target, t)
        self.at(e)
        op = B.Inc if e.op == "++" else B.Dec
        if e.prefix:
            self.emit(op, self.slot("unary"))
            self._target_store(e.target, t)
        else:
            self.emit(B.ToNumeric, self.slot("unary"))
            old = self.temp()
            self.emit(B.Star, old)
            self.emit(op, self.slot("unary"))
            self._target_store(e.target, t)
            self.emit(B.Ldar, old)
            self.free(old)
        self._target_free(t)

    def e_Call(self, e: A.Call) -> None:
        spread = any(isinstance(a, A.Spread) for a in e.args)
        n = 1 if spread else len(e.args)
        fn = e.callee
        private = isinstance(fn, A.Member) and fn.private
        callee = self.temp(2 + (max(n, 2) if private else n))   # o.#m needs two scratch registers
        recv = callee + 1
        if isinstance(fn, (A.Member, A.Index)):
            self.expr(fn.obj)
            self.emit(B.Star, recv)
            if fn.optional:
                self.exit_if_nullish(recv)
            self.at(fn)
            if private:
                self.private_access(fn.name, recv, recv + 1)
            elif isinstance(fn, A.Member):
                self.emit(B.GetNamedProperty, recv, self.const(fn.name), self.slot("load"))
            else:
                self.expr(fn.key)
                self.emit(B.GetKeyedProperty, recv, self.slot("keyed_load"))
        elif isinstance(fn, A.SuperMember):
            self.super_get(fn, this_into=recv)
        else:
            self.expr(fn)
            self.emit(B.Star, callee)
            self.emit(B.LdaUndefined)
            self.emit(B.Star, recv)
            self.emit(B.Ldar, callee)
        self.emit(B.Star, callee)
        if e.optional:
            self.exit_if_nullish(callee)
        if spread:
            self.array_with_spread(e.args, arguments=True)
            self.emit(B.Star, recv + 1)
            self.at(e)
            self.runtime("call_spread", callee, 3)
        else:
            for i, a in enumerate(e.args):
                self.expr(a)
                self.emit(B.Star, recv + 1 + i)
            self.at(e)
            at = self.emit(B.Call, callee, recv, n, self.slot("call"))
            self.sfi.call_names[at] = callee_text(e.callee)
        self.free(callee)

    def e_New(self, e: A.New) -> None:
        spread = any(isinstance(a, A.Spread) for a in e.args)
        n = 1 if spread else len(e.args)
        callee = self.temp(1 + n)
        self.expr(e.callee)
        self.emit(B.Star, callee)
        if spread:
            self.array_with_spread(e.args, arguments=True)
            self.emit(B.Star, callee + 1)
            self.at(e)
            self.runtime("construct_spread", callee, 2)
        else:
            for i, a in enumerate(e.args):
                self.expr(a)
                self.emit(B.Star, callee + 1 + i)
            self.at(e)
            at = self.emit(B.Construct, callee, callee + 1, n, self.slot("call"))
            self.sfi.call_names[at] = callee_text(e.callee)
        self.free(callee)


def assigns(e, name: str) -> bool:
    """Whether expression e assigns or updates the variable `name` (conservatively: any nested function counts as no)."""
    if e is None or isinstance(e, (A.NumberLit, A.StringLit, A.BoolLit, A.NullLit, A.Identifier, A.This,
                                   A.FunctionExpr)):
        return False
    if isinstance(e, (A.Assign, A.Update)) and isinstance(e.target, A.Identifier) and e.target.name == name:
        return True
    for value in vars(e).values():
        if isinstance(value, A.Node) and assigns(value, name):
            return True
        if isinstance(value, list):
            for x in value:
                if isinstance(x, A.Node) and assigns(x, name):
                    return True
                if isinstance(x, tuple) and any(isinstance(y, A.Node) and assigns(y, name) for y in x):
                    return True
    return False


def callee_text(e) -> str:
    """The callee as V8 names it in 'x is not a function'."""
    if isinstance(e, A.Identifier):
        return e.name
    if isinstance(e, A.This):
        return "this"
    if isinstance(e, A.Member):
        return f"{callee_text(e.obj)}.{A.display_key(e.name)}"
    if isinstance(e, A.Index):
        inner = callee_text(e.obj)
        if isinstance(e.key, A.StringLit):
            return f"{inner}.{e.key.value}"
        if isinstance(e.key, A.NumberLit):
            return f"{inner}[{e.key.value!r}]" if type(e.key.value) is BigInt else f"{inner}[{e.key.value:g}]"
        return f"{inner}[...]"
    if isinstance(e, A.Call):
        return f"{callee_text(e.callee)}(...)"
    return "(intermediate value)"


def compile_program(program: A.Program) -> SharedFunctionInfo:
    """Compiles a whole script; the result is the script's top-level function."""
    info = analyze(program)
    scope = info.scopes[id(program)]
    fc = FunctionCompiler(info, scope, "", [], is_script=True)
    fc.sfi.strict = program.strict
    fc.sfi.script_names = frozenset(scope.variables)   # module-scope names: not on globalThis
    return fc.compile_function_body(program.body, program)


def iter_functions(sfi: SharedFunctionInfo):
    """The function and all its inner function literals, depth first."""
    yield sfi
    for inner in sfi.inner:
        yield from iter_functions(inner)
