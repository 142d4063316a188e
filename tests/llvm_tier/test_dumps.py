"""The debug dumps of optimized code, against independent oracles and golden files.

* `bailout dump-stackmaps --emit-object DIR`: every object file written is read
  back with `llvm-readobj --stackmap` and compared field by field with what the
  dump printed (record IDs are deopt ids, instruction offsets, each operand's
  location kind, register, offset and size).
* `bailout dump-asm`: the function symbols and one `__llvm_deoptimize` call per
  stack map record.
* Golden files (tests/llvm_tier/golden/*.txt) pin the structure of
  dump-stackmaps and dump-ir with what depends on the machine or on unrelated
  numbering (addresses, registers, stack offsets, instruction offsets, ids)
  normalized. Regenerate with BAILOUT_UPDATE_GOLDEN=1 after an intended change.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import cli
from llvm_tier.dumps import dump_ir, select_codes

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).resolve().parent / "golden"
SCRIPTS = {"getx": ROOT / "examples" / "getx.js", "live_values": GOLDEN / "live_values.js"}
UPDATE = bool(os.environ.get("BAILOUT_UPDATE_GOLDEN"))

# x86-64 DWARF register numbers (System V psABI), written out here as the oracle's side of the check.
DWARF = {0: "rax", 1: "rdx", 2: "rcx", 3: "rbx", 4: "rsi", 5: "rdi", 6: "rbp", 7: "rsp",
         **{n: f"r{n}" for n in range(8, 16)}, **{17 + i: f"xmm{i}" for i in range(16)}}


def bailout(*args: str) -> str:
    r = subprocess.run([sys.executable, "-m", "cli", *args], cwd=ROOT, capture_output=True, text=True,
                       timeout=180)
    assert r.returncode == 0, r.stderr
    return r.stdout


# ---- parsing the two texts -----------------------------------------------------------------------

LOCATION = r"(Register \w+|Indirect \[\w+ \+ -?\d+\]|Direct \w+ \+ -?\d+|Constant -?\d+|ConstantIndex #\d+ \(.*?\))"


def parse_dump(text: str) -> list[dict]:
    """dump-stackmaps output -> one dict per optimized function."""
    codes = []
    record = None
    for line in text.splitlines():
        if m := re.fullmatch(r"(js_\w+) \((.*)\): (\d+) stack map records, (\d+) constants", line):
            code = {"symbol": m.group(1), "name": m.group(2), "records": [], "n_records": int(m.group(3)),
                    "n_constants": int(m.group(4)), "object": None, "functions": []}
            codes.append(code)
        elif m := re.fullmatch(r"  object file: (.+)", line):
            code["object"] = m.group(1)
        elif m := re.fullmatch(r"  function (\S+): stack size (\d+), (\d+) records", line):
            code["functions"].append((m.group(1), int(m.group(2)), int(m.group(3))))
        elif m := re.fullmatch(r"    deopt exit (\d+) at instruction offset (\d+), resume at bytecode "
                               r"offset (\d+), (\d+) deopt points?:", line):
            record = {"id": int(m.group(1)), "offset": int(m.group(2)), "resume": int(m.group(3)),
                      "n_points": int(m.group(4)), "points": [], "operands": [], "remat": None, "frames": []}
            code["records"].append(record)
        elif m := re.fullmatch(r"      deopt id (\d+): reason '(.+)' \((\w+) at (\d+)\)", line):
            # the guards sharing the exit, one line each (the first one's id is the record's)
            assert record["points"] or int(m.group(1)) == record["id"]
            record["points"].append({"id": int(m.group(1)), "reason": m.group(2), "bytecode": m.group(3),
                                     "guard": int(m.group(4))})
        elif m := re.fullmatch(r"      frame (\d+) of (\d+): (.+?), (resume .+)", line):
            assert int(m.group(1)) == len(record["frames"]) + 1
            record["frames"].append({"name": m.group(3), "resume": m.group(4)})
        elif m := re.fullmatch(rf"      operand #(\d+): (.+?)\s+(tagged|int32|float64|bool|raw|header|selector|\?)\s+{LOCATION}, "
                               rf"size (\d+)", line):
            assert int(m.group(1)) == len(record["operands"])
            record["operands"].append({"fills": m.group(2).strip(), "rep": m.group(3), "location": m.group(4),
                                       "size": int(m.group(5))})
        elif m := re.fullmatch(r"      rematerialized: (.+)", line):
            record["remat"] = m.group(1)
        else:
            raise AssertionError(f"unexpected dump line: {line!r}")
    return codes


def parse_readobj(text: str) -> dict:
    """llvm-readobj --stackmap output -> functions, constants and records with their locations."""
    out = {"functions": [], "constants": [], "records": []}
    for line in text.splitlines():
        if m := re.fullmatch(r"\s+Function address: (\d+), stack size: (\d+), callsite record count: (\d+)", line):
            out["functions"].append((int(m.group(2)), int(m.group(3))))
        elif m := re.fullmatch(r"Num Constants: (\d+)", line):
            out["n_constants"] = int(m.group(1))
        elif m := re.fullmatch(r"\s+Record ID: (\d+), instruction offset: (\d+)", line):
            out["records"].append({"id": int(m.group(1)), "offset": int(m.group(2)), "locations": []})
        elif m := re.fullmatch(r"\s+#\d+: (.+), size: (\d+)", line):
            out["records"][-1]["locations"].append((m.group(1), int(m.group(2))))
        elif m := re.fullmatch(r"\s+#\d+: (-?\d+)", line):
            assert not out["records"]
            out["constants"].append(int(m.group(1)))
    return out


def readobj_location(text: str) -> tuple:
    """llvm-readobj's location text -> (kind, register name, offset)."""
    if m := re.fullmatch(r"Register R#(\d+)", text):
        return "Register", DWARF[int(m.group(1))], 0
    if m := re.fullmatch(r"Indirect \[R#(\d+) \+ (-?\d+)\]", text):
        return "Indirect", DWARF[int(m.group(1))], int(m.group(2))
    if m := re.fullmatch(r"Direct R#(\d+) \+ (-?\d+)", text):
        return "Direct", DWARF[int(m.group(1))], int(m.group(2))
    if m := re.fullmatch(r"Constant (\d+)", text):
        return "Constant", None, int(m.group(1))
    if m := re.fullmatch(r"ConstantIndex #(\d+) \((-?\d+)\)", text):
        return "ConstantIndex", None, int(m.group(1)), int(m.group(2))
    raise AssertionError(f"unknown llvm-readobj location {text!r}")


def dump_location(text: str) -> tuple:
    if m := re.fullmatch(r"Register (\w+)", text):
        return "Register", m.group(1), 0
    if m := re.fullmatch(r"Indirect \[(\w+) \+ (-?\d+)\]", text):
        return "Indirect", m.group(1), int(m.group(2))
    if m := re.fullmatch(r"Direct (\w+) \+ (-?\d+)", text):
        return "Direct", m.group(1), int(m.group(2))
    if m := re.fullmatch(r"Constant (-?\d+)", text):
        return "Constant", None, int(m.group(1)) & 0xFFFF_FFFF
    if m := re.fullmatch(r"ConstantIndex #(\d+) \((-?\d+)\)", text):
        return "ConstantIndex", None, int(m.group(1)), int(m.group(2))
    raise AssertionError(f"unknown dump location {text!r}")


# ---- dump-stackmaps against llvm-readobj ----------------------------------------------------------

@pytest.fixture(scope="module", params=list(SCRIPTS))
def emitted(request, tmp_path_factory):
    out_dir = tmp_path_factory.mktemp(f"objects_{request.param}")
    text = bailout("dump-stackmaps", "--emit-object", str(out_dir), str(SCRIPTS[request.param]))
    return request.param, parse_dump(text), out_dir


def test_dump_lists_every_object_it_wrote(emitted):
    _, codes, out_dir = emitted
    assert codes
    written = sorted(p.name for p in out_dir.iterdir())
    assert written == sorted(Path(c["object"]).name for c in codes)
    assert all(Path(c["object"]).parent == out_dir for c in codes)
    assert all(c["object"] == str(out_dir / f"{c['symbol']}.o") for c in codes)


@pytest.mark.skipif(shutil.which("llvm-readobj") is None, reason="llvm-readobj is not installed")
def test_stackmaps_match_llvm_readobj(emitted):
    script, codes, out_dir = emitted
    n_operands = 0
    for code in codes:
        r = subprocess.run(["llvm-readobj", "--stackmap", code["object"]], capture_output=True, text=True,
                           timeout=60)
        assert r.returncode == 0, r.stderr
        ro = parse_readobj(r.stdout)
        # one optimized function with deopt sites per object, its stack size and record count
        assert [(s, n) for _, s, n in code["functions"]] == ro["functions"]
        assert [sym for sym, _, _ in code["functions"]] == [code["symbol"]]
        assert code["n_records"] == len(ro["records"]) == len(code["records"]) > 0
        assert code["n_constants"] == ro["n_constants"] == len(ro["constants"])
        constants = ro["constants"]
        for mine, theirs in zip(code["records"], ro["records"]):
            # the record ID is the deopt exit's (its first deopt point's id)
            assert (mine["id"], mine["offset"]) == (theirs["id"], theirs["offset"])
            header, locations = theirs["locations"][:3], theirs["locations"][3:]
            # a deopt record: calling convention, flags, operand count, then one location per operand
            assert [kind.split()[0] for kind, _ in header] == ["Constant"] * 3
            assert int(header[2][0].split()[1]) == len(mine["operands"]) == len(locations)
            for operand, (loc, size) in zip(mine["operands"], locations):
                theirs_loc = readobj_location(loc)
                assert dump_location(operand["location"]) == theirs_loc, (code["symbol"], mine["id"])
                if theirs_loc[0] == "ConstantIndex":
                    assert constants[theirs_loc[2]] == theirs_loc[3]
                assert operand["size"] == size
                assert operand["fills"] != "?" and operand["rep"] != "?"
                n_operands += 1
        # LLVM may duplicate a deopt call (loop rotation duplicates guards in the header of
        # OSR code), so an id can have several records, but each at its own call site.
        sites = [rec["offset"] for rec in code["records"]]
        assert len(sites) == len(set(sites))
    assert n_operands > 0
    if script == "live_values":
        # the script is there to get values out of registers: spill slots and 4-byte int32/bool slots too
        kinds = {dump_location(op["location"])[0] for c in codes for rec in c["records"] for op in rec["operands"]}
        sizes = {op["size"] for c in codes for rec in c["records"] for op in rec["operands"]}
        reps = {op["rep"] for c in codes for rec in c["records"] for op in rec["operands"]}
        assert {"Register", "Indirect"} <= kinds
        assert kinds & {"Constant", "ConstantIndex"}
        assert {4, 8} <= sizes
        assert {"tagged", "int32", "float64", "bool"} <= reps


def test_every_operand_is_named_and_frame_states_are_complete(emitted):
    _, codes, _ = emitted
    for code in codes:
        for rec in code["records"]:
            assert len(rec["points"]) == rec["n_points"] > 0
            fills = [op["fills"] for op in rec["operands"]]
            # operand 0 says which of the exit's deopt points failed
            assert fills[0] == "deopt id" and rec["operands"][0]["rep"] == "selector"
            fills = fills[1:]
            assert fills[0].startswith("function")
            items = fills + (rec["remat"] or "").split(", ")
            # one frame state per inlined level: the outermost frame's items are unprefixed, an
            # inlined frame's carry its function's name
            frames = [""] + [f["name"] + ": " for f in rec["frames"][1:]]
            for k, prefix in enumerate(frames):
                mine = [i for i in items if (i.startswith(prefix) if prefix else
                                             not any(i.startswith(p) for p in frames[1:]))]
                named = ", ".join(i[len(prefix):] for i in mine)
                # every register of the frame is either an operand or rematerialized; the context too
                regs = {int(n) for n in re.findall(r"\br(\d+)\b(?! \()", named)} | {
                    int(n) for n in re.findall(r"\br(\d+) \(", named)}
                assert regs == set(range(max(regs) + 1)), (code["symbol"], rec["id"], named)
                assert "accumulator" in named and "context" in named
                if k:
                    assert any(f"frame {k + 1} header ({prefix[:-2]})" in i for i in items)


# ---- dump-asm ---------------------------------------------------------------------------------------

def test_dump_asm_has_the_symbols_and_the_deopt_calls():
    script = str(SCRIPTS["live_values"])
    codes = parse_dump(bailout("dump-stackmaps", script))
    asm = bailout("dump-asm", script)
    for code in codes:
        sym = code["symbol"]
        assert re.search(rf"^{sym}:$", asm, re.M) and re.search(rf"^{sym}_entry:$", asm, re.M)
        start = asm.index(f"\n{sym}:\n")
        body = asm[start:asm.index(".Lfunc_end", start)]
        # one call to the deopt stub per stack map record of the function
        assert len(re.findall(r"\bcall\w*\s+__llvm_deoptimize\b", body)) == code["n_records"]
    assert asm.count("# ---- js_") == len(codes)


# ---- golden files ---------------------------------------------------------------------------------

def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE or not path.exists():
        path.write_text(text)
        if not UPDATE:
            pytest.fail(f"wrote missing golden file {path}; check it in")
    assert text == path.read_text(), f"{name} changed; if intended, rerun with BAILOUT_UPDATE_GOLDEN=1"


def normalize_stackmaps(text: str) -> str:
    """The structure of a dump-stackmaps text: functions, each record's reason, resume point and
    frame state (operand names and representations), sorted so that code layout does not matter."""
    out = []
    for code in parse_dump(text):
        name = re.sub(r"_\d+_v\d+$", "", code["symbol"])
        out.append(f"{name} ({code['name']}): {code['n_records']} stack map records, "
                   f"{code['n_constants']} constants")
        lines = []
        for rec in code["records"]:
            operands = "; ".join(f"#{k} {op['fills']} {op['rep']}" for k, op in enumerate(rec["operands"]))
            frames = "".join(f"    frame {f['name']}, {f['resume']}\n" for f in rec["frames"])
            points = ", ".join(f"'{p['reason']}' ({p['bytecode']})" for p in rec["points"])
            lines.append(f"  resume at {rec['resume']}, deopt points {points}\n{frames}"
                         f"    operands: {operands}\n"
                         f"    rematerialized: {rec['remat'] or '-'}")
        out += sorted(lines)
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("script, function", [("getx", "getX"), ("live_values", "mix")])
def test_dump_stackmaps_golden(script, function):
    text = bailout("dump-stackmaps", "--function", function, str(SCRIPTS[script]))
    check_golden(f"{script}.{function}.stackmaps.txt", normalize_stackmaps(text))


def normalize_ir(text: str, map_names: dict[int, str]) -> str:
    text = re.sub(r"\bjs_(\w+?)_\d+_v\d+", r"js_\1", text)
    text = re.sub(r'"statepoint-id"="\d+"', '"statepoint-id"="<id>"', text)
    # absolute addresses (the call-depth cell, global cells, the code table) and the alignment
    # LLVM infers from them
    text = re.sub(r"inttoptr (\(?)i64 \d+ to ptr", r"inttoptr \1i64 <address> to ptr", text)
    # the boxed global object a sloppy function sees as `this`
    text = re.sub(r"(select i1 [%\w.]+, i64 )-?\d+(, i64 %this)", r"\1<globalThis>\2", text)
    text = re.sub(r"(inttoptr \(i64 <address> to ptr\)), align \d+", r"\1, align <n>", text)
    text = re.sub(r"^target (datalayout|triple) = .*$", r"target \1 = <host>", text, flags=re.M)
    # LLVM aligns a block's `; preds` comment after its label, whose length depends on map ids
    text = re.sub(r"^([\w.]+:) +; preds = ", r"\1 ; preds = ", text, flags=re.M)
    for map_id, name in map_names.items():
        text = re.sub(rf"(icmp eq i64 %[\w.]+, ){map_id}\b", rf"\g<1><map {name}>", text)
        text = re.sub(rf"\bmap{map_id}_", f"map<{name}>_", text)
    return text


def test_dump_ir_golden():
    # in-process, through the functions the CLI's dump-ir uses, so map ids can be named
    tier, script = cli.run_in_big_stack(lambda: cli.run_for_dump(str(SCRIPTS["getx"]), 1000))
    maps = tier.isolate.maps.maps[1:]
    names = {m.id: f"{m.constructor_name}{{{','.join(m.keys)}}}" for m in maps if m.constructor_name == "Point"}
    text = dump_ir(select_codes(tier, script, "getX"))
    assert "; ---- js_getX_" in text and "IR after LLVM's optimization pipeline" in text
    check_golden("getx.getX.ir.txt", normalize_ir(text, names))
