"""The native heap: one anonymous mmap that the interpreter, optimized code and the deoptimizer all address.

The reservation never moves (addresses are stable for optimized code) and is
committed lazily by the OS. Every allocation is a header word followed by its
payload (the address handed out): the header holds the payload's size and
*kind*, which tells the collector how to trace it (objects/gc.py):

    KIND_OBJECT   a map-based object (object, array, function, context...): the
                  map's instance type gives which words are values, which raw pointers
    KIND_VALUES   every word a NaN-boxed value (array elements, global cells)
    KIND_BACKING  an out-of-object property store: [capacity][values...]
    KIND_RAW      no references (validity cells, string records)
    KIND_FREE     a free span left by a collection

A bitmap with one bit per heap word marks where allocations start, so a
pointer into the middle of an allocation (what optimized code may keep in a
register) finds its allocation. Allocation bumps a pointer through a *linear
allocation buffer* (LAB): after a collection the LABs are the free spans
between live allocations, before it fresh memory above the high-water mark.
The pointer and its limit are the heap's first two words, so optimized code
bumps the same pointer inline; only refilling the LAB (and collecting) is slow.

The heap also owns the string table: a string value is an index into it, and
strings are interned so equal strings have equal bits; each string also has a
record of its UTF-16 code units in the heap, for optimized code. BigInts have
a table of their own. The collector frees the ids nothing refers to.
"""
from __future__ import annotations

import ctypes
import mmap
from math import copysign

from .values import (BIGINT_BITS, BIGINT_TAG, CANONICAL_NAN, FALSE_BITS, FIRST_BOXED_TAG, HOLE, INT32_BITS, INT32_MAX,
                     INT32_MIN, INT32_TAG, LOW32, NULL, ODDBALL_VALUES, PAYLOAD_MASK, POINTER_BITS,
                     POINTER_TAG, STRING_BITS, STRING_TAG, TAG_SHIFT, TRUE_BITS, UNDEFINED, BigInt, Oddball)

MAP_NORESERVE = 0x4000  # Linux; not exported by Python's mmap module

TOP_WORD, LIMIT_WORD = 0, 1   # heap words holding the allocation pointer and its limit
FIRST_ALLOCATION_WORD = 8     # the words before it are the heap's own
MAX_STRINGS = 1 << 27          # string ids the native string index has room for

KIND_OBJECT, KIND_VALUES, KIND_BACKING, KIND_RAW, KIND_FREE = 1, 2, 3, 4, 5
KIND_SHIFT = 32
SIZE_MASK = 0xFFFF_FFFF
MARK_BIT = 1 << 40            # set in a header by the collector while it marks

LAB_BYTES = 256 << 10          # fresh memory handed to the allocation pointer at a time
MIN_GC_BYTES = 32 << 20        # allocated between two collections at least


def header(nwords: int, kind: int) -> int:
    return nwords | (kind << KIND_SHIFT)


STRING_BYTES = 64    # what a string's entry costs besides its characters (str object, table slots)
# What one entry of a Python-side table of a heap object costs (measured with tracemalloc): a key of
# a dictionary map or an element of a sparse array; an entry of a Map or Set (key and value lists,
# the hash index, the boxed key).
ENTRY_BYTES = 96
COLLECTION_ENTRY_BYTES = 192


class HeapExhausted(MemoryError):
    pass


class Heap:
    def __init__(self, size_bytes: int = 1 << 32, max_bytes: int | None = None):
        flags = mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS | MAP_NORESERVE
        self._mmap = mmap.mmap(-1, size_bytes, flags=flags)
        self.words = memoryview(self._mmap).cast("Q")     # heap word i as uint64
        self.doubles = memoryview(self._mmap).cast("d")   # the same word as a double
        self.base = ctypes.addressof(ctypes.c_char.from_buffer(self._mmap))
        self.size_bytes = size_bytes
        # --max-heap-size: the most memory the heap may use (its high-water mark)
        self.max_bytes = min(max_bytes or size_bytes, size_bytes)
        # one bit per word: an allocation's header starts there
        self._starts = mmap.mmap(-1, size_bytes // 64, flags=flags)
        self.start_bits = memoryview(self._starts).cast("Q")
        self.start_bits_address = ctypes.addressof(ctypes.c_char.from_buffer(self._starts))
        # The allocation pointer and its limit live in the heap's first two words, where optimized
        # code bumps the same pointer inline (address 0 of the heap is never an object).
        self.top_address = self.base + 8 * TOP_WORD
        self.limit_address = self.base + 8 * LIMIT_WORD
        first = self.base + 8 * FIRST_ALLOCATION_WORD
        self.words[TOP_WORD] = first
        self.words[LIMIT_WORD] = first
        self.high_water = first        # memory above it was never allocated
        self.spans: list[tuple[int, int]] = []   # free spans a collection found, highest first
        self.lab_end = first
        self.allocated_bytes = 0       # in LABs handed out since the last collection
        # Python memory that heap values hold (strings, dictionaries' hash tables, sparse
        # elements, Map and Set entries): it counts against the heap limit with the native heap
        # (charge_external), and each collection measures it again (Collector.external_bytes).
        self.external_bytes = 0
        self.gc_threshold = MIN_GC_BYTES
        self.collector = None          # objects/gc.py's Collector, once the isolate made one
        self.gc_interval = 0           # --gc-interval: collect at every n-th allocation (0: off)
        self.allocations = 0           # counted only while gc_interval is on
        # Handles (V8's HandleScopes, flattened): every allocation since the innermost open scope
        # began is a root. Python code keeps fresh objects on its evaluation stack, which the
        # collector cannot see (`[new_array(...) for ...]`, `f(allocate(), allocate())`); the
        # interpreter, the built-in calls and the runtime entries open a scope (remember the
        # length) and close it (truncate) when they return, and an interpreter frame empties its
        # own at each back edge, where its registers hold all it still needs.
        self.handles: list[int] = []
        self.strings: list[str | None] = []
        self.string_ids: dict[str, int] = {}
        self.free_string_ids: list[int] = []
        self.pinned_strings: set[int] = set()   # ids optimized code embeds: never collected
        # string id -> the address of its record [length][UTF-16 code units] in the heap, so
        # optimized code reads a string's length and characters in place (0: not made yet)
        self._string_index = mmap.mmap(-1, 8 * MAX_STRINGS, flags=flags)
        self.string_index = memoryview(self._string_index).cast("Q")
        self.string_index_address = ctypes.addressof(ctypes.c_char.from_buffer(self._string_index))
        # code unit -> 1 + the id of the one-unit string (0: not interned yet), for optimized
        # code's charAt and String.fromCharCode
        self.char_strings = (ctypes.c_uint32 * 0x10000)()
        self.char_strings_address = ctypes.addressof(self.char_strings)
        self.bigints: list[BigInt | None] = []
        self.bigint_ids: dict[int, int] = {}
        self.free_bigint_ids: list[int] = []
        self.pinned_bigints: set[int] = set()   # ids optimized code embeds: never collected

    # ---- allocation ----------------------------------------------------------

    def allocate(self, nwords: int, kind: int = KIND_OBJECT) -> int:
        """Returns the address of nwords fresh words of an allocation of this kind."""
        words = self.words
        at = words[TOP_WORD]
        top = at + 8 * (nwords + 1)
        if top > words[LIMIT_WORD]:
            return self.allocate_slow(nwords, kind)
        words[TOP_WORD] = top
        i = (at - self.base) >> 3
        words[i] = nwords | (kind << KIND_SHIFT)
        self.start_bits[i >> 6] |= 1 << (i & 63)
        self.handles.append(at + 8)
        return at + 8

    def allocate_slow(self, nwords: int, kind: int) -> int:
        """The LAB is used up: a collection when one is due, then a new LAB (a free span that
        fits, or fresh memory), then the allocation. Optimized code reaches it through
        rt_allocate."""
        need = 8 * (nwords + 1)
        collector = self.collector
        if collector is not None:
            self.collect_if_due()
        if self.words[TOP_WORD] + need > self.lab_end and not self.refill(need):
            if collector is not None:
                collector.collect("heap limit")
            if not self.refill(need):
                raise HeapExhausted("heap exhausted")
        # With --gc-interval the limit stops after this allocation, so the next one (inline in
        # optimized code too) comes back here to be counted.
        self.words[LIMIT_WORD] = self.words[TOP_WORD] + need if self.gc_interval else self.lab_end
        return self.allocate(nwords, kind)

    def collect_if_due(self) -> None:
        """Collects when enough was allocated since the last collection (or, with --gc-interval,
        at every n-th call)."""
        collector = self.collector
        if self.gc_interval:
            self.allocations += 1
            if self.allocations % self.gc_interval == 0:
                collector.collect("--gc-interval")
        elif self.allocated_bytes >= self.gc_threshold:
            collector.collect("allocation")

    def refill(self, need: int) -> bool:
        """Makes [top, limit) a LAB of at least `need` bytes; False when no memory is left."""
        spans = self.spans
        while spans and need <= LAB_BYTES:
            start, end = spans.pop()
            if end - start >= need:
                # reused memory holds what dead objects left: allocations get zeroed words
                ctypes.memset(start, 0, end - start)
                self.take_lab(start, end)
                return True
        size = max(LAB_BYTES, need)
        if self.high_water + size - self.base + self.external_bytes > self.max_bytes:
            size = need
            if self.high_water + size - self.base + self.external_bytes > self.max_bytes:
                return False
        start = self.high_water
        self.high_water += size
        self.take_lab(start, start + size)
        return True

    def charge_external(self, nbytes: int) -> None:
        """Python memory that a heap value now holds: it counts toward the next collection and
        against the heap limit, so a Map, a dictionary or a sparse array cannot grow past
        --max-heap-size (or the machine's memory) where the same data in the heap could not.
        May collect; raises HeapExhausted when even a collection leaves too little."""
        self.external_bytes += nbytes
        self.allocated_bytes += nbytes
        if self.high_water - self.base + self.external_bytes > self.max_bytes and \
                self.used_bytes() + self.external_bytes > self.max_bytes:
            if self.collector is not None:
                self.collector.collect("heap limit")
            if self.used_bytes() + self.external_bytes > self.max_bytes:
                raise HeapExhausted("heap exhausted")

    def take_lab(self, start: int, end: int) -> None:
        self.allocated_bytes += end - start
        self.lab_end = end
        self.words[TOP_WORD] = start
        self.words[LIMIT_WORD] = end

    def retire_lab(self) -> None:
        """Gives up the rest of the current LAB (a collection is about to find the free spans)."""
        self.words[LIMIT_WORD] = self.lab_end = self.words[TOP_WORD]

    @property
    def top(self) -> int:
        return self.words[TOP_WORD]

    def used_bytes(self) -> int:
        """Memory the heap holds (up to its high-water mark) less its free spans."""
        return self.high_water - self.base - sum(end - start for start, end in self.spans)

    def index(self, addr: int) -> int:
        """Word index of an address, for self.words / self.doubles."""
        return (addr - self.base) >> 3

    # ---- strings ---------------------------------------------------------------

    def intern(self, s: str) -> int:
        sid = self.string_ids.get(s)
        if sid is None:
            if self.collector is not None:
                # The string's memory is Python's, but it counts toward the next collection
                # as an allocation (and for --gc-interval), or a loop of new strings would never
                # free the dead ones' ids, and against the heap limit. It may collect here: s
                # has no id to lose yet.
                self.charge_external(STRING_BYTES + 2 * len(s))
                self.collect_if_due()
            if self.free_string_ids:
                sid = self.free_string_ids.pop()
                self.strings[sid] = s
            else:
                sid = len(self.strings)
                if sid >= MAX_STRINGS:
                    raise HeapExhausted("string table full")
                self.strings.append(s)
            self.string_ids[s] = sid
        return sid

    def string_record(self, sid: int) -> int:
        """The native record of string sid, made at the first request: only machine code reads
        records (a string's length and code units), and most strings never meet it, so a
        program that builds strings does not copy each one into the heap."""
        record = self.string_index[sid]
        if record == 0:
            # The allocation may collect: the id must survive it (the caller's register may be
            # the string's only holder, and an id freed here would be reused with this record).
            pinned = sid in self.pinned_strings
            self.pinned_strings.add(sid)
            try:
                record = self._record_string(self.strings[sid])
            finally:
                if not pinned:
                    self.pinned_strings.discard(sid)
            self.string_index[sid] = record
        return record

    def pin_string(self, s: str) -> int:
        """The id of s, kept for good: optimized code embeds it."""
        sid = self.intern(s)
        self.pinned_strings.add(sid)
        return sid

    def char_string(self, unit: int) -> int:
        """The string id of the one-code-unit string, noted in `char_strings`."""
        sid = self.intern(chr(unit))
        self.char_strings[unit] = sid + 1
        return sid

    def _record_string(self, s: str) -> int:
        """A heap record of s's UTF-16 code units: [length][units, 2 bytes each]."""
        units = s.encode("utf-16-le", "surrogatepass")
        record = self.allocate(1 + ((len(units) + 7) >> 3), KIND_RAW)
        at = record - self.base
        self._mmap[at:at + 8] = (len(units) >> 1).to_bytes(8, "little")
        self._mmap[at + 8:at + 8 + len(units)] = units
        return record

    def intern_bigint(self, v: BigInt) -> int:
        bid = self.bigint_ids.get(v.value)
        if bid is None:
            if self.free_bigint_ids:
                bid = self.free_bigint_ids.pop()
                self.bigints[bid] = v
            else:
                bid = len(self.bigints)
                self.bigints.append(v)
            self.bigint_ids[v.value] = bid
        return bid

    # ---- values <-> bits ---------------------------------------------------------

    def encode(self, v) -> int:
        t = type(v)
        if t is float:
            if v.is_integer() and INT32_MIN <= v <= INT32_MAX and (v != 0.0 or copysign(1.0, v) > 0.0):
                return INT32_BITS | (int(v) & LOW32)
            if v != v:
                return CANONICAL_NAN
            return _double_bits(v)
        if t is int:
            return POINTER_BITS | v
        if t is str:
            return STRING_BITS | self.intern(v)
        if t is bool:
            return TRUE_BITS if v else FALSE_BITS
        if t is Oddball:
            return v.bits
        if t is BigInt:
            return BIGINT_BITS | self.intern_bigint(v)
        raise TypeError(f"not a JS value: {v!r}")

    def decode(self, bits: int):
        tag = bits >> TAG_SHIFT
        if tag < FIRST_BOXED_TAG:
            return _bits_double(bits)
        if tag == INT32_TAG:
            low = bits & LOW32
            return float(low - 0x1_0000_0000 if low & 0x8000_0000 else low)
        if tag == POINTER_TAG:
            return bits & PAYLOAD_MASK
        if tag == STRING_TAG:
            return self.strings[bits & LOW32]
        if tag == BIGINT_TAG:
            return self.bigints[bits & LOW32]
        return ODDBALL_VALUES[bits]

    # ---- slots --------------------------------------------------------------------

    def load(self, addr: int):
        """The JS value in the heap word at addr."""
        i = (addr - self.base) >> 3
        bits = self.words[i]
        tag = bits >> TAG_SHIFT
        if tag < FIRST_BOXED_TAG:
            return self.doubles[i]
        if tag == INT32_TAG:
            low = bits & LOW32
            return float(low - 0x1_0000_0000 if low & 0x8000_0000 else low)
        if tag == POINTER_TAG:
            return bits & PAYLOAD_MASK
        if tag == STRING_TAG:
            return self.strings[bits & LOW32]
        if tag == BIGINT_TAG:
            return self.bigints[bits & LOW32]
        return ODDBALL_VALUES[bits]

    def store(self, addr: int, v) -> None:
        i = (addr - self.base) >> 3
        if type(v) is float and not (v.is_integer() and INT32_MIN <= v <= INT32_MAX) and v == v:
            self.doubles[i] = v
        else:
            self.words[i] = self.encode(v)

    def load_word(self, addr: int) -> int:
        return self.words[(addr - self.base) >> 3]

    def store_word(self, addr: int, w: int) -> None:
        self.words[(addr - self.base) >> 3] = w


_conv = ctypes.c_double(0.0)
_conv_bits = ctypes.cast(ctypes.pointer(_conv), ctypes.POINTER(ctypes.c_uint64))


def _double_bits(x: float) -> int:
    _conv.value = x
    return _conv_bits[0]


def _bits_double(bits: int) -> float:
    _conv_bits[0] = bits
    return _conv.value


__all__ = ["Heap", "HeapExhausted", "UNDEFINED", "NULL", "HOLE"]
