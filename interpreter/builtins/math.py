"""The Math object: its functions, constants and a seeded Math.random.

Place in the pipeline: a built-in library module; bootstrap.py installs its
table. The functions take JS values (ToNumber on every argument,
as the spec does, so valueOf side effects happen in order) and return floats.
The transcendental functions go through ieee754.py, which reproduces the
fdlibm algorithms V8 uses, so results agree with node to the last bit; the
C library's versions differ in the last place for a few percent of inputs.

`isolate.math_functions` names the function objects of floor, sqrt, abs, min
and max: the optimizing tier recognizes calls to exactly these objects and
lowers them to LLVM intrinsics.

Math.random is xorshift128+ (Vigna's generator, the same family V8 uses),
with the two 64-bit state words filled from the seed by splitmix64. The seed
is `isolate.flags.random_seed` (`bailout run --random-seed N`), so a seeded
run is reproducible; without one it comes from the clock. The generator is the
isolate's (`isolate.random_generator`). The sequence is not
V8's (V8 seeds and caches differently), only its distribution is the same:
a double uniform in [0, 1) with 53 random bits.
"""
from __future__ import annotations

import math
import struct
import time
from functools import partial

from interpreter.numbers import ieee754
from .support import Constant, Method, Namespace
from interpreter.numbers.numconv import to_int32, to_uint32

NAN = float("nan")
INF = float("inf")
MASK64 = (1 << 64) - 1
_FLOAT32 = struct.Struct("f")
# The functions the optimizing tier lowers to LLVM intrinsics when it sees calls to them.
OPTIMIZED_FUNCTIONS = ("floor", "sqrt", "abs", "min", "max")


class XorShift128Plus:
    """xorshift128+ (shifts 23, 17, 26); the top 53 bits of the sum make the double."""

    def __init__(self, seed: int):
        # splitmix64 spreads any seed (even 0) over both state words; an all-zero state
        # would make xorshift return zeros forever.
        x = seed & MASK64
        words = []
        for _ in range(2):
            x = (x + 0x9E3779B97F4A7C15) & MASK64
            z = x
            z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
            z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
            words.append(z ^ (z >> 31))
        self.s0, self.s1 = words
        if not (self.s0 | self.s1):
            self.s1 = 1

    def next_double(self) -> float:
        s1, s0 = self.s0, self.s1
        self.s0 = s0
        s1 ^= (s1 << 23) & MASK64
        self.s1 = s1 ^ s0 ^ (s1 >> 17) ^ (s0 >> 26)
        return (((self.s1 + s0) & MASK64) >> 11) * (1.0 / (1 << 53))


def init(isolate) -> None:
    seed = getattr(isolate.flags, "random_seed", None)
    isolate.random_generator = XorShift128Plus(int(seed) if seed is not None else time.time_ns())


def register_math_functions(isolate, math_obj: int) -> None:
    isolate.math_functions = {name: isolate.objects.get_own(math_obj, name) for name in OPTIMIZED_FUNCTIONS}


def num(isolate, args, i=0) -> float:
    """Argument i as a number (ToNumber), NaN when absent."""
    if i < len(args):
        v = args[i]
        return v if type(v) is float else isolate.runtime.to_number(v)
    return NAN


def unary(isolate, this, args, *, op):
    """A Math function of one number: op gets a float, returns a float."""
    return op(num(isolate, args))


def math_floor(isolate, this, args):
    x = num(isolate, args)
    if x != x or math.isinf(x) or x == 0.0:
        return x
    return float(math.floor(x))


def math_ceil(isolate, this, args):
    x = num(isolate, args)
    if x != x or math.isinf(x) or x == 0.0:
        return x
    r = float(math.ceil(x))
    return -0.0 if r == 0.0 and x < 0 else r   # Math.ceil(-0.5) is -0


def math_round(isolate, this, args):
    x = num(isolate, args)
    if x != x or math.isinf(x) or x == 0.0:
        return x
    r = float(math.floor(x))
    if x - r >= 0.5:        # exact: x and floor(x) are within 2^52 of each other here
        r += 1.0
    return -0.0 if r == 0.0 and x < 0 else r   # Math.round(-0.4) is -0


def math_trunc(isolate, this, args):
    x = num(isolate, args)
    if x != x or math.isinf(x) or x == 0.0:
        return x
    r = float(math.trunc(x))
    return -0.0 if r == 0.0 and x < 0 else r


def math_sign(isolate, this, args):
    x = num(isolate, args)
    if x != x or x == 0.0:
        return x
    return 1.0 if x > 0 else -1.0


def math_abs(isolate, this, args):
    return abs(num(isolate, args))


def math_sqrt(isolate, this, args):
    x = num(isolate, args)
    return math.sqrt(x) if x >= 0.0 or x != x else NAN


def math_min(isolate, this, args):
    # Every argument is converted before any comparison (valueOf order), and NaN wins.
    xs = [num(isolate, args, i) for i in range(len(args))]
    result = INF
    for x in xs:
        if x != x:
            return NAN
        if x < result or (x == 0.0 and result == 0.0 and math.copysign(1.0, x) < 0):
            result = x
    return result


def math_max(isolate, this, args):
    xs = [num(isolate, args, i) for i in range(len(args))]
    result = -INF
    for x in xs:
        if x != x:
            return NAN
        if x > result or (x == 0.0 and result == 0.0 and math.copysign(1.0, x) > 0):
            result = x
    return result


def math_pow(isolate, this, args):
    return ieee754.pow(num(isolate, args, 0), num(isolate, args, 1))


def math_atan2(isolate, this, args):
    return ieee754.atan2(num(isolate, args, 0), num(isolate, args, 1))


def math_hypot(isolate, this, args):
    # V8's algorithm: Infinity beats NaN; otherwise scale by the largest magnitude and
    # add the squares with Kahan compensation (a plain sum differs in the last bit).
    xs = [abs(num(isolate, args, i)) for i in range(len(args))]
    if any(math.isinf(x) for x in xs):
        return INF
    if any(x != x for x in xs):
        return NAN
    top = max(xs, default=0.0)
    if top == 0.0:
        return 0.0
    total = 0.0
    compensation = 0.0
    for x in xs:
        n = x / top
        summand = n * n - compensation
        preliminary = total + summand
        compensation = (preliminary - total) - summand
        total = preliminary
    return math.sqrt(total) * top


def math_clz32(isolate, this, args):
    n = to_uint32(num(isolate, args))
    return float(32 - n.bit_length())


def math_imul(isolate, this, args):
    a = to_int32(num(isolate, args, 0))
    b = to_int32(num(isolate, args, 1))
    return float(to_int32(float((a * b) & 0xFFFF_FFFF)))


def math_fround(isolate, this, args):
    x = num(isolate, args)
    if x != x or math.isinf(x):
        return x
    try:
        return _FLOAT32.unpack(_FLOAT32.pack(x))[0]
    except OverflowError:
        # Beyond the float range: the nearest float is +-Infinity (FLT_MAX rounds up).
        return math.copysign(INF, x)


def math_random(isolate, this, args):
    return isolate.random_generator.next_double()


MATH = Namespace("Math", (
    Method("abs", 1, math_abs),
    Method("acos", 1, partial(unary, op=ieee754.acos)),
    Method("acosh", 1, partial(unary, op=ieee754.acosh)),
    Method("asin", 1, partial(unary, op=ieee754.asin)),
    Method("asinh", 1, partial(unary, op=ieee754.asinh)),
    Method("atan", 1, partial(unary, op=ieee754.atan)),
    Method("atanh", 1, partial(unary, op=ieee754.atanh)),
    Method("atan2", 2, math_atan2),
    Method("ceil", 1, math_ceil),
    Method("cbrt", 1, partial(unary, op=ieee754.cbrt)),
    Method("expm1", 1, partial(unary, op=ieee754.expm1)),
    Method("clz32", 1, math_clz32),
    Method("cos", 1, partial(unary, op=ieee754.cos)),
    Method("cosh", 1, partial(unary, op=ieee754.cosh)),
    Method("exp", 1, partial(unary, op=ieee754.exp)),
    Method("floor", 1, math_floor),
    Method("fround", 1, math_fround),
    Method("hypot", 2, math_hypot),
    Method("imul", 2, math_imul),
    Method("log", 1, partial(unary, op=ieee754.log)),
    Method("log1p", 1, partial(unary, op=ieee754.log1p)),
    Method("log2", 1, partial(unary, op=ieee754.log2)),
    Method("log10", 1, partial(unary, op=ieee754.log10)),
    Method("max", 2, math_max),
    Method("min", 2, math_min),
    Method("pow", 2, math_pow),
    Method("random", 0, math_random),
    Method("round", 1, math_round),
    Method("sign", 1, math_sign),
    Method("sin", 1, partial(unary, op=ieee754.sin)),
    Method("sinh", 1, partial(unary, op=ieee754.sinh)),
    Method("sqrt", 1, math_sqrt),
    Method("tan", 1, partial(unary, op=ieee754.tan)),
    Method("tanh", 1, partial(unary, op=ieee754.tanh)),
    Method("trunc", 1, math_trunc),
    Constant("E", math.e),
    Constant("LN10", math.log(10.0)),
    Constant("LN2", math.log(2.0)),
    Constant("LOG10E", 0.4342944819032518),
    Constant("LOG2E", 1.4426950408889634),
    Constant("PI", math.pi),
    Constant("SQRT1_2", math.sqrt(0.5)),
    Constant("SQRT2", math.sqrt(2.0)),
), tag="Math", setup=register_math_functions)
