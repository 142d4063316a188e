"""Optimized frames as roots of the garbage collector (llvm_tier/gc_roots.py, interpreter/objects/gc.py).

Optimized code keeps heap references where no Python object shows them: in
registers and stack slots LLVM chose, as constants in its machine code, and,
during a deopt, in the frames being rebuilt. The collector scans the machine
stack, the callee-saved registers and the constants of live code
conservatively. Each scenario here forces collections at one of the moments
that matter (two calls below an optimized frame, during a deopt, during an
OSR entry, inside built-ins called from optimized code, in a finally block
after an exception, at every allocation), allocates garbage right after so
the freed memory is reused, then reads every field back: a value the
collector missed reads back as whatever reused its memory. Each test checks
the output against node's (literal here; `test_node_agrees` re-checks the
literals with node) and, through a hook on the collector, that the
collections happened where the scenario says: with optimized code below, or
inside the deoptimizer, an OSR entry or a built-in. String ids freed and
reused under optimized code (which compares strings by their bits and caches
one-unit strings) are checked too. The negative controls run the scenarios
with the machine roots switched off and see them break.
"""
from __future__ import annotations

import contextlib
import io
import shutil
import subprocess
import ctypes
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import cli
from gc_observer import observe_collections
from interpreter.isolate import Flags, Isolate
from llvm_tier.lower_calls import InliningOptions
from llvm_tier.tierup import install_tier

ROOT = Path(__file__).resolve().parents[2]

# Objects, arrays and strings of the sizes the scenarios' own objects have: garbage that
# overwrites a missed object with look-alikes (wrong numbers, not a crash).
CHURN = """
function churn(n) {
  var g = null;
  for (var i = 0; i < n; i++) g = { a: i + 0.5, b: [i, i, i], c: { d: "z" + i } };
  return n;
}
"""


@dataclass
class Scenario:
    source: str                   # runs first (warm-up: the functions get optimized)
    expected: str                 # what node prints for source + stressed
    stressed: str = ""            # then runs with a collection at every `interval`-th allocation
    interval: int = 1
    options: dict = field(default_factory=dict)   # gc_interval, and install_tier's options


@dataclass(frozen=True)
class Collection:
    """What the engine thread's stack held when a collection started."""
    reason: str
    optimized: bool          # optimized code was running below the collector
    functions: frozenset     # qualified names of the Python functions on the stack
    high_water: int          # the heap's high-water mark right after the collection


class Run:
    """One in-process run with the tier installed and every collection observed."""

    def __init__(self, scenario: Scenario):
        options = dict(threshold=20, inlining=True) | scenario.options
        gc_interval = options.pop("gc_interval", 0)
        options["inlining"] = InliningOptions(enabled=options["inlining"])
        self.out: list[str] = []
        self.iso = Isolate(Flags(expose_gc=True, gc_interval=gc_interval), write=self.out.append)
        self.tier = install_tier(self.iso, **options)     # compiling synchronously
        self.collections: list[Collection] = []
        observe_collections(self.iso.collector, lambda reason, functions, optimized: self.collections.append(
            Collection(reason, optimized, functions, self.iso.heap.high_water)), before=lambda: self.tier.active > 0)
        self.run(scenario.source)
        self.warm = len(self.collections)   # collections of the stressed part come after these
        if scenario.stressed:
            self.stress(scenario.interval)
            self.run(scenario.stressed)
            self.stress(0)

    def stress(self, interval: int) -> None:
        """--gc-interval from now on (the current allocation buffer is given up, so the very
        next allocation is counted, as the isolate does after start-up)."""
        heap = self.iso.heap
        heap.gc_interval = interval
        heap.retire_lab()

    def run(self, source: str) -> None:
        with contextlib.redirect_stderr(io.StringIO()):
            cli.run_in_big_stack(lambda: self.iso.run(textwrap.dedent(source)))

    @property
    def stdout(self) -> str:
        return "".join(self.out)

    def stressed_collections(self) -> list[Collection]:
        return self.collections[self.warm:]

    def deopts(self, name: str):
        return [e for e in self.tier.deoptimizer.events if e.function_name == name]

    def value(self, frame, name: str):
        sfi = self.iso.shared_of(frame.function)
        (r,) = [r for r, n in sfi.register_names.items() if n == name]
        return frame.registers[r]

    def field(self, obj: int, key: str):
        return self.iso.objects.get_own(obj, key)

    def elements(self, arr: int) -> list:
        objects = self.iso.objects
        return [objects.get_element(arr, i) for i in range(objects.array_length(arr))]

    def optimized(self, name: str) -> list[str]:
        """Symbols of the whole-function codes of `name` that are still linked."""
        return [c.symbol for c in self.tier.codes.values()
                if c.sfi.name == name and c.osr_offset is None and not c.unlinked]


def from_machine(tv) -> bool:
    """The deopt read the value out of the optimized frame (a register or a stack slot)."""
    return tv.raw is not None and (tv.location.startswith("register") or tv.location.startswith("["))


# ---- the scenarios -------------------------------------------------------------------------------

# `hot` allocates `o` inline (optimized code: no Python object ever sees it), then calls down two
# machine frames to `deep` (inlining off), which collects and allocates garbage; back in hot,
# more garbage, then every field of o is read. The last call passes a double as z: the guard on
# `z + 1` fails after the collection with o still live, so the deoptimizer reads o out of the
# machine frame and the interpreter finishes with it. The last churns allocate more than the
# heap held: every span the collection freed is reused.
TWO_CALLS_DEEPER = Scenario(CHURN + """
function deep(n) { gc(); return churn(n); }
function mid(n) { return deep(n); }
function hot(x, n, z) {
  var o = { p: x, q: x * 2, r: [x, x + 1, x + 2], s: { t: "k" + x } };
  var t = mid(n);
  churn(n);
  var w = z + 1;
  return [o.p, o.q, o.r[0], o.r[1], o.r[2], o.r.length, o.s.t, t, w].join(" ");
}
var last;
for (var k = 0; k < 30; k++) last = hot(k, 1, k);
console.log(last);
console.log(hot(1000, 2000, 7));
console.log(hot(2000, 5000, 0.5));
""", "29 58 29 30 31 3 k29 1 30\n"
     "1000 2000 1000 1001 1002 3 k1000 2000 8\n"
     "2000 4000 2000 2001 2002 3 k2000 5000 1.5\n",
    # o must be a heap object only the machine frame holds: escape analysis would not allocate it
    options=dict(threshold=10, inlining=False, escape_analysis=False))

# outer inlines middle, which inlines inner. The guard on `o.x * k` fails in inner: one machine
# frame becomes three interpreter frames. Inner resumes in the interpreter and allocates at once,
# and every allocation collects, while outer's `box` and middle's `t` (made inline by optimized
# code) exist only in the translated frames and the abandoned machine frame.
DURING_DEOPT = Scenario(CHURN + """
function inner(o, k) {
  var q = o.x * k;
  var junk = churn(8);
  return q + junk;
}
function middle(o, k, box) {
  var t = { kk: k + 2, tag: "m" + k };
  var r = inner(o, t.kk);
  return r + t.kk + t.tag.length + box.items.length;
}
function outer(o, n) {
  var box = { items: [o, "b" + n], note: { s: "outer" + n } };
  var s = 0;
  for (var i = 0; i < n; i++) s = s + middle(o, i, box);
  return [s, box.note.s, box.items[1], box.items.length, box.items[0].x].join(" ");
}
var o = { x: 3 };
var last;
for (var k = 0; k < 30; k++) last = outer(o, 10);
console.log(last);
""", "380 outer10 b10 2 3\n19 outer1 b1 2 2.5\n", stressed="""
o.x = 2.5;
console.log(outer(o, 1));
""", options=dict(escape_analysis=False))   # box and t are made by optimized code, not made virtual

# Every loop enters optimized code at its first back edge. The warm-up's OSR code deopts once
# (feedback was thin) and is compiled again; then, with every allocation a collection, kernel
# enters that code at its first back edge: the first collection runs just after the entry,
# with the list built so far handed over from the interpreter frame, the rest with the newer
# nodes only in the machine frame. Each iteration reads the node made three iterations (and
# three collections) earlier; `total` recurses (no loop, no OSR) to read the whole list back.
DURING_OSR_ENTRY = Scenario("""
function kernel(n) {
  var list = null, sum = 0;
  for (var i = 0; i < n; i++) {
    list = { v: i, next: list, s: "n" + (i % 7) };
    sum += list.v + list.s.length;
    if (i >= 3) sum += list.next.next.next.v;
  }
  return { name: "acc" + n, sum: sum, list: list };
}
function total(p) { return p === null ? 0 : p.v + p.s.length + total(p.next); }
function show(acc) { return [acc.name, acc.sum, total(acc.list)].join(" "); }
console.log(show(kernel(40)));
""", "acc40 1526 860\nacc30 846 495\n", stressed="""
console.log(show(kernel(30)));
""", options=dict(threshold=1000, osr_threshold=1))

# Built-ins called from optimized code, collecting while they hold temporaries: sort's
# comparator (optimized too) allocates, so collections run with the machine frames of the
# comparator above the built-in and of `work` below it; JSON.parse builds nested objects
# bottom-up; split makes a fresh string per piece.
BUILTINS = Scenario("""
function byKey(a, b) { var t = { d: a.k - b.k, s: a.s + b.s }; return t.d; }
function work(n) {
  var items = [];
  for (var i = 0; i < n; i++) items.push({ k: (i * 7) % n, s: "i" + i, box: [i] });
  items.sort(byKey);
  var parsed = JSON.parse('{"a":[1,{"b":"v' + n + '"}],"c":{"d":[true,null,"x' + n + '"]}}');
  var parts = ("p,q," + n + ",r").split(",");
  var keys = "";
  for (var j = 0; j < items.length; j++) keys += items[j].k + items[j].s + items[j].box[0] + ";";
  return keys + " " + parsed.a[1].b + parsed.c.d[2] + " " + parts.join("+") + " " + parts.length;
}
var last;
for (var k = 0; k < 30; k++) last = work(5);
console.log(last);
""", "0i00;1i33;2i11;3i44;4i22; v5x5 p+q+5+r 4\n"
     "0i00;1i44;2i88;3i33;4i77;5i22;6i66;7i11;8i55; v9x9 p+q+9+r 4\n", stressed="""
console.log(work(9));
""")

# An exception a callee throws enters the finally block of optimized code: while the block
# collects and allocates, the thrown object exists only in guarded's machine frame (its handler
# took it from the runtime); the finally block rethrows it to the caller's catch.
FINALLY_AFTER_THROW = Scenario(CHURN + """
function thrower(i) { throw { code: i, msg: "fail" + i, data: [i, i * 2] }; }
function guarded(i, n, log) {
  var keep = { tag: "keep" + i, arr: [i, i + 1] };
  try {
    thrower(i);
    return "unreached";
  } finally {
    gc();
    var junk = churn(n);
    log.push(keep.tag + ":" + keep.arr[1] + ":" + junk);
  }
}
function caller(i, n) {
  var log = [];
  try { guarded(i, n, log); } catch (e) { log.push(e.code + e.msg + e.data[1]); }
  return log.join(" ");
}
var last;
for (var k = 0; k < 30; k++) last = caller(k, 1);
console.log(last);
console.log(caller(100, 3000));
""", "keep29:30:1 29fail2958\nkeep100:101:3000 100fail100200\n",
    # keep must be a heap object the machine frame holds: escape analysis would not allocate it
    options=dict(inlining=False, escape_analysis=False))

# Every kind of allocation optimized code makes inline (objects, arrays and their elements,
# out-of-object properties, closures and their contexts, for-of iterators), each one a
# collection once the functions are optimized.
EVERY_ALLOCATION = Scenario("""
function make(i) {
  var o = { i: i, s: "s" + i };
  o.extra1 = [i]; o.extra2 = i * 2; o.extra3 = { back: o.s };     // out-of-object properties
  var add = function (d) { return o.i + d; };                     // a closure and its context
  return { o: o, add: add };
}
function build(n) {
  var all = [];
  for (var i = 0; i < n; i++) all.push(make(i));
  var total = 0, text = "";
  for (var m of all) { total += m.add(m.o.extra1[0]) + m.o.extra2; text += m.o.extra3.back; }
  return total + " " + text;
}
var last;
for (var k = 0; k < 30; k++) last = build(3);
console.log(last);
""", "12 s0s1s2\n264 s0s1s2s3s4s5s6s7s8s9s10s11\n", stressed="""
console.log(build(12));
""")

SCENARIOS = {"two_calls_deeper": TWO_CALLS_DEEPER, "during_deopt": DURING_DEOPT,
             "during_osr_entry": DURING_OSR_ENTRY, "builtins": BUILTINS,
             "finally_after_throw": FINALLY_AFTER_THROW, "every_allocation": EVERY_ALLOCATION}

_runs: dict[str, Run] = {}


def run(name: str) -> Run:
    """Each scenario runs once per session; several tests look at it."""
    if name not in _runs:
        _runs[name] = Run(SCENARIOS[name])
    return _runs[name]


# ---- the tests --------------------------------------------------------------------------------

@pytest.mark.parametrize("name", SCENARIOS)
def test_scenario_prints_what_node_prints(name):
    r = run(name)
    assert r.stdout == SCENARIOS[name].expected
    assert r.tier.pending is None and r.tier.active == 0


def test_value_only_in_an_optimized_frame_survives_a_collection_two_calls_deeper():
    r = run("two_calls_deeper")
    # hot ran optimized code for every call after its 10th, deopting only at the very end
    assert [e.reason for e in r.deopts("hot")] == ["not an int32"]
    below = [c for c in r.collections if c.reason == "gc()" and c.optimized]
    assert len(below) >= 20
    # the garbage after the last collection used up every free span it left (only then did the
    # heap grow): the memory a missed o had occupied was reused
    assert r.iso.heap.high_water > below[-1].high_water


def test_the_deopt_after_the_collection_reads_the_survivor():
    r = run("two_calls_deeper")
    (event,) = r.deopts("hot")
    (frame,) = event.frames
    o = r.value(frame, "o")
    assert from_machine(o), o.location
    o = o.value
    assert (r.field(o, "p"), r.field(o, "q")) == (2000.0, 4000.0)
    assert r.elements(r.field(o, "r")) == [2000.0, 2001.0, 2002.0]
    assert r.field(r.field(o, "s"), "t") == "k2000"
    assert r.value(frame, "t").value == 5000.0


def test_collections_during_a_deopt_keep_the_translated_frames_values():
    r = run("during_deopt")
    (event,) = r.deopts("inner")
    assert [r.iso.shared_of(f.function).name for f in event.frames] == ["outer", "middle", "inner"]
    # the resumed interpreter frames allocated while the deoptimizer was still on the stack
    during = [c for c in r.stressed_collections() if "Deoptimizer.handle" in c.functions]
    assert len(during) >= 20
    outer, middle, _ = event.frames
    box, t = r.value(outer, "box"), r.value(middle, "t")
    assert from_machine(box) and from_machine(t)
    items = r.elements(r.field(box.value, "items"))
    assert items[1] == "b1" and r.field(items[0], "x") == 2.5
    assert r.field(r.field(box.value, "note"), "s") == "outer1"
    assert (r.field(t.value, "kk"), r.field(t.value, "tag")) == (2.0, "m0")


def test_collections_during_osr_entry():
    r = run("during_osr_entry")
    (code,) = [c for c in r.tier.codes.values() if c.sfi.name == "kernel" and not c.unlinked]
    assert code.osr_offset is not None and code.osr_entries >= 1
    assert [e.code_symbol for e in r.deopts("kernel")] != [code.symbol]      # it stayed linked
    entered = [c for c in r.stressed_collections() if "OptimizedCode.enter" in c.functions]
    assert len(entered) >= 20 and all(c.optimized for c in entered)


@pytest.mark.parametrize("builtin", ["array_sort", "json_parse", "string_split"])
def test_collections_inside_builtins_called_from_optimized_code(builtin):
    r = run("builtins")
    assert r.optimized("work") and r.optimized("byKey")
    inside = [c for c in r.stressed_collections() if builtin in c.functions and c.optimized]
    assert inside, f"no collection inside {builtin} with optimized code below"


def test_finally_block_after_an_exception_collects_in_optimized_code():
    r = run("finally_after_throw")
    assert r.optimized("guarded") and not r.deopts("guarded")
    below = [c for c in r.collections if c.reason == "gc()" and c.optimized]
    assert len(below) >= 10
    assert r.iso.heap.high_water > below[-1].high_water     # the churn reused what was freed


def test_every_allocation_collects_in_optimized_code():
    r = run("every_allocation")
    assert r.optimized("build") and not r.deopts("build") and not r.deopts("make")   # make is inlined
    assert sum(c.optimized and c.reason == "--gc-interval" for c in r.stressed_collections()) >= 50


# Optimized code compares strings by their bits and makes one-unit strings (charAt,
# fromCharCode) through the heap's cache of their ids: after the 300 one-unit strings `dropped`
# made die, their ids are freed and 600 new strings take them, so the cache must not hand out a
# freed id again, and strings made afresh must get the ids of the equal ones still alive.
STRINGS_BEFORE = """
function units(base, n) {
  var out = [];
  for (var i = 0; i < n; i++) out.push(String.fromCharCode(base + i));
  return out;
}
function pairs(s, n) {
  var out = [];
  for (var i = 0; i < n; i++) out.push(s.charAt(i % s.length) + String.fromCharCode(97 + i % 26));
  return out;
}
function same(a, b) {
  var n = 0;
  for (var i = 0; i < a.length; i++) if (a[i] === b[i]) n++;
  return n;
}
for (var k = 0; k < 25; k++) { units(0x3400, 4); same(pairs("ab", 4), pairs("ab", 4)); }
function dropped(base, n) { return units(base, n).length; }    // made and dropped in a callee
var kept = pairs("h\\u00e9llo", 60);
dropped(0x4e00, 300);
gc();
"""
STRINGS_AFTER = """
var other = [];
for (var i = 0; i < 600; i++) other.push("w" + i);
var again = units(0x4e00, 300), fresh = pairs("h\\u00e9llo", 60);
var codes = 0;
for (var i = 0; i < 300; i++) codes += again[i].charCodeAt(0) - 0x4e00 === i ? 1 : 0;
console.log(codes, same(kept, fresh), kept[1] + kept[27], other[599]);
"""
STRINGS_OUT = "300 60 \u00e9blb w599\n"


def test_string_ids_reused_under_optimized_code():
    r = Run(Scenario(STRINGS_BEFORE, ""))
    heap = r.iso.heap
    assert r.optimized("units") and r.optimized("pairs") and r.optimized("same")
    # the one-unit strings died: ids freed, the cache forgot them; the pairs kept theirs
    assert sum(chr(0x4E00 + i) in heap.string_ids for i in range(300)) <= 2
    assert all(heap.char_strings[0x4E00 + i] == 0
               for i in range(300) if chr(0x4E00 + i) not in heap.string_ids)
    assert "\u00e9b" in heap.string_ids and len(heap.free_string_ids) >= 298
    r.run(STRINGS_AFTER)
    assert r.stdout == STRINGS_OUT
    # one string, one id: the table and the cache agree
    assert all(heap.string_ids[s] == sid for sid, s in enumerate(heap.strings) if s is not None)
    assert all(heap.strings[heap.char_strings[u] - 1] == chr(u) for u in range(0x10000) if heap.char_strings[u])


NODE = {name: (s.source + s.stressed, s.expected) for name, s in SCENARIOS.items()}
NODE["strings"] = (STRINGS_BEFORE + STRINGS_AFTER, STRINGS_OUT)


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not on PATH")
@pytest.mark.parametrize("name", NODE)
def test_node_agrees(name):
    source, expected = NODE[name]
    r = subprocess.run(["node", "--expose-gc", "-e", textwrap.dedent(source)], capture_output=True, text=True,
                       timeout=60)
    assert (r.returncode, r.stdout) == (0, expected), r.stderr


# ---- negative controls ----------------------------------------------------------------------------

# The scenario again in a child process (what reads freed memory may crash), with the
# collector's machine roots switched off after the tier installed them.
def run_blind(name: str) -> subprocess.CompletedProcess:
    driver = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, "tests/llvm_tier")
        import test_gc_roots as t
        install = t.install_tier
        def blind(iso, **options):
            tier = install(iso, **options)
            iso.collector.native_roots = None
            return tier
        t.install_tier = blind
        try:
            r = t.Run(t.SCENARIOS[{name!r}])
        except BaseException as e:
            print("raised", type(e).__name__, e, file=sys.stderr)
            sys.exit(3)
        sys.stdout.write(r.stdout)
        """)
    return subprocess.run([sys.executable, "-c", driver], cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("name", SCENARIOS)
def test_without_machine_roots_the_scenario_breaks(name):
    r = run_blind(name)
    assert (r.returncode, r.stdout) != (0, SCENARIOS[name].expected)


def test_string_records_are_made_on_first_use_and_survive_collections():
    """A string's native record (its UTF-16 units, what optimized code reads) is made when code
    first asks for it, here by a native charCodeAt with a collection every 7 allocations
    (the record's own allocation collects too); strings nobody reads natively get none."""
    out: list[str] = []
    iso = Isolate(Flags(gc_interval=7), write=out.append)
    install_tier(iso, threshold=5)
    source = textwrap.dedent("""
    function code(s, i) { return s.charCodeAt(i); }
    var kept = [];
    var t = 0;
    for (var i = 0; i < 300; i++) {
      var s = 'ab' + i;
      kept.push('unread' + i);
      t += code(s, 2) + code(s, s.length - 1);
    }
    console.log(t, kept.length);
    """)
    with contextlib.redirect_stderr(io.StringIO()):
        cli.run_in_big_stack(lambda: iso.run(source))
    assert "".join(out) == "30945 300\n"      # node's output
    heap = iso.heap
    read = [heap.string_ids[f"ab{i}"] for i in range(250, 300) if f"ab{i}" in heap.string_ids]
    unread = [heap.string_ids[f"unread{i}"] for i in range(300)]
    assert not any(heap.string_index[sid] for sid in unread)
    for sid in read:
        addr = heap.string_index[sid]
        n = ctypes.c_uint64.from_address(addr).value
        assert ctypes.string_at(addr + 8, 2 * n).decode("utf-16-le") == heap.strings[sid]
