"""interpreter.inspect against node v20's console.log / util.inspect.

Every case is written once, as Python views. `_JsBuilder` turns the same
views into a JS program (cycles, holes, constructors and all), so node can
print them. The expected strings below (`EXPECTED`) were produced by node v20
and are committed, so the suite needs no node at run time; with node on the
PATH, `test_matches_live_node` re-runs node on every case plus a few hundred
random structures. To regenerate the table after adding cases:

    cd /work/main && PYTHONPATH=. python tests/interpreter/test_inspect.py > /tmp/expected.py
"""
from __future__ import annotations

import json
import math
import random
import shutil
import subprocess

import pytest

from interpreter.inspect import (
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


def _random_value(rng: random.Random, depth: int):
    """A random JS value; containers thin out with depth so outputs stay small."""
    roll = rng.random()
    if depth > 4 or roll < 0.45:
        kind = rng.randrange(9)
        if kind == 0:
            return float(rng.randint(-1000, 1000))
        if kind == 1:
            return rng.choice([0.5, -0.0, 1e21, 3.14159, 1e-7, NAN, INF, 123456.789, 2.0 ** 40])
        if kind == 2:
            return rng.choice(["", "a", "hello", "it's", 'say "x"', "multi\nline", "tab\t",
                               "long " * rng.randint(1, 20), "é😀"])
        if kind == 3:
            return rng.choice([True, False])
        if kind == 4:
            return rng.choice([U, N])
        if kind == 5:
            return fn(rng.choice(["", "f", "handler"]))
        if kind == 6:
            return float(rng.randint(0, 99))
        return rng.choice(WORDS)
    if roll < 0.75:
        n = rng.choice([0, 1, 2, 3, 5, 7, 8, 12, 20, 27, 40])
        if rng.random() < 0.3:
            return nums(rng.randint(-10 ** rng.randint(1, 6), 10 ** rng.randint(1, 6))
                        for _ in range(n))
        items = [_random_value(rng, depth + 1) for _ in range(n)]
        if rng.random() < 0.15:
            for _ in range(rng.randint(1, 3)):
                if items:
                    items[rng.randrange(len(items))] = HOLE
        return ArrayView(items)
    n = rng.choice([0, 1, 2, 3, 4, 6, 9])
    keys = rng.sample(WORDS + ["a-b", "x y", "_k", "k2"], n)
    ctor = rng.choice(["Object"] * 6 + ["Point", "Node", None])
    view = ObjectView(ctor, [(k, _random_value(rng, depth + 1)) for k in keys])
    if rng.random() < 0.1:
        view.entries.append(("self", view))
    return view


def _random_cases(seed: int, count: int):
    rng = random.Random(seed)
    return [(f"random{seed}_{i}", "log", [_random_value(rng, 0)]) for i in range(count)]


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
    cases = CASES + _random_cases(2, 300)
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
    assert max(lazy.touched) == 99


def test_ints_print_like_floats():
    assert inspect(a(1, 2, 3)) == inspect(a(1.0, 2.0, 3.0)) == "[ 1, 2, 3 ]"


def test_unknown_python_value_is_rejected():
    with pytest.raises(TypeError):
        inspect(object())


def test_depth_argument():
    assert inspect(o(a=o(b=1.0)), depth=0) == "{ a: [Object] }"
    assert inspect(o(a=o(b=o(c=o(d=1.0)))), depth=math.inf) == "{ a: { b: { c: { d: 1 } } } }"


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

EXPECTED: dict[str, str] = {}

if __name__ == "__main__":
    _print_expected_table()
