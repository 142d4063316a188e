"""Primitive wrapper objects (interpreter/primitive_wrappers.py, V8's JSPrimitiveWrapper).

Place in the pipeline: `new String("ab")`, `Object(1)` and a sloppy function's primitive
`this` make wrappers; the runtime's generic property operations treat a String wrapper as the
String exotic object. Checked here on the heap and in the feedback, not through printing
(the corpus scripts 780-785 compare the printed behaviour with node):

- a wrapper is an ordinary object whose map has the PRIMITIVE_WRAPPER instance type and the
  value as property 0, in-object slot 0, of the native heap; wrappers of one kind share a map;
- `super(v)` in a subclass gives the derived `this` a wrapper map with the subclass's prototype;
- the value survives collections with only the wrapper holding it, and the wrapper map table
  forgets dead prototypes;
- inline caches never record a handler for a String wrapper's indexes or length (those are in
  no map), while properties a script adds are ordinary fields;
- OrdinaryCallBindThis in the interpreter: sloppy functions get a wrapper, strict ones the value.
"""
from __future__ import annotations

import contextlib
import io
import textwrap

import pytest

import cli
from interpreter.errors import JSThrow
from interpreter.feedback import ICState
from interpreter.isolate import Flags, Isolate
from interpreter.objects.layout import inobject_slot_offset
from interpreter.objects.maps import InstanceType
from interpreter.objects.values import NULL, UNDEFINED, BigInt
from interpreter.primitive_wrappers import VALUE_KEY, primitive_value, string_value, wrap


def run(source: str) -> tuple[Isolate, str]:
    out: list[str] = []
    iso = Isolate(Flags(expose_gc=True), write=out.append)
    with contextlib.redirect_stderr(io.StringIO()):
        cli.run_in_big_stack(lambda: iso.run(textwrap.dedent(source)))
    return iso, "".join(out)


def global_value(iso, name):
    return iso.heap.load(iso.global_cells[name])


@pytest.mark.parametrize("value, prototype", [("ab", "string_prototype"), (1.5, "number_prototype"),
                                               (False, "boolean_prototype"), (BigInt(7), "bigint_prototype")])
def test_a_wrapper_holds_its_value_in_slot_zero(value, prototype):
    iso = Isolate()
    w = wrap(iso, value)
    m = iso.objects.map_of(w)
    assert m.instance_type == InstanceType.PRIMITIVE_WRAPPER
    assert m.index[VALUE_KEY] == 0 and m.prototype == getattr(iso, prototype)
    assert iso.heap.load(w + inobject_slot_offset(0)) == value
    assert primitive_value(iso, w) == value
    assert iso.objects.map_of(wrap(iso, value)) is m     # one map per kind and prototype


def test_to_object_wraps_primitives_and_keeps_objects():
    iso = Isolate()
    rt = iso.runtime
    obj = iso.objects.new_object(iso.objects.literal_root(0))
    assert rt.to_object(obj) == obj
    assert rt.typeof(rt.to_object("x")) == "object"
    assert string_value(iso, rt.to_object("x"), iso.objects.map_of(rt.to_object("x"))) == "x"
    assert primitive_value(iso, obj) is None and primitive_value(iso, "x") is None
    for nullish in (UNDEFINED, NULL):
        with pytest.raises(JSThrow):
            rt.to_object(nullish)


def test_string_wrapper_exotic_properties_in_the_runtime():
    iso = Isolate()
    rt = iso.runtime
    w = rt.to_object("abc")
    assert rt.get_property(w, "length") == 3.0 and rt.get_property(w, "1") == "b"
    assert rt.get_property(w, "3") is UNDEFINED
    assert rt.has_property(w, "2") and rt.has_property(w, "length") and not rt.has_property(w, "3")
    rt.set_property(w, "0", "z")                     # sloppy: ignored
    assert rt.get_property(w, "0") == "a"
    with pytest.raises(JSThrow):
        rt.set_property(w, "length", 1.0, strict=True)
    assert rt.delete_property(w, "0") is False
    with pytest.raises(JSThrow):
        rt.delete_property(w, "length", strict=True)
    rt.set_property(w, "3", "d")                     # past the string: an ordinary property
    assert rt.get_property(w, "3") == "d"


def test_subclass_instances_become_wrappers_with_the_subclass_prototype():
    iso, out = run("""
    class S extends String {}
    var a = new S("xy"), b = new S("z"), plain = new String("p");
    console.log(a.length, b[0]);
    """)
    assert out == "2 z\n"
    a, b, plain = (global_value(iso, n) for n in ("a", "b", "plain"))
    ma = iso.objects.map_of(a)
    assert ma.instance_type == InstanceType.PRIMITIVE_WRAPPER
    assert ma.prototype == iso.runtime.get_property(global_value(iso, "S"), "prototype")
    assert iso.objects.map_of(b) is ma                # the subclass's instances share their map
    assert iso.objects.map_of(plain) is not ma
    assert primitive_value(iso, a) == "xy"


def test_wrapped_values_survive_collections_and_dead_prototypes_are_forgotten():
    iso, out = run("""
    var w = new String(["built", "at", "run", "time"].join("-"));
    function make() { class T extends Number {} return new T(1); }
    for (var i = 0; i < 5; i++) make();
    gc(); gc();
    console.log(w.length, String(w));
    """)
    assert out == "17 built-at-run-time\n"
    live = set(iso.wrapper_maps)
    base = {iso.string_prototype, iso.number_prototype, iso.boolean_prototype}   # made at start-up
    assert base <= live
    assert len(live - base) <= 1    # the five dead T.prototypes went (one may survive conservatively)


def test_inline_caches_stay_generic_for_a_string_wrappers_own_keys():
    iso, out = run("""
    function len(w) { return w.length; }
    function tag(w) { return w.tag; }
    var w = new String("abc"); w.tag = "t";
    for (var i = 0; i < 5; i++) { len(w); tag(w); }
    console.log(len(w), tag(w));
    """)
    assert out == "3 t\n"
    fns = {f.name: f for f in iso.functions}
    (length_site,) = [f for f in fns["len"].feedback if hasattr(f, "handlers")]
    (tag_site,) = [f for f in fns["tag"].feedback if hasattr(f, "handlers")]
    assert length_site.state == ICState.MEGAMORPHIC and not length_site.handlers
    assert tag_site.state == ICState.MONOMORPHIC
    assert list(tag_site.handlers.values()) == [("field", 1)]   # after the hidden value


def test_sloppy_functions_see_a_wrapper_and_strict_ones_the_value():
    iso, out = run("""
    function sloppy() { return this; }
    function strict() { 'use strict'; return this; }
    var a = sloppy.call(5), b = strict.call(5), c = sloppy.call(undefined), d = sloppy.call("s");
    console.log(typeof a, typeof b, c === globalThis, typeof d);
    """)
    assert out == "object number true object\n"
    assert primitive_value(iso, global_value(iso, "a")) == 5.0
    assert global_value(iso, "b") == 5.0
    assert primitive_value(iso, global_value(iso, "d")) == "s"
