"""The parser on real stack maps: IR compiled by llvmlite for the host, the
``.llvm_stackmaps`` section cut out of the object, and the result checked
field by field against ``llvm-readobj --stackmap`` on the same object, plus
what the IR itself says the records must contain."""

from functools import cache

import pytest
from stackmap_testing import (
    compile_to_object,
    have_readobj,
    parse_readobj_text,
    readobj_stackmap_text,
    section_bytes,
)

from stackmaps import (
    DWARF_REGISTER_NAMES,
    RBP,
    RSP,
    LocationKind,
    StackMap,
    format_stackmap,
    parse_stackmap,
)

pytest.importorskip("llvmlite")

NAN_BOX = 0x7FF8_0000_0000_0001  # a quiet-NaN payload, as a NaN-boxed value would be

# Constants of every width, inline and pooled, with a pooled value repeated.
CONSTANTS_IR = r"""
declare void @llvm.experimental.stackmap(i64, i32, ...)

define void @constants(double %x, i32 %y) {
  call void (i64, i32, ...) @llvm.experimental.stackmap(i64 -1, i32 4,
      i64 0, i64 -1, i64 2147483647, i64 2147483648, i64 -2147483648,
      i64 -2147483649, i64 2147483648, i64 9221120237041090561,
      i1 true, i8 -1, i16 -2, i32 -7, double %x, i32 %y, double 1.5)
  ret void
}
"""

# Allocas become Direct (an address), a double live across calls has no
# callee-saved register to sit in and is spilled: Indirect.
FRAME_IR = r"""
declare void @llvm.experimental.stackmap(i64, i32, ...)
declare void @clobber(ptr)
declare i64 @opaque(i64)

define i64 @frame(i64 %a, double %d) "frame-pointer"="all" {
entry:
  %slot = alloca [4 x i64], align 16
  %cell = alloca i32
  call void @clobber(ptr %slot)
  %v0 = call i64 @opaque(i64 %a)
  %v1 = call i64 @opaque(i64 %v0)
  %v2 = call i64 @opaque(i64 %v1)
  %v3 = call i64 @opaque(i64 %v2)
  %v4 = call i64 @opaque(i64 %v3)
  %v5 = call i64 @opaque(i64 %v4)
  %v6 = call i64 @opaque(i64 %v5)
  %v7 = call i64 @opaque(i64 %v6)
  call void @clobber(ptr %cell)
  call void (i64, i32, ...) @llvm.experimental.stackmap(i64 100, i32 0,
      ptr %slot, ptr %cell, double %d, i64 %v0, i64 %v1, i64 %v2, i64 %v3,
      i64 %v4, i64 %v5, i64 %v6, i64 %v7)
  %s0 = add i64 %v0, %v1
  %s1 = add i64 %s0, %v2
  %s2 = add i64 %s1, %v3
  %s3 = add i64 %s2, %v4
  %s4 = add i64 %s3, %v5
  %s5 = add i64 %s4, %v6
  %s6 = add i64 %s5, %v7
  ret i64 %s6
}
"""

# Patchpoints get live-out sets; an anyregcc one also reports its result.
# No call may follow a patchpoint here: LLVM 22 (llvmlite 0.50, an assertions
# build) then finds a live-out register without a DWARF number and aborts the
# whole process in StackMaps.cpp getDwarfRegNum.
PATCHPOINT_IR = r"""
declare void @llvm.experimental.patchpoint.void(i64, i32, ptr, i32, ...)
declare i64 @llvm.experimental.patchpoint.i64(i64, i32, ptr, i32, ...)

define i64 @patch(i64 %a, i64 %b) {
  %s = add i64 %a, %b
  %m = mul i64 %a, %b
  call void (i64, i32, ptr, i32, ...) @llvm.experimental.patchpoint.void(
      i64 43, i32 15, ptr null, i32 0, i64 %a, i64 %s, i64 12345678901234)
  %r = call anyregcc i64 (i64, i32, ptr, i32, ...) @llvm.experimental.patchpoint.i64(
      i64 44, i32 15, ptr null, i32 2, i64 %a, i64 %m)
  %t = add i64 %s, %m
  %u = add i64 %t, %r
  ret i64 %u
}
"""

# The optimizing tier's shape (DESIGN.md contract 3): guards that deoptimize.
DEOPT_IR = r"""
declare i64 @llvm.experimental.deoptimize.i64(...)

define preserve_nonecc i64 @opt_f(i64 %a, i64 %b, double %x) #0 {
entry:
  %s = add i64 %a, %b
  %ok = icmp slt i64 %a, 100
  br i1 %ok, label %next, label %deopt0, !prof !0
next:
  %ok2 = icmp sgt i64 %s, -5
  br i1 %ok2, label %fast, label %deopt1, !prof !0
fast:
  ret i64 %s
deopt0:
  %r0 = call i64 (...) @llvm.experimental.deoptimize.i64() #1
      [ "deopt"(i32 7, i64 %a, i64 %b, i64 %s, i64 -5, i64 9221120237041090561, double %x) ]
  ret i64 %r0
deopt1:
  %r1 = call i64 (...) @llvm.experimental.deoptimize.i64() #2
      [ "deopt"(i32 9, i64 %s, i64 9221120237041090561, i32 -2147483648) ]
  ret i64 %r1
}

define i64 @opt_f_entry(i64 %a, i64 %b, double %x) {
  %r = call preserve_nonecc i64 @opt_f(i64 %a, i64 %b, double %x)
  ret i64 %r
}

attributes #0 = { "frame-pointer"="all" noinline }
attributes #1 = { "statepoint-id"="17" }
attributes #2 = { "statepoint-id"="18" }
!0 = !{!"branch_weights", i32 1000, i32 1}
"""

# Several functions, one without any record, to check records_of's grouping.
MULTI_IR = r"""
declare void @llvm.experimental.stackmap(i64, i32, ...)
declare i64 @llvm.experimental.deoptimize.i64(...)

define i64 @first(i64 %a) {
  call void (i64, i32, ...) @llvm.experimental.stackmap(i64 1, i32 0, i64 %a)
  call void (i64, i32, ...) @llvm.experimental.stackmap(i64 2, i32 8, i64 %a, i64 3)
  ret i64 %a
}

define i64 @no_records(i64 %a) {
  %b = add i64 %a, 1
  ret i64 %b
}

define i64 @second(i64 %a) {
  %c = icmp eq i64 %a, 0
  br i1 %c, label %d, label %ok
ok:
  ret i64 %a
d:
  %r = call i64 (...) @llvm.experimental.deoptimize.i64() #1 [ "deopt"(i64 %a) ]
  ret i64 %r
}

define void @third(i64 %a) {
  call void (i64, i32, ...) @llvm.experimental.stackmap(i64 5, i32 0)
  call void (i64, i32, ...) @llvm.experimental.stackmap(i64 6, i32 0, i64 %a)
  call void (i64, i32, ...) @llvm.experimental.stackmap(i64 7, i32 0, i64 70000000000)
  ret void
}

attributes #1 = { "statepoint-id"="4" }
"""

MODULES = {
    "constants": CONSTANTS_IR,
    "frame": FRAME_IR,
    "patchpoint": PATCHPOINT_IR,
    "deopt": DEOPT_IR,
    "multi": MULTI_IR,
}


@cache
def _object(name: str) -> bytes:
    # Compiled once per test session: IR is constant, objects are immutable bytes.
    return compile_to_object(MODULES[name])


def stackmap_of(name: str) -> StackMap:
    return parse_stackmap(section_bytes(_object(name)))


needs_readobj = pytest.mark.skipif(not have_readobj(), reason="llvm-readobj not on PATH")

_KIND_NAMES = {
    LocationKind.REGISTER: "Register",
    LocationKind.DIRECT: "Direct",
    LocationKind.INDIRECT: "Indirect",
    LocationKind.CONSTANT: "Constant",
    LocationKind.CONSTANT_INDEX: "ConstantIndex",
}


@needs_readobj
@pytest.mark.parametrize("name", MODULES)
def test_fields_agree_with_llvm_readobj(name):
    obj = _object(name)
    sm = parse_stackmap(section_bytes(obj))
    oracle = parse_readobj_text(readobj_stackmap_text(obj))

    assert sm.version == oracle.version == 3
    assert [(f.address, f.stack_size, f.record_count) for f in sm.functions] \
        == oracle.functions
    assert list(sm.constants) == oracle.constants
    assert len(sm.records) == len(oracle.records) > 0
    for record, expected in zip(sm.records, oracle.records, strict=True):
        assert (record.id, record.instruction_offset) \
            == (expected.id, expected.instruction_offset)
        assert [(lo.dwarf_reg, lo.size) for lo in record.live_outs] == expected.live_outs
        for loc, exp in zip(record.locations, expected.locations, strict=True):
            assert _KIND_NAMES[loc.kind] == exp.kind
            assert loc.size == exp.size
            if loc.kind in (LocationKind.REGISTER, LocationKind.DIRECT,
                            LocationKind.INDIRECT):
                assert loc.dwarf_reg == exp.reg
            if loc.kind in (LocationKind.DIRECT, LocationKind.INDIRECT):
                assert loc.offset == exp.offset
            if loc.kind == LocationKind.CONSTANT:
                # readobj shows the 32-bit field unsigned
                assert loc.offset & 0xFFFF_FFFF == exp.constant
            if loc.kind == LocationKind.CONSTANT_INDEX:
                assert loc.offset == exp.offset
                assert loc.word(sm) == exp.constant


@needs_readobj
@pytest.mark.parametrize("name", MODULES)
def test_text_is_llvm_readobjs(name):
    obj = _object(name)
    ours = format_stackmap(parse_stackmap(section_bytes(obj))).splitlines()
    theirs = readobj_stackmap_text(obj).splitlines()
    assert ours == theirs


def test_constants_inline_and_pooled():
    sm = stackmap_of("constants")
    (record,) = sm.records
    assert record.id == 2**64 - 1
    locs = record.locations
    inline = [LocationKind.CONSTANT]
    pooled = [LocationKind.CONSTANT_INDEX]
    assert [loc.kind for loc in locs[:12]] == (
        inline * 3 + pooled + inline + pooled * 3 + inline * 4
    )
    assert [loc.value(sm) for loc in locs[:12]] == [
        0, -1, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**31, NAN_BOX, 1, -1, -2, -7,
    ]
    assert locs[11].word(sm) == 2**64 - 7
    # the pool holds each large value once, as an unsigned word
    assert sorted(sm.constants) == sorted([2**31, 2**64 - 2**31 - 1, NAN_BOX])
    assert locs[3].offset == locs[6].offset
    # a double argument arrives in xmm0; an FP constant is materialised in an xmm,
    # never pooled
    assert locs[12].kind == LocationKind.REGISTER
    assert DWARF_REGISTER_NAMES[locs[12].dwarf_reg] == "xmm0"
    assert locs[12].size == 16
    assert (locs[13].kind, DWARF_REGISTER_NAMES[locs[13].dwarf_reg], locs[13].size) \
        == (LocationKind.REGISTER, "rdi", 4)  # first integer argument
    assert locs[14].kind == LocationKind.REGISTER
    assert DWARF_REGISTER_NAMES[locs[14].dwarf_reg].startswith("xmm")


def test_allocas_are_direct_and_spills_indirect():
    sm = stackmap_of("frame")
    (function,) = sm.functions
    assert function.address == 0  # filled in by a relocation, not in the object
    assert function.has_fixed_stack_size and function.stack_size > 32
    (record,) = sm.records
    assert record.id == 100
    slot, cell, spilled, *ints = record.locations
    for alloca in (slot, cell):
        assert alloca.kind == LocationKind.DIRECT
        assert alloca.dwarf_reg == RBP  # "frame-pointer"="all"
        assert -function.stack_size <= alloca.offset < 0
    assert slot.offset % 16 == 0
    assert spilled.kind == LocationKind.INDIRECT
    assert (spilled.dwarf_reg, spilled.size) == (RBP, 8)
    assert -function.stack_size <= spilled.offset < 0
    assert len(ints) == 8
    for loc in ints:
        assert loc.kind in (LocationKind.REGISTER, LocationKind.INDIRECT)
        assert loc.dwarf_reg in DWARF_REGISTER_NAMES


def test_patchpoint_live_outs():
    sm = stackmap_of("patchpoint")
    void_pp, anyreg_pp = sm.records
    assert (void_pp.id, anyreg_pp.id) == (43, 44)
    assert [loc.kind for loc in void_pp.locations[2:]] == [LocationKind.CONSTANT_INDEX]
    assert void_pp.locations[2].value(sm) == 12345678901234
    # %s and %m are needed after the patchpoint, so some register is live out
    assert void_pp.live_outs
    for live_out in void_pp.live_outs + anyreg_pp.live_outs:
        assert live_out.dwarf_reg in DWARF_REGISTER_NAMES
        assert live_out.size in (8, 16)
    # anyregcc: the result and both arguments are reported in registers
    assert len(anyreg_pp.locations) == 3
    assert all(loc.kind == LocationKind.REGISTER for loc in anyreg_pp.locations)
    assert anyreg_pp.instruction_offset > void_pp.instruction_offset


def test_deopt_bundles():
    sm = stackmap_of("deopt")
    (function,) = sm.functions
    assert function.record_count == 2
    first, second = sm.records_of(0)
    # the statepoint-id attribute becomes the record ID (the deopt id)
    assert (first.id, second.id) == (17, 18)
    for record, operands in ((first, 7), (second, 4)):
        cc, flags, count = record.locations[:3]
        assert all(loc.kind == LocationKind.CONSTANT for loc in (cc, flags, count))
        assert (cc.value(sm), flags.value(sm), count.value(sm)) == (0, 0, operands)
        assert len(record.locations) == 3 + operands
        assert record.live_outs == ()

    a_b_s = first.locations[4:7]
    for loc in a_b_s + (first.locations[9],):
        # live values sit in the optimized frame, found from RSP or RBP
        assert loc.kind in (LocationKind.INDIRECT, LocationKind.REGISTER)
        if loc.kind == LocationKind.INDIRECT:
            assert loc.dwarf_reg in (RSP, RBP)
    assert first.locations[3].value(sm) == 7
    assert first.locations[7].value(sm) == -5
    assert first.locations[8].word(sm) == NAN_BOX
    assert second.locations[3].value(sm) == 9
    assert second.locations[5].word(sm) == NAN_BOX
    assert second.locations[6].value(sm) == -2**31
    # one pool entry shared by both records
    assert sm.constants == (NAN_BOX,)
    assert first.locations[8].offset == second.locations[5].offset == 0


def test_records_grouped_by_function():
    sm = stackmap_of("multi")
    # no function record at all for a function without stack map sites
    assert [f.record_count for f in sm.functions] == [2, 1, 3]
    assert [[r.id for r in sm.records_of(i)] for i in range(3)] == [[1, 2], [4], [5, 6, 7]]
    first_a, first_b = sm.records_of(0)
    # a stackmap's shadow bytes push the next site's offset forward
    assert first_b.instruction_offset >= first_a.instruction_offset
    assert [loc.value(sm) for loc in first_b.locations[1:]] == [3]
    (deopt,) = sm.records_of(1)
    assert deopt.locations[2].value(sm) == 1 and len(deopt.locations) == 4
    empty, one, pooled = sm.records_of(2)
    assert empty.locations == () and len(one.locations) == 1
    assert pooled.locations[0].value(sm) == 70000000000
    assert sm.records_at(2, pooled.instruction_offset)[-1] is pooled


def test_module_without_sites_has_no_stackmap_section():
    obj = compile_to_object("define i64 @f(i64 %a) {\n  ret i64 %a\n}\n")
    with pytest.raises(LookupError, match=".llvm_stackmaps"):
        section_bytes(obj)
