"""Every collection of an isolate observed, for the collector's tests (tests/interpreter/objects/
test_gc.py, tests/llvm_tier/test_gc_roots.py): which Python functions were on the stack when it
started, and what the test wants to know before and after it."""
from __future__ import annotations

import sys


def observe_collections(collector, after, before=lambda: None) -> None:
    """Wraps collector.collect: `before()` runs first, then the collection, then
    `after(reason, functions, what_before_returned)`, where functions are the qualified names
    of the Python functions on the stack."""
    collect = collector.collect

    def observed(reason: str = "requested"):
        names = set()
        f = sys._getframe(1)
        while f is not None:
            names.add(f.f_code.co_qualname)
            f = f.f_back
        state = before()
        collect(reason)
        after(reason, frozenset(names), state)

    collector.collect = observed
