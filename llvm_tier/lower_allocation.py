"""Lowering of allocation: objects, arrays, closures and contexts made in machine code.

Place in the pipeline: a mixin of `Lowering` (lowering.py). Optimized code
allocates the way V8's does: it bumps the heap's allocation pointer inline
(the pointer and its limit are the heap's first two words,
interpreter/objects/heap.py) and checks the limit; only when the space is
used up does it call the runtime (`rt_allocate`). The new object's header
and slots are written inline with the map the code knows at compile time: an
object literal's root map, the array map of its elements kind, the function
map, the context map, or the initial map of the constructor `new` calls.
"""
from __future__ import annotations

from interpreter.objects.layout import (ARRAY_CAPACITY_OFFSET, ARRAY_ELEMENTS_OFFSET, ARRAY_LENGTH_OFFSET,
                                        ARRAY_WORDS, CONTEXT_HEADER_WORDS, CONTEXT_LENGTH_OFFSET,
                                        CONTEXT_PARENT_OFFSET, FUNCTION_CONTEXT_OFFSET, FUNCTION_SHARED_OFFSET,
                                        FUNCTION_WORDS, OBJECT_HEADER_WORDS, PROPERTIES_OFFSET)
from interpreter.objects.heap import KIND_OBJECT, KIND_SHIFT, KIND_VALUES
from interpreter.objects.maps import ElementsKind

from .analysis import F, I, T, Const
from .ir import POINTER_TAGGED, UNDEFINED as UNDEFINED_BITS


class AllocationLowering:
    def allocate(self, nwords, kind: int = KIND_OBJECT) -> str:
        """A pointer to nwords (a count, or an i64 value) fresh words, an allocation of `kind`:
        the heap's allocation pointer bumped inline past a header word (its size and kind) and
        the allocation's start noted in the heap's start bitmap (objects/heap.py), as
        Heap.allocate does; the runtime when the allocation buffer is used up."""
        b = self.b
        heap = self.isolate.heap
        top_p = b.value(f"inttoptr i64 {heap.top_address} to ptr")
        limit_p = b.value(f"inttoptr i64 {heap.limit_address} to ptr")
        top = b.value(f"load i64, ptr {top_p}")
        n = str(nwords) if isinstance(nwords, int) else nwords
        size = str(8 * (nwords + 1)) if isinstance(nwords, int) else \
            b.value(f"shl i64 {b.value(f'add i64 {nwords}, 1')}, 3")
        new_top = b.value(f"add i64 {top}, {size}")
        limit = b.value(f"load i64, ptr {limit_p}")
        fits = b.value(f"icmp ule i64 {new_top}, {limit}")
        fast, slow, done = b.label("alloc_fast"), b.label("alloc_slow"), b.label("allocated")
        b.terminate(f"br i1 {fits}, label %{fast}, label %{slow}, !prof !1")
        b.start(fast)
        b.emit(f"store i64 {new_top}, ptr {top_p}")
        word = b.value(f"lshr i64 {b.value(f'sub i64 {top}, {heap.base}')}, 3")
        head = b.value(f"or i64 {n}, {kind << KIND_SHIFT}")
        b.emit(f"store i64 {head}, ptr {b.value(f'inttoptr i64 {top} to ptr')}")
        bits = b.value(f"inttoptr i64 {heap.start_bits_address} to ptr")
        bitp = b.value(f"getelementptr i64, ptr {bits}, i64 {b.value(f'lshr i64 {word}, 6')}")
        bit = b.value(f"shl i64 1, {b.value(f'and i64 {word}, 63')}")
        old_bits = b.value(f"load i64, ptr {bitp}")
        b.emit(f"store i64 {b.value(f'or i64 {old_bits}, {bit}')}, ptr {bitp}")
        payload = b.value(f"add i64 {top}, 8")
        b.terminate(f"br label %{done}")
        b.start(slow)
        raw = self.runtime("rt_allocate", n, str(kind))
        slow_end = b.open_block("alloc_slow_end")
        b.terminate(f"br label %{done}")
        b.start(done)
        addr = b.value(f"phi i64 [ {payload}, %{fast} ], [ {raw}, %{slow_end} ]")
        return b.value(f"inttoptr i64 {addr} to ptr", "new")

    def tagged(self, ptr: str) -> str:
        b = self.b
        return b.value(f"or i64 {b.value(f'ptrtoint ptr {ptr} to i64')}, {POINTER_TAGGED}")

    def new_object(self, map_id: int) -> str:
        """A JSObject of a known map, its in-object slots undefined; returns the pointer."""
        m = self.isolate.maps[map_id]
        obj = self.allocate(OBJECT_HEADER_WORDS + m.inobject)
        self.store_field(obj, 0, str(map_id))
        self.store_field(obj, PROPERTIES_OFFSET, "0")
        for k in range(m.inobject):
            self.store_field(obj, 8 * (OBJECT_HEADER_WORDS + k), UNDEFINED_BITS)
        return obj

    def new_wrapper(self, value: str, map_id: int) -> str:
        """A primitive wrapper of a known map (interpreter/primitive_wrappers.py) holding the
        tagged `value` in its slot 0 (its hidden value property); returns it tagged."""
        obj = self.new_object(map_id)
        self.store_field(obj, 8 * OBJECT_HEADER_WORDS, value)
        return self.tagged(obj)

    def lower_create_object_literal(self, pc: int) -> None:
        m = self.isolate.objects.literal_root(self.code[pc][1])
        self.set_acc(T, self.tagged(self.new_object(m.id)))

    def lower_create_closure(self, pc: int) -> None:
        b = self.b
        fn = self.allocate(FUNCTION_WORDS)
        self.store_field(fn, 0, str(self.isolate.objects.function_map.id))
        self.store_field(fn, PROPERTIES_OFFSET, "0")
        self.store_field(fn, FUNCTION_SHARED_OFFSET, str(self.sfi.inner[self.code[pc][1]].id))
        self.store_field(fn, FUNCTION_CONTEXT_OFFSET, b.value(f"load i64, ptr {self.ctx_slot()}"))
        self.set_acc(T, self.tagged(fn))

    def lower_create_function_context(self, pc: int) -> None:
        b = self.b
        n = self.code[pc][1]
        ctx = self.allocate(CONTEXT_HEADER_WORDS + n)
        self.store_field(ctx, 0, str(self.isolate.objects.context_map.id))
        self.store_field(ctx, CONTEXT_PARENT_OFFSET, b.value(f"load i64, ptr {self.ctx_slot()}"))
        self.store_field(ctx, CONTEXT_LENGTH_OFFSET, str(n))
        for k in range(n):
            self.store_field(ctx, 8 * (CONTEXT_HEADER_WORDS + k), UNDEFINED_BITS)
        self.set_acc(T, self.tagged(ctx))

    def lower_create_array_literal(self, pc: int) -> None:
        """An array of the registers from r: its elements kind (and so its map) is the most general
        kind of its values, known from their representations or, for tagged ones, their tags."""
        b = self.b
        _, first, n = self.code[pc]
        maps = self.isolate.objects.array_maps
        values, kinds = [], []
        for r in range(first, first + n):
            rep = self.state[r]
            nat = rep.natural() if isinstance(rep, Const) else rep
            if isinstance(rep, Const) and type(rep.value) is float:
                kinds.append(str(int(ElementsKind.INT32 if nat == I else ElementsKind.DOUBLE)))
            elif nat == I:
                kinds.append(str(int(ElementsKind.INT32)))
            elif nat == T:
                v = self.get(r, T)
                tag = b.value(f"lshr i64 {v}, 48")
                is_int = b.value(f"icmp eq i64 {tag}, {0xFFF9}")
                is_num = b.value(f"icmp ule i64 {tag}, {0xFFF9}")
                k = b.value(f"select i1 {is_num}, i64 {int(ElementsKind.DOUBLE)}, i64 {int(ElementsKind.ANY)}")
                kinds.append(b.value(f"select i1 {is_int}, i64 {int(ElementsKind.INT32)}, i64 {k}"))
            elif nat == F:
                # a double that holds an int32 value is stored int32-tagged, as the heap's encoding has it
                v = self.get(r, T)
                tag = b.value(f"lshr i64 {v}, 48")
                is_int = b.value(f"icmp eq i64 {tag}, {0xFFF9}")
                kinds.append(b.value(f"select i1 {is_int}, i64 {int(ElementsKind.INT32)}, "
                                     f"i64 {int(ElementsKind.DOUBLE)}"))
            else:   # BO and other constants (strings, undefined...)
                kinds.append(str(int(ElementsKind.ANY)))
            values.append(self.get(r, T))
        kind = str(int(ElementsKind.INT32))
        for k in kinds:
            if k.isdigit() and kind.isdigit():
                kind = str(max(int(k), int(kind)))
            else:
                bigger = b.value(f"icmp ugt i64 {k}, {kind}")
                kind = b.value(f"select i1 {bigger}, i64 {k}, i64 {kind}")
        if kind.isdigit():
            map_id = str(maps[ElementsKind(int(kind))].id)
        else:
            is_any = b.value(f"icmp eq i64 {kind}, {int(ElementsKind.ANY)}")
            is_dbl = b.value(f"icmp eq i64 {kind}, {int(ElementsKind.DOUBLE)}")
            m = b.value(f"select i1 {is_dbl}, i64 {maps[ElementsKind.DOUBLE].id}, i64 {maps[ElementsKind.INT32].id}")
            map_id = b.value(f"select i1 {is_any}, i64 {maps[ElementsKind.ANY].id}, i64 {m}")
        capacity = max(4, n)
        arr = self.allocate(ARRAY_WORDS)
        elements = self.allocate(capacity, KIND_VALUES)
        self.store_field(arr, 0, map_id)
        self.store_field(arr, PROPERTIES_OFFSET, "0")
        self.store_field(arr, ARRAY_LENGTH_OFFSET, str(n))
        self.store_field(arr, ARRAY_ELEMENTS_OFFSET, b.value(f"ptrtoint ptr {elements} to i64"))
        self.store_field(arr, ARRAY_CAPACITY_OFFSET, str(capacity))
        for k, v in enumerate(values):
            self.store_field(elements, 8 * k, v)
        for k in range(n, capacity):
            self.store_field(elements, 8 * k, "0")
        self.set_acc(T, self.tagged(arr))

    def rest_array(self, start: int) -> str:
        """`...rest`: a new array of the arguments from index `start` of the argument list
        (%args, %argc), of the elements kind its values need, built in a machine-code loop."""
        b = self.b
        maps = self.isolate.objects.array_maps
        over = b.value(f"icmp ugt i64 %argc, {start}")
        count = b.value(f"select i1 {over}, i64 {b.value(f'sub i64 %argc, {start}')}, i64 0")
        small = b.value(f"icmp ult i64 {count}, 4")
        capacity = b.value(f"select i1 {small}, i64 4, i64 {count}")
        arr = self.allocate(ARRAY_WORDS)
        elements = self.allocate(capacity, KIND_VALUES)
        head, body, done = b.label("rest_loop"), b.label("rest_copy"), b.label("rest_done")
        entry = b.open_block("rest_entry")
        b.terminate(f"br label %{head}")
        b.start(head)
        k = b.tmp("k")
        kind = b.tmp("kind")
        k_next, kind_next = b.tmp("k"), b.tmp("kind")
        b.emit(f"{k} = phi i64 [ 0, %{entry} ], [ {k_next}, %{body} ]")
        b.emit(f"{kind} = phi i64 [ {int(ElementsKind.INT32)}, %{entry} ], [ {kind_next}, %{body} ]")
        more = b.value(f"icmp ult i64 {k}, {count}")
        b.terminate(f"br i1 {more}, label %{body}, label %{done}")
        b.start(body)
        src = b.value(f"getelementptr i64, ptr %args, i64 {b.value(f'add i64 {k}, {start}')}")
        v = b.value(f"load i64, ptr {src}")
        b.emit(f"store i64 {v}, ptr {b.value(f'getelementptr i64, ptr {elements}, i64 {k}')}")
        tag = b.value(f"lshr i64 {v}, 48")
        is_int = b.value(f"icmp eq i64 {tag}, {0xFFF9}")
        is_num = b.value(f"icmp ule i64 {tag}, {0xFFF9}")
        mine = b.value(f"select i1 {is_int}, i64 {int(ElementsKind.INT32)}, i64 "
                       f"{b.value(f'select i1 {is_num}, i64 {int(ElementsKind.DOUBLE)}, i64 {int(ElementsKind.ANY)}')}")
        bigger = b.value(f"icmp ugt i64 {mine}, {kind}")
        b.emit(f"{kind_next} = select i1 {bigger}, i64 {mine}, i64 {kind}")
        b.emit(f"{k_next} = add i64 {k}, 1")
        b.terminate(f"br label %{head}")
        b.start(done)
        is_any = b.value(f"icmp eq i64 {kind}, {int(ElementsKind.ANY)}")
        is_dbl = b.value(f"icmp eq i64 {kind}, {int(ElementsKind.DOUBLE)}")
        m = b.value(f"select i1 {is_dbl}, i64 {maps[ElementsKind.DOUBLE].id}, i64 {maps[ElementsKind.INT32].id}")
        self.store_field(arr, 0, b.value(f"select i1 {is_any}, i64 {maps[ElementsKind.ANY].id}, i64 {m}"))
        self.store_field(arr, PROPERTIES_OFFSET, "0")
        self.store_field(arr, ARRAY_LENGTH_OFFSET, count)
        self.store_field(arr, ARRAY_ELEMENTS_OFFSET, b.value(f"ptrtoint ptr {elements} to i64"))
        self.store_field(arr, ARRAY_CAPACITY_OFFSET, capacity)
        return self.tagged(arr)
