"""BigInt: the conversion function, BigInt.asIntN/asUintN and BigInt.prototype's methods.

Place in the pipeline: a built-in library module, installed by
builtins.install. It creates isolate.bigint_prototype, where
runtime.get_property looks methods up for BigInt receivers (`(255n).toString(16)`).
The operators on BigInts live in the runtime (runtime.py, bigint.py); this
module is what a script calls by name.
"""
from __future__ import annotations

from interpreter.numbers import bigint
from interpreter.errors import range_error, type_error
from .support import arg, constructor, method, radix_argument, reorder, to_integer_or_infinity
from interpreter.numbers.numconv import number_to_string
from interpreter.objects.values import BigInt

MAX_SAFE_INTEGER = 9007199254740991


def install(isolate) -> None:
    rt = isolate.runtime
    objects = isolate.objects
    isolate.bigint_prototype = proto = objects.new_prototype_object(isolate.object_prototype, "BigInt")
    isolate.to_string_tags[proto] = "BigInt"        # BigInt.prototype[Symbol.toStringTag]

    def bigint_call(this, args):
        """BigInt(value): numbers must be integral; everything else goes through ToBigInt."""
        v = rt.to_primitive(arg(args, 0), "number")
        if type(v) is float:
            n = bigint.number_to_bigint(v)
            if n is None:
                raise range_error(f"The number {number_to_string(v)} cannot be converted to a BigInt "
                                  "because it is not an integer")
            return BigInt(n)
        return rt.to_bigint(v)

    # No construct function: `new BigInt(1)` is V8's "BigInt is not a constructor".
    ctor = constructor(isolate, "BigInt", bigint_call, None, 1, proto)

    def to_index(v) -> int:
        x = to_integer_or_infinity(rt, v)
        if not 0 <= x <= MAX_SAFE_INTEGER:
            raise range_error("Invalid value: not (convertible to) a safe integer")
        return int(x)

    def as_uint_n(this, args):
        bits = to_index(arg(args, 0))
        v = rt.to_bigint(arg(args, 1)).value
        if v >= 0 and v.bit_length() <= bits:
            return BigInt(v)
        if bits > bigint.MAX_LENGTH_BITS:
            raise range_error("Maximum BigInt size exceeded")
        return BigInt(v & ((1 << bits) - 1))

    def as_int_n(this, args):
        bits = to_index(arg(args, 0))
        v = rt.to_bigint(arg(args, 1)).value
        if bits == 0:
            return BigInt(0)
        if v.bit_length() < bits:      # fits in `bits` bits as a signed number already
            return BigInt(v)
        v &= (1 << bits) - 1
        return BigInt(v - (1 << bits) if v >> (bits - 1) else v)

    method(isolate, ctor, "asUintN", as_uint_n, 2)
    method(isolate, ctor, "asIntN", as_int_n, 2)

    def this_bigint(this, name: str) -> int:
        if type(this) is BigInt:
            return this.value
        raise type_error(f"BigInt.prototype.{name} requires that 'this' be a BigInt")

    def to_string(this, args):
        return bigint.to_radix_string(this_bigint(this, "toString"), radix_argument(rt, arg(args, 0)))

    method(isolate, proto, "toLocaleString", lambda this, args: f"{this_bigint(this, 'toLocaleString'):,}")
    method(isolate, proto, "toString", to_string)
    method(isolate, proto, "valueOf", lambda this, args: BigInt(this_bigint(this, "valueOf")))
    reorder(isolate, proto, "constructor toLocaleString toString valueOf")
