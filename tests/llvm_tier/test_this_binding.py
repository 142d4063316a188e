"""OrdinaryCallBindThis in optimized code (Lowering.receiver): a sloppy function's `this`.

Place in the pipeline: the prologue of every optimized sloppy function that reads `this`,
and of every such callee the tier inlines, binds it: an object as it is (one compare of the
tag), undefined and null to the global object (no call), a string, number or boolean to a
wrapper allocated inline with its map, a BigInt through the runtime entry `rt_bind_this`.
Checked by counting crossings: only BigInt receivers leave machine code, and strict
functions never box.
"""
from __future__ import annotations

import contextlib
import io
import textwrap

import cli
from interpreter.isolate import Flags, Isolate
from llvm_tier.tierup import install_tier


def run(source: str, **options):
    out: list[str] = []
    iso = Isolate(Flags(), write=out.append)
    tier = install_tier(iso, **options)
    with contextlib.redirect_stderr(io.StringIO()):
        cli.run_in_big_stack(lambda: iso.run(textwrap.dedent(source)))
    return tier, "".join(out)


def test_objects_and_nullish_receivers_stay_in_machine_code():
    tier, out = run("""
    function getX() { return this.x; }
    function isGlobal() { return this === globalThis; }
    var o = { x: 2, getX: getX }, sum = 0, globals = 0;
    for (var i = 0; i < 3000; i++) { sum += o.getX(); if (isGlobal()) globals++; if (isGlobal.call(null)) globals++; }
    console.log(sum, globals);
    """, stress=True)
    assert out == "6000 6000\n"
    assert tier.stats.compiles > 0
    assert tier.stats.crossings["rt_bind_this"] == 0


def test_strings_numbers_and_booleans_are_boxed_inline():
    tier, out = run("""
    function kind() { return typeof this + (this instanceof Number ? "N" : this instanceof String ? "S" : "B") +
                             this.valueOf(); }
    Number.prototype.boxed = function () { return typeof this === "object" && this instanceof Number; };
    function loop(n) {
      var k = 0, last = "";
      for (var i = 0; i < n; i++) {
        if ((i).boxed() && (i + 0.5).boxed()) k++;
        last = kind.call("s") + kind.call(i) + kind.call(i % 2 === 0);
      }
      return k + " " + last;
    }
    console.log(loop(2000));
    """, stress=True)
    assert out == "2000 objectSsobjectN1999objectBfalse\n"
    assert tier.stats.crossings["rt_bind_this"] == 0
    assert tier.stats.crossings["rt_allocate"] < 100     # wrappers come from the inline bump allocation


def test_a_bigint_receiver_is_boxed_by_the_runtime():
    tier, out = run("""
    BigInt.prototype.boxed = function () { return typeof this === "object" && this.valueOf() === 5n; };
    function loop(n) { var k = 0; for (var i = 0; i < n; i++) if ((5n).boxed()) k++; return k; }
    console.log(loop(500));
    """, stress=True)
    assert out == "500\n"
    assert 0 < tier.stats.crossings["rt_bind_this"] <= 500


def test_strict_functions_and_arrows_never_box():
    tier, out = run("""
    String.prototype.kind = function () { "use strict"; return typeof this; };
    class C { static k() { return typeof this; } }
    function loop(n) {
      var s = "";
      for (var i = 0; i < n; i++) s = "a".kind() + C.k.call(1) + (() => typeof this)();
      return s;
    }
    console.log(loop(1000));
    """, stress=True)
    assert out == "stringnumberobject\n"
    assert tier.stats.crossings["rt_bind_this"] == 0


def test_inlined_sloppy_callee_boxes_too():
    tier, out = run("""
    function self() { return this; }
    function loop(n) {
      var objects = 0;
      for (var i = 0; i < n; i++) if (typeof self.call(i) === "object") objects++;
      return objects;
    }
    console.log(loop(1500));
    """, threshold=100)
    assert out == "1500\n"
    assert tier.stats.compiles > 0
