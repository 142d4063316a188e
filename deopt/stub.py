"""The ``__llvm_deoptimize`` stub and the deopt handler ABI.

Place in the pipeline: optimized code's failing guards end in
``llvm.experimental.deoptimize``, which LLVM lowers to a plain C-convention
call to the external symbol ``__llvm_deoptimize`` that never returns.  This
module provides that symbol as x86-64 assembly (wrapped in a tiny LLVM IR
module that the JIT compiles and loads once per JIT, see
``llvm_tier.jit.JIT``), fixes the signature of the handler it calls, and the
layout of the register save area the handler receives.  The deoptimizer
(``deopt.machine_frame`` and above) reads the machine frame through that
save area; the JIT fills the handler slot.

What the stub does, in order::

    on entry      (%rsp) = return address into the optimized function,
                  %rsp + 8 = the optimized frame's %rsp at the call site,
                  %rbp = the optimized frame's base (it has "frame-pointer"="all")
    1. reserve SAVE_AREA_SIZE bytes and store all 16 GPRs (indexed by DWARF
       register number; the %rsp slot gets the optimized frame's %rsp) and
       xmm0-15 there, so Register locations of the stack map can be read;
    2. call handler(return_address, caller_sp, rbp, save_area) with the stack
       16-byte aligned (forced with ``andq``, since nothing after the call
       needs the old %rsp: the frame is dropped through %rbp);
    3. with the handler's result in %rax: ``movq %rbp, %rsp; popq %rbp;
       retq`` - the optimized function's epilogue, executed on its behalf,
       so the result reaches the optimized function's caller.

Step 3 is only exact if the optimized function saved nothing but %rbp:
optimized functions must use ``preserve_nonecc`` (no callee-saved registers
besides %rsp/%rbp) and ``"frame-pointer"="all"``.  ``llvm_tier.jit`` refuses
modules where a function that deoptimizes breaks this rule.

The handler is found through the global ``HANDLER_SLOT_SYMBOL`` (a pointer
defined next to the stub and filled by the runtime after loading), so each
JIT has its own handler and the handler can be replaced without relinking.
A null slot makes the stub execute ``ud2`` (SIGILL) instead of jumping to 0.

Handler signature (C convention, see :data:`DEOPT_HANDLER_TYPE`)::

    uint64_t handler(uint64_t return_address,  // identifies the stack map record
                     uint64_t caller_sp,       // optimized frame's %rsp at the call
                     uint64_t rbp,             // optimized frame's %rbp
                     uint64_t save_area)       // SAVE_AREA_SIZE bytes, layout below
    // returns the optimized function's result (a 64-bit word)

Save area layout: GPR with DWARF number n (0 rax, 1 rdx, 2 rcx, 3 rbx,
4 rsi, 5 rdi, 6 rbp, 7 rsp, 8-15 r8-r15) at ``8 * n``; xmm register k
(DWARF 17 + k) at ``XMM_SAVE_OFFSET + 16 * k`` (all 128 bits).

The IR side of the contract: every deopt block should execute
:data:`DEOPT_MEMORY_BARRIER` right before ``llvm.experimental.deoptimize``.
LLVM models the deoptimize call as only *reading* memory, so for a function
that does not otherwise write memory it infers ``memory(read, ...)`` and
callers in the same module then keep heap values cached across the call,
although the interpreter that resumes the frame may write anything (checked:
a caller's second load of a global the handler wrote was folded into the
first).  An empty asm statement that clobbers memory stops the inference.
``llvm_tier.jit`` refuses deoptimizing functions with an inferred memory
attribute.

Contract 5: no Python exception may cross the ctypes boundary.
:class:`GuardedCallback` wraps a Python callable into a ctypes callback that
catches everything, parks the exception as *pending* and returns a sentinel
word; whoever called into machine code (the entry wrapper's Python caller)
calls :meth:`GuardedCallback.raise_pending` after the call returns.
"""

from __future__ import annotations

import ctypes
from typing import Callable

__all__ = [
    "DEOPTIMIZE_SYMBOL",
    "HANDLER_SLOT_SYMBOL",
    "GPR_COUNT",
    "XMM_COUNT",
    "XMM_SAVE_OFFSET",
    "SAVE_AREA_SIZE",
    "DWARF_RSP",
    "DWARF_RBP",
    "DWARF_XMM0",
    "DEOPT_HANDLER_TYPE",
    "DEOPT_MEMORY_BARRIER",
    "stub_module_ir",
    "GuardedCallback",
]

DEOPTIMIZE_SYMBOL = "__llvm_deoptimize"
HANDLER_SLOT_SYMBOL = "__bailout_deopt_handler"

GPR_COUNT = 16
XMM_COUNT = 16
DWARF_RBP = 6
DWARF_RSP = 7
DWARF_XMM0 = 17
XMM_SAVE_OFFSET = 8 * GPR_COUNT
SAVE_AREA_SIZE = XMM_SAVE_OFFSET + 16 * XMM_COUNT  # 384, a multiple of 16

#: ctypes prototype of the handler the stub calls.
DEOPT_HANDLER_TYPE = ctypes.CFUNCTYPE(
    ctypes.c_uint64, ctypes.c_uint64, ctypes.c_uint64, ctypes.c_uint64, ctypes.c_uint64
)

#: IR instruction to put right before each llvm.experimental.deoptimize call.
DEOPT_MEMORY_BARRIER = 'call void asm sideeffect "", "~{memory}"()'

# AT&T names of the GPRs in DWARF order; the save area follows this order.
_GPR_NAMES = (
    "rax", "rdx", "rcx", "rbx", "rsi", "rdi", "rbp", "rsp",
    "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15",
)


def _stub_assembly() -> str:
    # Offsets relative to %rsp after the save area is reserved.
    ret_addr = SAVE_AREA_SIZE          # the return address pushed by the call
    caller_sp = SAVE_AREA_SIZE + 8     # the optimized frame's %rsp at the call
    lines = [
        "\t.text",
        f"\t.globl {DEOPTIMIZE_SYMBOL}",
        "\t.p2align 4",
        f"\t.type {DEOPTIMIZE_SYMBOL},@function",
        f"{DEOPTIMIZE_SYMBOL}:",
        "\t.cfi_startproc",
        f"\tsubq ${SAVE_AREA_SIZE}, %rsp",
        f"\t.cfi_adjust_cfa_offset {SAVE_AREA_SIZE}",
    ]
    for number, name in enumerate(_GPR_NAMES):
        if name == "rsp":
            continue  # written below, once %rax is saved and free
        lines.append(f"\tmovq %{name}, {8 * number}(%rsp)")
    lines.append(f"\tleaq {caller_sp}(%rsp), %rax")
    lines.append(f"\tmovq %rax, {8 * DWARF_RSP}(%rsp)")
    for k in range(XMM_COUNT):
        # movdqu: the caller's alignment is not trusted here.
        lines.append(f"\tmovdqu %xmm{k}, {XMM_SAVE_OFFSET + 16 * k}(%rsp)")
    lines += [
        f"\tmovq {ret_addr}(%rsp), %rdi",
        f"\tleaq {caller_sp}(%rsp), %rsi",
        "\tmovq %rbp, %rdx",
        "\tmovq %rsp, %rcx",
        # %rbx (saved above) keeps the save area so unwinders (gdb) can find
        # the return address while the handler runs; %rsp is realigned.
        "\tmovq %rsp, %rbx",
        f"\t.cfi_def_cfa %rbx, {SAVE_AREA_SIZE + 8}",
        f"\t.cfi_offset %rbx, {-(SAVE_AREA_SIZE + 8) + 8 * 3}",
        "\tandq $-16, %rsp",
        # An absolute address: the slot lives in a data section that the
        # linker may place anywhere relative to this code.
        f"\tmovabsq ${HANDLER_SLOT_SYMBOL}, %rax",
        "\tmovq (%rax), %rax",
        "\ttestq %rax, %rax",
        "\tjz 1f",
        "\tcallq *%rax",
        # Return on behalf of the optimized function: its frame is
        # [saved %rbp][return address] at %rbp and nothing else to restore.
        "\t.cfi_remember_state",
        "\tmovq %rbp, %rsp",
        "\t.cfi_def_cfa %rsp, 16",
        "\t.cfi_offset %rbp, -16",
        "\tpopq %rbp",
        "\t.cfi_def_cfa_offset 8",
        "\tretq",
        "\t.cfi_restore_state",
        "1:",
        "\tud2",
        "\t.cfi_endproc",
        f"\t.size {DEOPTIMIZE_SYMBOL}, .-{DEOPTIMIZE_SYMBOL}",
    ]
    return "\n".join(lines) + "\n"


def _ir_string_literal(text: str) -> str:
    out = []
    for ch in text:
        if ch == "\\" or ch == '"' or ch == "\n" or ord(ch) < 32:
            out.append(f"\\{ord(ch):02X}")
        else:
            out.append(ch)
    return "".join(out)


def stub_module_ir() -> str:
    """The LLVM IR module defining ``__llvm_deoptimize`` and the handler slot.

    The assembly lives in module-level ``asm`` (it needs the native asm
    parser to be initialized); the slot is an ordinary zero-initialized
    global so its address can be exported by the JIT.
    """
    asm_lines = _stub_assembly().splitlines()
    module_asm = "\n".join(
        f'module asm "{_ir_string_literal(line)}"' for line in asm_lines
    )
    return (
        "; bailout deoptimization runtime: the __llvm_deoptimize stub\n"
        f"{module_asm}\n\n"
        f"@{HANDLER_SLOT_SYMBOL} = global ptr null, align 8\n"
    )


class GuardedCallback:
    """A ctypes callback that never lets a Python exception reach machine code.

    ``func`` is any Python callable taking the prototype's arguments. If it
    raises (anything, including KeyboardInterrupt), the exception is stored
    in :attr:`pending` and ``sentinel`` is returned to the machine code
    instead. A second failure while one is pending keeps the first (the
    earliest error is the meaningful one).  Keep the object alive while
    machine code may call :attr:`address`.
    """

    def __init__(self, prototype, func: Callable, sentinel: int) -> None:
        self.func = func
        self.sentinel = sentinel
        self.pending: BaseException | None = None
        self._restype = getattr(prototype, "_restype_", None)
        self._cfunc = prototype(self._invoke)
        self.address: int = ctypes.cast(self._cfunc, ctypes.c_void_p).value

    def _invoke(self, *args):
        try:
            result = self.func(*args)
            if self._restype is not None:
                # A result ctypes cannot convert (None, say) must fail here,
                # inside the try, not in ctypes after we return.
                self._restype(result)
            return result
        except BaseException as exc:  # noqa: BLE001 - nothing may cross ctypes
            if self.pending is None:
                self.pending = exc
            return self.sentinel

    def raise_pending(self) -> None:
        """Re-raise (and clear) the exception parked by a failed call."""
        exc, self.pending = self.pending, None
        if exc is not None:
            raise exc
