"""The bytecode set: the single table that the compiler, disassembler, interpreter and optimizing tier derive from.

Ignition's model: a register file (r0 = `this`, r1 = the closure, then the parameters, then
locals and temporaries) plus an implicit accumulator. An instruction is a
tuple `(opcode, operand, ...)`; a bytecode offset is an instruction's index in
the function's code list.

Operand kinds:
    reg    a register index
    const  an index into the constant pool
    idx    a plain unsigned immediate (a count, a context depth or slot)
    fb     a feedback vector slot
    label  a jump target (a bytecode offset)
    func   an index into the function's list of inner function literals
    intr   an index into the intrinsics table (intrinsics.py, V8's runtime functions)
Accumulator use: "" none, "r" reads it, "w" writes it, "rw" both.
"""
from __future__ import annotations

from enum import IntEnum
from typing import NamedTuple


class BytecodeInfo(NamedTuple):
    name: str
    operands: tuple[str, ...]
    acc: str
    doc: str


BYTECODES: tuple[BytecodeInfo, ...] = (
    # -- loads into the accumulator and register moves
    BytecodeInfo("LdaUndefined", (), "w", "acc = undefined"),
    BytecodeInfo("LdaNull", (), "w", "acc = null"),
    BytecodeInfo("LdaTrue", (), "w", "acc = true"),
    BytecodeInfo("LdaFalse", (), "w", "acc = false"),
    BytecodeInfo("LdaTheHole", (), "w", "acc = the hole (an uninitialized let/const)"),
    BytecodeInfo("LdaConstant", ("const",), "w", "acc = constants[c] (a number or string)"),
    BytecodeInfo("Ldar", ("reg",), "w", "acc = r"),
    BytecodeInfo("Star", ("reg",), "r", "r = acc"),
    BytecodeInfo("Mov", ("reg", "reg"), "", "r2 = r1"),
    # -- globals (script-level bindings live in global cells)
    BytecodeInfo("LdaGlobal", ("const", "fb"), "w", "acc = global named constants[c]; ReferenceError if undeclared"),
    BytecodeInfo("LdaGlobalInsideTypeof", ("const", "fb"), "w", "acc = global constants[c], undefined if undeclared"),
    BytecodeInfo("StaGlobal", ("const", "fb"), "r", "global named constants[c] = acc"),
    # -- closures: context slots
    BytecodeInfo("LdaContextSlot", ("idx", "idx"), "w", "acc = slot s of the context `depth` levels up"),
    BytecodeInfo("StaContextSlot", ("idx", "idx"), "r", "slot s of the context `depth` levels up = acc"),
    BytecodeInfo("CreateFunctionContext", ("idx",), "w", "acc = new context with n slots, parent = current"),
    BytecodeInfo("PushContext", ("reg",), "r", "r = current context; current context = acc"),
    BytecodeInfo("PopContext", ("reg",), "", "current context = r"),
    BytecodeInfo("CloneContext", (), "", "current context = a copy of it (a fresh per-iteration let binding)"),
    BytecodeInfo("ThrowReferenceErrorIfHole", ("const",), "r", "TDZ check: ReferenceError if acc is the hole"),
    BytecodeInfo("ThrowConstAssignError", (), "", "TypeError: Assignment to constant variable."),
    BytecodeInfo("SaveContext", ("reg",), "", "r = current context (restored by an exception handler)"),
    # -- properties
    BytecodeInfo("GetNamedProperty", ("reg", "const", "fb"), "w", "acc = r.name"),
    BytecodeInfo("SetNamedProperty", ("reg", "const", "fb"), "r", "r.name = acc"),
    BytecodeInfo("DefineNamedOwnProperty", ("reg", "const", "fb"), "r", "r.name = acc in an object literal"),
    BytecodeInfo("GetKeyedProperty", ("reg", "fb"), "rw", "acc = r[acc]"),
    BytecodeInfo("SetKeyedProperty", ("reg", "reg", "fb"), "r", "r1[r2] = acc"),
    # -- binary operators: acc = r OP acc
    BytecodeInfo("Add", ("reg", "fb"), "rw", "acc = r + acc"),
    BytecodeInfo("Sub", ("reg", "fb"), "rw", "acc = r - acc"),
    BytecodeInfo("Mul", ("reg", "fb"), "rw", "acc = r * acc"),
    BytecodeInfo("Div", ("reg", "fb"), "rw", "acc = r / acc"),
    BytecodeInfo("Mod", ("reg", "fb"), "rw", "acc = r % acc"),
    BytecodeInfo("Exp", ("reg", "fb"), "rw", "acc = r ** acc"),
    BytecodeInfo("BitwiseOr", ("reg", "fb"), "rw", "acc = r | acc"),
    BytecodeInfo("BitwiseXor", ("reg", "fb"), "rw", "acc = r ^ acc"),
    BytecodeInfo("BitwiseAnd", ("reg", "fb"), "rw", "acc = r & acc"),
    BytecodeInfo("ShiftLeft", ("reg", "fb"), "rw", "acc = r << acc"),
    BytecodeInfo("ShiftRight", ("reg", "fb"), "rw", "acc = r >> acc"),
    BytecodeInfo("ShiftRightLogical", ("reg", "fb"), "rw", "acc = r >>> acc"),
    # -- unary operators on the accumulator
    BytecodeInfo("Inc", ("fb",), "rw", "acc = acc + 1"),
    BytecodeInfo("Dec", ("fb",), "rw", "acc = acc - 1"),
    BytecodeInfo("Negate", ("fb",), "rw", "acc = -acc"),
    BytecodeInfo("BitwiseNot", ("fb",), "rw", "acc = ~acc"),
    BytecodeInfo("ToNumeric", ("fb",), "rw", "acc = ToNumeric(acc) (the old value of x++: a number or a BigInt)"),
    BytecodeInfo("ToNumber", ("fb",), "rw", "acc = ToNumber(acc) (unary +: a BigInt is a TypeError)"),
    BytecodeInfo("LogicalNot", (), "rw", "acc = !acc"),
    BytecodeInfo("TypeOf", (), "rw", "acc = typeof acc"),
    # -- comparisons: acc = r OP acc, a boolean
    BytecodeInfo("TestEqual", ("reg", "fb"), "rw", "acc = r == acc"),
    BytecodeInfo("TestEqualStrict", ("reg", "fb"), "rw", "acc = r === acc"),
    BytecodeInfo("TestLessThan", ("reg", "fb"), "rw", "acc = r < acc"),
    BytecodeInfo("TestGreaterThan", ("reg", "fb"), "rw", "acc = r > acc"),
    BytecodeInfo("TestLessThanOrEqual", ("reg", "fb"), "rw", "acc = r <= acc"),
    BytecodeInfo("TestGreaterThanOrEqual", ("reg", "fb"), "rw", "acc = r >= acc"),
    BytecodeInfo("TestInstanceOf", ("reg", "fb"), "rw", "acc = r instanceof acc (feedback: the constructor)"),
    BytecodeInfo("TestIn", ("reg", "fb"), "rw", "acc = r in acc (feedback: the maps of acc)"),
    # -- control flow
    BytecodeInfo("Jump", ("label",), "", "goto label"),
    BytecodeInfo("JumpIfTrue", ("label",), "r", "goto label if acc is true (acc is a boolean)"),
    BytecodeInfo("JumpIfFalse", ("label",), "r", "goto label if acc is false (acc is a boolean)"),
    BytecodeInfo("JumpIfToBooleanTrue", ("label",), "r", "goto label if ToBoolean(acc)"),
    BytecodeInfo("JumpIfToBooleanFalse", ("label",), "r", "goto label if !ToBoolean(acc)"),
    BytecodeInfo("JumpLoop", ("label",), "", "loop back edge: count it, then goto label"),
    BytecodeInfo("Return", (), "r", "return acc"),
    BytecodeInfo("Throw", (), "r", "throw acc: continue at the innermost handler covering this offset"),
    BytecodeInfo("ReThrow", (), "r", "throw acc again (a finally block ending an exception)"),
    # -- calls and allocation
    BytecodeInfo("Call", ("reg", "reg", "idx", "fb"), "w",
                 "acc = callee r1 called with receiver r2 and the idx registers after r2 as arguments"),
    BytecodeInfo("Construct", ("reg", "reg", "idx", "fb"), "w",
                 "acc = new r1(the idx registers from r2)"),
    BytecodeInfo("CreateClosure", ("func",), "w", "acc = a new function object for inner literal f, in the current context"),
    BytecodeInfo("CreateObjectLiteral", ("idx",), "w", "acc = a new empty object with room for idx in-object properties"),
    BytecodeInfo("CreateArrayLiteral", ("reg", "idx"), "w", "acc = a new array of the idx registers from r"),
    BytecodeInfo("CallRuntime", ("intr", "reg", "idx"), "w", "acc = intrinsic i called with the idx registers from r"),
)


Bytecode = IntEnum("Bytecode", [(b.name, i) for i, b in enumerate(BYTECODES)])
BYTECODE_INFO: dict[Bytecode, BytecodeInfo] = {Bytecode(i): b for i, b in enumerate(BYTECODES)}

JUMPS = frozenset(b for b in Bytecode if "label" in BYTECODE_INFO[b].operands)


def check(instr: tuple) -> None:
    """Asserts an instruction's operand count matches the table (used by the assembler)."""
    info = BYTECODES[instr[0]]
    if len(instr) != 1 + len(info.operands):
        raise ValueError(f"{info.name} takes {len(info.operands)} operands, got {instr[1:]}")
