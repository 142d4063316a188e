"""The bytecode disassembler: a function's code, constants and feedback as text (for `bailout dump-bytecode`)."""
from __future__ import annotations

from interpreter.frontend.compiler import SharedFunctionInfo, iter_functions

from .bytecodes import BYTECODES
from .intrinsics import INTRINSICS


def format_operand(kind: str, value, sfi: SharedFunctionInfo) -> str:
    if kind == "reg":
        return f"r{value}"
    if kind == "const":
        return f"[{value}]"
    if kind == "fb":
        return f"fb{value}"
    if kind == "label":
        return f"@{value}"
    if kind == "func":
        inner = sfi.inner[value]
        return f"<{inner.display_name}>"
    if kind == "intr":
        return f"%{INTRINSICS[value].__name__}"
    return str(value)


def format_constant(v) -> str:
    if isinstance(v, str):
        return repr(v)
    if isinstance(v, float) and v.is_integer():
        return str(int(v)) if v != 0.0 or str(v)[0] != "-" else "-0"
    return repr(v)


def disassemble(sfi: SharedFunctionInfo, feedback: bool = False) -> str:
    name = sfi.display_name
    lines = [f"function {name} (params: {sfi.param_count}, registers: {sfi.register_count}, "
             f"bytecodes: {len(sfi.code)})"]
    for pc, instr in enumerate(sfi.code):
        info = BYTECODES[instr[0]]
        ops = ", ".join(format_operand(k, v, sfi) for k, v in zip(info.operands, instr[1:]))
        lines.append(f"  {pc:4d}  {info.name:<26}{ops}")
    if sfi.handlers:
        lines.append("  handlers (try range -> handler, context register):")
        for start, end, handler, ctx in sfi.handlers:
            lines.append(f"    [{start}, {end}) -> @{handler}, r{ctx}")
    if sfi.constants:
        lines.append("  constants:")
        for i, c in enumerate(sfi.constants):
            lines.append(f"    [{i}] {format_constant(c)}")
    if feedback and sfi.feedback is not None:
        lines.append(f"  feedback vector (invocations: {sfi.invocations}, back edges: {sfi.back_edges}):")
        for i, slot in enumerate(sfi.feedback):
            lines.append(f"    fb{i} {slot.kind:<12}{slot.describe()}")
    return "\n".join(lines)


def disassemble_all(script: SharedFunctionInfo, feedback: bool = False) -> str:
    return "\n\n".join(disassemble(f, feedback) for f in iter_functions(script)) + "\n"
