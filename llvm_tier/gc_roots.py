"""The collector's machine-side roots: the words of the machine stack and registers, and the constants
in live optimized code.

Place in the pipeline: the tier hands `NativeRoots.words` to the collector
(interpreter/objects/gc.py) as its `native_roots`. Optimized frames keep
heap references in registers and stack slots that no Python object shows,
and LLVM keeps what it likes where it likes: tagged values, raw object
addresses, addresses of fields. So, as JavaScriptCore does, the collector
scans the machine stack conservatively: every word between the collector's
own frame and the base of the thread's stack is a candidate, and so are the
callee-saved registers, which a small native function spills for it
(whatever optimized code left in them is either still there or saved on the
stack by some frame in between). A collection never moves anything, so no
candidate needs updating. Optimized code also embeds heap addresses as
constants (call targets, the global object, values found on prototype
chains): what the lowering embedded (`LoweredFunction.embedded`) in every
live code object and every compile in flight is a root too.

llvmlite and numpy are imported when first needed (a collection with
optimized frames on the stack), never at start-up.
"""
from __future__ import annotations

import ctypes

_CAPTURE_IR = r"""
define i64 @bailout_capture_registers(ptr %buf) noinline {
  %sp = call i64 asm sideeffect "movq %rbx, 0($1)\0Amovq %rbp, 8($1)\0Amovq %r12, 16($1)\0Amovq %r13, 24($1)\0Amovq %r14, 32($1)\0Amovq %r15, 40($1)\0Amovq %rsp, $0", "=r,r,~{memory}"(ptr %buf)
  ret i64 %sp
}
"""
_CAPTURE_TYPE = ctypes.CFUNCTYPE(ctypes.c_uint64, ctypes.c_void_p)


class NativeRoots:
    def __init__(self, tier):
        self.tier = tier
        self._capture = None      # made at the first collection with optimized frames on the stack
        self._registers = (ctypes.c_uint64 * 6)()
        self._libc = ctypes.CDLL(None)
        self._libc.pthread_self.restype = ctypes.c_void_p

    def capture_registers(self) -> int:
        """Spills the callee-saved registers into self._registers; returns the stack pointer."""
        if self._capture is None:
            import llvmlite.binding as llvm   # loaded by the JIT already: optimized code is running
            module = llvm.parse_assembly(_CAPTURE_IR)
            module.verify()
            machine = llvm.Target.from_triple(llvm.get_process_triple()).create_target_machine()
            self._engine = llvm.create_mcjit_compiler(module, machine)
            self._engine.finalize_object()
            self._capture = _CAPTURE_TYPE(self._engine.get_function_address("bailout_capture_registers"))
        return self._capture(ctypes.addressof(self._registers))

    def stack_bounds(self) -> tuple[int, int]:
        """[low, high) of the current thread's stack."""
        libc = self._libc
        attr = ctypes.create_string_buffer(128)
        if libc.pthread_getattr_np(ctypes.c_void_p(libc.pthread_self()), attr) != 0:
            raise OSError("pthread_getattr_np failed")
        addr, size = ctypes.c_void_p(), ctypes.c_size_t()
        libc.pthread_attr_getstack(attr, ctypes.byref(addr), ctypes.byref(size))
        libc.pthread_attr_destroy(attr)
        return addr.value, addr.value + size.value

    def words(self) -> list[int]:
        """Every candidate word: registers, the stack below us, live code's constants."""
        found = []
        tier = self.tier
        if tier.active:
            found.extend(self.machine_stack_words())
        for code in list(tier.codes.values()):
            if not code.compiled.released:
                found.extend(code.lowered.embedded)
        for job in list(tier.in_flight.values()):   # compiling: installed later
            found.extend(job.lowered.embedded)
        return found

    def machine_stack_words(self) -> list[int]:
        """The candidates in the registers and on the machine stack (optimized frames are on it)."""
        import numpy as np
        sp = self.capture_registers()
        _, high = self.stack_bounds()
        stack = np.frombuffer(ctypes.string_at(sp, high - sp), dtype=np.uint64)
        # only what could be a reference is worth the collector's time: tagged heap values,
        # string and BigInt ids, and raw addresses inside the heap
        heap = self.tier.isolate.heap
        tags = stack >> np.uint64(48)
        raw = (stack >= np.uint64(heap.base)) & (stack < np.uint64(heap.high_water))
        keep = (tags == 0xFFFA) | (tags == 0xFFFB) | (tags == 0xFFFD) | raw
        found = stack[keep].tolist()
        found.extend(self._registers)
        return found
