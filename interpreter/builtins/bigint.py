"""BigInt: the conversion function, BigInt.asIntN/asUintN and BigInt.prototype's methods.

Place in the pipeline: a built-in library module; bootstrap.py installs its
tables and stores BigInt.prototype as isolate.bigint_prototype, where
runtime.get_property looks methods up for BigInt receivers
(`(255n).toString(16)`). The operators on BigInts live in the runtime
(runtime.py, numbers/bigint.py); this module is what a script calls by name.
"""
from __future__ import annotations

from interpreter.numbers import bigint
from interpreter.primitive_wrappers import this_value
from interpreter.errors import range_error, type_error
from .support import Constructor, Method, Prototype, arg, radix_argument, to_integer_or_infinity
from interpreter.numbers.numconv import number_to_string
from interpreter.objects.values import BigInt

MAX_SAFE_INTEGER = 9007199254740991


def bigint_call(isolate, this, args):
    """BigInt(value): numbers must be integral; everything else goes through ToBigInt."""
    rt = isolate.runtime
    v = rt.to_primitive(arg(args, 0), "number")
    if type(v) is float:
        n = bigint.number_to_bigint(v)
        if n is None:
            raise range_error(f"The number {number_to_string(v)} cannot be converted to a BigInt "
                              "because it is not an integer")
        return BigInt(n)
    return rt.to_bigint(v)


def to_index(rt, v) -> int:
    x = to_integer_or_infinity(rt, v)
    if not 0 <= x <= MAX_SAFE_INTEGER:
        raise range_error("Invalid value: not (convertible to) a safe integer")
    return int(x)


def bigint_as_uint_n(isolate, this, args):
    rt = isolate.runtime
    bits = to_index(rt, arg(args, 0))
    v = rt.to_bigint(arg(args, 1)).value
    if v >= 0 and v.bit_length() <= bits:
        return BigInt(v)
    if bits > bigint.MAX_LENGTH_BITS:
        raise range_error("Maximum BigInt size exceeded")
    return BigInt(v & ((1 << bits) - 1))


def bigint_as_int_n(isolate, this, args):
    rt = isolate.runtime
    bits = to_index(rt, arg(args, 0))
    v = rt.to_bigint(arg(args, 1)).value
    if bits == 0:
        return BigInt(0)
    if v.bit_length() < bits:      # fits in `bits` bits as a signed number already
        return BigInt(v)
    v &= (1 << bits) - 1
    return BigInt(v - (1 << bits) if v >> (bits - 1) else v)


def this_bigint(isolate, this, name: str) -> int:
    """thisBigIntValue: a BigInt's value, or that of a BigInt wrapper (`Object(1n)`)."""
    v = this_value(isolate, this, BigInt)
    if v is not None:
        return v.value
    raise type_error(f"BigInt.prototype.{name} requires that 'this' be a BigInt")


def bigint_to_locale_string(isolate, this, args):
    return f"{this_bigint(isolate, this, 'toLocaleString'):,}"


def bigint_to_string(isolate, this, args):
    return bigint.to_radix_string(this_bigint(isolate, this, "toString"), radix_argument(isolate.runtime, arg(args, 0)))


def bigint_value_of(isolate, this, args):
    return BigInt(this_bigint(isolate, this, "valueOf"))


BIGINT_STATICS = (
    Method("asUintN", 2, bigint_as_uint_n),
    Method("asIntN", 2, bigint_as_int_n),
)

BIGINT_PROTOTYPE = (
    Method("toLocaleString", 0, bigint_to_locale_string),
    Method("toString", 0, bigint_to_string),
    Method("valueOf", 0, bigint_value_of),
)

# No construct function: `new BigInt(1)` is V8's "BigInt is not a constructor".
BIGINT = Constructor("BigInt", 1, bigint_call, statics=BIGINT_STATICS,
                     prototype=Prototype("BigInt", BIGINT_PROTOTYPE, attr="bigint_prototype", tag="BigInt"))
