"""Debug dumps of optimized code: IR (before and after LLVM's passes), assembly, and stack maps joined with DeoptimizationData.

`bailout dump-ir`, `dump-asm` and `dump-stackmaps` run the script with the
tier on, then show the last optimized code of each function (a function that
never got hot is compiled at the end with the feedback it gathered) and the
last OSR variant of each loop that was entered through on-stack replacement.
"""
from __future__ import annotations

from pathlib import Path

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
                code = tier.optimize(sfi)
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
        if not optimized_only:
            out.append(f"; ---- {code.symbol}: IR as lowered from bytecode + feedback ----\n")
            out.append(code.compiled.ir)
        out.append(f"; ---- {code.symbol}: IR after LLVM's optimization pipeline ----\n")
        out.append(code.compiled.optimized_ir)
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
                point = code.deopt_data.points.get(record.id)
                if point is None:
                    out.append(f"    record ID {record.id} at +{record.instruction_offset}: (not a deopt point)")
                    continue
                fs = point.frame_state
                out.append(f"    deopt id {record.id} at instruction offset {record.instruction_offset}: "
                           f"reason '{point.reason.value}', resume at bytecode offset "
                           f"{fs.bytecode_offset} ({point.bytecode_name})")
                operands = record.locations[DEOPT_HEADER_LENGTH:]
                fills = {}
                fills.setdefault(fs.function.operand, []).append("function")
                if fs.context.kind == "operand":
                    fills.setdefault(fs.context.operand, []).append("context")
                for r, src in enumerate(fs.registers):
                    if src.kind == "operand":
                        name = code.sfi.register_names.get(r)
                        fills.setdefault(src.operand, []).append(f"r{r}" + (f" ({name})" if name else ""))
                if fs.accumulator.kind == "operand":
                    fills.setdefault(fs.accumulator.operand, []).append("accumulator")
                reps = {src.operand: src.rep.value for src in
                        (fs.function, fs.context, *fs.registers, fs.accumulator) if src.kind == "operand"}
                for k, loc in enumerate(operands):
                    out.append(f"      operand #{k}: {', '.join(fills.get(k, ['?'])):<24} "
                               f"{reps.get(k, '?'):<8} {format_location(loc, sm, register_names=True)}, "
                               f"size {loc.size}")
                remat = [f"r{r}={src.constant!r}" for r, src in enumerate(fs.registers) if src.kind == "constant"]
                if fs.accumulator.kind == "constant":
                    remat.append(f"accumulator={fs.accumulator.constant!r}")
                if fs.context.kind == "function_context":
                    remat.append("context=closure's context")
                if remat:
                    out.append(f"      rematerialized: {', '.join(remat)}")
    return "\n".join(out) + "\n"
