"""Small helpers for writing LLVM IR as text: constants, the value encoding's masks, and a function builder.

The tier writes IR text rather than using llvmlite.ir because it needs
operand bundles ("deopt") and call-site attributes ("statepoint-id"), which
llvmlite's builder does not model.
"""
from __future__ import annotations

import struct

from interpreter.objects.values import (CANONICAL_NAN, EXCEPTION_BITS, FALSE_BITS, HOLE_BITS, INT32_BITS,
                                NULL_BITS, PAYLOAD_MASK, POINTER_BITS, TRUE_BITS, UNDEFINED_BITS)


def i64(v: int) -> str:
    """A 64-bit constant as LLVM wants it (signed decimal)."""
    v &= (1 << 64) - 1
    return str(v - (1 << 64) if v >= 1 << 63 else v)


def f64(x: float) -> str:
    return "0x%016X" % struct.unpack("<Q", struct.pack("<d", x))[0]


INT32_TAGGED = i64(INT32_BITS)
POINTER_TAGGED = i64(POINTER_BITS)
PAYLOAD = i64(PAYLOAD_MASK)
TRUE = i64(TRUE_BITS)
FALSE = i64(FALSE_BITS)
UNDEFINED = i64(UNDEFINED_BITS)
NULL = i64(NULL_BITS)
HOLE = i64(HOLE_BITS)
EXCEPTION = i64(EXCEPTION_BITS)
CANON_NAN = i64(CANONICAL_NAN)

# Boxing helpers every module carries; always inlined.
PRELUDE = f"""
declare i32 @llvm.fptosi.sat.i32.f64(double)
declare {{i32, i1}} @llvm.sadd.with.overflow.i32(i32, i32)
declare {{i32, i1}} @llvm.ssub.with.overflow.i32(i32, i32)
declare {{i32, i1}} @llvm.smul.with.overflow.i32(i32, i32)
declare double @llvm.floor.f64(double)
declare double @llvm.ceil.f64(double)
declare double @llvm.trunc.f64(double)
declare double @llvm.copysign.f64(double, double)
declare double @llvm.sqrt.f64(double)
declare double @llvm.fabs.f64(double)
declare double @llvm.minimum.f64(double, double)
declare double @llvm.maximum.f64(double, double)
declare i64 @llvm.experimental.deoptimize.i64(...)

define internal i64 @box_i32(i32 %x) alwaysinline {{
  %z = zext i32 %x to i64
  %r = or i64 %z, {INT32_TAGGED}
  ret i64 %r
}}

; Canonical encoding: an int32-valued double other than -0 is int32-tagged;
; every NaN becomes the canonical NaN.
define internal i64 @box_f64(double %x) alwaysinline {{
  %i = call i32 @llvm.fptosi.sat.i32.f64(double %x)
  %back = sitofp i32 %i to double
  %exact = fcmp oeq double %back, %x
  %bits = bitcast double %x to i64
  %negzero = icmp eq i64 %bits, -9223372036854775808
  %notnegzero = xor i1 %negzero, true
  %isint = and i1 %exact, %notnegzero
  %ib = call i64 @box_i32(i32 %i)
  %isnan = fcmp uno double %x, %x
  %db = select i1 %isnan, i64 {CANON_NAN}, i64 %bits
  %r = select i1 %isint, i64 %ib, i64 %db
  ret i64 %r
}}

define internal i64 @box_bool(i1 %b) alwaysinline {{
  %r = select i1 %b, i64 {TRUE}, i64 {FALSE}
  ret i64 %r
}}
"""


# Runtime entries that never run JS code (no getter, valueOf, callback or call): no dependency
# can break inside them, so no lazy deopt check follows them.
NO_JS_ENTRIES = frozenset({
    "rt_allocate", "rt_take_exception", "rt_to_boolean", "rt_grow_properties", "rt_char_string",
    "rt_clone_context", "rt_to_int32", "rt_stack_overflow", "rt_throw", "rt_new_arguments", "rt_string_record",
    "rt_bind_this"})


class FunctionBuilder:
    """Accumulates the blocks of one LLVM function; names SSA values."""

    def __init__(self):
        self.entry: list[str] = []        # allocas, kept in the entry block
        self.blocks: list[tuple[str, list[str]]] = []
        self.current: list[str] | None = None
        self.counter = 0
        self.terminated = True
        self.calls = 0        # calls emitted into the runtime or other JS code (they may have side effects)
        self.js_calls = 0     # those of them that may run JS (so break a dependency: lowering.py)

    def tmp(self, hint: str = "t") -> str:
        self.counter += 1
        return f"%{hint}{self.counter}"

    def label(self, hint: str = "b") -> str:
        self.counter += 1
        return f"{hint}{self.counter}"

    def start(self, label: str) -> None:
        self.current = []
        self.blocks.append((label, self.current))
        self.terminated = False

    def open_block(self, name: str) -> str:
        """Ends the current block with a branch to a new one and starts it: its label, for phis."""
        label = self.label(name)
        self.terminate(f"br label %{label}")
        self.start(label)
        return label

    def emit(self, line: str) -> None:
        assert self.current is not None and not self.terminated, line
        if "call " in line and ("@rt_" in line or "preserve_nonecc" in line):
            self.calls += 1
            if "preserve_nonecc" in line or line[line.index("@rt_") + 1:].split("(")[0] not in NO_JS_ENTRIES:
                self.js_calls += 1
        self.current.append("  " + line)

    def value(self, expr: str, hint: str = "t") -> str:
        name = self.tmp(hint)
        self.emit(f"{name} = {expr}")
        return name

    def terminate(self, line: str) -> None:
        self.emit(line)
        self.terminated = True

    def text(self) -> str:
        out = []
        for label, lines in self.blocks:
            out.append(f"{label}:")
            out.extend(lines)
        return "\n".join(out)
