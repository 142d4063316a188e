"""Expressions and operators -> bytecode: literals and names, unary, binary, logical and
conditional operators, tests that jump, property reads (named, keyed, private) and optional chains.

Place in the pipeline: one syntax family of the bytecode compiler
(compiler/__init__.py combines the families into FunctionCompiler). An
expression leaves its value in the accumulator. `expr` is the entry for every
family: it compiles the common leaves itself and dispatches the rest on the
node's type to the e_<Node> methods, wherever they are defined.
"""
from __future__ import annotations

from interpreter.bytecodes import Bytecode as B
from interpreter.errors import JSSyntaxError
from interpreter.objects.values import BigInt

from .. import ast as A
from .base import CompilerBase
from .function_info import THIS_REGISTER

# Operator -> bytecode; the compound assignments (assignments.py) use BINARY_OPS too.
BINARY_OPS = {"+": B.Add, "-": B.Sub, "*": B.Mul, "/": B.Div, "%": B.Mod, "**": B.Exp,
              "|": B.BitwiseOr, "^": B.BitwiseXor, "&": B.BitwiseAnd, "<<": B.ShiftLeft,
              ">>": B.ShiftRight, ">>>": B.ShiftRightLogical}
# Comparison -> (bytecode, whether its result is negated)
COMPARE_OPS = {"==": (B.TestEqual, False), "!=": (B.TestEqual, True),
               "===": (B.TestEqualStrict, False), "!==": (B.TestEqualStrict, True),
               "<": (B.TestLessThan, False), ">": (B.TestGreaterThan, False),
               "<=": (B.TestLessThanOrEqual, False), ">=": (B.TestGreaterThanOrEqual, False)}


class ExpressionCompiler(CompilerBase):
    """Operators, conditions, property reads and optional chains."""

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
            if e.in_tdz:
                self.emit(B.LdaTheHole)
                self.emit(B.ThrowReferenceErrorIfHole, self.const(e.name))
            elif ref.variable is None and e.name == "undefined" and "undefined" not in self.info.script_names:
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
        elif t is A.NewTarget:
            v = self.info.references[id(e)].variable
            if v is None:
                self.emit(B.LdaUndefined)      # a module's top level
            else:
                self.load_var(v, "new.target", False)
        elif t is A.FunctionExpr:
            self.closure(e, e.name or name_hint)
        elif t is A.ClassExpr:
            self.e_ClassExpr(e, name_hint)
        else:
            getattr(self, "e_" + t.__name__)(e)

    def effect(self, e) -> None:
        """Compiles an expression whose value is unused: x++ needs no copy of the old value."""
        if isinstance(e, A.Update) and not e.prefix:
            e = A.Update(e.line, e.col, e.op, True, e.target)
        self.expr(e)

    def condition(self, test, jump_if: bool) -> int:
        """Evaluates test and emits a forward jump taken when its truth equals jump_if."""
        self.expr(test)
        self.at(test)
        boolean = (isinstance(test, A.Binary) and test.op in COMPARE_OPS) or (
            isinstance(test, A.Unary) and test.op == "!") or isinstance(test, A.BoolLit)
        if boolean:
            return self.emit(B.JumpIfTrue if jump_if else B.JumpIfFalse, 0)
        return self.emit(B.JumpIfToBooleanTrue if jump_if else B.JumpIfToBooleanFalse, 0)

    def e_Sequence(self, e: A.Sequence) -> None:
        for x in e.exprs:
            self.expr(x)

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
        if isinstance(target, A.SuperMember):
            # A super reference cannot be deleted: the key is evaluated, then the delete throws
            # (V8 does not read `this` first, so before super() the error is this one too)
            first = self.temp()
            if target.key is not None:
                self.expr(target.key)
            self.emit(B.LdaConstant, self.const("Unsupported reference to 'super'"))
            self.emit(B.Star, first)
            self.at(e)
            self.runtime("throw_reference_error", first, 1)
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
        if e.op in BINARY_OPS:
            self.emit(BINARY_OPS[e.op], lhs, self.slot("binop"))
        elif e.op in COMPARE_OPS:
            op, negate = COMPARE_OPS[e.op]
            self.emit(op, lhs, self.slot("compare"))
            if negate:
                self.emit(B.LogicalNot)
        elif e.op == "instanceof":
            self.emit(B.TestInstanceOf, lhs, self.slot("instanceof"))
        elif e.op == "in":
            self.emit(B.TestIn, lhs, self.slot("has"))
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

    def e_OptionalChain(self, e: A.OptionalChain) -> None:
        self.optional_chain(lambda: self.expr(e.expr))

    def optional_chain(self, compile_links) -> None:
        """Compiles a chain's links with compile_links; an optional link meeting null or
        undefined leaves the chain with undefined in acc."""
        saved, self.nullish_exits = self.nullish_exits, []
        compile_links()
        exits, self.nullish_exits = self.nullish_exits, saved
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
