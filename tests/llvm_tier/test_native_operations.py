"""`in`, `instanceof`, `hasOwnProperty`, stores that change an array's length and `push` growth, in machine code
(llvm_tier/lower_predicates.py, llvm_tier/lower_array_stores.py).

Each test runs a program in-process with the tier compiling synchronously, asserts it prints
what node prints, and that the hot operation no longer crosses into Python: the tier's
per-entry crossing counts (what `--stats` prints) stay at a handful that does not grow with
the loop, where the generic lowering made one crossing per iteration. The IR is looked at
where the shape of the code is the point (a prototype walk is a loop, not a call).
"""
from __future__ import annotations

from tier_run import TierRun


class Run(TierRun):
    def notes(self, name: str) -> list[str]:
        """What --trace-opt says about every installed code of the function `name`."""
        from llvm_tier.events import CodeInstalled
        return [n for e in self.tier.log.events if isinstance(e, CodeInstalled) and e.sfi.name == name
                for n in e.notes]


def test_in_with_a_constant_key_is_answered_from_the_map():
    r = Run("""
    function P() { this.a = 1; }
    P.prototype.m = function () {};
    function f(o) { return ('a' in o ? 1 : 0) + ('m' in o ? 2 : 0) + ('z' in o ? 4 : 0); }
    var p = new P(), s = 0;
    for (var i = 0; i < 5000; i++) s += f(p);
    P.prototype.z = 1;              // the chain changes: the code relied on it
    console.log(s, f(p), f({ z: 1 }));
    """)
    assert r.stdout == r.node()
    assert r.crossings["rt_binary"] == 0, r.crossings
    assert "call i64 @rt_binary" not in r.codes("f")[0].lowered.ir
    assert any("`in` key 'm'" in n and "prototype chain, dependency" in n for n in r.notes("f"))


def test_in_with_an_integer_key_on_an_array_is_a_bounds_and_hole_check():
    r = Run("""
    function f(a, i) { return i in a; }
    var a = [1, 2, 3, 4, 5, 6, 7, 8], n = 0;
    for (var i = 0; i < 6000; i++) if (f(a, i & 7)) n++;
    var holey = [1, , 3];
    console.log(n, f(holey, 1), f(holey, 5), f(holey, '0'));
    """)
    assert r.stdout == r.node()
    # only the hole and the index past the end ask the runtime (the prototype chain)
    assert r.crossings["rt_binary"] <= 4, r.crossings


def test_instanceof_walks_the_chain_in_machine_code():
    r = Run("""
    class A {} class B extends A {} class C {}
    function f(o) { return (o instanceof A ? 1 : 0) + (o instanceof B ? 2 : 0) + (o instanceof C ? 4 : 0); }
    var xs = [new A(), new B(), new C(), {}, 1, null, 'x'], s = 0;
    for (var i = 0; i < 7000; i++) s += f(xs[i % 7]);
    console.log(s);
    """)
    assert r.stdout == r.node()
    assert r.crossings["rt_binary"] == 0, r.crossings
    code = r.codes("f")[-1]
    assert "protowalk" in code.lowered.ir
    assert str(r.iso.maps.native_prototypes_address) in code.lowered.ir


def test_instanceof_deopts_when_the_prototype_property_is_replaced():
    r = Run("""
    function F() {}
    function f(o) { return o instanceof F; }
    var o = new F(), n = 0;
    for (var i = 0; i < 3000; i++) if (f(o)) n++;
    F.prototype = {};
    console.log(n, f(o), f(new F()));
    """)
    assert r.stdout == "3000 false true\n" == r.node()
    assert r.tier.stats.deopts["prototype chain changed"] >= 1, r.tier.stats.deopts


def test_has_own_property_on_a_known_map_and_on_array_indexes():
    r = Run("""
    function P() { this.a = 1; }
    P.prototype.m = 1;
    function f(o, arr, i) { return (o.hasOwnProperty('a') ? 1 : 0) + (o.hasOwnProperty('m') ? 2 : 0) + (arr.hasOwnProperty(i) ? 4 : 0); }
    var p = new P(), arr = [1, , 3], s = 0;
    for (var i = 0; i < 5000; i++) s += f(p, arr, i % 5);
    console.log(s);
    """)
    assert r.stdout == r.node()
    assert r.crossings["rt_call"] == 0, r.crossings
    assert any("hasOwnProperty: map" in n for n in r.notes("f"))


def test_predicates_keep_objects_virtual():
    r = Run("""
    function f(x) {
      var o = { a: x };
      return (typeof o === 'object' ? 1 : 0) + ('a' in o ? 2 : 0) + (o.hasOwnProperty('b') ? 4 : 0) +
        (o instanceof Object ? 8 : 0) + o.a;
    }
    var s = 0;
    for (var i = 0; i < 3000; i++) s += f(i & 1);
    console.log(s);
    """)
    assert r.stdout == r.node()
    code = r.codes("f")[-1]
    assert code.lowered.removed_allocations == ["f@0"], code.lowered.removed_allocations
    assert str(r.iso.heap.top_address) not in code.lowered.ir


def test_array_length_writes_stay_in_machine_code():
    r = Run("""
    function cut(a, n) { a.length = n; return a.length; }
    var s = 0;
    for (var i = 0; i < 3000; i++) {
      var a = [1, 2, 3, 4, 5, 6];
      s += cut(a, 2) + cut(a, 4) + (a[3] === undefined ? 1 : 0) + (3 in a ? 1 : 0);
    }
    var b = [1, 2, 3];
    cut(b, 1); cut(b, 2);
    console.log(s, b, b.length);
    try { cut([], -1); } catch (e) { console.log(e.message); }
    """)
    assert r.stdout == r.node()
    assert r.crossings["rt_store_named"] <= 2, r.crossings
    assert any("store .length: array length in machine code" in n for n in r.notes("cut"))


def test_appends_grow_in_place_within_capacity():
    r = Run("""
    function fill(n) { var a = []; for (var i = 0; i < n; i++) a[i] = i; return a; }
    var s = 0;
    for (var k = 0; k < 400; k++) s += fill(30)[29];
    console.log(s, fill(3));
    """)
    assert r.stdout == r.node()
    # a store past the capacity grows the backing store in the runtime: 4 -> 8 -> 16 -> 32
    # for 30 elements, 3 crossings per array, not 26
    assert r.crossings["rt_store_keyed"] <= 3 * 400 + 10, r.crossings


def test_push_grows_the_backing_store_and_generalizes_the_kind_in_machine_code():
    r = Run("""
    function build(n) {
      var a = [];
      for (var i = 0; i < n; i++) a.push(i % 7 === 6 ? 'x' : i % 5 === 4 ? i + 0.5 : i);
      return a;
    }
    var s = 0;
    for (var k = 0; k < 300; k++) { var a = build(40); s += a.length + a[39]; }
    console.log(s, build(8));
    """)
    assert r.stdout == r.node()
    # growth 4 -> 8 -> 16 -> 32 -> 64 and the int32 -> double -> any kind changes of 300
    # arrays, all without the built-in's runtime call
    assert r.crossings["rt_call"] == 0, r.crossings


def test_instanceof_with_several_constructors_at_one_site():
    r = Run("""
    class A {} class B extends A {}
    function isA(o, C) { return o instanceof C; }
    var xs = [new A(), new B(), [], {}], cs = [A, B, Array, Object], n = 0;
    for (var i = 0; i < 8000; i++) if (isA(xs[i % 4], cs[(i >> 2) % 4])) n++;
    console.log(n, isA(new B(), A), isA([], B));
    """)
    assert r.stdout == r.node()
    assert r.crossings["rt_binary"] == 0, r.crossings
    assert any("instanceof A, B, Array, Object" in n for n in r.notes("isA"))
