"""Number semantics as pure functions: Number <-> string conversions, V8's fdlibm transcendental
functions, and BigInt arithmetic. Leaves: they know nothing of the heap.
"""
