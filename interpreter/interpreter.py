"""The bytecode interpreter (Ignition's role): runs frames, keeps inline caches, records feedback.

A frame is (closure, SharedFunctionInfo, register list, accumulator, current
context, bytecode offset). `run` executes one frame to its Return; the
deoptimizer enters it the same way with a frame rebuilt from machine state and
a non-zero offset. Calls recurse in Python; the JS call depth is bounded so
deep recursion is a RangeError, never a Python RecursionError.

The interpreter never imports a tier: it is handed a tier-up hook through the
isolate (absent with --jitless).
"""
from __future__ import annotations

from math import copysign

from interpreter.builtins.support import is_constructor
from interpreter.objects.layout import CONTEXT_HEADER_WORDS
from interpreter.objects.maps import ElementsKind, InstanceType
from interpreter.objects.values import (FIRST_BOXED_TAG, HOLE, HOLE_BITS, INT32_TAG, NULL, PAYLOAD_MASK, POINTER_TAG,
                                        UNDEFINED)

from .bytecodes import Bytecode as B
from .errors import JSThrow, range_error, reference_error, type_error
from .feedback import KIND_DOUBLE, KIND_INT32, KIND_OTHER, KIND_STRING
from .intrinsics import INTRINSICS

ANY_KIND = ElementsKind.ANY

# Opcodes as plain ints, so the dispatch chain compares small ints.
_Ldar, _Star, _Mov, _LdaConstant, _LdaUndefined, _LdaNull, _LdaTrue, _LdaFalse, _LdaTheHole = (
    int(B.Ldar), int(B.Star), int(B.Mov), int(B.LdaConstant), int(B.LdaUndefined), int(B.LdaNull),
    int(B.LdaTrue), int(B.LdaFalse), int(B.LdaTheHole))
_Add, _Sub, _Mul, _Div, _Mod, _Exp = (int(B.Add), int(B.Sub), int(B.Mul), int(B.Div), int(B.Mod),
                                      int(B.Exp))
_BitOr, _BitXor, _BitAnd, _Shl, _Sar, _Shr = (int(B.BitwiseOr), int(B.BitwiseXor), int(B.BitwiseAnd),
                                              int(B.ShiftLeft), int(B.ShiftRight),
                                              int(B.ShiftRightLogical))
_Inc, _Dec, _Negate, _BitNot, _ToNumeric, _ToNumber, _Not, _TypeOf = (
    int(B.Inc), int(B.Dec), int(B.Negate), int(B.BitwiseNot), int(B.ToNumeric), int(B.ToNumber),
    int(B.LogicalNot), int(B.TypeOf))
# The slow path of each numeric unary bytecode: Runtime.unary's operator name.
_UNARY_OPS = {_Inc: "inc", _Dec: "dec", _Negate: "-", _BitNot: "~", _ToNumeric: "numeric", _ToNumber: "+"}
_TestEq, _TestEqStrict, _TestLt, _TestGt, _TestLe, _TestGe = (
    int(B.TestEqual), int(B.TestEqualStrict), int(B.TestLessThan), int(B.TestGreaterThan),
    int(B.TestLessThanOrEqual), int(B.TestGreaterThanOrEqual))
_Jump, _JumpIfTrue, _JumpIfFalse, _JumpIfToBooleanTrue, _JumpIfToBooleanFalse, _JumpLoop, _Return = (
    int(B.Jump), int(B.JumpIfTrue), int(B.JumpIfFalse), int(B.JumpIfToBooleanTrue),
    int(B.JumpIfToBooleanFalse), int(B.JumpLoop), int(B.Return))
_GetNamed, _SetNamed, _DefineNamed, _GetKeyed, _SetKeyed = (
    int(B.GetNamedProperty), int(B.SetNamedProperty), int(B.DefineNamedOwnProperty),
    int(B.GetKeyedProperty), int(B.SetKeyedProperty))
_LdaGlobal, _LdaGlobalTypeof, _StaGlobal, _LdaCtx, _StaCtx = (
    int(B.LdaGlobal), int(B.LdaGlobalInsideTypeof), int(B.StaGlobal), int(B.LdaContextSlot),
    int(B.StaContextSlot))
_CreateFunctionContext, _PushContext, _PopContext, _CloneContext = (
    int(B.CreateFunctionContext), int(B.PushContext), int(B.PopContext), int(B.CloneContext))
_ThrowIfHole, _ThrowConstAssign = int(B.ThrowReferenceErrorIfHole), int(B.ThrowConstAssignError)
_Call, _Construct, _CreateClosure, _CreateObjectLiteral, _CreateArrayLiteral = (
    int(B.Call), int(B.Construct), int(B.CreateClosure), int(B.CreateObjectLiteral),
    int(B.CreateArrayLiteral))
_SaveContext, _TestInstanceOf, _TestIn, _Throw, _ReThrow, _CallRuntime = (
    int(B.SaveContext), int(B.TestInstanceOf), int(B.TestIn), int(B.Throw), int(B.ReThrow),
    int(B.CallRuntime))

_ARITH_OPS = {_Sub: "-", _Mul: "*", _Div: "/", _Mod: "%", _Exp: "**", _BitOr: "|", _BitXor: "^",
              _BitAnd: "&", _Shl: "<<", _Sar: ">>", _Shr: ">>>"}
_COMPARE_OPS = {_TestLt: "<", _TestGt: ">", _TestLe: "<=", _TestGe: ">="}

INT32_MIN_F = -2147483648.0
INT32_MAX_F = 2147483647.0


def value_kind(v) -> int:
    """The feedback kind of one value."""
    t = type(v)
    if t is float:
        if v.is_integer() and INT32_MIN_F <= v <= INT32_MAX_F and (v != 0.0 or copysign(1.0, v) > 0):
            return KIND_INT32
        return KIND_DOUBLE
    if t is str:
        return KIND_STRING
    return KIND_OTHER


def record_binary(fb, a, b, r) -> None:
    """int32 only when both operands and the result are int32 (V8's kSignedSmall)."""
    k = value_kind(a) | value_kind(b)
    if k == KIND_INT32 and type(r) is float and value_kind(r) != KIND_INT32:
        k = KIND_DOUBLE
    fb.flags |= k


class Interpreter:
    def __init__(self, isolate):
        self.isolate = isolate
        self.heap = isolate.heap
        self.objects = isolate.objects
        self.runtime = isolate.runtime
        self.depth = 0
        # The object a `new` of a derived class is constructing -> that class: super() calls pass
        # it on as new.target. An entry lives while its construct runs (objects never move).
        self.new_targets: dict[int, int] = {}

    # ---- calls ------------------------------------------------------------------------

    def not_callable(self, sfi, pc: int, what: str) -> JSThrow:
        name = sfi.call_names.get(pc, "expression") if sfi is not None else "value"
        return type_error(f"{name} is not a {what}")

    def call(self, fn, this, args: list, caller=None, pc: int = -1):
        """Calls any JS value; TypeError when it is not a function."""
        if type(fn) is not int or self.objects.map_of(fn).instance_type != InstanceType.FUNCTION:
            raise self.not_callable(caller, pc, "function")
        return self.call_function(fn, this, args)

    def call_function(self, fn: int, this, args: list):
        iso = self.isolate
        sfi = iso.functions[self.heap.words[((fn - self.heap.base) >> 3) + 2]]
        native = sfi.native
        if native is not None:
            handles = self.heap.handles
            mark = len(handles)
            try:
                result = native(this, args)
            finally:
                del handles[mark:]      # the built-in's temporaries (gc.py: handles)
            if type(result) is int:
                handles.append(result)  # now the caller's
            return result
        if sfi.class_kind:
            raise type_error(f"Class constructor {sfi.name} cannot be invoked without 'new'")
        return self.invoke(fn, sfi, this, args)

    def invoke(self, fn: int, sfi, this, args: list, new_target=UNDEFINED):
        """Runs a JS function (optimized when the tier has code for it). `new_target`: the
        constructor of a `new` (the tier compiles no function that reads it)."""
        sfi.invocations += 1
        code = sfi.optimized
        if code is None and self.isolate.tier is not None:
            code = self.isolate.tier.on_invocation(fn, sfi)
        if code is not None:
            result = code.call(fn, this, args)
            if type(result) is int:
                self.heap.handles.append(result)   # the caller's (heap.py: handles)
            return result
        return self.enter(fn, sfi, this, args, new_target)

    def enter(self, fn: int, sfi, this, args: list, new_target=UNDEFINED):
        """Runs a function in the interpreter from its first bytecode."""
        regs = [UNDEFINED] * sfi.register_count
        if type(this) is not int and not sfi.strict and not sfi.is_arrow:
            # OrdinaryCallBindThis in sloppy mode: undefined and null are the global object, other
            # primitives their wrapper (a String wrapper for "abc".f()).
            this = self.isolate.global_object if this is UNDEFINED or this is NULL else \
                self.isolate.runtime.to_object(this)
        regs[0] = this
        regs[1] = fn
        if sfi.arguments_register >= 0:
            regs[sfi.arguments_register] = self.isolate.new_arguments_object(args, fn)
        if sfi.new_target_register >= 0:
            regs[sfi.new_target_register] = new_target
        n = sfi.param_count
        if sfi.has_rest:
            n -= 1
            regs[2 + n] = self.objects.new_array(args[n:])
        if len(args) >= n:
            regs[2:2 + n] = args[:n]
        else:
            regs[2:2 + len(args)] = args
        ctx = self.heap.words[((fn - self.heap.base) >> 3) + 3]
        return self.run(fn, sfi, regs, UNDEFINED, ctx, 0)

    def construct(self, fn, args: list, caller=None, pc: int = -1):
        if not is_constructor(self.isolate, fn):
            raise self.not_callable(caller, pc, "constructor")
        sfi = self.isolate.shared_of(fn)
        if sfi.native_construct is not None:
            handles = self.heap.handles
            mark = len(handles)
            try:
                result = sfi.native_construct(args, fn)
            finally:
                del handles[mark:]
            handles.append(result)
            return result
        initial = self.isolate.initial_map(fn, sfi)
        obj = self.objects.new_object(initial)
        if sfi.class_kind == "derived":
            # super() passes new.target on to the parent constructor: it finds it by the object
            self.new_targets[obj] = fn
            try:
                result = self.invoke(fn, sfi, obj, args, fn)
            finally:
                del self.new_targets[obj]
        else:
            result = self.invoke(fn, sfi, obj, args, fn)
        if initial.slack_countdown:
            # slack tracking: after a few constructions the constructor's objects are sized
            initial.slack_countdown -= 1
            if not initial.slack_countdown:
                self.isolate.maps.finish_slack_tracking(initial)
        if type(result) is int:
            return result
        if sfi.class_kind == "derived" and result is not UNDEFINED:
            raise type_error("Derived constructors may only return object or undefined")
        return obj

    def super_construct(self, parent, this, args: list):
        """super(...args): the parent constructor initializes `this` (allocated by `new` with
        the derived class's map, so it already has the right prototype chain)."""
        if type(parent) is not int or self.objects.map_of(parent).instance_type != InstanceType.FUNCTION:
            raise type_error("Super constructor is not a constructor")
        sfi = self.isolate.shared_of(parent)
        if sfi.bound_target is not None and is_constructor(self.isolate, parent):
            # a bound constructor as the parent class: its target runs, its arguments first
            return self.super_construct(sfi.bound_target, this, [*sfi.bound_args, *args])
        if sfi.native is not None:
            init = getattr(sfi.native, "init_this", None)
            if init is None:
                raise type_error(f"subclassing the built-in {sfi.name} is not supported")
            # A built-in may make `this` anew (an Array's layout is not an ordinary object's).
            result = init(this, args)
            return result if type(result) is int else this
        result = self.invoke(parent, sfi, this, args, self.new_targets.get(this, parent))
        return result if type(result) is int else this   # a constructor may return another object

    # ---- the loop ----------------------------------------------------------------------------

    def run(self, fn: int, sfi, regs: list, acc, ctx: int, pc: int):
        self.depth += 1
        if self.depth > self.isolate.max_call_depth:
            self.depth -= 1
            raise range_error("Maximum call stack size exceeded")
        handles = self.heap.handles
        mark = len(handles)
        try:
            result = self._loop(fn, sfi, regs, acc, ctx, pc)
        finally:
            self.depth -= 1
            del handles[mark:]           # this frame's temporaries (heap.py: handles)
        if type(result) is int:
            handles.append(result)       # now the caller's
        return result

    def resume_throw(self, fn: int, sfi, regs: list, ctx: int, pc: int, exc: JSThrow):
        """Continues a frame whose instruction at pc threw exc (a caller rebuilt by a deopt whose
        inlined callee threw): at the innermost handler covering pc, or the exception goes on."""
        for start, end, handler, ctx_reg in sfi.handlers:
            if start <= pc < end:
                return self.run(fn, sfi, regs, self.isolate.exception_value(exc), regs[ctx_reg], handler)
        raise exc

    def _loop(self, fn, sfi, regs, acc, ctx, pc):
        if not sfi.handlers:
            return self._dispatch(fn, sfi, regs, acc, ctx, pc)
        throw_pc = [0]
        while True:
            try:
                return self._dispatch(fn, sfi, regs, acc, ctx, pc, throw_pc)
            except JSThrow as e:
                at = throw_pc[0]
                for start, end, handler, ctx_reg in sfi.handlers:
                    if start <= at < end:
                        break
                else:
                    raise
                # The handler continues in this frame: its context, the exception in acc.
                acc = self.isolate.exception_value(e)
                ctx = regs[ctx_reg]
                pc = handler

    def _dispatch(self, fn, sfi, regs, acc, ctx, pc, throw_pc=None):
        iso = self.isolate
        heap = self.heap
        words, doubles, base = heap.words, heap.doubles, heap.base
        load, store = heap.load, heap.store
        rt = self.runtime
        objects = self.objects
        maps = iso.maps.maps
        code = sfi.code
        consts = sfi.constants
        fbv = sfi.feedback
        tier = iso.tier
        globals_ = iso.global_cells
        cell_types = iso.global_cell_types
        ARRAY = InstanceType.ARRAY
        handles = heap.handles
        handles_mark = len(handles)
        try:
            while True:
                ins = code[pc]
                op = ins[0]
                pc += 1
                if op == _Ldar:
                    acc = regs[ins[1]]
                elif op == _Star:
                    regs[ins[1]] = acc
                elif op == _LdaConstant:
                    acc = consts[ins[1]]
                elif op == _JumpIfFalse:
                    if acc is False:
                        pc = ins[1]
                elif op == _JumpIfTrue:
                    if acc is True:
                        pc = ins[1]
                elif op == _JumpLoop:
                    pc = ins[1]
                    del handles[handles_mark:]   # the registers hold all the frame needs
                    sfi.back_edges += 1
                    if tier is not None and sfi.back_edges >= sfi.osr_at:
                        # A hot loop: the tier may hand over on-stack-replacement code entered at
                        # this loop header; it runs the rest of this invocation.
                        osr = tier.on_back_edge(fn, sfi, pc)
                        if osr is not None:
                            return osr.enter(fn, regs, acc, ctx)
                elif op == _TestLt or op == _TestGt or op == _TestLe or op == _TestGe:
                    a = regs[ins[1]]
                    fb = fbv[ins[2]]
                    if type(a) is float and type(acc) is float:
                        if not fb.flags & KIND_DOUBLE:
                            fb.flags |= value_kind(a) | value_kind(acc)
                        if op == _TestLt:
                            acc = a < acc
                        elif op == _TestGt:
                            acc = a > acc
                        elif op == _TestLe:
                            acc = a <= acc
                        else:
                            acc = a >= acc
                    else:
                        fb.flags |= value_kind(a) | value_kind(acc)
                        acc = rt.compare(_COMPARE_OPS[op], a, acc)
                elif op == _Add or op == _Sub or op == _Mul:
                    a = regs[ins[1]]
                    fb = fbv[ins[2]]
                    if type(a) is float and type(acc) is float:
                        r = a + acc if op == _Add else (a - acc if op == _Sub else a * acc)
                        if not fb.flags & KIND_DOUBLE:
                            # int32 feedback stays cheap: integral, in range, and no zero anywhere
                            # (a -0 operand or result is not an int32: zeros take the careful path)
                            if r and a and acc and -2147483648.0 <= r <= 2147483647.0 and r.is_integer() and \
                                    -2147483648.0 <= a <= 2147483647.0 and a.is_integer() and \
                                    -2147483648.0 <= acc <= 2147483647.0 and acc.is_integer():
                                fb.flags |= KIND_INT32
                            else:
                                record_binary(fb, a, acc, r)
                        acc = r
                    else:
                        r = rt.add(a, acc) if op == _Add else rt.arith(_ARITH_OPS[op], a, acc)
                        record_binary(fb, a, acc, r)
                        acc = r
                elif op == _BitOr or op == _BitAnd or op == _BitXor:
                    a = regs[ins[1]]
                    fb = fbv[ins[2]]
                    if type(a) is float and type(acc) is float and -2147483648.0 <= a <= 2147483647.0 and \
                            -2147483648.0 <= acc <= 2147483647.0 and a.is_integer() and acc.is_integer():
                        # -0 is integral but not an int32: it makes the site "number"
                        if (a or copysign(1.0, a) > 0.0) and (acc or copysign(1.0, acc) > 0.0):
                            fb.flags |= KIND_INT32
                        else:
                            fb.flags |= KIND_DOUBLE
                        x, y = int(a), int(acc)
                        acc = float(x | y if op == _BitOr else (x & y if op == _BitAnd else x ^ y))
                    else:
                        r = rt.arith(_ARITH_OPS[op], a, acc)
                        record_binary(fb, a, acc, r)
                        acc = r
                elif op == _Inc or op == _Dec:
                    fb = fbv[ins[1]]
                    if type(acc) is float:
                        r = acc + 1.0 if op == _Inc else acc - 1.0
                        if not fb.flags & KIND_DOUBLE:
                            record_binary(fb, acc, 1.0, r)
                    else:
                        r = rt.unary(_UNARY_OPS[op], acc)
                        record_binary(fb, acc, 1.0, r)
                    acc = r
                elif op == _GetNamed:
                    obj = regs[ins[1]]
                    fb = fbv[ins[3]]
                    if type(obj) is int:
                        i = (obj - base) >> 3
                        off = fb.fast.get(words[i])
                        if off is not None:
                            if off < 0:   # an array's length
                                acc = float(words[i + 2])
                                continue
                            j = i + off
                            bits = words[j]
                            tag = bits >> 48
                            if tag < FIRST_BOXED_TAG:
                                acc = doubles[j]
                            elif tag == INT32_TAG:
                                low = bits & 0xFFFF_FFFF
                                acc = float(low - 0x1_0000_0000 if low & 0x8000_0000 else low)
                            elif tag == POINTER_TAG:
                                acc = bits & PAYLOAD_MASK
                            else:
                                acc = heap.decode(bits)
                            continue
                    acc = iso.load_ic_miss(fb, obj, consts[ins[2]])
                elif op == _SetNamed or op == _DefineNamed:
                    obj = regs[ins[1]]
                    fb = fbv[ins[3]]
                    if type(obj) is int:
                        i = (obj - base) >> 3
                        off = fb.fast.get(words[i])
                        if off is not None:
                            store(obj + 8 * off, acc)
                            continue
                    iso.store_ic_miss(fb, obj, consts[ins[2]], acc, sfi.strict, op == _DefineNamed)
                elif op == _GetKeyed:
                    obj = regs[ins[1]]
                    fb = fbv[ins[2]]
                    if type(obj) is int and type(acc) is float:
                        i = (obj - base) >> 3
                        mid = words[i]
                        if maps[mid].instance_type is ARRAY and acc >= 0.0 and acc.is_integer():
                            k = int(acc)
                            if k < words[i + 2]:
                                if mid not in fb.handlers:
                                    fb.record(mid, ("element",))
                                j = ((words[i + 3] - base) >> 3) + k
                                bits = words[j]
                                tag = bits >> 48
                                if tag < FIRST_BOXED_TAG:
                                    acc = doubles[j]
                                elif tag == INT32_TAG:
                                    low = bits & 0xFFFF_FFFF
                                    acc = float(low - 0x1_0000_0000 if low & 0x8000_0000 else low)
                                elif tag == POINTER_TAG:
                                    acc = bits & PAYLOAD_MASK
                                else:
                                    acc = heap.decode(bits)
                                    if acc is HOLE:
                                        acc = rt.element(obj, k)    # a prototype may have it
                            else:   # past the end, or a sparse array (length word 0)
                                acc = iso.keyed_load_miss(fb, obj, acc)
                            continue
                    acc = iso.keyed_load_miss(fb, obj, acc)
                elif op == _SetKeyed:
                    obj = regs[ins[1]]
                    key = regs[ins[2]]
                    fb = fbv[ins[3]]
                    if type(obj) is int and type(key) is float:
                        i = (obj - base) >> 3
                        mid = words[i]
                        m = maps[mid]
                        if m.instance_type is ARRAY and key >= 0.0 and key.is_integer():
                            k = int(key)
                            if k < words[i + 2] and m.extensible and (
                                m.elements_kind is ANY_KIND or value_kind(acc) <= (1 << m.elements_kind)) and \
                                    not (m.elements_kind is ANY_KIND and objects.index_setters and
                                         words[((words[i + 3] - base) >> 3) + k] == HOLE_BITS):
                                # (a hole's write may meet a prototype's index setter: the runtime's)
                                if mid not in fb.handlers:
                                    fb.record(mid, ("element",))
                                store(words[i + 3] + 8 * k, acc)
                                continue
                    iso.keyed_store_miss(fb, obj, key, acc, sfi.strict)
                elif op == _Jump:
                    pc = ins[1]
                elif op == _JumpIfToBooleanFalse:
                    if not (acc is True or (acc is not False and rt.to_boolean(acc))):
                        pc = ins[1]
                elif op == _JumpIfToBooleanTrue:
                    if acc is True or (acc is not False and rt.to_boolean(acc)):
                        pc = ins[1]
                elif op == _Mov:
                    regs[ins[2]] = regs[ins[1]]
                elif op == _LdaUndefined:
                    acc = UNDEFINED
                elif op == _Return:
                    return acc
                elif op == _Call:
                    callee = regs[ins[1]]
                    r = ins[2]
                    if type(callee) is int:
                        fbv[ins[4]].record(callee)
                    acc = self.call(callee, regs[r], regs[r + 1:r + 1 + ins[3]], sfi, pc - 1)
                elif op == _TestEqStrict:
                    a = regs[ins[1]]
                    fb = fbv[ins[2]]
                    fb.flags |= value_kind(a) | value_kind(acc)
                    ta = type(a)
                    acc = ta is type(acc) and (a == acc if ta is not type(UNDEFINED) else a is acc)
                elif op == _TestEq:
                    a = regs[ins[1]]
                    fb = fbv[ins[2]]
                    fb.flags |= value_kind(a) | value_kind(acc)
                    acc = rt.loose_equals(a, acc)
                elif op in _ARITH_OPS:
                    a = regs[ins[1]]
                    r = rt.arith(_ARITH_OPS[op], a, acc)
                    fb = fbv[ins[2]]
                    if not fb.flags & KIND_DOUBLE or type(a) is not float or type(acc) is not float:
                        record_binary(fb, a, acc, r)
                    acc = r
                elif op == _LdaCtx:
                    c = ctx
                    for _ in range(ins[1]):
                        c = words[((c - base) >> 3) + 1]
                    acc = load(c + 8 * (CONTEXT_HEADER_WORDS + ins[2]))
                elif op == _StaCtx:
                    c = ctx
                    for _ in range(ins[1]):
                        c = words[((c - base) >> 3) + 1]
                    store(c + 8 * (CONTEXT_HEADER_WORDS + ins[2]), acc)
                elif op == _LdaGlobal or op == _LdaGlobalTypeof:
                    name = consts[ins[1]]
                    cell = globals_.get(name)
                    if cell is None:
                        # Not a global variable, but maybe a property the global object
                        # inherits from Object.prototype (toString, __proto__), as in node.
                        if rt.has_property(iso.global_object, name):
                            acc = rt.get_property(iso.global_object, name)
                            continue
                        if op == _LdaGlobalTypeof:
                            acc = UNDEFINED
                            continue
                        raise reference_error(f"{name} is not defined")
                    acc = load(cell)
                    if acc is HOLE:
                        raise reference_error(f"Cannot access '{name}' before initialization")
                elif op == _StaGlobal:
                    name = consts[ins[1]]
                    if name in iso.global_read_only and name not in iso.module_scope_names:
                        # NaN, Infinity, undefined, what defineProperty made read-only: writes are
                        # ignored, or a TypeError in strict code (unless the script declares its
                        # own, a module-scope variable in node)
                        if sfi.strict:
                            raise type_error(f"Cannot assign to read only property '{name}' of object "
                                             "'#<Object>'")
                        continue
                    cell = globals_.get(name)
                    if cell is None:
                        cell = iso.declare_global(name)
                    if cell in cell_types:
                        iso.store_global_cell(name, cell, acc)   # not yet mutable: keep its type
                    else:
                        store(cell, acc)
                elif op == _LdaTrue:
                    acc = True
                elif op == _LdaFalse:
                    acc = False
                elif op == _LdaNull:
                    acc = NULL
                elif op == _LdaTheHole:
                    acc = HOLE
                elif op == _Not:
                    acc = not (acc is True or (acc is not False and rt.to_boolean(acc)))
                elif op == _ToNumeric or op == _ToNumber or op == _Negate or op == _BitNot:
                    fb = fbv[ins[1]]
                    if type(acc) is float:
                        if op == _Negate:
                            r = -acc
                        elif op == _BitNot:
                            r = rt.arith("^", acc, -1.0)
                        else:
                            r = acc
                    else:
                        r = rt.unary(_UNARY_OPS[op], acc)
                    fb.flags |= value_kind(acc) | value_kind(r)
                    acc = r
                elif op == _TypeOf:
                    acc = rt.typeof(acc)
                elif op == _Construct:
                    callee = regs[ins[1]]
                    r = ins[2]
                    if type(callee) is int:
                        fbv[ins[4]].record(callee)
                    acc = self.construct(callee, regs[r:r + ins[3]], sfi, pc - 1)
                elif op == _CreateClosure:
                    acc = objects.new_function(sfi.inner[ins[1]].id, ctx)
                elif op == _CreateObjectLiteral:
                    acc = objects.new_object(objects.literal_root(ins[1]))
                elif op == _CreateArrayLiteral:
                    r = ins[1]
                    acc = objects.new_array(regs[r:r + ins[2]])
                elif op == _ThrowIfHole:
                    if acc is HOLE:
                        name = consts[ins[1]]
                        if name == "this":
                            raise reference_error("Must call super constructor in derived class before "
                                                  "accessing 'this' or returning from derived constructor")
                        raise reference_error(f"Cannot access '{name}' before initialization")
                elif op == _ThrowConstAssign:
                    raise type_error("Assignment to constant variable.")
                elif op == _CreateFunctionContext:
                    acc = objects.new_context(ctx, ins[1])
                elif op == _PushContext:
                    regs[ins[1]] = ctx
                    ctx = acc
                elif op == _PopContext:
                    ctx = regs[ins[1]]
                elif op == _CloneContext:
                    ctx = objects.clone_context(ctx)
                elif op == _CallRuntime:
                    r = ins[2]
                    acc = INTRINSICS[ins[1]](iso, regs[r:r + ins[3]])
                elif op == _TestInstanceOf:
                    fb = fbv[ins[2]]
                    if type(acc) is int:
                        fb.record(acc)
                    else:
                        fb.megamorphic = True
                    acc = rt.instance_of(regs[ins[1]], acc)
                elif op == _TestIn:
                    key = regs[ins[1]]
                    r = rt.has_property(acc, key)
                    iso.has_feedback(fbv[ins[2]], acc, key, r)
                    acc = r
                elif op == _SaveContext:
                    regs[ins[1]] = ctx
                elif op == _Throw or op == _ReThrow:
                    raise JSThrow.with_value(acc)
                else:  # pragma: no cover - the table and this loop are kept in step by a test
                    raise AssertionError(f"unknown bytecode {op}")
        except JSThrow:
            if throw_pc is not None:
                throw_pc[0] = pc - 1   # the offset of the instruction that threw
            raise
