"""Test helpers for the stack map parser: encoding stack maps by hand, and
getting real ones out of LLVM plus llvm-readobj's opinion of them.

The encoder spells the version-3 layout out again with its own struct
formats, on purpose: a test that reused the parser's layout tables would
only check that the parser agrees with itself.  (The module name is unique
across tests/ because test directories are not packages.)
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import tempfile
from dataclasses import dataclass, field

# --- encoding by hand ---------------------------------------------------------


def _pad8(blob: bytearray) -> None:
    blob.extend(b"\0" * (-len(blob) % 8))


@dataclass
class RawRecord:
    id: int
    instruction_offset: int
    # (kind, size, dwarf_reg, offset) each
    locations: list[tuple[int, int, int, int]] = field(default_factory=list)
    # (dwarf_reg, size) each
    live_outs: list[tuple[int, int]] = field(default_factory=list)


def encode_stackmap(
    functions: list[tuple[int, int, int]],
    constants: list[int],
    records: list[RawRecord],
    *,
    version: int = 3,
    num_records: int | None = None,
) -> bytes:
    """A version-3 section; ``num_records`` overrides the header's count."""
    blob = bytearray()
    blob += bytes([version, 0]) + (0).to_bytes(2, "little")
    blob += len(functions).to_bytes(4, "little")
    blob += len(constants).to_bytes(4, "little")
    count = len(records) if num_records is None else num_records
    blob += count.to_bytes(4, "little")
    for address, stack_size, record_count in functions:
        blob += struct.pack("<3Q", address, stack_size, record_count)
    for constant in constants:
        blob += struct.pack("<Q", constant)
    for record in records:
        blob += struct.pack("<Q", record.id)
        blob += struct.pack("<I", record.instruction_offset)
        blob += struct.pack("<H", 0)
        blob += struct.pack("<H", len(record.locations))
        for kind, size, dwarf_reg, offset in record.locations:
            blob += struct.pack("<B", kind) + b"\0"
            blob += struct.pack("<H", size)
            blob += struct.pack("<H", dwarf_reg) + b"\0\0"
            blob += struct.pack("<i", offset)
        _pad8(blob)
        blob += b"\0\0" + struct.pack("<H", len(record.live_outs))
        for dwarf_reg, size in record.live_outs:
            blob += struct.pack("<H", dwarf_reg) + b"\0" + struct.pack("<B", size)
        _pad8(blob)
    return bytes(blob)


# --- real objects from LLVM ----------------------------------------------------

def _llvm():
    import llvmlite.binding as llvm

    # Idempotent and cheap, so no "already done" flag is kept.
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    llvm.initialize_native_asmparser()
    return llvm


def compile_to_object(ir: str) -> bytes:
    """Host-CPU object file for an IR module, as the optimizing tier makes it."""
    llvm = _llvm()
    module = llvm.parse_assembly(ir)
    module.verify()
    machine = llvm.Target.from_default_triple().create_target_machine(
        codemodel="default"
    )
    return machine.emit_object(module)


def section_bytes(obj: bytes, name: str = ".llvm_stackmaps") -> bytes:
    """The contents of one section of an object file held in memory."""
    llvm = _llvm()
    wanted = name.encode()
    for section in llvm.ObjectFileRef.from_data(obj).sections():
        # llvmlite gives names as bytes (None for the null section)
        if section.name() == wanted:
            return bytes(section.data())
    raise LookupError(f"object has no {name} section")


def have_readobj() -> bool:
    return shutil.which("llvm-readobj") is not None


def readobj_stackmap_text(obj: bytes) -> str:
    """llvm-readobj's stack map dump, from "LLVM StackMap Version" onwards."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "stackmap.o")
        with open(path, "wb") as f:
            f.write(obj)
        out = subprocess.run(
            ["llvm-readobj", "--stackmap", path],
            check=True, capture_output=True, text=True,
        ).stdout
    start = out.index("LLVM StackMap Version")
    return out[start:]


# --- reading llvm-readobj's text back into fields -------------------------------


@dataclass
class ReadobjLocation:
    kind: str        # Register, Direct, Indirect, Constant, ConstantIndex
    reg: int | None
    offset: int | None    # signed offset, or the constant index
    constant: int | None  # as printed: u32 for Constant, u64 for ConstantIndex
    size: int


@dataclass
class ReadobjRecord:
    id: int
    instruction_offset: int
    locations: list[ReadobjLocation]
    live_outs: list[tuple[int, int]]


@dataclass
class ReadobjStackMap:
    version: int
    functions: list[tuple[int, int, int]]
    constants: list[int]
    records: list[ReadobjRecord]


_LOCATION_PATTERNS = [
    (re.compile(r"Register R#(\d+)$"), "Register"),
    (re.compile(r"Direct R#(\d+) \+ (-?\d+)$"), "Direct"),
    (re.compile(r"Indirect \[R#(\d+) \+ (-?\d+)\]$"), "Indirect"),
    (re.compile(r"Constant (\d+)$"), "Constant"),
    (re.compile(r"ConstantIndex #(\d+) \((\d+)\)$"), "ConstantIndex"),
]


def _parse_location(text: str, size: int) -> ReadobjLocation:
    for pattern, kind in _LOCATION_PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        if kind == "Register":
            return ReadobjLocation(kind, int(m[1]), None, None, size)
        if kind in ("Direct", "Indirect"):
            return ReadobjLocation(kind, int(m[1]), int(m[2]), None, size)
        if kind == "Constant":
            return ReadobjLocation(kind, None, None, int(m[1]), size)
        return ReadobjLocation(kind, None, int(m[1]), int(m[2]), size)
    raise AssertionError(f"unrecognised llvm-readobj location: {text!r}")


def parse_readobj_text(text: str) -> ReadobjStackMap:
    """llvm-readobj's stack map dump turned back into numbers (independently
    of stackmaps.format, so the parser is checked against the tool itself)."""
    result = ReadobjStackMap(0, [], [], [])
    for line in text.splitlines():
        line = line.strip()
        if m := re.fullmatch(r"LLVM StackMap Version: (\d+)", line):
            result.version = int(m[1])
        elif m := re.fullmatch(
            r"Function address: (\d+), stack size: (\d+), "
            r"callsite record count: (\d+)", line
        ):
            result.functions.append((int(m[1]), int(m[2]), int(m[3])))
        elif m := re.fullmatch(r"#(\d+): (\d+)", line):
            assert int(m[1]) == len(result.constants) + 1
            result.constants.append(int(m[2]))
        elif m := re.fullmatch(r"Record ID: (\d+), instruction offset: (\d+)", line):
            result.records.append(ReadobjRecord(int(m[1]), int(m[2]), [], []))
        elif m := re.fullmatch(r"#(\d+): (.*), size: (\d+)", line):
            record = result.records[-1]
            assert int(m[1]) == len(record.locations) + 1
            record.locations.append(_parse_location(m[2], int(m[3])))
        elif m := re.fullmatch(r"(\d+) live-outs: \[ (.*)\]", line):
            live_outs = re.findall(r"R#(\d+) \((\d+)-bytes\)", m[2])
            result.records[-1].live_outs = [(int(r), int(s)) for r, s in live_outs]
            assert len(live_outs) == int(m[1])
    return result
