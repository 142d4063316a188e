"""Lowering of engine intrinsics and built-ins to machine operations (V8's call reducer role).

Place in the pipeline: a mixin of `Lowering` (lowering.py). `CallRuntime`
intrinsics with a common case worth machine code get it here, the generic
intrinsic (`rt_call_runtime`) staying the slow path: the for-of iteration
protocol over arrays (the iterator is a heap object whose state, the array
and the next index, optimized code reads and writes in place; layout.py).
So do the built-ins a call site always called (analysis.BUILTIN_ARITY):
Math's rounding, sqrt, abs, sign, min and max as machine operations with
JS's -0 and NaN; `push` and `pop` in place on a plain array (`push` growing a
full backing store inline and generalizing the elements kind natively,
lower_array_stores.py), the runtime's call otherwise; `Array.isArray` as a map check; a string's
`charCodeAt`/`charAt` read from its native record (objects/heap.py) and
`String.fromCharCode` through the heap's table of one-unit strings.
"""
from __future__ import annotations

from deopt.frame_state import DeoptReason
from interpreter.intrinsics import INTRINSIC_IDS
from interpreter.objects.layout import (ARRAY_ELEMENTS_OFFSET, ARRAY_LENGTH_OFFSET,
                                        FOR_OF_INDEX_OFFSET, FOR_OF_ITERATED_OFFSET, FOR_OF_WORDS,
                                        PROPERTIES_OFFSET)
from interpreter.objects.maps import NATIVE_SPARSE_ARRAY, ElementsKind, InstanceType
from interpreter.objects.values import INT32_BITS, STRING_BITS

from .analysis import BO, BUILTIN_ARITY, F, I, T, Const, Unsupported, Virtual
from .ir import HOLE as HOLE_BITS, PAYLOAD, UNDEFINED as UNDEFINED_BITS, f64, i64

GET_ITERATOR, ITERATOR_STEP, ITERATOR_VALUE, IS_DONE = (
    INTRINSIC_IDS["get_iterator"], INTRINSIC_IDS["iterator_step"], INTRINSIC_IDS["iterator_value"],
    INTRINSIC_IDS["is_done"])


class BuiltinLowering:
    def lower_call_runtime(self, pc: int) -> None:
        _, intrinsic, first, n = self.code[pc]
        if intrinsic == IS_DONE:
            self.set_acc(BO, self.b.value(f"icmp eq i64 {self.get(first, T)}, {HOLE_BITS}"))
        elif intrinsic == GET_ITERATOR:
            self.lower_get_iterator(pc)
        elif intrinsic in (ITERATOR_STEP, ITERATOR_VALUE):
            self.lower_iterator_step(pc, done_value=HOLE_BITS if intrinsic == ITERATOR_STEP else UNDEFINED_BITS)
        else:
            self.set_acc(T, self.generic_intrinsic(pc))

    def generic_intrinsic(self, pc: int) -> str:
        _, intrinsic, first, n = self.code[pc]
        argv = self.spill_args(first, n)
        return self.runtime("rt_call_runtime", str(intrinsic), str(n), argv)

    def instance_type_is(self, v: str, instance_type: int) -> str:
        """i1: the tagged value is a heap object of that instance type (the native type table)."""
        b = self.b
        is_ptr = b.value(f"icmp eq i64 {b.value(f'lshr i64 {v}, 48')}, {0xFFFA}")
        here = b.open_block("type_tag")
        check, done = b.label("type_map"), b.label("typed")
        b.terminate(f"br i1 {is_ptr}, label %{check}, label %{done}")
        b.start(check)
        obj = b.value(f"inttoptr i64 {b.value(f'and i64 {v}, {PAYLOAD}')} to ptr")
        same = self.native_type_is(obj, int(instance_type))
        b.terminate(f"br label %{done}")
        b.start(done)
        return b.value(f"phi i1 [ false, %{here} ], [ {same}, %{check} ]")

    def lower_get_iterator(self, pc: int) -> None:
        """`for (x of v)`: over an array, a native iterator allocated inline; else the runtime's."""
        b = self.b
        first = self.code[pc][2]
        v = self.get(first, T)
        is_array = self.instance_type_is(v, InstanceType.ARRAY)
        fast, slow, done = b.label("iter_array"), b.label("iter_generic"), b.label("iter")
        b.terminate(f"br i1 {is_array}, label %{fast}, label %{slow}, !prof !1")
        b.start(fast)
        it = self.allocate(FOR_OF_WORDS)
        self.store_field(it, 0, str(self.isolate.objects.array_for_of_map.id))
        self.store_field(it, PROPERTIES_OFFSET, "0")
        self.store_field(it, FOR_OF_ITERATED_OFFSET, v)
        self.store_field(it, FOR_OF_INDEX_OFFSET, i64(INT32_BITS))
        r1 = self.tagged(it)
        fast_end = b.open_block("iter_array_end")
        b.terminate(f"br label %{done}")
        b.start(slow)
        r2 = self.generic_intrinsic(pc)
        slow_end = b.open_block("iter_generic_end")
        b.terminate(f"br label %{done}")
        b.start(done)
        self.set_acc(T, b.value(f"phi i64 [ {r1}, %{fast_end} ], [ {r2}, %{slow_end} ]"))

    def lower_iterator_step(self, pc: int, done_value: str) -> None:
        """The next value of a for-of iterator: an array's next element read in place (its live
        length checked at each step), `done_value` past the end; other iterators step in the runtime."""
        b = self.b
        first = self.code[pc][2]
        itv = self.get(first, T)
        it = b.value(f"inttoptr i64 {b.value(f'and i64 {itv}, {PAYLOAD}')} to ptr")
        is_array = b.value(f"icmp eq i64 {self.field(it, 0)}, {self.isolate.objects.array_for_of_map.id}")
        fast, slow, done = b.label("step_array"), b.label("step_generic"), b.label("stepped")
        b.terminate(f"br i1 {is_array}, label %{fast}, label %{slow}, !prof !1")
        b.start(fast)
        arr = b.value(f"inttoptr i64 {b.value(f'and i64 {self.field(it, FOR_OF_ITERATED_OFFSET)}, {PAYLOAD}')} to ptr")
        k = b.value(f"and i64 {self.field(it, FOR_OF_INDEX_OFFSET)}, 4294967295")
        length = self.field(arr, ARRAY_LENGTH_OFFSET)
        more = b.value(f"icmp ult i64 {k}, {length}")
        elem, end = b.label("step_elem"), b.label("step_end")
        b.terminate(f"br i1 {more}, label %{elem}, label %{end}, !prof !1")
        b.start(elem)
        elements = b.value(f"inttoptr i64 {self.field(arr, ARRAY_ELEMENTS_OFFSET)} to ptr")
        value = b.value(f"load i64, ptr {b.value(f'getelementptr i64, ptr {elements}, i64 {k}')}")
        # A hole steps in the runtime: a prototype may have that index.
        is_hole = b.value(f"icmp eq i64 {value}, {HOLE_BITS}")
        present = b.label("step_present")
        b.terminate(f"br i1 {is_hole}, label %{slow}, label %{present}, !prof !0")
        b.start(present)
        self.store_field(it, FOR_OF_INDEX_OFFSET, b.value(f"or i64 {b.value(f'add i64 {k}, 1')}, {i64(INT32_BITS)}"))
        b.terminate(f"br label %{done}")
        b.start(end)
        # Past the length word: the end, unless the array went sparse (its length word is 0).
        sparse = self.native_type_is(arr, NATIVE_SPARSE_ARRAY)
        ended = b.label("step_ended")
        b.terminate(f"br i1 {sparse}, label %{slow}, label %{ended}")
        b.start(ended)
        b.terminate(f"br label %{done}")
        b.start(slow)
        r = self.generic_intrinsic(pc)     # the same intrinsic: it returns done_value itself
        slow_end = b.open_block("step_generic_end")
        b.terminate(f"br label %{done}")
        b.start(done)
        self.set_acc(T, b.value(f"phi i64 [ {value}, %{present} ], [ {done_value}, %{ended} ], [ {r}, %{slow_end} ]"))

    # ---- built-in functions (a call site whose one target is the built-in) -----------------------

    def lower_builtin_call(self, pc: int, name: str, callee: str, recv_r: int, argc: int) -> None:
        if name.startswith("Math."):
            args = [self.get(recv_r + 1 + k, F) for k in range(argc)]
            self.set_acc(F, self.math_operation(name[5:], args))
        elif name == "Array.isArray":
            v = self.get(recv_r + 1, T)
            self.set_acc(BO, self.b.value(f"or i1 {self.instance_type_is(v, InstanceType.ARRAY)}, "
                                          f"{self.instance_type_is(v, NATIVE_SPARSE_ARRAY)}"))
        elif name == "Array.prototype.push":
            self.lower_array_push(pc, callee, recv_r)
        elif name == "Array.prototype.pop":
            self.lower_array_pop(pc, callee, recv_r)
        elif name in ("String.prototype.charCodeAt", "String.prototype.charAt"):
            self.lower_char_at(pc, callee, recv_r, name.endswith("charCodeAt"))
        elif name == "Object.prototype.hasOwnProperty":
            self.lower_has_own_property(pc, callee, recv_r)
        elif name == "String.fromCharCode":
            unit = self.b.value(f"and i32 {self.int32_argument(recv_r + 1)}, 65535")
            self.set_acc(T, self.char_string(unit))
        else:   # pragma: no cover - BUILTIN_ARITY and this dispatch are kept in step
            raise Unsupported(f"no machine code for {name}")

    def math_operation(self, op: str, args: list[str]) -> str:
        """Math.op on doubles, exactly as V8 computes it (-0 and NaN included)."""
        b = self.b
        if op in ("floor", "ceil", "trunc", "sqrt"):
            return b.value(f"call double @llvm.{op}.f64(double {args[0]})")
        if op == "abs":
            return b.value(f"call double @llvm.fabs.f64(double {args[0]})")
        if op in ("min", "max"):
            return b.value(f"call double @llvm.{op}imum.f64(double {args[0]}, double {args[1]})")
        x = args[0]
        if op == "round":
            # round half up: floor(x), plus one when the fraction is at least 1/2; a zero result
            # keeps x's sign (-0.4 and -0 round to -0)
            fl = b.value(f"call double @llvm.floor.f64(double {x})")
            up = b.value(f"fcmp oge double {b.value(f'fsub double {x}, {fl}')}, 0.5")
            r = b.value(f"select i1 {up}, double {b.value(f'fadd double {fl}, 1.0')}, double {fl}")
            zero = b.value(f"fcmp oeq double {r}, 0.0")
            signed = b.value(f"call double @llvm.copysign.f64(double {r}, double {x})")
            return b.value(f"select i1 {zero}, double {signed}, double {r}")
        if op == "sign":
            pos = b.value(f"fcmp ogt double {x}, 0.0")
            neg = b.value(f"fcmp olt double {x}, 0.0")
            r = b.value(f"select i1 {neg}, double -1.0, double {x}")     # NaN and +-0 are their own sign
            return b.value(f"select i1 {pos}, double 1.0, double {r}")
        raise Unsupported(f"no machine code for Math.{op}")   # pragma: no cover

    def plain_array_map(self, obj: str) -> tuple[str, str, str]:
        """i1 per elements kind: the object has the plain array map of that kind (int32, double,
        any): an array with no named properties, not frozen, whose elements are all in place."""
        maps = self.isolate.objects.array_maps
        m = self.field(obj, 0)
        return tuple(self.b.value(f"icmp eq i64 {m}, {maps[k].id}")
                     for k in (ElementsKind.INT32, ElementsKind.DOUBLE, ElementsKind.ANY))

    def pointer_or(self, v: str, slow: str) -> str:
        """The object pointer of a tagged heap value; anything else branches to `slow`."""
        b = self.b
        ok = b.label("is_object")
        tag = b.value(f"lshr i64 {v}, 48")
        b.terminate(f"br i1 {b.value(f'icmp eq i64 {tag}, {0xFFFA}')}, label %{ok}, label %{slow}, !prof !1")
        b.start(ok)
        return b.value(f"inttoptr i64 {b.value(f'and i64 {v}, {PAYLOAD}')} to ptr", "arr")

    def generic_call_value(self, pc: int, callee: str, recv_r: int, argc: int) -> str:
        """The built-in called through the runtime (the slow path of its machine code)."""
        argv = self.spill_args(recv_r + 1, argc)
        this = self.get(recv_r, T)
        r = self.b.value(f"call i64 @rt_call(i64 {callee}, i64 {this}, i64 {argc}, i64 {argv}, "
                         f"i64 {self.site_id(pc)})")
        self.check_exception(r)
        return r

    def lower_array_push(self, pc: int, callee: str, recv_r: int) -> None:
        """a.push(v): stored in place when a plain array has room and its kind takes v."""
        b = self.b
        recv = self.get(recv_r, T)
        value = self.get(recv_r + 1, T)
        slow, done = b.label("push_slow"), b.label("pushed")
        arr = self.pointer_or(recv, slow)
        is_int, is_dbl, is_any = self.plain_array_map(arr)
        tag = b.value(f"lshr i64 {value}, 48")
        v_int = b.value(f"icmp eq i64 {tag}, {0xFFF9}")
        v_num = b.value(f"icmp ule i64 {tag}, {0xFFF9}")
        dbl_ok = b.value(f"and i1 {is_dbl}, {v_num}")
        int_ok = b.value(f"and i1 {is_int}, {v_int}")
        kind_ok = b.value(f"or i1 {is_any}, {b.value(f'or i1 {dbl_ok}, {int_ok}')}")
        # A value the kind does not take generalizes the array's kind (INT32 -> DOUBLE -> ANY,
        # the plain array maps' elements transitions) natively, as the runtime would, where
        # the map it leaves is already unstable (no code relies on it staying put).
        maps = self.isolate.objects.array_maps
        mapw = self.field(arr, 0)
        target = mapw
        if not maps[ElementsKind.INT32].stable:
            not_int = b.value(f"xor i1 {v_int}, true")
            to_double = b.value(f"and i1 {is_int}, {b.value(f'and i1 {v_num}, {not_int}')}")
            target = b.value(f"select i1 {to_double}, i64 {maps[ElementsKind.DOUBLE].id}, i64 {target}")
            kind_ok = b.value(f"or i1 {kind_ok}, {to_double}")
        leaving = [is_int] if not maps[ElementsKind.INT32].stable else []
        leaving += [is_dbl] if not maps[ElementsKind.DOUBLE].stable else []
        if leaving:
            from_kind = leaving[0] if len(leaving) == 1 else b.value(f"or i1 {leaving[0]}, {leaving[1]}")
            to_any = b.value(f"and i1 {from_kind}, {b.value(f'xor i1 {v_num}, true')}")
            target = b.value(f"select i1 {to_any}, i64 {maps[ElementsKind.ANY].id}, i64 {target}")
            kind_ok = b.value(f"or i1 {kind_ok}, {to_any}")
        if not self.no_index_setters():
            kind_ok = "false"   # an index setter may be on the chain: every push asks the runtime
        fast = b.label("push_fast")
        b.terminate(f"br i1 {kind_ok}, label %{fast}, label %{slow}, !prof !1")
        b.start(fast)
        if target != mapw:
            self.store_field(arr, 0, target)
        length = self.field(arr, ARRAY_LENGTH_OFFSET)
        # a full backing store grows in machine code (allocated inline, the elements copied)
        elements = self.elements_with_room(arr, length)
        b.emit(f"store i64 {value}, ptr {b.value(f'getelementptr i64, ptr {elements}, i64 {length}')}")
        n = b.value(f"add i64 {length}, 1")
        self.store_field(arr, ARRAY_LENGTH_OFFSET, n)
        r1 = b.value(f"trunc i64 {n} to i32")
        fast_end = b.open_block("push_fast_end")
        b.terminate(f"br label %{done}")
        b.start(slow)
        r = self.generic_call_value(pc, callee, recv_r, 1)
        r2 = b.value(f"trunc i64 {r} to i32")      # the new length: an int32 in practice
        self.guard(b.value(f"icmp eq i64 {b.value(f'lshr i64 {r}, 48')}, {0xFFF9}"), DeoptReason.NOT_INT32)
        slow_end = b.open_block("push_slow_end")
        b.terminate(f"br label %{done}")
        b.start(done)
        self.set_acc(I, b.value(f"phi i32 [ {r1}, %{fast_end} ], [ {r2}, %{slow_end} ]"))

    def lower_array_pop(self, pc: int, callee: str, recv_r: int) -> None:
        """a.pop(): the last element taken in place from a plain array (undefined when empty)."""
        b = self.b
        recv = self.get(recv_r, T)
        slow, done = b.label("pop_slow"), b.label("popped")
        arr = self.pointer_or(recv, slow)
        is_int, is_dbl, is_any = self.plain_array_map(arr)
        plain = b.value(f"or i1 {is_any}, {b.value(f'or i1 {is_int}, {is_dbl}')}")
        fast, empty, take = b.label("pop_fast"), b.label("pop_empty"), b.label("pop_take")
        b.terminate(f"br i1 {plain}, label %{fast}, label %{slow}, !prof !1")
        b.start(fast)
        length = self.field(arr, ARRAY_LENGTH_OFFSET)
        b.terminate(f"br i1 {b.value(f'icmp eq i64 {length}, 0')}, label %{empty}, label %{take}")
        b.start(empty)
        b.terminate(f"br label %{done}")
        b.start(take)
        n = b.value(f"sub i64 {length}, 1")
        elements = b.value(f"inttoptr i64 {self.field(arr, ARRAY_ELEMENTS_OFFSET)} to ptr")
        v = b.value(f"load i64, ptr {b.value(f'getelementptr i64, ptr {elements}, i64 {n}')}")
        # A hole pops in the runtime: a prototype may have that index.
        present = b.label("pop_present")
        b.terminate(f"br i1 {b.value(f'icmp eq i64 {v}, {HOLE_BITS}')}, label %{slow}, label %{present}, !prof !0")
        b.start(present)
        self.store_field(arr, ARRAY_LENGTH_OFFSET, n)
        b.terminate(f"br label %{done}")
        b.start(slow)
        r = self.generic_call_value(pc, callee, recv_r, 0)
        slow_end = b.open_block("pop_slow_end")
        b.terminate(f"br label %{done}")
        b.start(done)
        self.set_acc(T, b.value(f"phi i64 [ {UNDEFINED_BITS}, %{empty} ], [ {v}, %{present} ], [ {r}, %{slow_end} ]"))

    def lower_typeof(self) -> None:
        """typeof acc: from the representation when it says, else from the tag (and for a heap
        object, whether its map is a function's), as one of the interned type names."""
        b = self.b
        acc = self.acc
        rep = self.state[acc]
        if isinstance(rep, Virtual):
            self.state[acc] = Const("object")    # a virtual object is a plain object or array
            return
        name = {I: "number", F: "number", BO: "boolean"}.get(rep.natural() if isinstance(rep, Const) else rep)
        if isinstance(rep, Const) and name is None:
            name = self.isolate.runtime.typeof(rep.value)
        if name is not None:
            self.state[acc] = Const(name)
            return
        v = self.get(acc, T)
        s = {n: i64(self.embed(n)) for n in ("number", "string", "bigint", "undefined", "object", "boolean",
                                                "function")}
        tag = b.value(f"lshr i64 {v}, 48")
        r = s["object"]                                        # null and the remaining heap objects
        r = b.value(f"select i1 {b.value(f'icmp ule i64 {tag}, {0xFFF9}')}, i64 {s['number']}, i64 {r}")
        r = b.value(f"select i1 {b.value(f'icmp eq i64 {tag}, {0xFFFB}')}, i64 {s['string']}, i64 {r}")
        r = b.value(f"select i1 {b.value(f'icmp eq i64 {tag}, {0xFFFD}')}, i64 {s['bigint']}, i64 {r}")
        r = b.value(f"select i1 {b.value(f'icmp eq i64 {v}, {UNDEFINED_BITS}')}, i64 {s['undefined']}, i64 {r}")
        is_bool = b.value(f"icmp eq i64 {b.value(f'or i64 {v}, 1')}, {i64(self.embed(True))}")
        r = b.value(f"select i1 {is_bool}, i64 {s['boolean']}, i64 {r}")
        is_fn = self.instance_type_is(v, InstanceType.FUNCTION)
        self.set_acc(T, b.value(f"select i1 {is_fn}, i64 {s['function']}, i64 {r}"))

    def int32_argument(self, r: int) -> str:
        """ToInt32 of a number register (a non-number deopts)."""
        rep = self.state[r]
        return self.get(r, I) if rep == I or (isinstance(rep, Const) and rep.natural() == I) \
            else self.truncate_to_int32(r)

    def index_argument(self, r: int) -> str:
        """A string index from a number register (a non-number deopts): ToIntegerOrInfinity as an
        i32, NaN as 0, and -1 from 2^31 on (out of range like every index past a string's end;
        ToInt32 would wrap 2^32 around to 0)."""
        rep = self.state[r]
        if rep == I or (isinstance(rep, Const) and rep.natural() == I):
            return self.get(r, I)
        b = self.b
        v = self.get(r, F)
        nan = b.value(f"fcmp uno double {v}, {v}")
        v0 = b.value(f"select i1 {nan}, double {f64(0.0)}, double {v}")
        mag = b.value(f"call double @llvm.fabs.f64(double {v0})")
        small = b.value(f"fcmp olt double {mag}, {f64(2.0 ** 31)}")
        d = b.value(f"select i1 {small}, double {v0}, double {f64(-1.0)}")
        return b.value(f"fptosi double {d} to i32")

    def char_string(self, unit: str) -> str:
        """The one-unit string of an i32 code unit: from the heap's table, or the runtime interns it."""
        b = self.b
        table = b.value(f"inttoptr i64 {self.isolate.heap.char_strings_address} to ptr")
        unit64 = b.value(f"zext i32 {unit} to i64")
        entry = b.value(f"load i32, ptr {b.value(f'getelementptr i32, ptr {table}, i64 {unit64}')}")
        known, slow, done = b.label("char_known"), b.label("char_new"), b.label("char")
        b.terminate(f"br i1 {b.value(f'icmp ne i32 {entry}, 0')}, label %{known}, label %{slow}, !prof !1")
        b.start(known)
        sid = b.value(f"zext i32 {b.value(f'sub i32 {entry}, 1')} to i64")
        r1 = b.value(f"or i64 {sid}, {i64(STRING_BITS)}")
        b.terminate(f"br label %{done}")
        b.start(slow)
        r2 = self.runtime("rt_char_string", unit64)
        slow_end = b.open_block("char_new_end")
        b.terminate(f"br label %{done}")
        b.start(done)
        return b.value(f"phi i64 [ {r1}, %{known} ], [ {r2}, %{slow_end} ]")

    def lower_char_at(self, pc: int, callee: str, recv_r: int, code: bool) -> None:
        """s.charCodeAt(i) (a double: NaN out of range) or s.charAt(i) ("" out of range), read
        from the string's native record; a receiver that is not a string calls the built-in."""
        b = self.b
        recv = self.get(recv_r, T)
        index = self.index_argument(recv_r + 1)
        is_string = b.value(f"icmp eq i64 {b.value(f'lshr i64 {recv}, 48')}, {0xFFFB}")
        fast, slow, done = b.label("char_fast"), b.label("char_slow"), b.label("char_done")
        b.terminate(f"br i1 {is_string}, label %{fast}, label %{slow}, !prof !1")
        b.start(fast)
        record = self.string_record(recv)
        length = b.value(f"load i64, ptr {record}")
        i = b.value(f"sext i32 {index} to i64")
        inside, outside = b.label("char_in"), b.label("char_out")
        b.terminate(f"br i1 {b.value(f'icmp ult i64 {i}, {length}')}, label %{inside}, label %{outside}, !prof !1")
        b.start(inside)
        units = b.value(f"getelementptr i8, ptr {record}, i64 8")
        at = b.value(f"getelementptr i16, ptr {units}, i64 {i}")
        unit = b.value(f"zext i16 {b.value(f'load i16, ptr {at}')} to i32")
        if code:
            r_in = b.value(f"sitofp i32 {unit} to double")
            r_out = "0x7FF8000000000000"     # NaN
        else:
            r_in = self.char_string(unit)
            r_out = i64(self.embed(""))
        in_end = b.open_block("char_in_end")
        b.terminate(f"br label %{done}")
        b.start(outside)
        b.terminate(f"br label %{done}")
        b.start(slow)
        r = self.generic_call_value(pc, callee, recv_r, 1)
        if code:
            r = self.convert(r, T, F)
        slow_end = b.open_block("char_slow_end")
        b.terminate(f"br label %{done}")
        b.start(done)
        ty = "double" if code else "i64"
        self.set_acc(F if code else T, b.value(f"phi {ty} [ {r_in}, %{in_end} ], [ {r_out}, %{outside} ], "
                                               f"[ {r}, %{slow_end} ]"))


def builtin_functions(isolate) -> dict[int, str]:
    """The function objects of the built-ins the tier lowers (analysis.BUILTIN_ARITY), by address."""
    rt = isolate.runtime
    found = {}
    for name in BUILTIN_ARITY:
        *path, key = name.split(".")
        holder = isolate.global_value(path[0])
        for part in path[1:]:
            holder = rt.get_property(holder, part) if type(holder) is int else None
        if type(holder) is not int:
            continue
        hit = rt.lookup(holder, key)
        if hit is not None and type(hit[2]) is int:
            found[hit[2]] = name
    return found
