"""The garbage collector: a non-moving mark-sweep over the native heap, with conservative roots.

Place in the pipeline: owned by the isolate and called by the heap's allocation
slow path (objects/heap.py) when enough was allocated since the last
collection, when the heap reaches its limit, or at every n-th allocation with
--gc-interval. It may run at any allocation: in the interpreter, inside a
built-in, in a runtime entry called from optimized code with optimized frames
below, or while the deoptimizer rebuilds frames. docs/gc.md says why it is
built this way and what it costs.

Roots are found conservatively, as JavaScriptCore finds them (and as let its
FTL tier use LLVM before LLVM had statepoints): nothing moves, so a word that
merely looks like a reference keeps its allocation alive and nothing needs
updating.

- The Python side: every object reachable from the isolate and from the
  frames of every Python thread (interpreter registers, a built-in's
  temporaries, a deopt in progress), where every int is a candidate address
  and every ctypes word array a set of candidate words. Tables keyed by heap
  objects (a Map's entries, an iterator's state, a constructor's initial map)
  are weak: an entry lives while its key does (ephemerons).
- The machine side, from the tier when there is one (`native_roots`): every
  word of the machine stack below the collector, the registers, and the
  constants embedded in live optimized code. A candidate may point into the
  middle of an allocation (a field address optimized code derived): the
  heap's start bitmap finds the allocation it is in.

Marking sets a bit in each reached allocation's header and traces it by its
kind (and, for objects, by the instance type of their map); string and BigInt
ids in reached words keep their table entries alive. Sweeping is vectorized
(numpy): the start bitmap and the headers give every allocation, the marked
ones are live, the gaps between them become the free spans the allocator
bumps through next, and their whole pages go back to the OS. numpy is
imported by the first collection, not with this module: its import would be
a third of every start, and a short script never collects.
"""
from __future__ import annotations

import ctypes
import mmap
import sys
import time
import types
from dataclasses import dataclass, field

from .heap import (COLLECTION_ENTRY_BYTES, ENTRY_BYTES, FIRST_ALLOCATION_WORD, KIND_BACKING, KIND_FREE, KIND_OBJECT,
                   KIND_SHIFT, KIND_VALUES, MARK_BIT, MIN_GC_BYTES, SIZE_MASK, STRING_BYTES)
from .maps import DICTIONARY_MAP_BYTES, NATIVE_SPARSE_ARRAY, InstanceType
from .values import BIGINT_TAG, LOW32, PAYLOAD_MASK, POINTER_TAG, STRING_TAG

MIN_SPAN_BYTES = 128        # smaller gaps are not worth an allocation buffer
PAGE = mmap.PAGESIZE
RETURN_BYTES = 64 << 10     # a free span this big gives its whole pages back to the OS

# Where an object's raw pointers are (word indexes in the payload), and from which word on its
# payload holds values, by instance type (layout.py). The rest: [map][properties][values...].
_RAW_AND_VALUES = {
    InstanceType.ARRAY: ((1, 3), None),          # [map][props][length][elements][capacity]
    NATIVE_SPARSE_ARRAY: ((1,), None),           # the same, elements 0 (ObjectSpace.sparse_elements)
    InstanceType.FUNCTION: ((1, 3), None),       # [map][props][shared id][context]
    InstanceType.CONTEXT: ((1,), 3),             # [map][parent][length][slots...]
}
_PLAIN_OBJECT = ((1,), 2)

# Python objects that cannot hold a heap reference (and must not be walked into).
_LEAVES = (str, bytes, bytearray, float, bool, complex, type(None), memoryview, mmap.mmap, types.ModuleType,
           type, types.CodeType, types.BuiltinFunctionType, range, slice)


# Modules whose objects hold no heap reference of ours (numpy: the collector's own arrays).
_FOREIGN = ("llvmlite", "ctypes", "_ctypes", "concurrent", "threading", "_thread", "queue", "numpy")

# The root walk's plans by type (Collector.plan_for); any other plan is (attribute names, has __dict__).
_LEAF, _ITEMS, _DICT, _FRAME, _GENERATOR, _FUNCTION, _METHOD, _WORDS, _PARTIAL = (
    "leaf", "items", "dict", "frame", "generator", "function", "method", "words", "partial")


@dataclass(frozen=True)
class Collection:
    """One collection, for --trace-gc's line and the report's timeline."""
    start: float            # time.perf_counter() when it began
    pause: float            # seconds
    reason: str             # what started it: allocation, heap limit, --gc-interval, gc()
    before: int             # bytes the heap held before and after
    after: int


@dataclass
class GCStats:
    collections: int = 0
    total_pause: float = 0.0
    max_pause: float = 0.0
    peak_bytes: int = 0
    freed_bytes: int = 0
    log: list = field(default_factory=list)   # a Collection each, when the isolate keeps them
    keep_log: bool = False                    # the report asks for them


class Collector:
    def __init__(self, isolate, trace: bool = False):
        self.isolate = isolate
        self.heap = isolate.heap
        self.heap.collector = self
        self.trace = trace
        self.stats = GCStats()
        # The tier's roots (machine stack, registers, constants in optimized code): a callable
        # returning machine words, or None without a tier.
        self.native_roots = None
        self.skip: set[int] = set()           # ids of Python objects the root walk leaves alone
        # type -> the only attributes the root walk follows in its objects (the isolate names
        # them for its big, mostly reference-free objects: functions' bytecode, maps)
        self.walk_only: dict[type, tuple[str, ...]] = {}
        self.plans: dict[type, object] = {}   # type -> how the walk treats it (plan_for)
        self.collecting = False

    # ---- a collection ---------------------------------------------------------------------

    def collect(self, reason: str = "requested") -> None:
        if self.collecting:
            return
        self.collecting = True
        t0 = time.perf_counter()
        heap = self.heap
        heap.retire_lab()
        before = heap.used_bytes() + heap.external_bytes
        strings_before = len(heap.string_ids)
        try:
            self.strings: set[int] = set(heap.pinned_strings)
            self.bigints: set[int] = set(heap.pinned_bigints)
            self.work: list[int] = []
            self.marked: list[int] = []       # every marked header: the sweep's live set
            self.walked: set[int] = set()
            self.mark_roots()
            self.mark_ephemerons()
            self.keep_table_entries()
            self.purge_weak_tables()
            self.isolate.maps.release_dictionary_maps(self.owns_map)
            external_before, heap.external_bytes = heap.external_bytes, self.external_bytes()
            freed = self.sweep() + max(0, external_before - heap.external_bytes)
        finally:
            self.collecting = False
            self.work = []
            self.marked = []
            self.walked = set()
        after = heap.used_bytes() + heap.external_bytes
        heap.allocated_bytes = 0
        heap.gc_threshold = max(MIN_GC_BYTES, after)
        pause = time.perf_counter() - t0
        s = self.stats
        s.collections += 1
        s.total_pause += pause
        s.max_pause = max(s.max_pause, pause)
        s.peak_bytes = max(s.peak_bytes, before)
        s.freed_bytes += freed
        if s.keep_log:
            s.log.append(Collection(t0, pause, reason, before, after))
        if self.trace:
            mb = 1 / (1 << 20)
            print(f"[gc] mark-sweep #{s.collections} ({reason}): {before * mb:.1f} -> {after * mb:.1f} MB, "
                  f"strings {strings_before} -> {len(heap.string_ids)}, pause {pause * 1000:.1f} ms",
                  file=sys.stderr)

    # ---- marking ----------------------------------------------------------------------------

    def mark_address(self, addr: int) -> None:
        """Marks the allocation that addr points into (a conservative candidate: anything else
        is ignored)."""
        heap = self.heap
        base = heap.base
        if not base + 8 * FIRST_ALLOCATION_WORD < addr < heap.high_water:
            return
        words = heap.words
        bits = heap.start_bits
        i = ((addr - base) >> 3) - 1
        if bits[i >> 6] >> (i & 63) & 1:
            h = i                                   # a payload's start: the common case
        else:
            h = self.start_before(i)
            if h < 0:
                return
        hdr = words[h]
        if hdr & MARK_BIT or (hdr >> KIND_SHIFT) & 0xFF == KIND_FREE:
            return
        if addr >= base + 8 * (h + 1 + (hdr & SIZE_MASK)):
            return                                  # past its end: a gap, not this allocation
        words[h] = hdr | MARK_BIT
        self.work.append(h)
        self.marked.append(h)

    def start_before(self, i: int) -> int:
        """The word index of the last allocation header at or before word i (-1: none)."""
        bits = self.heap.start_bits
        w = i >> 6
        m = bits[w] & ((2 << (i & 63)) - 1)
        while not m:
            w -= 1
            if w < FIRST_ALLOCATION_WORD >> 6:
                return -1
            m = bits[w]
        return (w << 6) + m.bit_length() - 1

    def mark_word(self, w: int) -> None:
        """A machine word: a tagged value, or maybe a raw address."""
        if not self.mark_value(w):
            self.mark_address(w)

    def mark_value(self, w: int) -> bool:
        """Marks what a tagged value refers to; False when w is no reference's encoding."""
        tag = w >> 48
        if tag == POINTER_TAG:
            self.mark_address(w & PAYLOAD_MASK)
        elif tag == STRING_TAG:
            self.strings.add(w & LOW32)
        elif tag == BIGINT_TAG:
            self.bigints.add(w & LOW32)
        else:
            return False
        return True

    def drain(self) -> None:
        """Traces marked allocations until none is left to trace."""
        heap = self.heap
        words = heap.words
        types_of = self.isolate.maps.native_types
        maps = self.isolate.maps.maps
        nmaps = len(maps)
        work = self.work
        while work:
            h = work.pop()
            hdr = words[h]
            size = hdr & SIZE_MASK
            kind = (hdr >> KIND_SHIFT) & 0xFF
            if kind == KIND_VALUES:
                self.scan_values(h + 1, h + 1 + size)
            elif kind == KIND_BACKING:
                self.scan_values(h + 2, h + 1 + size)
            elif kind == KIND_OBJECT and size:
                map_id = words[h + 1]
                if not 0 < map_id < nmaps:
                    continue                         # allocated but not yet initialized
                # An object keeps its map's prototype alive; a map without live objects does not
                # (maps are never freed; if they held their prototypes, no prototype would be).
                proto = maps[map_id].prototype
                if proto:
                    self.mark_address(proto)
                raw, first_value = _RAW_AND_VALUES.get(types_of[map_id], _PLAIN_OBJECT)
                for k in raw:
                    if k < size:
                        p = words[h + 1 + k]
                        if p:
                            self.mark_address(p)
                if first_value is not None and first_value < size:
                    self.scan_values(h + 1 + first_value, h + 1 + size)

    def scan_values(self, i: int, j: int) -> None:
        words = self.heap.words
        if j - i > 64:
            import numpy as np
            arr = np.frombuffer(self.heap._mmap, dtype=np.uint64, count=j - i, offset=8 * i)
            tags = arr >> np.uint64(48)
            for p in (arr[tags == POINTER_TAG] & np.uint64(PAYLOAD_MASK)).tolist():
                self.mark_address(p)
            self.strings.update((arr[tags == STRING_TAG] & np.uint64(LOW32)).tolist())
            self.bigints.update((arr[tags == BIGINT_TAG] & np.uint64(LOW32)).tolist())
            return
        mark_value = self.mark_value
        for k in range(i, j):
            mark_value(words[k])

    def mark_roots(self) -> None:
        iso = self.isolate
        if self.plans.get("walk_only") != len(self.walk_only):
            self.plans = {"walk_only": len(self.walk_only)}    # the tier added types since
        self.weak_tables = self.find_weak_tables()
        # A dictionary map's owner is weak: the map dies with it (MapTable.release_dictionary_maps).
        self.skip = {id(t) for t, _ in self.weak_tables} | {id(iso.tier), id(self), id(self.heap),
                                                             id(iso.maps.dictionary_owners)}
        # The frames of this thread, the one running JavaScript. The compile thread holds nothing
        # the heap needs (what a compile in flight embeds is a native root) and its frames may
        # change under the walk whenever a ctypes or numpy call lets it run.
        roots = [iso]
        frame = sys._getframe()
        while frame is not None:
            roots.append(frame)
            frame = frame.f_back
        self.walk(roots)
        for addr in self.heap.handles:
            self.mark_address(addr)
        if self.native_roots is not None:
            for w in self.native_roots():
                self.mark_word(w)
        self.drain()

    def walk(self, roots: list) -> None:
        """Marks what the Python objects reachable from roots refer to (conservatively)."""
        stack = list(roots)
        walked = self.walked
        skip = self.skip
        mark_word = self.mark_word
        plans = self.plans
        while stack:
            o = stack.pop()
            t = type(o)
            if t is int:
                if o > 0xFFFF_FFFF:
                    mark_word(o)    # an address, or a value's bits (a runtime entry's arguments)
                continue
            plan = plans.get(t)
            if plan is None:
                plan = plans[t] = self.plan_for(t)
            if plan is _LEAF:
                continue
            i = id(o)
            if i in walked or i in skip:
                continue
            walked.add(i)
            if plan is _ITEMS:
                stack.extend(o)
            elif plan is _DICT:
                stack.extend(o.keys())
                stack.extend(o.values())
            elif plan is _FRAME:
                stack.extend(o.f_locals.values())
            elif plan is _GENERATOR:
                if o.gi_frame is not None:
                    stack.append(o.gi_frame)
            elif plan is _FUNCTION:
                if o.__closure__:
                    stack.extend(c.cell_contents for c in o.__closure__ if _cell_full(c))
                if o.__defaults__:
                    stack.extend(o.__defaults__)
            elif plan is _METHOD:
                stack.append(o.__self__)
                stack.append(o.__func__)
            elif plan is _WORDS:
                for w in o:
                    mark_word(w & 0xFFFF_FFFF_FFFF_FFFF)
            elif plan is _PARTIAL:
                stack.extend((o.func, o.args, o.keywords))
            else:
                # attribute names: walk_only's, or the __dict__ and __slots__ of a plain object
                attrs, has_dict = plan
                if has_dict:
                    state = getattr(o, "__dict__", None)
                    if type(state) is dict:
                        stack.extend(state.values())
                for name in attrs:
                    v = getattr(o, name, None)
                    if v is not None:
                        stack.append(v)
        self.drain()

    def plan_for(self, t: type):
        """How the root walk treats objects of type t (decided once per type)."""
        if issubclass(t, _LEAVES) or issubclass(t, int):
            return _LEAF                               # an IntEnum and the like are ints too
        if t in (list, tuple, set, frozenset):
            return _ITEMS
        if t is dict:
            return _DICT
        plan = {types.FrameType: _FRAME, types.GeneratorType: _GENERATOR, types.FunctionType: _FUNCTION,
                types.MethodType: _METHOD}.get(t)
        if plan is not None:
            return plan
        if issubclass(t, ctypes.Array):
            return _WORDS if issubclass(t._type_, (ctypes.c_uint64, ctypes.c_int64)) else _LEAF
        if t in self.walk_only:
            return (self.walk_only[t], False)
        if t.__module__.startswith(_FOREIGN):
            return _LEAF                               # LLVM's and ctypes' own objects
        if t.__module__ == "functools" and t.__name__ == "partial":
            return _PARTIAL
        slots = tuple(name for cls in t.__mro__ for name in getattr(cls, "__slots__", ()))
        return (slots, True)

    # ---- weak tables ------------------------------------------------------------------------------

    def find_weak_tables(self) -> list[tuple[dict, bool]]:
        """The isolate's tables keyed by heap objects: (table, ephemeron). An ephemeron's value
        is traced only while its key is alive; every dead key's entry goes."""
        iso = self.isolate
        objects = iso.objects
        found = []
        for owner, name, ephemeron in ((iso, "collections", True), (iso, "iterator_states", True),
                                       (iso, "for_of_states", True), (iso, "initial_maps", True),
                                       (iso, "wrapper_maps", True),
                                       (iso, "to_string_tags", True), (objects, "_validity_cells", True),
                                       (objects, "_cell_owners", True),
                                       (objects, "_function_maps", True), (objects, "_create_roots", True),
                                       (objects, "_array_roots", True),
                                       (objects, "sparse_elements", True),
                                       (objects, "_prototype_users", False)):
            table = getattr(owner, name, None)
            if type(table) is dict:
                found.append((table, ephemeron))
        return found

    def alive(self, addr) -> bool:
        heap = self.heap
        if type(addr) is not int or not heap.base < addr < heap.high_water:
            return True                               # not a heap key: nothing to decide
        i = ((addr - heap.base) >> 3) - 1
        return bool(heap.start_bits[i >> 6] >> (i & 63) & 1) and bool(heap.words[i] & MARK_BIT)

    def external_bytes(self) -> int:
        """The Python memory the live heap values hold (Heap.external_bytes), measured after the
        weak tables lost their dead entries: strings, dictionary maps' hash tables, sparse
        elements, Map and Set entries."""
        iso = self.isolate
        heap = self.heap
        total = sum(STRING_BYTES + 2 * len(s) for s in heap.strings if s is not None)
        maps = iso.maps
        total += sum(DICTIONARY_MAP_BYTES + ENTRY_BYTES * len(maps[m].index) for m in maps.dictionary_owners)
        total += ENTRY_BYTES * sum(len(s.values) for s in iso.objects.sparse_elements.values())
        total += COLLECTION_ENTRY_BYTES * sum(len(t.keys) for t in iso.collections.values())
        return total

    def owns_map(self, addr: int, map_id: int) -> bool:
        """Whether the object at addr survives this collection with map map_id (MapTable's
        dictionary maps are released when not)."""
        return self.alive(addr) and self.heap.words[(addr - self.heap.base) >> 3] == map_id

    def mark_ephemerons(self) -> None:
        """Traces the values of live keys until no new key comes alive."""
        traced: set[int] = set()
        changed = True
        while changed:
            changed = False
            for table, ephemeron in self.weak_tables:
                if not ephemeron:
                    continue
                for key, value in list(table.items()):
                    if id(value) not in traced and self.alive(key):
                        traced.add(id(value))
                        self.walk([value])
                        changed = True

    def keep_table_entries(self) -> None:
        """Live string and BigInt ids keep their records; the one-unit string cache is weak."""
        heap = self.heap
        cache = heap.char_strings
        strings = self.strings
        import numpy as np
        for unit in np.flatnonzero(np.ctypeslib.as_array(cache)).tolist():
            if cache[unit] - 1 not in strings:
                cache[unit] = 0
        for sid in strings:
            if sid < len(heap.strings) and heap.strings[sid] is not None:
                self.mark_address(heap.string_index[sid])
        self.drain()

    def purge_weak_tables(self) -> None:
        for table, _ in self.weak_tables:
            for key in [k for k in table if not self.alive(k)]:
                del table[key]
            for key, value in table.items():
                if type(value) is set:
                    value.difference_update([v for v in value if not self.alive(v)])
        heap = self.heap
        strings = self.strings
        for sid, s in enumerate(heap.strings):
            if s is not None and sid not in strings:
                del heap.string_ids[s]
                heap.strings[sid] = None
                heap.string_index[sid] = 0
                heap.free_string_ids.append(sid)
        bigints = self.bigints
        for bid, v in enumerate(heap.bigints):
            if v is not None and bid not in bigints:
                del heap.bigint_ids[v.value]
                heap.bigints[bid] = None
                heap.free_bigint_ids.append(bid)

    # ---- sweeping ---------------------------------------------------------------------------------

    def sweep(self) -> int:
        """Unmarks the live allocations; every gap between them becomes a free span (a FREE header
        and its start bit), its whole pages given back to the OS. Returns the bytes freed.

        It works from the list of marked headers, never visiting the dead: a program that
        allocates a million short-lived objects between collections pays for what survives
        (and one pass over the start bitmap to clear it), not for a million headers."""
        import numpy as np    # loaded at the first collection: start-up does without it
        heap = self.heap
        base = heap.base
        before = heap.used_bytes()
        end_word = (heap.high_water - base) >> 3
        nbits = (end_word + 63) >> 6
        bitmap = np.frombuffer(heap._starts, dtype=np.uint64, count=nbits)
        words = np.frombuffer(heap._mmap, dtype=np.uint64, count=end_word)
        live_starts = np.sort(np.array(self.marked, dtype=np.int64))
        headers = words[live_starts] & ~np.uint64(MARK_BIT)
        words[live_starts] = headers
        live_ends = live_starts + 1 + (headers & np.uint64(SIZE_MASK)).astype(np.int64)
        gap_starts = np.concatenate(([FIRST_ALLOCATION_WORD], live_ends))
        gap_ends = np.concatenate((live_starts, [end_word]))
        big = gap_ends - gap_starts >= MIN_SPAN_BYTES // 8
        gap_starts, gap_ends = gap_starts[big], gap_ends[big]
        # the new start bitmap: the live allocations and the free spans
        bitmap[:] = 0
        marks = np.concatenate((live_starts, gap_starts)).astype(np.uint64)
        np.bitwise_or.at(bitmap, (marks >> np.uint64(6)).astype(np.int64), np.uint64(1) << (marks & np.uint64(63)))
        words[gap_starts] = (gap_ends - gap_starts - 1).astype(np.uint64) | np.uint64(KIND_FREE << KIND_SHIFT)
        spans = []
        for s, e in zip(gap_starts.tolist(), gap_ends.tolist()):
            start, end = base + 8 * s, base + 8 * e
            spans.append((start, end))
            if end - start >= RETURN_BYTES:
                lo = (start + 8 + PAGE - 1) & ~(PAGE - 1)
                hi = end & ~(PAGE - 1)
                if hi > lo:
                    heap._mmap.madvise(mmap.MADV_DONTNEED, lo - base, hi - lo)
        heap.spans = spans[::-1]
        return max(0, before - heap.used_bytes())


def _cell_full(cell) -> bool:
    try:
        cell.cell_contents
    except ValueError:
        return False
    return True
