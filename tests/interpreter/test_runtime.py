"""ECMAScript conversions and operators of interpreter/runtime.py against results node v20 computed.

Place in the pipeline: runtime.py is the interpreter's slow path and the
optimized code's runtime-entry fallback, so its answers must be JS's. Every
case is written once, as Python values; `js_source` turns the same values into
a JS program. The expected tables below were produced by node and are
committed, so the suite needs no node at run time; with node on the PATH,
`test_tables_match_live_node` recomputes them. To regenerate after adding cases:

    cd /work/main && PYTHONPATH=. /work/venv/bin/python tests/interpreter/test_runtime.py
"""
from __future__ import annotations

import json
import math
import shutil
import subprocess

import pytest

from interpreter.isolate import Isolate
from interpreter.numbers.numconv import to_int32, to_uint32
from interpreter.objects.values import NULL, UNDEFINED

NAN, INF = math.nan, math.inf


# ---- values and their JS spelling ----------------------------------------------------------------

class Obj:
    """An object operand, created in the isolate under test: ('array', items) or ('object',)."""

    def __init__(self, js: str, kind: str, items=()):
        self.js, self.kind, self.items = js, kind, list(items)

    def __repr__(self):
        return self.js


def js_source(v) -> str:
    if isinstance(v, Obj):
        return v.js
    if v is UNDEFINED:
        return "undefined"
    if v is NULL:
        return "null"
    if type(v) is bool:
        return "true" if v else "false"
    if type(v) is float:
        if v != v:
            return "NaN"
        if math.isinf(v):
            return "Infinity" if v > 0 else "-Infinity"
        if v == 0.0:
            return "-0" if math.copysign(1.0, v) < 0 else "0"
        return repr(v)
    if type(v) is str:
        return json.dumps(v)
    raise TypeError(v)


# A mix of every kind of value, for the equality and relational matrices.
VALUES = [UNDEFINED, NULL, True, False, 0.0, -0.0, 1.0, -1.0, 1.5, NAN, INF, -INF,
          "", "0", "1", " 1 ", "1.5", "abc", "true", "NaN", "\xa0", "0x10", "16", "b", "B", "ab",
          "\U0001F600", "\uffff",
          Obj("[]", "array"), Obj("[0]", "array", [0.0]), Obj("[1, 2]", "array", [1.0, 2.0]),
          Obj('["abc"]', "array", ["abc"]), Obj("{}", "object")]

TO_NUMBER = ["", " ", "\t\n 42 \n", "0x1F", "0X1f", "0b101", "0o17", "-0x10", "0x", "1e3", ".5", "5.", "+5", "-5",
             "-0", "1_000", "Infinity", "-Infinity", "+Infinity", "infinity", "inf", "nan", "0.1e-5", "1e1000",
             "-1e1000", "\xa012\xa0", "\ufeff7", "\u20285\u2029", "\x1c5", "12abc", "00012", "08", "1e", "e5",
             "\u0663", "9007199254740993", "0.30000000000000004", "1.7976931348623159e308", "5e-325", ". 5",
             "1 2", "++1", "0b2", "0o8", "0xg", "  -  1"]

TO_STRING = [0.0, -0.0, 1.0, -1.0, 0.1, 0.1 + 0.2, 1 / 3, 100.0, 1e20, 1e21, 1.5e21, 123456789012345680000.0,
             2.0 ** 53, 2.0 ** 60, 2.0 ** 31, -(2.0 ** 31), 4294967295.0, 1e-6, 1e-7, 1.5e-7, 123e-7, 0.000001234,
             5e-324, 1.7976931348623157e308, -1e-7, 1e100, 12345.6789, NAN, INF, -INF, 25.0, 0.5, 1e-5]

ADD = [(1.0, 2.0), ("a", 1.0), (1.0, "a"), ("1", 2.0), (1.0, True), (True, True), (NULL, 1.0), (UNDEFINED, 1.0),
       (NULL, "x"), (UNDEFINED, "x"), ("", -0.0), (-0.0, -0.0), (-0.0, 0.0), (0.1, 0.2), (INF, -INF),
       (Obj("[]", "array"), Obj("[]", "array")), (Obj("[1, 2]", "array", [1.0, 2.0]), 3.0),
       (Obj("{}", "object"), 1.0), (1.0, Obj("[2]", "array", [2.0])), (True, "x"), (NAN, "x"),
       (1e21, ""), (Obj("[null, undefined]", "array", [NULL, UNDEFINED]), "!")]

ARITH = [("-", 0.0, 0.0), ("-", -0.0, 0.0), ("-", 0.0, -0.0), ("-", INF, INF), ("-", "5", 2.0), ("-", "a", 1.0),
         ("*", -1.0, 0.0), ("*", 0.0, INF), ("*", -2.0, -INF), ("*", 2.0 ** 30, 4.0), ("*", 65536.0, 65536.0),
         ("/", 1.0, 0.0), ("/", -1.0, 0.0), ("/", 1.0, -0.0), ("/", 0.0, 0.0), ("/", -0.0, 5.0), ("/", 0.0, -5.0),
         ("/", INF, INF), ("/", 1.0, INF), ("/", -1.0, INF), ("/", 1.0, 3.0), ("/", NULL, 2.0), ("/", "6", "2"),
         ("/", True, False), ("/", UNDEFINED, 1.0),
         ("%", 5.0, 0.0), ("%", -5.0, 2.0), ("%", 5.0, -2.0), ("%", -0.0, 5.0), ("%", 0.0, -5.0), ("%", -1.0, 1.0),
         ("%", 5.5, 2.0), ("%", -5.5, 2.0), ("%", INF, 2.0), ("%", 2.0, INF), ("%", -2.0, -INF), ("%", NAN, 1.0),
         ("%", 1.0, NAN), ("%", 0.3, 0.1), ("%", 2.0 ** 53, 3.0), ("%", -4.0, 2.0),
         ("**", 0.0, 0.0), ("**", NAN, 0.0), ("**", NAN, -0.0), ("**", 1.0, INF), ("**", -1.0, INF), ("**", 1.0, NAN),
         ("**", 0.0, -1.0), ("**", -0.0, -1.0), ("**", -0.0, -2.0), ("**", -0.0, 3.0), ("**", -0.0, 2.0),
         ("**", -0.0, 0.5), ("**", -0.0, -0.5), ("**", 0.0, -INF), ("**", -8.0, 1 / 3), ("**", 2.0, 1024.0),
         ("**", -2.0, 1025.0), ("**", -2.0, 1024.0), ("**", 2.0, -1075.0), ("**", 10.0, 21.0), ("**", INF, -1.0),
         ("**", -INF, 3.0), ("**", -INF, 2.0), ("**", -INF, -3.0), ("**", -INF, -2.0), ("**", 0.5, INF),
         ("**", 0.5, -INF), ("**", 2.0, INF), ("**", 2.0, -INF), ("**", 2.0, NAN), ("**", NAN, 1.0),
         ("**", -1.0, 0.5), ("**", 2.0, 0.5), ("**", -2.0, 3.0), ("**", "2", "3")]

BITWISE = [("|", v, 0.0) for v in (0.5, -0.5, 2.9, -2.9, 2.0 ** 31, 2.0 ** 32, 2.0 ** 32 + 1, 4294967295.0,
                                   -(2.0 ** 31) - 1, 1e21, -1e21, 2.0 ** 53, 2.0 ** 53 + 2, 1e100, NAN, INF, -INF,
                                   -0.0, "12", " 0x10 ", "1e3", "abc", True, NULL, UNDEFINED)]
BITWISE += [(">>>", v, 0.0) for v in (-1.0, -0.5, -(2.0 ** 31), 2.0 ** 32 - 1, 2.0 ** 32, -4294967297.0, NAN)]
BITWISE += [("<<", 1.0, 31.0), ("<<", 1.0, 32.0), ("<<", 1.0, 33.0), ("<<", 1.0, -1.0), ("<<", 3.0, 30.0),
            ("<<", -1.0, 31.0), ("<<", 2.0 ** 31, 1.0), ("<<", 1.0, 2.0 ** 32 + 2), ("<<", 1.0, "4"),
            (">>", -1.0, 31.0), (">>", -(2.0 ** 31), 31.0), (">>", 2.0 ** 31, 0.0), (">>", 16.0, 33.0),
            (">>", -17.0, 2.0), (">>>", -1.0, 31.0), (">>>", -1.0, 32.0), (">>>", -17.0, 2.0),
            ("&", -1.0, 2.0 ** 32 + 5), ("&", 2.0 ** 31, 2.0 ** 31), ("&", 0xFFFF_FFFF * 1.0, -1.0),
            ("^", -1.0, 5.0), ("^", 2.0 ** 31, 1.0), ("^", 1.5, 2.5), ("|", -(2.0 ** 31), 2.0 ** 31)]

TO_BOOLEAN = VALUES
TYPEOF = VALUES


# ---- the expectations (node v20) --------------------------------------------------------------------

# Row i, column j is 1 when VALUES[i] OP VALUES[j].
EQ_LOOSE = """
110000000000000000000000000000000
110000000000000000000000000000000
001000100000001100000000000000000
000111000000110000001000000011000
000111000000110000001000000011000
000111000000110000001000000011000
001000100000001100000000000000000
000000010000000000000000000000000
000000001000000010000000000000000
000000000000000000000000000000000
000000000010000000000000000000000
000000000001000000000000000000000
000111000000100000000000000010000
000111000000010000000000000001000
001000100000001000000000000000000
001000100000000100000000000000000
000000001000000010000000000000000
000000000000000001000000000000010
000000000000000000100000000000000
000000000000000000010000000000000
000111000000000000001000000000000
000000000000000000000100000000000
000000000000000000000010000000000
000000000000000000000001000000000
000000000000000000000000100000000
000000000000000000000000010000000
000000000000000000000000001000000
000000000000000000000000000100000
000111000000100000000000000010000
000111000000010000000000000001000
000000000000000000000000000000100
000000000000000001000000000000010
000000000000000000000000000000001
"""
EQ_STRICT = """
100000000000000000000000000000000
010000000000000000000000000000000
001000000000000000000000000000000
000100000000000000000000000000000
000011000000000000000000000000000
000011000000000000000000000000000
000000100000000000000000000000000
000000010000000000000000000000000
000000001000000000000000000000000
000000000000000000000000000000000
000000000010000000000000000000000
000000000001000000000000000000000
000000000000100000000000000000000
000000000000010000000000000000000
000000000000001000000000000000000
000000000000000100000000000000000
000000000000000010000000000000000
000000000000000001000000000000000
000000000000000000100000000000000
000000000000000000010000000000000
000000000000000000001000000000000
000000000000000000000100000000000
000000000000000000000010000000000
000000000000000000000001000000000
000000000000000000000000100000000
000000000000000000000000010000000
000000000000000000000000001000000
000000000000000000000000000100000
000000000000000000000000000010000
000000000000000000000000000001000
000000000000000000000000000000100
000000000000000000000000000000010
000000000000000000000000000000001
"""
LESS = """
000000000000000000000000000000000
001000101010001110000110000000000
000000001010000010000110000000000
001000101010001110000110000000000
001000101010001110000110000000000
001000101010001110000110000000000
000000001010000010000110000000000
011111101010111110001110000011000
000000000010000000000110000000000
000000000000000000000000000000000
000000000000000000000000000000000
011111111010111110001110000011000
001000101010011111111111111101111
001000101010001011111111111100111
000000001010000011111011111100111
000000001010011011111111111101111
000000000010000001111011111100011
000000000000000000101001001100000
000000000000000000001000001100000
000000000000000001101001011100011
001000101010000000000000001100000
000000000010001011111011111100111
000000000010000001111001111100011
000000000000000000101000001100000
000000000000000001111001011100011
000000000000000001101001001100010
000000000000000000000000000100000
000000000000000000000000000000000
001000101010011111111111111101111
001000101010001011111111111100111
000000000000000011111011111100011
000000000000000000101001001100000
000000000000000001101001011100010
"""
LESS_EQ = """
000000000000000000000000000000000
011111101010111110001110000011000
001000101010001110000110000000000
011111101010111110001110000011000
011111101010111110001110000011000
011111101010111110001110000011000
001000101010001110000110000000000
011111111010111110001110000011000
000000001010000010000110000000000
000000000000000000000000000000000
000000000010000000000000000000000
011111111011111110001110000011000
011111101010111111111111111111111
011111101010011011111111111101111
001000101010001011111011111100111
001000101010011111111111111101111
000000001010000011111011111100011
000000000000000001101001001100010
000000000000000000101000001100000
000000000000000001111001011100011
011111101010000000001000001100000
000000000010001011111111111100111
000000000010000001111011111100011
000000000000000000101001001100000
000000000000000001111001111100011
000000000000000001101001011100010
000000000000000000000000001100000
000000000000000000000000000100000
011111101010111111111111111111111
011111101010011011111111111101111
000000000000000011111011111100111
000000000000000001101001001100010
000000000000000001101001011100011
"""
TO_NUMBER_EXPECTED = [
    0.0, 0.0, 42.0, 31.0, 31.0, 5.0, 15.0, NAN, NAN, 1000.0, 0.5, 5.0, 5.0, -5.0, -0.0, NAN, INF, -INF, INF, NAN,
    NAN, NAN, 1e-06, INF, -INF, 12.0, 7.0, 5.0, NAN, NAN, 12.0, 8.0, NAN, NAN, NAN, 9007199254740992.0,
    0.30000000000000004, INF, 0.0, NAN, NAN, NAN, NAN, NAN, NAN, NAN
]
TO_STRING_EXPECTED = [
    '0', '0', '1', '-1', '0.1', '0.30000000000000004', '0.3333333333333333', '100', '100000000000000000000',
    '1e+21', '1.5e+21', '123456789012345680000', '9007199254740992', '1152921504606847000', '2147483648',
    '-2147483648', '4294967295', '0.000001', '1e-7', '1.5e-7', '0.0000123', '0.000001234', '5e-324',
    '1.7976931348623157e+308', '-1e-7', '1e+100', '12345.6789', 'NaN', 'Infinity', '-Infinity', '25', '0.5',
    '0.00001'
]
ADD_EXPECTED = [
    3.0, 'a1', '1a', '12', 2.0, 2.0, 1.0, NAN, 'nullx', 'undefinedx', '0', -0.0, 0.0, 0.30000000000000004, NAN,
    '', '1,23', '[object Object]1', '12', 'truex', 'NaNx', '1e+21', ',!'
]
ARITH_EXPECTED = [
    0.0, -0.0, 0.0, NAN, 3.0, NAN, -0.0, NAN, INF, 4294967296.0, 4294967296.0, INF, -INF, -INF, NAN, -0.0, -0.0,
    NAN, 0.0, -0.0, 0.3333333333333333, 0.0, 3.0, INF, NAN, NAN, -1.0, 1.0, -0.0, 0.0, -0.0, 1.5, -1.5, NAN, 2.0,
    -2.0, NAN, NAN, 0.09999999999999998, 2.0, -0.0, 1.0, 1.0, 1.0, NAN, NAN, NAN, INF, -INF, INF, -0.0, 0.0, 0.0,
    INF, INF, NAN, INF, -INF, INF, 0.0, 1e+21, 0.0, -INF, INF, -0.0, 0.0, 0.0, INF, INF, 0.0, NAN, NAN, NAN,
    1.4142135623730951, -8.0, 8.0
]
BITWISE_EXPECTED = [
    0.0, 0.0, 2.0, -2.0, -2147483648.0, 0.0, 1.0, -1.0, 2147483647.0, -559939584.0, 559939584.0, 0.0, 2.0, 0.0,
    0.0, 0.0, 0.0, 0.0, 12.0, 16.0, 1000.0, 0.0, 1.0, 0.0, 0.0, 4294967295.0, 0.0, 2147483648.0, 4294967295.0,
    0.0, 4294967295.0, 0.0, -2147483648.0, 1.0, 2.0, -2147483648.0, -1073741824.0, -2147483648.0, 0.0, 4.0, 16.0,
    -1.0, -1.0, -2147483648.0, 8.0, -5.0, 1.0, 4294967295.0, 1073741819.0, 5.0, -2147483648.0, -1.0, -6.0,
    -2147483647.0, 3.0, -2147483648.0
]
TO_BOOLEAN_EXPECTED = '001000111011011111111111111111111'
TYPEOF_EXPECTED = [
    'undefined', 'object', 'boolean', 'boolean', 'number', 'number', 'number', 'number', 'number', 'number',
    'number', 'number', 'string', 'string', 'string', 'string', 'string', 'string', 'string', 'string', 'string',
    'string', 'string', 'string', 'string', 'string', 'string', 'string', 'object', 'object', 'object', 'object',
    'object'
]

# ---- helpers ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def iso():
    return Isolate(write=lambda s: None)


@pytest.fixture(scope="module")
def values(iso):
    return [materialize(iso, v) for v in VALUES]


def materialize(iso, v):
    if not isinstance(v, Obj):
        return v
    if v.kind == "array":
        return iso.objects.new_array(list(v.items))
    return iso.objects.new_object(iso.objects.literal_root(0))


def same_value(a, b) -> bool:
    if type(a) is float and type(b) is float:
        if a != a:
            return b != b
        return a == b and math.copysign(1.0, a) == math.copysign(1.0, b)
    return type(a) is type(b) and a == b


def matrix(text: str) -> list[str]:
    return text.split()


# ---- equality and relational comparison ----------------------------------------------------------------

def check_matrix(values, expected: str, fn, name: str):
    rows = matrix(expected)
    assert len(rows) == len(values) and all(len(r) == len(values) for r in rows)
    bad = []
    for i, a in enumerate(values):
        for j, b in enumerate(values):
            got = fn(a, b)
            assert type(got) is bool
            if got != (rows[i][j] == "1"):
                bad.append(f"{js_source(VALUES[i])} {name} {js_source(VALUES[j])}: got {got}")
    assert not bad, "\n".join(bad)


def test_loose_equality(iso, values):
    check_matrix(values, EQ_LOOSE, iso.runtime.loose_equals, "==")


def test_strict_equality(iso, values):
    check_matrix(values, EQ_STRICT, iso.runtime.strict_equals, "===")


def test_less_than(iso, values):
    check_matrix(values, LESS, lambda a, b: iso.runtime.compare("<", a, b), "<")


def test_less_than_or_equal(iso, values):
    check_matrix(values, LESS_EQ, lambda a, b: iso.runtime.compare("<=", a, b), "<=")


def test_greater_is_less_with_operands_swapped(iso, values):
    # For operands without side effects, a > b is b < a and a >= b is b <= a.
    less, less_eq = matrix(LESS), matrix(LESS_EQ)
    greater = "\n".join("".join(less[j][i] for j in range(len(values))) for i in range(len(values)))
    greater_eq = "\n".join("".join(less_eq[j][i] for j in range(len(values))) for i in range(len(values)))
    check_matrix(values, greater, lambda a, b: iso.runtime.compare(">", a, b), ">")
    check_matrix(values, greater_eq, lambda a, b: iso.runtime.compare(">=", a, b), ">=")


def test_strings_compare_by_utf16_code_units(iso):
    # U+1F600 is the surrogate pair D83D DE00, which sorts below U+FFFF in JS (not in Python).
    assert iso.runtime.compare("<", "\U0001F600", "\uffff") is True
    assert iso.runtime.compare("<", "\uffff", "\U0001F600") is False
    assert iso.runtime.compare("<", "a", "b") and not iso.runtime.compare("<", "b", "a")
    assert iso.runtime.compare("<", "", "a") and not iso.runtime.compare("<", "a", "a")


# ---- conversions ---------------------------------------------------------------------------------

def test_to_number_of_strings(iso):
    assert len(TO_NUMBER_EXPECTED) == len(TO_NUMBER)
    for s, want in zip(TO_NUMBER, TO_NUMBER_EXPECTED):
        got = iso.runtime.to_number(s)
        assert same_value(got, want), f"Number({js_source(s)}) = {want!r}, got {got!r}"


def test_to_string_of_numbers(iso):
    assert len(TO_STRING_EXPECTED) == len(TO_STRING)
    for x, want in zip(TO_STRING, TO_STRING_EXPECTED):
        assert iso.runtime.to_string(x) == want, f"String({js_source(x)})"


def test_to_boolean(iso, values):
    got = "".join("1" if iso.runtime.to_boolean(v) else "0" for v in values)
    assert got == TO_BOOLEAN_EXPECTED


def test_typeof(iso, values):
    assert [iso.runtime.typeof(v) for v in values] == TYPEOF_EXPECTED
    console = iso.heap.load(iso.global_cells["console"])
    log = iso.objects.get_own(console, "log")
    assert iso.runtime.typeof(log) == "function"


def test_to_primitive_of_objects(iso):
    rt = iso.runtime
    assert rt.to_string(iso.objects.new_array([1.0, "a", NULL, UNDEFINED, 1.5])) == "1,a,,,1.5"
    assert rt.to_string(iso.objects.new_object(iso.objects.literal_root(0))) == "[object Object]"
    nested = iso.objects.new_array([iso.objects.new_array([1.0, 2.0]), 3.0])
    assert rt.to_string(nested) == "1,2,3"
    assert same_value(rt.to_number(iso.objects.new_array([" 7 "])), 7.0)
    assert same_value(rt.to_number(iso.objects.new_array([1.0, 2.0])), NAN)


# ---- operators --------------------------------------------------------------------------------------

def test_add(iso):
    assert len(ADD_EXPECTED) == len(ADD)
    for (a, b), want in zip(ADD, ADD_EXPECTED):
        got = iso.runtime.add(materialize(iso, a), materialize(iso, b))
        assert same_value(got, want), f"{js_source(a)} + {js_source(b)} = {want!r}, got {got!r}"


def test_arithmetic(iso):
    assert len(ARITH_EXPECTED) == len(ARITH)
    bad = []
    for (op, a, b), want in zip(ARITH, ARITH_EXPECTED):
        got = iso.runtime.arith(op, a, b)
        if not same_value(got, want):
            bad.append(f"{js_source(a)} {op} {js_source(b)} = {want!r}, got {got!r}")
    assert not bad, "\n".join(bad)


def test_bitwise_int32_conversions(iso):
    assert len(BITWISE_EXPECTED) == len(BITWISE)
    bad = []
    for (op, a, b), want in zip(BITWISE, BITWISE_EXPECTED):
        got = iso.runtime.arith(op, a, b)
        if not same_value(got, want):
            bad.append(f"{js_source(a)} {op} {js_source(b)} = {want!r}, got {got!r}")
        if op == ">>>":
            assert 0 <= got < 2 ** 32
        else:
            assert -2 ** 31 <= got < 2 ** 31 and not (got == 0 and math.copysign(1.0, got) < 0)
    assert not bad, "\n".join(bad)


def test_to_int32_and_to_uint32_directly():
    assert [to_int32(x) for x in (2.0 ** 31, -(2.0 ** 31) - 1, 2.0 ** 32 + 5, -0.9, NAN, INF)] == [
        -2 ** 31, 2 ** 31 - 1, 5, 0, 0, 0]
    assert [to_uint32(x) for x in (-1.0, 2.0 ** 32, -(2.0 ** 32) - 1, 1.9)] == [2 ** 32 - 1, 0, 2 ** 32 - 1, 1]


# ---- property access on primitives and nullish values ---------------------------------------------------

def test_property_access_errors_and_primitives(iso):
    from interpreter.errors import JSThrow
    rt = iso.runtime
    assert rt.get_property("héllo", "length") == 5.0
    assert rt.get_property("\U0001F600", "length") == 2.0              # UTF-16 length
    assert rt.get_property("abc", "1") == "b" and rt.get_property("abc", "5") is UNDEFINED
    assert rt.get_property(1.5, "x") is UNDEFINED
    for nullish in (UNDEFINED, NULL):
        with pytest.raises(JSThrow) as e:
            rt.get_property(nullish, "x")
        assert e.value.kind == "TypeError"
        assert e.value.message == f"Cannot read properties of {js_source(nullish)} (reading 'x')"
        with pytest.raises(JSThrow) as e:
            rt.set_keyed(nullish, 0.0, 1.0)
        assert e.value.message == f"Cannot set properties of {js_source(nullish)} (setting '0')"
    rt.set_property("abc", "x", 1.0)                                    # silently dropped


def test_string_index_uses_utf16_code_units(iso):
    rt = iso.runtime
    s = "\U0001F600b"                      # D83D DE00 0062 in UTF-16
    assert rt.get_property(s, "length") == 3.0
    assert rt.get_property(s, "2") == "b"
    assert rt.get_keyed(s, 2.0) == "b"
    assert rt.get_property(s, "1") != "b"


def test_array_length_assignment(iso):
    from interpreter.errors import JSThrow
    rt = iso.runtime
    a = iso.objects.new_array([1.0, 2.0, 3.0])
    rt.set_property(a, "length", 1.0)
    assert iso.objects.array_items(a) == [1.0]
    rt.set_property(a, "length", 3.0)
    assert rt.get_property(a, "length") == 3.0 and rt.get_keyed(a, 2.0) is UNDEFINED
    with pytest.raises(JSThrow) as e:
        rt.set_property(a, "length", -1.0)
    assert (e.value.kind, e.value.message) == ("RangeError", "Invalid array length")


# ---- regenerating the tables with node --------------------------------------------------------------

def node_program() -> str:
    vals = "[" + ", ".join(js_source(v) for v in VALUES) + "]"

    def cases(items, fmt):
        return "[" + ", ".join(fmt(*c) if isinstance(c, tuple) else fmt(c) for c in items) + "]"

    return f"""
const V = {vals};
const enc = x => typeof x === "number" ? (Object.is(x, -0) ? "-0" : String(x)) : typeof x + ":" + String(x);
const mat = f => V.map(a => V.map(b => f(a, b) ? "1" : "0").join(""));
console.log(JSON.stringify({{
  eq_loose: mat((a, b) => a == b), eq_strict: mat((a, b) => a === b),
  less: mat((a, b) => a < b), less_eq: mat((a, b) => a <= b),
  to_number: {cases(TO_NUMBER, lambda s: f"enc(Number({js_source(s)}))")},
  to_string: {cases(TO_STRING, lambda x: f"String({js_source(x)})")},
  add: {cases(ADD, lambda a, b: f"enc(({js_source(a)}) + ({js_source(b)}))")},
  arith: {cases(ARITH, lambda op, a, b: f"enc(({js_source(a)}) {op} ({js_source(b)}))")},
  bitwise: {cases(BITWISE, lambda op, a, b: f"enc(({js_source(a)}) {op} ({js_source(b)}))")},
  to_boolean: V.map(v => v ? "1" : "0").join(""),
  typeof: V.map(v => typeof v),
}}));
"""


def decode(s: str):
    """node's `enc` back to a Python value: numbers are bare, strings 'string:...'."""
    if s.startswith("string:"):
        return s[len("string:"):]
    return float(s)


def live_node_tables() -> dict:
    r = subprocess.run(["node", "-e", node_program()], capture_output=True, text=True, timeout=60, check=True)
    return json.loads(r.stdout)


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_tables_match_live_node():
    t = live_node_tables()
    assert t["eq_loose"] == matrix(EQ_LOOSE) and t["eq_strict"] == matrix(EQ_STRICT)
    assert t["less"] == matrix(LESS) and t["less_eq"] == matrix(LESS_EQ)
    for key, table in (("to_number", TO_NUMBER_EXPECTED), ("add", ADD_EXPECTED), ("arith", ARITH_EXPECTED),
                       ("bitwise", BITWISE_EXPECTED)):
        live = [decode(s) for s in t[key]]
        assert len(live) == len(table) and all(same_value(a, b) for a, b in zip(live, table)), key
    assert t["to_string"] == TO_STRING_EXPECTED
    assert t["to_boolean"] == TO_BOOLEAN_EXPECTED and t["typeof"] == TYPEOF_EXPECTED


def _py(v) -> str:
    if type(v) is float:
        if v != v:
            return "NAN"
        if math.isinf(v):
            return "INF" if v > 0 else "-INF"
        return repr(v)
    return repr(v)


if __name__ == "__main__":
    t = live_node_tables()
    for key in ("eq_loose", "eq_strict", "less", "less_eq"):
        print(f'{key.upper()} = """\n' + "\n".join(t[key]) + '\n"""')
    for key in ("to_number", "to_string", "add", "arith", "bitwise"):
        vals = t[key] if key == "to_string" else [decode(s) for s in t[key]]
        print(f"{key.upper()}_EXPECTED = [" + ", ".join(_py(v) for v in vals) + "]")
    print(f"TO_BOOLEAN_EXPECTED = {t['to_boolean']!r}")
    print(f"TYPEOF_EXPECTED = {t['typeof']!r}")
