"""Lowering of the object predicates `in`, `instanceof` and `hasOwnProperty` (V8's
JSNativeContextSpecialization for JSHasProperty/JSInstanceOf, JSCallReducer for
Object.prototype.hasOwnProperty).

Place in the pipeline: a mixin of `Lowering` (lowering.py). Each predicate answers in machine
code where the feedback makes the answer safe to compute, and keeps the generic runtime entry
(`rt_binary`, `rt_call`) as the slow path otherwise:

- `key in obj` (feedback kind "has", one to four maps): a constant key on an object of a known
  map is a constant answer under that map's guard: true for an own property of the map, else
  what the prototype chain has, relied on through the chain's validity cell. An integer key
  on an array is a bounds check and a hole check; a hole or an index past the length asks the
  runtime (a prototype may have that index).
- `obj instanceof C` (feedback kind "instanceof": the constructors seen, up to four): C is
  compared with each, its map checked and its `prototype` slot the object seen; the receiver's
  prototype chain is walked in machine code through the maps' native prototype table
  (objects/maps.py), comparing each link with that object. The subset has no symbols, so no
  constructor can override Symbol.hasInstance: OrdinaryHasInstance is the whole semantics.
- `obj.hasOwnProperty(key)` (a call site whose one target is the built-in): the receiver's
  maps are inferred from the load of `hasOwnProperty` that produced the callee (V8's
  MapInference); a constant key is a constant answer under the map guard (no prototype chain
  is involved), an integer key on an array a bounds check and a hole check.

On an object escape analysis keeps virtual (lower_escape.py) the answers come from its map at
compile time: none of these predicates makes it escape (`typeof` neither: lower_builtins.py).
"""
from __future__ import annotations

from deopt.frame_state import DeoptReason
from interpreter.bytecodes import Bytecode as B
from interpreter.feedback import ICState
from interpreter.objects.layout import ARRAY_ELEMENTS_OFFSET, ARRAY_LENGTH_OFFSET
from interpreter.objects.maps import ATTR_ACCESSOR, ElementsKind, InstanceType
from interpreter.objects.values import NULL, UNDEFINED
from interpreter.runtime import array_index

from .analysis import BO, I, T, Const, Virtual
from .ir import HOLE as HOLE_BITS, PAYLOAD, TRUE, i64

# The largest index an i32 key covers (an index past it takes the runtime).
MAX_INT32_INDEX = 2 ** 31 - 1


class PredicateLowering:
    # ---- helpers ------------------------------------------------------------------------------

    def constant_key(self, r: int):
        """Register r's key when it is known at compile time: ("index", n) for an array index
        that fits an i32 (a number or a canonical numeric string, as `'1' in a` is `1 in a`),
        ("name", key) for any other property key; None when not constant."""
        rep = self.state[r]
        if not isinstance(rep, Const):
            return None
        v = rep.value
        if type(v) is float and v.is_integer() and 0 <= v <= MAX_INT32_INDEX:
            return ("index", int(v))
        if type(v) not in (str, float, bool) and v is not UNDEFINED and v is not NULL:
            return None     # an object's key would come from its toString: the runtime's business
        key = self.isolate.runtime.to_property_key(v)
        i = array_index(key)
        if i is not None and i <= MAX_INT32_INDEX:
            return ("index", i)
        return ("name", key)

    def own_answer(self, m, key: str):
        """Whether an object of map m has `key` as an own property, from the map alone (None
        when the map cannot say: an index on an array, whose elements are not in the map)."""
        if m.instance_type == InstanceType.ARRAY:
            if key == "length":
                return True
            if array_index(key) is not None:
                return None
        return key in m.index

    def predicate_map_ok(self, m) -> bool:
        """A map whose own properties are all in its keys (plain objects and arrays with their
        elements in place): no dictionary, no exotic object."""
        return not m.is_dictionary_map and m.instance_type in (InstanceType.OBJECT, InstanceType.ARRAY) and \
            m.elements_kind != ElementsKind.DICTIONARY

    def element_present(self, obj: str, index: str) -> tuple[str, str]:
        """(in bounds, present): i1s for `index` (an i32) against an array's length and holes;
        `present` is in bounds and not a hole (the element is read only when in bounds)."""
        b = self.b
        idx64 = b.value(f"sext i32 {index} to i64")
        length = self.field(obj, ARRAY_LENGTH_OFFSET)
        inb = b.value(f"icmp ult i64 {idx64}, {length}")
        here = self.b.open_block("elem_bounds")
        load, done = b.label("elem_load"), b.label("elem_known")
        b.terminate(f"br i1 {inb}, label %{load}, label %{done}, !prof !1")
        b.start(load)
        elements = b.value(f"inttoptr i64 {self.field(obj, ARRAY_ELEMENTS_OFFSET)} to ptr")
        v = b.value(f"load i64, ptr {b.value(f'getelementptr i64, ptr {elements}, i64 {idx64}')}")
        not_hole = b.value(f"icmp ne i64 {v}, {HOLE_BITS}")
        b.terminate(f"br label %{done}")
        b.start(done)
        present = b.value(f"phi i1 [ false, %{here} ], [ {not_hole}, %{load} ]")
        return inb, present

    def present_or_slow(self, present: str, slow) -> str:
        """An i1: true where `present` holds, else what `slow()` (emitting a runtime call) says."""
        b = self.b
        yes, ask, join = b.label("present"), b.label("ask_runtime"), b.label("known")
        b.terminate(f"br i1 {present}, label %{yes}, label %{ask}, !prof !1")
        b.start(yes)
        b.terminate(f"br label %{join}")
        b.start(ask)
        v = slow()
        ask_end = self.b.open_block("ask_runtime_end")
        b.terminate(f"br label %{join}")
        b.start(join)
        return b.value(f"phi i1 [ true, %{yes} ], [ {v}, %{ask_end} ]")

    def element_answer(self, obj: str, key_r: int, own_only: bool, slow) -> str:
        """An i1 for an index key on an array (obj, its map checked): true for an own element;
        for a hole or an index past the length, false when only own elements count
        (hasOwnProperty), else `slow()`'s answer (the prototype chain may have it). A tagged key
        that is no int32 (a string, a fraction) takes `slow()` as well."""
        b = self.b
        const = self.constant_key(key_r)
        if const is not None or self.state[key_r] == I:
            index = str(const[1]) if const is not None else self.get(key_r, I)
            _, present = self.element_present(obj, index)
            return present if own_only else self.present_or_slow(present, slow)
        v = self.get(key_r, T)
        is_int = b.value(f"icmp eq i64 {b.value(f'lshr i64 {v}, 48')}, {0xFFF9}")
        int_key, other, join = b.label("int_key"), b.label("other_key"), b.label("key_known")
        b.terminate(f"br i1 {is_int}, label %{int_key}, label %{other}, !prof !1")
        b.start(int_key)
        _, present = self.element_present(obj, b.value(f"trunc i64 {v} to i32"))
        r1 = present if own_only else self.present_or_slow(present, slow)
        int_end = self.b.open_block("int_key_end")
        b.terminate(f"br label %{join}")
        b.start(other)
        r2 = slow()
        other_end = self.b.open_block("other_key_end")
        b.terminate(f"br label %{join}")
        b.start(join)
        return b.value(f"phi i1 [ {r1}, %{int_end} ], [ {r2}, %{other_end} ]")

    def slow_binary(self, pc: int, lhs: str, rhs: str) -> str:
        """The runtime's answer to the bytecode at pc (rt_binary), as an i1."""
        r = self.runtime("rt_binary", str(int(self.code[pc][0])), lhs, rhs)
        return self.b.value(f"icmp eq i64 {r}, {TRUE}")

    def generic_predicate(self, pc: int) -> None:
        ins = self.code[pc]
        self.set_acc(BO, self.slow_binary(pc, self.get(ins[1], T), self.get(self.acc, T)))

    # ---- `key in obj` ---------------------------------------------------------------------------

    def lower_test_in(self, pc: int) -> None:
        ins = self.code[pc]
        key_r = ins[1]
        f = self.fb[ins[2]]
        if isinstance(self.state[self.acc], Virtual):
            self.test_in_virtual(pc, self.state[self.acc])
            return
        if f.state not in (ICState.MONOMORPHIC, ICState.POLYMORPHIC) or isinstance(self.state[key_r], Virtual):
            self.generic_predicate(pc)
            return
        maps = self.isolate.maps
        key = self.constant_key(key_r)
        plans = []
        for map_id, handler in list(f.handlers.items()):
            m = maps[map_id]
            if not self.predicate_map_ok(m):
                plans = None
                break
            if m.instance_type == InstanceType.ARRAY and (key is None or key[0] == "index"):
                if key is None and self.state[key_r] not in (I, T):
                    plans = None
                    break
                plans.append((map_id, ("element",)))
                continue
            if key is None:
                plans = None
                break
            name = str(key[1])
            own = self.own_answer(m, name)
            if own:
                plans.append((map_id, ("constant", True, None)))
            elif handler[0] == "has":
                # absent from the map: the answer is the prototype chain's, valid while its cell is
                chain = bool(m.prototype) and self.isolate.runtime.has_property(m.prototype, name)
                plans.append((map_id, ("constant", chain, handler[1])))
            else:
                plans = None
                break
        if not plans:
            self.generic_predicate(pc)
            return
        b = self.b
        self.note(pc, f"`in` {'key ' + repr(key[1]) if key else 'int32 key'}: {len(plans)}-map guard; " + ", ".join(
            f"map #{m} -> " + ("bounds + hole check" if p[0] == "element" else
                               f"{'true' if p[1] else 'false'}{' (prototype chain, dependency)' if p[2] else ''}")
            for m, p in plans))
        key_tagged = self.get(key_r, T)
        receiver = self.get(self.acc, T)
        obj = self.heap_pointer(receiver)
        labels = self.map_dispatch(obj, [m for m, _ in plans])
        checkpoint = self.checkpoint
        done = b.label("in_answered")
        arms = []
        for (map_id, plan), label in zip(plans, labels):
            self.start_arm(label, checkpoint)
            if plan[0] == "constant":
                if plan[2] is not None:
                    self.guard_prototype_chain(plan[2])
                value = "true" if plan[1] else "false"
            else:
                # A hole or an index past the length: the prototype chain may have it.
                value = self.element_answer(obj, key_r, False, lambda: self.slow_binary(pc, key_tagged, receiver))
            arms.append((value, self.b.open_block("in_arm")))
            b.terminate(f"br label %{done}")
        b.start(done)
        self.set_acc(BO, b.value("phi i1 " + ", ".join(f"[ {v}, %{l} ]" for v, l in arms)))

    def virtual_element(self, v: Virtual, key) -> str | None:
        """An i1: the virtual array v has its own element at a constant key (a hole in its
        literal is not one); None when the key is no index."""
        if key is None or key[0] != "index":
            return None
        k = key[1]
        if k >= v.length:
            return "false"
        if v.field(k) is not None:
            return "true"
        return self.b.value(f"icmp ne i64 {self.load_field(v.site, k)}, {HOLE_BITS}")

    def test_in_virtual(self, pc: int, v: Virtual) -> None:
        """`key in obj` on a virtual object: its own keys are its map's (the answer a constant);
        a key absent from the map is the prototype chain's answer, relied on through the cell
        the site's feedback recorded for that map. A virtual array answers an index from its
        element (a hole asks the runtime about Array.prototype, its literal's prototype).
        Anything else makes the object real."""
        key = self.constant_key(self.code[pc][1])
        f = self.fb[self.code[pc][2]]
        if v.length >= 0:
            if key == ("name", "length"):
                self.set_acc(BO, "true")
                return
            present = self.virtual_element(v, key)
            if present is None:
                self.escape_later(v, "`in` with a key its elements cannot answer")
                self.set_acc(BO, "false")
                return
            proto = i64(self.embed(self.isolate.objects.array_prototype))
            key_tagged = self.get(self.code[pc][1], T)
            self.note(pc, "`in` on a virtual array: from its element")
            self.set_acc(BO, self.present_or_slow(present, lambda: self.slow_binary(pc, key_tagged, proto)))
            return
        m = self.isolate.maps[v.map_id]
        answer = None
        if key is not None and self.predicate_map_ok(m):
            name = str(key[1])
            if self.own_answer(m, name):
                answer = True
            else:
                h = f.handlers.get(v.map_id) if f.state in (ICState.MONOMORPHIC, ICState.POLYMORPHIC) else None
                if h is not None and h[0] == "has":
                    self.guard_prototype_chain(h[1])
                    answer = bool(m.prototype) and self.isolate.runtime.has_property(m.prototype, name)
        if answer is None:
            self.escape_later(v, "`in` with a key its map cannot answer")
            self.set_acc(BO, "false")
            return
        self.note(pc, f"`in` on a virtual object: {'true' if answer else 'false'} from its map")
        self.set_acc(BO, "true" if answer else "false")

    # ---- `obj instanceof C` ---------------------------------------------------------------------

    def instanceof_plan(self, ctor: int):
        """(constructor map, `prototype` property index, the prototype object) when `x instanceof
        ctor` can be answered by walking x's chain for that object; None when not (not a plain
        function, an accessor or a non-object `prototype`: the runtime throws or decides)."""
        objects = self.isolate.objects
        m = objects.map_of(ctor)
        if m.instance_type != InstanceType.FUNCTION or m.is_dictionary_map:
            return None
        index = m.index.get("prototype")
        if index is None or m.attrs.get("prototype", 0) & ATTR_ACCESSOR:
            return None
        proto = self.isolate.heap.load(objects.property_address(ctor, m, index))
        if type(proto) is not int:
            return None
        return m.id, index, proto

    def lower_instanceof(self, pc: int) -> None:
        ins = self.code[pc]
        f = self.fb[ins[2]]
        rep = self.state[self.acc]
        constant = isinstance(rep, Const) and type(rep.value) is int
        if constant:
            targets = [rep.value]
        elif isinstance(rep, Virtual) or f.megamorphic or f.shared:
            targets = []
        else:
            targets = list(f.targets)     # one to four constructors (polymorphic feedback)
        plans = [(t, self.instanceof_plan(t)) for t in targets]
        obj_rep = self.state[ins[1]]
        if not plans or any(p is None for _, p in plans):
            if isinstance(obj_rep, Virtual):
                self.escape_later(obj_rep, "`instanceof` with an unknown constructor")
            self.generic_predicate(pc)
            return
        proto = self.expected_prototype(plans, constant)
        names = ", ".join(self.isolate.shared_of(t).display_name for t, _ in plans)
        b = self.b
        if isinstance(obj_rep, Virtual):
            first = self.isolate.objects.array_prototype if obj_rep.length >= 0 else \
                self.isolate.maps[obj_rep.map_id].prototype
            self.note(pc, f"instanceof {names} on a virtual object: prototype chain walked from its map's prototype")
            self.set_acc(BO, self.prototype_walk(str(first), proto))
            return
        self.note(pc, f"instanceof {names}: prototype chain walked in machine code")
        v = self.get(ins[1], T)
        is_obj = b.value(f"icmp eq i64 {b.value(f'lshr i64 {v}, 48')}, {0xFFFA}")
        here = self.b.open_block("instanceof_tag")
        walk, join = b.label("instanceof_object"), b.label("instanceof_done")
        b.terminate(f"br i1 {is_obj}, label %{walk}, label %{join}, !prof !1")
        b.start(walk)
        first = b.value(f"and i64 {v}, {PAYLOAD}")
        # the object's own prototype first: its map's entry in the native prototype table
        types = b.value(f"inttoptr i64 {self.isolate.maps.native_prototypes_address} to ptr")
        fp = b.value(f"inttoptr i64 {first} to ptr")
        p0 = b.value(f"load i64, ptr {b.value(f'getelementptr i64, ptr {types}, i64 {self.field(fp, 0)}')}")
        r = self.prototype_walk(p0, proto)
        walked = self.b.open_block("instanceof_walked")
        b.terminate(f"br label %{join}")
        b.start(join)
        self.set_acc(BO, b.value(f"phi i1 [ false, %{here} ], [ {r}, %{walked} ]"))

    def expected_prototype(self, plans: list, constant: bool) -> str:
        """The `prototype` the walk looks for (an i64 address): the constructor compared with
        each one the feedback saw (no compare for a constant), its map and its `prototype` slot
        checked against what was seen; a constructor not seen deopts ("wrong call target")."""
        b = self.b
        ctor = self.get(self.acc, T)
        checkpoint = self.checkpoint
        if constant:
            labels = [b.label("ctor_known")]
            b.terminate(f"br label %{labels[0]}")
        else:
            labels = []
            for t, _ in plans:
                hit, miss = b.label("ctor_hit"), b.label("ctor_next")
                b.terminate(f"br i1 {b.value(f'icmp eq i64 {ctor}, {i64(self.embed(t))}')}, "
                            f"label %{hit}, label %{miss}, !prof !1")
                labels.append(hit)
                b.start(miss)
            self.deopt(DeoptReason.WRONG_CALL_TARGET)
        done = b.label("ctor_checked")
        arms = []
        for (target, (map_id, index, proto)), label in zip(plans, labels):
            self.start_arm(label, checkpoint)
            # C.prototype is still the object the walk looks for (a store to it deopts here).
            # Both are roots while the code lives: the walk compares with C.prototype's address,
            # which must not become another object's.
            self.embed(target)
            self.embed(proto)
            cptr = b.value(f"inttoptr i64 {target} to ptr")
            self.guard(b.value(f"icmp eq i64 {self.field(cptr, 0)}, {map_id}"), DeoptReason.WRONG_MAP)
            seen = b.value(f"load i64, ptr {self.property_slot_pointer(cptr, map_id, index)}")
            self.guard(b.value(f"icmp eq i64 {seen}, {i64(self.isolate.heap.encode(proto))}"),
                       DeoptReason.PROTOTYPE_CHANGED)
            arms.append((str(proto), self.b.open_block("ctor_arm")))
            b.terminate(f"br label %{done}")
        b.start(done)
        return b.value("phi i64 " + ", ".join(f"[ {p}, %{l} ]" for p, l in arms))

    def prototype_walk(self, start: str, proto: str) -> str:
        """An i1: the prototype at address `proto` is on the chain that starts at object address
        `start` (i64s, 0 for null): a loop of two loads per link (map word, then the map's
        prototype)."""
        b = self.b
        table = b.value(f"inttoptr i64 {self.isolate.maps.native_prototypes_address} to ptr")
        entry = self.b.open_block("protowalk_entry")
        loop, step, done = b.label("protowalk"), b.label("protowalk_next"), b.label("protowalk_done")
        b.terminate(f"br label %{loop}")
        b.start(loop)
        cur = b.tmp("link")
        nxt = b.tmp("next")
        b.emit(f"{cur} = phi i64 [ {start}, %{entry} ], [ {nxt}, %{step} ]")
        found = b.value(f"icmp eq i64 {cur}, {proto}")
        end = b.value(f"icmp eq i64 {cur}, 0")
        stop = b.value(f"or i1 {found}, {end}")
        b.terminate(f"br i1 {stop}, label %{done}, label %{step}")
        b.start(step)
        p = b.value(f"inttoptr i64 {cur} to ptr")
        b.emit(f"{nxt} = load i64, ptr {b.value(f'getelementptr i64, ptr {table}, i64 {self.field(p, 0)}')}")
        b.terminate(f"br label %{loop}")
        b.start(done)
        return found

    # ---- obj.hasOwnProperty(key) -----------------------------------------------------------------

    def receiver_maps_of_call(self, pc: int, callee_r: int, recv_r: int) -> list[int] | None:
        """The receiver maps a method call's feedback implies (V8's MapInference): the maps the
        load of the method from the receiver saw, when that load is in the same block, stored
        into the callee register, and the receiver was not written since."""
        code = self.code
        start = max(leader for leader in self.analysis.leaders if leader <= pc)
        for k in range(pc - 1, start, -1):
            ins = code[k]
            if ins[0] == B.Star and ins[1] == callee_r:
                load = code[k - 1]
                if load[0] != B.GetNamedProperty or load[1] != recv_r:
                    return None
                f = self.fb[load[3]]
                if f.state not in (ICState.MONOMORPHIC, ICState.POLYMORPHIC):
                    return None
                return list(f.handlers)
            if (ins[0] == B.Star and ins[1] == recv_r) or (ins[0] == B.Mov and ins[2] in (recv_r, callee_r)):
                return None
        return None

    def lower_has_own_property(self, pc: int, callee: str, recv_r: int) -> None:
        """obj.hasOwnProperty(key): an answer from the map (a constant key) or a bounds and hole
        check (an integer key on an array) under the receiver's map guard; the built-in otherwise."""
        callee_r = self.code[pc][1]
        key_r = recv_r + 1
        rep = self.state[recv_r]
        key = self.constant_key(key_r)
        if isinstance(rep, Virtual):
            answer = None
            if rep.length >= 0:
                answer = "true" if key == ("name", "length") else self.virtual_element(rep, key)
            elif key is not None and self.predicate_map_ok(self.isolate.maps[rep.map_id]):
                own = self.own_answer(self.isolate.maps[rep.map_id], str(key[1]))
                answer = None if own is None else ("true" if own else "false")
            if answer is None:
                self.escape_later(rep, "hasOwnProperty with a key its map cannot answer")
                self.set_acc(BO, "false")
                return
            self.note(pc, "hasOwnProperty on a virtual object: answered from its map or elements")
            self.set_acc(BO, answer)
            return
        maps = self.receiver_maps_of_call(pc, callee_r, recv_r)
        plans = []
        for map_id in maps or ():
            m = self.isolate.maps[map_id]
            if not self.predicate_map_ok(m):
                plans = []
                break
            if m.instance_type == InstanceType.ARRAY and (key is None or key[0] == "index"):
                if key is None and self.state[key_r] not in (I, T):
                    plans = []
                    break
                plans.append((map_id, "element"))
            elif key is not None:
                own = self.own_answer(m, str(key[1]))
                plans.append((map_id, bool(own)))
            else:
                plans = []
                break
        b = self.b
        if not plans:
            r = self.generic_call_value(pc, callee, recv_r, 1)
            self.set_acc(BO, b.value(f"icmp eq i64 {r}, {TRUE}"))
            return
        self.note(pc, "hasOwnProperty: " + ", ".join(
            f"map #{m} -> " + ("bounds + hole check" if p == "element" else ("true" if p else "false"))
            for m, p in plans))
        obj = self.heap_pointer(self.get(recv_r, T))
        labels = self.map_dispatch(obj, [m for m, _ in plans])
        checkpoint = self.checkpoint
        done = b.label("own_answered")
        arms = []
        for (map_id, plan), label in zip(plans, labels):
            self.start_arm(label, checkpoint)
            if plan == "element":
                # own elements only: a hole or an index past the length is simply false
                value = self.element_answer(obj, key_r, True, lambda: self.b.value(
                    f"icmp eq i64 {self.generic_call_value(pc, callee, recv_r, 1)}, {TRUE}"))
            else:
                value = "true" if plan else "false"
            arms.append((value, self.b.open_block("own_arm")))
            b.terminate(f"br label %{done}")
        b.start(done)
        self.set_acc(BO, b.value("phi i1 " + ", ".join(f"[ {v}, %{l} ]" for v, l in arms)))
