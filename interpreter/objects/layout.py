"""Byte offsets of every heap object's fields: the contract between the interpreter, optimized code and the deoptimizer.

    JSObject   [map][properties][in-object slot 0]...[slot n-1]
    JSArray    [map][properties][length][elements][capacity]
    JSFunction [map][properties][shared function id][context]
    Context    [map][parent][length][slot 0]...[slot n-1]
    ForOfIterator [map][properties][iterated][next index]
    Backing    [slot 0]...[slot capacity-1]       (out-of-object properties, array elements)

`map` is a raw map id (not a JS value) so a map check is one 64-bit compare.
`properties`, `elements`, `parent` and `context` are raw addresses (0 = none);
`length`, `capacity` and the shared id are raw unsigned integers. Every slot
holds a NaN-boxed value (values.py).
"""
WORD = 8

MAP_OFFSET = 0
PROPERTIES_OFFSET = 8
OBJECT_HEADER_WORDS = 2           # in-object slot i is at 8 * (2 + i)

ARRAY_LENGTH_OFFSET = 16
ARRAY_ELEMENTS_OFFSET = 24
ARRAY_CAPACITY_OFFSET = 32
ARRAY_WORDS = 5

FUNCTION_SHARED_OFFSET = 16
FUNCTION_CONTEXT_OFFSET = 24
FUNCTION_WORDS = 4

# The hidden iterator for-of and array patterns step: over an array its state is the array and
# the next index (an int32 value), read and written by the interpreter and optimized code alike;
# over anything else the iterated value, its state a Python iterator (isolate.for_of_states).
FOR_OF_ITERATED_OFFSET = 16
FOR_OF_INDEX_OFFSET = 24
FOR_OF_WORDS = 4

CONTEXT_PARENT_OFFSET = 8
CONTEXT_LENGTH_OFFSET = 16
CONTEXT_HEADER_WORDS = 3          # context slot i is at 8 * (3 + i)


def inobject_slot_offset(i: int) -> int:
    return WORD * (OBJECT_HEADER_WORDS + i)


def context_slot_offset(i: int) -> int:
    return WORD * (CONTEXT_HEADER_WORDS + i)
