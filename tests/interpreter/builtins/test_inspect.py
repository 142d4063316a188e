"""interpreter.inspect against node v20's console.log / util.inspect.

Every case is written once, as Python views. `_JsBuilder` turns the same
views into a JS program (cycles, holes, constructors and all), so node can
print them. The expected strings below (`EXPECTED`) were produced by node v20
and are committed, so the suite needs no node at run time; with node on the
PATH, `test_matches_live_node` re-runs node on every case plus a few hundred
random structures. To regenerate the table after adding cases:

    cd /work/main && PYTHONPATH=. python tests/interpreter/builtins/test_inspect.py > /tmp/expected.py
"""
from __future__ import annotations

import json
import math
import random
import shutil
import subprocess

import pytest

from interpreter.builtins.inspect import (
    HOLE,
    NULL,
    UNDEFINED,
    ArrayView,
    FunctionView,
    ObjectView,
    format_log_args,
    inspect,
)

# ---- builders ----------------------------------------------------------------

U, N, H = UNDEFINED, NULL, HOLE
INF, NAN = math.inf, math.nan


def o(*pairs, ctor="Object", **kw):
    """Object view; positional (key, value) pairs come before keyword ones."""
    return ObjectView(ctor, list(pairs) + list(kw.items()))


def a(*items, extra=()):
    return ArrayView(list(items), list(extra))


def fn(name="", *pairs, **kw):
    return FunctionView(name, list(pairs) + list(kw.items()))


def nums(values):
    return ArrayView([float(v) for v in values])


def self_cycle():
    x = o()
    x.entries.append(("self", x))
    return x


def two_cycle():
    x, y = o(name="x"), o(name="y")
    x.entries.append(("other", y))
    y.entries.append(("other", x))
    return x


def array_cycle():
    arr = a(1.0, 2.0)
    arr.items.append(arr)
    return arr


def deep_cycle():
    root = o(level=1.0)
    mid = o(level=2.0)
    leaf = o(level=3.0)
    root.entries.append(("mid", mid))
    mid.entries.append(("leaf", leaf))
    leaf.entries.append(("back", mid))
    return root


def double_cycle():
    p, q = o(), o()
    p.entries.append(("p", p))
    q.entries.append(("q", q))
    holder = o(first=p, second=q, again=p)
    return holder


def fn_cycle():
    f = fn("f")
    f.entries.append(("me", f))
    return f


def shared_not_cyclic():
    inner = a(1.0, 2.0, 3.0)
    return o(x=inner, y=inner, z=o(w=inner))


WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi "
         "omicron pi rho sigma tau upsilon phi chi psi omega").split()


def _cases():
    """(name, mode, args): mode 'log' is console.log(...args), 'inspect' is
    util.inspect(args[0])."""
    c = []

    def log(name, *args):
        c.append((name, "log", list(args)))

    def ins(name, value):
        c.append((name, "inspect", [value]))

    # primitives at top level
    for i, x in enumerate([0.0, -0.0, 1.0, -1.5, 0.1, 0.3 - 0.2, 1e21, 1e-7, 1.5e-7, 1e-6,
                           123456789012345680000.0, 2.0 ** 53, 2.0 ** 64, NAN, INF, -INF,
                           5e-324, 1.7976931348623157e308, 100.0, 1e100, -1e-100, 0.5, 2.0 ** 31]):
        log(f"num{i}", x)
    log("str_raw", "hello world")
    log("str_raw_quotes", "it's \"q\" `b`\n\ttabbed")
    log("bools", True, False)
    log("undef_null", U, N)
    log("empty_string", "")
    log("no_args")
    log("multi", 1.0, "two", o(three=3.0), a(4.0), True, U, N, -0.0)
    log("str_then_obj", "value:", o(a=1.0))
    ins("inspect_str", "hello")
    ins("inspect_str_sq", "it's")
    ins("inspect_str_dq", 'say "hi"')
    ins("inspect_str_both", "it's \"x\"")
    ins("inspect_str_all3", "it's \"x\" `y`")
    ins("inspect_str_dollar", "it's \"x\" ${y}")
    ins("inspect_str_ctrl", "\x00\x01\x07\x08\t\n\x0b\x0c\r\x0e\x1b\x1f\x7f\x80\x9f\xa0\\")
    ins("inspect_str_unicode", "é ü 中文 😀")
    ins("inspect_str_lone_surrogates", "a\ud800b\udc00c\ud83d\ude00")
    ins("inspect_str_long_newlines", "first line\n" * 5 + "x" * 70)
    ins("inspect_str_long_no_newline", "z" * 100)
    ins("inspect_str_77", "q" * 77)
    ins("inspect_str_76_nl", "q" * 70 + "\n" + "r" * 5)
    ins("inspect_str_77_nl", "q" * 70 + "\n" + "r" * 6)
    ins("inspect_str_trailing_nl", "line\n" * 20)
    ins("inspect_str_blank_lines", "a\n\n\n" + "b" * 80)
    ins("inspect_num", 42.0)
    ins("inspect_negzero", -0.0)
    ins("inspect_undef", U)
    ins("inspect_null", N)
    ins("inspect_int", 7)

    # numbers inside containers
    log("num_array", a(0.0, -0.0, 1.0, -1.5, 0.1, NAN, INF, -INF))
    log("num_object", o(zero=0.0, negzero=-0.0, big=1e21, small=1e-7, huge=2.0 ** 70, tiny=5e-324))

    # strings inside containers
    log("str_array", a("plain", "it's", 'say "hi"', "it's \"x\"", "a`b'c\"", "${x}'\"`"))
    log("str_escapes", a("line\nbreak", "tab\there", "back\\slash", "nul\x00", "\x7f\x9f\xa0"))
    log("str_unicode_array", a("é", "😀", "中文", "\ud800"))
    log("str_long_in_array", a("a\n" * 3 + "x" * 80))
    log("str_long_in_object", o(text="line one\nline two\nline three\n" + "y" * 60))
    log("str_70_in_array", a("x" * 70))
    log("str_75_in_object", o(k="y" * 75))
    log("str_long_nested", o(outer=o(inner="w" * 30 + "\n" + "v" * 60)))
    log("str_empty_in_array", a("", "", ""))

    # plain objects
    log("obj_empty", o())
    log("obj_simple", o(a=1.0, b="two", c=True, d=U, e=N))
    log("obj_nested", o(a=o(b=o(c=o(d=1.0)))))
    log("obj_nested_empty", o(a=o(b=o(c=o()))))
    log("obj_nested_arrays", o(f=a(a(a(a(1.0))))))
    log("obj_nested_empty_arrays", o(f=a(a(a(a())))))
    log("obj_depth_mixed", o(a=o(b=o(c=o(d=1.0))), e=o(b=o(c=o())), f=a(a(a(a(1.0))))))
    log("obj_keys_quoted", o(("1", "n"), ("10", "m"), ("a-b", 1.0), ("$a", 2.0), ("_ok", 3.0),
                             ("é", 4.0), ("", 5.0), ("it's", 6.0), ("a b", 7.0), ("x\ny", 8.0),
                             ("A1_z", 9.0), ("9lives", 10.0)))
    log("obj_numeric_keys", o(("0", "a"), ("1", "b"), ("2", "c")))
    log("obj_wrap", o(first="a" * 20, second="b" * 20, third="c" * 20))
    log("obj_just_fits", o(k1="a" * 14, k2="b" * 14, k3="c" * 14))
    log("obj_just_over", o(k1="a" * 15, k2="b" * 15, k3="c" * 15))
    log("obj_30_keys", o(*[(f"key{i}", float(i)) for i in range(30)]))
    log("obj_30_short_keys", o(*[(chr(97 + i % 26) * (1 + i // 26), float(i)) for i in range(30)]))
    log("obj_of_arrays", o(xs=nums(range(10)), ys=a("a", "b"), zs=a()))
    log("obj_wide_nested", o(*[(f"p{i}", o(x=float(i), y=float(i * i), label=f"point {i}"))
                               for i in range(5)]))
    log("obj_deep_wrap", o(config=o(server=o(host="localhost", port=8080.0, tls=o(cert="a.pem")),
                                    clients=a(o(id=1.0), o(id=2.0)))))
    log("obj_bool_values", o(t=True, f=False))
    log("proto_key", o(("__proto__", 1.0), ("x", 2.0)))

    # constructors
    log("ctor_point", o(x=1.0, y=2.0, ctor="Point"))
    log("ctor_empty", o(ctor="Empty"))
    log("ctor_in_array", a(o(x=1.0, ctor="Point"), o(x=2.0, ctor="Point")))
    log("ctor_depth_cut", o(p=o(q=o(r=o(x=1.0, ctor="Point")))))
    log("ctor_long", o(*[(f"field{i}", "v" * 8) for i in range(8)], ctor="Record"))
    log("null_proto", o(ctor=None))
    log("null_proto_keys", o(a=1.0, ctor=None))
    log("null_proto_nested", o(y=o(z=o(w=o(a=1.0, ctor=None)))))

    # arrays of numbers
    log("arr_empty", a())
    log("arr_6", nums(range(6)))
    log("arr_7", nums(range(7)))
    log("arr_7_wide", nums([1e10 * (i + 1) for i in range(7)]))
    log("arr_26", nums(range(26)))
    log("arr_30", nums(range(30)))
    log("arr_30_squares", nums([i * i for i in range(30)]))
    log("arr_50", nums(range(50)))
    log("arr_100", nums(range(100)))
    log("arr_101", nums(range(101)))
    log("arr_150", nums(range(150)))
    log("arr_150_mixed_width", nums([(i * 7919) % 100003 for i in range(150)]))
    log("arr_floats", nums([i / 7 for i in range(20)]))
    log("arr_negative", nums([-i * 3 for i in range(40)]))
    log("arr_special_nums", nums([NAN, INF, -INF, -0.0, 0.0, 1e21, 1e-7, 5e-324] * 3))
    log("arr_powers", nums([2.0 ** i for i in range(0, 64, 3)]))
    log("arr_one_long", nums([1.0] * 20 + [123456789.123]))
    log("arr_nested_numbers", a(nums(range(30)), nums(range(3))))
    log("arr_matrix", a(*[nums(range(r * 4, r * 4 + 4)) for r in range(4)]))
    log("arr_matrix_big", a(*[nums(range(r * 10, r * 10 + 10)) for r in range(10)]))
    log("arr_in_object_indented", o(data=o(values=nums(range(40)))))

    # arrays of strings and mixtures
    log("arr_letters", a(*[chr(97 + i) for i in range(26)]))
    log("arr_words", a(*WORDS))
    log("arr_words_long", a(*[w * 3 for w in WORDS]))
    log("arr_str_quotes", a(*["it's", 'a "q"', "plain"] * 4))
    log("arr_str_newlines", a(*["l1\nl2", "x", "y\tz"] * 4))
    log("arr_emoji", a(*["😀" * (i % 3 + 1) for i in range(26)]))
    log("arr_mixed", a(1.0, "two", True, N, U, 6.0, "seven", o(a=1.0), a(9.0), fn("g")))
    log("arr_mixed_30", a(*[float(i) if i % 3 else str(i) for i in range(30)]))
    log("arr_bools", a(*[i % 2 == 0 for i in range(20)]))
    log("arr_undefs", a(*[U] * 10))
    log("arr_of_objects", a(*[o(id=float(i), name=f"item{i}") for i in range(5)]))
    log("arr_of_objects_short", a(o(a=1.0), o(b=2.0)))
    log("arr_of_arrays_deep", a(a(a(a(a(1.0))))))
    log("arr_extra_keys", a(1.0, 2.0, extra=[("foo", "bar")]))
    log("arr_extra_keys_only", a(extra=[("foo", "bar")]))
    log("arr_extra_keys_many", ArrayView([float(i) for i in range(10)], [("tag", "t")]))
    log("arr_very_uneven", a("x" * 60, "a", "b", "c", "d", "e", "f", "g"))

    # holes
    log("holes_middle", a(1.0, H, 3.0))
    log("holes_lead_trail", a(H, H, 1.0, H))
    log("holes_all", a(H, H, H, H, H))
    log("holes_one", a(H))
    log("holes_trailing", a(1.0, 2.0, H))
    log("holes_grouping", a(1.0, H, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0))
    log("holes_many_runs", a(*[float(i) if i % 3 else H for i in range(40)]))
    log("holes_150", ArrayView([H if i % 2 else float(i) for i in range(150)]))
    log("holes_big_gap", ArrayView([1.0] + [H] * 500 + [2.0]))
    log("holes_tail_after_100", ArrayView([float(i) for i in range(100)] + [H] * 50))
    log("holes_run_at_limit", ArrayView([float(i) for i in range(99)] + [H] * 5 + [7.0] * 5))
    log("holes_strings", a("a", H, "b", "c", "d", "e", "f", "g"))

    # functions
    log("fn_anon", fn())
    log("fn_named", fn("compute"))
    log("fn_props", fn("f", a=1.0))
    log("fn_anon_props", fn("", count=3.0, label="x"))
    log("fn_in_array", a(fn(), fn("f"), fn("g", a=1.0)))
    log("fn_in_object", o(handler=fn("onClick"), anon=fn()))
    log("fn_deep_props", o(a=o(b=o(c=fn("f", x=1.0)))))
    log("fn_deep_no_props", o(a=o(b=o(c=fn("f")))))
    log("fn_props_wrap", fn("configure", *[(f"option{i}", f"value{i}") for i in range(6)]))
    log("fn_props_nested", fn("f", inner=o(x=o(y=o(z=1.0)))))

    # cycles
    log("cycle_self", self_cycle())
    log("cycle_two", two_cycle())
    log("cycle_array", array_cycle())
    log("cycle_deep", deep_cycle())
    log("cycle_double", double_cycle())
    log("cycle_fn", fn_cycle())
    log("cycle_in_array", a(self_cycle(), self_cycle()))
    log("shared_refs", shared_not_cyclic())
    log("cycle_twice_in_args", two_cycle(), two_cycle())

    # format directives
    log("fmt_s", "%s and %s", "str", 42.0)
    log("fmt_s_obj", "%s|%s|%s|%s", a(1.0, a(2.0, a(3.0))), o(a=o(b=1.0)), N, U)
    log("fmt_s_negzero", "%s", -0.0)
    log("fmt_d", "%d|%d|%d|%d|%d|%d|%d|%d", "0x10", a(), a(7.0), o(), N, True, -0.0, 1.5)
    log("fmt_i", "%i|%i|%i|%i|%i|%i", "-0", 1e21, " 0x1f", "12abc", -0.5, "abc")
    log("fmt_f", "%f|%f|%f|%f|%f", " -1.5e3xyz", "Infinityx", ".e1", "1e", 2.5)
    log("fmt_j", "%j|%j|%j", o(a=a(1.0, U, fn(), NAN, -0.0), b=U, c='q"\n\x01'), U, "x")
    log("fmt_j_cycle", "%j", self_cycle())
    log("fmt_O", "%O", o(a=o(b=o(c=o(d=1.0)))))
    log("fmt_o", "%o", a(1.0, a(2.0, a(3.0))))
    log("fmt_o_deep", "%o", o(a=o(b=o(c=o(d=o(e=1.0))))))
    log("fmt_percent", "%%", 1.0)
    log("fmt_percent_alone", "100%%")
    log("fmt_lone_percent", "%")
    log("fmt_trailing_percent", "a%", 1.0)
    log("fmt_no_args", "%s")
    log("fmt_missing_arg", "%s %s", 1.0)
    log("fmt_unknown", "%x %s", 1.0, 2.0)
    log("fmt_c", "%c%s", "color:red", "hi", "extra")
    log("fmt_c_only", "%c", "css")
    log("fmt_c_then_more", "%c", "css", "x")
    log("fmt_extra_args", "%d items", 3.0, o(x=1.0), "tail")
    log("fmt_not_first", 1.0, "%s", 2.0)
    log("fmt_percent_pct_with_args", "50%% of %d", 8.0)
    log("fmt_adjacent", "%s%s%d", "a", "b", 3.0)
    return c


def _random_string(rng: random.Random) -> str:
    # Lengths straddle the thresholds where node starts to split strings
    # (16, and 80 minus the indentation minus 4).
    n = rng.choice([0, 1, 2, 3, 5, 8, 12, 16, 17, 20, 30, 40, 60, 72, 75, 76, 77, 78, 90])
    alphabet = rng.choice(["a", "ab'", "x\n", "é", "😀", '"', "`'\"", "\\", " ", "${"])
    return "".join(rng.choice(alphabet + "xyz") for _ in range(n))


def _random_value(rng: random.Random, depth: int, big: bool):
    """A random JS value; containers thin out with depth. Without `big`,
    containers stay small enough for their output to be committed."""
    roll = rng.random()
    if depth > 3 or roll < 0.4:
        kind = rng.randrange(8)
        if kind == 0:
            return float(rng.randint(-10 ** rng.randint(0, 12), 10 ** rng.randint(0, 12)))
        if kind == 1:
            return rng.choice([0.5, -0.0, 1e21, 3.14159, 1e-7, NAN, INF, -INF, 2.0 ** 40])
        if kind == 2:
            return rng.random() * 10.0 ** rng.randint(-10, 25)
        if kind == 3:
            return _random_string(rng)
        if kind == 4:
            return rng.choice([True, False, U, N])
        if kind == 5:
            props = [(rng.choice(WORDS), _random_value(rng, depth + 1, big))] if rng.random() < 0.3 else []
            return FunctionView(rng.choice(["", "f", "longFunctionName"]), props)
        return rng.choice(WORDS)
    if roll < 0.7:
        n = rng.choice([0, 1, 2, 3, 5, 6, 7, 8, 10, 16, 25, 27] + ([60, 99, 100, 101, 102, 130] if big else []))
        if depth == 3:
            n = min(n, 2)  # beyond the depth cut-off only emptiness shows
        if rng.random() < 0.5:
            # Long flat arrays exercise grouping; few of their items nest.
            kind = rng.randrange(3)
            if kind == 0:
                items = [float(rng.randint(0, 10 ** rng.randint(0, 8))) for _ in range(n)]
            elif kind == 1:
                items = [_random_string(rng) if rng.random() < 0.5 else rng.choice(WORDS)
                         for _ in range(n)]
            else:
                items = [_random_value(rng, depth + 2, big) if rng.random() < 0.1
                         else rng.choice([1.0, "s", True, N]) for _ in range(n)]
        else:
            items = [_random_value(rng, depth + 1, big) for _ in range(min(n, 12 if big else 6))]
        if rng.random() < 0.2:
            for _ in range(rng.randint(1, 20)):
                if items:
                    items[rng.randrange(len(items))] = HOLE
        extra = [("extra", 1.0)] if rng.random() < 0.05 else []
        return ArrayView(items, extra)
    n = rng.choice([0, 1, 2, 3, 4, 5, 8] + ([12, 20, 30] if big else []))
    if depth == 3:
        n = min(n, 2)
    keys = [(_random_string(rng) or "k") if rng.random() < 0.3 else f"{rng.choice(WORDS)}{i}"
            for i in range(n)]
    # Integer-like keys would be reordered by JS; the views keep them as given.
    keys = [k for k in dict.fromkeys(keys) if not k.isdigit() and k != "__proto__"]
    ctor = rng.choice(["Object"] * 5 + ["P", None, "VeryLongConstructorName"])
    view = ObjectView(ctor, [(k, _random_value(rng, depth + 1, big)) for k in keys])
    if rng.random() < 0.1:
        view.entries.append(("cyc", view))
    return view


def _random_cases(seed: int, count: int, big: bool = False):
    rng = random.Random(seed)
    return [(f"random{seed}_{i}", "log",
             [_random_value(rng, 0, big) for _ in range(rng.choice([1, 1, 1, 2]))])
            for i in range(count)]


CASES = _cases() + _random_cases(1, 60)


def _render(mode, args):
    if mode == "inspect":
        return inspect(args[0])
    return format_log_args(args)


# ---- node oracle -----------------------------------------------------------------


class _JsBuilder:
    """Emits JS statements that rebuild a view graph, sharing and cycles included."""

    def __init__(self):
        self.stmts: list[str] = []
        self.names: dict[int, str] = {}

    def expr(self, v) -> str:
        t = type(v)
        if t is str:
            # JSON escapes (with ensure_ascii) are valid JS string escapes,
            # lone surrogates included.
            return json.dumps(v)
        if t is bool:
            return "true" if v else "false"
        if t is float or t is int:
            x = float(v)
            if x != x:
                return "NaN"
            if math.isinf(x):
                return "Infinity" if x > 0 else "-Infinity"
            if x == 0 and math.copysign(1.0, x) < 0:
                return "-0"
            return repr(x)
        if v is UNDEFINED:
            return "undefined"
        if v is NULL:
            return "null"
        if id(v) in self.names:
            return self.names[id(v)]
        name = f"v{len(self.names)}"
        self.names[id(v)] = name
        if t is ObjectView:
            if v.constructor_name == "Object":
                init = "{}"
            elif v.constructor_name is None:
                init = "Object.create(null)"
            else:
                init = f"new (function {v.constructor_name}() {{}})()"
        elif t is ArrayView:
            init = f"new Array({len(v.items)})"
        else:
            # `(0, function(){})` keeps the function anonymous: a bare
            # function expression in an initializer would be named after it.
            init = f"function {v.name}() {{}}" if v.name else "(0, function () {})"
        self.stmts.append(f"const {name} = {init};")
        if t is ArrayView:
            for i, item in enumerate(v.items):
                if item is not HOLE:
                    self.stmts.append(f"{name}[{i}] = {self.expr(item)};")
        for key, value in v.entries:
            rhs = self.expr(value)
            if key == "__proto__":
                self.stmts.append(f"Object.defineProperty({name}, '__proto__', "
                                  f"{{value: {rhs}, enumerable: true, writable: true, "
                                  f"configurable: true}});")
            else:
                self.stmts.append(f"{name}[{json.dumps(key)}] = {rhs};")
        return name


_SEPARATOR = "\x01--case--\x01"


def _node_outputs(cases) -> list[str]:
    blocks = ["const util = require('util');"]
    for _, mode, args in cases:
        b = _JsBuilder()
        exprs = [b.expr(x) for x in args]
        call = (f"console.log(util.inspect({exprs[0]}));" if mode == "inspect"
                else f"console.log({', '.join(exprs)});")
        # One function per case keeps each scope small for V8's compiler.
        blocks.append("(() => {\n" + "\n".join(b.stmts) + "\n" + call + "\n})();")
        blocks.append(f"process.stdout.write({json.dumps(_SEPARATOR)} + '\\n');")
    proc = subprocess.run(["node", "-"], input="\n".join(blocks), capture_output=True,
                          text=True, encoding="utf-8", errors="surrogatepass")
    if proc.returncode:
        raise RuntimeError(proc.stderr[-2000:])
    chunks = proc.stdout.split(_SEPARATOR + "\n")
    assert chunks[-1] == ""
    # console.log appends one newline to each case's text.
    return [chunk[:-1] for chunk in chunks[:-1]]


# ---- tests -------------------------------------------------------------------------


@pytest.mark.parametrize("name,mode,args", CASES, ids=[c[0] for c in CASES])
def test_matches_node_v20(name, mode, args):
    assert _render(mode, args) == EXPECTED[name]


def test_every_case_has_an_expectation():
    assert {c[0] for c in CASES} == set(EXPECTED)
    assert len({c[0] for c in CASES}) == len(CASES)


@pytest.mark.skipif(shutil.which("node") is None, reason="node not installed")
def test_matches_live_node():
    cases = CASES + _random_cases(2, 300, big=True)
    expected = _node_outputs(cases)
    mismatches = [(name, exp, _render(mode, args))
                  for (name, mode, args), exp in zip(cases, expected)
                  if _render(mode, args) != exp]
    assert not mismatches, mismatches[:3]


def test_sentinels_are_distinct_and_readable():
    assert len({id(UNDEFINED), id(NULL), id(HOLE)}) == 3
    assert repr(UNDEFINED) == "UNDEFINED"
    assert inspect(HOLE) == "undefined"


def test_views_compare_by_identity():
    assert o(a=1.0) != o(a=1.0)
    x = o()
    assert x == x


def test_items_may_be_any_sequence():
    # A lazy builder may hand in a sequence type of its own; only len and
    # indexing of the first 100 items are used.
    class Lazy:
        def __init__(self, n):
            self.n = n
            self.touched = set()

        def __len__(self):
            return self.n

        def __getitem__(self, i):
            if not 0 <= i < self.n:
                raise IndexError(i)
            self.touched.add(i)
            return float(i)

    lazy = Lazy(10 ** 6)
    text = inspect(ArrayView(lazy))
    assert text.endswith("... 999900 more items\n]")
    # node reads one item past the shown ones to decide the column alignment.
    assert max(lazy.touched) == 100


def test_ints_print_like_floats():
    assert inspect(a(1, 2, 3)) == inspect(a(1.0, 2.0, 3.0)) == "[ 1, 2, 3 ]"


def test_surrogate_pairs_as_two_code_points_print_as_one_character():
    # An engine that keeps UTF-16 code units in Python strings hands pairs in
    # as two code points; they are one well-formed character to JS.
    assert inspect("\ud83d\ude00") == "'\U0001f600'"
    assert inspect("\ude00\ud83d") == "'\\ude00\\ud83d'"


def test_log_fast_paths_agree_with_inspect():
    for x in [0.0, -0.0, 1.5, NAN, -INF, 1e21]:
        assert format_log_args([x]) == inspect(x)
    assert format_log_args(["a", -0.0, "b"]) == "a -0 b"


def test_unknown_python_value_is_rejected():
    with pytest.raises(TypeError):
        inspect(object())


def test_depth_argument():
    assert inspect(o(a=o(b=1.0)), depth=0) == "{ a: [Object] }"
    # Four levels shown: only the innermost three share a line (compact: 3).
    assert inspect(o(a=o(b=o(c=o(d=1.0)))), depth=math.inf) == "{\n  a: { b: { c: { d: 1 } } }\n}"


def test_cycle_numbering_is_per_call():
    x = self_cycle()
    assert inspect(x) == "<ref *1> { self: [Circular *1] }"
    assert inspect(x) == "<ref *1> { self: [Circular *1] }"
    assert format_log_args([x, x]) == ("<ref *1> { self: [Circular *1] } "
                                       "<ref *1> { self: [Circular *1] }")


def _print_expected_table():
    outputs = _node_outputs(CASES)
    print("EXPECTED = {")
    for (name, _, _), text in zip(CASES, outputs):
        print(f"    {name!r}: {text!r},")
    print("}")


# ---- expected output, generated by node v20 (see the module docstring) -------------

EXPECTED: dict[str, str] = {
    'num0': '0',
    'num1': '-0',
    'num2': '1',
    'num3': '-1.5',
    'num4': '0.1',
    'num5': '0.09999999999999998',
    'num6': '1e+21',
    'num7': '1e-7',
    'num8': '1.5e-7',
    'num9': '0.000001',
    'num10': '123456789012345680000',
    'num11': '9007199254740992',
    'num12': '18446744073709552000',
    'num13': 'NaN',
    'num14': 'Infinity',
    'num15': '-Infinity',
    'num16': '5e-324',
    'num17': '1.7976931348623157e+308',
    'num18': '100',
    'num19': '1e+100',
    'num20': '-1e-100',
    'num21': '0.5',
    'num22': '2147483648',
    'str_raw': 'hello world',
    'str_raw_quotes': 'it\'s "q" `b`\n\ttabbed',
    'bools': 'true false',
    'undef_null': 'undefined null',
    'empty_string': '',
    'no_args': '',
    'multi': '1 two { three: 3 } [ 4 ] true undefined null -0',
    'str_then_obj': 'value: { a: 1 }',
    'inspect_str': "'hello'",
    'inspect_str_sq': '"it\'s"',
    'inspect_str_dq': '\'say "hi"\'',
    'inspect_str_both': '`it\'s "x"`',
    'inspect_str_all3': '\'it\\\'s "x" `y`\'',
    'inspect_str_dollar': '\'it\\\'s "x" ${y}\'',
    'inspect_str_ctrl': "'\\x00\\x01\\x07\\b\\t\\n\\x0B\\f\\r\\x0E\\x1B\\x1F\\x7F\\x80\\x9F\xa0\\\\'",
    'inspect_str_unicode': "'é ü 中文 😀'",
    'inspect_str_lone_surrogates': "'a\\ud800b\\udc00c😀'",
    'inspect_str_long_newlines': "'first line\\n' +\n  'first line\\n' +\n  'first line\\n' +\n  'first line\\n' +\n  'first line\\n' +\n  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'",
    'inspect_str_long_no_newline': "'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz'",
    'inspect_str_77': "'qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq'",
    'inspect_str_76_nl': "'qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq\\nrrrrr'",
    'inspect_str_77_nl': "'qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq\\n' +\n  'rrrrrr'",
    'inspect_str_trailing_nl': "'line\\n' +\n  'line\\n' +\n  'line\\n' +\n  'line\\n' +\n  'line\\n' +\n  'line\\n' +\n  'line\\n' +\n  'line\\n' +\n  'line\\n' +\n  'line\\n' +\n  'line\\n' +\n  'line\\n' +\n  'line\\n' +\n  'line\\n' +\n  'line\\n' +\n  'line\\n' +\n  'line\\n' +\n  'line\\n' +\n  'line\\n' +\n  'line\\n'",
    'inspect_str_blank_lines': "'a\\n' +\n  '\\n' +\n  '\\n' +\n  'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'",
    'inspect_num': '42',
    'inspect_negzero': '-0',
    'inspect_undef': 'undefined',
    'inspect_null': 'null',
    'inspect_int': '7',
    'num_array': '[ 0, -0, 1, -1.5, 0.1, NaN, Infinity, -Infinity ]',
    'num_object': '{\n  zero: 0,\n  negzero: -0,\n  big: 1e+21,\n  small: 1e-7,\n  huge: 1.1805916207174113e+21,\n  tiny: 5e-324\n}',
    'str_array': '[ \'plain\', "it\'s", \'say "hi"\', `it\'s "x"`, \'a`b\\\'c"\', \'${x}\\\'"`\' ]',
    'str_escapes': "[ 'line\\nbreak', 'tab\\there', 'back\\\\slash', 'nul\\x00', '\\x7F\\x9F\xa0' ]",
    'str_unicode_array': "[ 'é', '😀', '中文', '\\ud800' ]",
    'str_long_in_array': "[\n  'a\\n' +\n    'a\\n' +\n    'a\\n' +\n    'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n]",
    'str_long_in_object': "{\n  text: 'line one\\n' +\n    'line two\\n' +\n    'line three\\n' +\n    'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'\n}",
    'str_70_in_array': "[\n  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n]",
    'str_75_in_object': "{\n  k: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy'\n}",
    'str_long_nested': "{\n  outer: {\n    inner: 'wwwwwwwwwwwwwwwwwwwwwwwwwwwwww\\n' +\n      'vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv'\n  }\n}",
    'str_empty_in_array': "[ '', '', '' ]",
    'obj_empty': '{}',
    'obj_simple': "{ a: 1, b: 'two', c: true, d: undefined, e: null }",
    'obj_nested': '{ a: { b: { c: [Object] } } }',
    'obj_nested_empty': '{ a: { b: { c: {} } } }',
    'obj_nested_arrays': '{ f: [ [ [Array] ] ] }',
    'obj_nested_empty_arrays': '{ f: [ [ [Array] ] ] }',
    'obj_depth_mixed': '{ a: { b: { c: [Object] } }, e: { b: { c: {} } }, f: [ [ [Array] ] ] }',
    'obj_keys_quoted': '{\n  \'1\': \'n\',\n  \'10\': \'m\',\n  \'a-b\': 1,\n  \'$a\': 2,\n  _ok: 3,\n  \'é\': 4,\n  \'\': 5,\n  "it\'s": 6,\n  \'a b\': 7,\n  \'x\\ny\': 8,\n  A1_z: 9,\n  \'9lives\': 10\n}',
    'obj_numeric_keys': "{ '0': 'a', '1': 'b', '2': 'c' }",
    'obj_wrap': "{\n  first: 'aaaaaaaaaaaaaaaaaaaa',\n  second: 'bbbbbbbbbbbbbbbbbbbb',\n  third: 'cccccccccccccccccccc'\n}",
    'obj_just_fits': "{ k1: 'aaaaaaaaaaaaaa', k2: 'bbbbbbbbbbbbbb', k3: 'cccccccccccccc' }",
    'obj_just_over': "{ k1: 'aaaaaaaaaaaaaaa', k2: 'bbbbbbbbbbbbbbb', k3: 'ccccccccccccccc' }",
    'obj_30_keys': '{\n  key0: 0,\n  key1: 1,\n  key2: 2,\n  key3: 3,\n  key4: 4,\n  key5: 5,\n  key6: 6,\n  key7: 7,\n  key8: 8,\n  key9: 9,\n  key10: 10,\n  key11: 11,\n  key12: 12,\n  key13: 13,\n  key14: 14,\n  key15: 15,\n  key16: 16,\n  key17: 17,\n  key18: 18,\n  key19: 19,\n  key20: 20,\n  key21: 21,\n  key22: 22,\n  key23: 23,\n  key24: 24,\n  key25: 25,\n  key26: 26,\n  key27: 27,\n  key28: 28,\n  key29: 29\n}',
    'obj_30_short_keys': '{\n  a: 0,\n  b: 1,\n  c: 2,\n  d: 3,\n  e: 4,\n  f: 5,\n  g: 6,\n  h: 7,\n  i: 8,\n  j: 9,\n  k: 10,\n  l: 11,\n  m: 12,\n  n: 13,\n  o: 14,\n  p: 15,\n  q: 16,\n  r: 17,\n  s: 18,\n  t: 19,\n  u: 20,\n  v: 21,\n  w: 22,\n  x: 23,\n  y: 24,\n  z: 25,\n  aa: 26,\n  bb: 27,\n  cc: 28,\n  dd: 29\n}',
    'obj_of_arrays': "{\n  xs: [\n    0, 1, 2, 3, 4,\n    5, 6, 7, 8, 9\n  ],\n  ys: [ 'a', 'b' ],\n  zs: []\n}",
    'obj_wide_nested': "{\n  p0: { x: 0, y: 0, label: 'point 0' },\n  p1: { x: 1, y: 1, label: 'point 1' },\n  p2: { x: 2, y: 4, label: 'point 2' },\n  p3: { x: 3, y: 9, label: 'point 3' },\n  p4: { x: 4, y: 16, label: 'point 4' }\n}",
    'obj_deep_wrap': "{\n  config: {\n    server: { host: 'localhost', port: 8080, tls: [Object] },\n    clients: [ [Object], [Object] ]\n  }\n}",
    'obj_bool_values': '{ t: true, f: false }',
    'proto_key': "{ ['__proto__']: 1, x: 2 }",
    'ctor_point': 'Point { x: 1, y: 2 }',
    'ctor_empty': 'Empty {}',
    'ctor_in_array': '[ Point { x: 1 }, Point { x: 2 } ]',
    'ctor_depth_cut': '{ p: { q: { r: [Point] } } }',
    'ctor_long': "Record {\n  field0: 'vvvvvvvv',\n  field1: 'vvvvvvvv',\n  field2: 'vvvvvvvv',\n  field3: 'vvvvvvvv',\n  field4: 'vvvvvvvv',\n  field5: 'vvvvvvvv',\n  field6: 'vvvvvvvv',\n  field7: 'vvvvvvvv'\n}",
    'null_proto': '[Object: null prototype] {}',
    'null_proto_keys': '[Object: null prototype] { a: 1 }',
    'null_proto_nested': '{ y: { z: { w: [Object: null prototype] } } }',
    'arr_empty': '[]',
    'arr_6': '[ 0, 1, 2, 3, 4, 5 ]',
    'arr_7': '[\n  0, 1, 2, 3,\n  4, 5, 6\n]',
    'arr_7_wide': '[\n  10000000000,\n  20000000000,\n  30000000000,\n  40000000000,\n  50000000000,\n  60000000000,\n  70000000000\n]',
    'arr_26': '[\n   0,  1,  2,  3,  4,  5,  6,  7,\n   8,  9, 10, 11, 12, 13, 14, 15,\n  16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25\n]',
    'arr_30': '[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,\n   9, 10, 11, 12, 13, 14, 15, 16, 17,\n  18, 19, 20, 21, 22, 23, 24, 25, 26,\n  27, 28, 29\n]',
    'arr_30_squares': '[\n    0,   1,   4,   9,  16,  25,  36,  49,\n   64,  81, 100, 121, 144, 169, 196, 225,\n  256, 289, 324, 361, 400, 441, 484, 529,\n  576, 625, 676, 729, 784, 841\n]',
    'arr_50': '[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10,\n  11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,\n  22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32,\n  33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,\n  44, 45, 46, 47, 48, 49\n]',
    'arr_100': '[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99\n]',
    'arr_101': '[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 1 more item\n]',
    'arr_150': '[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 50 more items\n]',
    'arr_150_mixed_width': '[\n      0,  7919, 15838, 23757, 31676, 39595, 47514, 55433,\n  63352, 71271, 79190, 87109, 95028,  2944, 10863, 18782,\n  26701, 34620, 42539, 50458, 58377, 66296, 74215, 82134,\n  90053, 97972,  5888, 13807, 21726, 29645, 37564, 45483,\n  53402, 61321, 69240, 77159, 85078, 92997,   913,  8832,\n  16751, 24670, 32589, 40508, 48427, 56346, 64265, 72184,\n  80103, 88022, 95941,  3857, 11776, 19695, 27614, 35533,\n  43452, 51371, 59290, 67209, 75128, 83047, 90966, 98885,\n   6801, 14720, 22639, 30558, 38477, 46396, 54315, 62234,\n  70153, 78072, 85991, 93910,  1826,  9745, 17664, 25583,\n  33502, 41421, 49340, 57259, 65178, 73097, 81016, 88935,\n  96854,  4770, 12689, 20608, 28527, 36446, 44365, 52284,\n  60203, 68122, 76041, 83960,\n  ... 50 more items\n]',
    'arr_floats': '[\n                   0, 0.14285714285714285,\n  0.2857142857142857, 0.42857142857142855,\n  0.5714285714285714,  0.7142857142857143,\n  0.8571428571428571,                   1,\n  1.1428571428571428,  1.2857142857142858,\n  1.4285714285714286,  1.5714285714285714,\n  1.7142857142857142,  1.8571428571428572,\n                   2,   2.142857142857143,\n  2.2857142857142856,  2.4285714285714284,\n  2.5714285714285716,  2.7142857142857144\n]',
    'arr_negative': '[\n     0,   -3,   -6,   -9,  -12, -15,  -18,\n   -21,  -24,  -27,  -30,  -33, -36,  -39,\n   -42,  -45,  -48,  -51,  -54, -57,  -60,\n   -63,  -66,  -69,  -72,  -75, -78,  -81,\n   -84,  -87,  -90,  -93,  -96, -99, -102,\n  -105, -108, -111, -114, -117\n]',
    'arr_special_nums': '[\n        NaN,  Infinity, -Infinity,\n         -0,         0,     1e+21,\n       1e-7,    5e-324,       NaN,\n   Infinity, -Infinity,        -0,\n          0,     1e+21,      1e-7,\n     5e-324,       NaN,  Infinity,\n  -Infinity,        -0,         0,\n      1e+21,      1e-7,    5e-324\n]',
    'arr_powers': '[\n                    1,                   8,\n                   64,                 512,\n                 4096,               32768,\n               262144,             2097152,\n             16777216,           134217728,\n           1073741824,          8589934592,\n          68719476736,        549755813888,\n        4398046511104,      35184372088832,\n      281474976710656,    2251799813685248,\n    18014398509481984,  144115188075855870,\n  1152921504606847000, 9223372036854776000\n]',
    'arr_one_long': '[\n  1,\n  1,\n  1,\n  1,\n  1,\n  1,\n  1,\n  1,\n  1,\n  1,\n  1,\n  1,\n  1,\n  1,\n  1,\n  1,\n  1,\n  1,\n  1,\n  1,\n  123456789.123\n]',
    'arr_nested_numbers': '[\n  [\n     0,  1,  2,  3,  4,  5,  6,  7,  8,\n     9, 10, 11, 12, 13, 14, 15, 16, 17,\n    18, 19, 20, 21, 22, 23, 24, 25, 26,\n    27, 28, 29\n  ],\n  [ 0, 1, 2 ]\n]',
    'arr_matrix': '[\n  [ 0, 1, 2, 3 ],\n  [ 4, 5, 6, 7 ],\n  [ 8, 9, 10, 11 ],\n  [ 12, 13, 14, 15 ]\n]',
    'arr_matrix_big': '[\n  [\n    0, 1, 2, 3, 4,\n    5, 6, 7, 8, 9\n  ],\n  [\n    10, 11, 12, 13, 14,\n    15, 16, 17, 18, 19\n  ],\n  [\n    20, 21, 22, 23, 24,\n    25, 26, 27, 28, 29\n  ],\n  [\n    30, 31, 32, 33, 34,\n    35, 36, 37, 38, 39\n  ],\n  [\n    40, 41, 42, 43, 44,\n    45, 46, 47, 48, 49\n  ],\n  [\n    50, 51, 52, 53, 54,\n    55, 56, 57, 58, 59\n  ],\n  [\n    60, 61, 62, 63, 64,\n    65, 66, 67, 68, 69\n  ],\n  [\n    70, 71, 72, 73, 74,\n    75, 76, 77, 78, 79\n  ],\n  [\n    80, 81, 82, 83, 84,\n    85, 86, 87, 88, 89\n  ],\n  [\n    90, 91, 92, 93, 94,\n    95, 96, 97, 98, 99\n  ]\n]',
    'arr_in_object_indented': '{\n  data: {\n    values: [\n       0,  1,  2,  3,  4,  5,  6,  7,  8,  9,\n      10, 11, 12, 13, 14, 15, 16, 17, 18, 19,\n      20, 21, 22, 23, 24, 25, 26, 27, 28, 29,\n      30, 31, 32, 33, 34, 35, 36, 37, 38, 39\n    ]\n  }\n}',
    'arr_letters': "[\n  'a', 'b', 'c', 'd', 'e', 'f',\n  'g', 'h', 'i', 'j', 'k', 'l',\n  'm', 'n', 'o', 'p', 'q', 'r',\n  's', 't', 'u', 'v', 'w', 'x',\n  'y', 'z'\n]",
    'arr_words': "[\n  'alpha', 'beta',    'gamma',\n  'delta', 'epsilon', 'zeta',\n  'eta',   'theta',   'iota',\n  'kappa', 'lambda',  'mu',\n  'nu',    'xi',      'omicron',\n  'pi',    'rho',     'sigma',\n  'tau',   'upsilon', 'phi',\n  'chi',   'psi',     'omega'\n]",
    'arr_words_long': "[\n  'alphaalphaalpha',       'betabetabeta',\n  'gammagammagamma',       'deltadeltadelta',\n  'epsilonepsilonepsilon', 'zetazetazeta',\n  'etaetaeta',             'thetathetatheta',\n  'iotaiotaiota',          'kappakappakappa',\n  'lambdalambdalambda',    'mumumu',\n  'nununu',                'xixixi',\n  'omicronomicronomicron', 'pipipi',\n  'rhorhorho',             'sigmasigmasigma',\n  'tautautau',             'upsilonupsilonupsilon',\n  'phiphiphi',             'chichichi',\n  'psipsipsi',             'omegaomegaomega'\n]",
    'arr_str_quotes': '[\n  "it\'s",  \'a "q"\',\n  \'plain\', "it\'s",\n  \'a "q"\', \'plain\',\n  "it\'s",  \'a "q"\',\n  \'plain\', "it\'s",\n  \'a "q"\', \'plain\'\n]',
    'arr_str_newlines': "[\n  'l1\\nl2', 'x',\n  'y\\tz',   'l1\\nl2',\n  'x',      'y\\tz',\n  'l1\\nl2', 'x',\n  'y\\tz',   'l1\\nl2',\n  'x',      'y\\tz'\n]",
    'arr_emoji': "[\n  '😀', '😀😀', '😀😀😀',\n  '😀', '😀😀', '😀😀😀',\n  '😀', '😀😀', '😀😀😀',\n  '😀', '😀😀', '😀😀😀',\n  '😀', '😀😀', '😀😀😀',\n  '😀', '😀😀', '😀😀😀',\n  '😀', '😀😀', '😀😀😀',\n  '😀', '😀😀', '😀😀😀',\n  '😀', '😀😀'\n]",
    'arr_mixed': "[\n  1,         'two',\n  true,      null,\n  undefined, 6,\n  'seven',   { a: 1 },\n  [ 9 ],     [Function: g]\n]",
    'arr_mixed_30': "[\n  '0',  1,    2,   '3',  4,    5,    '6',\n  7,    8,    '9', 10,   11,   '12', 13,\n  14,   '15', 16,  17,   '18', 19,   20,\n  '21', 22,   23,  '24', 25,   26,   '27',\n  28,   29\n]",
    'arr_bools': '[\n  true, false, true, false,\n  true, false, true, false,\n  true, false, true, false,\n  true, false, true, false,\n  true, false, true, false\n]',
    'arr_undefs': '[\n  undefined, undefined,\n  undefined, undefined,\n  undefined, undefined,\n  undefined, undefined,\n  undefined, undefined\n]',
    'arr_of_objects': "[\n  { id: 0, name: 'item0' },\n  { id: 1, name: 'item1' },\n  { id: 2, name: 'item2' },\n  { id: 3, name: 'item3' },\n  { id: 4, name: 'item4' }\n]",
    'arr_of_objects_short': '[ { a: 1 }, { b: 2 } ]',
    'arr_of_arrays_deep': '[ [ [ [Array] ] ] ]',
    'arr_extra_keys': "[ 1, 2, foo: 'bar' ]",
    'arr_extra_keys_only': "[ foo: 'bar' ]",
    'arr_extra_keys_many': "[ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, tag: 't' ]",
    'arr_very_uneven': "[\n  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n  'a',\n  'b',\n  'c',\n  'd',\n  'e',\n  'f',\n  'g'\n]",
    'holes_middle': '[ 1, <1 empty item>, 3 ]',
    'holes_lead_trail': '[ <2 empty items>, 1, <1 empty item> ]',
    'holes_all': '[ <5 empty items> ]',
    'holes_one': '[ <1 empty item> ]',
    'holes_trailing': '[ 1, 2, <1 empty item> ]',
    'holes_grouping': '[ 1, <1 empty item>, 3, 4, 5, 6, 7, 8 ]',
    'holes_many_runs': '[\n  <1 empty item>, 1,  2,\n  <1 empty item>, 4,  5,\n  <1 empty item>, 7,  8,\n  <1 empty item>, 10, 11,\n  <1 empty item>, 13, 14,\n  <1 empty item>, 16, 17,\n  <1 empty item>, 19, 20,\n  <1 empty item>, 22, 23,\n  <1 empty item>, 25, 26,\n  <1 empty item>, 28, 29,\n  <1 empty item>, 31, 32,\n  <1 empty item>, 34, 35,\n  <1 empty item>, 37, 38,\n  <1 empty item>\n]',
    'holes_150': '[\n  0,              <1 empty item>, 2,              <1 empty item>, 4,\n  <1 empty item>, 6,              <1 empty item>, 8,              <1 empty item>,\n  10,             <1 empty item>, 12,             <1 empty item>, 14,\n  <1 empty item>, 16,             <1 empty item>, 18,             <1 empty item>,\n  20,             <1 empty item>, 22,             <1 empty item>, 24,\n  <1 empty item>, 26,             <1 empty item>, 28,             <1 empty item>,\n  30,             <1 empty item>, 32,             <1 empty item>, 34,\n  <1 empty item>, 36,             <1 empty item>, 38,             <1 empty item>,\n  40,             <1 empty item>, 42,             <1 empty item>, 44,\n  <1 empty item>, 46,             <1 empty item>, 48,             <1 empty item>,\n  50,             <1 empty item>, 52,             <1 empty item>, 54,\n  <1 empty item>, 56,             <1 empty item>, 58,             <1 empty item>,\n  60,             <1 empty item>, 62,             <1 empty item>, 64,\n  <1 empty item>, 66,             <1 empty item>, 68,             <1 empty item>,\n  70,             <1 empty item>, 72,             <1 empty item>, 74,\n  <1 empty item>, 76,             <1 empty item>, 78,             <1 empty item>,\n  80,             <1 empty item>, 82,             <1 empty item>, 84,\n  <1 empty item>, 86,             <1 empty item>, 88,             <1 empty item>,\n  90,             <1 empty item>, 92,             <1 empty item>, 94,\n  <1 empty item>, 96,             <1 empty item>, 98,             <1 empty item>,\n  ... 50 more items\n]',
    'holes_big_gap': '[ 1, <500 empty items>, 2 ]',
    'holes_tail_after_100': '[\n  0,  1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 50 more items\n]',
    'holes_run_at_limit': '[\n  0,  1,  2,  3,\n  4,  5,  6,  7,\n  8,  9,  10, 11,\n  12, 13, 14, 15,\n  16, 17, 18, 19,\n  20, 21, 22, 23,\n  24, 25, 26, 27,\n  28, 29, 30, 31,\n  32, 33, 34, 35,\n  36, 37, 38, 39,\n  40, 41, 42, 43,\n  44, 45, 46, 47,\n  48, 49, 50, 51,\n  52, 53, 54, 55,\n  56, 57, 58, 59,\n  60, 61, 62, 63,\n  64, 65, 66, 67,\n  68, 69, 70, 71,\n  72, 73, 74, 75,\n  76, 77, 78, 79,\n  80, 81, 82, 83,\n  84, 85, 86, 87,\n  88, 89, 90, 91,\n  92, 93, 94, 95,\n  96, 97, 98, <5 empty items>,\n  ... 5 more items\n]',
    'holes_strings': "[ 'a', <1 empty item>, 'b', 'c', 'd', 'e', 'f', 'g' ]",
    'fn_anon': '[Function (anonymous)]',
    'fn_named': '[Function: compute]',
    'fn_props': '[Function: f] { a: 1 }',
    'fn_anon_props': "[Function (anonymous)] { count: 3, label: 'x' }",
    'fn_in_array': '[ [Function (anonymous)], [Function: f], [Function: g] { a: 1 } ]',
    'fn_in_object': '{ handler: [Function: onClick], anon: [Function (anonymous)] }',
    'fn_deep_props': '{ a: { b: { c: [Function] } } }',
    'fn_deep_no_props': '{ a: { b: { c: [Function: f] } } }',
    'fn_props_wrap': "[Function: configure] {\n  option0: 'value0',\n  option1: 'value1',\n  option2: 'value2',\n  option3: 'value3',\n  option4: 'value4',\n  option5: 'value5'\n}",
    'fn_props_nested': '[Function: f] { inner: { x: { y: [Object] } } }',
    'cycle_self': '<ref *1> { self: [Circular *1] }',
    'cycle_two': "<ref *1> { name: 'x', other: { name: 'y', other: [Circular *1] } }",
    'cycle_array': '<ref *1> [ 1, 2, [Circular *1] ]',
    'cycle_deep': '{\n  level: 1,\n  mid: <ref *1> { level: 2, leaf: { level: 3, back: [Circular *1] } }\n}',
    'cycle_double': '{\n  first: <ref *1> { p: [Circular *1] },\n  second: <ref *2> { q: [Circular *2] },\n  again: <ref *1> { p: [Circular *1] }\n}',
    'cycle_fn': '<ref *1> [Function: f] { me: [Circular *1] }',
    'cycle_in_array': '[ <ref *1> { self: [Circular *1] }, <ref *2> { self: [Circular *2] } ]',
    'shared_refs': '{ x: [ 1, 2, 3 ], y: [ 1, 2, 3 ], z: { w: [ 1, 2, 3 ] } }',
    'cycle_twice_in_args': "<ref *1> { name: 'x', other: { name: 'y', other: [Circular *1] } } <ref *1> { name: 'x', other: { name: 'y', other: [Circular *1] } }",
    'fmt_s': 'str and 42',
    'fmt_s_obj': '[ 1, [Array] ]|{ a: [Object] }|null|undefined',
    'fmt_s_negzero': '-0',
    'fmt_d': '16|0|7|NaN|0|1|-0|1.5',
    'fmt_i': '-0|1|31|12|-0|NaN',
    'fmt_f': '-1500|Infinity|NaN|1|2.5',
    'fmt_j': '{"a":[1,null,null,null,0],"c":"q\\"\\n\\u0001"}|undefined|"x"',
    'fmt_j_cycle': '[Circular]',
    'fmt_O': '{ a: { b: { c: [Object] } } }',
    'fmt_o': '[ 1, [ 2, [ 3, [length]: 1 ], [length]: 2 ], [length]: 2 ]',
    'fmt_o_deep': '{\n  a: {\n    b: { c: { d: { e: 1 } } }\n  }\n}',
    'fmt_percent': '% 1',
    'fmt_percent_alone': '100%%',
    'fmt_lone_percent': '%',
    'fmt_trailing_percent': 'a% 1',
    'fmt_no_args': '%s',
    'fmt_missing_arg': '1 %s',
    'fmt_unknown': '%x 1 2',
    'fmt_c': 'hi extra',
    'fmt_c_only': '',
    'fmt_c_then_more': ' x',
    'fmt_extra_args': '3 items { x: 1 } tail',
    'fmt_not_first': '1 %s 2',
    'fmt_percent_pct_with_args': '50% of 8',
    'fmt_adjacent': 'ab3',
    'random1_0': "[ 'pi' ]",
    'random1_1': '[ 4468285, 605, 5, 0, 0, 719830, 992, extra: 1 ]',
    'random1_2': 'P {\n  mu0: [\n    [\n      <1 empty item>,\n      60050,\n      0,\n      <1 empty item>,\n      11,\n      34264986,\n      extra: 1\n    ],\n    VeryLongConstructorName { \'y"xxyxyy\': [Object: null prototype] },\n    [\n      \'y{zz$x$y$y{{x$zz\',\n      \'nu\',\n      \'éyyyézyééyééézééxxzxézxxxézzyyzyéxyéééyyzzyzééyzéyxzyyxxyxxyéyézéyxzyéyxyyxyéé\',\n      \'\',\n      \'    yyzzx y xxxxy\'\n    ]\n  ],\n  \'y\\\\z\\\\xy\\\\yzxyyzz\\\\z\': \' yxxy\',\n  \'z\\\'"yzzz"`xzy`\\\'yx"xz`x`"zyyyxz\\\'\\\'y\\\'`\\\'yy\\\'xy"y"x"zyyz`xzy\\\'yy\\\'x`x\': [ 1, null ]\n}',
    'random1_3': "[Function (anonymous)] { pi: 'tau' } [Function: longFunctionName]",
    'random1_4': 'null',
    'random1_5': "3.14159 [ [ <3 empty items>, 'rho', <2 empty items> ], 3.14159 ]",
    'random1_6': '[Function: f] VeryLongConstructorName {\n  \'y{yyxz{y$xy{\': \'epsilon\',\n  \'yx`xyyyyx`"x`\\\'"zzz`y`"yz"yzyy"yxyyxyzy"x"\\\'yxy\\\'y\\\'"z`xzzy`"xx"zz````x"x""zzx"xx`\': 8140526358800.608\n}',
    'random1_7': "{\n  'zyzyzxzzz😀😀xxxx😀😀yxz😀zx😀😀z😀xzy😀😀z😀yyxz😀x😀z😀zyzz😀z😀xzxxyzyzxyz😀😀yy😀zy😀xyyxzxxy': true,\n  '$zzz{yxxyxxy{yxzy{x{z{zyz{$zxz{{xzyyx${{x{$z$z{${z{zzxyx$$xz{${xxxzzy$$xx{$x{z': 1e+21,\n  za: P { phi0: [Function (anonymous)], delta1: 6061603.719535075 }\n}",
    'random1_8': '[\n  \'x  xxxzy yyyzxz y y \',\n  [\n    676.6184559398997,\n    [ <5 empty items>, \'upsilon\' ],\n    {\n      \'xzxxzzx  x  zzzxx xzxyxzyxxyxyzy yxz y yzy  yxx  zxxz xzxy  xzzxy xxzyzzyz xx z zxzyx   zz\': [Object]\n    },\n    null,\n    Infinity,\n    \'rho\'\n  ],\n  [Function (anonymous)],\n  [\n    \'lambda\',\n    \'upsilon\',\n    \'iota\',\n    \'xy`yy``yy``"""y`z"y`xz`yx"yy`\\\'""\\\'\\\'y\\\'y`x"\',\n    \'xi\',\n    \'lambda\',\n    \'upsilon\',\n    \'yz\'\n  ],\n  [ P { epsilon0: [Array], \'xéyzéyxéyyyxézyéé\': \'beta\' }, extra: 1 ],\n  1099511627776,\n  extra: 1\n] [ 8487485, 42585, 990325 ]',
    'random1_9': 'null',
    'random1_10': 'alpha VeryLongConstructorName {\n  chi0: [Object: null prototype] {\n    chi0: [ 1, 5964924, 520, 3508914, 5630289 ],\n    rho1: \'beta\',\n    upsilon2: [ [P], -9909637189, -55344235, [Object], 11.919397903568484, -0 ],\n    tau3: undefined,\n    omicron4: [ [Object], [P], [Array] ],\n    zeta5: { azzxyyzyyxyxyazyxzzx: \'ay\', psi1: [Array] },\n    chi6: [Object: null prototype] {\n      \'"yyzxy"zyxxxz"yyxzz"x"zxxzz"yyxxyxxyxzzzyxyxyx"y"zzxzzzyx""""zxzzxzz"xzzzyyxyx"""xzyzy"z"z\': [Array],\n      \'y\\\\xzzzxyxyxxxxzx\\\\\\\\z\\\\zxyyyz\\\\zzzyyzyyx\\\\zxzxz\\\\\\\\yyzyyzyzzxxxxx\\\\y\\\\yz\\\\yyyzxyxy\': "xa\'axbayzb\'bxx\'yzzy\'",\n      psi2: [P]\n    },\n    kappa7: [\n      \'s\',  \'s\', true, null, null,\n      \'s\',  1,   true, \'ax\', null,\n      null, \'s\', true, null, true,\n      \'s\',  \'s\', 1,    null, null,\n      1,    1,   null, \'s\',  true\n    ]\n  },\n  xi1: \'epsilon\',\n  tau2: [\n    15365,   650,  6,\n        2, 17028, 36,\n        1,     1,  9,\n    96318\n  ],\n  gamma3: \'phi\',\n  eta4: [ true, 1, true, true, \'s\', 1, [ \'tau\', \'z`zy`"yxx\\\'""xxy`"y\\\'z\' ] ]\n}',
    'random1_11': "{\n  chi0: {\n    kappa0: 9.987743977838575e-9,\n    sigma1: [\n      [Function],\n      true,\n      [Array],\n      VeryLongConstructorName {},\n      [Array],\n      [Object]\n    ]\n  },\n  nu1: true,\n  phi2: [Object: null prototype] {},\n  k: 'xi',\n  pi4: [ [ [Function (anonymous)], 'yazyxxyxzazazyyy' ] ]\n} omicron",
    'random1_12': 'phi',
    'random1_13': 'P {\n  eta0: [Object: null prototype] {\n    phi0: \'zeta\',\n    rho1: {\n      omega0: \'zzyzy\',\n      zeta1: [Object],\n      \'yyzzzyxyxy\\\\\\\\yzxyyz\\\\xz\\\\xx\\\\z\\\\x\\\\\\\\zz\\\\\\\\y\\\\zxyz\\\\yyzzy\\\\xzyzzzyxx\\\\yyz\\\\yxx\\\\xzxyxxy\': null,\n      \'xx"z`\': [Object: null prototype]\n    },\n    \'xyyyyézyxxxxéyzx\': {\n      upsilon0: [Array],\n      y: [Object],\n      xi2: [Object],\n      lambda3: \'lambda\'\n    },\n    \'$xy{{$y{y$x{xzyx$$${$zyzy$z{yyz${${x{zzxxxxxx$$$y${$xyx${${${{zz$y$z{y{z${{$${\': [\n      true, true, 1,\n      null, null, true,\n      1\n    ],\n    tau4: \'yzz\\\\\\\\zxxzzz\\\\zxzxy\\\\yyxyyzxzyyxy\\\\yyzyyxyyyxyzzzxz\\\\\\\\xy\\\\y\\\\z\\\\yx\\\\yxyzx\\\\\\\\y\\\\z\\\\xyxzyx\\\\\\\\\',\n    \'xz😀yyyzzzy😀xzzxx😀😀yxxyz😀zz😀😀xzzy😀xxyzy😀yxxx😀xzx😀zy😀x😀😀zzxxz😀zx😀xyzzyzxzyzyzxz😀\': [ [Array], [Array], [P], false, [Object], undefined ],\n    "axyxaxazzbx\'ya\'za\'yyy\'bybxz\'zxzbxzxay\'a\'": [ 1234, 3492646 ],\n    "\'zyzbb\'zabx\'xzxzxzzayxyazaaa\'a\'\'byxyzz\'ax\'bb\'zzaaxybxbbbaxab\'axyyybaxb\'zyxbayzxxxyx\'x\'yaax": -32933450736\n  },\n  delta1: [Object: null prototype] {\n    mu0: P { gamma0: [Object], zeta1: [Array] },\n    omega1: [\n      \'eta\',\n      [Array],\n      -333188,\n      [Array],\n      -74457498598,\n      VeryLongConstructorName {}\n    ],\n    eta2: \'nu\'\n  },\n  \'${yxzzyyzy$y{y{$xyzy${zxyzyxz$x{zzx$z$xyx$x{$yy$yz{zyy{z$y$yz${$y$xz$x$$$$zx\': [],\n  gamma3: 4.386755961268131,\n  upsilon4: [ 1, 1 ]\n}',
    'random1_14': 'theta',
    'random1_15': '<ref *2> {\n  \'yzxxy"""y"xz"zx"xyyzxzz"zy"yxyy""zzyxyxyyx"""xzy"yy"x"xzyyz"z"yzxxzy""xzxy"xx\': [\n    <ref *1> { xzx: 7.005449968215023e-11, cyc: [Circular *1] },\n    [\n      <2 empty items>,\n      \'alpha\',\n      <3 empty items>,\n      \'yzy\\nzzx\\n\\n\\nxxxxxz\',\n      <4 empty items>,\n      \'delta\',\n      \'\\\'x`z\\\'zzxx"y\\\'`yz\\\'`y\\\'yyzxz""x\\\'`zxxzzy"xz"\\\'"\\\'zxyx"zyx""x``"xzz"y\\\'y"\\\'\\\'\\\'"z\\\'x`zxx\',\n      \'bx\',\n      <1 empty item>,\n      \'theta\',\n      \'😀yx😀zyyz😀x😀xzz😀😀yyy😀yz😀yyxyyxyy😀😀xxzyyzxy😀y😀😀zz😀z😀😀😀z😀zxy😀zz\',\n      \'lambda\',\n      \'\',\n      <1 empty item>,\n      "by\'bb\'abz\'yyaxyxyxx\'yzyxbzbab\'",\n      <1 empty item>,\n      \'rho\',\n      \'nu\',\n      <2 empty items>,\n      \'yz\'\n    ],\n    P {\n      pi0: \'zxzzyééz\',\n      xx: [P],\n      theta2: \'iota\',\n      \'zééxyxyé\': [Function: f],\n      \'"y\\\'"\\\'"y`"y`\\\'xxz`\': [Object],\n      \'\\\\yzzyxxzxxxzxyzx\\\\x\\\\y\\\\\\\\xzyzzzzzy\\\\xyx\\\\zxy\\\\\\\\xxzxyyyx\\\\xyyx\\\\\\\\yxzz\': [VeryLongConstructorName],\n      chi6: [Array],\n      theta7: [Object: null prototype]\n    },\n    -488994,\n    [ 1, true, null, \'s\', \'s\', \'s\' ],\n    P {\n      "bay\'x\'b\'x\'x\'zz\'az\'a\'bzyayz\'a\'\'axx\'y\'\'bxaaxx\'axzbb\'bbxb\'\'bzzzbyayx\'zzxxx\'": [Object: null prototype],\n      gamma1: \'phi\',\n      theta2: [Function]\n    }\n  ],\n  cyc: [Circular *2]\n} {\n  omicron0: {\n    iota0: P {\n      rho0: [Array],\n      theta1: [P],\n      epsilon2: 391612519.5253193,\n      omicron3: [Object],\n      sigma4: [Object: null prototype],\n      delta5: [Array],\n      omega6: [Array],\n      gamma7: [Array]\n    }\n  },\n  pi1: [Function (anonymous)] { lambda: Infinity },\n  rho2: [ [ 362498, 53229168, 93, 10, 30975611, 498, 6353257 ], [] ]\n}',
    'random1_16': 'true [\n  1369426,       3,    50574,    46618,\n     3957,  144050,      699,   655351,\n        0,     581,       72,    24560,\n        3,   55151, 44622233, 96273367,\n    45777,  960704,      358,    74776,\n      929, 2152627,    82081,    12111,\n  8647711,  395784,     1201\n]',
    'random1_17': '{\n  rho0: {\n    yyx: Infinity,\n    zeta1: undefined,\n    mu2: { gamma0: \'gamma\', psi1: -8564231, \'y  \': [Array] },\n    psi3: [ [Array], \'alpha\', {}, \'sigma\', [P], [Array] ],\n    \'y""zyyx"\': [ 31464 ],\n    omicron5: 1099511627776,\n    tau7: undefined\n  },\n  theta1: {\n    mu0: [\n      -67,\n      <1 empty item>,\n      {},\n      [Object: null prototype],\n      <1 empty item>,\n      [Object]\n    ],\n    eta1: {\n      beta0: [VeryLongConstructorName],\n      gamma1: [Array],\n      \'yx"zz\': [Function: longFunctionName],\n      mu3: \'rho\',\n      rho4: [Array]\n    }\n  },\n  psi2: 458928983,\n  lambda3: [ 4918126680976805, -4962 ],\n  alpha4: -7\n}',
    'random1_18': '1372975575.9187756',
    'random1_19': '{\n  \'xz\\nyxz\\nxx\\nyxz\\nxxzzzzyxyzyyzzxzxxx\\nx\\nx\\n\\ny\': [ \'s\', 1, true ],\n  nu1: {\n    beta0: [ \'alpha\', \'beta\', extra: 1 ],\n    \'zzyxxxxzx\\nzxxx\\nz\\n\\nxz\': [\n          743, 3594539,\n          941,  348100,\n      4680369,    2647,\n         1431, 9438253\n    ],\n    beta2: [ 8483315, 22407519, 10 ],\n    \'z""zz"yyz"y"xx"zxxxz"yz"xy"y""yzyzyzzxyy"y"zxzyy"yzxxz"zxy"yxy"yz"xxzyzz"z"zxz\': "xbaax\'yy\'a\'yzxbxbyyxax\'xzyyyazaxa\'xaay\'axzxxzzzzbxa\'xzxxxazzbybaxxbazzxbxzxxa",\n    chi4: {}\n  },\n  tau2: [Object: null prototype] { rho0: {} }\n}',
    'random1_20': 'undefined',
    'random1_21': "[\n  'yyxy$y$x',\n  'beta',\n  '\\n\\nxxx\\nxxyzzzyxyzzy\\nz\\nzxyzy\\nzxz',\n  'tau',\n  'lambda',\n  'xxzx  yxyzzxyxy yxxyxx zyxxy zzz xzzyyyxyy zxy yx yy y z   x'\n]",
    'random1_22': '[\n  {\n    zeta0: VeryLongConstructorName {\n      \'xzxxxyx\\nzxxz\': -77705664514,\n      \'xz zzz  yyxxzzz x yyzxxyyy yzzzzx xzz   zzyxzyz  xzzyy xz  xyxxy x zyxxxyx y\': \'`"yyz"\\\'`zzzy\'\n    },\n    epsilon1: [ \'y{y{yy$y$z{xxyxx{\', \'{z$y{\' ],\n    phi2: { epsilon0: 28808327553, tau1: -960618726 },\n    \'\\n\\nxxxz\\nxz\\nxy\\nzyx\\nxxzyxzz\\nxxyy\\n\\nxzxy\\nxx\\nz\\n\\n\\nzxzzxzz\\nyxx\\ny\\nyz\\n\': {},\n    \'z\\nyz\\nxxzz\\nxz\\nxzxxxz\\n\\nyxzxzxz\\nxxyx\\nyxyyyz\': -75254241\n  },\n  1,\n  \'s\',\n  \'s\',\n  true,\n  1,\n  null,\n  extra: 1\n]',
    'random1_23': 'pi [\n  [\n    161420,\n    [ [Array], <3 empty items>, [Object], <1 empty item> ],\n    \'lambda\',\n    [ 63, 8530769, 6, 0, 4, 1 ],\n    <ref *1> { zxxxy: \'omicron\', cyc: [Circular *1] },\n    [ <4 empty items>, \'zy""yx"yyx"zxyyz\', <1 empty item> ]\n  ],\n  [ extra: 1 ],\n  {\n    chi0: [Object: null prototype] {\n      phi0: [Array],\n      "x\'zzba\'a\'ybx\'ya\'axxbbyayabb\'ya": {},\n      xi2: \'eta\',\n      phi3: -19175017547\n    },\n    omicron1: \'beta\',\n    psi2: P {\n      xzazaaxzaaax: [Array],\n      xzazyyxxxaxxyaaxxazyyxxxxzayxaayazzxayyyxyyzyzaaaayzzyyaxzzxyzyyxaaazazyyayzax: NaN,\n      sigma2: \'chi\',\n      rho3: [Array],\n      pi4: VeryLongConstructorName {}\n    }\n  },\n  [Object: null prototype] {\n    \'`y\': \'rho\',\n    chi1: { sigma0: [Array] },\n    epsilon2: Infinity,\n    \'😀zz😀x😀zz😀x😀z😀y😀😀x\': true,\n    psi4: \'"z"y"zz"\',\n    iota5: [\n      \'zz\\\\zy\\\\\\\\xzz\\\\\\\\zy\\\\\\\\\\\\zxzyz\\\\xzyzzz\\\\\\\\xzxyxzxy\\\\xz\\\\y\\\\\\\\yzxzyyyyyxx\\\\xy\\\\x\\\\xz\\\\xxzzx\\\\y\\\\y\'\n    ],\n    omega6: \'zxyxxzyyzxxaxzxzxaaaaazzazyyyzzaayzzxxxayxayyxxyyxaaxyxaayzxyazzyyyaaxxaaxxzyxazaxaxxyxyxy\',\n    eta7: [Function (anonymous)] { omicron: -Infinity }\n  },\n  [Function: f] { omicron: -1925130 },\n  \'chi\'\n]',
    'random1_24': '[\n  <1 empty item>,\n  true,\n  <6 empty items>,\n  {\n    xyy: [ \'kappa\', \'nu\' ],\n    lambda1: [Function: longFunctionName] { eta: true },\n    psi2: { xzzaaaxzzyxxzxxyzzyx: 0.06342629457432268, rho1: false },\n    "xbbyyyby\'yzyx\'z\'ayz\'": \'sigma\',\n    zeta4: { lambda0: 873652911207242900000 }\n  },\n  1,\n  \'s\',\n  true,\n  <1 empty item>,\n  1,\n  <1 empty item>,\n  1,\n  1,\n  null,\n  \'iota\',\n  <1 empty item>,\n  \'s\',\n  <1 empty item>,\n  true,\n  null,\n  <1 empty item>\n] [\n  {\n    \'éxyyyzyzyxézxyéy\': \'yz"zxzxxyzz""yxz"yxyyzzxyxxzy"yzy"xzz""z\',\n    mu1: [\n      [P],\n      "zx\'bbxzy",\n      [Function],\n      [VeryLongConstructorName],\n      \'omega\',\n      919439879698\n    ]\n  },\n  null,\n  [ <1 empty item> ],\n  true,\n  <ref *1> P {\n    upsilon0: {\n      gamma0: 15,\n      delta1: 142335975050,\n      \'éyxxyxyxzééyyzézzyééyzyyxzzxyézyzyxyzyxz\': \'delta\',\n      sigma3: 0.003790629065499518,\n      theta4: undefined\n    },\n    epsilon1: {\n      chi0: {},\n      tau1: [Object],\n      rho2: [Array],\n      phi3: [Array],\n      \'yz x   y zxy\': -53\n    },\n    iota2: { psi0: 0.0003980684646140125 },\n    theta3: \'\',\n    \'zyyxzxyxyxxzy   zy z\': \'gamma\',\n    chi5: [Function (anonymous)],\n    rho6: 2168964386723892700,\n    \'z""x``\\\'"`z"``zx"\\\'\\\'x\\\'""`\\\'\\\'"x"xxxyx"`xxxyxzy\\\'y"zx\\\'\\\'zyxy"yy`\\\'z`\': {\n      \'xz\\\\\\\\\\\\x\\\\xyy\\\\zzx\\\\yy\': [Object],\n      sigma1: {},\n      epsilon2: [Array],\n      yzaxxayxzyaxaxayxxax: \'eta\'\n    },\n    cyc: [Circular *1]\n  },\n  -582\n]',
    'random1_25': "[ 'alpha', 'nu', 'sigma' ]",
    'random1_26': "'zbzybyazxxyabzybz'xyzxba'zxyb'ybbxzxbxzabzxbxaaazbbxbyxya'xzyx'zbxaa''xx'a'",
    'random1_27': '5675194',
    'random1_28': '{\n  omega0: {\n    psi0: {\n      epsilon0: -94,\n      epsilon1: [Array],\n      omicron2: 7449107,\n      epsilon3: [Object],\n      zeta4: [Array],\n      lambda5: [Function: f],\n      theta6: [Function],\n      mu7: [P]\n    },\n    \'yx{$$x$z{y{zz{$$x$z$z${y{$${{{z$y{y{{x$zzxy$x${yzy{yx{xx$$zzzyzyzzz${{xx$x{y\': [Function: longFunctionName] { kappa: \'alpha\' }\n  },\n  eta1: VeryLongConstructorName {\n    delta0: {\n      \'zzxxx`yy"``\\\'x\\\'z"xxz"xxxx`y"x"x`\\\'z``zzzyx\': \'rho\',\n      mu1: [Object]\n    }\n  },\n  xi2: -1745392\n} undefined',
    'random1_29': "[Function: f] {\n  omicron: [\n    'xxxyyxxzxxy\\n',\n    'gamma',\n    'zzzx\\n',\n    'yzxz\\\\yy\\\\',\n    'zyxyyzyy',\n    'phi'\n  ]\n} 4674671127",
    'random1_30': 'xy {\n  lambda0: <ref *1> P {\n    alpha0: [Function: longFunctionName] { beta: 3.14159 },\n    sigma1: 466455373.0045043,\n    \'"xzzxz"y\': {\n      epsilon0: [Array],\n      sigma1: [Object],\n      pi2: [Array],\n      omega3: \'\\\\zzyyxxzxzyx\\\\xx\\\\\\\\z\\\\xzxz\\\\zyzzz\\\\z\\\\z\\\\\\\\z\\\\zzy\\\\zzyzzx\\\\xy\\\\zx\\\\xyyxyzxx\\\\\\\\yzzyxxyyx\\\\\\\\\\\\yx\\\\zyy\\\\xyzyxxy\',\n      nu4: 9557633267668300000,\n      omega5: [P],\n      \'yxyzz y  yxx zyz x xxzyyzy     x    zyxxxzzzz  yxyxyyyy yxzxzxxz yz z zxz xyyy\': [Object],\n      psi7: [Array]\n    },\n    zeta3: VeryLongConstructorName {\n      "axzyazb\'byzbzzby": \'x\',\n      epsilon1: 5104885916.13886,\n      iota2: [Object]\n    },\n    cyc: [Circular *1]\n  },\n  kappa1: [],\n  \'zzz😀y😀xy😀zxyzyzy😀\': <ref *2> {\n    mu0: VeryLongConstructorName {\n      lambda0: [Object: null prototype],\n      delta1: \'eta\',\n      tau2: -2817477,\n      beta3: [Object],\n      eta4: []\n    },\n    cyc: [Circular *2]\n  },\n  rho3: [],\n  eta4: 186264\n}',
    'random1_31': '{\n  alpha0: -90028524861,\n  \'""x\\\'yz"zy`\\\'``x`zyy""yzy\\\'x\\\'\\\'`z"y"``yz\\\'y`"zy`yyyyy`"y\\\'y`y\\\'xxx`xy```\\\'"yx"\\\'z\': [\n          10,       0,     8986,       0,\n    44698922,      72,       23,    9751,\n      435546,  892933,   219021,     100,\n     2993454,       3,      515,       0,\n         914, 9808279, 21052174, 3901275,\n    67137363, 1353698,       46,   60514,\n          74, 1729243,        0\n  ],\n  xxxaayxayayzaaazaxxayzxxyzxxyyzzyyzyaayyxzzzzzaxxzxaazzzyyayzyzzazaxyyazazz: [Function (anonymous)],\n  gamma3: P {},\n  lambda4: [ <6 empty items> ]\n}',
    'random1_32': 'P {}',
    'random1_33': '[Object: null prototype] {\n  mu0: {\n    \'😀yxz😀zzzyzxzy😀x😀xzyy😀yxx😀x😀yz😀yyyyyxxz😀yzxx😀y😀yx😀x😀zxx😀xyzxzxzyy😀z😀yxz😀yxyx😀y😀\': false,\n    \'x xzyxxzx  zzzzxzy xy yyy  xy xzzzxxzzxy\': \'zx y x yyxy xy yz x  zyx zzxz \',\n    "azzzxz\'xyb\'ayxb\'zyxyyzzyyyxxbbbab\'b\'\'aza": null\n  },\n  gamma1: {\n    sigma0: {\n      \'éx\': 0.5,\n      \'yzxzxyxzxyyzzxxxxzzyxxyézyxyéyéxzéééézzy\': 8.299439470327213e-10,\n      epsilon2: \'zy\',\n      beta3: [Object]\n    },\n    omega1: [ 31009, 528, 18407, 1, 74 ],\n    eta2: P {\n      nu0: [Array],\n      beta1: \'kappa\',\n      theta2: NaN,\n      lambda3: [Object],\n      lambda4: \'chi\',\n      upsilon5: null,\n      beta6: \'aaaaaxyzaaaxxzaxxxxxayaxaxxaxzxxyaayyyaxzaaaazxaaaazzaaaayayyxyaayyxzayazaaaaa\',\n      \'😀😀xy😀😀y😀zz😀xx😀yyyxyyz😀xxxx😀😀😀😀xyzxxxyxx😀zyzxyx😀zyzz😀xyyzzzy😀z😀z😀yxxyzxxx\': [Array]\n    },\n    k: [\n      <2 empty items>,\n      true,\n      null,\n      true,\n      1e+21,\n      \'s\',\n      \'s\',\n      true,\n      \'s\',\n      \'s\',\n      \'s\',\n      1,\n      null,\n      \'s\',\n      \'zxyxyy zxzyxyzzx zyzzzzzxzxx zyxz y  z xzzzy xz yzyyzzxyyxy y zyy  yzzx yy yyx\',\n      null,\n      <1 empty item>,\n      null,\n      true,\n      null,\n      <1 empty item>,\n      1,\n      <1 empty item>,\n      1,\n      \'s\',\n      \'sigma\',\n      extra: 1\n    ],\n    epsilon4: \'pi\'\n  },\n  phi2: \'alpha\'\n}',
    'random1_34': '586.8423437970679',
    'random1_35': 'lambda',
    'random1_36': '<ref *2> [Object: null prototype] {\n  xi0: [Function (anonymous)] { mu: 9012140165274310 },\n  chi1: [Object: null prototype] {\n    theta0: [Object: null prototype] {\n      kappa0: [Function (anonymous)],\n      omicron1: \'psi\',\n      \'{zxyxyz{\': false\n    },\n    phi1: [ <3 empty items> ],\n    eta2: \'zayzayxxzazzxxayzzayyxaxzazxzzzzzxzxaayyxyzyxyxxxzxxxxazyyzyyxzzzxaxxxxxyzzz\',\n    \'{$y{z${$zzx$$y$zy$yyyzxyxxyxz{\': [\n      \'pi\',\n      "ybx\'axyz\'bbx\'z\'axx\'\'yx\'aaxybxzxbzz\'\'zzb\'x\'ayaxyzzzx\'zx\'x\'aazaaba\'baxzzxyx\'x",\n      \'eta\',\n      \'zyzxxxxzxyaxaxazyazxxzayxayazzxxzxxxxzyaxyzzzazxzyzyyzzayaxxyxazzzazzzyyyzzzyyzxyxzyaayzza\',\n      \'delta\',\n      \'omicron\',\n      "\'bxaax\'\'z\'axabzxzxa\'\'baxbxaaaaa\'zyaba\'yayyyya\'ybzzxbbzzyzzbb",\n      \'nu\',\n      \'phi\',\n      \'chi\',\n      \'yy\\\\yx\',\n      \'rho\',\n      \'xzxzzxx y  xzzxxzx x yy yyy y  zzxzx xxz yzzxzxxxz x y y yzyzzy yzzzxzyyxz  xz\',\n      \'\',\n      \'xx\\nxzxzx\',\n      \'lambda\',\n      \'beta\',\n      \'delta\',\n      \'theta\',\n      \'`\\\'"\\\'`y\\\'y\\\'yyyzx\\\'xy`"x`\\\'xx"`zxyx"`x"`""z\\\'x"yxz`"yx`y`yxxz\\\'\\\'yzz`"`\\\'z\\\'\\\'z""z\\\'`x"""x`yz`"`"`yzz\\\'\',\n      \'x\',\n      \'zzxzxyayxaxyxaaz\',\n      \'x\\ny\',\n      \'upsilon\',\n      \'`\'\n    ],\n    sigma4: {\n      psi0: [Function (anonymous)],\n      "zbzaa\'ay\'\'xyy\'bbyabyyyyyx\'xyzb\'z\'azb\'axx": -0,\n      mu2: [Array],\n      tau3: [Array],\n      chi4: [Function: f],\n      \'yxxxx yxxz  yxzz\': 40031702,\n      nu6: [VeryLongConstructorName],\n      rho7: [Array]\n    },\n    delta5: {\n      pi0: 2.219452281694958e+21,\n      \'yxz😀zyx😀z😀x😀zx😀x😀y😀yxxxyz😀yx😀x\': [Object],\n      theta2: 4487405528275.506\n    },\n    omega6: [\n      1,    1,\n      \'s\',  \'chi\',\n      \'s\',  \'s\',\n      1,    1099511627776,\n      \'s\',  null,\n      1,    1,\n      1,    \'s\',\n      null, \'x😀😀\'\n    ],\n    eta7: \'psi\'\n  },\n  eta2: [\n    1,\n    1,\n    true,\n    { tau0: true, psi1: [Function: longFunctionName] },\n    \'s\',\n    \'lambda\',\n    1,\n    \'s\',\n    1,\n    \'s\'\n  ],\n  iota3: [Function: f] { rho: 37697918539646.33 },\n  rho4: [\n    [\n      [Array],\n      [VeryLongConstructorName],\n      [VeryLongConstructorName],\n      [Array],\n      [Object]\n    ],\n    \'yy{x{$$$x{{z{yxxzyxy$zyzz$$zyyy$$$zzx{zx{y$zx{${zz{x{$yyzxzz\',\n    null,\n    \'yyyy😀x😀😀😀zzy😀yzzyzzz😀zx😀yyxzy😀zzyyzyxyyy😀xzy😀yyyz😀xyzzz😀😀xxxy😀😀xyxxy😀xy😀x😀y😀😀\',\n    [ 978858766989000700, {}, [], [VeryLongConstructorName], [Array] ],\n    [Object: null prototype] {\n      chi0: [Object],\n      \'xx y  zyzz xy yxyxxx xyzx yyxyx xzzzxzzyzz yx  zyzzxxxxxzzx zy zz yyxz xz yzyyx y   xyxxxx\': \'gamma\'\n    }\n  ],\n  kappa5: { eta0: 593.1072314706244, sigma1: \'omega\' },\n  zeta6: [\n    \'xzx\\\\zx\\\\\\\\zxxx\\\\xyyzzz\\\\zyyxzyxzy\\\\zyyzyzxzxyyxxxxzxyxyxyz\\\\zyyzyyyy\\\\\\\\\\\\z\\\\yzxyxzx\\\\yx\',\n    \'chi\',\n    \'xx\\n\',\n    \'upsilon\',\n    \'sigma\',\n    \'zeta\',\n    \'omega\',\n    \'theta\',\n    \'nu\',\n    \'lambda\',\n    \'yz$yx{${xzz$z$yxx${{$x${x$zxy{{y$y{{yy{${xzz${$zx{z{zzyy$zzzyyyzy{z{xxx$\',\n    \' z xxx x zyy   zxy zzxyyxzyxyxyxz yyzxxzxyz zzyxyxzyxzxx  xx\',\n    \'ézyéyxéxéxzzéyéy\',\n    \'yxzxyyxxzzzzxyzzyxy x  xyyx  z\',\n    "xb\'yyazbzbayzazabyzaxyazz\'ybzaya\'xybybxza\'b\'z\'byaaxb\'ayyayy\'\'\'\'\'\'b\'yzyxxzbz",\n    \'\\\\z\'\n  ],\n  alpha7: [\n    \'theta\',\n    [\n      <2 empty items>,\n      \'yyzy\\\\yxy\\\\\\\\xxz\\\\yy\',\n      "ayzab\'aabyyyy\'zyyyabb\'babyabbb",\n      <2 empty items>,\n      \'xzzyaaaayzayxzaz\',\n      <1 empty item>\n    ],\n    <ref *1> VeryLongConstructorName { cyc: [Circular *1] },\n    474524575,\n    4728238,\n    [\n      \'s\',   \'delta\',   1,\n      null,  1,         null,\n      \'s\',   null,      null,\n      true,  1e-7,      \'phi\',\n      \'psi\', \'s\',       null,\n      \'s\',   true,      true,\n      \'s\',   \'s\',       \'s\',\n      null,  null,      1,\n      true,  972352929, true\n    ]\n  ],\n  cyc: [Circular *2]\n}',
    'random1_37': 'tau',
    'random1_38': '439713',
    'random1_39': 'gamma',
    'random1_40': '[\n     1539,       6,       91,   859,\n        8,     859,     3373,  9222,\n   715517,    2824,   328513,     1,\n   123967,       0,      100,    35,\n     8577,      90, 49602162,    58,\n  5876650, 3835602,     2916, 64522,\n        1\n] [ <6 empty items> ]',
    'random1_41': '[\n  [ \'zx z xxx\', \'phi\', \'eta\' ],\n  \'sigma\',\n  {\n    iota0: [Object: null prototype] {\n      gamma0: \'zeta\',\n      \'"`\\\'"y"yxy`"`yz"x`xz"xz"zxz`zz`"zyz\\\'"\\\'z\\\'\\\'`yyxzyz`z\\\'x\\\'x`y`"x\\\'zx`xxx"xxzxyzyyz`"\': [Object],\n      pi2: \'xzzéyzzé\',\n      xxyaxxbzbaaz: [Array]\n    }\n  },\n  [ true, null, \'s\', \'s\', \'s\' ],\n  [ extra: 1 ],\n  457474.3475728582\n]',
    'random1_42': "[ null, 's' ]",
    'random1_43': '531.6766822333896',
    'random1_44': '[\n  \'kappa\',\n  \'zzxyyx\\\\xxyxzzxzxz\\\\\\\\zz\\\\y\\\\x\\\\\\\\xzyxzxyzyxxx\\\\zy\\\\\\\\zxzyyz\\\\zzzyxxzy\\\\xzy\\\\\\\\zy\\\\\\\\y\\\\x\\\\zx\\\\yz\',\n  \'delta\',\n  \'rho\',\n  \'zxyx z xxxy \',\n  \'xyyzz xxy yzzx xx  zy y x    x zyyx y   z zzz  x  zx yzz z xxyx zz xzxy  zyxy\',\n  \'mu\',\n  \'xz\',\n  \'epsilon\',\n  \'\',\n  \'iota\',\n  \'$${zx{xyyy{x\',\n  "zaz\'xa\'yy\'a\'",\n  \'delta\',\n  \'xzxzyyxyayzyaaayzaxzayayyxxaxyzzxzayyyyaazzzzxxaaazyxazyaxzyyzaayayxyaayyzyyxzyxaxxxyzazyx\',\n  \'$\',\n  \'xéyxzéééyzzxzxéxxxyéyzyyyxzyzyéxéézxzyyx\',\n  \'xxyazzyyxzyzzxxzxxayzzxyxyaxaxzxzzazxxyxayzxayyyxxzyxzxzzzazaxzayyyzzyzz\',\n  \'psi\',\n  \'iota\',\n  \'phi\',\n  \'x\',\n  \'zayxzzaz\',\n  \'\\\\yz\\\\\\\\z\\\\zyxzy\\\\zy\\\\\\\\xz\\\\\\\\xxz\\\\zxxzzyxy\\\\z\\\\yzxyyy\\\\yyyzxyxyyzzxxzzyzy\\\\xzz\\\\xyzyx\\\\zxxxz\',\n  \'phi\',\n  \'sigma\',\n  \'zeta\'\n]',
    'random1_45': "[\n  { phi0: [ <7 empty items>, extra: 1 ] },\n  -69604,\n  [\n    [ 'omicron', [P], [Object: null prototype], 3.14159, [Array], NaN ]\n  ]\n]",
    'random1_46': '{\n  phi0: [ <2 empty items>, \'s\', <1 empty item>, true, null ],\n  theta1: VeryLongConstructorName {\n    zeta0: [ [Array], [Array], [Array], \'eta\', 55042 ]\n  }\n} {\n  z: \'phi\',\n  zeta1: \'omega\',\n  gamma2: "zbyaabyyabaxa\'\'z\'axz",\n  psi3: P {\n    sigma0: [Object: null prototype] { epsilon0: [P], nu1: [Array] }\n  }\n}',
    'random1_47': "3.14159 [Object: null prototype] {\n  upsilon0: [\n    'gamma',\n    VeryLongConstructorName {\n      rho0: [Object],\n      'z{yzzy{zzzy{{y{yx': null,\n      gamma2: [Object]\n    },\n    'upsilon',\n    {\n      'zyxyxyzyyzyyyyxxyxxx\\nzxxzy\\n\\nxzzyzxyxzxzxyxzzzzyyzyzzxxxyzxzyzx\\nyxxyyx\\nxzxyyzzz': [Object: null prototype],\n      kappa1: [Array]\n    },\n    -7859968226,\n    true\n  ]\n}",
    'random1_48': '\\xxzyxxxx\\\\\\zzx\\zyz\\\\yxxzx\\yx\\zxxyzyz\\\\z\\zyxz\\yy\\xx\\zyzzzzzzy\\zy\\xxxyxy\\',
    'random1_49': '[\n  \'""\\\'\\\'y```"xxy\',\n  \'psi\',\n  \'\',\n  \'xy\',\n  \'yxxyy"x"zyzyy""zzx"y"zyyzyz"""\',\n  \'yyxzyyx😀😀😀😀xzzzzx😀zx\',\n  \'yxyazyxxxayzyayaxzayaxxyzxyxyzaxyxyzxyxyyzazxyyaxzyxxaaaxyyy\'\n] [Object: null prototype] {\n  omega0: {\n    beta0: [Object: null prototype] {\n      \'"y\': [Object],\n      \'"yx""x"y"""zyxyyzyzzyxzzx"zxxz"yx"xyzz"xyzy"yx"""zzxy"yzxxyxyx"xxyzy"z""yxy"yx\': null,\n      phi2: [Object]\n    }\n  },\n  alpha1: {\n    delta0: {\n      \'zz\\nyzxyxxyzxyz\\nx\\n\\nxxxyy\\nyyyxzyxyy\\nx\\ny\\nyy\': \'z\\\\xz\\\\\\\\yyyzy\\\\\\\\\\\\x\\\\\\\\\\\\z\\\\\\\\zxz\\\\zx\\\\\\\\xyxyy\\\\xxzzzyy\\\\zxyyz\\\\xxyxyzz\\\\zyyx\\\\zxyy\\\\y\\\\yz\\\\x\\\\z\',\n      \'xx"zxyyzy"zzyx"y"yyx""""yy"zyxyzzx"yxxzz"xzy"xxzyzxzx"xzxyxxyy""x"xyzyxzzxxxyyx"y"yxx""x""\': [Object],\n      nu2: [Object]\n    },\n    "\'abaxzyb": NaN,\n    kappa2: VeryLongConstructorName {\n      \'zééxézyxxyzéxzéxéxéxyxxxzxzéxéyééxéééyzzzyyyzééxyyzxxéyyééyéxzzzzéxyyézééyéyxxyzxyzzéyzééy\': [Array],\n      nu1: [P],\n      iota2: [Array],\n      \'yxzyxzyzxyx\\\\z\\\\z\\\\\\\\zyyzzzy\\\\zzyy\\\\xxyyz\\\\xzyx\\\\z\\\\zz\\\\\\\\xzzyyxzyz\\\\xx\\\\\\\\zzxy\\\\\\\\\\\\yzzzxy\\\\\\\\z\': -0\n    },\n    eta3: [ <3 empty items> ]\n  },\n  alpha2: {},\n  chi3: {\n    theta0: 359625349,\n    k: \'eta\',\n    \'"`"`"y\\\'zz\\\'z``"\\\'x`yxxyz"``\\\'x"yz`"\\\'`y\\\'\\\'x"""`"yzy"\\\'``````x""z""\': 7.26231322002915e-8,\n    yzx: [Object: null prototype] { nu0: [Array] }\n  },\n  delta4: -Infinity,\n  kappa5: {\n    gamma0: P { epsilon0: 32.34901368243626, omicron1: undefined },\n    \'$x{y{\': VeryLongConstructorName {\n      lambda0: [Function],\n      lambda1: [Array],\n      phi2: [Object],\n      upsilon3: [Function: f]\n    },\n    \'\\\\xyyz\\\\\\\\xx\\\\xxxyy\\\\xxzzxzxxxx\\\\x\\\\yx\\\\x\\\\xxzzx\\\\\\\\xzz\\\\\\\\y\\\\xxyzxzz\\\\xzx\\\\xxzzy\\\\\\\\x\\\\xyyyx\\\\\': \'\\\\yxxz\\\\xyzzyz\\\\xz\\\\xxzzzz\\\\yzzyyy\\\\zz\\\\\\\\zz\\\\xxzzx\\\\y\\\\y\\\\x\\\\zxzzzx\\\\z\\\\yx\\\\\\\\\\\\\\\\\\\\zyzzyxyy\\\\\\\\zz\\\\x\\\\zxy\\\\y\\\\yzxy\'\n  },\n  upsilon6: \'theta\',\n  \'xyzxéxzz\': [ null, [], \'s\', \'s\', null, null, null, [Function (anonymous)] ]\n}',
    'random1_50': 'null VeryLongConstructorName {\n  psi0: [\n    [ <6 empty items> ],\n    -0,\n    {\n      zeta0: \'theta\',\n      phi1: [Object],\n      chi2: [Array],\n      aaazxzyzyayyzyyzy: null\n    },\n    0.5,\n    25833594215713186000,\n    {\n      lambda0: null,\n      \'\\\\xyz\\\\\\\\zx\\\\\\\\z\\\\\': [Object],\n      gamma2: \'zzxxzxyyzzx😀zx😀z😀xyx\',\n      \'zz😀😀xxx😀\': [Array],\n      epsilon4: [Array],\n      alpha5: \'iota\',\n      chi6: 5.599960026146542e+21,\n      "azxazyyzyxya\'yx\'zzzzy\'\'yxyxzbyx\'zazaz\'bayabxzxbazyzzxzx\'a\'yyaxy\'bxabx\'yzabaxb\'\'z\'zaxbbbzax": false\n    }\n  ],\n  pi1: {\n    iota0: 1099511627776,\n    zeta1: 1099511627776,\n    mu2: P {},\n    xxazxazxzyyyaxxaa: \'delta\',\n    \'zx"xyzyx\\\'"`y"`\\\'\\\'xxxxz"x"z"`y`z\\\'\\\'\\\'"zz\\\'"````\\\'\\\'z`yzyy"xyy"yyzx`x\\\'xyyx`xy"y"`y`\\\'\': [Function: f]\n  }\n}',
    'random1_51': '[]',
    'random1_52': '[\n  true, true, 1,\n  1,    1,    \'s\',\n  null\n] {\n  \'zyxzézyzxyyxzxzxéézzézxyxyzzzyéyxéyxzxzézzéééézyxyyxyxéxzyézyézxyxxzééxzyzz\': {\n    \'"zyxzzxz""xy"""x"yxzxy"y"z"zxxxy"yyz"yyyyzyxzz""zzx"yy"x"yxzxyyx"xzz"zxx""""z\': [ <1 empty item> ],\n    omega1: [ [Array], true, \'pi\', [Array], [Object], undefined ]\n  },\n  k: {\n    \'zéxxyéyxzxéyééyyéxyzyéyzzyéxzxéyyxxéézzxyzyyéxxzyzxzyxzyxzyxyézzyxxééxyyxéy\': 69002989985489960000,\n    eta1: {\n      \'yx😀😀zxx😀zzyzyx😀y\': \'sigma\',\n      \'yz xzyxz\': -53548104782,\n      zeta2: 1e+21,\n      gamma3: \'alpha\',\n      tau4: [Object],\n      omega5: [Array],\n      beta6: [Array],\n      eta7: [VeryLongConstructorName]\n    },\n    nu2: P {\n      "yyza\'bba\'abb\'\'azbyyaaya\'bb\'zyybxbzxaaazxzaxzbzyyxx\'xbyaxaby\'xxbyaza\'yyzx": [Array],\n      "zba\'azx\'zayz\'xzaxbazzyxz\'b\'zbyxaa\'xzxxbxzybbyy\'yxb\'b\'zzx\'\'bz": [Array],\n      y: [Array],\n      \'zx""zz"""yxzyzyzz"yyxyzy"""zyyxxx"x"""yxzxzz"yyzyxzx"xy"yzyz\': [Array]\n    },\n    alpha3: -Infinity\n  }\n}',
    'random1_53': '{}',
    'random1_54': "{ pi0: { iota0: { rho0: 386960812567 } }, eta1: 'upsilon' }",
    'random1_55': 'P {\n  mu0: [\n    \'chi\',\n    \'theta\',\n    \'gamma\',\n    \'xzzxx"zyz"zz"xzyzx"zxzyx"""yzyxzyzzyyzyxzyyz"yxyyzz"yxz""z"yyzz"yxx"""x"y"yz"\',\n    \'upsilon\'\n  ],\n  alpha1: {\n    chi0: 34.208968228060456,\n    omicron1: [ <5 empty items> ],\n    \'yy😀xy😀yyxx😀xzzzyy\': true,\n    xi3: [Object: null prototype] {\n      \'zzxyzzzy\\\\zzx\\\\yxy\\\\zy\\\\x\\\\x\\\\zxxxxzxxyyz\\\\xxyz\\\\zz\\\\x\\\\zxzyz\\\\xyy\\\\zxz\\\\\': Infinity,\n      theta1: \'omega\'\n    },\n    gamma4: [Function: f],\n    pi5: -35689936,\n    \'yx\\\\zyyyzx\\\\xz\': \'omicron\',\n    xi7: [ [Object], extra: 1 ]\n  }\n} 879522974509836700000',
    'random1_56': '984954 [Object: null prototype] { iota0: [ null, null, null ] }',
    'random1_57': '4677',
    'random1_58': '{\n  upsilon0: [\n    <ref *1> [Object: null prototype] {\n      eta0: {},\n      sigma1: [Object],\n      \'\\\\z\\\\xxyxyyxzyyyzx\\\\zzxzyz\\\\yyzzzxyyyyxxyy\\\\\\\\y\\\\yyzyyzy\\\\xy\\\\yxyz\\\\\\\\zzzy\\\\xzxzxzzx\\\\yz\': 5.589514891834784e+21,\n      cyc: [Circular *1]\n    },\n    [\n      \'alpha\',\n      [VeryLongConstructorName],\n      [Object],\n      \'zéxéyxzxyxzéxzyxéyéxyézyézyyéézyzyéxyzzxzxxéxéyxzézzzxéxyééxéézyxéyééxxy\',\n      0.5,\n      [Object],\n      extra: 1\n    ],\n    \'lambda\',\n    [Function: longFunctionName] { lambda: [P] },\n    [ 1, 1 ],\n    \'xayxaxxzaaaazxayzaxyazzzaaxxyzayyxyaaaaxzayzyxzyyzyxyyxzyyzaxaayyyzxayyaayaa\'\n  ],\n  yzxaxyyaxxzxzyzxzaayxxaxaayxazzxazxazzyayyzyaaxxyzaaazxazyyzxyxxyayzxyyayazzyy: [\n    {},\n    [ [Array] ],\n    [Function (anonymous)],\n    {\n      omega0: undefined,\n      \'zxxyxyz\\\\\\\\xyy\\\\y\\\\x\\\\\': \'psi\',\n      rho2: [Function (anonymous)]\n    },\n    P {\n      mu0: [Array],\n      k: 38142917948597624,\n      upsilon2: [Object],\n      tau3: [Object]\n    },\n    {\n      \'xxyxyzxyyxy"x"zy"yzxyyyx""xyyz\': [Object],\n      psi1: \'eta\',\n      chi2: -437454990568,\n      omicron3: [Array],\n      sigma4: {},\n      chi5: [Function: longFunctionName],\n      yzy: \'zeta\',\n      rho7: [VeryLongConstructorName]\n    }\n  ]\n}',
    'random1_59': "[\n  'delta',\n  'gamma',\n  [ <6 empty items> ],\n  139925030.28137958,\n  -0,\n  {\n    delta0: [\n       9732906,    6120,        0,      1,\n             1,    2378,    82604, 113171,\n            56,  110315,        5,      4,\n             7,      83,       97, 868368,\n      24860709, 6491502, 74142741,   7032,\n          7111,       0,  4761945, 825854,\n          3751,       0,        0\n    ],\n    upsilon1: 'mu'\n  }\n] {}",
}

if __name__ == "__main__":
    _print_expected_table()
