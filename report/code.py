"""An optimized version's code as the report shows it: bytecode with the feedback the lowering
read, LLVM IR before and after LLVM's passes, assembly, stack map records, each line tied to
the deopt ids it carries.

The ids come from the code itself: in IR, a deoptimize call's attribute group
holds its `"statepoint-id"`; in assembly, the `.llvm_stackmaps` section names
each record's id next to the label (`.LtmpN`) that follows its
`__llvm_deoptimize` call.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from interpreter.bytecodes import BYTECODES
from interpreter.disasm import format_operand
from llvm_tier.dumps import describe_frames
from stackmaps.format import format_location

_ATTRIBUTE_GROUP = re.compile(r'^attributes #(\d+) = \{[^}]*"statepoint-id"="(\d+)"', re.M)
_DEOPT_CALL = re.compile(r"@llvm\.experimental\.deoptimize\b.*?#(\d+)")
_ASM_RECORD_ID = re.compile(r"^\s*\.quad\s+(\d+)\s*$")
_ASM_RECORD_OFFSET = re.compile(r"^\s*\.long\s+(\.Ltmp\d+)-")
_ASM_LABEL = re.compile(r"^(\.Ltmp\d+):")


@dataclass
class Line:
    text: str
    deopt_id: int | None = None    # the deopt exit this line calls (or labels)
    gap: bool = False              # stands for lines a clipped dump leaves out


def ir_lines(ir: str) -> list[Line]:
    """IR lines; a deoptimize call is tied to its deopt id through its attribute group."""
    groups = {m.group(1): int(m.group(2)) for m in _ATTRIBUTE_GROUP.finditer(ir)}
    out = []
    for text in ir.split("\n"):
        deopt_id = None
        if "@llvm.experimental.deoptimize" in text and not text.startswith("declare"):
            m = _DEOPT_CALL.search(text)
            if m:
                deopt_id = groups.get(m.group(1))
        out.append(Line(text, deopt_id))
    return out


def asm_lines(asm: str) -> list[Line]:
    """Assembly lines; each `__llvm_deoptimize` call is tied to the record of the label after it."""
    lines = asm.split("\n")
    label_ids = {}
    previous_quad = None
    for text in lines:
        m = _ASM_RECORD_ID.match(text)
        if m:
            previous_quad = int(m.group(1))
            continue
        m = _ASM_RECORD_OFFSET.match(text)
        if m and previous_quad is not None:
            label_ids[m.group(1)] = previous_quad
        previous_quad = None
    out = [Line(text) for text in lines]
    for i, line in enumerate(out):
        m = _ASM_LABEL.match(line.text)
        if m and m.group(1) in label_ids:
            line.deopt_id = label_ids[m.group(1)]
            # the call the label returns from: the nearest instruction above
            for j in range(i - 1, max(-1, i - 6), -1):
                if "__llvm_deoptimize" in out[j].text:
                    out[j].deopt_id = line.deopt_id
                    break
    return out


@dataclass
class BytecodeLine:
    pc: int
    name: str
    operands: str
    position: tuple[int, int] | None
    feedback: object = None        # SlotView of the slot as the lowering read it
    slot: int | None = None
    deopt_ids: tuple = ()          # guards at this bytecode
    inlined: tuple = ()            # functions inlined at this call


def bytecode_lines(sfi, feedback, describer, guards: dict, inlined: dict) -> list[BytecodeLine]:
    """One function's bytecode; `feedback` is the copied vector (None: the current one);
    `guards` pc -> deopt ids, `inlined` pc -> names inlined there."""
    vector = feedback if feedback is not None else sfi.feedback or []
    out = []
    for pc, ins in enumerate(sfi.code):
        info = BYTECODES[ins[0]]
        ops = ", ".join(format_operand(k, v, sfi) for k, v in zip(info.operands, ins[1:]))
        if "const" in info.operands:
            c = ins[1 + info.operands.index("const")]
            if c < len(sfi.constants) and isinstance(sfi.constants[c], str):
                ops += f"  ; {sfi.constants[c]!r}"
        line = BytecodeLine(pc, info.name, ops, sfi.positions[pc] if pc < len(sfi.positions) else None)
        if "fb" in info.operands:
            slot = ins[1 + info.operands.index("fb")]
            line.slot = slot
            if slot < len(vector):
                line.feedback = describer.describe(vector[slot])
        line.deopt_ids = tuple(guards.get(pc, ()))
        line.inlined = tuple(inlined.get(pc, ()))
        out.append(line)
    return out


@dataclass
class RecordView:
    deopt_id: int
    function: str                  # the machine function's symbol
    instruction_offset: int
    point: object                  # the DeoptPoint (None: not a deopt point)
    lines: list[str]               # each operand: what fills it, its representation and location
    locations: list[str]


def record_views(code) -> list[RecordView]:
    from deopt.machine_frame import DEOPT_HEADER_LENGTH
    compiled = code.compiled
    sm = compiled.stackmap
    out = []
    for fi, fname in enumerate(compiled.stackmap_functions):
        for record in sm.records_of(fi):
            point = code.deopt_data.points.get(record.id)
            lines = describe_frames(code, point, record, sm) if point is not None else []
            locations = [format_location(loc, sm, register_names=True)
                         for loc in record.locations[DEOPT_HEADER_LENGTH:]]
            out.append(RecordView(record.id, fname, record.instruction_offset, point,
                                  [text.strip() for text in lines], locations))
    return out


def clip(lines: list[Line], limit_chars: int, keep=frozenset()) -> tuple[list[Line], int]:
    """At most about limit_chars of the lines: the lines around each deopt call in `keep` (the
    exits some deopt took: the reader comes for those), then the lines from the top; a gap line
    marks each run left out. Returns the lines and how many were left out."""
    if sum(len(line.text) + 1 for line in lines) <= limit_chars:
        return lines, 0
    chosen = set()
    for i, line in enumerate(lines):
        if line.deopt_id is not None and line.deopt_id in keep:
            chosen.update(range(max(0, i - 40), min(len(lines), i + 4)))
    size = sum(len(lines[i].text) + 1 for i in chosen)
    for i, line in enumerate(lines):
        if i in chosen:
            continue
        size += len(line.text) + 1
        if size > limit_chars:
            break
        chosen.add(i)
    out, previous = [], -1
    for i in sorted(chosen):
        if i != previous + 1:
            out.append(Line(f"... {i - previous - 1} lines left out ...", gap=True))
        out.append(lines[i])
        previous = i
    if previous < len(lines) - 1:
        out.append(Line(f"... {len(lines) - 1 - previous} lines left out ...", gap=True))
    return out, len(lines) - len(chosen)
