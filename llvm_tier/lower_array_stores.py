"""Lowering of the stores that change an array's length: `a.length = n` and `a[i] = v` at
i == a.length (an append), in place in machine code (V8's JSNativeContextSpecialization for
array length stores and its "grow" keyed store mode).

Place in the pipeline: a mixin of `Lowering` (lowering.py), called by the property stores
(lower_properties.py) when the feedback says so:

- a named store of `length` whose feedback saw only arrays (handler `("array_length",)`: the
  interpreter records it for a plain, extensible array with its elements in place). The new
  length must be an int32 of at least 0 (anything else, a fraction, a negative number, a
  string, takes the runtime's store, which converts and throws RangeError exactly as JS says).
  Truncation clears the cut-off slots (the collector must not keep their values, as
  `ObjectSpace.set_array_length` does) and writes the length word; growth within capacity
  fills the new slots with the hole and writes the length word, on an array whose map already
  allows holes (ANY), or after switching the map to the ANY kind natively when that map
  exists and the map it leaves is already unstable (no code may rely on it); growth past the
  capacity or to a sparse length is one runtime call. A frozen array's map has no such
  handler: its store is generic (refused by the runtime, a TypeError in strict code).
- a keyed store whose feedback saw appends (`out_of_bounds` with element handlers of one
  elements kind): in bounds it is the usual store; at the length it stores the element and
  bumps the length word, first growing a full backing store in machine code (a new store of
  twice the capacity allocated inline, the elements copied: `elements_with_room`, which
  `push` uses too); anything else (a gap that would make holes, a negative or huge index) is
  one call of the runtime's keyed store.
"""
from __future__ import annotations

from interpreter.objects.heap import KIND_VALUES
from interpreter.objects.layout import ARRAY_CAPACITY_OFFSET, ARRAY_ELEMENTS_OFFSET, ARRAY_LENGTH_OFFSET
from interpreter.objects.maps import ElementsKind

from .analysis import I, T
from .ir import HOLE as HOLE_BITS


class ArrayStoreLowering:
    def elements_with_room(self, obj: str, length: str) -> str:
        """The elements store of a plain array with a slot free at `length` (i64, the length):
        the current one when it has room, else a new one allocated inline (the runtime's
        rt_allocate only when the allocation buffer is used up) of twice the capacity, as
        `ObjectSpace.reserve_elements` makes it, with the elements copied and the array's
        elements and capacity words updated. Returns the store's pointer."""
        b = self.b
        capacity = self.field(obj, ARRAY_CAPACITY_OFFSET)
        old = b.value(f"inttoptr i64 {self.field(obj, ARRAY_ELEMENTS_OFFSET)} to ptr")
        here = self.b.open_block("room_check")
        room, grow, done = b.label("has_room"), b.label("grow_elements"), b.label("elements_ready")
        b.terminate(f"br i1 {b.value(f'icmp ult i64 {length}, {capacity}')}, label %{room}, label %{grow}, !prof !1")
        b.start(room)
        b.terminate(f"br label %{done}")
        b.start(grow)
        doubled = b.value(f"shl i64 {capacity}, 1")
        need = b.value(f"add i64 {length}, 1")
        new_capacity = b.value(f"select i1 {b.value(f'icmp ugt i64 {doubled}, {need}')}, i64 {doubled}, i64 {need}")
        new = self.allocate(new_capacity, KIND_VALUES)
        self.copy_slots(old, new, length)
        self.store_field(obj, ARRAY_ELEMENTS_OFFSET, b.value(f"ptrtoint ptr {new} to i64"))
        self.store_field(obj, ARRAY_CAPACITY_OFFSET, new_capacity)
        grown = self.b.open_block("elements_grown")
        b.terminate(f"br label %{done}")
        b.start(done)
        del here
        return b.value(f"phi ptr [ {old}, %{room} ], [ {new}, %{grown} ]")

    def copy_slots(self, src: str, dst: str, n: str) -> None:
        """dst[0..n) = src[0..n): a machine-code loop."""
        b = self.b
        entry = self.b.open_block("copy_entry")
        loop, body, done = b.label("copy"), b.label("copy_body"), b.label("copied")
        b.terminate(f"br label %{loop}")
        b.start(loop)
        k, k1 = b.tmp("k"), b.tmp("k1")
        b.emit(f"{k} = phi i64 [ 0, %{entry} ], [ {k1}, %{body} ]")
        b.terminate(f"br i1 {b.value(f'icmp ult i64 {k}, {n}')}, label %{body}, label %{done}")
        b.start(body)
        v = b.value(f"load i64, ptr {b.value(f'getelementptr i64, ptr {src}, i64 {k}')}")
        b.emit(f"store i64 {v}, ptr {b.value(f'getelementptr i64, ptr {dst}, i64 {k}')}")
        b.emit(f"{k1} = add i64 {k}, 1")
        b.terminate(f"br label %{loop}")
        b.start(done)

    def fill_slots(self, elements: str, lo: str, hi: str, value: str) -> None:
        """Stores `value` into elements[lo..hi) (i64 bounds, lo <= hi): a machine-code loop."""
        b = self.b
        entry = self.b.open_block("fill_entry")
        loop, body, done = b.label("fill"), b.label("fill_body"), b.label("filled")
        b.terminate(f"br label %{loop}")
        b.start(loop)
        k = b.tmp("k")
        k1 = b.tmp("k1")
        b.emit(f"{k} = phi i64 [ {lo}, %{entry} ], [ {k1}, %{body} ]")
        b.terminate(f"br i1 {b.value(f'icmp ult i64 {k}, {hi}')}, label %{body}, label %{done}")
        b.start(body)
        b.emit(f"store i64 {value}, ptr {b.value(f'getelementptr i64, ptr {elements}, i64 {k}')}")
        b.emit(f"{k1} = add i64 {k}, 1")
        b.terminate(f"br label %{loop}")
        b.start(done)

    def holey_map_for(self, map_id: int) -> int | None:
        """The ANY-kind map an array of this map moves to when it gets holes, when machine code
        may switch to it: it exists already and the map it leaves is unstable."""
        maps = self.isolate.maps
        objects = self.isolate.objects
        m = maps[map_id]
        if m.elements_kind == ElementsKind.ANY:
            return map_id
        if m.stable:
            return None
        plain = not m.keys and m.prototype == objects.array_prototype and not m.is_prototype_map
        target = objects.array_maps[ElementsKind.ANY] if plain else m.kind_transitions.get(ElementsKind.ANY)
        return None if target is None else target.id

    def lower_store_array_length(self, pc: int, map_ids: list[int], receiver: str, value_r: int,
                                 name_id: int, strict_bit: int) -> None:
        """`a.length = n` on arrays of the feedback's maps (deopt "wrong map" otherwise)."""
        b = self.b
        ins = self.code[pc]
        plans = [(m, self.holey_map_for(m)) for m in map_ids]
        self.note(pc, "store .length: array length in machine code; " + ", ".join(
            f"map #{m} -> truncate" + (f", grow within capacity (map #{h})" if h is not None else ", grow in the runtime")
            for m, h in plans))
        rep = self.state[value_r]
        tagged = self.get(value_r, T)
        slow, done = b.label("length_slow"), b.label("length_stored")
        if rep == I:
            n32 = self.get(value_r, I)
        else:
            is_int = b.value(f"icmp eq i64 {b.value(f'lshr i64 {tagged}, 48')}, {0xFFF9}")
            int_l = b.label("length_int")
            b.terminate(f"br i1 {is_int}, label %{int_l}, label %{slow}, !prof !1")
            b.start(int_l)
            n32 = b.value(f"trunc i64 {tagged} to i32")
        nonneg = b.value(f"icmp sge i32 {n32}, 0")
        ok_l = b.label("length_valid")
        b.terminate(f"br i1 {nonneg}, label %{ok_l}, label %{slow}, !prof !1")
        b.start(ok_l)
        n = b.value(f"zext i32 {n32} to i64")
        obj, labels = self.receiver_dispatch(ins[1], receiver, [m for m, _ in plans],
                                             self.stable_receiver_map(ins[1], [m for m, _ in plans]))
        checkpoint = self.checkpoint
        for (map_id, holey), label in zip(plans, labels):
            self.start_arm(label, checkpoint)
            length = self.field(obj, ARRAY_LENGTH_OFFSET)
            elements = b.value(f"inttoptr i64 {self.field(obj, ARRAY_ELEMENTS_OFFSET)} to ptr")
            shrink, grow = b.label("length_shrink"), b.label("length_grow")
            b.terminate(f"br i1 {b.value(f'icmp ule i64 {n}, {length}')}, label %{shrink}, label %{grow}")
            b.start(shrink)
            # cut-off slots hold no value the collector would keep alive
            self.fill_slots(elements, n, length, "0")
            self.store_field(obj, ARRAY_LENGTH_OFFSET, n)
            b.terminate(f"br label %{done}")
            b.start(grow)
            if holey is None:
                b.terminate(f"br label %{slow}")
                continue
            room = b.value(f"icmp ule i64 {n}, {self.field(obj, ARRAY_CAPACITY_OFFSET)}")
            fits = b.label("length_room")
            b.terminate(f"br i1 {room}, label %{fits}, label %{slow}, !prof !1")
            b.start(fits)
            if holey != map_id:
                self.store_field(obj, 0, str(holey))     # the elements kind that allows holes
            self.fill_slots(elements, length, n, HOLE_BITS)
            self.store_field(obj, ARRAY_LENGTH_OFFSET, n)
            b.terminate(f"br label %{done}")
        b.start(slow)
        self.runtime("rt_store_named", receiver, str(name_id | strict_bit), tagged)
        b.terminate(f"br label %{done}")
        b.start(done)

    def append_or_store(self, pc: int, obj: str, receiver: str, key_r: int, index: str, value: str) -> None:
        """The store of a keyed site that saw appends, once the map and the value's kind are
        checked: in bounds in place, at the length in place while there is room (the length
        word bumped), anything else through the runtime's keyed store."""
        b = self.b
        length = self.field(obj, ARRAY_LENGTH_OFFSET)
        idx64 = b.value(f"sext i32 {index} to i64")
        elements = b.value(f"inttoptr i64 {self.field(obj, ARRAY_ELEMENTS_OFFSET)} to ptr")
        inb, edge, append, slow, done = (b.label("store_in"), b.label("store_edge"), b.label("store_append"),
                                         b.label("store_slow"), b.label("store_done"))
        b.terminate(f"br i1 {b.value(f'icmp ult i64 {idx64}, {length}')}, label %{inb}, label %{edge}, !prof !1")
        b.start(inb)
        b.emit(f"store i64 {value}, ptr {b.value(f'getelementptr i64, ptr {elements}, i64 {idx64}')}")
        b.terminate(f"br label %{done}")
        b.start(edge)
        at_end = b.value(f"icmp eq i64 {idx64}, {length}")
        b.terminate(f"br i1 {at_end}, label %{append}, label %{slow}, !prof !1")
        b.start(append)
        room = self.elements_with_room(obj, length)
        b.emit(f"store i64 {value}, ptr {b.value(f'getelementptr i64, ptr {room}, i64 {idx64}')}")
        self.store_field(obj, ARRAY_LENGTH_OFFSET, b.value(f"add i64 {length}, 1"))
        b.terminate(f"br label %{done}")
        b.start(slow)
        entry = "rt_store_keyed_strict" if self.sfi.strict else "rt_store_keyed"
        self.runtime(entry, receiver, self.get(key_r, T), value)
        b.terminate(f"br label %{done}")
        b.start(done)
