"""The native heap: one anonymous mmap that the interpreter, optimized code and the deoptimizer all address.

The reservation never moves (addresses are stable for optimized code) and is
committed lazily by the OS. Allocation is a bump pointer; a collector can come
later because every reference is findable: heap words use the NaN-boxed
encoding of values.py, and the roots (interpreter frames, global cells, the
isolate's tables) are enumerable.

The heap also owns the string table: a string value is an index into it, and
strings are interned so equal strings have equal bits. BigInts have a table of
their own, interned the same way.
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
MAX_STRINGS = 1 << 27          # string ids the native string index has room for
STRING_DATA_BYTES = 1 << 32    # reserved for the strings' UTF-16 code units


class HeapExhausted(MemoryError):
    pass


class Heap:
    def __init__(self, size_bytes: int = 1 << 32):
        self._mmap = mmap.mmap(-1, size_bytes,
                               flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS | MAP_NORESERVE)
        self.words = memoryview(self._mmap).cast("Q")     # heap word i as uint64
        self.doubles = memoryview(self._mmap).cast("d")   # the same word as a double
        self.base = ctypes.addressof(ctypes.c_char.from_buffer(self._mmap))
        # The allocation pointer and its limit live in the heap's first two words, where optimized
        # code bumps the same pointer inline (address 0 of the heap is never an object).
        self.top_address = self.base + 8 * TOP_WORD
        self.limit_address = self.base + 8 * LIMIT_WORD
        self.words[TOP_WORD] = self.base + 64
        self.words[LIMIT_WORD] = self.base + size_bytes
        self.strings: list[str] = []
        self.string_ids: dict[str, int] = {}
        # Every interned string's UTF-16 code units also live in native memory, so optimized code
        # reads a string's length and characters in place: string id -> the address of its
        # record [length (8 bytes)][code units (2 bytes each)], in the native string index.
        flags = mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS | MAP_NORESERVE
        self._string_data = mmap.mmap(-1, STRING_DATA_BYTES, flags=flags)
        self._string_index = mmap.mmap(-1, 8 * MAX_STRINGS, flags=flags)
        self.string_index = memoryview(self._string_index).cast("Q")
        self.string_index_address = ctypes.addressof(ctypes.c_char.from_buffer(self._string_index))
        self._string_data_address = ctypes.addressof(ctypes.c_char.from_buffer(self._string_data))
        self._string_data_top = 0
        # code unit -> 1 + the id of the one-unit string (0: not interned yet), for optimized
        # code's charAt and String.fromCharCode
        self.char_strings = (ctypes.c_uint32 * 0x10000)()
        self.char_strings_address = ctypes.addressof(self.char_strings)
        self.bigints: list[BigInt] = []
        self.bigint_ids: dict[int, int] = {}

    # ---- allocation ----------------------------------------------------------

    def allocate(self, nwords: int) -> int:
        """Returns the address of nwords fresh zeroed words."""
        words = self.words
        addr = words[TOP_WORD]
        top = addr + 8 * nwords
        if top > words[LIMIT_WORD]:
            raise HeapExhausted("heap exhausted")
        words[TOP_WORD] = top
        return addr

    @property
    def top(self) -> int:
        return self.words[TOP_WORD]

    def index(self, addr: int) -> int:
        """Word index of an address, for self.words / self.doubles."""
        return (addr - self.base) >> 3

    # ---- strings ---------------------------------------------------------------

    def intern(self, s: str) -> int:
        sid = self.string_ids.get(s)
        if sid is None:
            sid = len(self.strings)
            if sid >= MAX_STRINGS:
                raise HeapExhausted("string table full")
            self.strings.append(s)
            self.string_ids[s] = sid
            self._record_string(sid, s)
        return sid

    def char_string(self, unit: int) -> int:
        """The string id of the one-code-unit string, noted in `char_strings`."""
        sid = self.intern(chr(unit))
        self.char_strings[unit] = sid + 1
        return sid

    def _record_string(self, sid: int, s: str) -> None:
        units = s.encode("utf-16-le", "surrogatepass")
        at = self._string_data_top
        end = at + 8 + ((len(units) + 7) & ~7)
        if end > STRING_DATA_BYTES:
            raise HeapExhausted("string space exhausted")
        data = self._string_data
        data[at:at + 8] = (len(units) >> 1).to_bytes(8, "little")
        data[at + 8:at + 8 + len(units)] = units
        self._string_data_top = end
        self.string_index[sid] = self._string_data_address + at

    def intern_bigint(self, v: BigInt) -> int:
        bid = self.bigint_ids.get(v.value)
        if bid is None:
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
