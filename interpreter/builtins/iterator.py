"""The iterator objects of Map, Set and Array (`map.entries()`, `array.values()`): their
prototypes with `next`, and their Python-side state.

Place in the pipeline: a built-in library module below array.py and
collections.py, which make iterators with `new_iterator`. An iterator is a
heap object of instance type ITERATOR whose state lives in
`isolate.iterator_states[address]`: a Python iterator of the JS values still
to come. for-of and spread read that iterator directly (`isolate.iterables`);
`next()` is what a script calls. The prototypes have no global name;
bootstrap.py makes them from `PROTOTYPES`.
"""
from __future__ import annotations

from functools import partial

from interpreter.errors import type_error
from .support import Method, Prototype, describe
from interpreter.objects.maps import InstanceType
from interpreter.objects.values import HOLE, UNDEFINED

TAGS = ("Map Iterator", "Set Iterator", "Array Iterator")


class IteratorState:
    """A JS iterator object's Python side: its values to come, and how console.log previews them."""

    __slots__ = ("done", "key_value", "preview", "source", "tag")

    def __init__(self, tag: str, source, preview=None, key_value: bool = False):
        self.tag = tag
        self.source = source          # a Python iterator of JS values
        self.preview = preview        # fn() -> list of what is left (Map and Set iterators)
        self.key_value = key_value
        self.done = False

    def next(self):
        """The next value, or HOLE when exhausted (the hole is never a JS value)."""
        if self.done:
            return HOLE
        for v in self.source:
            return v
        self.done = True
        return HOLE


def init(isolate) -> None:
    isolate.iterator_states = {}
    isolate.iterator_maps = {}      # tag -> the map of its iterator objects
    isolate.iterables[InstanceType.ITERATOR] = partial(iterate_iterator, isolate)


def new_iterator(isolate, tag: str, source, preview=None, key_value: bool = False) -> int:
    """A JS iterator object (`next()`, for-of, spread) over a Python iterator of JS values."""
    it = isolate.objects.new_object(isolate.iterator_maps[tag])
    isolate.iterator_states[it] = IteratorState(tag, source, preview, key_value)
    return it


def iterate_iterator(isolate, obj: int):
    state = isolate.iterator_states[obj]
    while True:
        v = state.next()
        if v is HOLE:
            return
        yield v


def iterator_next(isolate, this, args, *, tag: str):
    state = isolate.iterator_states.get(this) if type(this) is int else None
    if state is None or state.tag != tag:
        raise type_error(f"Method {tag}.prototype.next called on incompatible receiver "
                         f"{describe(isolate, this)}")
    v = state.next()
    objects = isolate.objects
    result = objects.new_object(objects.literal_root(2))
    objects.set_own(result, "value", UNDEFINED if v is HOLE else v)
    objects.set_own(result, "done", v is HOLE)
    return result


def register_iterator_map(isolate, proto: int, *, tag: str) -> None:
    isolate.iterator_maps[tag] = isolate.maps.new(InstanceType.ITERATOR, 0, constructor_name="Object",
                                                  prototype=proto)


# %IteratorPrototype%, the common prototype (with no Symbol.iterator: there are no symbols).
ITERATOR_PROTOTYPE = Prototype("Object")

PROTOTYPES = tuple(
    Prototype("Object", (Method("next", 0, partial(iterator_next, tag=tag)),), parent=ITERATOR_PROTOTYPE,
              setup=partial(register_iterator_map, tag=tag))
    for tag in TAGS)
