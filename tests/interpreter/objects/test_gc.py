"""The garbage collector seen from the interpreter (interpreter/objects/gc.py, objects/heap.py) and the CLI.

Place in the pipeline: the heap's allocation slow path starts a collection
(`gc()` with --expose-gc, every n-th allocation with --gc-interval, the
allocation budget, the heap limit); the collector marks from the isolate and
every Python frame, treats the isolate's tables keyed by heap objects as
ephemerons, frees the ids of dead strings and BigInts and sweeps the gaps into
free spans that later allocations reuse. Checked here in-process with the
interpreter only (no LLVM; optimized frames as roots are
tests/llvm_tier/test_gc_roots.py), and through the CLI:

- dead strings and BigInts lose their ids, new ones reuse them, and the
  survivors keep theirs: the string table stays a bijection whose native
  records spell each string, so equal strings still have equal bits;
- a Map, Set or iterator that dies takes its table entry with it; a live Map
  keeps every key and value reachable only through it, nested Maps included;
  dead closures go;
- collections inside built-ins holding Python temporaries (sort with an
  allocating comparator, JSON.parse with and without a reviver, split, fresh
  objects only on Python's evaluation stack) and in a finally block after an
  exception keep every value;
- the CLI: --max-heap-size ends an exhausted heap with node's fatal error and
  exit 134 (no traceback) after a full collection could not make room, a loop
  allocating 50 times the limit with a small live set completes under it,
  --trace-gc prints one line per collection, --stats the collections, pauses
  and peak.

Every program's output is literal here, node's; `test_node_agrees` re-checks
the literals with node. The tests that look inside hook the collector to see
where each collection ran, and allocate garbage after it so the memory it
freed is reused before anything is read back.
"""
from __future__ import annotations

import contextlib
import ctypes
import io
import re
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

import cli
from gc_observer import observe_collections
from interpreter.isolate import Flags, Isolate

ROOT = Path(__file__).resolve().parents[3]
FATAL = "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory"


@dataclass(frozen=True)
class Collection:
    reason: str
    functions: frozenset     # qualified names of the Python functions on the stack
    high_water: int          # the heap's high-water mark right after the collection


class Interp:
    """An interpreter-only isolate with gc() exposed and every collection observed."""

    def __init__(self, source: str = "", gc_interval: int = 0):
        self.out: list[str] = []
        self.iso = Isolate(Flags(expose_gc=True, gc_interval=gc_interval), write=self.out.append)
        self.heap = self.iso.heap
        self.collections: list[Collection] = []
        observe_collections(self.iso.collector, lambda reason, functions, _: self.collections.append(
            Collection(reason, functions, self.heap.high_water)))
        if source:
            self.run(source)

    def run(self, source: str) -> str:
        """Runs (more of) the script in this isolate; returns what this part printed."""
        start = len(self.out)
        with contextlib.redirect_stderr(io.StringIO()):
            cli.run_in_big_stack(lambda: self.iso.run(textwrap.dedent(source)))
        return "".join(self.out[start:])

    @property
    def stdout(self) -> str:
        return "".join(self.out)

    def inside(self, qualname: str) -> list[Collection]:
        return [c for c in self.collections if qualname in c.functions]


def string_record(heap, sid: int) -> str | None:
    """The string a native record spells (what optimized code reads): [length][UTF-16 units];
    None while no code has asked for the record (records are made on first use)."""
    addr = heap.string_index[sid]
    if addr == 0:
        return None
    n = ctypes.c_uint64.from_address(addr).value
    return ctypes.string_at(addr + 8, 2 * n).decode("utf-16-le", "surrogatepass")


def assert_string_table_consistent(heap) -> None:
    """Every live id names one string, that string names it back, and its record spells it:
    one string, one id, so equal strings have equal bits."""
    live = {sid: s for sid, s in enumerate(heap.strings) if s is not None}
    assert len(live) == len(heap.string_ids)
    for sid, s in live.items():
        assert heap.string_ids[s] == sid
        assert string_record(heap, sid) in (s, None)
    free = heap.free_string_ids
    assert not any(heap.string_index[sid] for sid in free)
    assert len(set(free)) == len(free) and not set(free) & set(live)


def bailout(tmp_path, source: str, *flags: str, timeout: float = 120) -> subprocess.CompletedProcess:
    script = tmp_path / "script.js"
    script.write_text(textwrap.dedent(source))
    return subprocess.run([sys.executable, "-m", "cli", "run", *flags, str(script)], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


def assert_clean(r) -> None:
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr.lower(), r.stderr[-3000:]


# Garbage of the sizes the programs' own objects have, so that a missed object's memory is
# reused by look-alikes: a missed value reads back wrong instead of crashing.
LITTER = """
function litter(tag, n) {
  var o = null;
  for (var i = 0; i < n; i++) o = { s: tag + i, a: [i, i + 1], n: { v: i } };
  return n;
}
"""


# ---- strings and BigInts ------------------------------------------------------------------------

STRINGS = LITTER + """
var keep = [];
for (var i = 0; i < 8; i++) keep.push({ s: "live-" + i * 7 });
litter("dead-", 3000);
"""
STRINGS_AFTER = """
var again = [];
for (var i = 0; i < 8; i++) again.push(["live", String(i * 7)].join("-"));
var table = {}, m = new Map();
for (var i = 0; i < 8; i++) { table[keep[i].s] = i; m.set(again[i], keep[i]); }
console.log(keep.map(function (o, i) { return o.s === again[i]; }).join(","),
            table["live-" + 14], m.get("live-49").s, keep[3].s, ("dead-" + 17) === ["dead", "17"].join("-"));
"""
STRINGS_OUT = "true,true,true,true,true,true,true,true 2 live-49 live-21 true\n"


def test_dead_strings_lose_their_ids_and_new_strings_reuse_them():
    r = Interp(STRINGS)
    heap = r.heap
    survivors = {s: heap.string_ids[s] for s in ("live-0", "live-21", "live-49")}
    assert "dead-17" in heap.string_ids
    ids = len(heap.strings)
    r.run("gc();")
    # the litter's strings went (a stray word may keep one or two), the survivors kept their ids
    dead = [s for s in (f"dead-{i}" for i in range(3000)) if s in heap.string_ids]
    assert len(dead) <= 2
    assert {s: heap.string_ids[s] for s in survivors} == survivors
    assert len(heap.free_string_ids) >= 2990
    assert_string_table_consistent(heap)
    # 3000 new strings take the freed ids: the table does not grow
    r.run('litter("new-", 3000);')
    assert len(heap.strings) <= ids
    assert_string_table_consistent(heap)
    # equal strings made afresh equal the survivors: as values, property keys and Map keys
    assert r.run(STRINGS_AFTER) == STRINGS_OUT
    assert_string_table_consistent(heap)


BIGINTS = """
var keep = [];
for (var i = 0; i < 6; i++) keep.push({ b: 10n ** 20n + BigInt(i * 7) });
function litter(n) { var o = null; for (var i = 0; i < n; i++) o = { b: BigInt(i) * 1000003n + 5n }; return n; }
litter(2000);
"""
BIGINTS_AFTER = """
var again = [];
for (var i = 0; i < 6; i++) again.push(100000000000000000000n + BigInt(i) * 7n);
var m = new Map();
for (var i = 0; i < 6; i++) m.set(again[i], i);
console.log(keep.map(function (o, i) { return o.b === again[i]; }).join(","), m.get(keep[5].b), keep[2].b,
            String(keep[4].b - 10n ** 20n));
"""
BIGINTS_OUT = "true,true,true,true,true,true 5 100000000000000000014n 28\n"


def test_dead_bigints_lose_their_ids_and_new_bigints_reuse_them():
    r = Interp(BIGINTS)
    heap = r.heap
    survivor = 10 ** 20 + 35
    sid = heap.bigint_ids[survivor]
    assert 1000003 * 17 + 5 in heap.bigint_ids
    ids = len(heap.bigints)
    r.run("gc();")
    assert sum(1000003 * i + 5 in heap.bigint_ids for i in range(2000)) <= 2
    assert heap.bigint_ids[survivor] == sid and heap.bigints[sid].value == survivor
    assert len(heap.free_bigint_ids) >= 1990
    r.run("litter(2000);")
    assert len(heap.bigints) <= ids
    # one value, one id
    live = {bid: v.value for bid, v in enumerate(heap.bigints) if v is not None}
    assert {v: bid for bid, v in live.items()} == heap.bigint_ids
    assert r.run(BIGINTS_AFTER) == BIGINTS_OUT


# ---- weak tables --------------------------------------------------------------------------------

WEAK = LITTER + """
function temporary(i) {
  var m = new Map([[{ k: i }, [i]]]), s = new Set([i, { i: i }]);
  var it = m.keys();
  return m.size + s.size + (it.next().done ? 0 : 1);
}
var n = 0;
for (var i = 0; i < 300; i++) n += temporary(i);
var live = new Map();
for (var i = 0; i < 20; i++) live.set({ id: i, name: "key" + i }, { v: i * i, tag: "val" + i });
var inner = new Map([["x", { deep: "inner" + 1 }]]);
var outer = new Map([[{ holder: 1 }, inner]]);          // a Map only another Map's value holds
inner = null;
var keyed = new Map([[new Set(["q" + 2]), "v"]]);        // a Set only another Map's key holds
var it = new Map([[{ a: "iter" + 1 }, { b: "iterv" + 2 }]]).entries();   // a Map only its iterator holds
console.log(n);
"""
WEAK_AFTER = """
litter("junk", 3000);
var s = 0, names = [];
live.forEach(function (v, k) { s += v.v + k.id; names.push(k.name + "=" + v.tag); });
console.log(s, names.slice(0, 3).join(","), names[19]);
outer.forEach(function (v, k) { console.log(k.holder, v.get("x").deep); });
keyed.forEach(function (v, k) { console.log(Array.from(k).join(), v); });
"""
WEAK_AFTER_OUT = "2660 key0=val0,key1=val1,key2=val2 key19=val19\n1 inner1\nq2 v\n"
WEAK_ITER = """
var e = it.next().value;
console.log(e[0].a, e[1].b, it.next().done);
"""
WEAK_ITER_OUT = "iter1 iterv2 true\n"


def test_tables_keyed_by_dead_objects_drop_their_entries():
    r = Interp(WEAK)
    iso = r.iso
    tables = len(iso.collections), len(iso.iterator_states)
    assert tables[0] >= 600 and tables[1] >= 300
    r.run("gc();")
    # what is left: live, outer, inner, keyed and its Set, and (maybe) the iterated Map
    assert len(iso.collections) <= 6 and len(iso.iterator_states) <= 2


def test_a_live_map_keeps_what_only_it_holds():
    r = Interp(WEAK)
    assert r.stdout == "1200\n"
    r.run("gc();")
    assert r.run(WEAK_AFTER) == WEAK_AFTER_OUT
    # the litter after the collection reused every span it freed before the heap grew
    assert r.heap.high_water > r.collections[0].high_water
    assert r.run(WEAK_ITER) == WEAK_ITER_OUT
    assert r.run("gc();" + WEAK_AFTER) == WEAK_AFTER_OUT


# Functions, objects and prototypes made in a loop, each holding a string of its own: whether the
# string's id survives a collection says whether its holder did.
HOLDERS = """
function closure(i) { var f = function () { return i; }; f.tag = "fn" + i; return f.tag; }
function constructed(i) { function F() { this.v = i; } F.prototype.tag = "proto" + i; return new F().tag; }
function created(i) { return Object.create({ tag: "plain" + i }).tag; }
for (var i = 0; i < 300; i++) { closure(i); constructed(i); created(i); }
"""


def survivors(heap, prefix: str) -> int:
    return sum(f"{prefix}{i}" in heap.string_ids for i in range(300))


def test_dead_closures_and_their_properties_are_collected():
    r = Interp(HOLDERS)
    assert survivors(r.heap, "fn") == 300
    r.run("gc();")
    assert survivors(r.heap, "fn") <= 2


def test_dead_prototypes_are_collected():
    r = Interp(HOLDERS)
    assert survivors(r.heap, "proto") == survivors(r.heap, "plain") == 300
    r.run("gc();")
    assert survivors(r.heap, "proto") <= 2 and survivors(r.heap, "plain") <= 2


# ---- collections inside built-ins and finally blocks ---------------------------------------------

BUILTINS = """
var pts = [];
for (var i = 0; i < 12; i++) pts.push({ x: (i * 5) % 12, tag: "p" + i, box: [i] });
pts.sort(function (a, b) { var t = { d: a.x - b.x, s: a.tag + b.tag }; return t.d; });
console.log(pts.map(function (p) { return p.x + p.tag + p.box[0]; }).join(","));
var parsed = JSON.parse('{"a":[1,{"b":"x1","c":[3,[5,"y"]]}],"d":{"e":{"f":"deep"}}}');
console.log(JSON.stringify(parsed), parsed.a[1].c[1][1], parsed.d.e.f);
var revived = JSON.parse('[{"k":1},{"k":2}]', function (k, v) {
  return typeof v === "number" ? { n: v, s: "n" + v } : v;
});
console.log(JSON.stringify(revived));
var parts = "alpha,beta,gamma,delta".split(",");
console.log(parts.length, parts.join("|"), "abc".split("").join("+"), "a-b-c-d".split("-", 3).join("/"));
"""
BUILTINS_OUT = ("0p00,1p55,2p1010,3p33,4p88,5p11,6p66,7p1111,8p44,9p99,10p22,11p77\n"
                '{"a":[1,{"b":"x1","c":[3,[5,"y"]]}],"d":{"e":{"f":"deep"}}} y deep\n'
                '[{"k":{"n":1,"s":"n1"}},{"k":{"n":2,"s":"n2"}}]\n'
                "4 alpha|beta|gamma|delta a+b+c a/b/c\n")


@pytest.fixture(scope="module")
def builtins_run():
    # every allocation collects: inside each built-in, while it holds its Python temporaries
    return Interp(BUILTINS, gc_interval=1)


def test_builtins_keep_their_temporaries_across_collections(builtins_run):
    assert builtins_run.stdout == BUILTINS_OUT


@pytest.mark.parametrize("builtin", ["array_sort", "json_parse", "string_split"])
def test_collections_ran_inside_the_builtin(builtins_run, builtin):
    assert builtins_run.inside(builtin), f"no collection inside {builtin}"


# Built-ins whose fresh objects are held only on Python's evaluation stack while they allocate
# more (a list comprehension's partial list, a generator's yielded value): Object.entries'
# pairs, a Map's entries spread or iterated, Object.fromEntries. The heap's handles keep them.
EVAL_STACK = """
var o = { a: { x: 1 }, b: [2, 3], c: "s" + 4, d: { y: [5] } };
console.log(JSON.stringify(Object.entries(o)));
var m = new Map([[{ k: 1 }, { v: "one" }], [{ k: 2 }, { v: "two" }], [{ k: 3 }, { v: "three" }]]);
console.log([...m].map(function (e) { return e[0].k + e[1].v; }).join(","),
            Array.from(m.entries()).map(function (e) { return e[1].v + e[0].k; }).join(","));
console.log(JSON.stringify(Object.fromEntries([["p", { q: 1 }], ["r", [2, { s: 3 }]]])));
var s = new Set([{ n: 1 }, { n: 2 }]);
console.log([...s.entries()].map(function (e) { return e[0].n + e[1].n; }).join(","));
"""
EVAL_STACK_OUT = ('[["a",{"x":1}],["b",[2,3]],["c","s4"],["d",{"y":[5]}]]\n'
                  "1one,2two,3three one1,two2,three3\n"
                  '{"p":{"q":1},"r":[2,{"s":3}]}\n'
                  "2,4\n")

# The same made certain: each getter Object.entries calls collects and then litters the memory
# it freed, while the pairs made so far are in the comprehension's partial list only.
GETTERS = LITTER + """
function getter(n) {
  return function () { litter("g", 40); gc(); litter("h", 200); return { v: "val" + n, w: [n] }; };
}
var o = {};
for (var i = 0; i < 5; i++) Object.defineProperty(o, "k" + i, { get: getter(i), enumerable: true });
console.log(Object.entries(o).map(function (e) { return e[0] + "=" + e[1].v + e[1].w[0]; }).join(","));
"""
GETTERS_OUT = "k0=val00,k1=val11,k2=val22,k3=val33,k4=val44\n"


def test_objects_only_on_pythons_evaluation_stack_survive():
    r = Interp(EVAL_STACK, gc_interval=1)
    assert r.stdout == EVAL_STACK_OUT
    assert len(r.collections) >= 50


def test_collections_inside_getters_called_by_a_builtin():
    r = Interp(GETTERS)
    assert r.stdout == GETTERS_OUT
    assert len([c for c in r.collections if c.reason == "gc()"]) == 5


FINALLY = LITTER + """
function thrower(i) { throw new RangeError("boom " + i); }
function guarded(i, log) {
  var local = { v: i, s: "local" + i, a: [i, i * 2] };
  try {
    thrower(i);
  } finally {
    gc();                          // the exception is pending: only the frame holds it
    litter("f", 3000);
    log.push(local.s + ":" + local.a[1]);
  }
}
var log = [];
try { guarded(21, log); } catch (e) { log.push(e.message, e instanceof RangeError, e.name); }
console.log(log.join(" "));
"""
FINALLY_OUT = "local21:42 boom 21 true RangeError\n"


def test_collection_in_a_finally_block_after_an_exception():
    r = Interp(FINALLY)
    assert r.stdout == FINALLY_OUT
    (c,) = [c for c in r.collections if c.reason == "gc()"]
    assert r.heap.high_water > c.high_water      # the litter reused every span the collection freed


def test_gc_is_a_global_only_with_expose_gc():
    out: list[str] = []
    iso = Isolate(write=out.append)
    cli.run_in_big_stack(lambda: iso.run("console.log(typeof gc, typeof globalThis.gc);"))
    assert "".join(out) == "undefined undefined\n"       # node without --expose-gc
    r = Interp("console.log(typeof gc, gc());")
    assert r.stdout == "function undefined\n"             # node --expose-gc


# ---- the CLI --------------------------------------------------------------------------------------

# The live set grows without bound.
EXHAUST = """
console.log("start");
var keep = [];
for (var i = 0; ; i++) keep.push({ i: i, a: [i, i, i, i] });
"""


@pytest.mark.parametrize("mode", [["--jitless"], []], ids=["jitless", "tier"])
def test_heap_limit_is_nodes_fatal_error(tmp_path, mode):
    r = bailout(tmp_path, EXHAUST, *mode, "--max-heap-size", "4", "--trace-gc")
    assert r.returncode == 134
    assert r.stdout == "start\n"                     # what was printed before is flushed
    lines = r.stderr.strip().splitlines()
    assert lines[-1] == FATAL
    # a full collection came first and could not make room
    assert lines[-2].startswith("[gc]") and "heap limit" in lines[-2]
    assert_clean(r)


# 50 x 16 MB allocated in all (about 180 bytes an iteration: an object, an array and its
# elements, another object), 4 iterations' worth live at a time: the limit is reached unless
# the collector gives the memory back. Optimized code allocates inline (the interpreter alone
# would take minutes).
BOUNDED = """
function step(ring, i) {
  var o = { n: i, a: [i, i + 1, i + 2, i + 3, i + 4, i + 5], b: { c: i } };
  ring[i & 3] = o;
  var old = ring[(i + 1) & 3];
  return old ? old.n + old.a[5] + old.b.c : 0;
}
function loop(n) {
  var ring = [null, null, null, null], total = 0;
  for (var i = 0; i < n; i++) total += step(ring, i);
  return total;
}
console.log(loop(4000000), "done");
"""
BOUNDED_OUT = "23999978000003 done\n"


def test_memory_stays_bounded_under_the_heap_limit(tmp_path):
    r = bailout(tmp_path, BOUNDED, "--max-heap-size", "16", "--stats")
    assert (r.returncode, r.stdout) == (0, BOUNDED_OUT), r.stderr[-3000:]
    assert_clean(r)
    stats = gc_stats(r.stderr)
    assert stats["collections"] >= 40
    assert stats["peak"] <= 16.0


# The same with strings: each iteration a new 128 KiB string, one live at a time.
STRINGS_BOUNDED = """
var big = "y".repeat(1 << 16), o = {};
for (var i = 0; i < 1000; i++) o.s = big + i;
console.log("done", o.s.length);
"""


def test_memory_stays_bounded_with_strings(tmp_path):
    r = bailout(tmp_path, STRINGS_BOUNDED, "--jitless", "--max-heap-size", "16", "--stats")
    assert (r.returncode, r.stdout) == (0, "done 65539\n"), r.stderr[-3000:]
    assert gc_stats(r.stderr)["collections"] >= 1


# Python-side tables of heap values (a Map's entries, a sparse array's elements, a dictionary's
# keys) count against the limit like the native heap (Heap.charge_external): without that they
# grow until the kernel kills the process, whatever --max-heap-size says.
GROW_FOREVER = {
    "map": "var m = new Map(); for (var i = 0; ; i++) m.set(i, i);",
    "sparse": "var a = []; for (var i = 0; ; i++) a[i * 5000] = i;",
    "dictionary": "var d = {}; for (var i = 0; ; i++) d['k' + i] = i;",
}


@pytest.mark.parametrize("table", sorted(GROW_FOREVER))
def test_python_side_tables_count_against_the_heap_limit(tmp_path, table):
    r = bailout(tmp_path, 'console.log("start");\n' + GROW_FOREVER[table], "--jitless", "--max-heap-size", "4")
    assert (r.returncode, r.stdout) == (134, "start\n"), r.stderr[-3000:]
    assert r.stderr.strip().splitlines()[-1] == FATAL
    assert_clean(r)


# The same tables made and dropped: 12 rounds of about 1.5 MB each under a 4 MB limit.
TABLES_CHURN = """
var total = 0;
for (var round = 0; round < 12; round++) {
  var m = new Map(), a = [], d = {};
  for (var i = 0; i < 4000; i++) { m.set(i, i); a[i * 3000] = i; d['k' + i] = i; }
  total += m.size + a.length + Object.keys(d).length;
}
console.log(total);
"""


def test_python_side_tables_are_given_back(tmp_path):
    r = bailout(tmp_path, TABLES_CHURN, "--jitless", "--max-heap-size", "4", "--stats")
    assert (r.returncode, r.stdout) == (0, "144060012\n"), r.stderr[-3000:]
    assert gc_stats(r.stderr)["collections"] >= 3
    assert_clean(r)


def gc_stats(stderr: str) -> dict:
    m = re.search(r"^\[stats\] garbage collections: (\d+), pause ([\d.]+) ms in all, ([\d.]+) ms at most; "
                  r"peak heap ([\d.]+) MB; freed ([\d.]+) MB$", stderr, re.M)
    assert m, stderr[-3000:]
    return dict(collections=int(m[1]), total_pause=float(m[2]), max_pause=float(m[3]), peak=float(m[4]),
                freed=float(m[5]))


TRACED = LITTER + """
for (var k = 0; k < 3; k++) { litter("t" + k, 500); gc(); }
console.log("done");
"""


@pytest.mark.parametrize("interval", [None, "200"], ids=["gc()", "gc-interval"])
def test_trace_gc_prints_one_line_per_collection(tmp_path, interval):
    flags = ["--jitless", "--expose-gc", "--trace-gc", "--stats"]
    if interval:
        flags += ["--gc-interval", interval]
    r = bailout(tmp_path, TRACED, *flags)
    assert (r.returncode, r.stdout) == (0, "done\n")
    assert_clean(r)
    lines = [line for line in r.stderr.splitlines() if line.startswith("[gc]")]
    stats = gc_stats(r.stderr)
    assert len(lines) == stats["collections"]
    if interval is None:
        assert len(lines) == 3 and all("gc()" in line for line in lines)
    else:
        assert len(lines) > 3 and any("--gc-interval" in line for line in lines)
    # each line: the pause, and the heap before and after
    assert all(re.search(r"\d+(\.\d+)? -> \d+(\.\d+)? MB", line) and re.search(r"pause [\d.]+ ms", line)
               for line in lines)


def test_stats_report_collections_pauses_and_peak(tmp_path):
    r = bailout(tmp_path, TRACED, "--jitless", "--expose-gc", "--stats")
    assert (r.returncode, r.stdout) == (0, "done\n")
    stats = gc_stats(r.stderr)
    assert stats["collections"] == 3
    assert 0 < stats["max_pause"] <= stats["total_pause"]
    assert stats["peak"] > 0
    assert "[gc]" not in r.stderr                      # no trace without --trace-gc


def test_stats_freed_is_no_more_than_was_allocated(tmp_path):
    # 50 collections with nothing allocated in between free nothing new
    r = bailout(tmp_path, "for (var i = 0; i < 50; i++) gc(); console.log('done');", "--jitless",
                "--expose-gc", "--stats")
    assert (r.returncode, r.stdout) == (0, "done\n")
    stats = gc_stats(r.stderr)
    assert stats["freed"] <= stats["peak"]


# ---- node ---------------------------------------------------------------------------------------

NODE_PROGRAMS = {
    "strings": (STRINGS + "gc();" + 'litter("new-", 3000);' + STRINGS_AFTER, STRINGS_OUT),
    "bigints": (BIGINTS + "gc(); litter(2000);" + BIGINTS_AFTER, BIGINTS_OUT),
    "weak": (WEAK + "gc();" + WEAK_AFTER + WEAK_ITER + "gc();" + WEAK_AFTER,
             "1200\n" + WEAK_AFTER_OUT + WEAK_ITER_OUT + WEAK_AFTER_OUT),
    "builtins": (BUILTINS, BUILTINS_OUT),
    "finally": (FINALLY, FINALLY_OUT),
    "eval_stack": (EVAL_STACK, EVAL_STACK_OUT),
    "getters": (GETTERS, GETTERS_OUT),
    "bounded": (BOUNDED, BOUNDED_OUT),
    "strings_bounded": (STRINGS_BOUNDED, "done 65539\n"),
}


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not on PATH")
@pytest.mark.parametrize("name", NODE_PROGRAMS)
def test_node_agrees(name):
    source, expected = NODE_PROGRAMS[name]
    r = subprocess.run(["node", "--expose-gc", "-e", textwrap.dedent(source)], capture_output=True, text=True,
                       timeout=60)
    assert (r.returncode, r.stdout) == (0, expected), r.stderr


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not on PATH")
def test_node_dies_the_same_way_at_its_heap_limit():
    r = subprocess.run(["node", "--max-old-space-size=4", "-e", EXHAUST], capture_output=True, text=True,
                       timeout=60)
    assert r.returncode != 0 and r.stdout == "start\n"
    assert FATAL in r.stderr
