"""BigInts through the tier: code that speculated on numbers meets a BigInt and deopts, and
BigInts live in optimized frames are read back out of the machine frame by their tagged bits.

A BigInt is a tagged word (tag 0xFFFD, an index into the heap's BigInt table), so the tier
never unboxes one: arithmetic on it goes through the generic runtime entries, and a number
guard that meets one fails like it would for a string.
"""
from __future__ import annotations

import contextlib
import io

import cli
from interpreter.isolate import Isolate
from interpreter.bytecodes import Bytecode as B
from interpreter.objects.values import BIGINT_TAG, BigInt
from llvm_tier.tierup import install_tier

THRESHOLD = 50


def run(source: str):
    out: list[str] = []
    iso = Isolate(write=out.append)
    tier = install_tier(iso, threshold=THRESHOLD)
    with contextlib.redirect_stderr(io.StringIO()):
        cli.run_in_big_stack(lambda: iso.run(source))
    return "".join(out), tier


def test_int32_speculation_meets_bigints():
    out, tier = run("""
        function add(a, b) { return a + b; }
        let s = 0;
        for (let i = 0; i < 200; i++) s = add(s, i);
        console.log(s, add(2n ** 64n, 1n), add(-3n, 1n));
    """)
    assert out == "19900 18446744073709551617n -2n\n"
    events = [e for e in tier.deoptimizer.events if e.function_name == "add"]
    assert events and events[0].reason == "not an int32"
    frame = events[0].frame
    # a and b came out of the machine frame as tagged BigInt words (the frame resumes at the
    # function's first bytecode: the guard's checkpoint, nothing happened before it)
    assert frame.bytecode_offset == 0
    a, b = frame.registers[2], frame.registers[3]
    assert a.value == BigInt(2 ** 64) and b.value == BigInt(1)
    for v in (a, b):
        assert v.source.kind == "operand" and v.raw >> 48 == BIGINT_TAG


def test_bigint_live_across_a_failing_map_guard():
    """y = b * 3n is computed by optimized code (through the runtime) and is live when the
    map guard of o.x fails: the deoptimizer reads it from the frame, the interpreter uses it."""
    out, tier = run("""
        function f(o, b) { const y = b * 3n; return o.x + Number(y); }
        const o1 = { x: 1 }, o2 = { y: 2, x: 5 };
        let t = 0;
        for (let i = 0; i < 200; i++) t += f(o1, 2n);
        console.log(t, f(o2, 7n));
    """)
    assert out == "1400 26\n"
    [event] = [e for e in tier.deoptimizer.events if e.function_name == "f"]
    assert event.reason == "wrong map"
    # the multiplication (a runtime call) is the last side effect before the guard: the frame
    # resumes right after it, y still in the accumulator
    sfi = tier.isolate.shared_of(event.frame.function)
    assert sfi.code[event.bytecode_offset - 1][0] == B.Mul
    y = event.frame.accumulator
    assert y.value == BigInt(21) and y.source.kind == "operand" and y.raw >> 48 == BIGINT_TAG


def test_bigint_arithmetic_stays_optimized():
    """A function only ever fed BigInts has "other" feedback: the generic path, no deopts."""
    out, tier = run("""
        function fact(n) { let r = 1n; for (let i = 2n; i <= n; i++) r *= i; return r; }
        let last;
        for (let i = 0; i < 200; i++) last = fact(25n);
        console.log(last, fact(30n) === 265252859812191058636308480000000n);
    """)
    assert out == "15511210043330985984000000n true\n"
    assert any(c.sfi.name == "fact" for c in tier.history)
    assert not [e for e in tier.deoptimizer.events if e.function_name == "fact"]
