"""Reading deopt values out of an optimized function's machine frame.

Place in the pipeline: when a guard fails, ``__llvm_deoptimize``
(``deopt.stub``) saves the registers and calls the deopt handler with the
return address, the optimized frame's %rsp and %rbp, and the save area.
The handler wraps those in a :class:`FrameDescription`, finds the stack map
record of the call site (``llvm_tier.jit.JIT.call_site_at``), and reads
each ``"deopt"`` bundle operand with :func:`read_location`.  What the raw
words *mean* (tagged value, int32, float64, bool) is the DeoptimizationData's
business, one level up; this module only knows where the bits are.

Public API::

    frame = FrameDescription.from_save_area(return_address, caller_sp, rbp, save_area)
    for loc in deopt_locations(record):            # skips the 3-constant header
        raw = read_location(loc, frame, stackmap)  # unsigned machine word

Raw values: the result is the unsigned value of the location's ``size``
bytes (a 4-byte slot holding an i32 -1 reads as 0xFFFFFFFF), except
constants: LLVM sign-extends small constants, so CONSTANT gives the 64-bit
sign-extended word (an i32 -1 constant reads 0xFFFFFFFF_FFFFFFFF, an i1
true reads as all ones too).  Consumers truncate to their representation.

Memory is read directly from the process (ctypes): the frame must still be
on the stack, i.e. only call this while the deopt handler runs.
"""

from __future__ import annotations

import ctypes
import struct
from dataclasses import dataclass

from deopt.stub import (
    DWARF_RBP,
    DWARF_RSP,
    DWARF_XMM0,
    GPR_COUNT,
    SAVE_AREA_SIZE,
    XMM_COUNT,
    XMM_SAVE_OFFSET,
)
from stackmaps.parser import Location, LocationKind, StackMap, StackMapRecord

__all__ = [
    "FrameDescription",
    "FrameDescriptionError",
    "read_location",
    "read_memory",
    "deopt_locations",
    "DEOPT_HEADER_LENGTH",
]

_MASK64 = (1 << 64) - 1

# A deopt (statepoint) record starts with three constants: calling
# convention, flags, and the number of deopt operands that follow.
DEOPT_HEADER_LENGTH = 3

_GPR_NAMES = (
    "rax", "rdx", "rcx", "rbx", "rsi", "rdi", "rbp", "rsp",
    "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15",
)


class FrameDescriptionError(ValueError):
    """A location that cannot be read from the frame (unknown kind/register)."""


def read_memory(address: int, size: int) -> int:
    """The unsigned little-endian value of ``size`` bytes at ``address``."""
    if not 1 <= size <= 16:
        raise FrameDescriptionError(f"cannot read a {size}-byte value")
    if address <= 0:
        raise FrameDescriptionError(f"refusing to read from address {address:#x}")
    return int.from_bytes(ctypes.string_at(address, size), "little")


@dataclass(frozen=True)
class FrameDescription:
    """The optimized frame at a deopt call, as the stub saw it (V8's input FrameDescription).

    The deoptimizer reads the deopt operands out of it and builds the TranslatedFrame.

    ``gprs[n]`` is the general-purpose register with DWARF number n at the
    call (``gprs[7]`` is ``sp``, ``gprs[6]`` is ``rbp``); ``xmms[k]`` is the
    full 128-bit xmm k.  The stub's caller-saved registers hold whatever the
    call left there; only callee-saved ones (rbx, rbp, r12-r15) can hold
    values LLVM reports as Register locations.
    """

    return_address: int
    sp: int
    rbp: int
    gprs: tuple[int, ...]
    xmms: tuple[int, ...] = (0,) * XMM_COUNT

    def __post_init__(self) -> None:
        if len(self.gprs) != GPR_COUNT or len(self.xmms) != XMM_COUNT:
            raise FrameDescriptionError("a FrameDescription needs 16 GPRs and 16 xmm registers")

    @classmethod
    def from_save_area(
        cls, return_address: int, sp: int, rbp: int, save_area: int
    ) -> FrameDescription:
        """Snapshot the registers the stub stored at ``save_area``."""
        if save_area <= 0:
            raise FrameDescriptionError(f"bad save area address {save_area:#x}")
        raw = ctypes.string_at(save_area, SAVE_AREA_SIZE)
        gprs = list(struct.unpack_from(f"<{GPR_COUNT}Q", raw, 0))
        # The stub stores these too; the handler's own arguments win, they
        # are what the caller of this function vouches for.
        gprs[DWARF_RSP] = sp
        gprs[DWARF_RBP] = rbp
        xmms = tuple(
            int.from_bytes(raw[XMM_SAVE_OFFSET + 16 * k:XMM_SAVE_OFFSET + 16 * (k + 1)], "little")
            for k in range(XMM_COUNT)
        )
        return cls(return_address, sp, rbp, tuple(gprs), xmms)

    def register(self, dwarf_reg: int, size: int = 8) -> int:
        """The low ``size`` bytes of a register, by DWARF number."""
        if 0 <= dwarf_reg < GPR_COUNT:
            if size > 8:
                raise FrameDescriptionError(f"a {size}-byte value in a GPR ({_GPR_NAMES[dwarf_reg]})")
            return self.gprs[dwarf_reg] & ((1 << (8 * size)) - 1)
        if DWARF_XMM0 <= dwarf_reg < DWARF_XMM0 + XMM_COUNT:
            if size > 16:
                raise FrameDescriptionError(f"a {size}-byte value in xmm{dwarf_reg - DWARF_XMM0}")
            return self.xmms[dwarf_reg - DWARF_XMM0] & ((1 << (8 * size)) - 1)
        raise FrameDescriptionError(f"unknown or unsaved DWARF register {dwarf_reg}")

    @property
    def caller_rbp(self) -> int:
        """The %rbp of the optimized function's caller (saved at [rbp])."""
        return read_memory(self.rbp, 8)

    @property
    def caller_return_address(self) -> int:
        """Where the optimized function returns to (at [rbp + 8])."""
        return read_memory(self.rbp + 8, 8)


def read_location(loc: Location, frame: FrameDescription, stackmap: StackMap) -> int:
    """The raw value of one stack map operand in ``frame`` (see module doc)."""
    kind = loc.kind
    if kind == LocationKind.REGISTER:
        return frame.register(loc.dwarf_reg, loc.size)
    if kind == LocationKind.INDIRECT:
        address = (frame.register(loc.dwarf_reg) + loc.offset) & _MASK64
        return read_memory(address, loc.size)
    if kind == LocationKind.DIRECT:
        return (frame.register(loc.dwarf_reg) + loc.offset) & _MASK64
    if kind == LocationKind.CONSTANT:
        return loc.offset & _MASK64
    if kind == LocationKind.CONSTANT_INDEX:
        if not 0 <= loc.offset < len(stackmap.constants):
            raise FrameDescriptionError(
                f"constant index {loc.offset} outside a table of {len(stackmap.constants)}"
            )
        return stackmap.constants[loc.offset]
    raise FrameDescriptionError(f"unknown stack map location kind {kind!r}")


def deopt_locations(record: StackMapRecord) -> tuple[Location, ...]:
    """The locations of the ``"deopt"`` bundle operands, in bundle order.

    Checks the three-constant header LLVM puts before them (calling
    convention, flags, operand count) so a record from something other than
    a deopt call is not silently misread.
    """
    locations = record.locations
    if len(locations) < DEOPT_HEADER_LENGTH or any(
        loc.kind != LocationKind.CONSTANT for loc in locations[:DEOPT_HEADER_LENGTH]
    ):
        raise FrameDescriptionError(f"record {record.id} does not start with a deopt header")
    count = locations[DEOPT_HEADER_LENGTH - 1].offset
    operands = locations[DEOPT_HEADER_LENGTH:]
    if not 0 <= count <= len(operands):
        raise FrameDescriptionError(
            f"record {record.id} announces {count} deopt operands but has {len(operands)}"
        )
    # Anything after them would be a statepoint's GC pointers, not deopt state.
    return operands[:count]
