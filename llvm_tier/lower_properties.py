"""Lowering of property access and globals: named and keyed loads and stores, global cells.

Place in the pipeline: a mixin of `Lowering` (lowering.py). A site whose
feedback saw one to four maps becomes a map dispatch (one compare each) with
the access each map needs (an in-object or out-of-object field, an array's
length or element, a constant found on the prototype chain behind its
validity cell, a property added by a map transition); a map not seen deopts
("wrong map"). Megamorphic and generic sites call the runtime, and so does a site
whose feedback names a dictionary map (objects/maps.py): such a map keeps its id
while its layout changes, so a map check and a fixed offset would read the wrong
slot (the interpreter never records one; this is the tier's own guard).
"""
from __future__ import annotations

from deopt.frame_state import DeoptReason
from interpreter.feedback import ICState
from deopt.frame_state import FrameKind
from interpreter.objects.heap import KIND_BACKING
from interpreter.objects.layout import ARRAY_ELEMENTS_OFFSET, ARRAY_LENGTH_OFFSET, PROPERTIES_OFFSET
from interpreter.objects.maps import ElementsKind
from interpreter.objects.values import DELETED_CELL_BITS

from interpreter.dependent_code import CellType

from interpreter.objects.maps import InstanceType

from .analysis import F, I, LLVM_TYPE, T, Const, Unsupported, Virtual
from .dependencies import Dependency
from .ir import HOLE as HOLE_BITS, UNDEFINED as UNDEFINED_BITS, i64

STRICT_BIT = 1 << 40   # or'ed into rt_store_named's name id: the store is in strict code


class PropertyLowering:
    # ---- globals -------------------------------------------------------------------------------

    def lower_load_global(self, pc: int) -> None:
        ins = self.code[pc]
        b = self.b
        name = self.sfi.constants[ins[1]]
        cell = self.isolate.global_cells.get(name)
        if cell is None:
            # only LdaGlobalInsideTypeof gets here (LdaGlobal deopts); the global may be
            # created later, so ask the global object each time
            heap = self.isolate.heap
            this = i64(self.embed(self.isolate.global_object))
            self.set_acc(T, self.runtime("rt_load_named", this, str(heap.pin_string(name))))
            return
        folded = self.constant_global(name)
        if folded is not None:
            # A constant cell: its value is a constant in the code, which depends on the cell
            # keeping it (a store of another value or a delete marks the code for deoptimization).
            self.state = self.analysis.transfer(pc, self.state)
            self.note(pc, f"global {name}: constant {self.describe_constant(folded[1])} (dependency)")
            return
        p = b.value(f"inttoptr i64 {cell} to ptr")
        v = b.value(f"load i64, ptr {p}")
        # neither the hole (TDZ) nor a deleted global's cell: both are one above the other
        ok = b.value(f"icmp uge i64 {b.value(f'sub i64 {v}, {HOLE_BITS}')}, 2")
        self.guard(ok, DeoptReason.HOLE)
        self.set_acc(T, v)

    def lower_store_global(self, pc: int) -> None:
        ins = self.code[pc]
        b = self.b
        if self.sfi.constants[ins[1]] in self.isolate.global_read_only - self.isolate.module_scope_names:
            # (a global made read-only later gets a new cell: this code's store into the old
            # one deopts, object.define_global_property)
            raise Unsupported("a store to a read-only global")
        name = self.sfi.constants[ins[1]]
        cell = self.isolate.global_cells[name]
        kind = self.isolate.global_cell_types.get(cell)
        if kind is CellType.UNINITIALIZED:
            # Its first value makes it a constant cell: only the interpreter's store keeps the
            # cell's type (code compiled later may fold it).
            self.note(pc, f"global {name}: not initialized yet, the store deopts")
            self.deopt(DeoptReason.GLOBAL_CELL)
            return
        value = self.get(self.acc, T)
        p = b.value(f"inttoptr i64 {cell} to ptr")
        old = b.value(f"load i64, ptr {p}")
        self.guard(b.value(f"icmp ne i64 {old}, {DELETED_CELL_BITS}"), DeoptReason.HOLE)
        if kind is CellType.CONSTANT:
            # Code may have folded the constant: storing it again is all this code does natively;
            # another value deopts, and the interpreter's store makes the cell mutable (and
            # marks the code that folded it).
            constant = i64(self.isolate.heap.encode(self.isolate.heap.load(cell)))
            self.guard(b.value(f"icmp eq i64 {value}, {constant}"), DeoptReason.GLOBAL_CELL)
        b.emit(f"store i64 {value}, ptr {p}")

    # ---- named and keyed properties ------------------------------------------------------------

    def lower_load_named(self, pc: int) -> None:
        ins = self.code[pc]
        if isinstance(self.state[ins[1]], Virtual):
            self.load_named_virtual(pc, self.state[ins[1]])
            return
        f = self.fb[ins[3]]
        b = self.b
        name_id = self.isolate.heap.pin_string(self.sfi.constants[ins[2]])
        receiver = self.get(ins[1], T)
        if f.state == ICState.MEGAMORPHIC or self.names_dictionary_map(f):
            self.set_acc(T, self.runtime("rt_load_named", receiver, str(name_id)))
            return
        items = list(f.handlers.items())
        self.note(pc, f"load .{self.sfi.constants[ins[2]]}: {len(items)}-map guard; " + ", ".join(
            f"map #{m} -> {self.describe_handler(m, h)}" for m, h in items))
        string_map = self.isolate.objects.string_map.id
        strings = [(m, h) for m, h in items if m == string_map]
        items = [(m, h) for m, h in items if m != string_map]
        stable = self.stable_receiver_map(ins[1], [m for m, _ in items])
        if stable is not None:
            strings, items = [], [(m, h) for m, h in items if m == stable]
        labels = []
        if strings:
            # a string receiver is told by its tag, not by a map word
            is_string = b.value(f"icmp eq i64 {b.value(f'lshr i64 {receiver}, 48')}, {0xFFFB}")
            hit, other = b.label("string_receiver"), b.label("object_receiver")
            b.terminate(f"br i1 {is_string}, label %{hit}, label %{other}, !prof !1")
            labels.append(hit)
            items = strings + items
            b.start(other)
        if len(items) > len(strings):
            obj, more = self.receiver_dispatch(ins[1], receiver, [m for m, _ in items[len(strings):]], stable)
            labels += more
        else:
            self.deopt(DeoptReason.WRONG_MAP)
        want = self.analysis.property_result_rep(pc)
        done = b.label("loaded")
        incoming = []
        checkpoint = self.checkpoint
        for (map_id, handler), label in zip(items, labels):
            self.start_arm(label, checkpoint)
            kind = handler[0]
            if kind == "string_length":
                n = b.value(f"load i64, ptr {self.string_record(receiver)}")
                v = b.value(f"trunc i64 {n} to i32")    # a string is shorter than 2^30 units
                if want == T:
                    v = b.value(f"call i64 @box_i32(i32 {v})")
            elif kind == "field":
                v = b.value(f"load i64, ptr {self.property_slot_pointer(obj, map_id, handler[1])}")
            elif kind == "array_length":
                n = self.field(obj, ARRAY_LENGTH_OFFSET)
                fits = b.value(f"icmp ult i64 {n}, 2147483648")
                self.guard(fits, DeoptReason.NOT_INT32)
                v = b.value(f"trunc i64 {n} to i32")
                if want == T:
                    v = b.value(f"call i64 @box_i32(i32 {v})")
            elif kind == "getter":
                self.guard_prototype_chain(handler[-1])
                v = self.call_accessor(handler[1], receiver, [], FrameKind.GETTER)
                if want != T:
                    v = self.convert(v, T, want)
            else:   # ("missing", cell) or ("constant", value, cell): valid while the chain is
                self.guard_prototype_chain(handler[-1])
                v = UNDEFINED_BITS if kind == "missing" else i64(self.embed(handler[1]))
            incoming.append((v, b.label("from")))
            b.terminate(f"br label %{incoming[-1][1]}")
            b.start(incoming[-1][1])
            b.terminate(f"br label %{done}")
        b.start(done)
        ty = LLVM_TYPE[want]
        phi = b.value(f"phi {ty} " + ", ".join(f"[ {v}, %{l} ]" for v, l in incoming))
        self.set_acc(want, phi)

    def store_out_of_object(self, obj: str, slot: int, value: str, new_map: int) -> None:
        """Writes out-of-object property slot `slot` of a property being added: in place when the
        backing store has room; a first backing store is allocated inline, with room for every
        property the maps reached from this one have (their transition tree); the runtime grows
        a full one."""
        b = self.b
        backing = self.field(obj, PROPERTIES_OFFSET)
        none = b.value(f"icmp eq i64 {backing}, 0")
        has, room_l, grow, write = b.label("backing"), b.label("room"), b.label("grow"), b.label("write")
        start, first = b.label("props"), b.label("first_backing")
        b.terminate(f"br label %{start}")
        b.start(start)
        b.terminate(f"br i1 {none}, label %{first}, label %{has}")
        b.start(first)
        # [capacity][slot 0]...: the object points at slot 0 (ObjectSpace.grow_properties)
        capacity0 = max(4, slot + 1, self.out_of_object_properties(self.isolate.maps[new_map]))
        store = self.allocate(capacity0 + 1, KIND_BACKING)
        self.store_field(store, 0, str(capacity0))
        made = b.value(f"add i64 {b.value(f'ptrtoint ptr {store} to i64')}, 8")
        self.store_field(obj, PROPERTIES_OFFSET, made)
        first_end = b.open_block("first_backing_end")
        b.terminate(f"br label %{write}")
        b.start(has)
        header = b.value(f"inttoptr i64 {b.value(f'sub i64 {backing}, 8')} to ptr")
        capacity = b.value(f"load i64, ptr {header}")
        fits = b.value(f"icmp ult i64 {slot}, {capacity}")
        b.terminate(f"br i1 {fits}, label %{room_l}, label %{grow}, !prof !1")
        b.start(room_l)
        b.terminate(f"br label %{write}")
        b.start(grow)
        raw = b.value(f"ptrtoint ptr {obj} to i64")
        grown = self.runtime("rt_grow_properties", raw, str(slot + 1))
        grow_end = b.open_block("grown")
        b.terminate(f"br label %{write}")
        b.start(write)
        where = b.value(f"phi i64 [ {backing}, %{room_l} ], [ {grown}, %{grow_end} ], [ {made}, %{first_end} ]")
        p = b.value(f"getelementptr i64, ptr {b.value(f'inttoptr i64 {where} to ptr')}, i64 {slot}")
        b.emit(f"store i64 {value}, ptr {p}")

    def out_of_object_properties(self, m, budget: int = 64) -> int:
        """The most out-of-object properties an object reached from map m by transitions has had."""
        most = len(m.keys) - m.inobject
        for t in list(m.transitions.values())[:budget]:
            most = max(most, self.out_of_object_properties(t, budget // 2))
        return most

    def string_record(self, s: str) -> str:
        """The native record of a tagged string: [length][UTF-16 code units] (objects/heap.py);
        the runtime makes it the first time code asks (the string index holds 0 until then)."""
        b = self.b
        index = b.value(f"inttoptr i64 {self.isolate.heap.string_index_address} to ptr")
        sid = b.value(f"and i64 {s}, 4294967295")
        slot = b.value(f"getelementptr i64, ptr {index}, i64 {sid}")
        here = b.open_block("strrec")
        make, made, done = b.label("strrec_make"), b.label("strrec_made"), b.label("strrec_ok")
        record = b.value(f"load i64, ptr {slot}")
        b.terminate(f"br i1 {b.value(f'icmp ne i64 {record}, 0')}, label %{done}, label %{make}, !prof !1")
        b.start(make)
        new = self.runtime("rt_string_record", sid)
        b.terminate(f"br label %{made}")
        b.start(made)
        b.terminate(f"br label %{done}")
        b.start(done)
        return b.value(f"inttoptr i64 {b.value(f'phi i64 [ {record}, %{here} ], [ {new}, %{made} ]')} to ptr")

    def constant_global(self, name: str):
        """(cell, value) when the global `name` is folded into the code (a constant cell, and the
        code can be marked for deoptimization); the dependency is recorded."""
        if not self.marked_address:
            return None
        folded = self.isolate.constant_global(name)
        if folded is not None:
            cell, value = folded
            self.dependencies.record(Dependency("global", cell, name, self.isolate.heap.encode(value)))
        return folded

    def describe_constant(self, v) -> str:
        if type(v) is int:
            return f"object 0x{v:x}"
        return repr(v)[:40]

    def guard_prototype_chain(self, cell: int) -> None:
        """The receiver's prototype chain is as it was when the feedback was recorded: a dependency
        on its validity cell (no check in the code) while the chain is unchanged now, else a guard
        (which deopts at once)."""
        objects = self.isolate.objects
        if self.marked_address and objects.validity_cell_valid(cell):
            owner = objects.validity_cell_owner(cell)
            if not owner:
                return      # a null prototype: the chain cannot change
            what = f"{objects.constructor_name_of(owner)} objects"
            self.dependencies.record(Dependency("prototype", cell, what, owner))
            return
        self.assumed_cells.add(cell)
        b = self.b
        p = b.value(f"inttoptr i64 {cell} to ptr")
        word = b.value(f"load volatile i64, ptr {p}")
        self.guard(b.value(f"icmp eq i64 {word}, 0"), DeoptReason.PROTOTYPE_CHANGED)

    def stable_receiver_map(self, r: int, map_ids: list[int]) -> int | None:
        """The map of register r when the code may skip its check: r is a constant object (a
        folded global, say) whose current map is one the feedback names and is stable; the code
        depends on it staying stable (no object leaves it). None otherwise."""
        rep = self.state[r]
        if not self.marked_address or not isinstance(rep, Const) or type(rep.value) is not int:
            return None
        m = self.isolate.objects.map_of(rep.value)
        if m.id not in map_ids or not m.stable or m.is_dictionary_map or m.instance_type == InstanceType.GLOBAL:
            return None
        self.dependencies.record(Dependency("map", m.id, f"{m.constructor_name} object 0x{rep.value:x}"))
        self.note(self.pc, f"constant receiver 0x{rep.value:x}: stable map #{m.id}, no map check (dependency)")
        return m.id

    def no_index_setters(self) -> bool:
        """Whether stores into holes and past the end may be done in place: no index property
        anywhere is an accessor or read-only (V8's NoElementsProtector), relied on as a
        dependency. False once some is: such stores ask the runtime."""
        if self.isolate.objects.index_setters:
            return False
        self.dependencies.record(Dependency("protector", 0, "index setters"))
        return True

    def receiver_dispatch(self, r: int, receiver: str, map_ids: list[int], stable: int | None):
        """(object pointer, one label per map): the map dispatch on a receiver, or, for a
        constant receiver with a stable map (stable_receiver_map), no check at all."""
        if stable is None:
            obj = self.heap_pointer(receiver)
            return obj, self.map_dispatch(obj, map_ids)
        b = self.b
        obj = b.value(f"inttoptr i64 {self.state[r].value} to ptr", "obj")
        hit = b.label(f"map{stable}_")
        b.terminate(f"br label %{hit}")
        return obj, [hit]

    def describe_handler(self, map_id: int, h: tuple) -> str:
        m = self.isolate.maps[map_id]
        if h[0] in ("field", "transition"):
            index = h[1]
            where = (f"in-object slot {index}" if index < m.inobject
                     else f"out-of-object slot {index - m.inobject}")
            if h[0] == "transition":
                return f"add property at {where}, new map #{h[2]}"
            return f"direct {where} access"
        if h[0] in ("getter", "setter"):
            return f"{h[0]} {self.isolate.shared_of(h[1]).display_name}"
        return {"array_length": "array length", "string_length": "string length", "missing": "undefined (absent)",
                "constant": "constant"}.get(h[0], h[0])

    def names_dictionary_map(self, f) -> bool:
        """Whether a property site's feedback names a dictionary map (as receiver or as the
        target of a transition): such feedback is treated as megamorphic."""
        maps = self.isolate.maps
        return any(maps[m].is_dictionary_map or (h[0] == "transition" and maps[h[2]].is_dictionary_map)
                   for m, h in list(f.handlers.items()))

    def lower_store_named(self, pc: int) -> None:
        ins = self.code[pc]
        if isinstance(self.state[ins[1]], Virtual):
            self.store_named_virtual(pc, self.state[ins[1]])
            return
        f = self.fb[ins[3]]
        b = self.b
        name_id = self.isolate.heap.pin_string(self.sfi.constants[ins[2]])
        receiver = self.get(ins[1], T)
        value = self.get(self.acc, T)
        handlers = list(f.handlers.items())
        strict_bit = STRICT_BIT if self.sfi.strict else 0
        if f.state != ICState.MEGAMORPHIC and handlers and all(h[0] == "array_length" for _, h in handlers):
            self.lower_store_array_length(pc, [m for m, _ in handlers], receiver, self.acc, name_id, strict_bit)
            return
        fast = f.state != ICState.MEGAMORPHIC and all(h[0] in ("field", "transition", "setter")
                                                       for _, h in handlers) and not self.names_dictionary_map(f)
        if not fast:
            self.runtime("rt_store_named", receiver, str(name_id | (STRICT_BIT if self.sfi.strict else 0)), value)
            return
        self.note(pc, f"store .{self.sfi.constants[ins[2]]}: {len(handlers)}-map guard; " + ", ".join(
            f"map #{m} -> {self.describe_handler(m, h)}" for m, h in handlers))
        stable = self.stable_receiver_map(ins[1], [m for m, _ in handlers])
        if stable is not None:
            handlers = [(m, h) for m, h in handlers if m == stable]
        obj, labels = self.receiver_dispatch(ins[1], receiver, [m for m, _ in handlers], stable)
        done = b.label("stored")
        checkpoint = self.checkpoint
        for (map_id, handler), label in zip(handlers, labels):
            self.start_arm(label, checkpoint)
            if handler[0] == "field":
                b.emit(f"store i64 {value}, ptr {self.property_slot_pointer(obj, map_id, handler[1])}")
            elif handler[0] == "setter":
                self.guard_prototype_chain(handler[-1])
                self.call_accessor(handler[1], receiver, [(self.acc, value)], FrameKind.SETTER)
            else:
                _, index, new_map, cell = handler
                self.guard_prototype_chain(cell)
                inobject = self.isolate.maps[map_id].inobject
                if index < inobject:
                    b.emit(f"store i64 {value}, ptr {self.property_slot_pointer(obj, new_map, index)}")
                else:
                    self.store_out_of_object(obj, index - inobject, value, new_map)
                self.store_field(obj, 0, str(new_map))
            b.terminate(f"br label %{done}")
        b.start(done)

    def lower_load_keyed(self, pc: int) -> None:
        ins = self.code[pc]
        if isinstance(self.state[ins[1]], Virtual):
            self.load_keyed_virtual(pc, self.state[ins[1]])
            return
        f = self.fb[ins[2]]
        b = self.b
        receiver = self.get(ins[1], T)
        if not self.analysis.keyed_fast(f):
            self.set_acc(T, self.runtime("rt_load_keyed", receiver, self.get(self.acc, T)))
            return
        want = self.analysis.keyed_result_rep(pc)
        map_ids = list(f.handlers)
        holey = any(self.isolate.maps[m].elements_kind == ElementsKind.ANY for m in map_ids)
        key_tagged = None
        if f.out_of_bounds or holey:
            key_tagged = self.get(self.acc, T)
        index = self.get(self.acc, I)
        obj, labels = self.receiver_dispatch(ins[1], receiver, map_ids, self.stable_receiver_map(ins[1], map_ids))
        checked = b.label("arraychecked")
        for label in labels:
            b.start(label)
            b.terminate(f"br label %{checked}")
        b.start(checked)
        length = self.field(obj, ARRAY_LENGTH_OFFSET)
        idx64 = b.value(f"sext i32 {index} to i64")
        inb = b.value(f"icmp ult i64 {idx64}, {length}")
        if not f.out_of_bounds:
            self.guard(inb, DeoptReason.OUT_OF_BOUNDS)
            v = self.load_element(obj, idx64, holey, receiver, key_tagged)
            self.set_acc(want, b.value(f"trunc i64 {v} to i32") if want == I else v)
            return
        fast, slow, done = b.label("inbounds"), b.label("oob"), b.label("elem")
        b.terminate(f"br i1 {inb}, label %{fast}, label %{slow}, !prof !1")
        b.start(fast)
        v = self.load_element(obj, idx64, holey, receiver, key_tagged)
        fast_end = b.open_block("inb_end")
        b.terminate(f"br label %{done}")
        b.start(slow)
        sv = self.runtime("rt_load_keyed", receiver, key_tagged)
        slow_end = b.open_block("oob_end")
        b.terminate(f"br label %{done}")
        b.start(done)
        self.set_acc(T, b.value(f"phi i64 [ {v}, %{fast_end} ], [ {sv}, %{slow_end} ]"))

    def load_element(self, obj: str, idx64: str, holey: bool, receiver: str | None = None,
                     key_tagged: str | None = None) -> str:
        """An in-bounds element. A hole is not simply undefined: a prototype may have that
        index (Array.prototype[1] = ...), so a hole goes to the runtime's keyed load, which
        looks up the chain (rare: the common hole-free load stays one compare)."""
        b = self.b
        elements = b.value(f"inttoptr i64 {self.field(obj, ARRAY_ELEMENTS_OFFSET)} to ptr")
        p = b.value(f"getelementptr i64, ptr {elements}, i64 {idx64}")
        v = b.value(f"load i64, ptr {p}")
        if holey:
            not_hole = b.value(f"icmp ne i64 {v}, {HOLE_BITS}")
            present, hole, loaded = b.label("present"), b.label("hole"), b.label("loaded")
            b.terminate(f"br i1 {not_hole}, label %{present}, label %{hole}, !prof !1")
            b.start(hole)
            hv = self.runtime("rt_load_keyed", receiver, key_tagged)
            hole_end = b.open_block("hole_end")
            b.terminate(f"br label %{loaded}")
            b.start(present)
            b.terminate(f"br label %{loaded}")
            b.start(loaded)
            v = b.value(f"phi i64 [ {v}, %{present} ], [ {hv}, %{hole_end} ]")
        return v

    def lower_store_keyed(self, pc: int) -> None:
        ins = self.code[pc]
        if isinstance(self.state[ins[1]], Virtual):
            self.store_keyed_virtual(pc, self.state[ins[1]])
            return
        f = self.fb[ins[3]]
        b = self.b
        receiver = self.get(ins[1], T)
        map_ids = list(f.handlers)
        kinds = {self.isolate.maps[m].elements_kind for m in map_ids}
        if not self.analysis.keyed_fast(f) or len(kinds) != 1 or \
                (f.out_of_bounds and kinds & {ElementsKind.DICTIONARY}) or not self.no_index_setters():
            key = self.get(ins[2], T)
            entry = "rt_store_keyed_strict" if self.sfi.strict else "rt_store_keyed"
            self.runtime(entry, receiver, key, self.get(self.acc, T))
            return
        (kind,) = kinds
        index = self.get(ins[2], I)
        if kind == ElementsKind.INT32:
            value = self.convert_to_tagged_int(self.acc)
        elif kind == ElementsKind.DOUBLE:
            value = self.get(self.acc, F)
            value = b.value(f"call i64 @box_f64(double {value})")
        else:
            value = self.get(self.acc, T)
        obj, labels = self.receiver_dispatch(ins[1], receiver, map_ids, self.stable_receiver_map(ins[1], map_ids))
        checked = b.label("arraychecked")
        for label in labels:
            b.start(label)
            b.terminate(f"br label %{checked}")
        b.start(checked)
        if f.out_of_bounds:
            # the site appends (or stores past the end): in place while there is room
            self.note(pc, "keyed store: in bounds or an append within capacity in machine code, else the runtime")
            self.append_or_store(pc, obj, receiver, ins[2], index, value)
            return
        length = self.field(obj, ARRAY_LENGTH_OFFSET)
        idx64 = b.value(f"sext i32 {index} to i64")
        self.guard(b.value(f"icmp ult i64 {idx64}, {length}"), DeoptReason.OUT_OF_BOUNDS)
        elements = b.value(f"inttoptr i64 {self.field(obj, ARRAY_ELEMENTS_OFFSET)} to ptr")
        p = b.value(f"getelementptr i64, ptr {elements}, i64 {idx64}")
        b.emit(f"store i64 {value}, ptr {p}")

    def convert_to_tagged_int(self, r: int) -> str:
        """An int32 element value, boxed; a value of another kind deopts (the array must generalize)."""
        have = self.state[r]
        if have == T:
            v = self.load_slot(r, T)
            tag = self.b.value(f"lshr i64 {v}, 48")
            self.guard(self.b.value(f"icmp eq i64 {tag}, {0xFFF9}"), DeoptReason.WRONG_ELEMENTS_KIND)
            return v
        return self.b.value(f"call i64 @box_i32(i32 {self.get(r, I)})")
