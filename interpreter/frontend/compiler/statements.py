"""Statements and control flow -> bytecode: declarations, blocks, if, loops, switch, labels,
break/continue/return, throw and try/catch/finally.

Place in the pipeline: one syntax family of the bytecode compiler
(compiler/__init__.py combines the families into FunctionCompiler). A jump out
of a statement is routed through the stack of _Targets: loops, switch and
labelled blocks collect the jumps to patch, and a try-finally in between turns
the jump into a route token the finally block dispatches on when it ends.
"""
from __future__ import annotations

from interpreter.bytecodes import Bytecode as B
from interpreter.errors import JSSyntaxError

from .. import ast as A
from .base import CompilerBase


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


# How a try block was left, as its finally block's end reads the token: fell through, threw,
# or took route k of _Target.routes (token FIRST_ROUTE + k).
FALLTHROUGH_TOKEN, THROW_TOKEN, FIRST_ROUTE = -1.0, -2.0, 0


class StatementCompiler(CompilerBase):
    """Statements: `stmt` dispatches on the node's type to the s_<Node> methods."""

    def stmt(self, s) -> None:
        self.at(s)
        getattr(self, "s_" + type(s).__name__)(s)

    def s_Empty(self, s) -> None:
        pass

    def s_FunctionDecl(self, s) -> None:
        # hoisted to the top of its scope; in a block of sloppy code, its var gets its value here
        var = self.info.annex_b.get(id(s))
        if var is not None:
            self.load_var(self.info.decl_vars[(id(s), s.name)], s.name, False)
            self.store_var(var, s.name)

    def s_ExprStmt(self, s: A.ExprStmt) -> None:
        self.effect(s.expr)

    def s_VarDecl(self, s: A.VarDecl) -> None:
        if s.tdz_only:
            return
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
        if self.sfi.is_script and not self.script_may_return:
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
        for v, param in scope.body_vars.items():
            # (registers are reused: a var here must be set even when it starts undefined)
            if param is None:
                self.emit(B.LdaUndefined)
            else:
                self.load_var(param, param.name, False)
            self.store_var(v, v.name, init=True)
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
        if head is not None and head.needs_context:
            # the first iteration gets a copy too: closures made by the initializer keep the
            # bindings as the initializer left them (CreatePerIterationEnvironment)
            self.emit(B.CloneContext)
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
