"""The generic Array.prototype algorithms (interpreter/builtins/array.py) on their own terms:
what the corpus scripts (tests/js/77x_*) cannot see from stdout. An array-like's huge length is
never materialized (the checks throw at once, the walks visit only keys that exist), holes read
through the prototype chain in the runtime too, and the instances of a subclass of Array share
their maps (they are Array exotic objects with the subclass's prototype)."""
from __future__ import annotations

import time

import pytest

from interpreter.builtins import array
from interpreter.errors import JSThrow
from interpreter.isolate import Flags, Isolate
from interpreter.objects.maps import InstanceType
from interpreter.objects.values import HOLE


def make_isolate():
    flags = Flags()
    flags.jitless = True
    out: list[str] = []
    return Isolate(flags, write=out.append), out


def run(source: str) -> str:
    isolate, out = make_isolate()
    isolate.run(source)
    return "".join(out)


@pytest.mark.parametrize("call, message", [
    ("Array.prototype.splice.call({length: 2 ** 53 - 1}, 0, 0, 1)", "TypeError Invalid array length"),
    ("Array.prototype.unshift.call({length: 2 ** 53 - 1}, 1)", "TypeError Invalid array length"),
    ("Array.prototype.push.call({length: 2 ** 53 - 1}, 1)",
     "TypeError Pushing 1 elements on an array-like of length 9007199254740991 is disallowed, "
     "as the total surpasses 2**53-1"),
    ("Array.prototype.map.call({length: 2 ** 53 - 1}, x => x)", "RangeError Invalid array length"),
    ("Array.prototype.slice.call({length: 2 ** 32})", "RangeError Invalid array length"),
    ("Array.prototype.toReversed.call({length: 2 ** 32})", "RangeError Invalid array length"),
])
def test_length_limits_throw_before_any_work(call, message):
    start = time.perf_counter()
    out = run(f"try {{ {call}; console.log('no error'); }} catch (e) {{ console.log(e.constructor.name, e.message); }}")
    assert out == message + "\n"
    assert time.perf_counter() - start < 5      # not a walk over 2^32 or 2^53 indices


def test_a_huge_array_like_is_walked_through_its_keys():
    isolate, out = make_isolate()
    isolate.run("var o = {length: 2 ** 53 - 1, 3: 'a', 9007199254740000: 'b'};")
    like = array.GenericArrayLike(isolate, isolate.global_value("o"), "test")
    n = like.length()
    assert n == 2 ** 53 - 1
    walk = array.walk(like, 0, n)
    assert not isinstance(walk, range)
    assert list(walk) == [3, 9007199254740000]
    assert list(array.walk(like, 0, n, backward=True)) == [9007199254740000, 3]
    # a short range, and a real array, are walked index by index
    assert array.walk(like, 0, 10) == range(0, 10)
    # properties added during the walk, ahead of it, are visited (the spec's HasProperty would)
    isolate.run("var seen = []; Array.prototype.forEach.call(o, function (v, i) {"
                " seen.push(i); if (i === 3) { o[5] = 'c'; o[1] = 'behind'; } });"
                "console.log(seen.join());")
    assert "".join(out) == "3,5,9007199254740000\n"


def test_the_prototype_chain_fills_holes_in_the_runtime():
    isolate, out = make_isolate()
    isolate.run("Array.prototype[1] = 'p'; var h = [0, , 2, , 4];")
    h = isolate.global_value("h")
    rt = isolate.runtime
    assert rt.get_property(h, "1") == "p"
    assert rt.get_keyed(h, 3.0) is not HOLE and rt.has_property(h, "1") and not rt.has_property(h, "3")
    fast = array.FastArray(isolate, h, "test")
    assert fast.own(1) is HOLE and fast.present(1) == "p" and fast.present(3) is HOLE
    assert fast.inherits_elements()
    assert fast.items()[1] == "p" and fast.items()[3] is HOLE
    # a packed array never looks at the chain
    isolate.run("var packed = [1, 2, 3];")
    assert not array.FastArray(isolate, isolate.global_value("packed"), "test").inherits_elements()


def test_subclass_instances_are_arrays_sharing_their_maps():
    isolate, out = make_isolate()
    isolate.run("class A extends Array {}; var a = new A(1, 2); var b = new A(3, 4); var c = new A();"
                "var d = a.map(x => x);")
    objects = isolate.objects
    a, b, c, d = (isolate.global_value(k) for k in "abcd")
    for v in (a, b, c, d):
        assert objects.map_of(v).instance_type == InstanceType.ARRAY
    assert objects.map_of(a) is objects.map_of(b)
    # map's species result was made by new A(2): holey from the start, the same prototype
    assert objects.map_of(a).prototype == objects.map_of(c).prototype == objects.map_of(d).prototype
    assert objects.map_of(a).prototype != isolate.array_prototype
    assert objects.array_items(a) == [1.0, 2.0]


def test_species_is_not_consulted_for_plain_arrays():
    """The common case takes no `constructor` lookup that could run script code."""
    isolate, out = make_isolate()
    isolate.run("var p = [1, 2];")
    p = array.FastArray(isolate, isolate.global_value("p"), "map")
    assert array.species_constructor(isolate, p) is None
    with pytest.raises(JSThrow):
        isolate.run("var q = [1]; q.constructor = 5; q.map(x => x);")


def test_a_sparse_walk_is_linear_in_the_keys_it_visits():
    """20,000 keys under a length of 2^40: the keys are listed once, and again only after a
    callback changed the object's shape (here: one added ahead of the walk, one deleted)."""
    start = time.perf_counter()
    out = run("var o = {length: 2 ** 40}; for (var i = 0; i < 20000; i++) o[i * 3] = i;"
              "var t = 0, c = 0; Array.prototype.forEach.call(o, function (v, i) { t += v; c++;"
              " if (i === 30) o[31] = 1000; if (i === 60) delete o[63]; });"
              "console.log(t, c, Array.prototype.lastIndexOf.call(o, 5), Array.prototype.indexOf.call(o, 19999));")
    assert out == f"{sum(range(20000)) + 1000 - 21} 20000 15 59997\n"
    assert time.perf_counter() - start < 30
