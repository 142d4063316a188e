"""Dictionary-mode objects (objects/maps.py `MapTable.dictionary_map`, objects/space.py).

Place in the pipeline: an object used as a dictionary would make a map per added key and a
chain of maps per delete; in dictionary mode it owns one map whose `index` is its hash table
and whose slots (in-object, then the out-of-object backing store) are reused after deletes.
The claims are checked by counting, not by timing:

- adding 20,000 keys, deleting them all and adding them again creates O(1) maps (the same
  number as for 2,000 keys), and the backing store holds at most about twice the most keys
  the object had at once (it only doubles) and does not grow when deleted slots are reused;
- deleting the last property added returns to the map it came from; any other delete
  normalizes once, and further deletes create no map;
- the enumeration order is JavaScript's (integer-like keys ascending, then insertion order,
  a re-added key last);
- no inline cache remembers a dictionary map (the site goes megamorphic, the interpreter's
  own fast cache has no entry for it), and no transition to one is recorded;
- a dictionary-mode prototype gaining or losing a property invalidates the validity cell
  of the chains through it;
- the values live in the heap's backing store, which the collector traces: values reachable
  only through a dictionary survive a collection, deleted ones do not;
- a dictionary map dies with its object: the collector releases it and the next dictionary
  map takes its id, so a loop making dictionaries keeps the map table bounded; a live
  dictionary (from a global, a local, another dictionary) keeps its map and reads the same;
- no feedback slot of any kind holds a dictionary map's id, which is what makes giving that
  id to another object's map safe.
"""
from __future__ import annotations

import contextlib
import io
import textwrap

import cli
from interpreter.feedback import ICState
from interpreter.isolate import Flags, Isolate
from interpreter.objects.layout import PROPERTIES_OFFSET
from interpreter.objects.space import FAST_PROPERTIES_SOFT_LIMIT, MAX_FAST_PROPERTIES


def run(source: str, iso: Isolate | None = None) -> Isolate:
    iso = iso or Isolate(Flags(expose_gc=True), write=lambda s: None)
    with contextlib.redirect_stderr(io.StringIO()):
        cli.run_in_big_stack(lambda: iso.run(textwrap.dedent(source)))
    return iso


def global_value(iso, name):
    return iso.heap.load(iso.global_cells[name])


def backing_capacity(iso, obj: int) -> int:
    backing = iso.heap.load_word(obj + PROPERTIES_OFFSET)
    return iso.heap.load_word(backing - 8) if backing else 0


CHURN = """
var d = {};
var n = N;
for (var i = 0; i < n; i++) d["key" + i] = i;
var capacityFull = 0;
for (i = 0; i < n; i++) delete d["key" + i];
for (i = 0; i < n; i++) d["key" + i] = -i;
for (i = 0; i < n; i += 2) delete d["key" + i];
"""


def maps_made(n: int) -> tuple[int, Isolate]:
    iso = run("var warm = {}; warm.a = 1;")
    before = len(iso.maps.maps)
    run(CHURN.replace("N", str(n)), iso)
    return len(iso.maps.maps) - before, iso


def test_maps_made_stay_constant_while_keys_are_added_and_deleted():
    small, _ = maps_made(2_000)
    large, iso = maps_made(20_000)
    # the transitions up to the soft limit, one dictionary map (and what the script's own
    # function literals need): the same for 2,000 keys as for 20,000
    assert large == small
    assert large <= FAST_PROPERTIES_SOFT_LIMIT + 10
    d = global_value(iso, "d")
    m = iso.objects.map_of(d)
    assert m.is_dictionary_map and len(m.index) == 10_000


def test_backing_store_grows_linearly_and_reuses_deleted_slots():
    iso = run("var d = {}; for (var i = 0; i < 20000; i++) d['key' + i] = i;")
    d = global_value(iso, "d")
    full = backing_capacity(iso, d)
    assert 20_000 - 4 <= full <= 2 * 20_000          # doubling: at most twice the keys
    high = iso.heap.high_water
    run("""
    var prefix = 'key';
    for (var r = 0; r < 3; r++) {
      for (i = 0; i < 20000; i++) delete d[prefix + i];
      prefix = 'other' + r + '_';
      for (i = 0; i < 20000; i++) d[prefix + i] = i;
    }
    """, iso)
    assert backing_capacity(iso, d) == full           # every re-added key took a freed slot
    m = iso.objects.map_of(d)
    assert m.next_slot == 20_000 and not m.free_slots
    # the heap grew by strings and garbage only, not by a backing store per operation
    assert iso.heap.high_water - high < 64 << 20


def test_delete_of_the_last_property_returns_to_its_parent_map():
    iso = run("var o = {a: 1, b: 2}; o.c = 3; var before = o; delete o.c;")
    o = global_value(iso, "o")
    m = iso.objects.map_of(o)
    assert not m.is_dictionary_map and m.keys == ("a", "b")
    count = len(iso.maps.maps)
    run("o.c = 4; delete o.c; o.c = 5;", iso)
    assert len(iso.maps.maps) == count                # the existing transition, both ways
    assert iso.objects.get_own(o, "c") == 5.0


def test_delete_of_another_property_normalizes_once():
    iso = run("var o = {a: 1, b: 2, c: 3};")
    o = global_value(iso, "o")
    count = len(iso.maps.maps)
    run("delete o.a;", iso)
    m = iso.objects.map_of(o)
    assert m.is_dictionary_map and list(m.keys) == ["b", "c"]
    assert len(iso.maps.maps) == count + 1
    run("delete o.b; o.a = 1; o.b = 2; delete o.c; o.z = 0;", iso)
    assert iso.objects.map_of(o) is m and len(iso.maps.maps) == count + 1
    assert list(m.keys) == ["a", "b", "z"]


def test_thresholds():
    # a literal {} has 4 in-object slots; the limits count the out-of-object properties
    inobject = 4
    named_src = "".join(f"function named{n}() {{ var o = {{}};\n" +
                        "\n".join(f"o.p{i} = {i};" for i in range(n)) + "\nreturn o; }\n"
                        for n in (inobject + MAX_FAST_PROPERTIES, inobject + MAX_FAST_PROPERTIES + 1))
    iso = run(named_src + f"""
    var fastNamed = named{inobject + MAX_FAST_PROPERTIES}(), slowNamed = named{inobject + MAX_FAST_PROPERTIES + 1}();
    var fastKeyed = {{}}, slowKeyed = {{}};
    for (var i = 0; i < {inobject + FAST_PROPERTIES_SOFT_LIMIT}; i++) fastKeyed['k' + i] = i;
    for (i = 0; i <= {inobject + FAST_PROPERTIES_SOFT_LIMIT}; i++) slowKeyed['k' + i] = i;
    """)
    kinds = {name: iso.objects.map_of(global_value(iso, name)).is_dictionary_map
             for name in ("fastNamed", "slowNamed", "fastKeyed", "slowKeyed")}
    assert kinds == {"fastNamed": False, "slowNamed": True, "fastKeyed": False, "slowKeyed": True}


def test_enumeration_order_is_javascripts():
    iso = run("""
    var d = {};
    for (var i = 0; i < 50; i++) d['s' + i] = i;
    d[10] = 'ten'; d[2] = 'two'; d['01'] = 'not an index';
    delete d.s0; delete d.s5; d.s0 = 'again';
    """)
    keys = iso.objects.ordered_keys(global_value(iso, "d"))
    assert keys[:2] == ["2", "10"]
    assert keys[2:5] == ["s1", "s2", "s3"]
    assert "s5" not in keys and keys[-2:] == ["01", "s0"]


def test_no_inline_cache_remembers_a_dictionary_map():
    iso = run("""
    function get(o) { return o.x; }
    function put(o, v) { o.x = v; }
    var fast = {x: 1, y: 2};
    for (var i = 0; i < 10; i++) { put(fast, i); get(fast); }
    var d = {x: 1, y: 2, z: 3};
    delete d.y;
    for (i = 0; i < 10; i++) { put(d, i); get(d); }
    """)
    d = global_value(iso, "d")
    m = iso.objects.map_of(d)
    assert m.is_dictionary_map
    sites = [f for sfi in iso.functions if sfi.name in ("get", "put") and sfi.feedback for f in sfi.feedback
             if getattr(f, "kind", "") in ("load", "store")]
    assert len(sites) == 2
    for f in sites:
        assert f.state == ICState.MEGAMORPHIC and m.id not in f.handlers and m.id not in f.fast
    # the interpreter's own cache still serves the fast object
    fast_map = iso.objects.map_of(global_value(iso, "fast"))
    assert all(fast_map.id in f.fast for f in sites)


def test_no_transition_to_a_dictionary_map_is_recorded():
    src = "function add(o) {\n" + "\n".join(f"  o.p{i} = {i};" for i in range(MAX_FAST_PROPERTIES + 6)) + \
        "\n  return o;\n}\nvar a = add({}), b = add({});\n"
    iso = run(src)
    transitions = megamorphic = 0
    for sfi in iso.functions:
        if sfi.name == "add" and sfi.feedback:
            for f in sfi.feedback:
                megamorphic += getattr(f, "state", None) == ICState.MEGAMORPHIC
                for h in getattr(f, "handlers", {}).values():
                    if h[0] == "transition":
                        transitions += 1
                        assert not iso.maps[h[2]].is_dictionary_map
    assert transitions >= MAX_FAST_PROPERTIES and megamorphic >= 1
    assert iso.objects.map_of(global_value(iso, "b")).is_dictionary_map


def test_dictionary_prototype_changes_invalidate_validity_cells():
    iso = run("""
    function T() {}
    for (var i = 0; i < 200; i++) T.prototype['m' + i] = function () { return 1; };
    var t = new T();
    """)
    objects = iso.objects
    proto = objects.map_of(global_value(iso, "t")).prototype
    pm = objects.map_of(proto)
    assert pm.is_dictionary_map and pm.is_prototype_map
    heap = iso.heap
    for change in ("T.prototype.fresh = 1;", "delete T.prototype.m3;", "T.prototype.m4 = 2;",
                   "Object.defineProperty(T.prototype, 'm5', {enumerable: false});"):
        cell = objects.validity_cell(proto)
        assert heap.load_word(cell) == 0
        run(change, iso)
        assert heap.load_word(cell) == 1, change


def test_values_of_a_dictionary_survive_collections():
    iso = run("""
    var d = {};
    for (var i = 0; i < 500; i++) d['k' + i] = {value: 'v' + i};
    for (i = 0; i < 500; i += 2) delete d['k' + i];
    gc();
    for (i = 0; i < 2000; i++) ({garbage: [i, i + 1, 'g' + i]});
    gc();
    var s = 0;
    for (i = 1; i < 500; i += 2) if (d['k' + i].value === 'v' + i) s++;
    """)
    assert global_value(iso, "s") == 250.0
    heap = iso.heap
    # the deleted values' strings went with them; the kept ones stay interned
    assert "v1" in heap.string_ids and "v499" in heap.string_ids
    assert sum(f"v{i}" in heap.string_ids for i in range(0, 500, 2)) <= 2


MANY_DICTIONARIES = """
var keep = [];
function make(i) {
  var o = {};
  for (var k = 0; k < 30; k++) o['k' + k] = k + i;
  delete o.k3;
  return o;
}
for (var round = 0; round < 5; round++) {
  for (var i = 0; i < 400; i++) {
    var o = make(i);
    if (i % 100 === 0) keep.push(o);
  }
  gc();
}
var sum = 0;
for (i = 0; i < keep.length; i++) sum += keep[i].k29 + Object.keys(keep[i]).length;
"""


def test_dead_dictionaries_release_their_maps_and_ids_are_reused():
    iso = run(MANY_DICTIONARIES)
    maps = iso.maps
    # 2,000 dictionaries were made; 20 are alive. Every round after the first reuses the ids
    # the previous round's collection released, so the table holds about one round's worth.
    assert len(maps.dictionary_owners) <= 420
    assert len(maps.maps) < 1000
    live = [maps[m] for m in maps.dictionary_owners]
    assert all(m is not None and m.is_dictionary_map for m in live)
    kept = iso.heap.load(iso.global_cells["keep"])
    for i in range(iso.objects.array_length(kept)):
        obj = iso.objects.get_element(kept, i)
        m = iso.objects.map_of(obj)
        assert m.is_dictionary_map and maps.dictionary_owners[m.id] == obj
    # sum over 20 kept objects of (29 + i) + 29 keys, with i = 0, 100, 200, 300 in each round
    assert global_value(iso, "sum") == 20 * (29 + 29) + 5 * (0 + 100 + 200 + 300)


def test_no_feedback_holds_a_dictionary_map_id():
    # Every kind of property site meets dictionaries (objects and a function in dictionary
    # mode): loads, stores, keyed loads and stores, `in`, method calls, for-in, getters.
    iso = run("""
    function fill(o) { for (var k = 0; k < 40; k++) o['p' + k] = k; delete o.p7; return o; }
    var d = fill({});
    var f = fill(function () { return 1; });
    var withGetter = fill({get g() { return 5; }});
    d.m = function () { return this.p1; };
    function read(o) { return o.p1 + o['p' + 2] + (('p3' in o) ? 1 : 0); }
    function write(o, v) { o.p1 = v; o['p' + 4] = v; o.fresh = v; }
    function call(o) { return o.m(); }
    function keys(o) { var n = 0; for (var k in o) n++; return n; }
    var t = 0;
    for (var i = 0; i < 50; i++) {
      t += read(d) + read(f) + read(withGetter) + withGetter.g;
      write(d, i); write(f, i);
      t += call(d) + keys(d) + f();
    }
    """)
    dictionary_ids = set(iso.maps.dictionary_owners)
    assert len(dictionary_ids) >= 3
    for sfi in iso.functions:
        for slot in sfi.feedback or ():
            handlers = getattr(slot, "handlers", {})
            assert not dictionary_ids & set(handlers), (sfi.name, slot.describe())
            assert not dictionary_ids & set(getattr(slot, "fast", {})), (sfi.name, slot.describe())
            assert not any(h[0] == "transition" and h[2] in dictionary_ids for h in handlers.values())
