"""The runtime's half of code dependencies, without any tier: global cells' PropertyCellType,
and the DependentCode table the runtime breaks assumptions through (a global reassigned or
deleted, a prototype changed, an object leaving a map)."""
from __future__ import annotations

from interpreter.dependent_code import CellType, DependentCode, global_key, map_key, prototype_key
from interpreter.isolate import Isolate


class Recorder:
    """Stands in for the tier: registers a token under keys and records what broke."""

    def __init__(self, iso: Isolate):
        self.broken: list[tuple[list, str]] = []
        iso.dependent_code.on_break = lambda codes, why: self.broken.append((codes, why))


def test_a_global_cell_is_uninitialized_then_constant_then_mutable():
    iso = Isolate(write=lambda s: None)
    iso.run("var K; let L; var M = 1;")
    types = iso.global_cell_types
    # declarations store undefined or the hole first: still uninitialized
    assert types[iso.global_cells["K"]] is CellType.UNINITIALIZED
    assert types[iso.global_cells["L"]] is CellType.UNINITIALIZED
    assert types[iso.global_cells["M"]] is CellType.CONSTANT
    assert iso.constant_global("M") == (iso.global_cells["M"], 1.0)
    assert iso.constant_global("K") is None
    iso.run("M = 1; K = 'k';")          # the same value again: still constant
    assert types[iso.global_cells["M"]] is CellType.CONSTANT
    assert iso.constant_global("K") == (iso.global_cells["K"], "k")
    iso.run("M = 2;")
    assert iso.global_cells["M"] not in types and iso.constant_global("M") is None   # mutable for good
    iso.run("M = 1;")
    assert iso.constant_global("M") is None


def test_reassigning_or_deleting_a_constant_global_breaks_its_dependents():
    iso = Isolate(write=lambda s: None)
    rec = Recorder(iso)
    iso.run("var A = 1; globalThis.B = 2; var C = 3;")
    table = iso.dependent_code
    for name in ("A", "B", "C"):
        table.register(global_key(iso.global_cells[name]), f"code-{name}")
    iso.run("A = 1;")                     # no change: nothing breaks
    assert rec.broken == []
    iso.run("A = 5;")
    cell_b = iso.global_cells["B"]
    iso.run("delete globalThis.B;")
    iso.run("globalThis.C = 4;")          # a store through the global object too
    assert rec.broken == [(["code-A"], "global A was reassigned"), (["code-B"], "global B was deleted"),
                          (["code-C"], "global C was reassigned")]
    assert not table.has_dependents(global_key(cell_b))


def test_a_prototype_change_breaks_code_relying_on_the_chain():
    iso = Isolate(write=lambda s: None)
    rec = Recorder(iso)
    iso.run("function P() {} P.prototype.m = function () { return 1; }; var p = new P(); p.m();")
    objects = iso.objects
    proto = iso.runtime.get_property(iso.global_value("P"), "prototype")
    cell = objects.validity_cell(proto)
    assert objects.validity_cell_valid(cell) and objects.validity_cell_owner(cell) == proto
    iso.dependent_code.register(prototype_key(cell), "code")
    iso.run("P.prototype.n = 2;")
    assert rec.broken == [(["code"], f"prototype chain of P objects changed (prototype 0x{proto:x})")]
    assert not objects.validity_cell_valid(cell)


def test_an_object_leaving_a_map_makes_the_map_unstable():
    iso = Isolate(write=lambda s: None)
    rec = Recorder(iso)
    iso.run("var o = { a: 1 }; var q = { a: 2 };")
    o = iso.global_value("o")
    m = iso.objects.map_of(o)
    assert m.stable and iso.objects.map_of(iso.global_value("q")) is m
    iso.dependent_code.register(map_key(m.id), "code")
    iso.run("q.b = 3;")                   # q leaves o's map: no object may be trusted to keep it
    assert not m.stable
    assert rec.broken == [(["code"], f"map #{m.id} became unstable")]
    # elements-kind changes, new prototypes and deletes are map changes too
    iso.run("var arr = [1, 2]; var t = {x: 1, y: 2};")
    for src, obj in (("arr.push(0.5);", "arr"), ("Object.setPrototypeOf(t, null);", "t")):
        before = iso.objects.map_of(iso.global_value(obj))
        iso.run(src)
        assert not before.stable


def test_the_table_forgets_a_key_once_broken():
    table = DependentCode()
    seen = []
    table.on_break = lambda codes, why: seen.append((sorted(codes), why))
    table.register(("global", 8), "a")
    table.register(("global", 8), "b")
    table.unregister(("global", 8), "b")
    table.deoptimize(("global", 8), lambda: "why")
    table.deoptimize(("global", 8), "again")
    assert seen == [(["a"], "why")] and table.broken == 1
