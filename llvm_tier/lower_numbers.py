"""Lowering of the number bytecodes: arithmetic, bitwise operators, unary operators, comparisons.

Place in the pipeline: a mixin of `Lowering` (lowering.py). Feedback that saw
only int32 operands gives int32 machine arithmetic with overflow and minus-zero
guards, only numbers gives float64 arithmetic, anything else the generic
runtime operation (`rt_binary`, `rt_unary`).
"""
from __future__ import annotations

from deopt.frame_state import DeoptReason
from interpreter.bytecodes import Bytecode as B

from .analysis import BO, COMPARES, F, I, NUMBER_FLAGS, T, Const, number_rep
from .ir import TRUE, f64


class NumberLowering:
    def lower_arith(self, pc: int) -> None:
        ins = self.code[pc]
        op = ins[0]
        rep = number_rep(self.fb[ins[2]].flags)
        if rep is None:
            return self.generic_binary(pc)
        b = self.b
        self.note(pc, "int32 arithmetic with overflow guard" if rep == I else "float64 arithmetic")
        lhs = self.get(ins[1], rep)
        rhs = self.get(self.acc, rep)
        if rep == F:
            if op == B.Mod:
                r = b.value(f"frem double {lhs}, {rhs}")
            else:
                instr = {B.Add: "fadd", B.Sub: "fsub", B.Mul: "fmul", B.Div: "fdiv"}[B(op)]
                r = b.value(f"{instr} double {lhs}, {rhs}")
            self.set_acc(F, r)
            return
        if op in (B.Add, B.Sub, B.Mul):
            name = {B.Add: "sadd", B.Sub: "ssub", B.Mul: "smul"}[B(op)]
            pair = b.value(f"call {{i32, i1}} @llvm.{name}.with.overflow.i32(i32 {lhs}, i32 {rhs})")
            r = b.value(f"extractvalue {{i32, i1}} {pair}, 0")
            ovf = b.value(f"extractvalue {{i32, i1}} {pair}, 1")
            self.guard(b.value(f"xor i1 {ovf}, true"), DeoptReason.OVERFLOW)
            if op == B.Mul:
                # 0 * negative is -0, which is not an int32
                zero = b.value(f"icmp eq i32 {r}, 0")
                neg = b.value(f"or i32 {lhs}, {rhs}")
                isneg = b.value(f"icmp slt i32 {neg}, 0")
                bad = b.value(f"and i1 {zero}, {isneg}")
                self.guard(b.value(f"xor i1 {bad}, true"), DeoptReason.MINUS_ZERO)
            self.set_acc(I, r)
            return
        # int32 division and modulus: deopt unless the result is an int32
        nz = b.value(f"icmp ne i32 {rhs}, 0")
        self.guard(nz, DeoptReason.DIVISION_NOT_INT32)
        minint = b.value(f"icmp eq i32 {lhs}, -2147483648")
        minus1 = b.value(f"icmp eq i32 {rhs}, -1")
        ovf = b.value(f"and i1 {minint}, {minus1}")
        self.guard(b.value(f"xor i1 {ovf}, true"), DeoptReason.DIVISION_NOT_INT32)
        if op == B.Div:
            q = b.value(f"sdiv i32 {lhs}, {rhs}")
            rem = b.value(f"srem i32 {lhs}, {rhs}")
            exact = b.value(f"icmp eq i32 {rem}, 0")
            self.guard(exact, DeoptReason.DIVISION_NOT_INT32)
            # 0 / negative is -0
            lz = b.value(f"icmp eq i32 {lhs}, 0")
            rneg = b.value(f"icmp slt i32 {rhs}, 0")
            negz = b.value(f"and i1 {lz}, {rneg}")
            self.guard(b.value(f"xor i1 {negz}, true"), DeoptReason.MINUS_ZERO)
            self.set_acc(I, q)
        else:
            rem = b.value(f"srem i32 {lhs}, {rhs}")
            # a negative dividend with a zero remainder gives -0
            rz = b.value(f"icmp eq i32 {rem}, 0")
            lneg = b.value(f"icmp slt i32 {lhs}, 0")
            negz = b.value(f"and i1 {rz}, {lneg}")
            self.guard(b.value(f"xor i1 {negz}, true"), DeoptReason.MINUS_ZERO)
            self.set_acc(I, rem)

    def lower_bitwise(self, pc: int) -> None:
        ins = self.code[pc]
        op = ins[0]
        rep = number_rep(self.fb[ins[2]].flags)
        if rep is None:
            return self.generic_binary(pc)
        b = self.b
        self.note(pc, "int32 bitwise" if rep == I else "ToInt32 of float64, then int32 bitwise")
        lhs = self.get(ins[1], I) if rep == I else self.truncate_to_int32(ins[1])
        rhs = self.get(self.acc, I) if rep == I else self.truncate_to_int32(self.acc)
        if op in (B.ShiftLeft, B.ShiftRight, B.ShiftRightLogical):
            rhs = b.value(f"and i32 {rhs}, 31")
        instr = {B.BitwiseOr: "or", B.BitwiseXor: "xor", B.BitwiseAnd: "and", B.ShiftLeft: "shl",
                 B.ShiftRight: "ashr", B.ShiftRightLogical: "lshr"}[B(op)]
        r = b.value(f"{instr} i32 {lhs}, {rhs}")
        if op == B.ShiftRightLogical:
            if rep == F:
                # the result is a uint32: a double when it does not fit an int32
                self.set_acc(F, b.value(f"uitofp i32 {r} to double"))
                return
            # an unsigned result above 2^31 - 1 is not an int32
            self.guard(b.value(f"icmp sge i32 {r}, 0"), DeoptReason.NOT_INT32)
        self.set_acc(I, r)

    def truncate_to_int32(self, reg: int) -> str:
        """ECMAScript ToInt32 of a number register: exact via i64 below 2^63, else the runtime."""
        have = self.state[reg]
        if have == I or (isinstance(have, Const) and have.natural() == I):
            return self.get(reg, I)
        b = self.b
        v = self.get(reg, F)
        mag = b.value(f"call double @llvm.fabs.f64(double {v})")
        small = b.value(f"fcmp olt double {mag}, {f64(2.0 ** 63)}")
        fast, slow, done = b.label("toint_fast"), b.label("toint_slow"), b.label("toint")
        b.terminate(f"br i1 {small}, label %{fast}, label %{slow}, !prof !1")
        b.start(fast)
        wide = b.value(f"fptosi double {v} to i64")
        t1 = b.value(f"trunc i64 {wide} to i32")
        b.terminate(f"br label %{done}")
        b.start(slow)
        bits = b.value(f"bitcast double {v} to i64")
        r = b.value(f"call i64 @rt_to_int32(i64 {bits})")
        t2 = b.value(f"trunc i64 {r} to i32")
        b.terminate(f"br label %{done}")
        b.start(done)
        return b.value(f"phi i32 [ {t1}, %{fast} ], [ {t2}, %{slow} ]")

    def generic_binary(self, pc: int) -> None:
        ins = self.code[pc]
        lhs = self.get(ins[1], T)
        rhs = self.get(self.acc, T)
        self.set_acc(T, self.runtime("rt_binary", str(int(ins[0])), lhs, rhs))

    def lower_unary(self, pc: int) -> None:
        ins = self.code[pc]
        op = ins[0]
        b = self.b
        rep = number_rep(self.fb[ins[1]].flags)
        if op == B.BitwiseNot and rep != I:
            rep = None
        if rep is None:
            self.set_acc(T, self.runtime("rt_unary", str(int(op)), self.get(self.acc, T)))
            return
        v = self.get(self.acc, rep)
        if op == B.ToNumeric or op == B.ToNumber:
            self.set_acc(rep, v)
            return
        if rep == F:
            if op == B.Inc:
                r = b.value(f"fadd double {v}, 1.0")
            elif op == B.Dec:
                r = b.value(f"fsub double {v}, 1.0")
            else:
                r = b.value(f"fneg double {v}")
            self.set_acc(F, r)
            return
        if op == B.BitwiseNot:
            self.set_acc(I, b.value(f"xor i32 {v}, -1"))
            return
        if op == B.Negate:
            # -0 and -(-2^31) are not int32 results
            ok = b.value(f"icmp ne i32 {v}, 0")
            self.guard(ok, DeoptReason.MINUS_ZERO)
            ok2 = b.value(f"icmp ne i32 {v}, -2147483648")
            self.guard(ok2, DeoptReason.OVERFLOW)
            self.set_acc(I, b.value(f"sub i32 0, {v}"))
            return
        name = "sadd" if op == B.Inc else "ssub"
        pair = b.value(f"call {{i32, i1}} @llvm.{name}.with.overflow.i32(i32 {v}, i32 1)")
        r = b.value(f"extractvalue {{i32, i1}} {pair}, 0")
        ovf = b.value(f"extractvalue {{i32, i1}} {pair}, 1")
        self.guard(b.value(f"xor i1 {ovf}, true"), DeoptReason.OVERFLOW)
        self.set_acc(I, r)

    def lower_compare(self, pc: int) -> None:
        ins = self.code[pc]
        rep = number_rep(self.fb[ins[2]].flags)
        b = self.b
        if rep is None:
            r = self.runtime("rt_binary", str(int(ins[0])), self.get(ins[1], T), self.get(self.acc, T))
            self.set_acc(BO, b.value(f"icmp eq i64 {r}, {TRUE}"))
            return
        lhs = self.get(ins[1], rep)
        rhs = self.get(self.acc, rep)
        icmp, fcmp = COMPARES[ins[0]]
        if rep == I:
            self.set_acc(BO, b.value(f"icmp {icmp} i32 {lhs}, {rhs}"))
        else:
            self.set_acc(BO, b.value(f"fcmp {fcmp} double {lhs}, {rhs}"))

    def lower_equality(self, pc: int) -> None:
        ins = self.code[pc]
        if self.virtual_equality(self.state[ins[1]], self.state[self.acc], ins[0] == B.TestEqualStrict):
            return
        flags = self.fb[ins[2]].flags
        rep = number_rep(flags)
        b = self.b
        if rep is not None:
            lhs = self.get(ins[1], rep)
            rhs = self.get(self.acc, rep)
            if rep == I:
                self.set_acc(BO, b.value(f"icmp eq i32 {lhs}, {rhs}"))
            else:
                self.set_acc(BO, b.value(f"fcmp oeq double {lhs}, {rhs}"))
            return
        lhs = self.get(ins[1], T)
        rhs = self.get(self.acc, T)
        if ins[0] == B.TestEqualStrict and not flags & NUMBER_FLAGS:
            # No numbers seen: equal bits iff strictly equal (strings are interned), but a
            # double (NaN, -0) that shows up after all must take the generic path.
            t1 = b.value(f"lshr i64 {lhs}, 48")
            t2 = b.value(f"lshr i64 {rhs}, 48")
            d1 = b.value(f"icmp ult i64 {t1}, {0xFFF9}")
            d2 = b.value(f"icmp ult i64 {t2}, {0xFFF9}")
            anyd = b.value(f"or i1 {d1}, {d2}")
            self.guard(b.value(f"xor i1 {anyd}, true"), DeoptReason.UNSUPPORTED_VALUE_KIND)
            self.set_acc(BO, b.value(f"icmp eq i64 {lhs}, {rhs}"))
            return
        r = self.runtime("rt_binary", str(int(ins[0])), lhs, rhs)
        self.set_acc(BO, b.value(f"icmp eq i64 {r}, {TRUE}"))
