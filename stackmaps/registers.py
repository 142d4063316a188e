"""x86-64 DWARF register numbers, as stack map locations and live-outs name them.

Place in the pipeline: a stack map says "register 3" or "[register 6 - 40]"
in DWARF numbering (System V x86-64 psABI, figure "DWARF Register Number
Mapping"); the deoptimizer needs the machine register behind that number to
read a value out of a saved register file or a frame.  Note the numbering is
not the hardware encoding order: 1 is RDX and 2 is RCX.
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = [
    "DWARF_REGISTER_NAMES",
    "DWARF_REGISTER_NUMBERS",
    "RBP",
    "RSP",
    "dwarf_register_name",
    "dwarf_register_number",
]

_GENERAL = ("rax", "rdx", "rcx", "rbx", "rsi", "rdi", "rbp", "rsp")

DWARF_REGISTER_NAMES = MappingProxyType(
    {
        **dict(enumerate(_GENERAL)),
        **{n: f"r{n}" for n in range(8, 16)},
        16: "rip",  # the return-address column in call frame information
        **{17 + i: f"xmm{i}" for i in range(16)},
    }
)

DWARF_REGISTER_NUMBERS = MappingProxyType(
    {name: number for number, name in DWARF_REGISTER_NAMES.items()}
)

# The two frame bases Indirect and Direct locations are relative to.
RBP = DWARF_REGISTER_NUMBERS["rbp"]
RSP = DWARF_REGISTER_NUMBERS["rsp"]


def dwarf_register_name(number: int) -> str:
    try:
        return DWARF_REGISTER_NAMES[number]
    except KeyError:
        raise ValueError(f"no x86-64 register with DWARF number {number}") from None


def dwarf_register_number(name: str) -> int:
    try:
        return DWARF_REGISTER_NUMBERS[name.lower()]
    except KeyError:
        raise ValueError(f"no x86-64 register named {name!r}") from None
