"""Deoptimization on real machine code: hand-written IR with guards whose
cold branches call llvm.experimental.deoptimize, a Python handler reached
through the __llvm_deoptimize stub, every live value read back from the
machine frame with read_location, and the handler's result delivered to the
optimized function's caller.  Plus unit tests of read_location on a
synthetic frame."""

import ctypes
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from deopt.machine_frame import (
    FrameDescription,
    FrameDescriptionError,
    deopt_locations,
    read_location,
    read_memory,
)
from deopt.stub import (
    DEOPT_HANDLER_TYPE,
    DEOPT_MEMORY_BARRIER,
    SAVE_AREA_SIZE,
    XMM_SAVE_OFFSET,
    GuardedCallback,
    stub_module_ir,
)
from llvm_tier.jit import JIT
from stackmaps.parser import Location, LocationKind, StackMap, StackMapRecord

MASK64 = (1 << 64) - 1
SENTINEL = 0x7FF6_DEAD_0000_0001  # what a failed handler returns
BIG = 12345678901234            # needs the constants table

PRELUDE = """
declare i64 @llvm.experimental.deoptimize.i64(...)
attributes #0 = { "frame-pointer"="all" noinline }
!0 = !{!"branch_weights", i32 1000, i32 1}
"""


def u64(value):
    return value & MASK64


def s64(word):
    return word - (1 << 64) if word >> 63 else word


def s32(word):
    word &= 0xFFFF_FFFF
    return word - (1 << 32) if word >> 31 else word


def f64(word):
    return struct.unpack("<d", struct.pack("<Q", word))[0]


def cfunc(address, *argtypes, restype=ctypes.c_int64):
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


class Deoptimizer:
    """A test deoptimizer: reads the frame, then lets ``resume`` play the
    interpreter.  Everything runs inside GuardedCallback, so a failing
    assertion in the handler comes back as a pending exception."""

    def __init__(self, jit, resume):
        self.jit = jit
        self.resume = resume
        self.events = []
        self.callback = GuardedCallback(DEOPT_HANDLER_TYPE, self.handle, SENTINEL)
        jit.set_deopt_handler(self.callback.address)

    def handle(self, return_address, sp, rbp, save_area):
        site = self.jit.call_site_at(return_address)
        assert site is not None, f"no deopt site at {return_address:#x}"
        assert site.return_address == return_address
        frame = FrameDescription.from_save_area(return_address, sp, rbp, save_area)
        # The frame the stack map describes: stack_size counts everything
        # below the return address, i.e. saved %rbp plus the fixed area.
        fn_record = site.stackmap.functions[site.function_index]
        assert frame.rbp - frame.sp == fn_record.stack_size - 8
        locations = deopt_locations(site.record)
        values = [read_location(loc, frame, site.stackmap) for loc in locations]
        self.events.append((site, frame, locations, values))
        return u64(self.resume(site, values))

    def check(self):
        self.callback.raise_pending()


@pytest.fixture
def jit():
    engine = JIT()
    yield engine
    engine.close()


# -- read_location on a synthetic frame ------------------------------------


def _synthetic_frame():
    stack = (ctypes.c_uint64 * 8)()
    base = ctypes.addressof(stack)
    stack[1] = 0x1122_3344_5566_7788
    stack[2] = 0xFFFF_FFFF_FFFF_FFFB  # an i32 -5 sign-extended in a 64-bit slot
    ctypes.c_uint32.from_address(base + 24).value = 0xFFFF_FFFE  # an i32 -2
    gprs = [0] * 16
    gprs[3] = 0xAAAA_BBBB_CCCC_DDDD  # rbx
    gprs[6] = base + 32              # rbp
    gprs[7] = base                   # rsp
    gprs[12] = base + 8              # r12 holds a pointer
    xmms = [0] * 16
    xmms[2] = (0x0123 << 64) | struct.unpack("<Q", struct.pack("<d", 2.5))[0]
    frame = FrameDescription(0x1000, base, base + 32, tuple(gprs), tuple(xmms))
    return stack, frame


def test_read_location_all_kinds():
    stack, frame = _synthetic_frame()
    smap = StackMap(3, (), (BIG, 0xFFF8_0000_0000_0001), ())
    loc = Location
    assert read_location(loc(LocationKind.INDIRECT, 8, 7, 8), frame, smap) == 0x1122_3344_5566_7788
    assert read_location(loc(LocationKind.INDIRECT, 8, 6, -24), frame, smap) == 0x1122_3344_5566_7788
    assert read_location(loc(LocationKind.INDIRECT, 8, 12, 0), frame, smap) == 0x1122_3344_5566_7788
    assert read_location(loc(LocationKind.INDIRECT, 4, 7, 24), frame, smap) == 0xFFFF_FFFE
    assert read_location(loc(LocationKind.INDIRECT, 4, 7, 8), frame, smap) == 0x5566_7788
    assert s64(read_location(loc(LocationKind.INDIRECT, 8, 7, 16), frame, smap)) == -5
    assert read_location(loc(LocationKind.DIRECT, 8, 7, 16), frame, smap) == frame.sp + 16
    assert read_location(loc(LocationKind.DIRECT, 8, 6, -8), frame, smap) == frame.rbp - 8
    assert read_location(loc(LocationKind.REGISTER, 8, 3, 0), frame, smap) == 0xAAAA_BBBB_CCCC_DDDD
    assert read_location(loc(LocationKind.REGISTER, 4, 3, 0), frame, smap) == 0xCCCC_DDDD
    assert f64(read_location(loc(LocationKind.REGISTER, 8, 19, 0), frame, smap)) == 2.5
    assert read_location(loc(LocationKind.REGISTER, 16, 19, 0), frame, smap) >> 64 == 0x0123
    assert read_location(loc(LocationKind.CONSTANT, 8, 0, -1), frame, smap) == MASK64
    assert read_location(loc(LocationKind.CONSTANT, 8, 0, 7), frame, smap) == 7
    assert read_location(loc(LocationKind.CONSTANT_INDEX, 8, 0, 0), frame, smap) == BIG
    assert read_location(loc(LocationKind.CONSTANT_INDEX, 8, 0, 1), frame, smap) == 0xFFF8_0000_0000_0001


def test_read_location_errors_are_clear():
    stack, frame = _synthetic_frame()
    smap = StackMap(3, (), (BIG,), ())
    with pytest.raises(FrameDescriptionError, match="DWARF register 16"):
        read_location(Location(LocationKind.REGISTER, 8, 16, 0), frame, smap)
    with pytest.raises(FrameDescriptionError, match="DWARF register 40"):
        read_location(Location(LocationKind.INDIRECT, 8, 40, 0), frame, smap)
    with pytest.raises(FrameDescriptionError, match="16-byte value in a GPR"):
        read_location(Location(LocationKind.REGISTER, 16, 3, 0), frame, smap)
    with pytest.raises(FrameDescriptionError, match="constant index 3"):
        read_location(Location(LocationKind.CONSTANT_INDEX, 8, 0, 3), frame, smap)
    with pytest.raises(FrameDescriptionError, match="unknown stack map location kind"):
        read_location(Location(9, 8, 0, 0), frame, smap)
    with pytest.raises(FrameDescriptionError, match="address"):
        read_memory(0, 8)


def test_deopt_locations_checks_the_header():
    const = lambda v: Location(LocationKind.CONSTANT, 8, 0, v)  # noqa: E731
    spill = Location(LocationKind.INDIRECT, 8, 7, 8)
    record = StackMapRecord(5, 10, (const(0), const(0), const(2), const(9), spill), ())
    assert deopt_locations(record) == (const(9), spill)
    with pytest.raises(FrameDescriptionError, match="announces 3"):
        deopt_locations(StackMapRecord(5, 10, (const(0), const(0), const(3), spill), ()))
    with pytest.raises(FrameDescriptionError, match="deopt header"):
        deopt_locations(StackMapRecord(5, 10, (spill,), ()))


def test_machine_frame_from_save_area():
    area = (ctypes.c_uint64 * (SAVE_AREA_SIZE // 8))()
    for n in range(16):
        area[n] = 0x1000 + n
    for k in range(16):
        area[XMM_SAVE_OFFSET // 8 + 2 * k] = 0x2000 + k
        area[XMM_SAVE_OFFSET // 8 + 2 * k + 1] = 0x3000 + k
    frame = FrameDescription.from_save_area(0x55, 0x7000, 0x7100, ctypes.addressof(area))
    assert frame.register(3) == 0x1003 and frame.register(15) == 0x100F
    assert frame.register(7) == frame.sp == 0x7000 and frame.register(6) == 0x7100
    assert frame.register(17 + 5, 16) == (0x3005 << 64) | 0x2005


# -- deopt on real machine code --------------------------------------------

MIXED = PRELUDE + """
define preserve_nonecc i64 @mixed(i64 %a, i32 %b, double %d, i64 %p) #0 {
entry:
  %slot = alloca i64
  store volatile i64 %p, ptr %slot
  %sum = add i64 %a, 1
  %prod = mul i32 %b, 3
  %dd = fmul double %d, 2.0
  %ok = icmp slt i64 %a, 100
  br i1 %ok, label %fast, label %deopt, !prof !0
fast:
  %r0 = mul i64 %sum, 3
  ret i64 %r0
deopt:
  call void asm sideeffect "", "~{memory}"()
  %r = call i64 (...) @llvm.experimental.deoptimize.i64() #1 [ "deopt"(
      i32 7, i64 %a, i64 %sum, i32 %prod, double %dd, i64 -1, i32 -5,
      i64 12345678901234, ptr %slot, i1 true, float 1.5) ]
  ret i64 %r
}

define i64 @mixed_entry(i64 %a, i32 %b, double %d, i64 %p) {
  %r = call preserve_nonecc i64 @mixed(i64 %a, i32 %b, double %d, i64 %p)
  ret i64 %r
}

attributes #1 = { "statepoint-id"="17" }
"""


@pytest.mark.parametrize("registers", [True, False], ids=["registers", "spilled"])
def test_mixed_values_are_read_back_exactly(registers):
    engine = JIT(register_deopt_values=registers)
    try:
        code = engine.compile(MIXED, ["mixed_entry"])

        def resume(site, values):
            (tag, a, total, prod, dd, minus_one, minus_five, big, slot_addr,
             flag, half) = values
            assert site.deopt_id == 17
            assert tag == 7
            assert s64(a) == 500 and s64(total) == 501
            assert s32(prod) == -21
            assert f64(dd) == 6.5
            assert s64(minus_one) == -1 and s32(minus_five) == -5
            assert big == BIG
            assert read_memory(slot_addr, 8) == 0xABCDEF  # Direct: the alloca
            assert flag & 1 == 1
            assert struct.unpack("<f", struct.pack("<I", half & 0xFFFF_FFFF))[0] == 1.5
            return a + total + s32(prod) + int(f64(dd)) + big

        deopt = Deoptimizer(engine, resume)
        entry = cfunc(code.addresses["mixed_entry"], ctypes.c_int64, ctypes.c_int32,
                      ctypes.c_double, ctypes.c_int64)
        assert entry(2, 4, 1.0, 0) == 9           # the fast path, no deopt
        assert entry(500, -7, 3.25, 0xABCDEF) == 500 + 501 - 21 + 6 + BIG
        deopt.check()
        assert len(deopt.events) == 1
        kinds = {loc.kind for loc in deopt.events[0][2]}
        assert {LocationKind.CONSTANT, LocationKind.CONSTANT_INDEX,
                LocationKind.DIRECT, LocationKind.INDIRECT} <= kinds
        assert (LocationKind.REGISTER in kinds) == registers
        sizes = {s32(v) for loc, v in zip(deopt.events[0][2], deopt.events[0][3])
                 if loc.size == 4}
        assert -21 in sizes  # the i32 sits in a 4-byte location
    finally:
        engine.close()


def _pressure_ir(count):
    computed = "\n".join(
        f"  %v{i} = mul i64 %a, {7 * i + 3}\n  %w{i} = add i64 %v{i}, %b" for i in range(count)
    )
    operands = ", ".join(f"i64 %w{i}" for i in range(count))
    return PRELUDE + f"""
define preserve_nonecc i64 @pressure(i64 %a, i64 %b) #0 {{
entry:
{computed}
  %ok = icmp slt i64 %a, 100
  br i1 %ok, label %fast, label %deopt, !prof !0
fast:
  ret i64 %w3
deopt:
  {DEOPT_MEMORY_BARRIER}
  %r = call i64 (...) @llvm.experimental.deoptimize.i64() #1 [ "deopt"({operands}) ]
  ret i64 %r
}}

define i64 @pressure_entry(i64 %a, i64 %b) {{
  %r = call preserve_nonecc i64 @pressure(i64 %a, i64 %b)
  ret i64 %r
}}

attributes #1 = {{ "statepoint-id"="3" }}
"""


def test_register_pressure_mixes_register_and_spill_locations(jit):
    count = 14
    code = jit.compile(_pressure_ir(count), ["pressure_entry"])
    expected = [u64(1000 * (7 * i + 3) + 17) for i in range(count)]
    deopt = Deoptimizer(jit, lambda site, values: sum(values) % 1_000_003)
    entry = cfunc(code.addresses["pressure_entry"], ctypes.c_int64, ctypes.c_int64)
    assert entry(1000, 17) == sum(expected) % 1_000_003
    deopt.check()
    site, frame, locations, values = deopt.events[0]
    assert values == expected
    kinds = [loc.kind for loc in locations]
    assert LocationKind.REGISTER in kinds and LocationKind.INDIRECT in kinds
    # Only registers a C call preserves can hold values across the stub call.
    assert {loc.dwarf_reg for loc in locations if loc.kind == LocationKind.REGISTER} <= {
        3, 12, 13, 14, 15
    }


LOOP = PRELUDE + """
define preserve_nonecc i64 @sum_squares(i64 %n, i64 %limit) #0 {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %cont ]
  %acc = phi i64 [ 0, %entry ], [ %acc1, %cont ]
  %done = icmp sge i64 %i, %n
  br i1 %done, label %exit, label %body
body:
  %ok = icmp slt i64 %i, %limit
  br i1 %ok, label %cont, label %deopt, !prof !0
cont:
  %sq = mul i64 %i, %i
  %acc1 = add i64 %acc, %sq
  %i1 = add i64 %i, 1
  br label %loop
deopt:
  call void asm sideeffect "", "~{memory}"()
  %r = call i64 (...) @llvm.experimental.deoptimize.i64() #1 [ "deopt"(i64 %i, i64 %acc, i64 %n) ]
  ret i64 %r
exit:
  ret i64 %acc
}

define i64 @sum_squares_entry(i64 %n, i64 %limit) {
  %r = call preserve_nonecc i64 @sum_squares(i64 %n, i64 %limit)
  ret i64 %r
}

attributes #1 = { "statepoint-id"="40" }
"""


@pytest.mark.parametrize("limit", [0, 1, 37, 999])
def test_deopt_inside_a_loop_sees_the_live_counter(jit, limit):
    code = jit.compile(LOOP, ["sum_squares_entry"])

    def resume(site, values):
        i, acc, n = values
        assert i == limit
        assert acc == sum(k * k for k in range(limit))
        # "The interpreter" finishes the loop from the deopt point.
        return acc + sum(k * k for k in range(i, n))

    deopt = Deoptimizer(jit, resume)
    entry = cfunc(code.addresses["sum_squares_entry"], ctypes.c_int64, ctypes.c_int64)
    n = 1000
    assert entry(n, n + 1) == sum(k * k for k in range(n))  # no deopt
    assert entry(n, limit) == sum(k * k for k in range(n))
    deopt.check()
    assert len(deopt.events) == 1


NESTED = PRELUDE + """
define preserve_nonecc i64 @inner(i64 %x) #0 {
entry:
  %ok = icmp slt i64 %x, 100
  br i1 %ok, label %fast, label %deopt, !prof !0
fast:
  %y = add i64 %x, 1
  ret i64 %y
deopt:
  call void asm sideeffect "", "~{memory}"()
  %r = call i64 (...) @llvm.experimental.deoptimize.i64() #1 [ "deopt"(i64 %x) ]
  ret i64 %r
}

define preserve_nonecc i64 @outer(i64 %x, i64 %y) #0 {
entry:
  %a = mul i64 %y, 7
  %b = xor i64 %y, 12345
  %r = call preserve_nonecc i64 @inner(i64 %x)
  %ok = icmp slt i64 %r, 1000000
  br i1 %ok, label %fast, label %deopt, !prof !0
fast:
  %s = add i64 %r, %a
  %t = mul i64 %s, %y
  %u = add i64 %t, %b
  ret i64 %u
deopt:
  call void asm sideeffect "", "~{memory}"()
  %d = call i64 (...) @llvm.experimental.deoptimize.i64() #2 [ "deopt"(i64 %r, i64 %a, i64 %b, i64 %y) ]
  ret i64 %d
}

define i64 @outer_entry(i64 %x, i64 %y) {
  %r = call preserve_nonecc i64 @outer(i64 %x, i64 %y)
  ret i64 %r
}

attributes #1 = { "statepoint-id"="1" }
attributes #2 = { "statepoint-id"="2" }
"""


def _outer(x, y, inner_result):
    return (inner_result + 7 * y) * y + (y ^ 12345)


def test_deopt_in_a_callee_returns_to_the_optimized_caller(jit):
    code = jit.compile(NESTED, ["outer_entry"])

    def resume(site, values):
        if site.deopt_id == 1:
            (x,) = values
            # The frame above is @outer's: the stub returns there.
            caller = deopt.events[-1][1].caller_return_address
            outer_start = code.addresses["outer"]
            assert outer_start <= caller < outer_start + code.function_sizes["outer"]
            return x * 1000
        r, a, b, y = values
        assert (a, b) == (7 * y, y ^ 12345)
        return _outer(None, y, r) + 1  # marks that outer's deopt ran

    deopt = Deoptimizer(jit, resume)
    entry = cfunc(code.addresses["outer_entry"], ctypes.c_int64, ctypes.c_int64)
    assert entry(5, 3) == _outer(5, 3, 6)
    # inner deopts, outer continues in machine code with inner's result.
    assert entry(150, 9) == _outer(150, 9, 150_000)
    deopt.check()
    assert [e[0].deopt_id for e in deopt.events] == [1]
    # inner deopts, then outer's own guard fails on that result: two deopts
    # in two functions of one object.
    assert entry(5000, 4) == _outer(5000, 4, 5_000_000) + 1
    deopt.check()
    assert [e[0].deopt_id for e in deopt.events] == [1, 1, 2]
    assert deopt.events[1][0].function == "inner" and deopt.events[2][0].function == "outer"


def test_handler_reenters_compiled_code_that_deopts_again(jit):
    code = jit.compile(NESTED + """
define i64 @inner_entry(i64 %x) {
  %r = call preserve_nonecc i64 @inner(i64 %x)
  ret i64 %r
}
""", ["outer_entry", "inner_entry"])
    inner_entry = cfunc(code.addresses["inner_entry"], ctypes.c_int64)
    depth = []

    def resume(site, values):
        (x, *_) = values
        depth.append(x)
        if site.deopt_id == 1 and x >= 200:
            # Re-enter machine code from inside the handler; it deopts again
            # (nested handler activation) until x drops below 200.
            return inner_entry(x - 50) + 1
        return x if site.deopt_id == 1 else values[0]

    deopt = Deoptimizer(jit, resume)
    # inner(350) -> handler -> inner(300) -> handler -> inner(250) -> handler
    # -> inner(200) -> handler -> inner(150) -> handler returns 150.
    assert inner_entry(350) == 150 + 4
    deopt.check()
    assert depth == [350, 300, 250, 200, 150]
    outer_entry = cfunc(code.addresses["outer_entry"], ctypes.c_int64, ctypes.c_int64)
    assert outer_entry(250, 2) == _outer(250, 2, 150 + 2)
    deopt.check()


RECURSIVE = PRELUDE + """
define preserve_nonecc i64 @rec(i64 %n, i64 %depth) #0 {
entry:
  %base = icmp eq i64 %n, 0
  br i1 %base, label %deopt, label %step, !prof !0
step:
  %n1 = sub i64 %n, 1
  %d1 = add i64 %depth, 1
  %r = call preserve_nonecc i64 @rec(i64 %n1, i64 %d1)
  ; not associative: keeps LLVM from turning the recursion into a loop
  %s = sub i64 %r, %n
  ret i64 %s
deopt:
  call void asm sideeffect "", "~{memory}"()
  %d = call i64 (...) @llvm.experimental.deoptimize.i64() #1 [ "deopt"(i64 %depth) ]
  ret i64 %d
}

define i64 @rec_entry(i64 %n) {
  %r = call preserve_nonecc i64 @rec(i64 %n, i64 0)
  ret i64 %r
}

attributes #1 = { "statepoint-id"="9" }
"""


def test_a_thousand_deopts_at_depth_leave_the_stack_balanced(jit):
    code = jit.compile(RECURSIVE, ["rec_entry"])
    stack_pointers = set()

    def resume(site, values):
        (depth,) = values
        stack_pointers.add(deopt.events[-1][1].sp)
        return depth * 1_000

    deopt = Deoptimizer(jit, resume)
    rec_entry = cfunc(code.addresses["rec_entry"], ctypes.c_int64)
    n = 40
    expected = n * 1_000 - n * (n + 1) // 2
    for _ in range(1000):
        assert rec_entry(n) == expected
    deopt.check()
    assert len(deopt.events) == 1000
    # Same depth, same machine stack pointer every time: nothing leaked.
    assert len(stack_pointers) == 1
    # The frames above the deopt are really @rec's own (the recursion exists).
    frame = deopt.events[0][1]
    rec_start = code.addresses["rec"]
    assert rec_start <= frame.caller_return_address < rec_start + code.function_sizes["rec"]


def test_exception_in_handler_becomes_a_pending_exception(jit, capfd):
    code = jit.compile(NESTED, ["outer_entry"])
    errors = [ZeroDivisionError("the interpreter threw"), ValueError("second failure")]

    def resume(site, values):
        raise errors.pop(0)

    deopt = Deoptimizer(jit, resume)
    entry = cfunc(code.addresses["outer_entry"], ctypes.c_int64, ctypes.c_int64,
                  restype=ctypes.c_uint64)
    # inner's handler fails and returns the sentinel into machine code;
    # outer's guard rejects that huge value and deopts too, whose handler
    # fails again: the first exception is the one kept.
    assert entry(150, 1) == SENTINEL
    assert [event[0].deopt_id for event in deopt.events] == [1, 2]
    assert isinstance(deopt.callback.pending, ZeroDivisionError)
    with pytest.raises(ZeroDivisionError, match="interpreter threw"):
        deopt.check()
    assert deopt.callback.pending is None
    deopt.check()  # nothing pending any more
    # Nothing crossed the ctypes boundary: ctypes would have printed it.
    assert "Traceback" not in capfd.readouterr().err
    assert entry(5, 1) == _outer(5, 1, 6)  # machine code and handler still fine


def test_unconvertible_handler_result_is_caught_too(jit, capfd):
    """A handler returning something ctypes cannot convert would fail after
    the guard's try block; GuardedCallback checks the conversion inside."""
    code = jit.compile(NESTED, ["outer_entry"])
    callback = GuardedCallback(DEOPT_HANDLER_TYPE, lambda *args: None, SENTINEL)
    jit.set_deopt_handler(callback.address)
    entry = cfunc(code.addresses["outer_entry"], ctypes.c_int64, ctypes.c_int64,
                  restype=ctypes.c_uint64)
    assert entry(150, 1) == SENTINEL
    with pytest.raises(TypeError):
        callback.raise_pending()
    assert "Traceback" not in capfd.readouterr().err


def test_sentinel_propagates_through_optimized_callers(jit):
    """Contract 5's protocol in IR: each caller checks the sentinel after a
    call and returns it unchanged, up to the entry wrapper."""
    ir = NESTED.replace(
        "  %ok = icmp slt i64 %r, 1000000\n",
        f"  %failed = icmp eq i64 %r, {s64(SENTINEL)}\n"
        "  br i1 %failed, label %propagate, label %checked, !prof !0\n"
        "propagate:\n"
        "  ret i64 %r\n"
        "checked:\n"
        "  %ok = icmp slt i64 %r, 1000000\n",
    )
    code = jit.compile(ir, ["outer_entry"])

    def resume(site, values):
        raise RuntimeError("boom")

    deopt = Deoptimizer(jit, resume)
    entry = cfunc(code.addresses["outer_entry"], ctypes.c_int64, ctypes.c_int64,
                  restype=ctypes.c_uint64)
    assert entry(150, 3) == SENTINEL
    with pytest.raises(RuntimeError, match="boom"):
        deopt.check()


HEAP_WRITE = PRELUDE + f"""
@cell = global i64 0

define preserve_nonecc i64 @callee(i64 %x) #0 {{
entry:
  %ok = icmp slt i64 %x, 100
  br i1 %ok, label %fast, label %deopt, !prof !0
fast:
  ret i64 %x
deopt:
  {DEOPT_MEMORY_BARRIER}
  %r = call i64 (...) @llvm.experimental.deoptimize.i64() [ "deopt"(i64 %x) ]
  ret i64 %r
}}

define preserve_nonecc i64 @caller(i64 %x) #0 {{
  %before = load i64, ptr @cell
  %r = call preserve_nonecc i64 @callee(i64 %x)
  %after = load i64, ptr @cell
  %d = sub i64 %after, %before
  %s = add i64 %d, %r
  ret i64 %s
}}

define i64 @caller_entry(i64 %x) {{
  %r = call preserve_nonecc i64 @caller(i64 %x)
  ret i64 %r
}}
"""


def test_caller_sees_memory_written_while_deoptimized(jit):
    """The resumed interpreter may write the heap; optimized callers in the
    same module must reload after the call (the memory barrier's job)."""
    code = jit.compile(HEAP_WRITE, ["caller_entry", "cell"])
    cell = ctypes.c_int64.from_address(code.addresses["cell"])

    def resume(site, values):
        cell.value += 1000
        return values[0] * 2

    deopt = Deoptimizer(jit, resume)
    entry = cfunc(code.addresses["caller_entry"], ctypes.c_int64)
    cell.value = 5
    assert entry(7) == 7
    assert entry(300) == 1000 + 600
    deopt.check()
    assert cell.value == 1005


# The stub's save area, checked register by register: a hand-written
# function sets every GPR (but %rsp/%rbp) and every xmm register to a known
# pattern and calls __llvm_deoptimize directly.
CLOBBER_ASM = [
    ".text", ".globl clobber_all", ".p2align 4", ".type clobber_all,@function",
    "clobber_all:", "pushq %rbp", "movq %rsp, %rbp",
    *[
        line
        for k in range(16)
        for line in (
            f"movabsq ${0xC3C3_0000_0000_0000 | k:#x}, %rax", "pushq %rax",
            f"movabsq ${0x5A5A_0000_0000_0000 | k:#x}, %rax", "pushq %rax",
            f"movdqu (%rsp), %xmm{k}", "addq $16, %rsp",
        )
    ],
    *[
        f"movabsq ${0xA5A5_0000_0000_0000 | (n << 8) | n:#x}, %{name}"
        for n, name in enumerate(
            ["rax", "rdx", "rcx", "rbx", "rsi", "rdi", None, None,
             "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"]
        )
        if name
    ],
    "callq __llvm_deoptimize",
    ".size clobber_all, .-clobber_all",
]


def test_stub_saves_every_register_in_dwarf_order(jit):
    ir = "\n".join(f'module asm "\\09{line}"' for line in CLOBBER_ASM) + """
declare preserve_nonecc i64 @clobber_all()
define i64 @clobber_entry() {
  %r = call preserve_nonecc i64 @clobber_all()
  ret i64 %r
}
"""
    code = jit.compile(ir, ["clobber_entry", "clobber_all"])
    frames = []

    def handler(return_address, sp, rbp, save_area):
        frames.append(FrameDescription.from_save_area(return_address, sp, rbp, save_area))
        return 4242

    callback = GuardedCallback(DEOPT_HANDLER_TYPE, handler, SENTINEL)
    jit.set_deopt_handler(callback.address)
    assert cfunc(code.addresses["clobber_entry"])() == 4242
    callback.raise_pending()
    (frame,) = frames
    start = code.addresses["clobber_all"]
    assert frame.return_address == start + code.function_sizes["clobber_all"]
    assert frame.sp == frame.rbp  # push %rbp; mov %rsp, %rbp; call
    for n in range(16):
        if n in (6, 7):
            continue
        assert frame.register(n) == 0xA5A5_0000_0000_0000 | (n << 8) | n, n
    for k in range(16):
        assert frame.register(17 + k, 16) == (
            (0xC3C3_0000_0000_0000 | k) << 64 | 0x5A5A_0000_0000_0000 | k
        ), k
    # What the stub stored for %rsp and %rbp agrees with its arguments.
    assert frame.caller_return_address > 0


def test_missing_handler_traps_instead_of_jumping_to_null(tmp_path):
    script = tmp_path / "no_handler.py"
    script.write_text(textwrap.dedent(f"""
        import ctypes, sys
        sys.path.insert(0, {str(Path(__file__).resolve().parents[2])!r})
        from llvm_tier.jit import JIT
        jit = JIT()
        code = jit.compile({NESTED!r}, ["outer_entry"])
        f = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_int64, ctypes.c_int64)(
            code.addresses["outer_entry"])
        print(f(5, 3), flush=True)
        f(500, 3)
        print("not reached", flush=True)
    """))
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=120)
    assert proc.stdout.strip() == str(_outer(5, 3, 6))
    assert proc.returncode == -4  # SIGILL from ud2


def test_stub_module_is_plain_ir_with_the_handler_slot():
    ir = stub_module_ir()
    assert "@__bailout_deopt_handler = global ptr null" in ir
    assert 'module asm "__llvm_deoptimize:"' in ir
