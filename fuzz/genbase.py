"""What the generator's sections share: small constructors of syntax trees, and the pools of
constants and argument kinds the phases of a driver loop draw from (fuzz/generator.py, and
fuzz/sections_tier.py for the sections aimed at inlining and the newer lowerings)."""
from __future__ import annotations

from .jsast import Call, Expr, ExprStmt, Lit, Member, Assign

# ---- small constructors -------------------------------------------------------------------------

def L(text) -> Lit:
    return Lit(str(text))


def call(name: str, *args: Expr) -> Call:
    return Call(Lit(name), list(args))


def log(*args: Expr) -> ExprStmt:
    return ExprStmt(Call(Member(Lit("console"), "log"), list(args)))


def assign(name: str, value: Expr, op: str = "=") -> ExprStmt:
    return ExprStmt(Assign(Lit(name), op, value))


def mix_into_h(value: Expr) -> ExprStmt:
    return assign("h", call("mix", L("h"), value))


def s(text: str) -> Lit:
    """A string literal."""
    return Lit('"' + text + '"')


# ---- constants and argument kinds ------------------------------------------------------------

SMALL_INTS = ["0", "1", "2", "3", "5", "7", "10", "31", "32", "100", "255", "1000", "-1", "-2", "-7"]
EDGE_INTS = ["2147483647", "-2147483648", "2147483648", "4294967295", "4294967296", "1073741823",
             "1073741824", "-1073741824", "0x7fffffff", "65535", "65536", "-2147483647",
             "9007199254740991", "9007199254740992"]
DOUBLES = ["0.5", "1.5", "-0.5", "2.25", "0.1", "1e-7", "1e21", "3.14159", "-1.75", "1e300"]
SPECIALS = ["-0", "NaN", "Infinity", "-Infinity", "undefined", "null", "true", "false"]
STRINGS = ['"a"', '""', '"7"', '"-3"', '"x1"', '" 2 "', '"1e3"', '"0x10"']

# Argument kinds for the phases of a driver loop; {i} is the loop counter. "Stringy" kinds
# can turn an accumulator into a string, so drivers give them few calls.
ARG_KINDS = {
    "int": ["{i}", "({i} % 13)", "(({i} * 7) - 3000)", "({i} & 1023)", "(({i} % 9) - 4)", "({i} >> 1)"],
    "intedge": ["(2147483647 - {i})", "(-2147483648 + {i})", "(2147483640 + ({i} % 16))",
                "(1 << ({i} % 32))", "((({i} % 3) - 1) * 2147483647)", "(1073741824 + {i})",
                "(-1073741825 - {i})", "(({i} % 2) === 0 ? 2147483647 : -2147483648)"],
    "double": ["({i} + 0.5)", "({i} / 4)", "({i} * 0.1)", "(-{i} - 0.25)", "(1e10 + {i})",
               "({i} * 1e-3)", "(({i} % 5) + 0.125)"],
    "minuszero": ["-0", "(0 * -1)", "(-0 * {i})"],
    "nan": ["NaN", "(0 / 0)"],
    "inf": ["Infinity", "-Infinity", "(1 / 0)", "({i} / 0)"],
    "bool": ["true", "false", "(({i} & 1) === 0)"],
    "undefined": ["undefined", "(void 0)"],
    "null": ["null"],
    "numstr": ['("" + {i})', '"12"', '"-0"', '" 7 "', '"0x1f"', '"1e3"', '"2147483648"'],
    "str": ['"abc"', '""', '("s" + ({i} % 5))', '"x,y"'],
    "obj": ["{{ x: {i}, y: 1 }}", "{{ y: 2, x: {i} }}", "{{}}", "{{ x: 0.5 }}"],
    "arr": ["[{i}]", "[1, 2]", "[]", "[0.5]"],
}
NUMERIC_KINDS = ["int", "intedge", "double", "minuszero", "nan", "inf"]
STRINGY_KINDS = {"numstr", "str", "obj", "arr"}
# Kinds that may be a property access's receiver (undefined and null would throw).
RECEIVER_KINDS = [k for k in ARG_KINDS if k not in ("undefined", "null")]

BIN_OPS = [("+", 8), ("-", 4), ("*", 4), ("/", 2), ("%", 2), ("**", 1), ("&", 2), ("|", 3),
           ("^", 2), ("<<", 2), (">>", 2), (">>>", 2), ("===", 1), ("!==", 1), ("==", 1),
           ("!=", 1), ("<", 2), ("<=", 1), (">", 1), (">=", 1), ("&&", 1), ("||", 1), ("??", 1)]
UN_OPS = ["-", "+", "!", "~", "typeof "]
MATH_1 = ["floor", "abs", "sqrt", "ceil", "round", "trunc", "sign"]
MATH_2 = ["min", "max", "pow"]
# Exponents for which pow(b, e) is exact whatever the implementation, when |b| < 1024 is an
# integer (or for any b with the special exponents).
EXACT_EXPONENTS = ["0", "1", "2", "3", "4", "-0", "NaN", "Infinity", "-Infinity"]
PROP_NAMES = ["a", "b", "c", "d", "x", "y", "z", "k", "m", "n"]

# Iteration counts of the phases after the hot one: a single deopting call, a few, or enough
# to re-optimize.
FOLLOW_COUNTS = [1, 1, 2, 5, 20, 100, 300]
