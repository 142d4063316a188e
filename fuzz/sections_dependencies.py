"""A section aimed at code dependencies and lazy deoptimization: assumptions broken from inside
hot calls.

Optimized code folds globals that were never reassigned, reads constant objects without a map
check and relies on prototype chains without a check; a callee that reassigns the global,
adds or deletes a property, changes a field's kind, patches the prototype or gives an object
a new prototype makes the runtime mark that code while its activations are on the stack, so
they deoptimize lazily when the call returns. The section drives a chain top -> mid -> leaf
-> poke hot; poke runs a change at two iterations picked in advance, either behind a branch
(an eager deopt in poke itself when it is optimized or inlined) or through a table of
functions (the change runs in a function poke calls, so the callers on the stack deopt
lazily), and the callers use the changed values after the call.

`DependencySections` is mixed into generator.Generator (helpers: name, chance, rng,
hot_count, driver); the generator's guarantees hold: the only loop is counted, nothing
throws, and only plain assignments change globals (a `var` at the top level of a script is
module-scoped in node, so neither `globalThis.X` nor `delete` may touch one).
"""
from __future__ import annotations

from .genbase import SMALL_INTS, L, call
from .jsast import Raw, Stmt, VarDecl

# What poke may do to the values its callers read (n: the section's serial).
CHANGES = [
    "G{n} = G{n} + 1;",
    "G{n} = G{n} + 0.5;",
    'G{n} = "g" + G{n};',
    "O{n}.a = 0.5;",
    'O{n}.a = "s";',
    "O{n}.c = 7;",
    "delete O{n}.b;",
    "P{n}.prototype.m = function () {{ return this.x * 3; }};",
    "P{n}.prototype.extra = 1;",
    "Object.setPrototypeOf(I{n}, {{ m: function () {{ return -1; }} }});",
    "I{n}.x = 2.5;",
    "T{n}.push(0.5);",
]


class DependencySections:
    """The dependency section (see the module's docstring)."""

    def section_dependencies(self) -> list[Stmt]:
        n = self.name("")
        hot = self.hot_count()
        first = self.rng.randrange(hot // 2, hot - 2)
        second = self.rng.randrange(first + 1, hot)
        change1, change2 = (self.rng.choice(CHANGES).format(n=n) for _ in range(2))
        ints = [self.rng.choice(SMALL_INTS) for _ in range(4)]
        out: list[Stmt] = [
            Raw(f"var G{n} = {ints[0]};"),
            Raw(f"var O{n} = {{ a: {ints[1]}, b: {ints[2]} }};"),
            Raw(f"var T{n} = [1, 2, 3, 4];"),
            Raw(f"function P{n}(x) {{ this.x = x; }}"),
            Raw(f"P{n}.prototype.m = function () {{ return this.x + 1; }};"),
            Raw(f"var I{n} = new P{n}({ints[3]});"),
            Raw(f"var PL{n} = [];"),
            Raw(f"for (let k = 0; k < {hot}; k++) {{ PL{n}.push(k === {first} ? 1 : k === {second} ? 2 : 0); }}"),
        ]
        if self.chance(0.5):
            # through a table: the change runs in a function of its own, poke's callers are on the stack
            out.append(Raw(f"var OPS{n} = [function () {{}}, function () {{ {change1} }}, "
                           f"function () {{ {change2} }}];"))
            poke = f"function poke{n}(i) {{ OPS{n}[PL{n}[i]](); return PL{n}[i]; }}"
        else:
            poke = (f"function poke{n}(i) {{ var c = PL{n}[i]; if (c === 1) {{ {change1} }} "
                    f"if (c === 2) {{ {change2} }} return c; }}")
        out.append(Raw(poke))
        out.append(Raw(f"function leaf{n}(i) {{ var a = G{n}; var b = O{n}.a; var m = I{n}.m(); "
                       f"var t = T{n}[i & 3]; var c = poke{n}(i); "
                       f"return mix(mix(mix(mix(mix(a, c), b), m), G{n}), O{n}.a + t + T{n}[(i + 1) & 3]) "
                       f"^ mix(I{n}.m(), O{n}.b); }}"))
        out.append(Raw(f"function mid{n}(i) {{ var keep = G{n}; var r = leaf{n}(i); "
                       f"return mix(r, keep) + (O{n}.c === undefined ? 0 : 1); }}"))
        out.append(Raw(f"function top{n}(i) {{ return mid{n}(i) ^ (I{n}.extra === undefined ? 3 : 5); }}"))
        result = f"r{n}"
        out.append(VarDecl("var", result, L(0)))
        out += self.driver(f"dep{n}", result, [(hot, lambda i: call(f"top{n}", L(i))),
                                               (self.rng.choice([1, 50, 300]), lambda i: call(f"top{n}", L(i)))])
        return out
