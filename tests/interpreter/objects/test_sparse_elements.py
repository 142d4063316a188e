"""Sparse arrays: elements in dictionary mode (objects/space.py `SparseElements`, V8's
DICTIONARY_ELEMENTS).

Place in the pipeline: a store far past an array's backing store, or a `length` far past it,
moves the elements into a hash table, so memory follows the elements present, not the length.
The array's length, elements and capacity words are 0, and its map has the DICTIONARY
elements kind (a native type byte of its own), so no fast path (interpreter ICs, machine code)
reads elements in place. Checked here by counting and by looking at the heap, not by timing:

- a length of 2**32-1 or an index of 4e9 allocates no backing store, and the array works;
- dense arrays stay dense (small gaps, growth by push, `length` cut back);
- values reachable only through a sparse array survive collections; the table's entry goes
  with the array;
- no inline cache records a sparse map as an element or length handler;
- optimized code stays right when an array goes sparse under a for-of loop it is running.
"""
from __future__ import annotations

import contextlib
import io
import textwrap

import cli
from interpreter.isolate import Flags, Isolate
from interpreter.objects.layout import ARRAY_CAPACITY_OFFSET, ARRAY_ELEMENTS_OFFSET, ARRAY_LENGTH_OFFSET
from interpreter.objects.maps import ElementsKind
from interpreter.objects.space import MAX_GAP
from llvm_tier.tierup import install_tier


def run(source: str, tier: bool = False) -> tuple[Isolate, str]:
    out: list[str] = []
    iso = Isolate(Flags(expose_gc=True), write=out.append)
    if tier:
        install_tier(iso, threshold=5)
    with contextlib.redirect_stderr(io.StringIO()):
        cli.run_in_big_stack(lambda: iso.run(textwrap.dedent(source)))
    return iso, "".join(out)


def global_value(iso, name):
    return iso.heap.load(iso.global_cells[name])


def words(iso, arr):
    h = iso.heap
    return (h.load_word(arr + ARRAY_LENGTH_OFFSET), h.load_word(arr + ARRAY_ELEMENTS_OFFSET),
            h.load_word(arr + ARRAY_CAPACITY_OFFSET))


def test_huge_length_and_far_index_allocate_no_backing_store():
    iso, out = run("""
    var a = []; a.length = 2 ** 32 - 1;
    var b = [1, 2, 3]; b[4e9] = 'far';
    console.log(a.length, b.length, b[2], b[4e9], b[5], Object.keys(b).length);
    """)
    assert out == "4294967295 4000000001 3 far undefined 4\n"
    objects = iso.objects
    for name in ("a", "b"):
        arr = global_value(iso, name)
        assert objects.is_sparse(arr)
        assert objects.map_of(arr).elements_kind == ElementsKind.DICTIONARY
        assert words(iso, arr) == (0, 0, 0)
    assert objects.array_length(global_value(iso, "a")) == 2 ** 32 - 1


def test_small_gaps_stay_dense():
    iso, out = run(f"""
    var a = []; a[{MAX_GAP - 10}] = 1;
    var b = [1, 2]; b.length = 100; b.length = 1;
    var c = []; for (var i = 0; i < 5000; i++) c.push(i);
    console.log(a.length, b.length, c.length);
    """)
    assert out == f"{MAX_GAP - 9} 1 5000\n"
    for name in ("a", "b", "c"):
        assert not iso.objects.is_sparse(global_value(iso, name))


def test_length_cut_removes_elements_of_a_sparse_array():
    iso, out = run("""
    var a = []; a[100000] = 'x'; a[7] = 'y'; a[50000] = 'z';
    a.length = 60000;
    var k1 = Object.keys(a).join();
    a.length = 8;
    console.log(k1, Object.keys(a).join(), a.length, a[50000], 50000 in a, 7 in a);
    """)
    assert out == "7,50000 7 8 undefined false true\n"
    sparse = iso.objects.sparse_elements[global_value(iso, "a")]
    assert sparse.length == 8 and set(sparse.values) == {7}


def test_values_only_in_a_sparse_array_survive_collections_and_dead_arrays_leave_the_table():
    iso, out = run("""
    var keep = [];
    for (var i = 0; i < 200; i++) keep[i * 10000] = {value: 'v' + i};
    (function () { var dead = []; dead[1e6] = {value: 'gone'}; })();
    gc();
    for (i = 0; i < 3000; i++) ({garbage: [i, 'g' + i]});
    gc();
    var s = 0;
    for (i = 0; i < 200; i++) if (keep[i * 10000].value === 'v' + i) s++;
    console.log(s);
    """)
    assert out == "200\n"
    assert list(iso.objects.sparse_elements) == [global_value(iso, "keep")]
    assert "gone" not in iso.heap.string_ids


def test_no_inline_cache_keeps_a_sparse_map():
    iso, _ = run("""
    function len(a) { return a.length; }
    function at(a, i) { return a[i]; }
    function put(a, i, v) { a[i] = v; }
    var s = []; s[1e6] = 1;
    for (var i = 0; i < 50; i++) { len(s); at(s, 1e6); put(s, 5, i); }
    """)
    sparse_map = iso.objects.map_of(global_value(iso, "s")).id
    for name in ("len", "at", "put"):
        sfi = next(f for f in iso.functions if f.name == name and f.native is None)
        for fb in sfi.feedback:
            handlers = getattr(fb, "handlers", None) or {}
            assert sparse_map not in handlers or handlers[sparse_map][0] not in ("element", "array_length")
            assert sparse_map not in getattr(fb, "fast", {})


def test_optimized_for_of_follows_an_array_that_goes_sparse_under_it():
    # The loop's array goes sparse after its second step, inside optimized code (the length
    # store is a generic one: no deopt); the native step then finds the length word 0 and
    # must ask the runtime instead of ending the loop.
    source = """
    function total(a, n) {
      var t = 0, steps = 0;
      for (const x of a) {
        steps++;
        if (x !== undefined) t += x;
        if (steps === 2) a.length = n;
      }
      return t * 10000 + steps;
    }
    var r = 0;
    for (var i = 0; i < 50; i++) r += total([1, 2, 3], 3);
    console.log(r, total([1, 2, 3], 5000), Array.isArray((function () { var s = []; s.length = 1e9; return s; })()));
    """
    _, jitless = run(source)
    iso, optimized = run(source, tier=True)
    assert jitless == optimized == "3000150 65000 true\n"
    assert any(c.sfi.name == "total" for c in iso.tier.history)
    assert not [e for e in iso.tier.deoptimizer.events if e.frames[0].function
                and iso.shared_of(e.frames[0].function).name == "total"]
