"""The object model in native memory: the value encoding, object layouts, the heap, maps and
the ObjectSpace that allocates and reads objects, arrays, functions and contexts.

Shared by the interpreter, optimized code and the deoptimizer (design Contract 1).
"""
