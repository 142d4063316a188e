"""Escape analysis: allocations whose object never leaves the optimized code are not made.

Place in the pipeline: a mixin of `Lowering` (lowering.py), with the driver in
`Lowering.lower`. After inlining, an object literal or a `new C()` whose
constructor is inlined may produce an object that is only kept in registers,
read and written by named property accesses whose maps are known at compile
time, compared by identity and handed to inlined callees. Such an object is
*virtual* (V8's escape analysis, PyPy's virtuals, LuaJIT's sunk allocations):
its registers hold the representation `Virtual` (analysis.py), which knows
the object's map and which of its fields hold other virtual objects; its
field values live in one stack slot per (allocation site, property index),
which LLVM's mem2reg turns into SSA values.

Array literals are virtual the same way while their elements are read and
written at indices known at compile time and their `length` read (a fixed
length: anything else, `push` say, makes them real). An element read or
written at an index known only at run time keeps the array virtual too: the
index is guarded below the length (deopt "out of bounds", which materializes
the array and lets the interpreter do the access, so an index out of range or
a hole costs a deopt, not a wrong answer) and the element is a chain of
selects over the element slots (a store: one select per slot). An array one
of whose elements is itself virtual is made real instead, since a select
yields a machine value, not a virtual object. `typeof`, `in`, `instanceof`
and `hasOwnProperty` answer from a virtual object's map (lower_predicates.py)
and never make it real.

A deopt point where a register holds a virtual object records it as a
captured object (`ValueSource` kind "captured_object": the map and one
source per field, a nested captured object for a field holding another),
and a second register holding the same object as a duplicated object (one
identity after the deopt); the deoptimizer materializes them on the heap
(deopt/translated_frame.py).

The decision is all or nothing per allocation site, and the lowering itself
is the judge: every use of a register the code does not handle for a virtual
object (it asks for the tagged value: a call that is not inlined, a store into
a real object, a return from the function, a generic runtime entry, a merge
of different objects...) raises `Escapes`, and `Lowering.lower` lowers the
function again with that site's allocation made for real. The representation
analysis cannot know what an inlined call returns; what the lowering saw is
handed back to it as *hints* (`RetryLowering`) for the next attempt.

At most one object of a site is virtual at a time: a site's field slots hold
the fields of its latest object, so an allocation while an older object of
the same site is still live makes the site escape (a loop keeping last
iteration's object, say).
"""
from __future__ import annotations

from deopt.frame_state import DeoptReason, Rep, ValueSource

from .analysis import F, I, T, Const, Virtual, virtual_load, virtual_store
from .ir import HOLE as HOLE_BITS, UNDEFINED as UNDEFINED_BITS, i64

# The map_id of a virtual array: its elements kind (and so its map) is the one its elements need
# when it is materialized, as for any array made from values (ObjectSpace.new_array).
ARRAY_MARKER = -1

# How many times a function is lowered again while escape analysis learns which sites escape;
# past it, the function is lowered once more with every allocation real.
MAX_ESCAPE_ATTEMPTS = 12


class Escapes(Exception):
    """The object allocated at `site` escapes: lower again with it allocated for real."""

    def __init__(self, site: tuple, why: str, more: frozenset = frozenset()):
        super().__init__(why)
        self.site = site
        self.why = why
        self.sites = {site} | set(more)     # every site found escaping at once


class RetryLowering(Exception):
    """The representation analysis needs the results the lowering saw at calls (hints)."""


class EscapeFrameContext:
    """What one frame's representation analysis asks about escape analysis: the virtual object
    an allocation or an inlined call makes (keyed by the frame's path in the inlining tree)."""

    def __init__(self, path: tuple, escaped: set, hints: dict, enabled: bool):
        self.path = path
        self.escaped = escaped
        self.hints = hints
        self.enabled = enabled

    def literal(self, pc: int, map_id: int):
        site = (self.path, pc)
        if not self.enabled or site in self.escaped:
            return T
        return Virtual(site, map_id)

    def array(self, pc: int, elements: list):
        site = (self.path, pc)
        if not self.enabled or site in self.escaped:
            return T
        v = Virtual(site, ARRAY_MARKER, (), len(elements))
        for k, rep in enumerate(elements):
            if isinstance(rep, Virtual):
                v = v.with_field(k, rep)
        return v

    def result(self, pc: int):
        """The representation of a call's or construct's result, as the last attempt saw it."""
        hint = self.hints.get((self.path, pc)) if self.enabled else None
        if hint is None or any(s in self.escaped for s in hint.sites()):
            return T
        return hint


class EscapeLowering:
    # ---- state -----------------------------------------------------------------------------------

    def escape_context(self, path: tuple) -> EscapeFrameContext:
        return EscapeFrameContext(path, self.escaped, self.hints, self.escape_analysis)

    def check_merges(self, analysis) -> None:
        """Before lowering a frame: sites its analysis saw meet another value where live escape
        (all at once, rather than one per attempt)."""
        sites = analysis.escaping_sites() - self.escaped
        if sites:
            first = min(sites, key=repr)
            raise Escapes(first, "reaches a merge where another value (or object) meets it", frozenset(sites))

    def virtual_site(self, pc: int):
        """This frame's allocation site at pc, or None when its object is made for real."""
        site = (self.frame.path, pc)
        if not self.escape_analysis or site in self.escaped:
            return None
        return site

    def field_slot(self, site: tuple, index: int) -> str:
        n = self.site_numbers.setdefault(site, len(self.site_numbers))
        self.virtual_slots.add((n, index))
        return f"%vo{n}_p{index}"

    def load_field(self, site: tuple, index: int) -> str:
        return self.b.value(f"load i64, ptr {self.field_slot(site, index)}", "vf")

    def store_virtual_field(self, site: tuple, index: int, value: str) -> None:
        self.b.emit(f"store i64 {value}, ptr {self.field_slot(site, index)}")

    def held_by(self, site: tuple, live_only: bool):
        """(frame, register, rep) of every register of the frames being lowered that holds the
        object of `site`, directly or nested in another virtual object."""
        chain = self.frame.chain()
        for k, frame in enumerate(chain):
            if live_only:
                if k + 1 < len(chain):
                    live = frame.analysis.live_after_call(frame.pc)
                else:
                    live = frame.analysis.liveness()[frame.pc]
            for r, rep in enumerate(frame.state):
                if isinstance(rep, Virtual) and site in rep.sites() and (not live_only or r in live):
                    yield frame, r, rep

    def begin_virtual(self, site: tuple, map_id: int, length: int = -1) -> Virtual:
        """A new virtual object of `site`: its fields undefined, as a fresh object's slots (an
        array's elements are stored by its literal)."""
        for _ in self.held_by(site, live_only=True):
            raise Escapes(site, "an older object of the same allocation site is still live")
        if length < 0:
            for k in range(len(self.isolate.maps[map_id].keys)):
                self.store_virtual_field(site, k, UNDEFINED_BITS)
        self.removed_allocations.add(site)
        return Virtual(site, map_id, (), length)

    def update_virtual(self, old: Virtual, new: Virtual) -> None:
        """What is known of a virtual object changed (a map transition, a field that now holds
        another virtual object or no longer does): every register holding it learns it. Only
        the current frame's registers may hold it (other frames' states, nested references
        and the analysis of callers would keep the old knowledge)."""
        if old == new:
            return
        for frame, r, rep in self.held_by(old.site, live_only=False):
            if frame is not self.frame or rep != old:
                raise Escapes(old.site, "its map or fields change while another frame or object holds it")
        self.state[:] = [new if rep == old else rep for rep in self.state]

    def observe_result(self, pc: int) -> None:
        """After a Call or Construct: what its result was, a hint for the next analysis."""
        rep = self.state[self.acc]
        self.observed[(self.frame.path, pc)] = rep if isinstance(rep, Virtual) else None

    def escape_later(self, v: Virtual, why: str) -> None:
        """The object of v's site escapes (and the objects nested in it, now reachable from a
        real one); the attempt goes on to find more before it is repeated (finish_attempt)."""
        for site in v.sites():
            self.pending_escapes.setdefault(site, why)

    def finish_attempt(self) -> None:
        """At the end of an attempt: repeat it if it found escaping sites or learnt hints."""
        if self.pending_escapes:
            site, why = next(iter(self.pending_escapes.items()))
            raise Escapes(site, why, frozenset(self.pending_escapes))
        if self.retry_needed:
            raise RetryLowering()

    def representation_mismatch(self, have, need) -> None:
        """A block is entered with a representation the analysis did not predict for a live
        register, one side a virtual object: the attempt is repeated with what the calls
        returned (hints), or, if they were known already, with the objects made real. The
        attempt goes on meanwhile (its code is thrown away) to find more."""
        hints = dict(self.hints)
        for key, rep in self.observed.items():
            if rep is None:
                hints.pop(key, None)
            else:
                hints[key] = rep
        if hints != self.hints:
            self.hints.clear()
            self.hints.update(hints)
            self.retry_needed = True
            return
        if self.retry_needed:
            return     # the hints learnt in this attempt may explain it
        for v in (have, need):
            if isinstance(v, Virtual):
                self.escape_later(v, "reaches a merge where another value (or object) meets it")

    # ---- allocation --------------------------------------------------------------------------------

    def virtual_object_literal(self, pc: int, map_id: int) -> bool:
        site = self.virtual_site(pc)
        if site is None:
            return False
        self.note(pc, f"object literal: allocation removed (escape analysis), map #{map_id}, "
                      f"its fields in SSA values")
        self.state[self.acc] = self.begin_virtual(site, map_id)
        return True

    def virtual_array_literal(self, pc: int) -> bool:
        """`[a, b, ...]` kept virtual: its elements in the site's field slots."""
        site = self.virtual_site(pc)
        if site is None:
            return False
        _, first, n = self.code[pc]
        v = self.begin_virtual(site, ARRAY_MARKER, n)
        for k in range(n):
            rep = self.state[first + k]
            if isinstance(rep, Virtual):
                v = v.with_field(k, rep)
            else:
                self.store_virtual_field(site, k, self.get(first + k, T))
        self.note(pc, f"array literal of {n}: allocation removed (escape analysis), its elements in SSA values")
        self.state[self.acc] = v
        return True

    def element_index(self, receiver: Virtual, key) -> int:
        k = receiver.element_index(key)
        if k is None:
            raise Escapes(receiver.site, "an element access at a key not known at compile time"
                          if receiver.length >= 0 else "a keyed access to an object")
        return k

    def variable_index(self, receiver: Virtual, key_r: int) -> str | None:
        """An element access at an index known only at run time keeps a virtual array virtual
        when the index is guarded into range (an i32 below its length; deopt "out of bounds"
        otherwise, which materializes it and lets the interpreter do the access) and no
        element holds another virtual object (a select over machine values cannot yield one).
        The i32 index, or None when the array must be made real instead."""
        key = self.state[key_r]
        if receiver.length <= 0 or receiver.nested or isinstance(key, (Const, Virtual)) or key not in (I, T, F):
            return None
        index = self.get(key_r, I)
        b = self.b
        inb = b.value(f"icmp ult i64 {b.value(f'sext i32 {index} to i64')}, {receiver.length}")
        self.guard(inb, DeoptReason.OUT_OF_BOUNDS)
        return index

    def select_element(self, receiver: Virtual, index: str) -> str:
        """The element at a run-time index (in range) of a virtual array: a chain of selects."""
        b = self.b
        v = self.load_field(receiver.site, 0)
        for k in range(1, receiver.length):
            hit = b.value(f"icmp eq i32 {index}, {k}")
            v = b.value(f"select i1 {hit}, i64 {self.load_field(receiver.site, k)}, i64 {v}")
        return v

    def load_keyed_virtual(self, pc: int, receiver: Virtual) -> None:
        if receiver.element_index(self.state[self.acc]) is None:
            index = self.variable_index(receiver, self.acc)
            if index is not None:
                v = self.select_element(receiver, index)
                # a hole reads the prototype chain: the interpreter does that on the real array
                self.guard(self.b.value(f"icmp ne i64 {v}, {HOLE_BITS}"), DeoptReason.OUT_OF_BOUNDS)
                self.note(pc, f"element of a virtual array at a run-time index (guarded below {receiver.length})")
                self.set_acc(T, v)
                return
        k = self.element_index(receiver, self.state[self.acc])
        nested = receiver.field(k)
        if nested is not None:
            self.state[self.acc] = nested
        else:
            self.set_acc(T, self.load_field(receiver.site, k))

    def store_keyed_virtual(self, pc: int, receiver: Virtual) -> None:
        key_r = self.code[pc][2]
        if receiver.element_index(self.state[key_r]) is None and not isinstance(self.state[self.acc], Virtual):
            index = self.variable_index(receiver, key_r)
            if index is not None:
                b = self.b
                value = self.get(self.acc, T)
                for k in range(receiver.length):
                    hit = b.value(f"icmp eq i32 {index}, {k}")
                    old = self.load_field(receiver.site, k)
                    self.store_virtual_field(receiver.site, k, b.value(f"select i1 {hit}, i64 {value}, i64 {old}"))
                self.note(pc, f"store into a virtual array at a run-time index (guarded below {receiver.length})")
                return
        k = self.element_index(receiver, self.state[key_r])
        value_rep = self.state[self.acc]
        nested = value_rep if isinstance(value_rep, Virtual) else None
        if nested is not None and receiver.site in nested.sites():
            raise Escapes(receiver.site, "it would hold itself")
        if nested is None:
            self.store_virtual_field(receiver.site, k, self.get(self.acc, T))
        self.update_virtual(receiver, receiver.with_field(k, nested))

    # ---- property access ---------------------------------------------------------------------------

    def load_named_virtual(self, pc: int, receiver: Virtual) -> None:
        name = self.sfi.constants[self.code[pc][2]]
        if receiver.length >= 0:
            if name != "length":
                raise Escapes(receiver.site, f"a load of .{name} from an array")
            self.state[self.acc] = Const(float(receiver.length))
            return
        h = virtual_load(self.isolate, receiver, name, self.fb[self.code[pc][3]])
        if h is None:
            raise Escapes(receiver.site, f"a load of .{name} the tier cannot answer from its map")
        if h[0] == "field":
            nested = receiver.field(h[1])
            if nested is not None:
                self.state[self.acc] = nested
            else:
                self.set_acc(T, self.load_field(receiver.site, h[1]))
            return
        self.guard_prototype_chain(h[-1])
        self.set_acc(T, UNDEFINED_BITS if h[0] == "missing" else i64(self.embed(h[1])))

    def store_named_virtual(self, pc: int, receiver: Virtual) -> None:
        name = self.sfi.constants[self.code[pc][2]]
        h = virtual_store(self.isolate, receiver, name, self.fb[self.code[pc][3]])
        if h is None:
            raise Escapes(receiver.site, f"a store of .{name} the tier cannot do in its map")
        value_rep = self.state[self.acc]
        nested = value_rep if isinstance(value_rep, Virtual) else None
        if nested is not None and receiver.site in nested.sites():
            raise Escapes(receiver.site, "it would hold itself")
        if h[0] == "transition":
            self.guard_prototype_chain(h[3])
        new = receiver.with_field(h[1], nested, h[2] if h[0] == "transition" else None)
        if nested is None:
            self.store_virtual_field(receiver.site, h[1], self.get(self.acc, T))
        self.update_virtual(receiver, new)

    # ---- identity ----------------------------------------------------------------------------------

    def virtual_equality(self, lhs, rhs, strict: bool) -> bool:
        """`===` (or `==`) with a virtual object on a side: true only for the same object (one
        object per site is virtual at a time; a real value is never a virtual object)."""
        if not isinstance(lhs, Virtual) and not isinstance(rhs, Virtual):
            return False
        if isinstance(lhs, Virtual) and isinstance(rhs, Virtual):
            same = lhs.site == rhs.site
        else:
            other = rhs if isinstance(lhs, Virtual) else lhs
            v = lhs if isinstance(lhs, Virtual) else rhs
            if not strict and not (isinstance(other, Const) and self.is_nullish(other.value)):
                raise Escapes(v.site, "compared loosely with a value (ToPrimitive)")
            same = False
        self.state[self.acc] = Const(same)
        return True

    def is_nullish(self, value) -> bool:
        from interpreter.objects.values import NULL, UNDEFINED
        return value is NULL or value is UNDEFINED

    # ---- deopt ---------------------------------------------------------------------------------------

    def captured(self, v: Virtual, operand, seen: dict) -> ValueSource:
        """The ValueSource of a virtual object at a deopt point: a captured object (its map and
        a source per field), or a duplicated one when another register already named it."""
        if v.site in seen:
            return ValueSource("duplicated_object", object_id=seen[v.site])
        object_id = len(seen)
        seen[v.site] = object_id
        count = v.length if v.length >= 0 else len(self.isolate.maps[v.map_id].keys)
        fields = []
        for k in range(count):
            nested = v.field(k)
            if nested is not None:
                fields.append((k, self.captured(nested, operand, seen)))
            else:
                fields.append((k, operand(f"i64 {self.load_field(v.site, k)}", Rep.TAGGED)))
        return ValueSource("captured_array" if v.length >= 0 else "captured_object", object_id=object_id,
                           map_id=v.map_id, fields=tuple(fields))
