"""Maps (hidden classes) and their transition trees: interpreter/objects/maps.py, as objects.py and scripts use them.

Place in the pipeline: an inline cache and an optimized map guard are one
compare of a map id, which is only sound if objects built the same way share
a map and objects laid out differently never do.
"""
from __future__ import annotations

import pytest

from interpreter.objects.heap import Heap
from interpreter.isolate import Isolate
from interpreter.objects.maps import ElementsKind, InstanceType, MapTable
from interpreter.objects.space import ObjectSpace


@pytest.fixture
def table():
    return MapTable()


def global_value(iso, name):
    return iso.heap.load(iso.global_cells[name])


def run(src):
    iso = Isolate(write=lambda s: None)
    iso.run(src)
    return iso


# ---- MapTable ---------------------------------------------------------------------------------

def test_map_ids_are_dense_and_never_zero(table):
    assert table.maps == [None]           # an all-zero word is never a map
    a = table.new(InstanceType.OBJECT, 4)
    b = table.new(InstanceType.ARRAY, 0)
    assert (a.id, b.id) == (1, 2)
    assert table[1] is a and table[2] is b


def test_transition_is_created_once_and_shared(table):
    root = table.new(InstanceType.OBJECT, 4)
    x1 = table.transition(root, "x")
    x2 = table.transition(root, "x")
    assert x1 is x2
    assert root.transitions == {"x": x1}
    assert x1.parent is root and x1.keys == ("x",) and x1.index == {"x": 0}
    assert x1.inobject == root.inobject and x1.instance_type == root.instance_type


def test_transition_tree(table):
    root = table.new(InstanceType.OBJECT, 2, constructor_name="Point")
    xy = table.transition(table.transition(root, "x"), "y")
    yx = table.transition(table.transition(root, "y"), "x")
    xz = table.transition(table.transition(root, "x"), "z")
    assert xy is not yx                    # different order, different layout
    assert xy.index == {"x": 0, "y": 1} and yx.index == {"y": 0, "x": 1}
    assert xy.parent is xz.parent is root.transitions["x"]
    assert set(root.transitions) == {"x", "y"}
    assert set(root.transitions["x"].transitions) == {"y", "z"}
    assert xy.constructor_name == "Point"
    # walking parents from a leaf gives the keys in order
    chain, m = [], xy
    while m.parent is not None:
        chain.append(m.keys[-1])
        m = m.parent
    assert m is root and chain[::-1] == ["x", "y"]


def test_property_indexes_and_inobject_split(table):
    root = table.new(InstanceType.OBJECT, 2)
    m = root
    for k in "abcde":
        m = table.transition(m, k)
    assert m.index == {k: i for i, k in enumerate("abcde")}
    assert [m.is_inobject(i) for i in range(5)] == [True, True, False, False, False]


def test_distinct_roots_do_not_share_transitions(table):
    r1 = table.new(InstanceType.OBJECT, 4)
    r2 = table.new(InstanceType.OBJECT, 4)
    assert table.transition(r1, "x") is not table.transition(r2, "x")


def test_elements_transitions(table):
    arr = table.new(InstanceType.ARRAY, 0, elements_kind=ElementsKind.INT32)
    d = table.elements_transition(arr, ElementsKind.DOUBLE)
    assert d is table.elements_transition(arr, ElementsKind.DOUBLE)
    assert d.elements_kind == ElementsKind.DOUBLE and d.keys == arr.keys and d is not arr
    a = table.elements_transition(d, ElementsKind.ANY)
    assert a.elements_kind == ElementsKind.ANY
    assert ElementsKind.INT32 < ElementsKind.DOUBLE < ElementsKind.ANY


def test_elements_transition_keeps_named_properties(table):
    arr = table.new(InstanceType.ARRAY, 0, elements_kind=ElementsKind.INT32)
    named = table.transition(arr, "tag")
    assert named.elements_kind == ElementsKind.INT32
    d = table.elements_transition(named, ElementsKind.DOUBLE)
    assert d.keys == ("tag",) and d.index == {"tag": 0}


def test_same_elements_kind_same_map_whatever_the_path():
    space = ObjectSpace(Heap(1 << 20), MapTable())
    a = space.new_array([1.0])
    space.set_element(a, 1, 0.5)      # INT32 -> DOUBLE
    space.set_element(a, 2, "s")      # DOUBLE -> ANY
    b = space.new_array(["s"])        # straight to ANY
    assert space.map_of(a).elements_kind == space.map_of(b).elements_kind == ElementsKind.ANY
    assert space.map_of(a) is space.map_of(b)


def test_repr_names_the_layout(table):
    m = table.transition(table.new(InstanceType.OBJECT, 4), "x")
    assert repr(m) == f"<Map #{m.id} OBJECT {{x}}>"


# ---- maps as scripts build them ---------------------------------------------------------------------

def test_object_literals_built_the_same_way_share_a_map():
    iso = run("var a = {x: 1, y: 2}; var b = {x: 'p', y: null}; var c = {y: 1, x: 2}; var d = {x: 1};")
    ma, mb, mc, md = (iso.objects.map_of(global_value(iso, n)) for n in "abcd")
    assert ma is mb                        # values do not matter, only keys and order
    assert ma is not mc
    assert ma.keys == ("x", "y") and mc.keys == ("y", "x")
    assert ma.parent is md                 # {x:1} is a prefix of {x:1, y:2}


def test_constructed_objects_share_the_constructor_map():
    iso = run("""
        function Point(x, y) { this.x = x; this.y = y; }
        function Other(x, y) { this.x = x; this.y = y; }
        var p = new Point(1, 2); var q = new Point(3.5, 'a'); var o = new Other(1, 2);
        var lit = {x: 1, y: 2};
    """)
    mp, mq, mo, ml = (iso.objects.map_of(global_value(iso, n)) for n in ("p", "q", "o", "lit"))
    assert mp is mq
    assert mp is not mo and mp.keys == mo.keys
    assert mp is not ml
    assert mp.constructor_name == "Point" and mo.constructor_name == "Other"
    root = mp.parent.parent
    assert root.keys == () and set(root.transitions) == {"x"}


def test_property_added_later_transitions_and_sets_the_map_word():
    iso = run("var a = {x: 1}; var b = {x: 2}; b.z = 3; var c = {x: 3}; c.z = 4;")
    ma, mb, mc = (iso.objects.map_of(global_value(iso, n)) for n in "abc")
    assert ma is not mb and mb is mc
    assert mb.parent is ma and mb.index["z"] == 1
    assert ma.transitions["z"] is mb


def test_many_properties_map_and_backing_store():
    keys = [f"k{i}" for i in range(12)]
    src = "var o = {};" + "".join(f"o.{k} = {i};" for i, k in enumerate(keys))
    iso = run(src)
    o = global_value(iso, "o")
    m = iso.objects.map_of(o)
    assert m.keys == tuple(keys)
    assert [iso.objects.get_own(o, k) for k in keys] == [float(i) for i in range(12)]


def test_array_literal_maps_by_elements_kind():
    iso = run("var a = [1, 2]; var b = [3]; var c = [1.5]; var d = ['s']; var e = [];")
    kinds = {n: iso.objects.map_of(global_value(iso, n)) for n in "abcde"}
    assert kinds["a"] is kinds["b"] is kinds["e"] is iso.objects.array_map
    assert kinds["c"].elements_kind == ElementsKind.DOUBLE
    assert kinds["d"].elements_kind == ElementsKind.ANY


def test_array_elements_kind_generalizes_from_scripts():
    iso = run("var a = [1, 2]; a[0] = 0.5; var b = [1, 2]; b.push(0.25); var c = [1]; c[5] = 1;")
    ma, mb, mc = (iso.objects.map_of(global_value(iso, n)) for n in "abc")
    assert ma.elements_kind == mb.elements_kind == ElementsKind.DOUBLE
    assert ma is mb
    assert mc.elements_kind == ElementsKind.ANY


def test_each_isolate_has_its_own_maps():
    a = run("var o = {x: 1};")
    b = run("var o = {x: 1}; var p = {q: 1};")
    assert a.maps is not b.maps
    ma = a.objects.map_of(global_value(a, "o"))
    mb = b.objects.map_of(global_value(b, "o"))
    assert ma.id == mb.id and ma is not mb   # deterministic ids, separate tables
