"""Lowering: one function's bytecode plus its feedback -> speculative LLVM IR and its DeoptimizationData.

SSA is built from the register machine the classic way: every interpreter
register (and the accumulator) gets one stack slot per machine
representation (tagged i64, int32, float64, bool), and LLVM's mem2reg/SROA
turns them into SSA values with phis. Which representation a register is in
at each bytecode is decided first, by a forward dataflow pass over the
bytecode (`RepAnalysis`): feedback says int32 -> the value stays an unboxed
i32; number -> double; anything else -> tagged. At control-flow merges the
representations are generalized (int32+float64 -> float64, else tagged)
and converted on the incoming edges. Constants that are known at compile
time stay constants and are rematerialized at deopt instead of being kept
alive.

Every speculation is a guard whose failing branch is a cold block ending in
`llvm.experimental.deoptimize` with a "deopt" bundle of the live values and
`"statepoint-id"` = the deopt id. Guards come before the protected
bytecode's side effects, so a deopt resumes the interpreter at that
bytecode's own offset (an eager deopt).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from deopt.frame_state import (DeoptimizationData, DeoptPoint, DeoptReason, FrameState, Rep,
                               ValueSource)
from deopt.stub import DEOPT_MEMORY_BARRIER
from interpreter.bytecodes import BYTECODES, Bytecode as B
from interpreter.feedback import ICState, KIND_DOUBLE, KIND_INT32
from interpreter.objects.layout import (ARRAY_ELEMENTS_OFFSET, ARRAY_LENGTH_OFFSET, CONTEXT_HEADER_WORDS,
                                CONTEXT_PARENT_OFFSET, FUNCTION_CONTEXT_OFFSET,
                                OBJECT_HEADER_WORDS, PROPERTIES_OFFSET)
from interpreter.objects.maps import ElementsKind, InstanceType
from interpreter.objects.values import DELETED_CELL_BITS, HOLE, NULL, UNDEFINED, is_int32

from .ir import (EXCEPTION, FALSE, HOLE as HOLE_BITS, PAYLOAD, POINTER_TAGGED, PRELUDE,
                 TRUE, NULL as NULL_BITS, UNDEFINED as UNDEFINED_BITS, FunctionBuilder, f64, i64)


class Unsupported(Exception):
    """The function uses something the tier does not lower; it stays in the interpreter."""


# ---- representations of the abstract state ---------------------------------------------------

T, I, F, BO = "T", "I", "F", "B"          # tagged i64, int32, float64, i1
LLVM_TYPE = {T: "i64", I: "i32", F: "double", BO: "i1"}
REP_OF = {T: Rep.TAGGED, I: Rep.INT32, F: Rep.FLOAT64, BO: Rep.BOOL}


class Const:
    """A value known at compile time (a literal); compares by type and exact value (-0 != 0)."""
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def key(self):
        return (type(self.value).__name__, repr(self.value))

    def __eq__(self, other):
        return isinstance(other, Const) and self.key() == other.key()

    def __hash__(self):
        return hash(self.key())

    def __repr__(self):
        return f"Const({self.value!r})"

    def natural(self) -> str:
        v = self.value
        if type(v) is float:
            return I if is_int32(v) else F
        if type(v) is bool:
            return BO
        return T


def join(a, b):
    if a == b:
        return a
    if isinstance(a, Const):
        a = a.natural()
    if isinstance(b, Const):
        b = b.natural()
    if a == b:
        return a
    if {a, b} == {I, F}:
        return F
    return T


# ---- feedback questions shared by the analysis and the code generator --------------------------

ARITH = {int(B.Add), int(B.Sub), int(B.Mul), int(B.Div), int(B.Mod)}
INT_BITWISE = {int(B.BitwiseOr), int(B.BitwiseXor), int(B.BitwiseAnd), int(B.ShiftLeft),
               int(B.ShiftRight), int(B.ShiftRightLogical)}
GENERIC_BINARY = {int(B.Exp)}
COMPARES = {int(B.TestLessThan): ("slt", "olt"), int(B.TestGreaterThan): ("sgt", "ogt"),
            int(B.TestLessThanOrEqual): ("sle", "ole"), int(B.TestGreaterThanOrEqual): ("sge", "oge")}
UNARY_NUMERIC = {int(B.Inc), int(B.Dec), int(B.Negate), int(B.BitwiseNot), int(B.ToNumeric), int(B.ToNumber)}
NUMBER_FLAGS = KIND_INT32 | KIND_DOUBLE


def number_rep(flags: int) -> str | None:
    """I when feedback saw only int32, F when only numbers, None otherwise."""
    if flags == KIND_INT32:
        return I
    if flags and not flags & ~NUMBER_FLAGS:
        return F
    return None


@dataclass
class LoweredFunction:
    symbol: str
    entry_symbol: str
    ir: str
    deopt_data: DeoptimizationData
    param_count: int


class Lowering:
    def __init__(self, isolate, sfi, symbol: str, code_table_address: int, depth_cell: int,
                 max_depth: int, next_deopt_id, osr_offset: int | None = None):
        self.isolate = isolate
        self.sfi = sfi
        self.symbol = symbol
        self.code_table = code_table_address
        self.depth_cell = depth_cell
        self.max_depth = max_depth
        self.next_deopt_id = next_deopt_id
        self.code = sfi.code
        self.fb = sfi.feedback
        self.nregs = sfi.register_count
        self.acc = self.nregs                 # the accumulator's index in a state
        # On-stack replacement: entered at a loop header with the interpreter frame's values.
        self.osr_offset = osr_offset
        self.dynamic_context = osr_offset is not None or any(
            ins[0] in (B.PushContext, B.PopContext, B.CloneContext) for ins in self.code)
        self.points: dict[int, DeoptPoint] = {}
        self.notes: list[str] = []            # what the code speculates, for --trace-opt
        self.attrs: list[str] = []
        self.max_argc = max([ins[3] + 1 for ins in self.code if ins[0] in (B.Call, B.Construct, B.CallRuntime)]
                            + [ins[2] for ins in self.code if ins[0] == B.CreateArrayLiteral] + [1])

    # ===================================================================================
    # Representation analysis
    # ===================================================================================

    def initial_state(self) -> list:
        s = [Const(UNDEFINED)] * (self.nregs + 1)
        for r in range(min(self.nregs, 2 + self.sfi.param_count)):
            s[r] = T
        return s

    def site_unreached(self, pc: int) -> bool:
        """The bytecode at pc never produced feedback: the interpreter never ran it."""
        ins = self.code[pc]
        op = ins[0]
        if op in ARITH or op in INT_BITWISE or op in GENERIC_BINARY or op in COMPARES or op in (
                B.TestEqual, B.TestEqualStrict, B.Add):
            return self.fb[ins[2]].flags == 0
        if op in UNARY_NUMERIC:
            return self.fb[ins[1]].flags == 0
        if op in (B.GetNamedProperty, B.SetNamedProperty, B.DefineNamedOwnProperty):
            return self.fb[ins[3]].state == ICState.UNINITIALIZED
        if op == B.GetKeyedProperty or op == B.SetKeyedProperty:
            f = self.fb[ins[2] if op == B.GetKeyedProperty else ins[3]]
            return f.state == ICState.UNINITIALIZED and not f.non_array_key and not f.out_of_bounds
        if op == B.Call or op == B.Construct:
            f = self.fb[ins[4]]
            return f.target is None and not f.megamorphic
        if op == B.LdaGlobal or op == B.StaGlobal:
            return self.sfi.constants[ins[1]] not in self.isolate.global_cells
        return op == B.ThrowConstAssignError

    def property_result_rep(self, pc: int) -> str:
        ins = self.code[pc]
        f = self.fb[ins[3]]
        if f.state == ICState.MONOMORPHIC:
            (handler,) = f.handlers.values()
            if handler[0] == "array_length":
                return I
        return T

    def keyed_result_rep(self, pc: int) -> str:
        f = self.fb[self.code[pc][2]]
        if self.keyed_fast(f) and not f.out_of_bounds and all(
                self.isolate.maps[m].elements_kind == ElementsKind.INT32 for m in f.handlers):
            return I
        return T

    def keyed_fast(self, f) -> bool:
        return (f.state in (ICState.MONOMORPHIC, ICState.POLYMORPHIC) and not f.non_array_key
                and all(h[0] == "element" for h in f.handlers.values()))

    def call_intrinsic(self, pc: int) -> str | None:
        """A Math function the call site always called, lowered to an LLVM intrinsic."""
        ins = self.code[pc]
        f = self.fb[ins[4]]
        if ins[0] != B.Call or f.target is None:
            return None
        for name, fn in self.isolate.math_functions.items():
            if fn == f.target:
                argc = ins[3]
                if (name in ("floor", "sqrt", "abs") and argc == 1) or (name in ("min", "max") and argc == 2):
                    return name
        return None

    def transfer(self, pc: int, s: list) -> list | None:
        """The state after bytecode pc (None: control does not continue past it)."""
        if self.site_unreached(pc):
            return None
        ins = self.code[pc]
        op = ins[0]
        s = list(s)
        acc = self.acc
        if op == B.Ldar:
            s[acc] = s[ins[1]]
        elif op == B.Star:
            s[ins[1]] = s[acc]
        elif op == B.Mov:
            s[ins[2]] = s[ins[1]]
        elif op == B.LdaConstant:
            s[acc] = Const(self.sfi.constants[ins[1]])
        elif op in (B.LdaUndefined, B.LdaNull, B.LdaTrue, B.LdaFalse, B.LdaTheHole):
            s[acc] = Const({B.LdaUndefined: UNDEFINED, B.LdaNull: NULL, B.LdaTrue: True,
                            B.LdaFalse: False, B.LdaTheHole: HOLE}[B(op)])
        elif op in ARITH or op == B.Add:
            s[acc] = number_rep(self.fb[ins[2]].flags) or T
        elif op in INT_BITWISE:
            rep = number_rep(self.fb[ins[2]].flags)
            s[acc] = T if rep is None else (F if rep == F and op == B.ShiftRightLogical else I)
        elif op in GENERIC_BINARY:
            s[acc] = T
        elif op in UNARY_NUMERIC:
            r = number_rep(self.fb[ins[1]].flags)
            if op == B.BitwiseNot and r != I:
                r = None
            s[acc] = r or T
        elif op in COMPARES or op in (B.TestEqual, B.TestEqualStrict, B.LogicalNot):
            s[acc] = BO
        elif op in (B.TypeOf, B.TestInstanceOf, B.TestIn):
            s[acc] = T
        elif op == B.CallRuntime:
            if ins[1] in INTERPRETER_ONLY:
                raise Unsupported(f"intrinsic {INTRINSICS[ins[1]].__name__} is interpreter-only")
            s[acc] = T
        elif op == B.Throw:
            return None
        elif op == B.GetNamedProperty:
            s[acc] = self.property_result_rep(pc)
        elif op == B.GetKeyedProperty:
            s[acc] = self.keyed_result_rep(pc)
        elif op in (B.LdaGlobal, B.LdaGlobalInsideTypeof, B.LdaContextSlot, B.CreateClosure,
                    B.CreateObjectLiteral, B.CreateArrayLiteral, B.Construct, B.CreateFunctionContext):
            s[acc] = T
        elif op == B.Call:
            s[acc] = F if self.call_intrinsic(pc) else T
        elif op == B.PushContext:
            s[ins[1]] = T
        elif op in (B.Return,):
            return None
        elif op in (B.SetNamedProperty, B.DefineNamedOwnProperty, B.SetKeyedProperty, B.StaGlobal,
                    B.StaContextSlot, B.PopContext, B.CloneContext, B.ThrowReferenceErrorIfHole,
                    B.Jump, B.JumpIfTrue, B.JumpIfFalse, B.JumpIfToBooleanTrue,
                    B.JumpIfToBooleanFalse, B.JumpLoop):
            pass
        else:
            raise Unsupported(f"bytecode {BYTECODES[op].name} is not lowered")
        return s

    def successors(self, pc: int) -> list[int]:
        ins = self.code[pc]
        op = ins[0]
        if op in (B.Jump, B.JumpLoop):
            return [ins[1]]
        if op in (B.JumpIfTrue, B.JumpIfFalse, B.JumpIfToBooleanTrue, B.JumpIfToBooleanFalse):
            return [pc + 1, ins[1]]
        if op == B.Return:
            return []
        return [pc + 1]

    def analyze(self) -> None:
        """Fixpoint of the representation of every register at every block entry."""
        code = self.code
        leaders = {0}
        for pc, ins in enumerate(code):
            if ins[0] in (B.Jump, B.JumpLoop, B.JumpIfTrue, B.JumpIfFalse, B.JumpIfToBooleanTrue,
                          B.JumpIfToBooleanFalse, B.Return):
                leaders.add(ins[1]) if ins[0] != B.Return else None
                if pc + 1 < len(code):
                    leaders.add(pc + 1)
        self.leaders = sorted(leaders)
        self.block_end = {}
        for i, start in enumerate(self.leaders):
            self.block_end[start] = self.leaders[i + 1] if i + 1 < len(self.leaders) else len(code)
        self.entry_state: dict[int, list] = {0: self.initial_state()}
        work = [0]
        while work:
            start = work.pop()
            s = self.entry_state[start]
            pc = start
            while True:
                out = self.transfer(pc, s)
                if out is None:
                    break
                succ = self.successors(pc)
                if pc + 1 == self.block_end[start] or len(succ) != 1 or succ[0] != pc + 1:
                    for t in succ:
                        old = self.entry_state.get(t)
                        new = out if old is None else [join(a, b) for a, b in zip(old, out)]
                        if old != new:
                            self.entry_state[t] = new
                            work.append(t)
                    break
                s = out
                pc += 1

    # ===================================================================================
    # Code generation
    # ===================================================================================

    def lower(self) -> LoweredFunction:
        if self.sfi.has_rest:
            raise Unsupported("rest parameters")
        if self.sfi.arguments_register >= 0:
            raise Unsupported("the arguments object")
        self.analyze()
        if self.osr_offset is not None and self.osr_offset not in self.entry_state:
            raise Unsupported(f"loop at {self.osr_offset} is not reached by the feedback")
        b = self.b = FunctionBuilder()
        if self.osr_offset is None:
            params = ", ".join(["i64 %fn", "i64 %this"] + [f"i64 %p{i}" for i in range(self.sfi.param_count)])
        else:
            params = "i64 %fn, i64 %this, ptr %frame"
        self.allocas: set[tuple[int, str]] = set()
        b.start("entry")
        self.fn_ptr = b.value("inttoptr i64 %fn_addr to ptr", "fnp")
        self.emit_depth_check()
        if self.osr_offset is None:
            self.state = self.initial_state()
            this = "%this"
            if not self.sfi.strict and not self.sfi.is_arrow:
                # Sloppy functions see the global object for an undefined or null `this`.
                nullish = b.value(f"icmp uge i64 %this, {UNDEFINED_BITS}")
                small = b.value(f"icmp ule i64 %this, {NULL_BITS}")
                both = b.value(f"and i1 {nullish}, {small}")
                global_object = i64(self.isolate.heap.encode(self.isolate.global_object))
                this = b.value(f"select i1 {both}, i64 {global_object}, i64 %this")
            self.store_slot(0, T, this)
            self.store_slot(1, T, "%fn")
            for i in range(self.sfi.param_count):
                if 2 + i < self.nregs:
                    self.store_slot(2 + i, T, f"%p{i}")
            ctx_p = b.value(f"getelementptr i8, ptr {self.fn_ptr}, i64 {FUNCTION_CONTEXT_OFFSET}")
            ctx = b.value(f"load i64, ptr {ctx_p}", "ctx")
            b.emit(f"store i64 {ctx}, ptr %ctx_slot")
            self.jump_to(0)
        else:
            self.osr_prologue()

        for start in self.leaders:
            if start not in self.entry_state:
                continue   # unreachable in what the interpreter has run
            b.start(self.block_label(start))
            self.state = list(self.entry_state[start])
            pc = start
            while True:
                self.pc = pc
                if self.site_unreached(pc):
                    self.deopt(DeoptReason.INSUFFICIENT_FEEDBACK if self.code[pc][0] != B.ThrowConstAssignError
                               else DeoptReason.THROW)
                    break
                self.lower_one(pc)
                if b.terminated:
                    break
                pc += 1
                if pc == self.block_end[start]:
                    self.jump_to(pc)
                    break
        body = b.text()
        allocas = "\n".join(f"  %r{r}_{rep} = alloca {LLVM_TYPE[rep]}" for r, rep in sorted(self.allocas))
        header = (f"define preserve_nonecc i64 @{self.symbol}({params}) #0 {{\n"
                  f"alloca_block:\n{allocas}\n"
                  f"  %ctx_slot = alloca i64\n"
                  f"  %argv = alloca [{self.max_argc} x i64]\n"
                  f"  %fn_addr = and i64 %fn, {PAYLOAD}\n"
                  f"  br label %entry\n")
        fn_text = header + body + "\n}\n"
        entry_symbol = self.symbol + "_entry"
        loads = []
        args = ["i64 %fn", "i64 %this"]
        if self.osr_offset is not None:
            args.append("ptr %argv")
        else:
            for i in range(self.sfi.param_count):
                loads.append(f"  %a{i}p = getelementptr i64, ptr %argv, i64 {i}\n  %a{i} = load i64, ptr %a{i}p")
                args.append(f"i64 %a{i}")
        entry = (f"define i64 @{entry_symbol}(i64 %fn, i64 %this, ptr %argv) {{\n" + "\n".join(loads) +
                 f"\n  %r = call preserve_nonecc i64 @{self.symbol}({', '.join(args)})\n  ret i64 %r\n}}\n")
        externs = "\n".join(f"declare i64 @{name}({', '.join(['i64'] * n)})" for name, n in RUNTIME_ENTRIES.items())
        attrs = "\n".join(self.attrs)
        module = (f"; bailout optimized code for {self.sfi.display_name}\n{PRELUDE}\n{externs}\n\n"
                  f"{fn_text}\n{entry}\n"
                  f'attributes #0 = {{ "frame-pointer"="all" noinline }}\n{attrs}\n'
                  f'!0 = !{{!"branch_weights", i32 1, i32 100000}}\n'
                  f'!1 = !{{!"branch_weights", i32 100000, i32 1}}\n')
        return LoweredFunction(self.symbol, entry_symbol, module, DeoptimizationData(self.points),
                               self.sfi.param_count)

    def osr_prologue(self) -> None:
        """Loads the interpreter frame (registers, accumulator, context as boxed words) and enters
        the loop header, converting each value to the header's representation under guards."""
        b = self.b
        header = self.osr_offset
        self.pc = header
        self.state = [T] * (self.nregs + 1)
        for r in range(self.nregs + 1):
            p = b.value(f"getelementptr i64, ptr %frame, i64 {r}")
            self.store_slot(r, T, b.value(f"load i64, ptr {p}", "in"))
        p = b.value(f"getelementptr i64, ptr %frame, i64 {self.nregs + 1}")
        b.emit(f"store i64 {b.value(f'load i64, ptr {p}', 'ctxin')}, ptr %ctx_slot")
        want = self.entry_state[header]
        converted = []
        for r, need in enumerate(want):
            v = self.load_slot(r, T)
            if isinstance(need, Const):
                # the header assumes a constant here: check the frame agrees
                ok = b.value(f"icmp eq i64 {v}, {self.const_value(need, T)}")
                self.guard(ok, DeoptReason.UNSUPPORTED_VALUE_KIND)
            elif need != T:
                converted.append((r, need, self.convert(v, T, need)))
        for r, need, v in converted:
            b.emit(f"store {LLVM_TYPE[need]} {v}, ptr {self.slot(r, need)}")
        b.terminate(f"br label %{self.block_label(header)}")

    # ---- slots ---------------------------------------------------------------------------

    def block_label(self, pc: int) -> str:
        return f"bc{pc}"

    def slot(self, r: int, rep: str) -> str:
        self.allocas.add((r, rep))
        return f"%r{r}_{rep}"

    def store_slot(self, r: int, rep: str, value: str) -> None:
        self.b.emit(f"store {LLVM_TYPE[rep]} {value}, ptr {self.slot(r, rep)}")
        self.state[r] = rep

    def load_slot(self, r: int, rep: str) -> str:
        return self.b.value(f"load {LLVM_TYPE[rep]}, ptr {self.slot(r, rep)}", "v")

    def const_value(self, c: Const, rep: str) -> str:
        """A compile-time constant materialized in a representation."""
        v = c.value
        if rep == I:
            return str(int(v))
        if rep == F:
            return f64(float(v))
        if rep == BO:
            return "true" if v else "false"
        return i64(self.isolate.heap.encode(v))

    def get(self, r: int, want: str) -> str:
        """Register r's value in representation `want`, guarding a narrowing conversion."""
        have = self.state[r]
        if isinstance(have, Const):
            nat = have.natural()
            if want == nat or want == T or (want == F and nat == I):
                return self.const_value(have, want)
            if want == BO:
                return "true" if self.isolate.runtime.to_boolean(have.value) else "false"
            # A literal of the wrong kind: this path always deopts; code after it is dead.
            self.deopt(DeoptReason.NOT_INT32 if (want == I and nat == F) else DeoptReason.NOT_NUMBER)
            self.b.start(self.b.label("dead"))
            return {I: "0", F: "0.0"}.get(want, "0")
        v = self.load_slot(r, have)
        return self.convert(v, have, want)

    def convert(self, v: str, have: str, want: str) -> str:
        b = self.b
        if have == want:
            return v
        if want == T:
            if have == I:
                return b.value(f"call i64 @box_i32(i32 {v})")
            if have == F:
                return b.value(f"call i64 @box_f64(double {v})")
            return b.value(f"call i64 @box_bool(i1 {v})")
        if want == F:
            if have == I:
                return b.value(f"sitofp i32 {v} to double")
            if have == T:
                return self.tagged_to_f64(v)
        if want == I:
            if have == T:
                tag = b.value(f"lshr i64 {v}, 48")
                ok = b.value(f"icmp eq i64 {tag}, {0xFFF9}")
                self.guard(ok, DeoptReason.NOT_INT32)
                return b.value(f"trunc i64 {v} to i32")
            if have == F:
                return self.f64_to_i32(v)
        if want == BO:
            return self.to_boolean(v, have)
        raise Unsupported(f"no conversion {have} -> {want}")

    def tagged_to_f64(self, v: str) -> str:
        b = self.b
        tag = b.value(f"lshr i64 {v}, 48")
        is_int = b.value(f"icmp eq i64 {tag}, {0xFFF9}")
        is_dbl = b.value(f"icmp ult i64 {tag}, {0xFFF9}")
        ok = b.value(f"or i1 {is_int}, {is_dbl}")
        self.guard(ok, DeoptReason.NOT_NUMBER)
        iv = b.value(f"trunc i64 {v} to i32")
        fi = b.value(f"sitofp i32 {iv} to double")
        fd = b.value(f"bitcast i64 {v} to double")
        return b.value(f"select i1 {is_int}, double {fi}, double {fd}")

    def f64_to_i32(self, v: str) -> str:
        b = self.b
        iv = b.value(f"call i32 @llvm.fptosi.sat.i32.f64(double {v})")
        back = b.value(f"sitofp i32 {iv} to double")
        exact = b.value(f"fcmp oeq double {back}, {v}")
        bits = b.value(f"bitcast double {v} to i64")
        notneg0 = b.value(f"icmp ne i64 {bits}, -9223372036854775808")
        ok = b.value(f"and i1 {exact}, {notneg0}")
        self.guard(ok, DeoptReason.NOT_INT32)
        return iv

    def to_boolean(self, v: str, have: str) -> str:
        b = self.b
        if have == I:
            return b.value(f"icmp ne i32 {v}, 0")
        if have == F:
            return b.value(f"fcmp one double {v}, 0.0")
        # tagged: true/false inline, anything else through the runtime
        is_true = b.value(f"icmp eq i64 {v}, {TRUE}")
        is_false = b.value(f"icmp eq i64 {v}, {FALSE}")
        known = b.value(f"or i1 {is_true}, {is_false}")
        slow, join_l = b.label("tobool_slow"), b.label("tobool_join")
        here = b.label("tobool_fast")
        b.terminate(f"br label %{here}")
        b.start(here)
        b.terminate(f"br i1 {known}, label %{join_l}, label %{slow}")
        b.start(slow)
        r = b.value(f"call i64 @rt_to_boolean(i64 {v})")
        rb = b.value(f"icmp ne i64 {r}, 0")
        b.terminate(f"br label %{join_l}")
        b.start(join_l)
        return b.value(f"phi i1 [ {is_true}, %{here} ], [ {rb}, %{slow} ]")

    def set_acc(self, rep: str, v: str) -> None:
        self.store_slot(self.acc, rep, v)

    # ---- control flow ------------------------------------------------------------------

    def jump_to(self, target: int) -> None:
        """Converts the current state to the target block's entry state, then branches."""
        self.transition_to(target)
        self.b.terminate(f"br label %{self.block_label(target)}")

    def transition_to(self, target: int) -> None:
        want = self.entry_state.get(target)
        if want is None:
            return
        for r, (have, need) in enumerate(zip(self.state, want)):
            if have == need or isinstance(need, Const):
                continue
            if isinstance(have, Const):
                v = self.const_value(have, need)
            else:
                v = self.convert(self.load_slot(r, have), have, need)
            self.b.emit(f"store {LLVM_TYPE[need]} {v}, ptr {self.slot(r, need)}")

    def branch(self, cond: str, target: int) -> None:
        """if cond goto target else fall through to pc + 1."""
        b = self.b
        taken, fall = b.label("taken"), b.label("fall")
        b.terminate(f"br i1 {cond}, label %{taken}, label %{fall}")
        saved = list(self.state)
        b.start(taken)
        self.jump_to(target)
        b.start(fall)
        self.state = saved
        self.jump_to(self.pc + 1)

    # ---- deopts --------------------------------------------------------------------------

    def guard(self, ok: str, reason: DeoptReason) -> None:
        b = self.b
        cont, fail = b.label("ok"), b.label("deopt")
        b.terminate(f"br i1 {ok}, label %{cont}, label %{fail}, !prof !1")
        b.start(fail)
        self.deopt(reason)
        b.start(cont)

    def deopt(self, reason: DeoptReason) -> None:
        """Ends the current block with a deopt to the interpreter at the current bytecode."""
        b = self.b
        deopt_id = self.next_deopt_id()
        operands = ["i64 %fn"]
        function = ValueSource("operand", Rep.TAGGED, 0)
        if self.dynamic_context:
            ctx = b.value("load i64, ptr %ctx_slot")
            operands.append(f"i64 {ctx}")
            context = ValueSource("operand", Rep.RAW_POINTER, 1)
        else:
            context = ValueSource("function_context")
        sources = []
        for r, rep in enumerate(self.state):
            if isinstance(rep, Const):
                sources.append(ValueSource("constant", constant=rep.value))
                continue
            v = self.load_slot(r, rep)
            if rep == BO:
                v = b.value(f"zext i1 {v} to i32")
                operands.append(f"i32 {v}")
            else:
                operands.append(f"{LLVM_TYPE[rep]} {v}")
            sources.append(ValueSource("operand", REP_OF[rep], len(operands) - 1))
        state = FrameState(self.pc, function, context, tuple(sources[:self.nregs]), sources[self.nregs])
        self.points[deopt_id] = DeoptPoint(deopt_id, reason, state, BYTECODES[self.code[self.pc][0]].name)
        attr = 2 + len(self.attrs)
        self.attrs.append(f'attributes #{attr} = {{ "statepoint-id"="{deopt_id}" }}')
        b.emit(DEOPT_MEMORY_BARRIER)
        r = b.value(f"call i64 (...) @llvm.experimental.deoptimize.i64() #{attr} "
                    f"[ \"deopt\"({', '.join(operands)}) ]")
        b.terminate(f"ret i64 {r}")

    # ---- function entry and exit ------------------------------------------------------------

    def emit_depth_check(self) -> None:
        """Optimized frames count toward the JS call depth, so deep recursion is a RangeError."""
        b = self.b
        cell = b.value(f"inttoptr i64 {self.depth_cell} to ptr", "depthp")
        d = b.value(f"load i64, ptr {cell}")
        d1 = b.value(f"add i64 {d}, 1")
        b.emit(f"store i64 {d1}, ptr {cell}")
        over = b.value(f"icmp ugt i64 {d1}, {self.max_depth}")
        overflow, cont = b.label("overflow"), b.label("body")
        b.terminate(f"br i1 {over}, label %{overflow}, label %{cont}, !prof !0")
        b.start(overflow)
        b.emit(f"store i64 {d}, ptr {cell}")
        r = b.value("call i64 @rt_stack_overflow()")
        b.terminate(f"ret i64 {r}")
        b.start(cont)
        self.depth_ptr = cell

    def ret(self, v: str) -> None:
        b = self.b
        d = b.value(f"load i64, ptr {self.depth_ptr}")
        d1 = b.value(f"sub i64 {d}, 1")
        b.emit(f"store i64 {d1}, ptr {self.depth_ptr}")
        b.terminate(f"ret i64 {v}")

    def check_exception(self, v: str) -> None:
        """After a runtime call: a pending exception unwinds this frame too."""
        b = self.b
        exc = b.value(f"icmp eq i64 {v}, {EXCEPTION}")
        unwind, cont = b.label("unwind"), b.label("cont")
        b.terminate(f"br i1 {exc}, label %{unwind}, label %{cont}, !prof !0")
        b.start(unwind)
        self.ret(EXCEPTION)
        b.start(cont)

    def runtime(self, name: str, *args: str, check: bool = True) -> str:
        v = self.b.value(f"call i64 @{name}({', '.join('i64 ' + a for a in args)})")
        if check:
            self.check_exception(v)
        return v

    # ---- heap access -----------------------------------------------------------------------

    def heap_pointer(self, tagged: str, reason: DeoptReason = DeoptReason.NOT_A_HEAP_OBJECT) -> str:
        b = self.b
        tag = b.value(f"lshr i64 {tagged}, 48")
        ok = b.value(f"icmp eq i64 {tag}, {0xFFFA}")
        self.guard(ok, reason)
        addr = b.value(f"and i64 {tagged}, {PAYLOAD}")
        return b.value(f"inttoptr i64 {addr} to ptr", "obj")

    def field(self, ptr: str, offset: int, ty: str = "i64") -> str:
        b = self.b
        p = b.value(f"getelementptr i8, ptr {ptr}, i64 {offset}")
        return b.value(f"load {ty}, ptr {p}")

    def store_field(self, ptr: str, offset: int, v: str, ty: str = "i64") -> None:
        b = self.b
        p = b.value(f"getelementptr i8, ptr {ptr}, i64 {offset}")
        b.emit(f"store {ty} {v}, ptr {p}")

    def property_slot_pointer(self, obj: str, map_id: int, index: int) -> str:
        m = self.isolate.maps[map_id]
        b = self.b
        if index < m.inobject:
            return b.value(f"getelementptr i8, ptr {obj}, i64 {8 * (OBJECT_HEADER_WORDS + index)}")
        backing = b.value(f"inttoptr i64 {self.field(obj, PROPERTIES_OFFSET)} to ptr")
        return b.value(f"getelementptr i8, ptr {backing}, i64 {8 * (index - m.inobject)}")

    def map_dispatch(self, obj: str, map_ids: list[int], reason=DeoptReason.WRONG_MAP):
        """Compares the object's map with each expected map (one compare when monomorphic).

        Returns the labels of the blocks entered for each map; the caller fills them.
        """
        b = self.b
        mapw = self.field(obj, 0)
        labels = []
        for m in map_ids:
            hit, miss = b.label(f"map{m}_"), b.label("next")
            ok = b.value(f"icmp eq i64 {mapw}, {m}")
            b.terminate(f"br i1 {ok}, label %{hit}, label %{miss}, !prof !1")
            labels.append(hit)
            b.start(miss)
        self.deopt(reason)
        return labels

    # ---- one bytecode ------------------------------------------------------------------------

    def lower_one(self, pc: int) -> None:
        ins = self.code[pc]
        op = ins[0]
        b = self.b
        acc = self.acc
        if op == B.Ldar:
            self.move(ins[1], acc)
        elif op == B.Star:
            self.move(acc, ins[1])
        elif op == B.Mov:
            self.move(ins[1], ins[2])
        elif op in (B.LdaConstant, B.LdaUndefined, B.LdaNull, B.LdaTrue, B.LdaFalse, B.LdaTheHole):
            self.state = self.transfer(pc, self.state)
        elif op == B.Add or op in ARITH:
            self.lower_arith(pc)
        elif op in INT_BITWISE:
            self.lower_bitwise(pc)
        elif op in GENERIC_BINARY:
            self.generic_binary(pc)
        elif op in UNARY_NUMERIC:
            self.lower_unary(pc)
        elif op == B.LogicalNot:
            v = self.get(acc, BO)
            self.set_acc(BO, b.value(f"xor i1 {v}, true"))
        elif op == B.TypeOf:
            self.set_acc(T, self.runtime("rt_unary", str(int(op)), self.get(acc, T)))
        elif op in COMPARES:
            self.lower_compare(pc)
        elif op in (B.TestEqual, B.TestEqualStrict):
            self.lower_equality(pc)
        elif op == B.Jump or op == B.JumpLoop:
            self.jump_to(ins[1])
        elif op in (B.JumpIfTrue, B.JumpIfFalse, B.JumpIfToBooleanTrue, B.JumpIfToBooleanFalse):
            cond = self.get(acc, BO)
            if op in (B.JumpIfFalse, B.JumpIfToBooleanFalse):
                cond = b.value(f"xor i1 {cond}, true")
            self.branch(cond, ins[1])
        elif op == B.Return:
            self.ret(self.get(acc, T))
        elif op == B.GetNamedProperty:
            self.lower_load_named(pc)
        elif op in (B.SetNamedProperty, B.DefineNamedOwnProperty):
            self.lower_store_named(pc)
        elif op == B.GetKeyedProperty:
            self.lower_load_keyed(pc)
        elif op == B.SetKeyedProperty:
            self.lower_store_keyed(pc)
        elif op in (B.LdaGlobal, B.LdaGlobalInsideTypeof):
            name = self.sfi.constants[ins[1]]
            cell = self.isolate.global_cells.get(name)
            if cell is None:
                # only LdaGlobalInsideTypeof gets here (LdaGlobal deopts); the global may be
                # created later, so ask the global object each time
                heap = self.isolate.heap
                this = i64(heap.encode(self.isolate.global_object))
                self.set_acc(T, self.runtime("rt_load_named", this, str(heap.intern(name))))
                return
            p = b.value(f"inttoptr i64 {cell} to ptr")
            v = b.value(f"load i64, ptr {p}")
            # neither the hole (TDZ) nor a deleted global's cell: both are one above the other
            ok = b.value(f"icmp uge i64 {b.value(f'sub i64 {v}, {HOLE_BITS}')}, 2")
            self.guard(ok, DeoptReason.HOLE)
            self.set_acc(T, v)
        elif op == B.StaGlobal:
            if self.sfi.constants[ins[1]] in READ_ONLY_GLOBALS:
                raise Unsupported("a store to a read-only global (NaN, Infinity, undefined)")
            cell = self.isolate.global_cells[self.sfi.constants[ins[1]]]
            p = b.value(f"inttoptr i64 {cell} to ptr")
            old = b.value(f"load i64, ptr {p}")
            self.guard(b.value(f"icmp ne i64 {old}, {DELETED_CELL_BITS}"), DeoptReason.HOLE)
            b.emit(f"store i64 {self.get(acc, T)}, ptr {p}")
        elif op in (B.LdaContextSlot, B.StaContextSlot):
            ctx = b.value("load i64, ptr %ctx_slot")
            for _ in range(ins[1]):
                p = b.value(f"inttoptr i64 {ctx} to ptr")
                ctx = self.field(p, CONTEXT_PARENT_OFFSET)
            p = b.value(f"inttoptr i64 {ctx} to ptr")
            offset = 8 * (CONTEXT_HEADER_WORDS + ins[2])
            if op == B.LdaContextSlot:
                self.set_acc(T, self.field(p, offset))
            else:
                self.store_field(p, offset, self.get(acc, T))
        elif op == B.ThrowReferenceErrorIfHole:
            v = self.get(acc, T)
            ok = b.value(f"icmp ne i64 {v}, {HOLE_BITS}")
            self.guard(ok, DeoptReason.HOLE)
        elif op == B.CreateFunctionContext:
            ctx = b.value("load i64, ptr %ctx_slot")
            raw = self.runtime("rt_new_context", ctx, str(ins[1]))
            self.set_acc(T, b.value(f"or i64 {raw}, {POINTER_TAGGED}"))
        elif op == B.PushContext:
            ctx = b.value("load i64, ptr %ctx_slot")
            boxed = b.value(f"or i64 {ctx}, {POINTER_TAGGED}")
            new = b.value(f"and i64 {self.get(acc, T)}, {PAYLOAD}")
            self.store_slot(ins[1], T, boxed)
            b.emit(f"store i64 {new}, ptr %ctx_slot")
        elif op == B.PopContext:
            raw = b.value(f"and i64 {self.get(ins[1], T)}, {PAYLOAD}")
            b.emit(f"store i64 {raw}, ptr %ctx_slot")
        elif op == B.CloneContext:
            ctx = b.value("load i64, ptr %ctx_slot")
            raw = self.runtime("rt_clone_context", ctx)
            b.emit(f"store i64 {raw}, ptr %ctx_slot")
        elif op == B.CreateClosure:
            ctx = b.value("load i64, ptr %ctx_slot")
            self.set_acc(T, self.runtime("rt_create_closure", str(self.sfi.inner[ins[1]].id), ctx))
        elif op == B.CreateObjectLiteral:
            self.set_acc(T, self.runtime("rt_new_object", str(ins[1])))
        elif op == B.CreateArrayLiteral:
            argv = self.spill_args(ins[1], ins[2])
            self.set_acc(T, self.runtime("rt_new_array", str(ins[2]), argv))
        elif op == B.Call:
            self.lower_call(pc)
        elif op == B.Construct:
            self.lower_construct(pc)
        elif op in (B.TestInstanceOf, B.TestIn):
            self.generic_binary(pc)
        elif op == B.CallRuntime:
            argv = self.spill_args(ins[2], ins[3])
            self.set_acc(T, self.runtime("rt_call_runtime", str(ins[1]), str(ins[3]), argv))
        elif op == B.Throw:
            # Leaves through the exception path: the runtime makes it the pending exception.
            self.runtime("rt_throw", self.get(acc, T))
            b.terminate("unreachable")
        else:
            raise Unsupported(f"bytecode {BYTECODES[op].name} is not lowered")

    def move(self, src: int, dst: int) -> None:
        rep = self.state[src]
        if isinstance(rep, Const):
            self.state[dst] = rep
            return
        self.store_slot(dst, rep, self.load_slot(src, rep))

    # ---- arithmetic ---------------------------------------------------------------------------

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

    # ---- properties ------------------------------------------------------------------------------

    def lower_load_named(self, pc: int) -> None:
        ins = self.code[pc]
        f = self.fb[ins[3]]
        b = self.b
        name_id = self.isolate.heap.intern(self.sfi.constants[ins[2]])
        receiver = self.get(ins[1], T)
        if f.state == ICState.MEGAMORPHIC:
            self.set_acc(T, self.runtime("rt_load_named", receiver, str(name_id)))
            return
        obj = self.heap_pointer(receiver)
        items = list(f.handlers.items())
        self.note(pc, f"load .{self.sfi.constants[ins[2]]}: {len(items)}-map guard; " + ", ".join(
            f"map #{m} -> {self.describe_handler(m, h)}" for m, h in items))
        labels = self.map_dispatch(obj, [m for m, _ in items])
        want = self.property_result_rep(pc)
        done = b.label("loaded")
        incoming = []
        for (map_id, handler), label in zip(items, labels):
            b.start(label)
            kind = handler[0]
            if kind == "field":
                v = b.value(f"load i64, ptr {self.property_slot_pointer(obj, map_id, handler[1])}")
            elif kind == "array_length":
                n = self.field(obj, ARRAY_LENGTH_OFFSET)
                fits = b.value(f"icmp ult i64 {n}, 2147483648")
                self.guard(fits, DeoptReason.NOT_INT32)
                v = b.value(f"trunc i64 {n} to i32")
                if want == T:
                    v = b.value(f"call i64 @box_i32(i32 {v})")
            else:   # ("missing", cell) or ("constant", value, cell): valid while the chain is
                self.guard_prototype_chain(handler[-1])
                v = UNDEFINED_BITS if kind == "missing" else i64(self.isolate.heap.encode(handler[1]))
            incoming.append((v, b.label("from")))
            b.terminate(f"br label %{incoming[-1][1]}")
            b.start(incoming[-1][1])
            b.terminate(f"br label %{done}")
        b.start(done)
        ty = LLVM_TYPE[want]
        phi = b.value(f"phi {ty} " + ", ".join(f"[ {v}, %{l} ]" for v, l in incoming))
        self.set_acc(want, phi)

    def guard_prototype_chain(self, cell: int) -> None:
        """The receiver's prototype chain is as it was when the feedback was recorded."""
        b = self.b
        p = b.value(f"inttoptr i64 {cell} to ptr")
        word = b.value(f"load volatile i64, ptr {p}")
        self.guard(b.value(f"icmp eq i64 {word}, 0"), DeoptReason.PROTOTYPE_CHANGED)

    def note(self, pc: int, text: str) -> None:
        self.notes.append(f"@{pc} {BYTECODES[self.code[pc][0]].name}: {text}")

    def describe_handler(self, map_id: int, h: tuple) -> str:
        m = self.isolate.maps[map_id]
        if h[0] in ("field", "transition"):
            index = h[1]
            where = (f"in-object slot {index}" if index < m.inobject
                     else f"out-of-object slot {index - m.inobject}")
            if h[0] == "transition":
                return f"add property at {where}, new map #{h[2]}"
            return f"direct {where} access"
        return {"array_length": "array length", "missing": "undefined (absent)",
                "constant": "constant"}.get(h[0], h[0])

    def lower_store_named(self, pc: int) -> None:
        ins = self.code[pc]
        f = self.fb[ins[3]]
        b = self.b
        name_id = self.isolate.heap.intern(self.sfi.constants[ins[2]])
        receiver = self.get(ins[1], T)
        value = self.get(self.acc, T)
        handlers = list(f.handlers.items())
        fast = f.state != ICState.MEGAMORPHIC and all(
            h[0] == "field" or (h[0] == "transition" and h[1] < self.isolate.maps[m].inobject)
            for m, h in handlers)
        if not fast:
            self.runtime("rt_store_named", receiver, str(name_id | (STRICT_BIT if self.sfi.strict else 0)), value)
            return
        obj = self.heap_pointer(receiver)
        self.note(pc, f"store .{self.sfi.constants[ins[2]]}: {len(handlers)}-map guard; " + ", ".join(
            f"map #{m} -> {self.describe_handler(m, h)}" for m, h in handlers))
        labels = self.map_dispatch(obj, [m for m, _ in handlers])
        done = b.label("stored")
        for (map_id, handler), label in zip(handlers, labels):
            b.start(label)
            if handler[0] == "field":
                b.emit(f"store i64 {value}, ptr {self.property_slot_pointer(obj, map_id, handler[1])}")
            else:
                _, index, new_map, cell = handler
                self.guard_prototype_chain(cell)
                b.emit(f"store i64 {value}, ptr {self.property_slot_pointer(obj, new_map, index)}")
                self.store_field(obj, 0, str(new_map))
            b.terminate(f"br label %{done}")
        b.start(done)

    def lower_load_keyed(self, pc: int) -> None:
        ins = self.code[pc]
        f = self.fb[ins[2]]
        b = self.b
        receiver = self.get(ins[1], T)
        if not self.keyed_fast(f):
            self.set_acc(T, self.runtime("rt_load_keyed", receiver, self.get(self.acc, T)))
            return
        want = self.keyed_result_rep(pc)
        key_tagged = None
        if f.out_of_bounds:
            key_tagged = self.get(self.acc, T)
        index = self.get(self.acc, I)
        obj = self.heap_pointer(receiver)
        map_ids = list(f.handlers)
        labels = self.map_dispatch(obj, map_ids)
        checked = b.label("arraychecked")
        for label in labels:
            b.start(label)
            b.terminate(f"br label %{checked}")
        b.start(checked)
        length = self.field(obj, ARRAY_LENGTH_OFFSET)
        idx64 = b.value(f"sext i32 {index} to i64")
        inb = b.value(f"icmp ult i64 {idx64}, {length}")
        holey = any(self.isolate.maps[m].elements_kind == ElementsKind.ANY for m in map_ids)
        if not f.out_of_bounds:
            self.guard(inb, DeoptReason.OUT_OF_BOUNDS)
            v = self.load_element(obj, idx64, holey)
            self.set_acc(want, b.value(f"trunc i64 {v} to i32") if want == I else v)
            return
        fast, slow, done = b.label("inbounds"), b.label("oob"), b.label("elem")
        b.terminate(f"br i1 {inb}, label %{fast}, label %{slow}, !prof !1")
        b.start(fast)
        v = self.load_element(obj, idx64, holey)
        fast_end = b.label("inb_end")
        b.terminate(f"br label %{fast_end}")
        b.start(fast_end)
        b.terminate(f"br label %{done}")
        b.start(slow)
        sv = self.runtime("rt_load_keyed", receiver, key_tagged)
        slow_end = b.label("oob_end")
        b.terminate(f"br label %{slow_end}")
        b.start(slow_end)
        b.terminate(f"br label %{done}")
        b.start(done)
        self.set_acc(T, b.value(f"phi i64 [ {v}, %{fast_end} ], [ {sv}, %{slow_end} ]"))

    def load_element(self, obj: str, idx64: str, holey: bool) -> str:
        b = self.b
        elements = b.value(f"inttoptr i64 {self.field(obj, ARRAY_ELEMENTS_OFFSET)} to ptr")
        p = b.value(f"getelementptr i64, ptr {elements}, i64 {idx64}")
        v = b.value(f"load i64, ptr {p}")
        if holey:
            is_hole = b.value(f"icmp eq i64 {v}, {HOLE_BITS}")
            v = b.value(f"select i1 {is_hole}, i64 {UNDEFINED_BITS}, i64 {v}")
        return v

    def lower_store_keyed(self, pc: int) -> None:
        ins = self.code[pc]
        f = self.fb[ins[3]]
        b = self.b
        receiver = self.get(ins[1], T)
        map_ids = list(f.handlers)
        kinds = {self.isolate.maps[m].elements_kind for m in map_ids}
        if not self.keyed_fast(f) or len(kinds) != 1 or f.out_of_bounds:
            key = self.get(ins[2], T)
            entry = "rt_store_keyed_strict" if self.sfi.strict else "rt_store_keyed"
            self.runtime(entry, receiver, key, self.get(self.acc, T))
            return
        (kind,) = kinds
        index = self.get(ins[2], I)
        if kind == ElementsKind.INT32:
            value = self.convert_to_tagged_int(self.acc)
        elif kind == ElementsKind.DOUBLE:
            value = self.get(self.acc, F)
            value = b.value(f"call i64 @box_f64(double {value})")
        else:
            value = self.get(self.acc, T)
        obj = self.heap_pointer(receiver)
        labels = self.map_dispatch(obj, map_ids)
        checked = b.label("arraychecked")
        for label in labels:
            b.start(label)
            b.terminate(f"br label %{checked}")
        b.start(checked)
        length = self.field(obj, ARRAY_LENGTH_OFFSET)
        idx64 = b.value(f"sext i32 {index} to i64")
        self.guard(b.value(f"icmp ult i64 {idx64}, {length}"), DeoptReason.OUT_OF_BOUNDS)
        elements = b.value(f"inttoptr i64 {self.field(obj, ARRAY_ELEMENTS_OFFSET)} to ptr")
        p = b.value(f"getelementptr i64, ptr {elements}, i64 {idx64}")
        b.emit(f"store i64 {value}, ptr {p}")

    def convert_to_tagged_int(self, r: int) -> str:
        """An int32 element value, boxed; a value of another kind deopts (the array must generalize)."""
        have = self.state[r]
        if have == T:
            v = self.load_slot(r, T)
            tag = self.b.value(f"lshr i64 {v}, 48")
            self.guard(self.b.value(f"icmp eq i64 {tag}, {0xFFF9}"), DeoptReason.WRONG_ELEMENTS_KIND)
            return v
        return self.b.value(f"call i64 @box_i32(i32 {self.get(r, I)})")

    # ---- calls -------------------------------------------------------------------------------

    def spill_args(self, first: int, count: int) -> str:
        b = self.b
        for k in range(count):
            v = self.get(first + k, T)
            p = b.value(f"getelementptr [{self.max_argc} x i64], ptr %argv, i64 0, i64 {k}")
            b.emit(f"store i64 {v}, ptr {p}")
        return b.value("ptrtoint ptr %argv to i64")

    def lower_call(self, pc: int) -> None:
        ins = self.code[pc]
        _, callee_r, recv_r, argc, slot = ins
        f = self.fb[slot]
        b = self.b
        site = str((self.sfi.id << 20) | pc)
        callee = self.get(callee_r, T)
        intrinsic = self.call_intrinsic(pc)
        if intrinsic is not None:
            ok = b.value(f"icmp eq i64 {callee}, {i64(self.isolate.heap.encode(f.target))}")
            self.guard(ok, DeoptReason.WRONG_CALL_TARGET)
            args = [self.get(recv_r + 1 + k, F) for k in range(argc)]
            name = {"floor": "floor", "sqrt": "sqrt", "abs": "fabs", "min": "minimum", "max": "maximum"}[intrinsic]
            r = b.value(f"call double @llvm.{name}.f64({', '.join('double ' + a for a in args)})")
            self.set_acc(F, r)
            return
        target_sfi = None
        # The site may have seen only a non-callable object (each call threw): no target then.
        target = f.target
        if target is not None and self.isolate.objects.map_of(target).instance_type == InstanceType.FUNCTION:
            target_sfi = self.isolate.shared_of(target)
            # Natives, rest parameters and class constructors (a TypeError without `new`) go
            # through the runtime's generic call.
            if target_sfi.native is not None or target_sfi.has_rest or target_sfi.class_kind:
                target_sfi = None
        if target_sfi is None:
            argv = self.spill_args(recv_r + 1, argc)
            this = self.get(recv_r, T)
            self.set_acc(T, self.runtime("rt_call", callee, this, str(argc), argv, site))
            return
        # Known JS callee: guard the target, then call its optimized code directly when it
        # has some (through the code table, so unlinking takes effect at once), else the
        # interpreter through the runtime.
        ok = b.value(f"icmp eq i64 {callee}, {i64(self.isolate.heap.encode(f.target))}")
        self.guard(ok, DeoptReason.WRONG_CALL_TARGET)
        this = self.get(recv_r, T)
        args = [self.get(recv_r + 1 + k, T) for k in range(min(argc, target_sfi.param_count))]
        args += [UNDEFINED_BITS] * (target_sfi.param_count - len(args))
        argv = self.spill_args(recv_r + 1, argc)
        entry_p = b.value(f"inttoptr i64 {self.code_table + 8 * target_sfi.id} to ptr")
        code = b.value(f"load i64, ptr {entry_p}")
        has_code = b.value(f"icmp ne i64 {code}, 0")
        direct, generic, done = b.label("direct"), b.label("viaruntime"), b.label("called")
        b.terminate(f"br i1 {has_code}, label %{direct}, label %{generic}")
        b.start(direct)
        fp = b.value(f"inttoptr i64 {code} to ptr")
        arglist = ", ".join(["i64 " + callee, "i64 " + this] + ["i64 " + a for a in args])
        r1 = b.value(f"call preserve_nonecc i64 {fp}({arglist})")
        b.terminate(f"br label %{done}")
        b.start(generic)
        r2 = b.value(f"call i64 @rt_call(i64 {callee}, i64 {this}, i64 {argc}, i64 {argv}, i64 {site})")
        b.terminate(f"br label %{done}")
        b.start(done)
        r = b.value(f"phi i64 [ {r1}, %{direct} ], [ {r2}, %{generic} ]")
        self.check_exception(r)
        self.set_acc(T, r)

    def lower_construct(self, pc: int) -> None:
        _, callee_r, first, argc, _slot = self.code[pc]
        site = str((self.sfi.id << 20) | pc)
        callee = self.get(callee_r, T)
        argv = self.spill_args(first, argc)
        self.set_acc(T, self.runtime("rt_construct", callee, str(argc), argv, site))


# Runtime entries optimized code calls (name -> number of i64 arguments); llvm_tier/runtime_entries.py
# implements them.
from interpreter.intrinsics import INTERPRETER_ONLY, INTRINSICS  # noqa: E402
from interpreter.interpreter import READ_ONLY_GLOBALS  # noqa: E402

STRICT_BIT = 1 << 40   # or'ed into rt_store_named's name id: the store is in strict code
RUNTIME_ENTRIES = {
    "rt_call": 5, "rt_construct": 4, "rt_load_named": 2, "rt_store_named": 3, "rt_load_keyed": 2,
    "rt_store_keyed": 3, "rt_store_keyed_strict": 3, "rt_binary": 3, "rt_unary": 2, "rt_to_boolean": 1, "rt_create_closure": 2,
    "rt_new_object": 1, "rt_new_array": 2, "rt_new_context": 2, "rt_clone_context": 1,
    "rt_stack_overflow": 0, "rt_to_int32": 1, "rt_call_runtime": 3, "rt_throw": 1,
}


def symbol_for(sfi, version: int) -> str:
    name = re.sub(r"[^A-Za-z0-9_]", "_", sfi.name or ("script" if sfi.is_script else "anonymous"))
    return f"js_{name}_{sfi.id}_v{version}"
