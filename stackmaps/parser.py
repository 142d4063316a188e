"""Decode LLVM's ``.llvm_stackmaps`` section (stack map format version 3).

Place in the pipeline: the optimizing tier emits an object file, the
``.llvm_stackmaps`` section of that object is handed here as raw bytes, and
the deoptimizer consults the resulting :class:`StackMap` to learn where each
``"deopt"`` bundle operand lives in the machine frame of a call site.  This
module only decodes; it knows nothing about what the operands mean (that is
the DeoptimizationData's business) and imports nothing of the project.

Layout decoded here (all little-endian, x86-64 host)::

    Header          u8 version (=3), u8 reserved, u16 reserved
    u32 NumFunctions, u32 NumConstants, u32 NumRecords
    StkSizeRecord[NumFunctions]   u64 address, u64 stack size, u64 record count
    Constants[NumConstants]       u64 large constant
    StkMapRecord[NumRecords]
        u64 patchpoint ID, u32 instruction offset, u16 reserved,
        u16 NumLocations
        Location[NumLocations]    u8 kind, u8 reserved, u16 size,
                                  u16 DWARF register, u16 reserved,
                                  i32 offset or small constant
        padding to an 8-byte boundary
        u16 padding, u16 NumLiveOuts
        LiveOut[NumLiveOuts]      u16 DWARF register, u8 reserved, u8 size
        padding to an 8-byte boundary

Alignment is measured from the start of the section: everything before the
first record is a multiple of 8 bytes long, so the section start is the
natural origin, exactly as LLVM's own StackMapParser assumes.

Reserved and padding bytes are not checked, like LLVM's parser; structural
problems (version, truncation, trailing bytes, counts, unknown location
kinds, constant indices out of range) raise :class:`StackMapError`.
"""

from __future__ import annotations

import enum
import struct
from dataclasses import dataclass

__all__ = [
    "STACKMAP_VERSION",
    "UNKNOWN_STACK_SIZE",
    "LocationKind",
    "Location",
    "LiveOut",
    "FunctionRecord",
    "StackMapRecord",
    "StackMap",
    "StackMapError",
    "parse_stackmap",
]

STACKMAP_VERSION = 3

# LLVM writes this stack size when the frame size is not a compile-time fact
# (dynamic allocas or stack realignment), so a frame cannot be walked by size.
UNKNOWN_STACK_SIZE = 0xFFFF_FFFF_FFFF_FFFF

_HEADER = struct.Struct("<BBHIII")
_FUNCTION = struct.Struct("<QQQ")
_CONSTANT = struct.Struct("<Q")
_RECORD_HEADER = struct.Struct("<QIHH")
_LOCATION = struct.Struct("<BBHHHi")
_LIVE_OUTS_HEADER = struct.Struct("<HH")
_LIVE_OUT = struct.Struct("<HBB")


class StackMapError(ValueError):
    """The bytes are not a well-formed version-3 stack map.

    ``offset`` is the byte offset into the section where the problem was
    found, so a hex dump of the section can be checked against the message.
    """

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(f"{message} (at byte offset {offset})")
        self.offset = offset


class LocationKind(enum.IntEnum):
    """Where a stack map operand's value is, as LLVM numbers the kinds."""

    REGISTER = 1        # the value is in register dwarf_reg
    DIRECT = 2          # the value is the address dwarf_reg + offset
    INDIRECT = 3        # the value is in memory at [dwarf_reg + offset]
    CONSTANT = 4        # the value is the sign-extended 32-bit offset field
    CONSTANT_INDEX = 5  # the value is constants[offset]


def _to_signed64(word: int) -> int:
    return word - (1 << 64) if word >= 1 << 63 else word


@dataclass(frozen=True)
class Location:
    """One operand's location in a stack map record.

    ``offset`` holds the signed frame offset for DIRECT and INDIRECT, the
    small constant itself for CONSTANT, and the index into
    :attr:`StackMap.constants` for CONSTANT_INDEX.
    """

    kind: LocationKind
    size: int
    dwarf_reg: int
    offset: int

    @property
    def is_constant(self) -> bool:
        return self.kind in (LocationKind.CONSTANT, LocationKind.CONSTANT_INDEX)

    def value(self, stackmap: StackMap) -> int:
        """The constant as a signed 64-bit integer.

        LLVM keeps an i64 operand inline when it fits in a signed 32-bit
        field, so inline constants are sign-extended; pool constants are raw
        64-bit words, reinterpreted here the same way for a uniform answer.
        """
        return _to_signed64(self.word(stackmap))

    def word(self, stackmap: StackMap) -> int:
        """The constant as the unsigned 64-bit machine word it stands for.

        This is what a deoptimizer reading a NaN-boxed value wants: the bit
        pattern the register or stack slot would have held.
        """
        if self.kind == LocationKind.CONSTANT:
            return self.offset & 0xFFFF_FFFF_FFFF_FFFF
        if self.kind == LocationKind.CONSTANT_INDEX:
            return stackmap.constants[self.offset]
        raise ValueError(f"a {self.kind.name} location holds no constant")


@dataclass(frozen=True)
class LiveOut:
    """A register live across a patchpoint (only patchpoints get these)."""

    dwarf_reg: int
    size: int


@dataclass(frozen=True)
class FunctionRecord:
    """Per-function entry; its records follow in the record table in order.

    ``address`` is 0 in an unlinked object file (a relocation supplies it),
    so callers add the address the JIT gave the function.
    """

    address: int
    stack_size: int
    record_count: int

    @property
    def has_fixed_stack_size(self) -> bool:
        return self.stack_size != UNKNOWN_STACK_SIZE


@dataclass(frozen=True)
class StackMapRecord:
    """One call site: its ID (the deopt id), offset from function start,
    and the location of every operand in the order the IR listed them."""

    id: int
    instruction_offset: int
    locations: tuple[Location, ...]
    live_outs: tuple[LiveOut, ...]


@dataclass(frozen=True)
class StackMap:
    version: int
    functions: tuple[FunctionRecord, ...]
    constants: tuple[int, ...]
    records: tuple[StackMapRecord, ...]

    def records_of(self, function_index: int) -> tuple[StackMapRecord, ...]:
        """The records of one function: the format gives no function field
        per record, only each function's record count, in function order."""
        if not 0 <= function_index < len(self.functions):
            raise IndexError(
                f"function index {function_index} out of range "
                f"(stack map has {len(self.functions)} functions)"
            )
        start = sum(f.record_count for f in self.functions[:function_index])
        return self.records[start:start + self.functions[function_index].record_count]

    def records_at(
        self, function_index: int, instruction_offset: int
    ) -> tuple[StackMapRecord, ...]:
        """The records of a function at one instruction offset.

        A deoptimizer computes the offset as return address minus function
        start.  Several records can share an offset (a zero-shadow stackmap
        right before a patchpoint, say), hence a tuple.
        """
        return tuple(
            r for r in self.records_of(function_index)
            if r.instruction_offset == instruction_offset
        )


class _Reader:
    """A cursor over the section that reports truncation with its offset."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def read(self, layout: struct.Struct, what: str) -> tuple:
        end = self.pos + layout.size
        if end > len(self.data):
            raise StackMapError(
                f"truncated stack map: {what} needs {layout.size} bytes, "
                f"{len(self.data) - self.pos} left",
                self.pos,
            )
        fields = layout.unpack_from(self.data, self.pos)
        self.pos = end
        return fields

    def align8(self, what: str) -> None:
        aligned = (self.pos + 7) & ~7
        if aligned > len(self.data):
            raise StackMapError(
                f"truncated stack map: {what} needs {aligned - self.pos} bytes, "
                f"{len(self.data) - self.pos} left",
                self.pos,
            )
        self.pos = aligned


def parse_stackmap(data: bytes | bytearray | memoryview) -> StackMap:
    """Decode a whole ``.llvm_stackmaps`` section into a :class:`StackMap`."""
    reader = _Reader(bytes(data))

    version, _, _, num_functions, num_constants, num_records = reader.read(
        _HEADER, "header"
    )
    if version != STACKMAP_VERSION:
        raise StackMapError(
            f"unsupported stack map version {version}, "
            f"expected {STACKMAP_VERSION}",
            0,
        )

    functions_start = reader.pos
    functions = tuple(
        FunctionRecord(*reader.read(_FUNCTION, f"function record #{i}"))
        for i in range(num_functions)
    )
    claimed = sum(f.record_count for f in functions)
    if claimed != num_records:
        raise StackMapError(
            f"function record counts add up to {claimed} records "
            f"but the header says NumRecords = {num_records}",
            functions_start,
        )

    constants = tuple(
        reader.read(_CONSTANT, f"constant #{i}")[0] for i in range(num_constants)
    )
    records = tuple(_read_record(reader, i, num_constants) for i in range(num_records))

    if reader.pos != len(reader.data):
        raise StackMapError(
            f"{len(reader.data) - reader.pos} trailing bytes after the last record",
            reader.pos,
        )
    return StackMap(version, functions, constants, records)


def _read_record(reader: _Reader, index: int, num_constants: int) -> StackMapRecord:
    what = f"record #{index}"
    record_id, instruction_offset, _, num_locations = reader.read(
        _RECORD_HEADER, f"{what} header"
    )
    locations = tuple(
        _read_location(reader, f"{what} location #{i}", num_constants)
        for i in range(num_locations)
    )
    reader.align8(f"{what} padding after locations")
    _, num_live_outs = reader.read(_LIVE_OUTS_HEADER, f"{what} live-out count")
    live_outs = tuple(
        _read_live_out(reader, f"{what} live-out #{i}") for i in range(num_live_outs)
    )
    reader.align8(f"{what} padding after live-outs")
    return StackMapRecord(record_id, instruction_offset, locations, live_outs)


def _read_location(reader: _Reader, what: str, num_constants: int) -> Location:
    start = reader.pos
    raw_kind, _, size, dwarf_reg, _, offset = reader.read(_LOCATION, what)
    try:
        kind = LocationKind(raw_kind)
    except ValueError:
        raise StackMapError(f"{what} has unknown kind {raw_kind}", start) from None
    if kind == LocationKind.CONSTANT_INDEX and not 0 <= offset < num_constants:
        raise StackMapError(
            f"{what} refers to constant #{offset} "
            f"but there are {num_constants} constants",
            start,
        )
    return Location(kind, size, dwarf_reg, offset)


def _read_live_out(reader: _Reader, what: str) -> LiveOut:
    dwarf_reg, _, size = reader.read(_LIVE_OUT, what)
    return LiveOut(dwarf_reg, size)
