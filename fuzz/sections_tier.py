"""Sections aimed at the inliner and at the lowerings that used to keep a function in the
interpreter: small helpers two and three levels under a hot loop, methods of several classes
at one call site (polymorphic, then megamorphic, then a field changing kind under inlined
code), getters and setters found on prototype chains, `new` in hot loops (constructors that
return objects or primitives), closures created per call, try/catch/finally with throws from
two frames down, for...of over arrays, Maps, Sets and strings, destructuring, rest
parameters and `arguments`, allocation-heavy loops, Math on -0/NaN/huge values, string
indexing out of range and typeof of every kind of value.

`TierSections` is mixed into generator.Generator and uses its helpers (name, chance, rng,
expr, binary, fold, function_body, driver, phase_kinds, arg, constant, hot_count); the
guarantees of the generator's docstring hold here too. In particular:
- every loop is counted, or a for...of over an iterable that grows only under a bound
  written into the same (Raw) statement as the growth;
- recursion goes down by one per level from a small literal depth and stops at 0 or NaN;
- every throw is caught inside its section, and only the kind of a caught value is folded
  (engines word their own errors differently);
- a function that reads `arguments` never assigns its parameters (sloppy functions' mapped
  arguments object is beyond this generator);
- strings that come out of String.fromCharCode are folded by their codes, never printed.
"""
from __future__ import annotations

from .genbase import ARG_KINDS, DOUBLES, SMALL_INTS, L, assign, call, log, s
from .jsast import (ArrayLit, Assign, Bin, Break, Call, ClassDecl, Cond, Continue, Expr, ExprStmt, For, ForOf, Func,
                    FuncDecl, If, Index, Member, Method, New, ObjectLit, Raw, Return, Stmt, Throw, Try, Update,
                    VarDecl)

# Values of every kind typeof tells apart (and a few it does not: null and arrays are "object").
TYPEOF_VALUES = ["{i}", "({i} + 0.5)", "-0", "NaN", '"s"', '("" + {i})', "true", "undefined", "null",
                 "{{ x: {i} }}", "[{i}]", "mix", "((x) => x)", "(function () {{ return 1; }})", "new Map()"]
# Math functions of one argument the tier lowers to machine operations, and where they are exact.
MATH_LOWERED_1 = ["floor", "ceil", "trunc", "round", "sqrt", "abs", "sign"]
# Operands where those functions have edges: -0 (and results of -0), halves, int32's ends, past 2**53.
MATH_EDGES = ["-0", "0", "-0.5", "0.5", "-1.5", "2.5", "-2.5", "0.49999999999999994", "-2147483648", "2147483647",
              "2147483648", "-2147483649", "4294967296", "4503599627370495.5", "9007199254740993", "1e300", "-1e-300",
              "NaN", "Infinity", "-Infinity", "-1", "1e21", "-4.5"]
# Iterables for a for...of site, by kind: {i} is the driver's counter; names are pools the section declares.
STRINGS_TO_ITERATE = ['"abc"', '""', '"Ä-ü"', '"x😀y"', '("s" + {i})']


def bounded_push(array: str, bound: int, value: str) -> Raw:
    """`if (Array.isArray(a) && a.length < bound) { a.push(v); }` as one statement the reducer can
    delete but never take apart: the bound is what makes a for...of over a growing array stop."""
    return Raw(f"if (Array.isArray({array}) && {array}.length < {bound}) {{ {array}.push({value}); }}")


def mix_all(values: list[Expr], start: Expr | None = None) -> Expr:
    """mix(mix(start, v0), v1)...: every value folded with its kind (-0 and NaN stay visible)."""
    acc = start if start is not None else L(0)
    for v in values:
        acc = call("mix", acc, v)
    return acc


class TierSections:
    """Sections for the inliner and the newer lowerings (see the module's docstring)."""

    def tier_sections(self) -> list[tuple[callable, int]]:
        """(section maker, weight) of the sections the configured features allow."""
        features = self.config.features
        out = [(self.section_inline_chain, 2), (self.section_new_in_loop, 2), (self.section_closures_per_call, 1),
               (self.section_alloc, 1), (self.section_math_lowered, 1), (self.section_string_lowered, 1),
               (self.section_typeof, 1), (self.section_arguments, 1)]
        if "classes" in features:
            out += [(self.section_polymorphic_methods, 3), (self.section_accessors, 1), (self.section_escape, 2)]
        if "exceptions" in features:
            out.append((self.section_try_finally, 2))
        if "iteration" in features:
            out += [(self.section_for_of, 2), (self.section_destructuring, 1)]
        if "iteration" in features and "exceptions" in features:
            out.append((self.section_combined, 2))
        return out

    # ---- small helpers two and three levels down ------------------------------------------------

    def section_inline_chain(self) -> list[Stmt]:
        """A hot function whose loop calls a small helper that calls a smaller one (and, at
        times, itself a level or two deeper): all of it inlined in the hot function's code, so
        a speculation failing in the leaf rebuilds three or four interpreter frames. The hot
        function keeps values of other kinds live across the calls, one of them only on one
        path (the frame states' liveness), and some dead."""
        leaf, mid, top = self.name("leaf"), self.name("mid"), self.name("top")
        if self.chance(0.7):
            leaf_body: list[Stmt] = [Return(self.expr(["a", "b"], 2))]
        else:
            leaf_body = self.function_body(["a", "b"])
        out: list[Stmt] = [FuncDecl(leaf, ["a", "b"], leaf_body)]
        recursive = self.chance(0.4)
        mid_body: list[Stmt] = [
            VarDecl("var", "t", self.binary(L("a"), L(self.rng.choice(SMALL_INTS)))),
            VarDecl("var", "u", call(leaf, L("t"), L("b"))),
        ]
        if self.chance(0.4):
            mid_body.append(If(self.expr(["t", "b"], 1), [assign("u", call(leaf, L("u"), L("a")))]))
        if recursive:
            mid_body.append(If(Bin(">", L("d"), L(0)), [
                assign("u", Bin(self.rng.choice(["+", "-", "^"]), L("u"), call(mid, L("t"), L("b"), Bin("-", L("d"), L(1)))))]))
        mid_body.append(Return(self.fold(L("u"), ["t"])))
        out.append(FuncDecl(mid, ["a", "b", "d"], mid_body))
        live_init, live_update = self.rng.choice([
            ("0.5", "{v} + 0.25"), ('"s"', '{v} + "t"'), ("-0", "{v} * -1"), ("{ x: 1 }", "{{ x: {j} }}"),
            ("2147483600", "{v} + 1"), ("NaN", "{v} + 1"), ("[1]", "{v}"), ("true", "!{v}")])
        j = self.name("j")
        depth = self.rng.randint(1, 2) if recursive else 0
        steps = self.rng.randint(2, 5)
        loop: list[Stmt] = [assign("acc", Bin(self.rng.choice(["+", "-", "^", "+"]), L("acc"),
                                              call(mid, Bin("+", L("n"), L(j)), L("v"), L(depth))))]
        sel = self.rng.randrange(steps)
        loop.insert(self.rng.randint(0, 1), If(Bin("===", L(j), L(sel)),
                                               [assign("keep", L(live_update.format(v="keep", j=j)))]))
        body: list[Stmt] = [
            VarDecl("var", "acc", L(self.rng.choice(["0", "0.5", "-0", "1"]))),
            VarDecl("var", "keep", L(live_init)),
            # Dead after the loop on one path only: live in the frame state of the calls.
            VarDecl("var", "once", self.binary(L("n"), L("v"))),
            For(j, L(0), L(steps), loop),
            If(Bin(">", L("n"), L(self.rng.randint(10, 1500))), [Return(call("mix", L("acc"), L("once")))]),
            Return(call("mix", L("acc"), L("keep"))),
        ]
        out.append(FuncDecl(top, ["n", "v"], body))
        result = self.name("r")
        phases = []
        for kind, count in self.phase_kinds("int", list(ARG_KINDS)):
            phases.append((count, lambda i, kind=kind: call(top, L(i), self.arg(kind, i))))
        out.append(VarDecl("var", result, L(0)))
        self.revisitable.append((top, 2, False))
        return out + self.driver(top, result, phases)

    # ---- methods of several classes at one site --------------------------------------------

    def _method_class(self, name: str, base: str | None, k: int) -> ClassDecl:
        """A class with fields x and y (in either order), a method m(d) (sometimes through a helper
        method k), a getter v reading both fields and a setter v writing z."""
        fields = [("x", L("x")), ("y", L(self.rng.choice(SMALL_INTS + DOUBLES[:3])))]
        if self.chance(0.5):
            fields.reverse()
        ctor_body: list[Stmt] = []
        if base:
            ctor_body.append(ExprStmt(call("super", L("x"))))
            fields = [("w", L(k))]
        ctor_body += [assign(f"this.{f}", v) for f, v in fields]
        this_names = ["this.x", "this.y", "d"]
        methods = [Method("constructor", ["x"], ctor_body)]
        m_expr = self.fold(self.expr(this_names, 1), ["this.x"])
        if self.chance(0.5):
            methods.append(Method("k", ["d"], [Return(self.expr(this_names, 2))]))
            m_expr = Bin(self.rng.choice(["+", "-", "^"]), m_expr, Call(Member(L("this"), "k"), [L("d")]))
        if base and self.chance(0.6):
            m_expr = Bin(self.rng.choice(["+", "*", "-"]), Call(Member(L("super"), "m"), [L("d")]), L("this.w"))
        methods.append(Method("m", ["d"], [Return(m_expr)]))
        if not base or self.chance(0.3):
            methods.append(Method("v", [], [Return(self.binary(L("this.x"), L("this.y")))], kind="get"))
            methods.append(Method("v", ["q"], [assign("this.z", L("q"))], kind="set"))
        return ClassDecl(name, base, methods)

    def section_polymorphic_methods(self) -> list[Stmt]:
        """A call site `o.m(d)` hot on 2-4 classes (each arm inlined, subclasses calling super,
        methods calling a helper method: three levels), a getter and a setter at the same site;
        then a fifth shape (megamorphic), then a field of one class's instance changing kind (a
        guard failing inside inlined code), then other kinds of argument."""
        n_classes = self.rng.randint(2, 4)
        classes: list[str] = []
        out: list[Stmt] = []
        for k in range(n_classes + 1):
            c = self.name("K")
            base = self.rng.choice(classes) if classes and self.chance(0.4) else None
            out.append(self._method_class(c, base, k))
            classes.append(c)
        objs = self.name("objs")
        items: list[Expr] = [New(L(c), [L(k + 1)]) for k, c in enumerate(classes)]
        # The sixth shape: a literal with its own method (and no accessor: `o.v = r` adds a field).
        items.append(ObjectLit(["x", "y", "m"], [L(5), L(0.5), Func(["d"], [Return(self.binary(L("d"), L("this.x")))])]))
        out.append(VarDecl("var", objs, ArrayLit(items)))
        site = self.name("site")
        body: list[Stmt] = [VarDecl("var", "r", Call(Member(L("o"), "m"), [L("d")]))]
        if self.chance(0.6):
            # The assignment's value is its right side, whatever the setter returns.
            body.append(assign("r", Bin(self.rng.choice(["+", "-", "^"]), L("r"),
                                        Assign(Member(L("o"), "v"), "=", Bin("+", L("d"), L(1))))))
        body.append(Return(self.binary(self.binary(L("r"), Member(L("o"), "v")), Member(L("o"), "x"))))
        out.append(FuncDecl(site, ["o", "d"], body))
        result = self.name("r")
        out.append(VarDecl("var", result, L(0)))

        def at(width: int, kind: str):
            return lambda i: call(site, Index(L(objs), Bin("%", L(i), L(width))), self.arg(kind, i))

        out += self.driver(site, result, [(self.hot_count(), at(n_classes, "int"))], wrap=False)
        plan = ["mega", "field", "field", "arg"]
        self.rng.shuffle(plan)
        for n, step in enumerate(plan[:self.rng.randint(2, 4)]):
            if step == "mega":
                width = self.rng.choice([n_classes + 1, n_classes + 2])
                phase = (self.rng.choice([20, 300, 1200]), at(width, "int"))
            elif step == "field":
                victim = self.rng.randrange(n_classes)
                field_name = self.rng.choice(["x", "y", "x"])
                value = self.arg(self.rng.choice(["double", "minuszero", "nan", "str", "intedge", "bool"]), "3")
                out.append(ExprStmt(Assign(Member(Index(L(objs), L(victim)), field_name), "=", value)))
                phase = (self.rng.choice([1, 5, 300, 1200]), at(n_classes, "int"))
            else:
                kind = self.rng.choice(["double", "minuszero", "nan", "intedge", "str", "undefined"])
                phase = (self.rng.choice([1, 10, 200]), at(self.rng.randint(1, n_classes + 2), kind))
            out += self.driver(f"{site}.{n}", result, [phase], wrap=False)
        out.append(log(s(objs), mix_all([Member(Index(L(objs), L(k)), f) for k in range(len(items))
                                         for f in ("x", "y", "z")])))
        return out

    def section_accessors(self) -> list[Stmt]:
        """Getters and setters two and three links up a class chain, read and written by a hot
        function (called, or inlined); then an object whose `v` is a data property, a setter
        that starts writing another kind, and a getter that throws nothing but returns a string."""
        a, b, c = self.name("G"), self.name("H"), self.name("J")
        out: list[Stmt] = [
            ClassDecl(a, None, [
                Method("constructor", ["x"], [assign("this.x", L("x")), assign("this.n", L(0))]),
                Method("v", [], [Return(self.fold(self.expr(["this.x", "this.n"], 1), ["this.x"]))], kind="get"),
                Method("v", ["q"], [assign("this.n", self.binary(L("q"), L("this.x"))),
                                    ExprStmt(Update(L("this.x"), "++"))]
                       + ([Return(L(self.rng.choice(["99", "q", "this"])))] if self.chance(0.3) else []), kind="set"),
                Method("g", [], [Return(Bin("+", L("this.v"), L(1)))]),
            ]),
            ClassDecl(b, a, [Method("u", [], [Return(Bin("*", L("this.x"), L(2)))], kind="get")]),
            ClassDecl(c, b, [Method("constructor", ["x"], [ExprStmt(call("super", Bin("+", L("x"), L(1)))),
                                                         assign("this.k", L("x"))])]),
        ]
        objs = self.name("objs")
        out.append(VarDecl("var", objs, ArrayLit([New(L(a), [L(1)]), New(L(b), [L(2)]), New(L(c), [L(3)]),
                                                 ObjectLit(["x", "n", "v", "u", "g"],
                                                           [L(4), L(0), L(7), L(1), Func([], [Return(L("this.v"))])])])))
        site = self.name("acc")
        body: list[Stmt] = [VarDecl("var", "t", L("o.v")),
                            # The assignment's value (the right side, never the setter's result).
                            VarDecl("var", "t2", Assign(Member(L("o"), "v"), "=", self.binary(L("t"), L("q")))),
                            Return(self.binary(self.binary(self.binary(L("t"), Call(Member(L("o"), "g"), [])),
                                                           Cond(L("o.u === undefined"), L(0), L("o.u"))), L("t2")))]
        out.append(FuncDecl(site, ["o", "q"], body))
        result = self.name("r")
        out.append(VarDecl("var", result, L(0)))
        width = self.rng.randint(1, 3)
        phases = [(self.hot_count(), lambda i: call(site, Index(L(objs), Bin("%", L(i), L(width))), L(i)))]
        for _ in range(self.rng.randint(1, 3)):
            w = self.rng.randint(1, 4)
            kind = self.rng.choice(["int", "double", "minuszero", "nan", "str", "intedge"])
            phases.append((self.rng.choice([1, 10, 300]),
                           lambda i, w=w, kind=kind: call(site, Index(L(objs), Bin("%", L(i), L(w))), self.arg(kind, i))))
        out += self.driver(site, result, phases)
        out.append(log(s(objs), mix_all([Member(Index(L(objs), L(k)), f) for k in range(4) for f in ("x", "n")])))
        return out

    # ---- new in hot loops -------------------------------------------------------------------

    def _constructor(self) -> tuple[FuncDecl | ClassDecl, str]:
        """A constructor of one of several kinds: (declaration, what it is)."""
        c = self.name("N")
        kind = self.rng.choice(["plain", "plain", "many", "returns", "primitive"]
                               + (["class"] if "classes" in self.config.features else []))
        this = lambda p, v: assign(f"this.{p}", v)  # noqa: E731 - a one-line constructor of statements
        if kind == "plain":
            body: list[Stmt] = [this("a", L("a"))]
            if self.chance(0.5):
                body.append(If(Bin(">", L("b"), L(self.rng.randint(0, 9))), [this("b", L("b"))]))
            else:
                body.append(this("b", L("b")))
            body.append(this("c", self.binary(L("a"), L("b"))))
            return FuncDecl(c, ["a", "b"], body), kind
        if kind == "many":
            # More fields than fit in the object: the last ones go out of object.
            n = self.rng.randint(6, 14)
            body = [this("a", L("a"))] + [this(f"p{k}", L("b") if k % 3 == 0 else L(k)) for k in range(n)]
            body.append(this("c", Bin("+", L("a"), L(f"this.p{n - 1}"))))
            return FuncDecl(c, ["a", "b"], body), kind
        if kind == "returns":
            # An object returned instead of the receiver when the second argument is no number.
            return FuncDecl(c, ["a", "b"], [
                this("a", L("a")),
                If(L('typeof b !== "number"'), [Return(ObjectLit(["a", "c", "r"], [L("b"), L("a"), L(1)]))]),
                this("c", self.binary(L("a"), L("b"))),
            ]), kind
        if kind == "primitive":
            # A primitive returned from a constructor is ignored.
            return FuncDecl(c, ["a", "b"], [this("a", L("a")), this("c", L("b")), Return(L("b"))]), kind
        base = self.name("NB")
        decl = ClassDecl(c, None, [Method("constructor", ["a", "b"], [this("a", L("a")), this("c", L("b"))])])
        derived = ClassDecl(base, c, [Method("constructor", ["a", "b"], [
            ExprStmt(call("super", L("b"), L("a"))), this("d", Bin("+", L("a"), L(1)))])])
        # The derived class is the one constructed: both declarations go out as one list.
        return [decl, derived], base

    def section_new_in_loop(self) -> list[Stmt]:
        """`new` in a hot function's loop (receivers allocated inline by the inlined constructor),
        fields added after construction (map transitions, out of object), the objects read
        back; then arguments whose kinds change the constructor's fields and shapes."""
        out: list[Stmt] = []
        made = []
        for _ in range(self.rng.randint(1, 2)):
            decl, what = self._constructor()
            if isinstance(decl, list):
                out += decl
                made.append(what)
            else:
                out.append(decl)
                made.append(decl.name)
        fn = self.name("make")
        j = self.name("j")
        loop: list[Stmt] = []
        for k, ctor in enumerate(made):
            o = f"o{k}"
            loop.append(VarDecl("var", o, New(L(ctor), [Bin("+", L("n"), L(j)), L("v")])))
            if self.chance(0.4):
                loop.append(If(Bin("===", Bin("&", L(j), L(1)), L(1)), [assign(f"{o}.e", L(j))]))
            if self.chance(0.3):
                loop += [assign(f"{o}.f{q}", L(q)) for q in range(self.rng.randint(2, 6))]
            loop.append(assign("acc", Bin(self.rng.choice(["+", "-", "^"]), L("acc"),
                                          self.binary(L(f"{o}.a"), L(f"{o}.c")))))
            loop.append(assign("last", L(o)))
        steps = self.rng.randint(2, 4)
        body = [VarDecl("var", "acc", L(0)), VarDecl("var", "last", L("null")), For(j, L(0), L(steps), loop),
                Return(self.binary(L("acc"), L("last.a")))]
        out.append(FuncDecl(fn, ["n", "v"], body))
        result = self.name("r")
        phases = []
        for kind, count in self.phase_kinds("int", list(ARG_KINDS)):
            phases.append((count, lambda i, kind=kind: call(fn, L(i), self.arg(kind, i))))
        out.append(VarDecl("var", result, L(0)))
        out += self.driver(fn, result, phases)
        # The last object of each constructor, fields folded (never printed: key order is the point).
        keep = self.name("o")
        out.append(VarDecl("var", keep, New(L(made[0]), [L(self.rng.choice(SMALL_INTS)), self.constant()])))
        out.append(log(s(keep), mix_all([L(f"{keep}.a"), L(f"{keep}.b"), L(f"{keep}.c"), L(f"{keep}.r")])))
        return out

    # ---- closures created per call ------------------------------------------------------------

    def section_closures_per_call(self) -> list[Stmt]:
        """A hot function that creates closures on every call (a context allocated inline, one
        per loop iteration for `let` counters), calls them directly and through a helper that sees
        many closures of one literal, and one that writes the captured variable."""
        fn, apply = self.name("clos"), self.name("apply")
        j, q = self.name("j"), self.name("j")
        lit = Func(["x"], [Return(self.fold(self.expr(["x", j, "c"], 1), [j]))], arrow=self.chance(0.5))
        bump = Func(["d"], [assign("c", self.binary(L("c"), L("d"))), Return(L("c"))], arrow=self.chance(0.3))
        steps = self.rng.randint(2, 4)
        body: list[Stmt] = [
            VarDecl("let", "c", L("n")),
            VarDecl("var", "fs", ArrayLit([])),
            For(j, L(0), L(steps), [ExprStmt(Call(Member(L("fs"), "push"), [lit]))]),
            VarDecl("const", "bump", bump),
            VarDecl("var", "acc", L(0)),
            For(q, L(0), L("fs.length"), [
                assign("acc", Bin(self.rng.choice(["+", "-", "^"]), L("acc"),
                                  call(apply, Index(L("fs"), L(q)), L("v")) if self.chance(0.5)
                                  else Call(Index(L("fs"), L(q)), [L("v")])))]),
            Return(self.binary(self.binary(L("acc"), call("bump", L("v"))), L("c"))),
        ]
        out: list[Stmt] = [FuncDecl(apply, ["f", "x"], [Return(Call(L("f"), [L("x")]))]), FuncDecl(fn, ["n", "v"], body)]
        result = self.name("r")
        phases = []
        for kind, count in self.phase_kinds("int", list(ARG_KINDS)):
            phases.append((count, lambda i, kind=kind: call(fn, L(i), self.arg(kind, i))))
        out.append(VarDecl("var", result, L(0)))
        self.revisitable.append((fn, 2, False))
        return out + self.driver(fn, result, phases)

    # ---- try / catch / finally -----------------------------------------------------------------

    def section_try_finally(self) -> list[Stmt]:
        """A hot function with nested try/catch/finally: throws from a callee two frames down (a
        value, or the engine's own TypeError), a catch that rethrows some of them, finally
        clauses run on a return from the try and on a break out of a loop, and a finally that
        returns (discarding the exception). Hot with no throw, then throwing every call; at times
        a speculation inside the try fails first (on the third argument's kind), so that the
        throw and the catch happen in the interpreter's frame the deoptimizer built, whose
        context (a captured variable read after the try, a loop with a `let` counter) must be
        the function's."""
        thrower, middle, hot, fin = self.name("thrower"), self.name("middle"), self.name("tf"), self.name("fin")
        value = self.rng.choice([L("p"), s("boom"), ObjectLit(["code"], [L("p")]), L("p + 0.5"), L("undefined"),
                                 New(L("Error"), [s("e")])])
        out: list[Stmt] = [
            VarDecl("var", fin, L(0)),
            FuncDecl(thrower, ["p", "lim"], [
                If(Bin("===", L("p"), L("lim")), [Throw(value)]),
                If(Bin("===", L("p"), L("lim + 1")), [VarDecl("var", "u", L("undefined")), Return(L("u.x"))]),
                If(Bin("===", L("p"), L("lim + 2")), [Throw(L("p"))]),
                Return(self.binary(L("p"), self.constant()))]),
            FuncDecl(middle, ["p", "lim"], [VarDecl("var", "t", Bin(self.rng.choice(["*", "+"]), call(thrower, L("p"), L("lim")),
                                                                          L(2))),
                                            Return(Bin("+", L("t"), L("p")))]),
        ]
        live = self.rng.choice(["0.5", '"s"', "-0", "{ x: 1 }", "p * 2"])
        captured = self.chance(0.5)
        inner_try = Try([assign("r", self.binary(L("x"), L(self.rng.choice(SMALL_INTS)))),
                         assign("r", Bin("+", L("r"), call(middle, L("p"), L("lim")))),
                         If(Bin("===", Bin("%", L("p"), L(5)), L(2)), [Return(self.binary(L("r"), L("keep")))])],
                        "e",
                        [If(L('typeof e === "number" && (e % 2) === 1'), [Throw(L("e"))]),
                         assign("r", Bin("+", call("mix", L(0), L("e")),
                                         Cond(L("e instanceof TypeError"), L(100), L(1))))],
                        [assign(fin, Bin("+", L(fin), L(1)))])
        if self.chance(0.3):
            # A finally that returns: the exception (or the try's return) is discarded.
            inner_try.finalizer.append(If(Bin("===", L("p"), L("lim + 2")), [Return(L(-5))]))
        j = self.name("j")
        brk = self.rng.randint(0, 3)
        body: list[Stmt] = [
            VarDecl("var", "r", L(0)),
            VarDecl("var", "keep", L(live)),
        ]
        if captured:
            body += [VarDecl("let", "c", L("p")), VarDecl("var", "get", Func([], [Return(L("c"))], arrow=True))]
        body += [
            Try([inner_try], "e2", [assign("r", Bin("-", L(-1), call("mix", L(0), L("e2"))))]),
            For(j, L(0), L(4), [Try([If(Bin("===", L(j), L(brk)), [Break()]), assign("r", self.binary(L("r"), L(j)))],
                                    None, None, [assign(fin, Bin("+", L(fin), L(2)))])]),
            Return(self.binary(L("r"), L("keep"))
                   if not captured else Bin("+", self.binary(L("r"), L("keep")), Bin("*", L("c"), call("get")))),
        ]
        out.append(FuncDecl(hot, ["p", "lim", "x"], body))
        result = self.name("r")
        # Hot without a throw (lim never met), then throwing a value, the engine's TypeError, a
        # rethrown number, then quiet again; x is an int32 but in some of the later phases.
        phases = [(self.hot_count(), lambda i: call(hot, L(i), L(-10), self.arg("int", i)))]
        for _ in range(self.rng.randint(2, 4)):
            offset = self.rng.choice([0, 0, 1, 2, 3])
            kind = self.rng.choice(["int", "int", "double", "minuszero", "str", "undefined"])
            phases.append((self.rng.choice([1, 5, 100, 600]),
                           lambda i, offset=offset, kind=kind: call(hot, L(i), Bin("-", L(i), L(offset)),
                                                                    self.arg(kind, i))))
        if self.chance(0.5):
            phases.append((self.rng.choice([1, 50]), lambda i: call(hot, L(i), L(-10), self.arg("int", i))))
        out.append(VarDecl("var", result, L(0)))
        out += self.driver(hot, result, phases)
        out.append(log(s(fin), L(fin)))
        return out

    # ---- for...of -------------------------------------------------------------------------------

    def section_for_of(self) -> list[Stmt]:
        """A hot for...of over arrays (the tier iterates them natively), with break or return
        out of the loop, an array growing (boundedly) under the iteration, a labelled inner
        loop; then arrays of doubles, with holes, of strings, and Sets, Maps' keys, strings
        (code points), array iterators at the same site. A second site destructures pairs of
        Maps and of arrays' entries."""
        pools = self.name("its")
        hole = self.name("holey")
        fn = self.name("iter")
        out: list[Stmt] = [
            VarDecl("var", hole, ArrayLit([L(1), L(2), L(3)])),
            ExprStmt(Assign(Index(L(hole), L(self.rng.randint(4, 7))), "=", L(4))),
            VarDecl("var", pools, ArrayLit([ArrayLit([L(1), L(2), L(3)]), ArrayLit([L(k) for k in range(6)]),
                                            ArrayLit([])])),
        ]
        grow = self.chance(0.5)
        names = ["v", "n", "acc"]
        loop: list[Stmt] = []
        exit_kind = self.rng.choice(["break", "return", "continue", "none"])
        if exit_kind != "none":
            stop = self.rng.randint(1, 6)
            action = {"break": Break(), "return": Return(self.binary(L("acc"), L("n"))), "continue": Continue()}[exit_kind]
            loop.append(If(Bin("===", L("n"), L("lim")) if exit_kind != "continue" else Bin("===", L("n"), L(stop)),
                           [ExprStmt(Update(L("n"), "++")), action] if exit_kind == "continue" else [action]))
        loop.append(ExprStmt(Update(L("n"), "++")))
        loop.append(assign("acc", Bin(self.rng.choice(["+", "-", "^", "+"]), L("acc"), self.expr(names, 2))))
        if grow:
            loop.append(bounded_push("a", self.rng.randint(8, 16), "n"))
        if self.chance(0.3):
            label = self.name("outer")
            w = self.name("w")
            loop.append(ForOf("const", w, ArrayLit([L(1), L(2)]), [
                If(Bin("===", L(w), L("n")), [Continue(label)]),
                assign("acc", Bin("+", L("acc"), L(w)))]))
            for_of = ForOf(self.rng.choice(["const", "let", "var"]), "v", L("a"), loop, label=label)
        else:
            for_of = ForOf(self.rng.choice(["const", "let", "var"]), "v", L("a"), loop)
        out.append(FuncDecl(fn, ["a", "lim"], [VarDecl("var", "acc", L(self.rng.choice(["0", "0.5", '""', "-0"]))),
                                               VarDecl("var", "n", L(0)), for_of,
                                               Return(self.binary(L("acc"), L("n")))]))
        result = self.name("r")
        hot_arrays = [f"{pools}[{{i}} % 2]", "[{i}, 1, 2]", "[{i}]", "[]", f"{pools}[2]"]
        hot_arg = self.rng.choice(hot_arrays)
        phases = [(self.hot_count(), lambda i: call(fn, L(hot_arg.format(i=i)), L(f"({i} % 7)")))]
        later = ["[0.5, {i}, -0]", "[1, 2, 0.5, {i}]", '[{i}, 2, "x", 4]', "[1, 2, 2147483648, 4]", hole, '["a", "bc", {i}]', "new Set([{i}, 1, {i}])", "new Map([[1, 2]]).keys()",
                 "new Map([[{i}, 2], [3, 4]]).values()", "[1, 2, 3].values()", "[NaN, undefined, null]",
                 self.rng.choice(STRINGS_TO_ITERATE), f"{pools}[1]", "[{{ x: 1 }}, [2]]"]
        for _ in range(self.rng.randint(2, 4)):
            it = self.rng.choice(later)
            phases.append((self.rng.choice([1, 5, 50, 300]),
                           lambda i, it=it: call(fn, L(it.format(i=i)), L(self.rng.choice(["100", f"({i} % 3)", "-1"])))))
        out.append(VarDecl("var", result, L(0)))
        out += self.driver(fn, result, phases)
        out.append(log(s(pools), mix_all([L(f"{pools}[{k}].length") for k in range(3)])))
        # Pairs: a Map's entries and an array's entries, destructured in the loop head.
        pairs = self.name("pairs")
        out.append(FuncDecl(pairs, ["m"], [
            VarDecl("var", "t", L(0)),
            ForOf("const", "[k, w]", L("m"), [assign("t", Bin(self.rng.choice(["+", "^", "-"]), L("t"),
                                                              self.binary(L("k"), L("w"))))]),
            Return(L("t"))]))
        result2 = self.name("r")
        out.append(VarDecl("var", result2, L(0)))
        mp = self.name("map")
        out.append(VarDecl("var", mp, New(L("Map"), [ArrayLit([ArrayLit([L(1), L(2)]), ArrayLit([L(3), L(0.5)])])])))
        sources = ["[[{i}, 1], [2, {i}]]", f"{mp}", "[5, 6, {i}].entries()", f"{mp}.entries()"]
        first = self.rng.choice(sources)
        phases2 = [(self.hot_count(), lambda i: call(pairs, L(first.format(i=i))))]
        for _ in range(self.rng.randint(1, 2)):
            src = self.rng.choice(sources + ['[["a", 1], [2, "b"]]', "[[1], []]", '["xy", "z"]'])
            phases2.append((self.rng.choice([1, 20, 300]), lambda i, src=src: call(pairs, L(src.format(i=i)))))
        out += self.driver(pairs, result2, phases2, wrap=False)
        return out

    # ---- destructuring and rest ----------------------------------------------------------------

    def section_destructuring(self) -> list[Stmt]:
        """Array destructuring with defaults, holes in the pattern and a rest element in a hot
        function; then shorter and longer arrays, strings, Sets, arrays with holes. A rest
        parameter in the same program, called with spread arguments."""
        fn = self.name("ds")
        nested = self.chance(0.2)
        if nested:
            # The second element is destructured again: every array given has an iterable or
            # nothing (undefined) there.
            pattern = "[x, [y, z] = [k, 2], ...r]"
        else:
            pattern = self.rng.choice(["[x, y = k, ...r]", "[x, , y, ...r]", "[x = 1, y = x, ...r]",
                                       "[, x, y = 0.5, ...r]"])
        names = ["x", "y", "k", "r.length"] + (["z"] if "z" in pattern else [])
        body: list[Stmt] = [VarDecl(self.rng.choice(["var", "let", "const"]), pattern, L("a")),
                            Return(self.fold(self.expr(names, 2), ["x", "y", "r.length"]
                                             + (["r[0]"] if self.chance(0.4) else [])))]
        out: list[Stmt] = [FuncDecl(fn, ["a", "k"], body)]
        result = self.name("r")
        if nested:
            hot = "[1, [{i}, 3], 4, 5, 6]"
            later = ["[]", "[{i}]", "[[1], [2, 3]]", '["s", "t", "u"]', '"abc"', "[0.5, [NaN, -0], 1]",
                     "[{i}, new Set([1, 2])]", "[-0, undefined, 1]"]
        else:
            hot = self.rng.choice(["[{i}, 1, 2, 3]", "[{i}, {i}]", "[1, [{i}, 3], 4, 5, 6]"])
            later = ["[]", "[{i}]", "[0.5, -0, NaN, 7, 8, 9]", '"abc"', "new Set([{i}, 2, 3])", "[undefined, null]",
                     "[[1], [2, 3]]", '["s", "t", "u"]']
        phases = [(self.hot_count(), lambda i: call(fn, L(hot.format(i=i)), L(i)))]
        for _ in range(self.rng.randint(1, 3)):
            arg = self.rng.choice(later)
            kind = self.rng.choice(["int", "double", "undefined", "str"])
            phases.append((self.rng.choice([1, 10, 300]),
                           lambda i, arg=arg, kind=kind: call(fn, L(arg.format(i=i)), self.arg(kind, i))))
        out.append(VarDecl("var", result, L(0)))
        out += self.driver(fn, result, phases)
        rest = self.name("rest")
        out.append(FuncDecl(rest, ["a", "...r"], [
            VarDecl("var", "t", self.binary(L("a"), L("r.length"))),
            For("q", L(0), L("r.length"), [assign("t", self.binary(L("t"), Index(L("r"), L("q"))))]),
            Return(L("t"))]))
        spread = self.name("sp")
        out.append(VarDecl("var", spread, ArrayLit([L(1), L(2), L(3)])))
        result2 = self.name("r")
        out.append(VarDecl("var", result2, L(0)))
        calls = [lambda i: call(rest, L(i), L(1), L(2)), lambda i: call(rest, L(i)),
                 lambda i: Call(L(rest), [L(f"...{spread}")]), lambda i: call(rest, L(i), L(f"...{spread}"), L("0.5")),
                 lambda i: call(rest, L(i), *[L(k) for k in range(self.rng.randint(3, 7))])]
        first = self.rng.choice(calls)
        phases2 = [(self.hot_count(), first)] + [(self.rng.choice([1, 30]), self.rng.choice(calls))
                                                     for _ in range(self.rng.randint(1, 3))]
        out += self.driver(rest, result2, phases2, wrap=False)
        return out

    def section_arguments(self) -> list[Stmt]:
        """`arguments` in a hot function (length and elements, with missing and extra
        arguments), also read by an arrow inside it; rest parameters when the engine has them."""
        fn = self.name("args")
        j = self.name("j")
        body: list[Stmt] = [
            VarDecl("var", "t", L("arguments.length")),
            For(j, L(0), L("arguments.length"), [assign("t", self.binary(L("t"), Index(L("arguments"), L(j))))]),
            Return(self.binary(self.binary(L("t"), Cond(L("b === undefined"), L(1), L("b"))), L("a"))),
        ]
        if self.chance(0.3):
            body.insert(0, VarDecl("var", "count", Func([], [Return(L("arguments.length"))], arrow=True)))
            body[-1] = Return(Bin("+", body[-1].value, call("count")))
        out: list[Stmt] = [FuncDecl(fn, ["a", "b"], body)]
        result = self.name("r")
        arities = [2, 2, 0, 1, 3, 5]
        hot_arity = self.rng.choice([2, 2, 1, 3])
        phases = [(self.hot_count(), lambda i: call(fn, *[L(f"({i} + {k})") for k in range(hot_arity)]))]
        for _ in range(self.rng.randint(1, 3)):
            arity = self.rng.choice(arities)
            kind = self.rng.choice(["int", "double", "minuszero", "nan", "undefined", "intedge", "str"])
            phases.append((self.rng.choice([1, 20, 300]),
                           lambda i, arity=arity, kind=kind: call(fn, *[self.arg(kind, i) for _ in range(arity)])))
        out.append(VarDecl("var", result, L(0)))
        return out + self.driver(fn, result, phases)

    # ---- allocation ----------------------------------------------------------------------------

    def section_alloc(self) -> list[Stmt]:
        """An allocation-heavy hot loop: object literals growing by transitions (past what fits in
        the object), small arrays and nested ones, a list pushed and popped; then arguments
        of other kinds (fields change representation under the allocation sites)."""
        fn = self.name("alloc")
        j = self.name("j")
        loop: list[Stmt] = [VarDecl("var", "o", ObjectLit(["a", "b"], [L(j), L("v")]))]
        if self.chance(0.6):
            loop.append(If(Bin("===", Bin("&", L(j), L(1)), L(1)), [assign("o.c", L("n"))], [assign("o.d", L("v"))]))
        if self.chance(0.5):
            loop += [assign(f"o.q{k}", L(j if k % 2 else "v")) for k in range(self.rng.randint(3, 9))]
        loop.append(VarDecl("var", "pair", ArrayLit([L(j), L("v")] + ([ArrayLit([L("n")])] if self.chance(0.4) else []))))
        loop.append(ExprStmt(Call(Member(L("list"), "push"), [L("o")])))
        if self.chance(0.5):
            loop.append(ExprStmt(Call(Member(L("list"), "push"), [L("pair")])))
        loop.append(If(Bin(">", L("list.length"), L(self.rng.randint(1, 3))), [
            VarDecl("var", "q", Call(Member(L("list"), "pop"), [])),
            assign("acc", Bin(self.rng.choice(["+", "-", "^"]), L("acc"),
                              Cond(L("Array.isArray(q)"), Index(L("q"), L(1)), L("q.b"))))]))
        loop.append(assign("acc", self.binary(L("acc"), Index(L("pair"), L(self.rng.randint(0, 1))))))
        steps = self.rng.randint(3, 8)
        body = [VarDecl("var", "list", ArrayLit([])), VarDecl("var", "acc", L(0)), For(j, L(0), L(steps), loop),
                Return(self.binary(L("acc"), L("list.length")))]
        out: list[Stmt] = [FuncDecl(fn, ["n", "v"], body)]
        result = self.name("r")
        phases = []
        for kind, count in self.phase_kinds("int", list(ARG_KINDS)):
            phases.append((count, lambda i, kind=kind: call(fn, L(i), self.arg(kind, i))))
        out.append(VarDecl("var", result, L(0)))
        return out + self.driver(fn, result, phases)

    def section_escape(self) -> list[Stmt]:
        """Objects that never leave a hot loop (escape analysis keeps them off the heap): a class
        whose methods return new instances, nested literals holding them, a pair array read at
        constant indices and its length, identity compares; then arguments of other kinds make
        guards fail while they are live (the deoptimizer materializes them) and a branch only
        those kinds take serializes and mutates them."""
        cls, fn, j = self.name("V"), self.name("esc"), self.name("j")
        op = self.rng.choice(["+", "-", "*"])
        decl = ClassDecl(cls, None, [
            Method("constructor", ["x", "y"], [assign("this.x", L("x")), assign("this.y", L("y"))]),
            Method("plus", ["o"], [Return(New(L(cls), [Bin(op, L("this.x"), L("o.x")), Bin("+", L("this.y"), L("o.y"))]))]),
            Method("scale", ["k"], [Return(New(L(cls), [Bin("*", L("this.x"), L("k")), Bin("*", L("this.y"), L("k"))]))]),
        ])
        loop: list[Stmt] = [
            VarDecl("var", "a", New(L(cls), [Bin("+", L("n"), L(j)), L("v")])),
            VarDecl("var", "b", Call(Member(Call(Member(L("a"), "plus"), [New(L(cls), [L(j), L(1)])]), "scale"),
                                     [L(self.rng.choice(["2", "0.5", "-1"]))])),
            VarDecl("var", "box", ObjectLit(["inner", "tag", "pair"],
                                            [L("b"), L(f'"t" + {j}'), ArrayLit([L(j), L("a")])])),
            VarDecl("var", "alias", L("b")),
        ]
        if self.chance(0.5):
            loop.append(assign("box.inner.x", Bin("+", L("alias.x"), L(1))))
        if self.chance(0.5):
            loop.append(assign("box.extra", ObjectLit(["w"], [L("a.y")])))
        loop.append(If(L('typeof b.y !== "number"'), [
            assign("acc", Bin("+", L("acc"), Call(L("JSON.stringify"), [L("box")]))),
            assign("alias.y", L(0)),
            assign("acc", Bin("+", L("acc"), Bin("+", L("box.inner.y"), L("box.pair.length")))),
        ]))
        loop.append(assign("acc", self.binary(L("acc"), Bin("+", Cond(Bin("===", L("box.inner"), L("alias")), L(1), L(0)),
                                                            Bin("+", L("box.pair[0]"), L("box.pair[1].x"))))))
        loop.append(assign("acc", self.binary(L("acc"), L("b.x"))))
        steps = self.rng.randint(2, 5)
        body = [VarDecl("var", "acc", L(0)), For(j, L(0), L(steps), loop), Return(L("acc"))]
        out: list[Stmt] = [decl, FuncDecl(fn, ["n", "v"], body)]
        result = self.name("r")
        phases = []
        for kind, count in self.phase_kinds("int", list(ARG_KINDS)):
            phases.append((count, lambda i, kind=kind: call(fn, L(i), self.arg(kind, i))))
        out.append(VarDecl("var", result, L(0)))
        return out + self.driver(fn, result, phases)

    # ---- builtins lowered to machine operations -------------------------------------------------

    def section_math_lowered(self) -> list[Stmt]:
        """Math.floor/ceil/trunc/round/sqrt/abs/sign/min/max hot on int32s, each result folded
        with its kind (so -0 and NaN show), then on doubles, -0, halves, NaN, values past int32
        and 2**53, strings and undefined."""
        fn = self.name("math")
        picks = self.rng.sample(MATH_LOWERED_1, self.rng.randint(2, 4))
        values: list[Expr] = [Call(Member(L("Math"), f), [L(self.rng.choice(["x", "y", "(x + y)", "(x * y)", "(-x)"]))])
                              for f in picks]
        for f in self.rng.sample(["min", "max"], self.rng.randint(1, 2)):
            args = [L("x"), L("y")] + ([L(self.rng.choice(["-0", "0", "NaN", "0.5"]))] if self.chance(0.4) else [])
            values.append(Call(Member(L("Math"), f), args))
        out: list[Stmt] = [FuncDecl(fn, ["x", "y"], [Return(mix_all(values))])]
        result = self.name("r")
        phases = [(self.hot_count(), lambda i: call(fn, self.arg("int", i), self.arg("int", i)))]
        for _ in range(self.rng.randint(2, 4)):
            if self.chance(0.6):
                edge = self.rng.choice(MATH_EDGES)
                other = self.rng.choice(MATH_EDGES + ["{i}"])
                phases.append((self.rng.choice([1, 1, 5, 300]),
                               lambda i, edge=edge, other=other: call(fn, L(edge), L(other.format(i=i)))))
            else:
                kind = self.rng.choice(["double", "minuszero", "nan", "inf", "intedge", "numstr", "undefined", "bool"])
                phases.append((self.rng.choice([1, 10, 300]),
                               lambda i, kind=kind: call(fn, self.arg(kind, i), self.arg("double", i))))
        out.append(VarDecl("var", result, L(0)))
        return out + self.driver(fn, result, phases)

    def section_string_lowered(self) -> list[Stmt]:
        """charCodeAt, charAt, string length and String.fromCharCode hot in range, then indices
        out of range (past the end, negative, fractional, NaN, huge, strings, undefined) and
        other strings (empty, non-ASCII, astral) at the same sites."""
        fn = self.name("chars")
        values: list[Expr] = [L("str.charCodeAt(k)"), L("str.charAt(k)"), L("str.length")]
        if self.chance(0.6):
            values.append(L("str.charAt(k).charCodeAt(0)"))
        if self.chance(0.6):
            values.append(L(self.rng.choice(["String.fromCharCode(k + 65).charCodeAt(0)",
                                             "String.fromCharCode(k, 66).length",
                                             "String.fromCharCode(str.charCodeAt(k)).charCodeAt(0)"])))
        if self.chance(0.4):
            values.append(L("str[k]"))
        self.rng.shuffle(values)
        out: list[Stmt] = [FuncDecl(fn, ["str", "k"], [Return(mix_all(values))])]
        result = self.name("r")
        strs = ['"hello"', '"abcdefgh"', '("w" + {i})']
        hot = self.rng.choice(strs)
        phases = [(self.hot_count(), lambda i: call(fn, L(hot.format(i=i)), L(f"({i} % 5)")))]
        indices = ["9", "-1", "1.5", "NaN", "4294967296", '"1"', "undefined", "2147483648", "-0", "(0.5 * {i})"]
        others = ['""', '"Ä-ü"', '"x😀y"', '"hello"']
        for _ in range(self.rng.randint(2, 4)):
            k = self.rng.choice(indices)
            st = self.rng.choice(others + [hot])
            phases.append((self.rng.choice([1, 1, 10, 300]),
                           lambda i, k=k, st=st: call(fn, L(st.format(i=i)), L(k.format(i=i)))))
        out.append(VarDecl("var", result, L(0)))
        return out + self.driver(fn, result, phases)

    def section_typeof(self) -> list[Stmt]:
        """typeof (its string, and compared with each literal), Array.isArray and `=== null`
        hot on one kind of value, then on every other kind (numbers, strings, booleans,
        undefined, null, objects, arrays, functions, classes, Maps, BigInts)."""
        fn = self.name("kind")
        checks = [L('typeof v === "number"'), L('typeof v === "object"'), L('typeof v === "function"'),
                  L('typeof v === "string"'), L('typeof v === "undefined"'), L("Array.isArray(v)"),
                  L("v === null"), L('typeof v !== "boolean"')]
        if "bigint" in self.config.features:
            checks.append(L('typeof v === "bigint"'))
        picks = self.rng.sample(checks, self.rng.randint(2, 5))
        values: list[Expr] = [L("(typeof v).length"), L("typeof v")] + [Cond(c, L(k + 2), L(-k)) for k, c in enumerate(picks)]
        out: list[Stmt] = [FuncDecl(fn, ["v"], [Return(mix_all(values))])]
        pool = list(TYPEOF_VALUES)
        if "classes" in self.config.features:
            cls = self.name("T")
            out.insert(0, ClassDecl(cls, None, []))
            pool += [cls, f"(new {cls}())"]
        if "bigint" in self.config.features:
            pool += ["BigInt({i})", "0n"]
        result = self.name("r")
        first = self.rng.choice(pool)
        phases = [(self.hot_count(), lambda i: call(fn, L(first.format(i=i))))]
        for _ in range(self.rng.randint(2, 5)):
            v = self.rng.choice(pool)
            phases.append((self.rng.choice([1, 1, 10, 300]), lambda i, v=v: call(fn, L(v.format(i=i)))))
        out.append(VarDecl("var", result, L(0)))
        return out + self.driver(fn, result, phases)

    # ---- the shapes together ---------------------------------------------------------------------

    def section_combined(self) -> list[Stmt]:
        """One hot function mixing the shapes (they meet in the tier's frame states): a for...of
        inside a try/catch/finally (left by break, return and a throw), a closure created per
        iteration over the loop's binding, an object literal allocated per element, a method
        called on one of several receivers, an inner try/catch in the loop body, destructuring
        with rest after the loop; then arrays of other kinds, other receivers and arguments."""
        fn, objs, fin = self.name("comb"), self.name("recv"), self.name("fin")
        n_shapes = self.rng.randint(1, 3)
        shapes: list[Expr] = []
        for k in range(n_shapes + 3):
            keys = ["k", "m"] if k % 2 == 0 else ["m", "k", "z"][: 2 + (k % 3 == 1)]
            values = {"k": L(k + 1), "z": L(0.5),
                      "m": Func(["d"], [Return(self.binary(L("d"), L("this.k")))])}
            shapes.append(ObjectLit(keys, [values[key] for key in keys]))
        out: list[Stmt] = [VarDecl("var", fin, L(0)), VarDecl("var", objs, ArrayLit(shapes))]
        stop = self.rng.choice(SMALL_INTS[:8])
        loop: list[Stmt] = [
            If(Bin("===", L("e"), L(stop)), [Break()]),
            ExprStmt(Call(Member(L("fs"), "push"), [Func([], [Return(self.binary(L("e"), L("acc")))], arrow=True)])),
            VarDecl("var", "obj", ObjectLit(["p", "q"], [L("e"), L("v")])),
            assign("acc", Bin(self.rng.choice(["+", "-", "^"]),
                              self.binary(L("acc"), Call(Member(L("o"), "m"), [L("e")])), L("obj.p"))),
        ]
        if self.chance(0.5):
            loop.append(Try([If(Bin("===", L("e"), L("v")), [Throw(L("e"))])], "x",
                            [assign("acc", self.binary(L("acc"), L("x")))]))
        if self.chance(0.3):
            loop.append(If(L('typeof e === "string"'), [Throw(L("e"))]))
        body: list[Stmt] = [
            VarDecl("var", "acc", L(self.rng.choice(["0", "0.5", "-0"]))),
            VarDecl("var", "fs", ArrayLit([])),
            Try([ForOf("const", "e", L("a"), loop),
                 If(Bin("===", L("v"), L(self.rng.randint(0, 9))), [Return(L("acc"))])],
                "err", [assign("acc", Bin("-", L(-1), call("mix", L(0), L("err"))))],
                [assign(fin, Bin("+", L(fin), L(1)))]),
            VarDecl("var", "s", L(0)),
            ForOf("const", "f", L("fs"), [assign("s", self.binary(L("s"), call("f")))]),
            VarDecl("var", "[x0, ...xs]", L("a")),
            Return(Bin("+", call("mix", call("mix", L("acc"), L("s")), L("x0")), L("xs.length"))),
        ]
        out.append(FuncDecl(fn, ["a", "o", "v"], body))
        result = self.name("r")
        hot_arrays = ["[1, 2, 3]", "[{i} % 5, 4]", "[]", "[7, {i} % 9, 2, 0]"]
        hot = self.rng.choice(hot_arrays)
        phases = [(self.hot_count(), lambda i: call(fn, L(hot.format(i=i)), Index(L(objs), L(f"{i} % {n_shapes}")),
                                                    L(f"{i} % 11")))]
        later = ["[0.5, 1, {i}]", '[1, "s", 3]', "[1, 2, NaN]", "[-0, 2147483647]", "[{{ k: 1 }}, 2]", "[{i}, 2, 3]"]
        for _ in range(self.rng.randint(2, 4)):
            arr = self.rng.choice(later + hot_arrays)
            width = self.rng.choice([n_shapes, n_shapes + 1, n_shapes + 3])
            kind = self.rng.choice(["int", "int", "double", "str", "minuszero"])
            phases.append((self.rng.choice([1, 10, 300]),
                           lambda i, arr=arr, width=width, kind=kind:
                           call(fn, L(arr.format(i=i)), Index(L(objs), L(f"{i} % {width}")), self.arg(kind, i))))
        out.append(VarDecl("var", result, L(0)))
        out += self.driver(fn, result, phases)
        out.append(log(s(fin), L(fin)))
        return out
