"""Debug dumps of optimized code: IR (before and after LLVM's passes), assembly, and stack maps joined with DeoptimizationData.

`bailout dump-ir`, `dump-asm` and `dump-stackmaps` run the script with the
tier on, then show the last optimized code of each function (a function that
never got hot is compiled at the end with the feedback it gathered) and the
last OSR variant of each loop that was entered through on-stack replacement.
"""
from __future__ import annotations

from pathlib import Path

from deopt.frame_state import SELECTOR_OPERAND
from deopt.machine_frame import DEOPT_HEADER_LENGTH
from stackmaps.format import format_location


def select_codes(tier, script_sfi, function: str | None):
    """The latest optimized code of each function (compiling those that never got hot), each
    followed by the latest OSR variant of each of its loops that was entered."""
    from interpreter.frontend.compiler import iter_functions
    latest, latest_osr = {}, {}
    for code in tier.history:
        if code.osr_offset is None:
            latest[code.sfi.id] = code
        else:
            latest_osr[(code.sfi.id, code.osr_offset)] = code
    codes = []
    for sfi in iter_functions(script_sfi):
        if function is not None and sfi.name != function:
            continue
        if not sfi.is_script:
            code = latest.get(sfi.id)
            if code is None and sfi.id not in tier.disabled:
                code = tier.optimize(sfi, synchronous=True)
            if code is not None:
                codes.append(code)
            elif sfi.id in tier.disabled:
                codes.append(f"; {sfi.display_name} is not optimized: {tier.disabled[sfi.id]}")
        codes.extend(code for (sfi_id, _), code in sorted(latest_osr.items()) if sfi_id == sfi.id)
    return codes


def dump_ir(codes, optimized_only: bool = False) -> str:
    out = []
    for code in codes:
        if isinstance(code, str):
            out.append(code + "\n")
            continue
        # LLVM comments at the top of the first module shown: what escape analysis removed
        removed = "".join(f";   {r}\n" for r in code.lowered.removed_allocations)
        if removed:
            removed = "; allocations removed by escape analysis (fields in SSA values, materialized only " \
                      "by a deopt):\n" + removed
        if not optimized_only:
            out.append(f"; ---- {code.symbol}: IR as lowered from bytecode + feedback ----\n")
            out.append(removed + code.compiled.ir)
            removed = ""
        out.append(f"; ---- {code.symbol}: IR after LLVM's optimization pipeline ----\n")
        out.append(removed + code.compiled.optimized_ir)
    return "\n".join(out)


def dump_asm(codes) -> str:
    out = []
    for code in codes:
        if isinstance(code, str):
            out.append(code.replace(";", "#", 1) + "\n")
            continue
        out.append(f"# ---- {code.symbol} ----\n{code.compiled.assembly()}")
    return "\n".join(out)


def dump_stackmaps(codes, emit_object: str | None = None) -> str:
    out = []
    for code in codes:
        if isinstance(code, str):
            out.append(code)
            continue
        compiled = code.compiled
        sm = compiled.stackmap
        out.append(f"{code.symbol} ({code.sfi.display_name}): {len(sm.records)} stack map records, "
                   f"{len(sm.constants)} constants")
        if emit_object is not None:
            path = Path(emit_object) / f"{code.symbol}.o"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(compiled.object_bytes)
            out.append(f"  object file: {path}")
        for fi, fname in enumerate(compiled.stackmap_functions):
            frec = sm.functions[fi]
            out.append(f"  function {fname}: stack size {frec.stack_size}, {frec.record_count} records")
            for record in sm.records_of(fi):
                points = code.deopt_data.points_of_exit(record.id)
                if not points:
                    out.append(f"    record ID {record.id} at +{record.instruction_offset}: (not a deopt point)")
                    continue
                # a checkpoint's guards share the exit: one line per deopt point, one frame state
                fs = points[0].frame_state
                out.append(f"    deopt exit {record.id} at instruction offset {record.instruction_offset}, "
                           f"resume at bytecode offset {fs.bytecode_offset}, "
                           f"{len(points)} deopt point{'s' if len(points) > 1 else ''}:")
                for point in points:
                    out.append(f"      deopt id {point.deopt_id}: reason '{point.reason.value}' "
                               f"({point.bytecode_name} at {point.guard_offset})")
                out.extend(describe_frames(code, points[0], record, sm))
    return "\n".join(out) + "\n"


def expand_captured(named: list, maps) -> list:
    """(source, name) pairs with the fields of captured objects (escape analysis) after each,
    named after the register and the property: `r4.x`."""
    out = []
    for src, name in named:
        out.append((src, name))
        if src.kind == "captured_object":
            keys = maps[src.map_id].keys
            out += expand_captured([(f, f"{name.split(' (')[0]}.{keys[i]}") for i, f in src.fields], maps)
        elif src.kind == "captured_array":
            out += expand_captured([(f, f"{name.split(' (')[0]}[{i}]") for i, f in src.fields], maps)
    return out


def describe_frames(code, point, record, sm) -> list[str]:
    """The record's operands named after what each frame state fills with them (one frame
    state per inlined level, outermost first), then what is rematerialized instead."""
    out = []
    fills, reps, remat = {SELECTOR_OPERAND: ["deopt id"]}, {SELECTOR_OPERAND: "selector"}, []
    functions = code.tier.isolate.functions
    multi = len(point.frames) > 1
    for k, fs in enumerate(point.frames):
        sfi = functions[fs.shared_id] if fs.shared_id >= 0 else code.sfi
        prefix = f"{sfi.display_name}: " if multi and k else ""
        if multi:
            where = (f"resume at offset {fs.bytecode_offset}" if k == len(point.frames) - 1
                     else f"resume after offset {fs.bytecode_offset} ({fs.kind.value})")
            out.append(f"      frame {k + 1} of {len(point.frames)}: {sfi.display_name}, {where}")
        named = [(fs.function, "function")]
        named += [(src, f"r{r}" + (f" ({sfi.register_names[r]})" if r in sfi.register_names else ""))
                  for r, src in enumerate(fs.registers)]
        named += [(fs.accumulator, "accumulator"), (fs.context, "context")]
        named = expand_captured(named, code.tier.isolate.maps)
        operands_of_frame = [src.operand for src, _ in named if src.kind == "operand"]
        if k and operands_of_frame:
            # the frame's header constant comes right before its first value
            fills.setdefault(min(operands_of_frame) - 1, []).append(f"frame {k + 1} header ({sfi.display_name})")
            reps[min(operands_of_frame) - 1] = "header"
        elif k:
            remat.append(f"frame {k + 1} header ({sfi.display_name})")
        for src, name in named:
            if src.kind == "operand":
                fills.setdefault(src.operand, []).append(prefix + name)
                reps[src.operand] = src.rep.value
            elif src.kind == "constant":
                remat.append(f"{prefix}{name.split(' (')[0]}={src.constant!r}")
            elif src.kind == "function_context":
                remat.append(f"{prefix}context=closure's context")
            elif src.kind == "callee_result":
                remat.append(f"{prefix}{name}=the callee's result")
            elif src.kind == "optimized_out":
                remat.append(f"{prefix}{name.split(' (')[0]}=optimized out")
            elif src.kind in ("captured_object", "captured_array", "duplicated_object"):
                remat.append(f"{prefix}{name.split(' (')[0]}={src.describe()}")
    operands = record.locations[DEOPT_HEADER_LENGTH:]
    for k, loc in enumerate(operands):
        out.append(f"      operand #{k}: {', '.join(fills.get(k, ['?'])):<24} "
                   f"{reps.get(k, '?'):<8} {format_location(loc, sm, register_names=True)}, "
                   f"size {loc.size}")
    # The function of the outermost frame is rematerialized only in dumps of old formats.
    remat = [r for r in remat if not r.startswith("function=")]
    if remat:
        out.append(f"      rematerialized: {', '.join(remat)}")
    return out
