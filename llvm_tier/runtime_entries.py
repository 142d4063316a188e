"""Runtime entries: the Python functions optimized code calls for everything it does not do inline.

Each is a ctypes callback taking and returning 64-bit words (NaN-boxed values,
raw addresses or small integers). Per Contract 5, no Python exception crosses
into machine code: a JS exception becomes the tier's pending exception and
the entry returns EXCEPTION_BITS, which optimized code propagates to its
entry wrapper, where `OptimizedCode.call` raises it again.
"""
from __future__ import annotations

import ctypes

from interpreter.bytecodes import Bytecode as B
from interpreter.errors import JSThrow, range_error
from interpreter.intrinsics import INTRINSICS
from interpreter.numbers.numconv import to_int32
from interpreter.objects.values import EXCEPTION_BITS, STRING_BITS
from interpreter.runtime import Runtime

from .lowering import RUNTIME_ENTRIES, STRICT_BIT

_BINARY_OPS = {B.Sub: "-", B.Mul: "*", B.Div: "/", B.Mod: "%", B.Exp: "**", B.BitwiseOr: "|",
               B.BitwiseXor: "^", B.BitwiseAnd: "&", B.ShiftLeft: "<<", B.ShiftRight: ">>",
               B.ShiftRightLogical: ">>>"}
_UNARY_OPS = {B.Inc: "inc", B.Dec: "dec", B.Negate: "-", B.BitwiseNot: "~", B.ToNumeric: "numeric",
              B.ToNumber: "+"}
_COMPARE_OPS = {B.TestLessThan: "<", B.TestGreaterThan: ">", B.TestLessThanOrEqual: "<=",
                B.TestGreaterThanOrEqual: ">="}


def _binary_handlers() -> dict:
    """rt_binary's dispatch, opcode number -> fn(runtime, a, b): built once, as the entry is
    crossed a million times in string-building code (an enum lookup per call cost a quarter of it)."""
    table = {int(B.Add): Runtime.add, int(B.TestEqual): Runtime.loose_equals,
             int(B.TestEqualStrict): Runtime.strict_equals, int(B.TestInstanceOf): Runtime.instance_of,
             int(B.TestIn): lambda rt, a, b: rt.has_property(b, a)}
    for op, symbol in _BINARY_OPS.items():
        table[int(op)] = lambda rt, a, b, symbol=symbol: rt.arith(symbol, a, b)
    for op, symbol in _COMPARE_OPS.items():
        table[int(op)] = lambda rt, a, b, symbol=symbol: rt.compare(symbol, a, b)
    return table


_BINARY_HANDLERS = _binary_handlers()


class RuntimeEntries:
    def __init__(self, isolate, tier):
        self.isolate = isolate
        self.tier = tier
        self.heap = isolate.heap
        self.rt = isolate.runtime
        self.callbacks = {}
        for name, nargs in RUNTIME_ENTRIES.items():
            proto = ctypes.CFUNCTYPE(ctypes.c_uint64, *([ctypes.c_uint64] * nargs))
            self.callbacks[name] = proto(self._guard(name, getattr(self, name)))

    def addresses(self) -> dict[str, int]:
        return {name: ctypes.cast(cb, ctypes.c_void_p).value for name, cb in self.callbacks.items()}

    def _guard(self, name: str, fn):
        tier = self.tier
        crossings = tier.stats.crossings
        handles = self.heap.handles

        def entry(*args):
            crossings[name] += 1
            mark = len(handles)   # the entry's temporaries are roots while it runs (heap.py)
            try:
                return fn(*args)
            except JSThrow as e:
                tier.pending = e
            except RecursionError:
                tier.pending = range_error("Maximum call stack size exceeded")
            except BaseException as e:  # noqa: BLE001 - must not cross into machine code
                tier.pending = e
            finally:
                del handles[mark:]
            return EXCEPTION_BITS
        return entry

    def _args(self, argc: int, argv: int) -> list:
        if argc == 0:
            return []
        words = (ctypes.c_uint64 * argc).from_address(argv)
        decode = self.heap.decode
        return [decode(w) for w in words]

    def _site(self, site: int):
        return self.isolate.functions[site >> 20], site & 0xFFFFF

    # ---- the entries ------------------------------------------------------------------

    def rt_call(self, fn, this, argc, argv, site):
        decode = self.heap.decode
        sfi, pc = self._site(site)
        r = self.isolate.interpreter.call(decode(fn), decode(this), self._args(argc, argv), sfi, pc)
        return self.heap.encode(r)

    def rt_construct(self, fn, argc, argv, site):
        sfi, pc = self._site(site)
        r = self.isolate.interpreter.construct(self.heap.decode(fn), self._args(argc, argv), sfi, pc)
        return self.heap.encode(r)

    def rt_construct_with(self, fn, receiver, argc, argv, site):
        """`new` whose receiver optimized code allocated: runs the constructor in the interpreter."""
        decode = self.heap.decode
        fn = decode(fn)
        return self.heap.encode(self.isolate.interpreter.invoke(fn, self.isolate.shared_of(fn), decode(receiver),
                                                                self._args(argc, argv), fn))

    def rt_allocate(self, nwords, kind):
        """The slow path of inline allocation: the allocation buffer is used up (a collection may
        run here, with optimized frames below)."""
        return self.heap.allocate(nwords, kind)

    def rt_string_record(self, sid):
        """A string's native record, made at the first request (objects/heap.py, string_record;
        the allocation may collect)."""
        return self.heap.string_record(sid)

    def rt_load_named(self, obj, name_id):
        return self.heap.encode(self.rt.get_property(self.heap.decode(obj), self.heap.strings[name_id]))

    def rt_store_named(self, obj, name_id, value):
        strict = bool(name_id & STRICT_BIT)
        self.rt.set_property(self.heap.decode(obj), self.heap.strings[name_id & ~STRICT_BIT],
                             self.heap.decode(value), strict)
        return 0

    def rt_load_keyed(self, obj, key):
        return self.heap.encode(self.rt.get_keyed(self.heap.decode(obj), self.heap.decode(key)))

    def rt_store_keyed(self, obj, key, value):
        decode = self.heap.decode
        self.rt.set_keyed(decode(obj), decode(key), decode(value))
        return 0


    def rt_store_keyed_strict(self, obj, key, value):
        decode = self.heap.decode
        self.rt.set_keyed(decode(obj), decode(key), decode(value), strict=True)
        return 0
    def rt_binary(self, op, a, b):
        heap = self.heap
        return heap.encode(_BINARY_HANDLERS[op](self.rt, heap.decode(a), heap.decode(b)))

    def rt_unary(self, op, a):
        v = self.heap.decode(a)
        op = B(op)
        if op == B.TypeOf:
            return self.heap.encode(self.rt.typeof(v))
        return self.heap.encode(self.rt.unary(_UNARY_OPS[op], v))

    def rt_to_boolean(self, a):
        return 1 if self.rt.to_boolean(self.heap.decode(a)) else 0

    def rt_clone_context(self, ctx):
        return self.isolate.objects.clone_context(ctx)

    def rt_to_int32(self, double_bits):
        return to_int32(self.heap.decode(double_bits)) & 0xFFFF_FFFF

    def rt_call_runtime(self, intrinsic, argc, argv):
        return self.heap.encode(INTRINSICS[intrinsic](self.isolate, self._args(argc, argv)))

    def rt_take_exception(self):
        """The pending JS exception's value for a handler in optimized code (no longer pending);
        EXCEPTION_BITS when what is pending is no JS exception (it goes on unwinding)."""
        tier = self.tier
        for owner in (tier, tier.deoptimizer):
            e = owner.pending
            if e is not None:
                if not isinstance(e, JSThrow):
                    return EXCEPTION_BITS
                owner.pending = None
                return self.heap.encode(self.isolate.exception_value(e))
        raise RuntimeError("an exception handler in optimized code found no pending exception")

    def rt_new_arguments(self, argc, argv, fn):
        return self.heap.encode(self.isolate.new_arguments_object(self._args(argc, argv), self.heap.decode(fn)))

    def rt_bind_this(self, this):
        """A sloppy function's primitive `this` (not undefined or null, which optimized code
        binds to the global object itself): its wrapper object (OrdinaryCallBindThis)."""
        return self.heap.encode(self.rt.to_object(self.heap.decode(this)))

    def rt_grow_properties(self, obj, slots):
        """An object's out-of-object backing store grown to hold `slots` slots (optimized code is
        adding a property along a map transition); returns the backing store's address."""
        return self.isolate.objects.grow_properties(obj, slots)

    def rt_char_string(self, unit):
        """The one-code-unit string (optimized code's charAt and fromCharCode, first time a unit is met)."""
        return STRING_BITS | self.heap.char_string(unit)

    def rt_throw(self, value):
        raise JSThrow.with_value(self.heap.decode(value))

    def rt_stack_overflow(self):
        raise range_error("Maximum call stack size exceeded")
