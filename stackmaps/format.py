"""Render a parsed stack map as text, in the layout of ``llvm-readobj --stackmap``.

Place in the pipeline: a debugging and testing aid beside the parser.  With
the defaults the text matches, line for line, what llvm-readobj prints from
"LLVM StackMap Version" onwards, so the parser can be checked against that
independent oracle and a developer can diff the two.  That includes
llvm-readobj's habits: constants table entries numbered from 1 while
ConstantIndex locations count from 0, and inline constants shown as unsigned
32-bit numbers (-1 prints as 4294967295).  ``register_names=True`` swaps
``R#6`` for ``rbp`` for human readers.
"""

from __future__ import annotations

from .parser import Location, LocationKind, StackMap, StackMapRecord
from .registers import DWARF_REGISTER_NAMES

__all__ = ["format_location", "format_stackmap"]


def _register(number: int, register_names: bool) -> str:
    if register_names and number in DWARF_REGISTER_NAMES:
        return DWARF_REGISTER_NAMES[number]
    return f"R#{number}"


def format_location(
    location: Location, stackmap: StackMap, *, register_names: bool = False
) -> str:
    """One location as llvm-readobj describes it, e.g. ``Indirect [R#6 + -40]``."""
    reg = _register(location.dwarf_reg, register_names)
    kind = location.kind
    if kind == LocationKind.REGISTER:
        return f"Register {reg}"
    if kind == LocationKind.DIRECT:
        return f"Direct {reg} + {location.offset}"
    if kind == LocationKind.INDIRECT:
        return f"Indirect [{reg} + {location.offset}]"
    if kind == LocationKind.CONSTANT:
        return f"Constant {location.offset & 0xFFFF_FFFF}"
    return f"ConstantIndex #{location.offset} ({stackmap.constants[location.offset]})"


def _format_record(
    record: StackMapRecord, stackmap: StackMap, register_names: bool
) -> list[str]:
    lines = [
        f"  Record ID: {record.id}, instruction offset: {record.instruction_offset}",
        f"    {len(record.locations)} locations:",
    ]
    for number, location in enumerate(record.locations, start=1):
        described = format_location(location, stackmap, register_names=register_names)
        lines.append(f"      #{number}: {described}, size: {location.size}")
    live_outs = "".join(
        f"{_register(live_out.dwarf_reg, register_names)} ({live_out.size}-bytes) "
        for live_out in record.live_outs
    )
    lines.append(f"    {len(record.live_outs)} live-outs: [ {live_outs}]")
    return lines


def format_stackmap(stackmap: StackMap, *, register_names: bool = False) -> str:
    """The whole stack map as text, one trailing newline."""
    lines = [
        f"LLVM StackMap Version: {stackmap.version}",
        f"Num Functions: {len(stackmap.functions)}",
    ]
    lines += [
        f"  Function address: {f.address}, stack size: {f.stack_size}, "
        f"callsite record count: {f.record_count}"
        for f in stackmap.functions
    ]
    lines.append(f"Num Constants: {len(stackmap.constants)}")
    lines += [
        f"  #{number}: {value}"
        for number, value in enumerate(stackmap.constants, start=1)
    ]
    lines.append(f"Num Records: {len(stackmap.records)}")
    for record in stackmap.records:
        lines += _format_record(record, stackmap, register_names)
    return "\n".join(lines) + "\n"
