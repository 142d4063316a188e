"""Feedback vectors and inline caches, driven by running small scripts in an interpreter-only isolate.

Place in the pipeline: what the interpreter records here is exactly what the
optimizing tier speculates on, so each test runs JS and then inspects the
feedback slot of one bytecode site.
"""
from __future__ import annotations

import pytest

from interpreter.bytecodes import BYTECODE_INFO, Bytecode as B
from interpreter.frontend.compiler import iter_functions
from interpreter.feedback import (KIND_DOUBLE, KIND_INT32, KIND_NONE, KIND_OTHER, KIND_STRING,
                                  MAX_POLYMORPHISM, BinaryFeedback, CallFeedback, GlobalFeedback, ICState,
                                  PropertyFeedback, kind_names, new_feedback_vector)
from interpreter.isolate import Isolate


def run(src: str):
    out: list[str] = []
    iso = Isolate(write=out.append)
    sfi, _ = iso.run(src)
    return iso, sfi, "".join(out)


def function(script, name: str):
    (f,) = [f for f in iter_functions(script) if f.name == name]
    return f


def sites(sfi, op: B) -> list:
    """The feedback slots of every `op` instruction of a function, in code order."""
    k = 1 + BYTECODE_INFO[op].operands.index("fb")
    return [sfi.feedback[ins[k]] for ins in sfi.code if ins[0] == op]


def site(src: str, fname: str, op: B):
    iso, script, out = run(src)
    (fb,) = sites(function(script, fname), op)
    return iso, fb


# ---- the slot classes on their own -----------------------------------------------------------

def test_vector_has_one_slot_per_compiled_site():
    iso, script, _ = run("function f(o, a, i) { o.x = a[i] + o.y; return g(o.x < 1); } function g(v) { return v; }")
    f = function(script, "f")
    assert [s.kind for s in f.feedback] == f.feedback_kinds
    # slots are allotted in evaluation order
    assert f.feedback_kinds == ["keyed_load", "load", "binop", "store", "global", "load", "compare", "call"]
    # every fb operand indexes the vector, and the kinds agree with the opcodes
    expected_kind = {B.GetNamedProperty: "load", B.SetNamedProperty: "store", B.GetKeyedProperty: "keyed_load",
                     B.Add: "binop", B.TestLessThan: "compare", B.LdaGlobal: "global", B.Call: "call"}
    for ins in f.code:
        op = B(ins[0])
        if op in expected_kind:
            k = 1 + BYTECODE_INFO[op].operands.index("fb")
            assert f.feedback[ins[k]].kind == expected_kind[op]
    # nothing ran: everything is still uninitialized
    assert all(s.describe() in ("uninitialized", "none", "cell") for s in f.feedback)


def test_new_feedback_vector_classes():
    v = new_feedback_vector(["load", "store", "keyed_load", "keyed_store", "binop", "compare", "unary", "call",
                             "global"])
    assert [type(s) for s in v] == [PropertyFeedback] * 4 + [BinaryFeedback] * 3 + [CallFeedback, GlobalFeedback]


def test_property_feedback_state_machine():
    fb = PropertyFeedback("load")
    assert fb.state == ICState.UNINITIALIZED and fb.describe() == "uninitialized"
    fb.record(10, ("field", 0))
    assert fb.state == ICState.MONOMORPHIC
    fb.record(10, ("field", 5))                   # a known map keeps its first handler
    assert fb.handlers == {10: ("field", 0)}
    for m in range(11, 10 + MAX_POLYMORPHISM):
        fb.record(m, ("field", 1))
        assert fb.state == ICState.POLYMORPHIC
    assert len(fb.handlers) == MAX_POLYMORPHISM == 4
    fb.fast[10] = 2
    fb.record(99, ("field", 0))
    # the interpreter keeps its own cache; only the feedback forgets the maps
    assert fb.state == ICState.MEGAMORPHIC and fb.handlers == {} and fb.fast == {10: 2}
    fb.record(10, ("field", 0))                   # megamorphic is final
    assert fb.state == ICState.MEGAMORPHIC
    assert fb.describe() == "megamorphic"


def test_call_feedback_state_machine():
    """Up to MAX_POLYMORPHISM targets (V8's polymorphic call feedback), then megamorphic for good."""
    fb = CallFeedback("call")
    assert fb.describe() == "uninitialized" and fb.state == ICState.UNINITIALIZED
    fb.record(0x1000)
    fb.record(0x1000)
    assert fb.target == 0x1000 and not fb.megamorphic and fb.describe() == "target=0x1000"
    assert fb.state == ICState.MONOMORPHIC and fb.count == 2
    fb.record(0x2000)
    assert fb.state == ICState.POLYMORPHIC and fb.target is None and fb.targets == [0x1000, 0x2000]
    assert fb.describe() == "polymorphic 0x1000, 0x2000"
    for t in (0x3000, 0x4000, 0x2000, 0x1000):
        fb.record(t)
    assert fb.targets == [0x1000, 0x2000, 0x3000, 0x4000] and not fb.megamorphic
    fb.record(0x5000)
    assert fb.megamorphic and fb.target is None and fb.targets == [] and fb.describe() == "megamorphic"
    fb.record(0x1000)
    assert fb.megamorphic and fb.state == ICState.MEGAMORPHIC


def test_call_feedback_closures_of_one_literal_become_one_shared_target():
    shared = {0x1000: 7, 0x2000: 7, 0x3000: 8, 0x4000: 7}
    fb = CallFeedback("call", shared.get)
    fb.record(0x1000)
    fb.record(0x3000)
    fb.record(0x2000)          # a second closure of literal 7: the literal is the target
    assert fb.targets == [0x3000] and fb.shared == [7] and fb.state == ICState.POLYMORPHIC
    fb.record(0x4000)          # a third closure of it: still one target
    assert fb.targets == [0x3000] and fb.shared == [7] and not fb.megamorphic
    assert fb.describe() == "polymorphic 0x3000, shared#7"


def test_kind_names():
    assert kind_names(KIND_NONE) == "none"
    assert kind_names(KIND_INT32) == "int32"
    assert kind_names(KIND_INT32 | KIND_DOUBLE) == "int32|number"
    assert kind_names(KIND_STRING | KIND_OTHER) == "string|other"


# ---- named property inline caches ------------------------------------------------------------------

SHAPES = ["{x: 1}", "{a: 1, x: 2}", "{a: 1, b: 2, x: 3}", "{a: 1, b: 2, c: 3, x: 4}", "{b: 1, x: 5}"]


def load_script(shapes: list[str], calls_each: int = 1) -> str:
    objs = ", ".join(shapes)
    return f"""
        function f(o) {{ return o.x; }}
        var objs = [{objs}];
        var sum = 0;
        for (var k = 0; k < {calls_each}; k++)
          for (var i = 0; i < objs.length; i++) sum = sum + f(objs[i]);
        console.log(sum);
    """


def test_load_ic_uninitialized_when_never_run():
    _, fb = site("function f(o) { return o.x; }", "f", B.GetNamedProperty)
    assert fb.state == ICState.UNINITIALIZED and fb.handlers == {}


def test_load_ic_monomorphic():
    iso, script, out = run(load_script(SHAPES[:1], calls_each=5))
    assert out == "5\n"
    (fb,) = sites(function(script, "f"), B.GetNamedProperty)
    assert fb.state == ICState.MONOMORPHIC
    ((map_id, handler),) = fb.handlers.items()
    m = iso.maps[map_id]
    assert m.keys == ("x",) and handler == ("field", 0)
    assert fb.fast == {map_id: 2}                     # in-object slot 0 is heap word 2
    assert fb.describe() == f"monomorphic map#{map_id}:field/0"


@pytest.mark.parametrize("n", [2, 3, 4])
def test_load_ic_polymorphic_up_to_four_maps(n):
    iso, script, out = run(load_script(SHAPES[:n], calls_each=3))
    (fb,) = sites(function(script, "f"), B.GetNamedProperty)
    assert fb.state == ICState.POLYMORPHIC
    assert len(fb.handlers) == n
    assert sorted(h[1] for h in fb.handlers.values()) == list(range(n))   # x at index 0..n-1
    assert all(iso.maps[m].keys[h[1]] == "x" for m, h in fb.handlers.items())


def test_load_ic_megamorphic_at_the_fifth_map():
    iso, script, out = run(load_script(SHAPES, calls_each=2))
    assert out == str(2 * (1 + 2 + 3 + 4 + 5)) + "\n"   # still correct once megamorphic
    (fb,) = sites(function(script, "f"), B.GetNamedProperty)
    assert fb.state == ICState.MEGAMORPHIC
    assert fb.handlers == {}
    assert len(fb.fast) == 5   # the interpreter's own cache still serves all five maps


def test_load_ic_missing_property_and_array_length():
    src = """
        function miss(o) { return o.nope; }
        function len(a) { return a.length; }
        function push(a) { return a.push; }
        miss({x: 1}); len([1, 2]); push([1]);
    """
    iso, script, _ = run(src)
    (fb,) = sites(function(script, "miss"), B.GetNamedProperty)
    ((map_id, handler),) = fb.handlers.items()
    # absent on the receiver and its prototype chain: guarded by the chain's validity cell
    assert fb.state == ICState.MONOMORPHIC and handler == ("missing", iso.objects.validity_cell(
        iso.maps[map_id].prototype))
    (fb,) = sites(function(script, "len"), B.GetNamedProperty)
    assert list(fb.handlers.values()) == [("array_length",)]
    (fb,) = sites(function(script, "push"), B.GetNamedProperty)
    ((_, handler),) = fb.handlers.items()
    assert handler[0] == "constant" and handler[1] == iso.runtime.get_property(iso.array_prototype, "push")
    assert iso.heap.load_word(handler[2]) == 0   # the chain's validity cell, still valid


def test_load_ic_out_of_object_field_has_no_fast_path():
    src = "function f(o) { return o.e; } var o = {}; o.a = 1; o.b = 2; o.c = 3; o.d = 4; o.e = 5; f(o); f(o);"
    iso, fb = site(src, "f", B.GetNamedProperty)
    ((map_id, handler),) = fb.handlers.items()
    assert iso.maps[map_id].inobject == 4 and handler == ("field", 4)
    assert fb.fast == {}


def test_access_on_a_primitive_goes_generic():
    # numbers and booleans have no map to cache; a site that ran must not look unreached to the tier
    _, fb = site("function f(s) { return s.toFixed; } f(1); f(2);", "f", B.GetNamedProperty)
    assert fb.state == ICState.MEGAMORPHIC
    _, fb = site("function f(s) { s.x = 1; } f('abc');", "f", B.SetNamedProperty)
    assert fb.state == ICState.MEGAMORPHIC


def test_string_loads_are_recorded_under_the_string_map():
    # a string's length and the methods of String.prototype (behind the chain's validity cell)
    iso, fb = site("function f(s) { return s.length; } f('abc'); f('de');", "f", B.GetNamedProperty)
    assert fb.handlers == {iso.objects.string_map.id: ("string_length",)}
    iso, fb = site("function f(s) { return s.charAt; } f('abc');", "f", B.GetNamedProperty)
    ((map_id, handler),) = fb.handlers.items()
    assert map_id == iso.objects.string_map.id and handler[0] == "constant"
    assert handler[1] == iso.runtime.get_property(iso.string_prototype, "charAt")
    assert iso.heap.load_word(handler[2]) == 0
    # an index is an own property of the string: generic
    _, fb = site("function f(s) { return s[0] + s.x; } f('abc');", "f", B.GetNamedProperty)
    assert fb.state == ICState.MEGAMORPHIC


def test_store_ic_transition_then_field():
    src = """
        function setx(o, v) { o.x = v; }
        var a = {}; setx(a, 1);          // adds x: a transition
        var b = {x: 0}; setx(b, 2);      // overwrites x: a field store
    """
    iso, fb = site(src, "setx", B.SetNamedProperty)
    assert fb.state == ICState.POLYMORPHIC
    kinds = sorted(h[0] for h in fb.handlers.values())
    assert kinds == ["field", "transition"]
    for map_id, h in fb.handlers.items():
        if h[0] == "transition":
            _, index, new_map, cell = h
            assert iso.maps[new_map].parent is iso.maps[map_id] and iso.maps[new_map].keys[index] == "x"
            # the prototype chain's validity cell, still valid
            assert cell == iso.objects.validity_cell(iso.maps[map_id].prototype)
            assert iso.heap.load_word(cell) == 0


def test_store_ic_megamorphic_on_arrays():
    _, fb = site("function f(o) { o.foo = 1; } f([1, 2]);", "f", B.SetNamedProperty)
    assert fb.state == ICState.MEGAMORPHIC


def test_object_literal_sites_record_transitions():
    iso, script, _ = run("function mk(v) { return {p: v, q: v}; } mk(1); mk('s');")
    slots = sites(function(script, "mk"), B.DefineNamedOwnProperty)
    assert [fb.state for fb in slots] == [ICState.MONOMORPHIC, ICState.MONOMORPHIC]
    assert [next(iter(fb.handlers.values()))[:2] for fb in slots] == [("transition", 0), ("transition", 1)]


# ---- keyed accesses ----------------------------------------------------------------------------------

def test_keyed_load_element_in_bounds():
    iso, fb = site("function f(a, i) { return a[i]; } var a = [1, 2, 3]; f(a, 0); f(a, 2);", "f",
                   B.GetKeyedProperty)
    assert fb.state == ICState.MONOMORPHIC and list(fb.handlers.values()) == [("element",)]
    assert not fb.out_of_bounds and not fb.non_array_key


def test_keyed_load_out_of_bounds_flag():
    _, fb = site("function f(a, i) { return a[i]; } var a = [1, 2, 3]; f(a, 1); f(a, 3);", "f",
                 B.GetKeyedProperty)
    assert fb.out_of_bounds and not fb.non_array_key
    assert "out-of-bounds" in fb.describe()


def test_keyed_load_negative_index_is_not_an_element():
    _, fb = site("function f(a, i) { return a[i]; } f([1], -1);", "f", B.GetKeyedProperty)
    assert fb.out_of_bounds        # an array with a number key it could not serve as an element


def test_keyed_load_generic_key():
    _, fb = site("function f(o, k) { return o[k]; } f({x: 1}, 'x'); f([1], 'length');", "f",
                 B.GetKeyedProperty)
    assert fb.non_array_key and "generic-key" in fb.describe()


def test_keyed_store_in_bounds_and_append():
    _, fb = site("function f(a, i, v) { a[i] = v; } var a = [1, 2]; f(a, 0, 5);", "f", B.SetKeyedProperty)
    assert fb.state == ICState.MONOMORPHIC and not fb.out_of_bounds
    _, fb = site("function f(a, i, v) { a[i] = v; } var a = [1, 2]; f(a, 2, 5);", "f", B.SetKeyedProperty)
    assert fb.out_of_bounds


def test_keyed_store_elements_kind_change_records_the_new_map():
    iso, fb = site("function f(a, i, v) { a[i] = v; } var a = [1, 2]; f(a, 0, 0.5); f(a, 1, 3);", "f",
                   B.SetKeyedProperty)
    assert fb.state == ICState.MONOMORPHIC
    (map_id,) = fb.handlers
    assert iso.maps[map_id].elements_kind.name == "DOUBLE"


# ---- binary, unary and compare feedback -------------------------------------------------------------

def binop_flags(body: str, calls: str) -> int:
    _, script, _ = run(f"function f(a, b) {{ return {body}; }} {calls}")
    (fb,) = function(script, "f").feedback
    return fb.flags


@pytest.mark.parametrize("body,calls,flags", [
    ("a + b", "", KIND_NONE),
    ("a + b", "f(1, 2);", KIND_INT32),
    ("a + b", "f(2147483647, 1);", KIND_DOUBLE),                       # int32 overflow
    ("a + b", "f(1, 2); f(2147483647, 1);", KIND_INT32 | KIND_DOUBLE),
    ("a + b", "f(1.5, 2);", KIND_INT32 | KIND_DOUBLE),
    ("a + b", "f('a', 'b');", KIND_STRING),
    ("a + b", "f('a', 1);", KIND_STRING | KIND_INT32),
    ("a + b", "f(null, 1);", KIND_OTHER | KIND_INT32),
    ("a + b", "f(true, undefined);", KIND_OTHER),
    ("a - b", "f(-2147483648, 1);", KIND_DOUBLE),
    ("a * b", "f(65536, 65536);", KIND_DOUBLE),
    ("a * b", "f(-1, 0);", KIND_DOUBLE),                               # -0 is not an int32
    ("a * b", "f(-3, 7);", KIND_INT32),
    ("a / b", "f(6, 3);", KIND_INT32),
    ("a / b", "f(1, 2);", KIND_DOUBLE),                                # division leaves int32
    ("a / b", "f(1, 0);", KIND_DOUBLE),
    ("a % b", "f(7, 3);", KIND_INT32),
    ("a % b", "f(-1, 1);", KIND_DOUBLE),                               # -0
    ("a | b", "f(1, 2);", KIND_INT32),
    ("a >>> b", "f(-1, 0);", KIND_DOUBLE),                             # 4294967295
    ("a < b", "f(1, 2);", KIND_INT32),
    ("a < b", "f(0.5, 2);", KIND_INT32 | KIND_DOUBLE),
    ("a < b", "f('a', 'b');", KIND_STRING),
    ("a === b", "f(1, 'x');", KIND_INT32 | KIND_STRING),
    ("a == b", "f(null, {});", KIND_OTHER),
])
def test_binary_feedback_kinds(body, calls, flags):
    assert binop_flags(body, calls) == flags


@pytest.mark.parametrize("body,calls,flags", [
    ("-a", "f(5);", KIND_INT32),
    ("-a", "f(0);", KIND_INT32 | KIND_DOUBLE),        # -0
    ("-a", "f(-2147483648);", KIND_INT32 | KIND_DOUBLE),
    ("+a", "f('3');", KIND_STRING | KIND_INT32),
    ("~a", "f(1.5);", KIND_DOUBLE | KIND_INT32),
])
def test_unary_feedback_kinds(body, calls, flags):
    assert binop_flags(body, calls) == flags


def test_increment_overflow_feedback():
    _, script, _ = run("function f(a) { ++a; return a; } f(1);")
    (fb,) = sites(function(script, "f"), B.Inc)
    assert fb.flags == KIND_INT32
    _, script, _ = run("function f(a) { ++a; return a; } f(2147483647);")
    (fb,) = sites(function(script, "f"), B.Inc)
    assert fb.flags == KIND_DOUBLE


def test_loop_counter_feedback_is_int32():
    _, script, out = run("function f(n) { var s = 0; for (var i = 0; i < n; i++) s = s + i; return s; }"
                         "console.log(f(100));")
    assert out == "4950\n"
    f = function(script, "f")
    assert [fb.flags for fb in sites(f, B.Add)] == [KIND_INT32]
    assert [fb.flags for fb in sites(f, B.TestLessThan)] == [KIND_INT32]
    assert f.back_edges == 100 and f.invocations == 1


def test_feedback_only_grows():
    _, script, _ = run("function f(a, b) { return a + b; } f('x', 'y'); f(1, 2); f(1.5, 1);")
    (fb,) = function(script, "f").feedback
    assert fb.flags == KIND_STRING | KIND_INT32 | KIND_DOUBLE
    assert fb.describe() == "int32|number|string"


# ---- call sites ---------------------------------------------------------------------------------------

def test_call_site_monomorphic_then_megamorphic():
    src = """
        function g() { return 1; }
        function h() { return 2; }
        function call(fn) { return fn(); }
        call(g); call(g);
    """
    iso, script, _ = run(src)
    (fb,) = sites(function(script, "call"), B.Call)
    assert not fb.megamorphic
    assert iso.shared_of(fb.target).name == "g"
    iso, script, _ = run(src + "call(h);")
    (fb,) = sites(function(script, "call"), B.Call)
    assert not fb.megamorphic and fb.target is None
    assert [iso.shared_of(t).name for t in fb.targets] == ["g", "h"]
    iso, script, _ = run(src + "call(h); call(() => 3); call(() => 4); call(() => 5);")
    (fb,) = sites(function(script, "call"), B.Call)
    assert fb.megamorphic and fb.target is None


def test_closures_of_one_literal_are_one_target():
    src = """
        function mk() { return function inner() { return 1; }; }
        function call(fn) { return fn(); }
        call(mk()); call(mk()); call(mk());
    """
    iso, script, _ = run(src)
    (fb,) = sites(function(script, "call"), B.Call)
    assert not fb.megamorphic and fb.targets == []
    assert [iso.functions[s].name for s in fb.shared] == ["inner"]


def test_a_non_function_callee_is_never_a_shared_target():
    iso, script, _ = run("""
        function call(fn) { try { return fn(); } catch (e) { return 0; } }
        call([1, 2, 3]); call([4, 5, 6]); call({a: 1}); call({a: 1});
    """)
    (fb,) = sites(function(script, "call"), B.Call)
    assert fb.shared == [] and len(fb.targets) == 4


def test_construct_site_feedback():
    iso, script, _ = run("function P() { this.a = 1; } function mk() { return new P(); } mk(); mk();")
    (fb,) = sites(function(script, "mk"), B.Construct)
    assert iso.shared_of(fb.target).name == "P" and not fb.megamorphic


def test_native_call_site_feedback():
    iso, script, _ = run("function f(x) { return Math.floor(x); } f(1.5);")
    (fb,) = sites(function(script, "f"), B.Call)
    assert fb.target == iso.math_functions["floor"]


def test_invocation_counts():
    _, script, _ = run("function f() {} function g() { f(); f(); } g(); g(); g();")
    assert function(script, "g").invocations == 3
    assert function(script, "f").invocations == 6
    assert script.invocations == 1
