"""The Math object: its functions, constants and a seeded Math.random.

Place in the pipeline: a built-in library module, installed by
builtins.install. The functions take JS values (ToNumber on every argument,
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
run is reproducible; without one it comes from the clock. The sequence is not
V8's (V8 seeds and caches differently), only its distribution is the same:
a double uniform in [0, 1) with 53 random bits.
"""
from __future__ import annotations

import math
import struct
import time

from interpreter.numbers import ieee754
from .support import constant, method
from interpreter.numbers.numconv import to_int32, to_uint32

NAN = float("nan")
INF = float("inf")
MASK64 = (1 << 64) - 1
_FLOAT32 = struct.Struct("f")


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


def install(isolate) -> None:
    """Creates the global Math object and fills isolate.math_functions."""
    rt = isolate.runtime
    objects = isolate.objects
    to_number = rt.to_number

    def num(args, i=0):
        if i < len(args):
            v = args[i]
            return v if type(v) is float else to_number(v)
        return NAN

    def unary(fn):
        """A Math function of one number: fn gets a float, returns a float."""
        return lambda this, args: fn(num(args))

    math_obj = objects.new_object(objects.literal_root(0))

    def math_floor(this, args):
        x = num(args)
        if x != x or math.isinf(x) or x == 0.0:
            return x
        return float(math.floor(x))

    def math_ceil(this, args):
        x = num(args)
        if x != x or math.isinf(x) or x == 0.0:
            return x
        r = float(math.ceil(x))
        return -0.0 if r == 0.0 and x < 0 else r   # Math.ceil(-0.5) is -0

    def math_round(this, args):
        x = num(args)
        if x != x or math.isinf(x) or x == 0.0:
            return x
        r = float(math.floor(x))
        if x - r >= 0.5:        # exact: x and floor(x) are within 2^52 of each other here
            r += 1.0
        return -0.0 if r == 0.0 and x < 0 else r   # Math.round(-0.4) is -0

    def math_trunc(this, args):
        x = num(args)
        if x != x or math.isinf(x) or x == 0.0:
            return x
        r = float(math.trunc(x))
        return -0.0 if r == 0.0 and x < 0 else r

    def math_sign(this, args):
        x = num(args)
        if x != x or x == 0.0:
            return x
        return 1.0 if x > 0 else -1.0

    def math_abs(this, args):
        return abs(num(args))

    def math_sqrt(this, args):
        x = num(args)
        return math.sqrt(x) if x >= 0.0 or x != x else NAN

    def math_min(this, args):
        # Every argument is converted before any comparison (valueOf order), and NaN wins.
        xs = [num(args, i) for i in range(len(args))]
        result = INF
        for x in xs:
            if x != x:
                return NAN
            if x < result or (x == 0.0 and result == 0.0 and math.copysign(1.0, x) < 0):
                result = x
        return result

    def math_max(this, args):
        xs = [num(args, i) for i in range(len(args))]
        result = -INF
        for x in xs:
            if x != x:
                return NAN
            if x > result or (x == 0.0 and result == 0.0 and math.copysign(1.0, x) > 0):
                result = x
        return result

    def math_pow(this, args):
        return ieee754.pow(num(args, 0), num(args, 1))

    def math_atan2(this, args):
        return ieee754.atan2(num(args, 0), num(args, 1))

    def math_hypot(this, args):
        # V8's algorithm: Infinity beats NaN; otherwise scale by the largest magnitude and
        # add the squares with Kahan compensation (a plain sum differs in the last bit).
        xs = [abs(num(args, i)) for i in range(len(args))]
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

    def math_clz32(this, args):
        n = to_uint32(num(args))
        return float(32 - n.bit_length())

    def math_imul(this, args):
        a = to_int32(num(args, 0))
        b = to_int32(num(args, 1))
        return float(to_int32(float((a * b) & 0xFFFF_FFFF)))

    def math_fround(this, args):
        x = num(args)
        if x != x or math.isinf(x):
            return x
        try:
            return _FLOAT32.unpack(_FLOAT32.pack(x))[0]
        except OverflowError:
            # Beyond the float range: the nearest float is +-Infinity (FLT_MAX rounds up).
            return math.copysign(INF, x)

    seed = getattr(isolate.flags, "random_seed", None)
    generator = XorShift128Plus(int(seed) if seed is not None else time.time_ns())

    def math_random(this, args):
        return generator.next_double()

    functions = [
        ("abs", math_abs, 1), ("acos", unary(ieee754.acos), 1), ("acosh", unary(ieee754.acosh), 1),
        ("asin", unary(ieee754.asin), 1), ("asinh", unary(ieee754.asinh), 1),
        ("atan", unary(ieee754.atan), 1), ("atanh", unary(ieee754.atanh), 1),
        ("atan2", math_atan2, 2), ("ceil", math_ceil, 1), ("cbrt", unary(ieee754.cbrt), 1),
        ("expm1", unary(ieee754.expm1), 1), ("clz32", math_clz32, 1), ("cos", unary(ieee754.cos), 1),
        ("cosh", unary(ieee754.cosh), 1), ("exp", unary(ieee754.exp), 1), ("floor", math_floor, 1),
        ("fround", math_fround, 1), ("hypot", math_hypot, 2), ("imul", math_imul, 2),
        ("log", unary(ieee754.log), 1), ("log1p", unary(ieee754.log1p), 1),
        ("log2", unary(ieee754.log2), 1), ("log10", unary(ieee754.log10), 1),
        ("max", math_max, 2), ("min", math_min, 2), ("pow", math_pow, 2), ("random", math_random, 0),
        ("round", math_round, 1), ("sign", math_sign, 1), ("sin", unary(ieee754.sin), 1),
        ("sinh", unary(ieee754.sinh), 1), ("sqrt", math_sqrt, 1), ("tan", unary(ieee754.tan), 1),
        ("tanh", unary(ieee754.tanh), 1), ("trunc", math_trunc, 1),
    ]
    for name, fn, length in functions:
        method(isolate, math_obj, name, fn, length)
    for name, value in (("E", math.e), ("LN10", math.log(10.0)), ("LN2", math.log(2.0)),
                        ("LOG10E", 0.4342944819032518), ("LOG2E", 1.4426950408889634),
                        ("PI", math.pi), ("SQRT1_2", math.sqrt(0.5)), ("SQRT2", math.sqrt(2.0))):
        constant(isolate, math_obj, name, value)
    isolate.math_functions = {name: objects.get_own(math_obj, name)
                              for name in ("floor", "sqrt", "abs", "min", "max")}
    isolate.define_global("Math", math_obj)
    isolate.to_string_tags[math_obj] = "Math"     # Object.prototype.toString: [object Math]
