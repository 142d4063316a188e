"""Seeded generator of JS-subset programs aimed at the optimizing tier, not at the parser.

A program is a prelude (a running checksum `h` and the function `mix` that folds any value
into it) followed by `size` sections. Each section declares a few functions and then
drives them through phases: thousands of calls with one kind of argument (so the tier
optimizes them with that feedback), then calls with other kinds (doubles, -0, NaN,
strings, undefined, objects of other shapes, out-of-bounds indices...) that must fail the
speculation and deoptimize. Every phase ends by printing the checksum and the last
result, so a wrong value anywhere shows in the output.

Programs are valid, terminate and are deterministic by construction:
- loops are counted (`For`/`While` nodes whose counters the body never writes) and
  recursion depth is bounded (< 200) with base cases that also stop on NaN;
- a property is read only from a value that cannot be undefined or null (or under a
  typeof guard); only functions are called;
- a value that may have become a string is grown at most a few dozen times;
- nothing prints functions, dates or random numbers.

`generate(seed, index, size)` gives program `index` of the run seeded `seed`: programs of a
run are independent of each other and of how many there are.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from .jsast import (ArrayLit, Assign, Bin, Break, Call, ClassDecl, Cond, Continue, Expr, ExprStmt, For,
                    Func, FuncDecl, If, Index, Lit, Member, Method, New, ObjectLit, Program, Return, Stmt,
                    Throw, Try, Un, Update, VarDecl, expr_text, program_text)
from .sections_dependencies import DependencySections
from .sections_tier import TierSections
from .genbase import (ARG_KINDS, BIN_OPS, DOUBLES, EDGE_INTS, EXACT_EXPONENTS, FOLLOW_COUNTS, MATH_1, MATH_2,
                      NUMERIC_KINDS, PROP_NAMES, RECEIVER_KINDS, SMALL_INTS, SPECIALS, STRINGS, STRINGY_KINDS,
                      UN_OPS, L, assign, call, log, mix_into_h, s)

# Optional language features the generator can use when the engine has them.
ALL_FEATURES = frozenset({"exceptions", "prototypes", "classes", "bigint", "iteration"})


@dataclass
class Config:
    size: int = 5          # sections per program
    hot: int = 2000        # calls in a hot phase: past the default threshold of 1000 invocations
    features: frozenset = field(default_factory=frozenset)
    # Math.pow and ** are "implementation-approximated" in ECMAScript: node's pow (V8's port
    # of fdlibm) and the C library's differ in the last bit for many operands. Unless asked,
    # powers are generated only where every correct implementation gives the exact result.
    inexact_pow: bool = False


def engine_features() -> frozenset:
    """The optional features the engine's interpreter runs correctly. Probed by running a
    line, not just parsing it, so a feature half built counts as absent. Features change
    what a seed generates: reports name them (`--features` pins them)."""
    from interpreter.isolate import Isolate
    probes = {
        "exceptions": ("var r = 0; try { throw 1; } catch (e) { r = e + 1; } console.log(r);", "2\n"),
        "prototypes": ("function P(x) { this.x = x; } P.prototype.g = function () { return this.x + 1; };"
                       " function Q() { } Q.prototype = new P(2); console.log(new P(1).g(), new Q().g());",
                       "2 3\n"),
        "classes": ("class A { constructor(x) { this.x = x; } get v() { return this.x; } m() { return this.v + 1; }"
                    " static k() { return 1; } } class B extends A { constructor() { super(2); }"
                    " m() { return super.m() * 2; } set w(q) { this.x = q; } }"
                    " var b = new B(); console.log(b.m(), A.k()); b.w = 5; console.log(b.m());",
                    "6 1\n12\n"),
        "bigint": ("var b = 2n ** 64n; console.log(typeof b, b * -3n + 1n, BigInt.asIntN(8, 255n) < 0);",
                   "bigint -55340232221128654847n true\n"),
        # for...of over arrays, Sets, Maps (destructured) and strings; patterns with holes,
        # defaults and rest; rest parameters and spread arguments.
        "iteration": ("var t = 0; for (const v of [1, 2]) t += v; for (const v of new Set([3])) t += v;"
                      " for (const [k, v] of new Map([[4, 5]])) t += k * v; for (const c of 'ab') t += c.length;"
                      " var [a, , b = 6, ...r] = [7, 8]; function f(x, ...y) { return arguments.length + y.length; }"
                      " console.log(t, a, b, r.length, f(...[1, 2, 3]));", "28 7 6 0 5\n"),
    }
    found = set()
    for feature, (source, expected) in probes.items():
        out: list[str] = []
        try:
            Isolate(write=out.append).run(source)
        except Exception:  # noqa: BLE001 - any failure means the feature is not there
            continue
        if "".join(out) == expected:
            found.add(feature)
    return frozenset(found)


def mix_function() -> FuncDecl:
    """`mix(acc, v)`: folds any value into the int32 checksum (kind, -0, NaN, doubles' digits,
    strings' length and a comparison). It is hot and polymorphic itself, on purpose."""
    def ret(extra: str) -> Return:
        return Return(L(f"(acc * 31 + {extra}) | 0"))
    return FuncDecl("mix", ["acc", "v"], [
        VarDecl("var", "t", Un("typeof ", L("v"))),
        If(L('t === "number"'), [
            If(L("v !== v"), [ret("7")]),
            If(L("v === 0 && 1 / v < 0"), [ret("11")]),
            ret("((v * 4096) | 0) + (v | 0)"),
        ]),
        If(L('t === "string"'), [ret('v.length * 13 + (v < "5" ? 1 : 2)')]),
        If(L('t === "boolean"'), [ret("(v ? 5 : 6)")]),
        If(L('t === "undefined"'), [ret("9")]),
        If(L('t === "bigint"'), [ret("Number(BigInt.asIntN(24, v)) + 19")]),
        ret("17"),
    ])


class Generator(TierSections, DependencySections):
    def __init__(self, rng: random.Random, config: Config):
        self.rng = rng
        self.config = config
        self.serial = 0
        self.body: list[Stmt] = []
        # Hot functions of earlier sections a later section may call again with new argument
        # kinds: (name, parameter count, receiver-safe kinds only).
        self.revisitable: list[tuple[str, int, bool]] = []

    # ---- helpers ------------------------------------------------------------------------------

    def name(self, stem: str) -> str:
        self.serial += 1
        return f"{stem}{self.serial}"

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def hot_count(self) -> int:
        return self.rng.randint(self.config.hot, self.config.hot * 3 // 2)

    def arg(self, kind: str, ivar: str) -> Lit:
        return L(self.rng.choice(ARG_KINDS[kind]).format(i=ivar))

    def constant(self) -> Lit:
        pool = self.rng.choice([SMALL_INTS, SMALL_INTS, EDGE_INTS, DOUBLES, SPECIALS, STRINGS])
        return L(self.rng.choice(pool))

    def weighted_op(self) -> str:
        ops, weights = zip(*BIN_OPS)
        return self.rng.choices(ops, weights)[0]

    def expr(self, names: list[str], depth: int) -> Expr:
        """A random expression over names (values of any kind): only operators, Math functions,
        typeof and guarded property reads, none of which can throw."""
        r = self.rng.random()
        if depth <= 0 or r < 0.25:
            return L(self.rng.choice(names)) if names and self.chance(0.7) else self.constant()
        if r < 0.65:
            return self.binary(self.expr(names, depth - 1), self.expr(names, depth - 1))
        if r < 0.72:
            return Un(self.rng.choice(UN_OPS), self.expr(names, depth - 1))
        if r < 0.80:
            return Cond(self.expr(names, depth - 1), self.expr(names, depth - 1),
                        self.expr(names, depth - 1))
        if r < 0.90:
            if self.chance(0.6):
                return Call(Member(L("Math"), self.rng.choice(MATH_1)), [self.expr(names, depth - 1)])
            fn = self.rng.choice(MATH_2)
            if fn == "pow":
                return self.power(lambda base, exponent: Call(Member(L("Math"), "pow"), [base, exponent]),
                                  names, depth)
            return Call(Member(L("Math"), fn), [self.expr(names, depth - 1), self.expr(names, depth - 1)])
        if names:
            # A property read under a guard: the receiver may be anything.
            v = L(self.rng.choice(names))
            guard = Bin("&&", Bin("===", Un("typeof ", v), s("object")), Bin("!==", v, L("null")))
            return Cond(guard, Member(v, self.rng.choice(["x", "y", "length"])), self.expr(names, 0))
        return self.constant()

    def binary(self, left: Expr, right: Expr) -> Expr:
        """left OP right for a random operator (a power only in its exact form)."""
        op = self.weighted_op()
        if op == "**" and not self.config.inexact_pow:
            return Bin("**", L(f"(({expr_text(left)} | 0) % 1024)"), L(self.rng.choice(EXACT_EXPONENTS)))
        return Bin(op, left, right)

    def power(self, make, names: list[str], depth: int) -> Expr:
        """A power (`**` or Math.pow) whose value is exact in every implementation (unless
        the config allows inexact ones): a small integer base and a small exponent."""
        base, exponent = self.expr(names, depth - 1), self.expr(names, depth - 1)
        if not self.config.inexact_pow:
            # One atom for the reducer, which must not simplify the guard away.
            base = L(f"(({expr_text(base)} | 0) % 1024)")
            exponent = L(self.rng.choice(EXACT_EXPONENTS))
        return make(base, exponent)

    def function_body(self, params: list[str], prefix: list[VarDecl] = ()) -> list[Stmt]:
        """Straight-line code, branches, a short inner loop and early returns over the
        parameters (after the locals of prefix); ends in a return that uses every local."""
        names = list(params) + [d.name for d in prefix]
        body: list[Stmt] = list(prefix)
        # Mostly small bodies; now and then a big one (register pressure, many live values).
        depth = 3 if self.chance(0.2) else 2
        for _ in range(self.rng.randint(1, 7 if self.chance(0.3) else 4)):
            r = self.rng.random()
            if r < 0.4 or len(names) == len(params):
                local = self.name("t")
                body.append(VarDecl("var", local, self.expr(names, depth)))
                names.append(local)
            elif r < 0.6:
                target = self.rng.choice(names[len(params):])
                body.append(If(self.expr(names, 1), [assign(target, self.expr(names, depth))],
                               [assign(target, self.expr(names, depth))] if self.chance(0.5) else None))
            elif r < 0.8:
                # The accumulator appears once on the right: a string can only grow linearly.
                target = self.rng.choice(names[len(params):])
                j = self.name("j")
                others = [n for n in names if n != target] + [j]
                step = self.binary(L(target), self.expr(others, 1))
                loop_body: list[Stmt] = [assign(target, step)]
                if self.chance(0.3):
                    loop_body.insert(0, If(Bin("===", L(j), L(self.rng.randint(1, 4))),
                                           [self.rng.choice([Break(), Continue()])]))
                body.append(For(j, L(0), L(self.rng.randint(2, 6)), loop_body))
            else:
                body.append(If(self.expr(names, 1), [Return(self.expr(names, depth))]))
        body.append(Return(self.fold(self.expr(names, depth), names[len(params):])))
        return body

    def fold(self, e: Expr, names: list[str]) -> Expr:
        """e combined with each of names, so that no computed value is dead."""
        for n in self.rng.sample(names, len(names)):
            e = Bin(self.rng.choice(["+", "-", "^", "*", "+", "|"]), e, L(n))
        return e

    def driver(self, tag: str, result: str, phases: list[tuple[int, callable]],
               wrap: bool | None = None) -> list[Stmt]:
        """One loop per phase: `result = CALL(i); h = mix(h, result);`, and a print after each.
        Sometimes the loops sit inside a function called once (so they are OSR candidates
        in optimized code rather than in the script)."""
        out: list[Stmt] = []
        for n, (count, make_call) in enumerate(phases):
            i = self.name("i")
            if count == 1:
                out.append(assign(result, make_call("0")))
                out.append(mix_into_h(L(result)))
            else:
                out.append(For(i, L(0), L(count), [assign(result, make_call(i)), mix_into_h(L(result))]))
            out.append(log(s(f"{tag}.{n}"), L("h"), L(result)))
        if wrap is None:
            wrap = self.chance(0.3)
        if wrap:
            fname = self.name("drive")
            return [FuncDecl(fname, [], out), ExprStmt(call(fname))]
        return out

    def phase_kinds(self, first: str, pool: list[str], stringy_ok: bool = True) -> list[tuple[str, int]]:
        """(kind, calls) per phase: the hot phase, then 1-4 others. After a stringy kind the
        remaining phases get few calls, so a string accumulator stays short."""
        phases = [(first, self.hot_count())]
        stringy_seen = False
        for _ in range(self.rng.randint(1, 4)):
            kind = self.rng.choice(pool)
            if kind in STRINGY_KINDS and not stringy_ok:
                kind = "double"
            if kind in STRINGY_KINDS:
                stringy_seen = True
            count = self.rng.choice(FOLLOW_COUNTS)
            if stringy_seen:
                count = min(count, 10)
            phases.append((kind, count))
            if self.chance(0.3):
                # Back to the first kind: the function may be re-optimized.
                phases.append((first, 1 if stringy_seen else self.rng.choice(FOLLOW_COUNTS)))
        return phases

    # ---- sections ------------------------------------------------------------------------------

    def section_arith(self, edge: bool = False) -> list[Stmt]:
        """A hot function of 1-3 parameters over operators; int32 first, then other kinds."""
        f = self.name("f")
        nparams = self.rng.randint(1, 3)
        params = [f"p{k}" for k in range(nparams)]
        prefix = []
        if edge:
            # Int32 overflow edges: operations that leave the int32 range or give -0.
            a = params[0]
            b = params[-1]
            edge_ops = [f"({a} + {b})", f"({a} - {b})", f"({a} * {b})", f"(({a} + {b}) | 0)", f"(-{a})",
                        f"({a} / {b})", f"({a} % {b})", f"(({a} * {b}) | 0)", f"({a} + 1)", f"({a} - 1)",
                        f"(~{a})", f"(({a} << 1) >> 1)", f"({a} >>> 0)", f"Math.abs({a})",
                        f"(({a} | 0) * 65536)", f"(0 - {a})"]
            prefix = [VarDecl("var", self.name("t"), L(self.rng.choice(edge_ops))) for _ in range(2)]
        body = self.function_body(params, prefix)
        first = "intedge" if edge and self.chance(0.5) else "int"
        pool = list(ARG_KINDS)
        result = self.name("r")
        phases = []
        for kind, count in self.phase_kinds(first, pool):
            kinds = [kind] + [self.rng.choice([kind, kind, first, "int", "double"]) for _ in params[1:]]
            arity = nparams
            if self.chance(0.1):
                arity = self.rng.choice([max(0, nparams - 1), nparams + 1])
            def make_call(i, kinds=kinds, arity=arity):
                args = [self.arg(kinds[k % len(kinds)], i) for k in range(arity)]
                return call(f, *args)
            phases.append((count, make_call))
        self.revisitable.append((f, nparams, False))
        return [FuncDecl(f, params, body), VarDecl("var", result, L(0))] + self.driver(f, result, phases)

    def section_revisit(self) -> list[Stmt]:
        """A hot function of an earlier section called again, with new kinds of arguments."""
        f, nparams, receiver = self.rng.choice(self.revisitable)
        pool = RECEIVER_KINDS if receiver else list(ARG_KINDS)
        result = self.name("r")
        phases = []
        for kind, count in self.phase_kinds(self.rng.choice(NUMERIC_KINDS), pool)[1:]:
            def make_call(i, kind=kind):
                return call(f, *[self.arg(kind, i) for _ in range(nparams)])
            phases.append((count, make_call))
        return [VarDecl("var", result, L(0))] + self.driver(f + "again", result, phases, wrap=False)

    def shape_expr(self, ctors: list[tuple[str, list[str]]], ivar: str) -> Expr:
        """An object of one of several shapes: a constructor's, or a literal's (key order matters)."""
        if ctors and self.chance(0.5):
            name, _ = self.rng.choice(ctors)
            return New(L(name), [L(ivar), self.constant()])
        keys = self.rng.sample(PROP_NAMES[:6], self.rng.randint(0, 4))
        if self.chance(0.8) and "x" not in keys:
            keys.insert(self.rng.randint(0, len(keys)), "x")
        return ObjectLit(keys, [L(ivar) if k == "x" else self.constant() for k in keys])

    def constructors(self) -> tuple[list[Stmt], list[tuple[str, list[str]]]]:
        decls, ctors = [], []
        for _ in range(self.rng.randint(1, 3)):
            c = self.name("C")
            props = self.rng.sample(PROP_NAMES, self.rng.randint(1, 4))
            if "x" not in props:
                props.insert(self.rng.randint(0, len(props)), "x")
            body: list[Stmt] = []
            for p in props:
                value = L("a") if p == "x" else self.rng.choice([L("b"), self.constant(), Bin("+", L("a"), L("b"))])
                if p != "x" and self.chance(0.2):
                    # A conditional property: one constructor, two shapes.
                    body.append(If(Bin(">", L("a"), L(self.rng.randint(0, 50))),
                                   [ExprStmt(Assign(Member(L("this"), p), "=", value))]))
                else:
                    body.append(ExprStmt(Assign(Member(L("this"), p), "=", value)))
            decls.append(FuncDecl(c, ["a", "b"], body))
            ctors.append((c, props))
        return decls, ctors

    def section_property(self) -> list[Stmt]:
        """Property loads and stores at one site over a growing set of shapes: monomorphic,
        polymorphic, megamorphic, then primitives as receivers."""
        decls, ctors = self.constructors()
        objs = self.name("objs")
        nshapes = self.rng.randint(2, 10)
        decls.append(VarDecl("var", objs, ArrayLit([self.shape_expr(ctors, str(k)) for k in range(nshapes)])))
        site = self.name("get")
        o, v = "o", "v"
        reads = [Member(L(o), "x"), Bin("+", Member(L(o), "x"), Member(L(o), self.rng.choice(PROP_NAMES)))]
        body: list[Stmt] = [VarDecl("var", "t", self.rng.choice(reads))]
        if self.chance(0.5):
            # A store at the site too: the field's representation changes with v.
            body.append(ExprStmt(Assign(Member(L(o), self.rng.choice(["x", "y", "z"])), "=", L(v))))
        body.append(Return(Bin(self.rng.choice(["+", "*", "-"]), L("t"), self.expr(["t", v], 1))))
        decls.append(FuncDecl(site, [o, v], body))
        result = self.name("r")
        phases = []
        widths = sorted({1, self.rng.randint(1, nshapes), nshapes})
        for n, width in enumerate(widths):
            vkind = self.rng.choice(["int", "int", "double", "str", "minuszero"]) if n else "int"
            count = self.hot_count() if n == 0 else self.rng.choice([50, 300, 1000])
            def make_call(i, width=width, vkind=vkind):
                return call(site, Index(L(objs), Bin("%", L(i), L(width))), self.arg(vkind, i))
            phases.append((count, make_call))
        for _ in range(self.rng.randint(0, 2)):
            kind = self.rng.choice(RECEIVER_KINDS)
            def make_call(i, kind=kind):
                return call(site, self.arg(kind, i), self.arg("int", i))
            phases.append((self.rng.choice([1, 5, 20]), make_call))
        self.revisitable.append((site, 2, True))
        out = decls + [VarDecl("var", result, L(0))] + self.driver(site, result, phases)
        out.append(log(s(objs), Index(L(objs), L(0)), Member(L(objs), "length")))
        return out

    def section_array(self) -> list[Stmt]:
        """Array reads in and out of bounds while the elements' kind changes (small ints,
        doubles, strings, objects, holes) and the length moves."""
        arr = self.name("arr")
        length = self.rng.randint(3, 40)
        fill = self.rng.choice(["{i}", "({i} * 3)", "({i} - 10)", "({i} + 0.5)", "(({i} & 1) === 0 ? {i} : -{i})"])
        j = self.name("i")
        out: list[Stmt] = [VarDecl("var", arr, ArrayLit([])),
                           For(j, L(0), L(length), [ExprStmt(Call(Member(L(arr), "push"), [L(fill.format(i=j))]))])]
        rd = self.name("rd")
        reads = [Index(L("a"), L("k")),
                 Bin("+", Index(L("a"), L("k")), L(1)),
                 Bin("|", Index(L("a"), L("k")), L(0)),
                 Bin("+", Index(L("a"), L("k")), Index(L("a"), Bin("+", L("k"), L(1)))),
                 Cond(Bin("<", L("k"), Member(L("a"), "length")), Index(L("a"), L("k")), L(-1))]
        out.append(FuncDecl(rd, ["a", "k"], [Return(self.rng.choice(reads))]))
        sm = self.name("sum")
        jj = self.name("j")
        out.append(FuncDecl(sm, ["a"], [
            VarDecl("var", "acc", L(0)),
            For(jj, L(0), Member(L("a"), "length"),
                [assign("acc", Bin(self.rng.choice(["+", "+", "^", "-"]), L("acc"), Index(L("a"), L(jj))))]),
            Return(L("acc"))]))
        result = self.name("r")
        phases = []
        # In bounds and hot, then reaching past the end, negative, fractional and string keys.
        phases.append((self.hot_count(), lambda i: call(rd, L(arr), Bin("%", L(i), L(length)))))
        index_kinds = [f"({{i}} % {length + 4})", "-1", "1.5", '"1"', f"{length}", "({i} % 3)"]
        for _ in range(self.rng.randint(1, 2)):
            idx = self.rng.choice(index_kinds)
            phases.append((self.rng.choice([1, 10, 300]), lambda i, idx=idx: call(rd, L(arr), L(idx.format(i=i)))))
        out.append(VarDecl("var", result, L(0)))
        out += self.driver(rd, result, phases, wrap=False)
        # Change the elements' kind or length, then read and sum again.
        mutations = [
            lambda: ExprStmt(Call(Member(L(arr), "push"), [self.constant()])),
            lambda: ExprStmt(Call(Member(L(arr), "pop"), [])),
            lambda: ExprStmt(Assign(Index(L(arr), L(self.rng.randrange(length))), "=", self.constant())),
            lambda: ExprStmt(Assign(Index(L(arr), L(self.rng.randrange(length))), "=",
                                    ObjectLit(["x"], [L(1)]))),
            lambda: ExprStmt(Assign(Index(L(arr), Bin("+", Member(L(arr), "length"), L(self.rng.randint(0, 3)))),
                                    "=", self.constant())),
        ]
        sums = self.name("rs")
        out.append(VarDecl("var", sums, L(0)))
        calls = max(2, (self.config.hot + length - 1) // length + 1)
        for n in range(self.rng.randint(1, 3)):
            out.append(self.rng.choice(mutations)())
            phases = [(calls if n == 0 else self.rng.choice([1, 10]), lambda i: call(sm, L(arr)))]
            idx = self.rng.choice(index_kinds)
            phases.append((self.rng.choice([1, 50]), lambda i, idx=idx: call(rd, L(arr), L(idx.format(i=i)))))
            out += self.driver(f"{sm}.{n}", sums, phases, wrap=False)
        if self.chance(0.5):
            # A string is indexable too (a different receiver for the same site).
            out.append(assign(result, call(rd, s("abcdef"), L(self.rng.randint(0, 7)))))
            out.append(log(s(rd + ".str"), L(result)))
        out.append(log(s(arr), Member(L(arr), "length"), Index(L(arr), L(0)),
                       Index(L(arr), Bin("-", Member(L(arr), "length"), L(1)))))
        self.revisitable.append((sm, 1, True))
        return out

    def section_closure(self) -> list[Stmt]:
        """A closure whose captured variable changes type (int -> double -> string), and a
        hot function reading an outer variable that is reassigned between phases."""
        out: list[Stmt] = []
        mk = self.name("mk")
        steps = [Bin("+", L("c"), L("d")), L("((c * 3) + d) | 0"), Bin("-", L("c"), Bin("*", L("d"), L(0.5))),
                 L('(typeof c === "string" ? c.length : c) + d'), Bin("*", L("c"), L("d"))]
        step = self.rng.choice(steps)
        inner = Func(["d"], [assign("c", step), Return(L("c"))], arrow=self.chance(0.3))
        out.append(FuncDecl(mk, ["seed"], [VarDecl(self.rng.choice(["var", "let"]), "c", L("seed")),
                                          Return(inner)]))
        cl = self.name("cl")
        out.append(VarDecl("var", cl, call(mk, self.arg(self.rng.choice(["int", "double"]), "1"))))
        result = self.name("r")
        phases = []
        for kind, count in self.phase_kinds("int", list(ARG_KINDS)):
            phases.append((count, lambda i, kind=kind: call(cl, self.arg(kind, i))))
        out.append(VarDecl("var", result, L(0)))
        out += self.driver(cl, result, phases)
        # An outer variable read by a hot function, reassigned with other kinds between phases.
        outer = self.name("g")
        use = self.name("use")
        out.append(VarDecl(self.rng.choice(["var", "let"]), outer, L(self.rng.choice(SMALL_INTS))))
        out.append(FuncDecl(use, ["x"], [Return(self.binary(L(outer), self.expr(["x"], 1)))]))
        result2 = self.name("r")
        out.append(VarDecl("var", result2, L(0)))
        out += self.driver(use, result2, [(self.hot_count(), lambda i: call(use, L(i)))], wrap=False)
        for kind in self.rng.sample(["double", "minuszero", "nan", "str", "undefined", "obj", "intedge"], 2):
            out.append(assign(outer, self.arg(kind, "3")))
            out += self.driver(use, result2, [(self.rng.choice([1, 10, 200]), lambda i: call(use, L(i)))],
                               wrap=False)
        return out

    def section_recursion(self) -> list[Stmt]:
        """Bounded recursion (depth < 200) called until hot, then with other kinds of values."""
        out: list[Stmt] = []
        result = self.name("r")
        if self.chance(0.5):
            rec = self.name("rec")
            # The base case also stops on NaN (`!(n > 0)`), and x is used once per level.
            step = self.rng.choice([Bin("+", L("x"), L("n")), Bin("*", L("x"), L(2)),
                                    L("((x * 31) + n) | 0"), Bin("-", L("x"), L(0.5)),
                                    Bin("^", L("x"), L("n"))])
            out.append(FuncDecl(rec, ["n", "x"], [
                If(Un("!", Bin(">", L("n"), L(0))), [Return(L("x"))], keep=True),
                Return(call(rec, Bin("-", L("n"), L(1)), step))]))
            depth = self.rng.randint(5, 60)
            calls = max(3, self.config.hot // depth * 2)
            phases = [(calls, lambda i: call(rec, Bin("%", L(i), L(depth)), L(i)))]
            for kind in self.rng.sample(["double", "minuszero", "nan", "str", "undefined", "intedge", "obj"], 2):
                d = self.rng.choice([3, 20, 150])
                phases.append((self.rng.choice([1, 3]), lambda i, kind=kind, d=d: call(rec, L(d), self.arg(kind, i))))
        else:
            rec = self.name("fib")
            out.append(FuncDecl(rec, ["n"], [
                If(Un("!", Bin(">=", L("n"), L(2))), [Return(L("n"))], keep=True),
                Return(Bin("+", call(rec, Bin("-", L("n"), L(1))), call(rec, Bin("-", L("n"), L(2)))))]))
            n = self.rng.randint(12, 15)
            phases = [(self.rng.randint(1, 3), lambda i: call(rec, L(n)))]
            arg = self.rng.choice(["10.5", '"9"', "-0", "NaN", "8.25", "true"])
            phases.append((1, lambda i: call(rec, L(arg))))
        out.append(VarDecl("var", result, L(0)))
        return out + self.driver(rec, result, phases)

    def section_loop_accumulator(self) -> list[Stmt]:
        """A long loop whose accumulator changes type midway (int -> double, overflow past
        int32, -0, then a string for the last few iterations)."""
        fname = self.name("loop")
        n_total = self.hot_count()
        k1 = self.rng.randrange(n_total // 4, n_total // 2)
        k2 = n_total - self.rng.randint(5, 40)
        init = self.rng.choice(["0", "1", "2147483000", "-2147483000", "0.5", "-0"])
        i = self.name("i")
        changes = [L("acc + 0.5"), L("acc * 1.5"), L("-0"), L("acc * 4294967296"), L("NaN"),
                   L("acc - 2147483648")]
        steps = [L(f"acc + {i}"), L(f"(acc * 3) + {i}"), L(f"((acc * 3) + {i}) | 0"),
                 L(f"(acc ^ {i}) + 1"), L(f"acc - ({i} * 0.25)"), L(f"acc + ({i} & 7)"),
                 L("(acc + 1000003) | 0")]
        every = self.rng.choice([1, 7, 100])
        body: list[Stmt] = [
            If(Bin("===", L(i), L("k1")), [assign("acc", self.rng.choice(changes))]),
        ]
        if self.chance(0.6):
            body.append(If(Bin("===", L(i), L("k2")), [assign("acc", self.rng.choice(
                [L('"" + acc'), L('"s"'), L("undefined"), L("acc + 0.25")]))]))
        body.append(assign("acc", self.rng.choice(steps)))
        body.append(If(Bin("===", Bin("%", L(i), L(every)), L(0)), [mix_into_h(L("acc"))]))
        loop = For(i, L(0), L("n"), body)
        result = self.name("r")
        out: list[Stmt] = [
            FuncDecl(fname, ["n", "k1", "k2"], [VarDecl("var", "acc", L(init)), loop, Return(L("acc"))]),
            VarDecl("var", result, L(0)),
            assign(result, call(fname, L(n_total), L(k1), L(k2))),
            log(s(fname + ".0"), L("h"), L(result)),
        ]
        # Again, shorter and with the type changes elsewhere (the loop may be optimized now).
        n2 = self.rng.randint(50, 400)
        out.append(assign(result, call(fname, L(n2), L(self.rng.randrange(n2)), L(n2 - self.rng.randint(1, 20)))))
        out.append(log(s(fname + ".1"), L("h"), L(result)))
        if self.chance(0.5):
            # The same kind of loop at the top level of the script.
            acc = self.name("acc")
            j = self.name("i")
            n3 = self.hot_count()
            out.append(VarDecl("var", acc, L(init)))
            out.append(For(j, L(0), L(n3), [
                If(Bin("===", L(j), L(n3 // 2)), [assign(acc, L(self.rng.choice(["0.5", "-0", "2147483647", "1e300"])))]),
                assign(acc, L(self.rng.choice([f"{acc} + {j}", f"({acc} * 2) + 1", f"({acc} - {j}) | 0",
                                               f"{acc} + 0.75"]))),
                If(Bin("===", Bin("%", L(j), L(every)), L(0)), [mix_into_h(L(acc))])]))
            out.append(log(s(acc), L("h"), L(acc)))
        return out

    def section_constructor(self) -> list[Stmt]:
        """Objects built by constructors whose shape depends on the arguments, read by a hot
        function while the field kinds change."""
        decls, ctors = self.constructors()
        c, props = self.rng.choice(ctors)
        use = self.name("use")
        p1 = self.rng.choice(props)
        p2 = self.rng.choice(props)
        decls.append(FuncDecl(use, ["o"], [Return(self.binary(Member(L("o"), p1), Member(L("o"), p2)))]))
        result = self.name("r")
        phases = []
        for kind, count in self.phase_kinds("int", list(ARG_KINDS)):
            def make_call(i, kind=kind):
                return call(use, New(L(c), [self.arg(kind, i), self.arg(self.rng.choice(["int", kind]), i)]))
            phases.append((count, make_call))
        last = self.name("o")
        out = decls + [VarDecl("var", result, L(0))] + self.driver(use, result, phases)
        out.append(VarDecl("var", last, New(L(c), [L(self.rng.choice(SMALL_INTS + DOUBLES)), self.constant()])))
        out.append(log(s(last), L(last)))
        self.revisitable.append((use, 1, True))
        return out

    def section_callee(self) -> list[Stmt]:
        """A call site whose callee changes: monomorphic, then several functions, arrows and
        closures at the same site."""
        out: list[Stmt] = []
        fns = []
        for _ in range(self.rng.randint(2, 4)):
            fn = self.name("k")
            if self.chance(0.7):
                out.append(FuncDecl(fn, ["x"], self.function_body(["x"])))
            else:
                out.append(VarDecl("var", fn, Func(["x"], [Return(self.expr(["x"], 2))], arrow=self.chance(0.5))))
            fns.append(fn)
        table = self.name("fns")
        out.append(VarDecl("var", table, ArrayLit([L(f) for f in fns])))
        site = self.name("via")
        out.append(FuncDecl(site, ["f", "x"], [Return(Call(L("f"), [L("x")]))]))
        result = self.name("r")
        kind = self.rng.choice(NUMERIC_KINDS)
        phases = [(self.hot_count(), lambda i: call(site, Index(L(table), L(0)), L(i))),
                  (self.rng.choice([1, 50, 500]),
                   lambda i: call(site, Index(L(table), Bin("%", L(i), L(len(fns)))), self.arg(kind, i)))]
        out.append(VarDecl("var", result, L(0)))
        return out + self.driver(site, result, phases)

    def section_exceptions(self) -> list[Stmt]:
        """Exceptions thrown out of optimized code (only when the engine has try/catch): a
        throw after thousands of normal returns, through an optimized caller, caught in the
        script or in a hot function; and TypeErrors of the engine's own (a property of
        undefined), of which only the kind is printed (messages differ between engines)."""
        thrower, middle, guarded = self.name("thrower"), self.name("middle"), self.name("guarded")
        limit = self.rng.randint(1200, 2500)
        value = self.rng.choice([L("p"), s("boom"), ObjectLit(["code"], [L("p")]), L("p + 0.5"), L("undefined")])
        out: list[Stmt] = [
            FuncDecl(thrower, ["p"], [If(Bin("===", L("p"), L(limit)), [Throw(value)]),
                                      If(Bin("===", L("p"), L(-1)), [Throw(L("p"))]),
                                      Return(self.binary(L("p"), self.constant()))]),
            FuncDecl(middle, ["p"], [VarDecl("var", "t", Bin("*", call(thrower, L("p")), L(2))),
                                     Return(Bin("+", L("t"), L("p")))]),
            FuncDecl(guarded, ["p"], [Try([Return(call(middle, L("p")))], "e",
                                          [Return(Bin("+", call("mix", L(0), L("e")), L(1)))])]),
        ]
        result, caught = self.name("r"), self.name("caught")
        out += [VarDecl("var", result, L(0)), VarDecl("var", caught, L(0))]
        i = self.name("i")
        out.append(For(i, L(0), L(limit + self.rng.randint(1, 300)), [
            Try([assign(result, call(self.rng.choice([thrower, middle]), L(i))), mix_into_h(L(result))], "e",
                [mix_into_h(L("e")), ExprStmt(Update(L(caught), "++"))])]))
        out.append(log(s(middle), L("h"), L(result), L(caught)))
        j = self.name("i")
        out.append(For(j, L(0), L(limit + self.rng.randint(1, 300)), [
            assign(result, call(guarded, L(j))), mix_into_h(L(result))]))
        out.append(assign(result, call(guarded, L(-1))))
        out.append(log(s(guarded), L("h"), L(result)))
        # The engine's own TypeError out of an optimized property load.
        bad = self.name("load")
        k = self.name("i")
        cut = self.rng.randint(1100, 2000)
        out.append(FuncDecl(bad, ["o"], [Return(Bin("+", Member(L("o"), "x"), L(1)))]))
        out.append(For(k, L(0), L(cut + 5), [
            Try([assign(result, call(bad, Cond(Bin("<", L(k), L(cut)), ObjectLit(["x"], [L(k)]),
                                               L(self.rng.choice(["undefined", "null"]))))),
                 mix_into_h(L(result))], "e",
                [assign(result, Un("typeof ", L("e"))), ExprStmt(Update(L(caught), "++"))])]))
        out.append(log(s(bad), L("h"), L(result), L(caught)))
        return out

    # Locals of many representations for section_live_values: (initial value, update in
    # the loop over {i}); the update keeps each in its kind, or moves it on (past int32, to -0).
    LIVE_LOCALS = [
        ("0", "({v} + {i}) | 0"), ("2147483600", "{v} + 1"), ("0.5", "{v} + 0.25"), ("-0", "{v} * -1"),
        ('"s"', '{i} < 3 ? {v} + "t" : {v}'), ("{ x: 1 }", "{i} === 7 ? {{ x: {i} }} : {v}"), ("[1, 2]", "{v}"),
        ("true", "!{v}"), ("undefined", "{v}"), ("null", "{v}"), ("NaN", "{v} + 1"), ("-2147483648", "{v} - {i}"),
        ("1e300", "{v} * 2"), ("0", "{v} - 1"),
    ]

    def section_live_values(self) -> list[Stmt]:
        """A hot loop (OSR, then a hot function) whose frame holds many live values of
        different representations (int32, double, -0, NaN, strings, objects, booleans,
        undefined) when a speculation fails in the middle of an iteration: the deoptimizer
        must rebuild every one of them, and the checksum after the loop shows each."""
        fn = self.name("live")
        i = self.name("i")
        chosen = self.rng.sample(self.LIVE_LOCALS, self.rng.randint(4, 9))
        names = [f"v{k}" for k in range(len(chosen))]
        body: list[Stmt] = [VarDecl("var", n, L(init)) for n, (init, _) in zip(names, chosen)]
        body.append(VarDecl("var", "acc", L(0)))
        loop: list[Stmt] = []
        for n, (_, update) in zip(names, chosen):
            if self.chance(0.8):
                loop.append(assign(n, L(update.format(v=n, i=i))))
        trigger = If(Bin("===", L(i), L("k")), [assign("acc", Bin(self.rng.choice(["+", "-", "*", "|"]), L("acc"), L("v")))])
        loop.insert(self.rng.randint(0, len(loop)), trigger)
        loop.append(assign("acc", Bin(self.rng.choice(["+", "^", "-"]), L("acc"), self.expr([i] + names[:2], 1))))
        body.append(For(i, L(0), L("n"), loop))
        body += [mix_into_h(L(n)) for n in names]
        body.append(Return(L("acc")))
        out: list[Stmt] = [FuncDecl(fn, ["n", "k", "v"], body)]
        result = self.name("r")
        out.append(VarDecl("var", result, L(0)))
        n_hot = self.hot_count()
        calls = [(n_hot, n_hot - self.rng.randint(1, 500), self.arg("int", "1"))]
        for _ in range(self.rng.randint(2, 4)):
            n = self.rng.choice([5, 50, 1200, n_hot])
            kind = self.rng.choice(list(ARG_KINDS))
            calls.append((n, self.rng.randrange(n), self.arg(kind, "2")))
        for m, (n, k, v) in enumerate(calls):
            out.append(assign(result, call(fn, L(n), L(k), v)))
            out.append(log(s(f"{fn}.{m}"), L("h"), L(result)))
        return out

    def section_strings(self) -> list[Stmt]:
        """A hot function over strings (concatenation, length, indexing, comparison), then
        numbers, objects and the empty string in the same places."""
        f = self.name("str")
        ops = [L("(a + b).length"), L("a[0] + b"), L("a < b"), L("a === b"), L("a + (a < b ? 1 : 2)"),
               L("b.length - a.length"), L('a[a.length - 1] + "|"'), L("a + b + a.length"), L("(a + 1)[1]")]
        picks = self.rng.sample(ops, 3)
        f_body = [VarDecl("var", "t0", picks[0]), VarDecl("var", "t1", picks[1]),
                  Return(Bin("+", Bin("+", L("t0"), L("t1")), picks[2]))]
        result = self.name("r")
        strings = ['("s" + ({i} % 9))', '("" + {i})', '"abc"', '"Ä-ü"', '("x" + {i} + "y")']
        phases = [(self.hot_count(), lambda i: call(f, L(self.rng.choice(strings).format(i=i)),
                                                    L(self.rng.choice(strings).format(i=i))))]
        for _ in range(self.rng.randint(1, 3)):
            kind = self.rng.choice(RECEIVER_KINDS)
            phases.append((self.rng.choice([1, 10, 100]),
                           lambda i, kind=kind: call(f, self.arg(kind, i), L(self.rng.choice(strings).format(i=i)))))
        return [FuncDecl(f, ["a", "b"], f_body), VarDecl("var", result, L(0))] + self.driver(f, result, phases)

    def section_chain(self) -> list[Stmt]:
        """Hot functions of earlier sections composed: optimized code calling optimized
        code, one of which deoptimizes in the middle of the chain."""
        picks = self.rng.sample(self.revisitable, min(len(self.revisitable), self.rng.randint(2, 3)))
        f = self.name("chain")
        args = ["a", "b", "c"]
        terms = [call(name, *[L(args[k % 3]) for k in range(n)]) for name, n, _ in picks]
        expr = terms[0]
        for t in terms[1:]:
            expr = Bin(self.rng.choice(["+", "-", "^", "*"]), expr, t)
        receiver = any(r for _, _, r in picks)
        pool = RECEIVER_KINDS if receiver else list(ARG_KINDS)
        result = self.name("r")
        phases = []
        for kind, count in self.phase_kinds("int", pool):
            phases.append((count, lambda i, kind=kind: call(f, self.arg(kind, i), self.arg("int", i),
                                                               self.arg(self.rng.choice(["int", kind]), i))))
        return [FuncDecl(f, args, [Return(expr)]), VarDecl("var", result, L(0))] + self.driver(f, result, phases)

    def section_prototype(self) -> list[Stmt]:
        """Methods and data found on prototype chains (only when the engine has prototypes):
        a call site hot on one constructor's instances, then instances one link further
        down the chain and objects with own methods, while the prototype's method and data
        are replaced under the optimized code and an own property comes to shadow them."""
        base, derived = self.name("P"), self.name("Q")
        site, objs = self.name("call"), self.name("objs")
        this_names = ["this.x", "this.y"]

        def method() -> Func:
            return Func([], [Return(self.fold(self.expr(this_names, 1), self.rng.sample(this_names, 1)))])

        def proto(ctor: str, name: str) -> Expr:
            return Member(Member(L(ctor), "prototype"), name)

        out: list[Stmt] = [
            FuncDecl(base, ["x", "y"], [ExprStmt(Assign(Member(L("this"), "x"), "=", L("x"))),
                                        ExprStmt(Assign(Member(L("this"), "y"), "=", L("y")))]),
            ExprStmt(Assign(proto(base, "get"), "=", method())),
            ExprStmt(Assign(proto(base, "k"), "=", L(self.rng.choice(SMALL_INTS)))),
            FuncDecl(derived, ["x"], [ExprStmt(Assign(Member(L("this"), "x"), "=", L("x")))]),
            ExprStmt(Assign(Member(L(derived), "prototype"), "=", New(L(base), [L(1), L(2)]))),
            VarDecl("var", objs, ArrayLit([New(L(base), [L(1), L(2)]), New(L(derived), [L(3)]),
                                           ObjectLit(["get", "k"], [method(), L(1)]),
                                           ObjectLit(["y", "x", "get", "k"], [L(0.5), L(-1), method(), s("k")])])),
            FuncDecl(site, ["o", "v"], [Return(Bin("+", Bin(self.rng.choice(["+", "-", "*"]),
                                                            Call(Member(L("o"), "get"), []), Member(L("o"), "k")),
                                                   L("v")))]),
        ]
        result = self.name("r")
        out.append(VarDecl("var", result, L(0)))
        out += self.driver(site, result, [(self.hot_count(), lambda i: call(site, Index(L(objs), L(0)), L(i)))],
                           wrap=False)
        changes = [
            lambda: ExprStmt(Assign(proto(base, "get"), "=", method())),
            lambda: ExprStmt(Assign(proto(base, "k"), "=", self.constant())),
            lambda: ExprStmt(Assign(proto(derived, "k"), "=", self.constant())),
            lambda: ExprStmt(Assign(Member(Index(L(objs), L(0)), "k"), "=", self.constant())),
            lambda: ExprStmt(Assign(Member(Index(L(objs), L(1)), "x"), "=", self.constant())),
        ]
        for n in range(self.rng.randint(2, 4)):
            if self.chance(0.7):
                out.append(self.rng.choice(changes)())
            width = self.rng.randint(1, 4)
            count = self.rng.choice([1, 20, 300, 1200])
            out += self.driver(f"{site}.{n}", result,
                               [(count, lambda i, width=width: call(site, Index(L(objs), Bin("%", L(i), L(width))),
                                                                    self.arg(self.rng.choice(NUMERIC_KINDS), i)))],
                               wrap=False)
        return out

    def section_classes(self) -> list[Stmt]:
        """Classes (only when the engine has them): a method call site hot on one class, then
        on a subclass whose override calls super, on a static factory's objects and on a
        plain object; a getter and a setter on the way; the argument's kind changes too."""
        base, derived = self.name("A"), self.name("B")
        site, objs = self.name("use"), self.name("objs")
        this_names = ["this.x", "this.y"]

        def this_expr() -> Expr:
            return self.fold(self.expr(this_names, 1), self.rng.sample(this_names, 1))

        out: list[Stmt] = [
            ClassDecl(base, None, [
                Method("constructor", ["x"], [assign("this.x", L("x")), assign("this.y", L(0))]),
                Method("v", [], [Return(this_expr())], kind="get"),
                Method("m", ["d"], [assign("this.y", self.binary(L("this.y"), L("d"))),
                                    Return(Bin(self.rng.choice(["+", "-", "^"]), L("this.v"), L("d")))]),
                Method("make", ["x"], [Return(New(L(base), [L("x")]))], kind="static"),
            ]),
            ClassDecl(derived, base, [
                Method("constructor", ["x"], [ExprStmt(call("super", Bin("*", L("x"), L(2)))),
                                              assign("this.z", L(1))]),
                Method("m", ["d"], [Return(Bin(self.rng.choice(["+", "*", "-"]),
                                               Call(Member(L("super"), "m"), [L("d")]), L("this.z")))]),
                Method("w", ["q"], [assign("this.z", L("q"))], kind="set"),
            ]),
            VarDecl("var", objs, ArrayLit([New(L(base), [L(1)]), New(L(derived), [L(2)]),
                                           call(f"{base}.make", L(3)),
                                           ObjectLit(["x", "m"], [L(1), Func(["d"], [Return(L("d"))])])])),
            FuncDecl(site, ["o", "d"], [Return(self.binary(Call(Member(L("o"), "m"), [L("d")]), Member(L("o"), "x")))]),
        ]
        result = self.name("r")
        out.append(VarDecl("var", result, L(0)))
        phases = []
        for n, (kind, count) in enumerate(self.phase_kinds("int", list(ARG_KINDS))):
            width = 1 if n == 0 else self.rng.randint(1, 4)
            phases.append((count, lambda i, kind=kind, width=width:
                           call(site, Index(L(objs), Bin("%", L(i), L(width))), self.arg(kind, i))))
        out += self.driver(site, result, phases[:2], wrap=False)
        out.append(ExprStmt(Assign(Member(Index(L(objs), L(1)), "w"), "=", self.constant())))
        out += self.driver(site + "b", result, phases[2:], wrap=False)
        out.append(log(s(objs), Index(L(objs), L(0)), Index(L(objs), L(1))))
        return out

    BIGINT_ARGS = ["BigInt({i})", "(BigInt({i}) - 700n)", "(BigInt({i}) << 40n)", "(2n ** 70n + BigInt({i}))",
                   "(-(BigInt({i}) * 1000003n))", "0n"]
    # Both operands have one kind, BigInt or number, and no literal appears: every op works for both.
    BIGINT_OPS = ["a + b", "a - b", "a * b", "a & b", "a | b", "a ^ b", "-a", "~b", "(a & b) | (a ^ b)",
                  "a * a - b", "(a < b ? a : b)", "(a === b ? a : b)", "(a >= b ? b : a)", "(a == b ? a : b)"]

    def section_bigint(self) -> list[Stmt]:
        """BigInts through the tier (only when the engine has them): a function hot on BigInts
        or on int32s, then called with the other kind (its number guards meet a BigInt, or its
        generic code meets numbers) and with doubles; with exceptions, a phase mixing the two
        kinds, whose TypeErrors are counted."""
        f = self.name("big")
        ops = self.rng.sample(self.BIGINT_OPS, 2)
        out: list[Stmt] = [FuncDecl(f, ["a", "b"], [VarDecl("var", "t0", L(ops[0])), VarDecl("var", "t1", L(ops[1])),
                                                     Return(Bin("+", L("t0"), L("t1")))])]
        result, caught = self.name("r"), self.name("caught")
        out += [VarDecl("var", result, L(0)), VarDecl("var", caught, L(0))]
        kinds = ["big", "int"]
        self.rng.shuffle(kinds)
        phases = [(kinds[0], self.hot_count())]
        for _ in range(self.rng.randint(1, 3)):
            phases.append((self.rng.choice(["big", "int", "double", "mixed"]), self.rng.choice(FOLLOW_COUNTS)))
        if "exceptions" not in self.config.features:
            phases = [(k if k != "mixed" else "big", n) for k, n in phases]

        def value(kind: str, i: str) -> Lit:
            if kind == "big":
                return L(self.rng.choice(self.BIGINT_ARGS).format(i=i))
            return self.arg(kind, i)

        for n, (kind, count) in enumerate(phases):
            i = self.name("i")
            if kind == "mixed":
                args = [value("big", i), value("int", i)]
                self.rng.shuffle(args)
                body: list[Stmt] = [Try([assign(result, call(f, *args)), mix_into_h(L(result))], "e",
                                        [ExprStmt(Update(L(caught), "++")), mix_into_h(Un("typeof ", L("e")))])]
            else:
                body = [assign(result, call(f, value(kind, i), value(kind, i))), mix_into_h(L(result))]
            out.append(For(i, L(0), L(count), body))
            out.append(log(s(f"{f}.{n}"), L("h"), L(result), L(caught)))
        return out

    # ---- the program ---------------------------------------------------------------------------

    def program(self) -> Program:
        body: list[Stmt] = [VarDecl("var", "h", L(0)), mix_function()]
        sections = [(self.section_arith, 3), (lambda: self.section_arith(edge=True), 2),
                    (self.section_property, 2), (self.section_array, 2), (self.section_closure, 2),
                    (self.section_recursion, 1), (self.section_loop_accumulator, 2),
                    (self.section_constructor, 1), (self.section_callee, 1)]
        sections += [(self.section_live_values, 2), (self.section_strings, 1)]
        if "exceptions" in self.config.features:
            sections.append((self.section_exceptions, 1))
        if "prototypes" in self.config.features:
            sections.append((self.section_prototype, 2))
            sections.append((self.section_dependencies, 2))
        if "classes" in self.config.features:
            sections.append((self.section_classes, 2))
        if "bigint" in self.config.features:
            sections.append((self.section_bigint, 2))
        sections += self.tier_sections()
        makers, weights = zip(*sections)
        for _ in range(self.config.size):
            if self.revisitable and self.chance(0.12):
                body += self.section_revisit()
            elif len(self.revisitable) >= 2 and self.chance(0.08):
                body += self.section_chain()
            else:
                body += self.rng.choices(makers, weights)[0]()
        body.append(log(s("end"), L("h")))
        return Program(body)


def program_rng(seed: int, index: int) -> random.Random:
    # A string seed is hashed with SHA-512 by random.seed: stable across runs and platforms.
    return random.Random(f"bailout-fuzz:{seed}:{index}")


def generate(seed: int, index: int, size: int = 5, features: frozenset | None = None,
             hot: int = 2000, inexact_pow: bool = False) -> Program:
    config = Config(size=size, hot=hot, features=frozenset() if features is None else features,
                    inexact_pow=inexact_pow)
    return Generator(program_rng(seed, index), config).program()


def generate_text(seed: int, index: int, size: int = 5, features: frozenset | None = None,
                  hot: int = 2000, inexact_pow: bool = False) -> str:
    return program_text(generate(seed, index, size, features, hot, inexact_pow))
