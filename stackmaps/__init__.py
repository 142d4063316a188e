"""LLVM stack map (format version 3) parser: bytes in, frozen records out.

Place in the pipeline: the optimizing tier hands over the ``.llvm_stackmaps``
section of the object it compiled; the deoptimizer uses the parsed records to
find, for a deopt call site, where each ``"deopt"`` bundle operand lives
(register, frame slot, or constant).  This package imports nothing of the
project.

- :mod:`stackmaps.parser`    decoding and the data model
- :mod:`stackmaps.registers` x86-64 DWARF register numbers and names
- :mod:`stackmaps.format`    text in the layout of ``llvm-readobj --stackmap``
"""

from .format import format_location, format_stackmap
from .parser import (
    STACKMAP_VERSION,
    UNKNOWN_STACK_SIZE,
    FunctionRecord,
    LiveOut,
    Location,
    LocationKind,
    StackMap,
    StackMapError,
    StackMapRecord,
    parse_stackmap,
)
from .registers import (
    DWARF_REGISTER_NAMES,
    DWARF_REGISTER_NUMBERS,
    RBP,
    RSP,
    dwarf_register_name,
    dwarf_register_number,
)

__all__ = [
    "STACKMAP_VERSION",
    "UNKNOWN_STACK_SIZE",
    "FunctionRecord",
    "LiveOut",
    "Location",
    "LocationKind",
    "StackMap",
    "StackMapError",
    "StackMapRecord",
    "parse_stackmap",
    "format_location",
    "format_stackmap",
    "DWARF_REGISTER_NAMES",
    "DWARF_REGISTER_NUMBERS",
    "RBP",
    "RSP",
    "dwarf_register_name",
    "dwarf_register_number",
]
