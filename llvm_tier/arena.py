"""A caching arena allocator for CPython, in machine code: no mmap/munmap churn under deep JS calls.

Place in the pipeline: installed by the tier (tierup.py) when it creates its
JIT. Every JS call costs several Python frames, and CPython 3.11 keeps
Python frames in 16 KiB chunks that it maps with `mmap` when a call crosses a
chunk boundary and unmaps as soon as the chunk empties again. A hot call
that happens to sit at such a boundary pays an `mmap`, a page fault and an
`munmap` every time (2.5-3x slower at one depth than at the next).

CPython takes the allocator of those chunks (and of obmalloc's arenas) from
`PyObject_SetArenaAllocator`. This module compiles, with llvmlite, an
allocator whose `free` keeps up to CACHE_SLOTS freed blocks (any size) and
whose `alloc` hands back a cached block of the same size before it maps a
new one: the churn becomes a few loads and stores. Both functions run with
the GIL held, as CPython calls them, so they need no lock. Counters of fresh
maps and cache hits are kept in native memory for tests and `--stats`.
"""
from __future__ import annotations

import ctypes

import llvmlite.binding as llvm

CACHE_SLOTS = 64

_IR = f"""
declare ptr @mmap(ptr, i64, i32, i32, i32, i64)
declare i32 @munmap(ptr, i64)

@cache_sizes = global [{CACHE_SLOTS} x i64] zeroinitializer
@cache_blocks = global [{CACHE_SLOTS} x ptr] zeroinitializer
@stats = global [3 x i64] zeroinitializer      ; fresh maps, cache hits, unmaps

define ptr @bailout_arena_alloc(ptr %ctx, i64 %size) {{
entry:
  br label %scan
scan:
  %i = phi i64 [ 0, %entry ], [ %next, %miss ]
  %more = icmp ult i64 %i, {CACHE_SLOTS}
  br i1 %more, label %look, label %fresh
look:
  %sp = getelementptr [{CACHE_SLOTS} x i64], ptr @cache_sizes, i64 0, i64 %i
  %s = load i64, ptr %sp
  %same = icmp eq i64 %s, %size
  br i1 %same, label %hit, label %miss
miss:
  %next = add i64 %i, 1
  br label %scan
hit:
  %bp = getelementptr [{CACHE_SLOTS} x ptr], ptr @cache_blocks, i64 0, i64 %i
  %block = load ptr, ptr %bp
  store i64 0, ptr %sp
  store ptr null, ptr %bp
  %h = load i64, ptr getelementptr ([3 x i64], ptr @stats, i64 0, i64 1)
  %h1 = add i64 %h, 1
  store i64 %h1, ptr getelementptr ([3 x i64], ptr @stats, i64 0, i64 1)
  ret ptr %block
fresh:
  ; PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS
  %m = call ptr @mmap(ptr null, i64 %size, i32 3, i32 34, i32 -1, i64 0)
  %failed = icmp eq ptr %m, inttoptr (i64 -1 to ptr)
  %f = load i64, ptr @stats
  %f1 = add i64 %f, 1
  store i64 %f1, ptr @stats
  %r = select i1 %failed, ptr null, ptr %m
  ret ptr %r
}}

define void @bailout_arena_free(ptr %ctx, ptr %block, i64 %size) {{
entry:
  %null = icmp eq ptr %block, null
  br i1 %null, label %done, label %scan
scan:
  %i = phi i64 [ 0, %entry ], [ %next, %taken ]
  %more = icmp ult i64 %i, {CACHE_SLOTS}
  br i1 %more, label %look, label %unmap
look:
  %sp = getelementptr [{CACHE_SLOTS} x i64], ptr @cache_sizes, i64 0, i64 %i
  %s = load i64, ptr %sp
  %empty = icmp eq i64 %s, 0
  br i1 %empty, label %keep, label %taken
taken:
  %next = add i64 %i, 1
  br label %scan
keep:
  %bp = getelementptr [{CACHE_SLOTS} x ptr], ptr @cache_blocks, i64 0, i64 %i
  store i64 %size, ptr %sp
  store ptr %block, ptr %bp
  br label %done
unmap:
  %u = call i32 @munmap(ptr %block, i64 %size)
  %n = load i64, ptr getelementptr ([3 x i64], ptr @stats, i64 0, i64 2)
  %n1 = add i64 %n, 1
  store i64 %n1, ptr getelementptr ([3 x i64], ptr @stats, i64 0, i64 2)
  br label %done
done:
  ret void
}}
"""


class _ArenaAllocator(ctypes.Structure):
    _fields_ = [("ctx", ctypes.c_void_p),
                ("alloc", ctypes.c_void_p),
                ("free", ctypes.c_void_p)]


class CachingArena:
    """The allocator, compiled and installed; `stats()` reads its counters."""

    def __init__(self):
        module = llvm.parse_assembly(_IR)
        module.verify()
        target_machine = llvm.Target.from_triple(llvm.get_process_triple()).create_target_machine()
        self._engine = llvm.create_mcjit_compiler(module, target_machine)
        self._engine.finalize_object()
        self._alloc = self._engine.get_function_address("bailout_arena_alloc")
        self._free = self._engine.get_function_address("bailout_arena_free")
        self._stats = (ctypes.c_uint64 * 3).from_address(self._engine.get_global_value_address("stats"))
        self._struct = _ArenaAllocator(None, self._alloc, self._free)
        ctypes.pythonapi.PyObject_SetArenaAllocator.argtypes = [ctypes.POINTER(_ArenaAllocator)]
        ctypes.pythonapi.PyObject_SetArenaAllocator.restype = None
        # CPython copies the struct; the code it points to must stay loaded for the process's life.
        ctypes.pythonapi.PyObject_SetArenaAllocator(ctypes.byref(self._struct))

    def stats(self) -> dict[str, int]:
        return {"fresh_maps": self._stats[0], "cache_hits": self._stats[1], "unmaps": self._stats[2]}


def install() -> CachingArena:
    """Installs the caching allocator once per process (later calls return the same one); the
    native target must be initialized (llvm_tier.jit does it)."""
    global _installed   # noqa: PLW0603 - the process has one arena allocator, like CPython itself
    if _installed is None:
        _installed = CachingArena()
    return _installed


_installed: CachingArena | None = None
