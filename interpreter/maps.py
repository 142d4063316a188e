"""Hidden classes (maps) and their transition trees.

A map fixes an object's layout: which property lives in which slot, how many
slots are in-object, and for arrays the elements kind. Objects built by adding
the same properties in the same order from the same root share a map, which is
what makes an inline cache (and an optimized map guard) a single compare.
"""
from __future__ import annotations

from enum import IntEnum


class InstanceType(IntEnum):
    OBJECT = 1
    ARRAY = 2
    FUNCTION = 3
    CONTEXT = 4


class ElementsKind(IntEnum):
    """What an array's elements are known to hold; only ever generalizes (V8's PACKED_SMI -> DOUBLE -> ELEMENTS)."""
    INT32 = 0
    DOUBLE = 1
    ANY = 2


class Map:
    __slots__ = ("id", "instance_type", "inobject", "keys", "index", "transitions", "parent",
                 "constructor_name", "elements_kind", "kind_transitions", "deprecated")

    def __init__(self, map_id: int, instance_type: InstanceType, inobject: int,
                 keys: tuple[str, ...] = (), parent: Map | None = None,
                 constructor_name: str = "Object", elements_kind: ElementsKind = ElementsKind.ANY):
        self.id = map_id
        self.instance_type = instance_type
        self.inobject = inobject
        self.keys = keys
        self.index = {k: i for i, k in enumerate(keys)}
        self.transitions: dict[str, Map] = {}
        self.kind_transitions: dict[ElementsKind, Map] = {}
        self.parent = parent
        self.constructor_name = constructor_name
        self.elements_kind = elements_kind
        self.deprecated = False

    def __repr__(self) -> str:
        return f"<Map #{self.id} {self.instance_type.name} {{{', '.join(self.keys)}}}>"

    def is_inobject(self, property_index: int) -> bool:
        return property_index < self.inobject


class MapTable:
    """All maps of one isolate, by id (the id is what an object's map word holds)."""

    def __init__(self):
        self.maps: list[Map | None] = [None]   # id 0 is never a map: an all-zero word is not an object

    def new(self, instance_type: InstanceType, inobject: int, keys: tuple[str, ...] = (),
            parent: Map | None = None, constructor_name: str = "Object",
            elements_kind: ElementsKind = ElementsKind.ANY) -> Map:
        m = Map(len(self.maps), instance_type, inobject, keys, parent, constructor_name, elements_kind)
        self.maps.append(m)
        return m

    def __getitem__(self, map_id: int) -> Map:
        return self.maps[map_id]

    def transition(self, m: Map, key: str) -> Map:
        """The map an object of map m gets when property `key` is added (created once, then shared)."""
        t = m.transitions.get(key)
        if t is None:
            t = self.new(m.instance_type, m.inobject, m.keys + (key,), m, m.constructor_name,
                         m.elements_kind)
            m.transitions[key] = t
        return t

    def elements_transition(self, m: Map, kind: ElementsKind) -> Map:
        """The array map with the same properties and a more general elements kind."""
        t = m.kind_transitions.get(kind)
        if t is None:
            t = self.new(m.instance_type, m.inobject, m.keys, m.parent, m.constructor_name, kind)
            m.kind_transitions[kind] = t
        return t
