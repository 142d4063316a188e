"""Assignments and updates -> bytecode: `=`, compound and logical assignments, `++` and `--`.

Place in the pipeline: one syntax family of the bytecode compiler
(compiler/__init__.py combines the families into FunctionCompiler). They share
the handling of a "reference": the target's object and key are evaluated once,
then the old value is read and the new one stored, into a variable or a named,
keyed or private property. Destructuring assignments never get here: the
parser desugars them into plain ones.
"""
from __future__ import annotations

from interpreter.bytecodes import Bytecode as B
from interpreter.errors import JSSyntaxError

from .. import ast as A
from .base import CompilerBase
from .expressions import BINARY_OPS


class AssignmentCompiler(CompilerBase):
    """Assignment targets (prepare, load, store, free) and the expressions that write them."""

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
            self.emit(BINARY_OPS[e.op[:-1]], old, self.slot("binop"))
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
