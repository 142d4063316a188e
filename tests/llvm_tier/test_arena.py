"""The caching arena allocator (llvm_tier/arena.py): CPython's frame chunks are reused, not
mapped and unmapped at every call that crosses a chunk boundary, so a call costs the same
work at every JS depth.

Checked by counting, not timing: the allocator's own counters say how many blocks were mapped
fresh and how many were handed back from its cache while a hot call runs at every depth from
1 to 60 (one of which sits on a 16 KiB chunk boundary), in the interpreter, where a JS call
is several Python frames. LLVM compiles the allocator, so it is installed with the JIT, at the
first compile: the probe creates the JIT up front (`tier.jit`) and then never compiles.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import contextlib, io, sys
sys.setrecursionlimit(100000)
import cli
from interpreter.isolate import Isolate
from llvm_tier.tierup import install_tier

iso = Isolate(write=lambda s: None)
tier = install_tier(iso, threshold=10 ** 9)   # every call in the interpreter: Python frames
assert tier.stats.arena is None                # nothing of LLVM before the first compile
tier.jit                                       # what the first compile does first
source = '''
function leaf(x) { return x + 1; }
function at(depth, n) {
  if (depth > 0) return at(depth - 1, n);
  let s = 0;
  for (let i = 0; i < n; i++) s = leaf(s) + (i % 2 ? leaf(i) : 0);
  return s;
}
function poly(o) { return o.f(); }
const objs = [{ f() { return 1; } }, { f() { return 2; } }];
function atp(depth, n) {
  if (depth > 0) return atp(depth - 1, n);
  let s = 0;
  for (let i = 0; i < n; i++) s += poly(objs[i & 1]);
  return s;
}
for (let d = 1; d <= 60; d++) { at(d, 300); atp(d, 300); }
'''
before = tier.stats.arena.stats()
cli.run_in_big_stack(lambda: iso.run(source))
after = tier.stats.arena.stats()
print({k: after[k] - before[k] for k in after})
"""


def test_frame_chunks_are_reused_at_every_depth():
    r = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    counts = eval(r.stdout.strip())
    # thousands of chunk-boundary crossings were served from the cache; only the first few
    # blocks of each size were mapped (without the cache, every crossing maps and unmaps)
    assert counts["cache_hits"] > 1000
    assert counts["fresh_maps"] < 50
    assert counts["unmaps"] < 50


def test_stats_report_the_allocator():
    r = subprocess.run([sys.executable, "-m", "cli", "run", "--stats", "--stress-opt", "-e",
                        "function f(x) { return x + 1; } console.log(f(1))"], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and r.stdout == "2\n"
    assert "[stats] CPython memory blocks: " in r.stderr
