"""Tests for llvm_tier.jit: compiling hand-written IR, placing stack map
records in memory, runtime symbols, the deopt ABI check, and unloading."""

import ctypes
import subprocess

import pytest

from deopt.machine_frame import deopt_locations
from deopt.stub import DEOPT_HANDLER_TYPE, DEOPTIMIZE_SYMBOL
from llvm_tier.jit import JIT, CompiledObject, JITError
from stackmaps.parser import LocationKind

I64_BINARY = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_int64, ctypes.c_int64)
I64_UNARY = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_int64)

PRELUDE = """
declare i64 @llvm.experimental.deoptimize.i64(...)
attributes #0 = { "frame-pointer"="all" noinline }
!0 = !{!"branch_weights", i32 1000, i32 1}
"""

# Two optimized functions with deopt sites (three records) plus an entry
# wrapper without any: exercises mapping function records to symbols.
TWO_FUNCTIONS = PRELUDE + """
define preserve_nonecc i64 @first(i64 %a, i64 %b) #0 {
entry:
  %ok = icmp slt i64 %a, 100
  br i1 %ok, label %more, label %deopt1, !prof !0
more:
  %ok2 = icmp slt i64 %b, 100
  br i1 %ok2, label %fast, label %deopt2, !prof !0
fast:
  %s = add i64 %a, %b
  ret i64 %s
deopt1:
  call void asm sideeffect "", "~{memory}"()
  %r1 = call i64 (...) @llvm.experimental.deoptimize.i64() #1 [ "deopt"(i64 %a) ]
  ret i64 %r1
deopt2:
  call void asm sideeffect "", "~{memory}"()
  %r2 = call i64 (...) @llvm.experimental.deoptimize.i64() #2 [ "deopt"(i64 %a, i64 %b) ]
  ret i64 %r2
}

define preserve_nonecc i64 @second(i64 %x) #0 {
entry:
  %ok = icmp sgt i64 %x, 0
  br i1 %ok, label %fast, label %deopt, !prof !0
fast:
  %y = mul i64 %x, 5
  ret i64 %y
deopt:
  call void asm sideeffect "", "~{memory}"()
  %r = call i64 (...) @llvm.experimental.deoptimize.i64() #3 [ "deopt"(i64 %x) ]
  ret i64 %r
}

define i64 @first_entry(i64 %a, i64 %b) {
  %r = call preserve_nonecc i64 @first(i64 %a, i64 %b)
  ret i64 %r
}

define i64 @second_entry(i64 %x) {
  %r = call preserve_nonecc i64 @second(i64 %x)
  ret i64 %r
}

attributes #1 = { "statepoint-id"="11" }
attributes #2 = { "statepoint-id"="12" }
attributes #3 = { "statepoint-id"="21" }
"""

PLAIN = """
define i64 @plain(i64 %a, i64 %b) {
  %s = mul i64 %a, %b
  %t = add i64 %s, 1
  ret i64 %t
}
"""


@pytest.fixture
def jit():
    engine = JIT()
    yield engine
    engine.close()


@pytest.fixture
def o2_jit():
    """A JIT running LLVM's default -O2 pipeline (inliner, attribute inference), which the deopt
    ABI check must guard against; the tier's own pipeline has neither."""
    engine = JIT(passes=None)
    yield engine
    engine.close()


def test_compile_without_deopt_sites_gives_empty_stackmap(jit):
    code = jit.compile(PLAIN, ["plain"])
    assert isinstance(code, CompiledObject)
    assert I64_BINARY(code.addresses["plain"])(6, 7) == 43
    assert code.stackmap.functions == () and code.call_sites == {}
    assert code.ir == PLAIN
    assert "define i64 @plain" in code.optimized_ir
    assert code.object_bytes[:4] == b"\x7fELF"


def test_records_are_mapped_to_their_functions_and_placed_in_memory(jit):
    code = jit.compile(TWO_FUNCTIONS, ["first_entry", "second_entry"])
    # Functions owning deopt sites are exported even when not asked for.
    assert code.stackmap_functions == ("first", "second")
    assert {"first", "second", "first_entry", "second_entry"} <= set(code.addresses)
    by_id = {site.deopt_id: site for site in code.call_sites.values()}
    assert set(by_id) == {11, 12, 21}
    assert by_id[11].function == by_id[12].function == "first"
    assert by_id[21].function == "second"
    for site in code.call_sites.values():
        assert site.function_address == code.addresses[site.function]
        assert site.return_address == site.function_address + site.record.instruction_offset
        # The return address follows a 5-byte `call rel32` (0xE8) to the stub.
        assert ctypes.string_at(site.return_address - 5, 1) == b"\xe8"
        assert code.contains(site.return_address - 1)
        assert jit.call_site_at(site.return_address) is site
    assert [len(deopt_locations(by_id[i].record)) for i in (11, 12, 21)] == [1, 2, 1]
    # And they really are the return addresses the stub reports.
    seen = []

    def handler(return_address, sp, rbp, save_area):
        seen.append(jit.call_site_at(return_address).deopt_id)
        return 1000 + len(seen)

    callback = DEOPT_HANDLER_TYPE(handler)
    jit.set_deopt_handler(ctypes.cast(callback, ctypes.c_void_p).value)
    first = I64_BINARY(code.addresses["first_entry"])
    second = I64_UNARY(code.addresses["second_entry"])
    assert first(1, 2) == 3 and second(4) == 20
    assert first(500, 2) == 1001
    assert first(5, 200) == 1002
    assert second(-1) == 1003
    assert seen == [11, 12, 21]


def test_assembly_dump_and_timings(jit):
    code = jit.compile(TWO_FUNCTIONS, ["first_entry"])
    asm = code.assembly()
    assert "first:" in asm and "__llvm_deoptimize" in asm
    assert ".llvm_stackmaps" in asm
    t = code.timings
    assert t.parse_verify > 0 and t.optimize > 0 and t.codegen > 0 and t.link > 0
    assert t.total == pytest.approx(t.parse_verify + t.optimize + t.codegen + t.link)
    # The fine phases add up to the coarse ones, in pipeline order.
    phases = t.phases()
    assert list(phases) == list(t.PHASES) and all(s >= 0 for s in phases.values())
    assert sum(phases.values()) == pytest.approx(t.total)
    # Generous bound: a two-function module takes tens of milliseconds here.
    assert t.total < 5.0


def test_runtime_symbols_are_per_jit_and_callable_from_ir(jit):
    calls = []
    runtime_type = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_int64)

    def runtime_square(x):
        calls.append(x)
        return x * x

    callback = runtime_type(runtime_square)
    ir = """
declare i64 @bailout_rt_square(i64)
define i64 @use_rt(i64 %x) {
  %sq = call i64 @bailout_rt_square(i64 %x)
  %r = add i64 %sq, 1
  ret i64 %r
}
"""
    with pytest.raises(JITError, match="bailout_rt_square"):
        jit.compile(ir, ["use_rt"])
    jit.define_runtime_symbol("bailout_rt_square", ctypes.cast(callback, ctypes.c_void_p).value)
    code = jit.compile(ir, ["use_rt"])
    assert I64_UNARY(code.addresses["use_rt"])(12) == 145
    assert calls == [12]
    # Another JIT has its own table: the symbol is unknown there.
    other = JIT()
    try:
        with pytest.raises(JITError, match="bailout_rt_square"):
            other.compile(ir, ["use_rt"])
    finally:
        other.close()


def test_libc_is_reachable(jit):
    ir = """
declare i64 @labs(i64)
define i64 @abs_plus(i64 %x) {
  %a = call i64 @labs(i64 %x)
  %r = add i64 %a, 2
  ret i64 %r
}
"""
    code = jit.compile(ir, ["abs_plus"])
    assert I64_UNARY(code.addresses["abs_plus"])(-40) == 42


def test_invalid_ir_is_reported(jit):
    with pytest.raises(JITError, match="invalid LLVM IR"):
        jit.compile("define i64 @broken( {", ["broken"])
    with pytest.raises(JITError, match="invalid LLVM IR"):
        jit.compile("define i64 @f() {\n  ret i32 0\n}\n", ["f"])


def test_unknown_export_is_reported(jit):
    with pytest.raises(JITError, match="not defined by the module: nope"):
        jit.compile(PLAIN, ["plain", "nope"])


def test_each_jit_calls_its_own_deopt_handler():
    engines = [JIT(), JIT()]
    try:
        callbacks = []
        entries = []
        for tag, engine in enumerate(engines):
            def handler(return_address, sp, rbp, save_area, tag=tag, engine=engine):
                return (tag + 1) * 1000 + engine.call_site_at(return_address).deopt_id

            callbacks.append(DEOPT_HANDLER_TYPE(handler))
            engine.set_deopt_handler(ctypes.cast(callbacks[-1], ctypes.c_void_p).value)
            code = engine.compile(TWO_FUNCTIONS, ["second_entry"])
            entries.append(I64_UNARY(code.addresses["second_entry"]))
        assert engines[0].deoptimize_address != engines[1].deoptimize_address
        assert [entry(-1) for entry in entries] == [1021, 2021]
    finally:
        for engine in engines:
            engine.close()


def test_deopt_in_c_convention_function_is_refused(jit):
    ir = PRELUDE + """
define i64 @c_conv(i64 %a) #0 {
entry:
  %ok = icmp slt i64 %a, 100
  br i1 %ok, label %fast, label %deopt, !prof !0
fast:
  ret i64 %a
deopt:
  call void asm sideeffect "", "~{memory}"()
  %r = call i64 (...) @llvm.experimental.deoptimize.i64() [ "deopt"(i64 %a) ]
  ret i64 %r
}
"""
    with pytest.raises(JITError, match="@c_conv .*not preserve_nonecc"):
        jit.compile(ir, ["c_conv"])


def test_deopt_without_frame_pointer_is_refused(jit):
    ir = PRELUDE + """
define preserve_nonecc i64 @nofp(i64 %a) noinline {
entry:
  %ok = icmp slt i64 %a, 100
  br i1 %ok, label %fast, label %deopt, !prof !0
fast:
  ret i64 %a
deopt:
  call void asm sideeffect "", "~{memory}"()
  %r = call i64 (...) @llvm.experimental.deoptimize.i64() [ "deopt"(i64 %a) ]
  ret i64 %r
}
"""
    with pytest.raises(JITError, match="frame-pointer"):
        jit.compile(ir, ["nofp"])


def test_optimized_function_inlined_into_wrapper_is_refused(o2_jit):
    # Without noinline, LLVM inlines the deopting function into the
    # C-convention wrapper, whose callee-saved registers the stub would
    # then fail to restore.
    ir = """
declare i64 @llvm.experimental.deoptimize.i64(...)
define preserve_nonecc i64 @inl(i64 %a) #0 {
entry:
  %ok = icmp slt i64 %a, 100
  br i1 %ok, label %fast, label %deopt
fast:
  ret i64 %a
deopt:
  call void asm sideeffect "", "~{memory}"()
  %r = call i64 (...) @llvm.experimental.deoptimize.i64() [ "deopt"(i64 %a) ]
  ret i64 %r
}
define i64 @inl_entry(i64 %a) {
  %r = call preserve_nonecc i64 @inl(i64 %a)
  ret i64 %r
}
attributes #0 = { "frame-pointer"="all" }
"""
    with pytest.raises(JITError, match="@inl_entry"):
        o2_jit.compile(ir, ["inl_entry"])


def test_deopt_without_memory_barrier_is_refused(o2_jit):
    # A pure function whose deopt block lacks the barrier gets LLVM's
    # memory(read, ...) inference, which callers would exploit.
    ir = PRELUDE + """
define preserve_nonecc i64 @pure(i64 %a) #0 {
entry:
  %ok = icmp slt i64 %a, 100
  br i1 %ok, label %fast, label %deopt, !prof !0
fast:
  ret i64 %a
deopt:
  %r = call i64 (...) @llvm.experimental.deoptimize.i64() [ "deopt"(i64 %a) ]
  ret i64 %r
}
"""
    with pytest.raises(JITError, match=r"@pure .*memory\(read.*DEOPT_MEMORY_BARRIER"):
        o2_jit.compile(ir, ["pure"])


def test_local_function_with_deopt_sites_is_refused(jit):
    ir = PRELUDE + """
define internal preserve_nonecc i64 @hidden(i64 %a) #0 {
entry:
  %ok = icmp slt i64 %a, 100
  br i1 %ok, label %fast, label %deopt, !prof !0
fast:
  ret i64 %a
deopt:
  call void asm sideeffect "", "~{memory}"()
  %r = call i64 (...) @llvm.experimental.deoptimize.i64() [ "deopt"(i64 %a) ]
  ret i64 %r
}
define i64 @hidden_entry(i64 %a) {
  %r = call preserve_nonecc i64 @hidden(i64 %a)
  ret i64 %r
}
"""
    with pytest.raises(JITError, match="hidden.*external linkage"):
        jit.compile(ir, ["hidden_entry"])


def _is_mapped(address):
    with open("/proc/self/maps") as maps:
        for line in maps:
            low, high = (int(part, 16) for part in line.split()[0].split("-"))
            if low <= address < high:
                return True
    return False


def test_release_unloads_code_and_forgets_call_sites(jit):
    code = jit.compile(TWO_FUNCTIONS, ["first_entry"])
    entry = code.addresses["first_entry"]
    sites = list(code.call_sites)
    assert I64_BINARY(entry)(1, 2) == 3
    assert _is_mapped(entry)
    code.release()
    assert code.released and not jit.live_objects
    assert all(jit.call_site_at(address) is None for address in sites)
    assert not _is_mapped(entry)
    with pytest.raises(JITError, match="released"):
        code.address_of("first_entry")
    code.release()  # idempotent
    # Same symbol names again, in a fresh library of the same JIT.
    again = jit.compile(TWO_FUNCTIONS, ["first_entry"])
    assert I64_BINARY(again.addresses["first_entry"])(3, 4) == 7
    assert jit.live_objects == (again,)


def test_many_compile_release_cycles(jit):
    for round_ in range(40):
        code = jit.compile(PLAIN, ["plain"])
        assert I64_BINARY(code.addresses["plain"])(round_, 2) == 2 * round_ + 1
        code.release()
    assert not jit.live_objects


def test_compiled_object_at_finds_code_by_pc(jit):
    code = jit.compile(TWO_FUNCTIONS, ["first_entry", "second_entry"])
    for site in code.call_sites.values():
        assert jit.compiled_object_at(site.return_address - 1) is code
    assert jit.compiled_object_at(1) is None


def test_closed_jit_refuses_work():
    engine = JIT()
    code = engine.compile(PLAIN, ["plain"])
    engine.close()
    assert code.released
    with pytest.raises(JITError, match="closed"):
        engine.compile(PLAIN, ["plain"])
    engine.close()


@pytest.mark.parametrize("use_jitlink", [True, False], ids=["jitlink", "rtdyld"])
def test_deopt_through_both_linkers(use_jitlink):
    engine = JIT(use_jitlink=use_jitlink)
    try:
        code = engine.compile(TWO_FUNCTIONS, ["second_entry"])
        assert engine.deoptimize_address  # the stub is loaded

        def handler(return_address, sp, rbp, save_area):
            site = engine.call_site_at(return_address)
            return -7 if site is None else site.deopt_id * 100

        callback = DEOPT_HANDLER_TYPE(handler)
        engine.set_deopt_handler(ctypes.cast(callback, ctypes.c_void_p).value)
        second = I64_UNARY(code.addresses["second_entry"])
        assert second(3) == 15
        assert second(-3) == 2100
    finally:
        engine.close()


def test_register_deopt_values_option_changes_locations():
    ir = PRELUDE + """
define preserve_nonecc i64 @g(i64 %a, i64 %b) #0 {
entry:
  %x = mul i64 %a, 3
  %y = mul i64 %b, 5
  %ok = icmp slt i64 %a, 100
  br i1 %ok, label %fast, label %deopt, !prof !0
fast:
  ret i64 %x
deopt:
  call void asm sideeffect "", "~{memory}"()
  %r = call i64 (...) @llvm.experimental.deoptimize.i64() [ "deopt"(i64 %a, i64 %b, i64 %x, i64 %y) ]
  ret i64 %r
}
"""
    kinds = {}
    for enabled in (True, False):
        engine = JIT(register_deopt_values=enabled)
        try:
            record = engine.compile(ir, ["g"]).stackmap.records[0]
            kinds[enabled] = {loc.kind for loc in deopt_locations(record)}
        finally:
            engine.close()
    assert LocationKind.REGISTER in kinds[True]
    assert kinds[False] == {LocationKind.INDIRECT}


def test_stub_symbol_is_defined_once_per_jit(jit):
    # Objects link against the runtime library instead of carrying the stub.
    code = jit.compile(TWO_FUNCTIONS, ["first_entry"])
    assert f"{DEOPTIMIZE_SYMBOL}:" not in code.assembly()


def test_matches_llvm_readobj(jit, tmp_path):
    """The object we load is the one whose stack map llvm-readobj prints."""
    code = jit.compile(TWO_FUNCTIONS, ["first_entry"])
    path = tmp_path / "two.o"
    path.write_bytes(code.object_bytes)
    try:
        out = subprocess.run(
            ["llvm-readobj", "--stackmap", "-r", str(path)],
            capture_output=True, text=True, check=True,
        ).stdout
    except FileNotFoundError:
        pytest.skip("llvm-readobj not installed")
    for site in code.call_sites.values():
        assert (
            f"Record ID: {site.deopt_id}, instruction offset: "
            f"{site.record.instruction_offset}" in out
        )
    relocated = [
        line.split()[2] for line in out.split(".rela.llvm_stackmaps", 1)[1].splitlines()
        if "R_X86_64_64" in line
    ]
    assert relocated == list(code.stackmap_functions)


# The lowering's shape in small: a value kept in an alloca per register, boxed by an
# always-inline helper, checked twice on a path that writes nothing in between.
SLOTS_AND_HELPER = PRELUDE + """
define internal i64 @box_i32(i32 %x) alwaysinline {
  %z = zext i32 %x to i64
  %r = or i64 %z, -1970324836974592
  ret i64 %r
}
define i64 @slots(ptr %p, i32 %x) {
entry:
  %slot = alloca i32
  store i32 %x, ptr %slot
  %m1 = load i64, ptr %p
  %c1 = icmp eq i64 %m1, 357
  br i1 %c1, label %again, label %bad
again:
  %m2 = load i64, ptr %p
  %c2 = icmp eq i64 %m2, 357
  br i1 %c2, label %good, label %bad
good:
  %v = load i32, ptr %slot
  %b = call i64 @box_i32(i32 %v)
  ret i64 %b
bad:
  ret i64 0
}
"""


def test_the_pipeline_promotes_slots_inlines_helpers_and_drops_redundant_checks(jit):
    code = jit.compile(SLOTS_AND_HELPER, ["slots"])
    body = code.optimized_ir
    assert "alloca" not in body                  # SROA
    assert "@box_i32" not in body                # always-inline, then globaldce
    assert body.count("icmp eq i64") == 1        # NewGVN: the second load and compare folded away
    word = ctypes.c_uint64(357)
    fn = ctypes.CFUNCTYPE(ctypes.c_uint64, ctypes.c_void_p, ctypes.c_int32)(code.addresses["slots"])
    assert fn(ctypes.addressof(word), 7) == (7 | 0xFFF9000000000000)
    word.value = 1
    assert fn(ctypes.addressof(word), 7) == 0


def test_a_pipeline_names_known_passes():
    with pytest.raises(ValueError, match="unknown passes: licm"):
        JIT(passes=("sroa", "licm"))
