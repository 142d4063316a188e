"""Representation analysis: which machine representation each interpreter register has at each bytecode.

Place in the pipeline: the first step of lowering one frame's bytecode (the
optimized function itself, or a callee being inlined into it). A forward
dataflow pass over the bytecode decides, for every register and the
accumulator at every basic-block entry, a representation: a compile-time
constant (`Const`), a tagged `i64` (T), an unboxed `i32` (I), a `double` (F)
or an `i1` (BO). Feedback drives it: an arithmetic site that saw only int32
produces an I, one that saw only numbers an F, anything else a T;
comparisons produce BO; a monomorphic `array.length` an I. At merges the
states join (I with F gives F, any other mix T). A site the interpreter never
executed has no feedback: control does not continue past it (the code
generator makes it a deopt).

An inlined callee is analyzed from the representations of its arguments at
the call site, so a helper called with int32s computes in int32s.
"""
from __future__ import annotations

from interpreter.bytecodes import BYTECODES, Bytecode as B
from interpreter.feedback import KIND_DOUBLE, KIND_INT32, ICState
from interpreter.intrinsics import INTRINSIC_IDS
from interpreter.objects.maps import ElementsKind, InstanceType
from interpreter.objects.values import HOLE, NULL, UNDEFINED, is_int32


class Unsupported(Exception):
    """The function uses something the tier does not lower; it stays in the interpreter."""


T, I, F, BO = "T", "I", "F", "B"          # tagged i64, int32, float64, i1
LLVM_TYPE = {T: "i64", I: "i32", F: "double", BO: "i1"}


class Const:
    """A value known at compile time (a literal); compares by type and exact value (-0 != 0)."""
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def key(self):
        return (type(self.value).__name__, repr(self.value))

    def __eq__(self, other):
        return isinstance(other, Const) and self.key() == other.key()

    def __hash__(self):
        return hash(self.key())

    def __repr__(self):
        return f"Const({self.value!r})"

    def natural(self) -> str:
        v = self.value
        if type(v) is float:
            return I if is_int32(v) else F
        if type(v) is bool:
            return BO
        return T


class Virtual:
    """A register holding an object escape analysis removed (lower_escape.py): allocated at
    `site`, never on the heap, its fields in SSA values. The representation carries what is
    known of it at compile time: its map, and which of its fields hold other such objects
    (`nested`: (property index, Virtual) pairs), so a load of such a field is one too."""
    __slots__ = ("site", "map_id", "nested", "length")

    def __init__(self, site: tuple, map_id: int, nested: tuple = (), length: int = -1):
        self.site = site
        self.map_id = map_id
        self.nested = tuple(sorted(nested, key=lambda p: p[0]))
        self.length = length      # an array literal's fixed length (its fields are its elements); -1: an object

    def key(self):
        return (self.site, self.map_id, self.nested, self.length)

    def __eq__(self, other):
        return isinstance(other, Virtual) and self.key() == other.key()

    def __hash__(self):
        return hash(self.key())

    def __repr__(self):
        inner = "".join(f", {k}: {v!r}" for k, v in self.nested)
        return f"Virtual(site {self.site}, map #{self.map_id}{inner})"

    def natural(self) -> str:
        return T

    def field(self, index: int) -> "Virtual | None":
        for k, v in self.nested:
            if k == index:
                return v
        return None

    def with_field(self, index: int, value: "Virtual | None", map_id: int | None = None) -> "Virtual":
        nested = [(k, v) for k, v in self.nested if k != index]
        if value is not None:
            nested.append((index, value))
        return Virtual(self.site, self.map_id if map_id is None else map_id, tuple(nested), self.length)

    def element_index(self, key) -> int | None:
        """A virtual array's element at a key known at compile time (a Const in range), else None."""
        if self.length < 0 or not isinstance(key, Const) or type(key.value) is not float:
            return None
        k = key.value
        return int(k) if k.is_integer() and 0 <= k < self.length else None

    def sites(self):
        """Its own allocation site and those of the objects nested in it."""
        yield self.site
        for _, v in self.nested:
            yield from v.sites()


def join(a, b):
    if a == b:
        return a
    if isinstance(a, Virtual) or isinstance(b, Virtual):
        return T   # two different objects (or one with different fields known) meet: a real one
    if isinstance(a, Const):
        a = a.natural()
    if isinstance(b, Const):
        b = b.natural()
    if a == b:
        return a
    if {a, b} == {I, F}:
        return F
    return T


# ---- feedback questions shared by the analysis and the code generator --------------------------

ARITH = {int(B.Add), int(B.Sub), int(B.Mul), int(B.Div), int(B.Mod)}
INT_BITWISE = {int(B.BitwiseOr), int(B.BitwiseXor), int(B.BitwiseAnd), int(B.ShiftLeft),
               int(B.ShiftRight), int(B.ShiftRightLogical)}
GENERIC_BINARY = {int(B.Exp)}
COMPARES = {int(B.TestLessThan): ("slt", "olt"), int(B.TestGreaterThan): ("sgt", "ogt"),
            int(B.TestLessThanOrEqual): ("sle", "ole"), int(B.TestGreaterThanOrEqual): ("sge", "oge")}
UNARY_NUMERIC = {int(B.Inc), int(B.Dec), int(B.Negate), int(B.BitwiseNot), int(B.ToNumeric), int(B.ToNumber)}
CONDITIONAL_JUMPS = (B.JumpIfTrue, B.JumpIfFalse, B.JumpIfToBooleanTrue, B.JumpIfToBooleanFalse)
NUMBER_FLAGS = KIND_INT32 | KIND_DOUBLE
# Built-ins lowered to machine operations when a call site always calls them with this many
# arguments, and the representation of their result (default F).
BUILTIN_ARITY = {"Math.floor": 1, "Math.ceil": 1, "Math.trunc": 1, "Math.round": 1, "Math.sqrt": 1,
                 "Math.abs": 1, "Math.sign": 1, "Math.min": 2, "Math.max": 2,
                 "Array.prototype.push": 1, "Array.prototype.pop": 0, "Array.isArray": 1,
                 "String.prototype.charCodeAt": 1, "String.prototype.charAt": 1, "String.fromCharCode": 1,
                 "Object.prototype.hasOwnProperty": 1}
BUILTIN_RESULT = {"Array.prototype.push": "I", "Array.prototype.pop": "T", "Array.isArray": "B",
                  "Object.prototype.hasOwnProperty": "B",
                  "String.prototype.charAt": "T", "String.fromCharCode": "T"}


def virtual_access(isolate, v: Virtual, name: str, f, handler_kinds: tuple, store: bool):
    """What a named access to a virtual object of known map can be done as without a real
    object: ("field", index) for its own plain data property, else the site's handler for
    its map when it is of one of `handler_kinds`; None when it must be a real object (an
    array, a dictionary, frozen for a store, not a plain object, an accessor, no feedback)."""
    if v.length >= 0:
        return None      # an array: only its elements and length (lower_escape.py)
    m = isolate.maps[v.map_id]
    if m.is_dictionary_map or (store and not m.extensible) or m.instance_type != InstanceType.OBJECT:
        return None
    index = m.index.get(name)
    if index is not None:
        return None if m.attrs.get(name) else ("field", index)
    if f.state not in (ICState.MONOMORPHIC, ICState.POLYMORPHIC):
        return None
    h = f.handlers.get(v.map_id)
    return h if h is not None and h[0] in handler_kinds else None


def virtual_load(isolate, v: Virtual, name: str, f):
    """A named load from a virtual object: its own field, or the feedback's ("constant", value,
    cell) or ("missing", cell) for a property found on (or absent from) its prototype chain."""
    return virtual_access(isolate, v, name, f, ("constant", "missing"), store=False)


def virtual_store(isolate, v: Virtual, name: str, f):
    """A named store into a virtual object: its own field, or ("transition", index, new map,
    cell) adding one along the transition the feedback saw from this map (valid while the
    prototype chain has no setter for it)."""
    h = virtual_access(isolate, v, name, f, ("transition",), store=True)
    if h is not None and h[0] == "transition":
        new = isolate.maps[h[2]]
        if new.is_dictionary_map or new.attrs.get(name):
            return None
    return h


def number_rep(flags: int) -> str | None:
    """I when feedback saw only int32, F when only numbers, None otherwise."""
    if flags == KIND_INT32:
        return I
    if flags and not flags & ~NUMBER_FLAGS:
        return F
    return None


def takes_argument_list(sfi) -> bool:
    """Optimized code for sfi is called with (fn, this, argc, argv) rather than one value per
    parameter: it needs the whole argument list (rest parameters, `arguments`)."""
    return sfi.has_rest or sfi.arguments_register >= 0


def function_entry_state(sfi) -> list:
    """The representations at a function's entry: `this`, the closure, the parameters and the
    arguments object tagged, every other register undefined."""
    s = [Const(UNDEFINED)] * (sfi.register_count + 1)
    for r in range(min(sfi.register_count, 2 + sfi.param_count)):
        s[r] = T
    if sfi.arguments_register >= 0:
        s[sfi.arguments_register] = T
    return s


class FrameAnalysis:
    """The representation analysis of one function's bytecode, from a given entry state."""

    def __init__(self, isolate, sfi, initial_state: list, builtins: dict | None = None,
                 fold_globals: bool = False, escape=None, liveness_cache: dict | None = None):
        self.isolate = isolate
        # Bytecode liveness depends on the bytecode alone: one compile analyzes a function many
        # times (each inlined copy of a callee, each escape-analysis attempt), so its lowering
        # shares one cache, sfi id -> liveness, across them.
        self.liveness_cache = liveness_cache if liveness_cache is not None else {}
        # Constant global cells are constants (the lowering records a dependency on each).
        self.fold_globals = fold_globals
        # escape analysis (lower_escape.EscapeFrameContext): which allocations stay virtual here
        self.escape = escape
        self.builtins = builtins or {}        # function object -> the built-in's name
        self.sfi = sfi
        self.code = sfi.code
        self.fb = sfi.feedback
        self.nregs = sfi.register_count
        self.acc = self.nregs                 # the accumulator's index in a state
        self.initial_state = initial_state
        self.leaders: list[int] = []
        self.block_end: dict[int, int] = {}
        self.entry_state: dict[int, list] = {}
        self.return_reps: list = []           # the accumulator's representation at each Return
        self.virtual_merges: set = set()      # (block, register, site) where a virtual object met another value
        self._live_in: list[frozenset] | None = None

    # ---- feedback -------------------------------------------------------------------------

    def site_unreached(self, pc: int) -> bool:
        """The bytecode at pc never produced feedback: the interpreter never ran it."""
        ins = self.code[pc]
        op = ins[0]
        if op in ARITH or op in INT_BITWISE or op in GENERIC_BINARY or op in COMPARES or op in (
                B.TestEqual, B.TestEqualStrict, B.Add):
            return self.fb[ins[2]].flags == 0
        if op in UNARY_NUMERIC:
            return self.fb[ins[1]].flags == 0
        if op in (B.GetNamedProperty, B.SetNamedProperty, B.DefineNamedOwnProperty):
            return self.fb[ins[3]].state == ICState.UNINITIALIZED
        if op == B.GetKeyedProperty or op == B.SetKeyedProperty:
            f = self.fb[ins[2] if op == B.GetKeyedProperty else ins[3]]
            return f.state == ICState.UNINITIALIZED and not f.non_array_key and not f.out_of_bounds
        if op == B.Call or op == B.Construct:
            return self.fb[ins[4]].state == ICState.UNINITIALIZED
        if op == B.LdaGlobal or op == B.StaGlobal:
            return self.sfi.constants[ins[1]] not in self.isolate.global_cells
        return op == B.ThrowConstAssignError

    def property_result_rep(self, pc: int) -> str:
        f = self.fb[self.code[pc][3]]
        if f.state == ICState.MONOMORPHIC:
            (handler,) = f.handlers.values()
            if handler[0] in ("array_length", "string_length"):
                return I
        return T

    def keyed_fast(self, f) -> bool:
        return (f.state in (ICState.MONOMORPHIC, ICState.POLYMORPHIC) and not f.non_array_key
                and all(h[0] == "element" for h in f.handlers.values()))

    def keyed_result_rep(self, pc: int) -> str:
        f = self.fb[self.code[pc][2]]
        if self.keyed_fast(f) and not f.out_of_bounds and all(
                self.isolate.maps[m].elements_kind == ElementsKind.INT32 for m in f.handlers):
            return I
        return T

    def call_builtin(self, pc: int) -> str | None:
        """The built-in a Call site always called, when the tier has machine code for it with this
        many arguments (lower_builtins.py): its name, e.g. "Math.floor"."""
        ins = self.code[pc]
        if ins[0] != B.Call:
            return None
        target = self.fb[ins[4]].target
        name = self.builtins.get(target) if target is not None else None
        if name is not None and BUILTIN_ARITY.get(name) == ins[3]:
            return name
        return None

    # ---- the dataflow ------------------------------------------------------------------------

    def transfer(self, pc: int, s: list) -> list | None:
        """The state after bytecode pc (None: control does not continue past it)."""
        if self.site_unreached(pc):
            return None
        ins = self.code[pc]
        op = ins[0]
        s = list(s)
        acc = self.acc
        if op == B.Ldar:
            s[acc] = s[ins[1]]
        elif op == B.Star:
            s[ins[1]] = s[acc]
        elif op == B.Mov:
            s[ins[2]] = s[ins[1]]
        elif op == B.LdaConstant:
            s[acc] = Const(self.sfi.constants[ins[1]])
        elif op in (B.LdaUndefined, B.LdaNull, B.LdaTrue, B.LdaFalse, B.LdaTheHole):
            s[acc] = Const({B.LdaUndefined: UNDEFINED, B.LdaNull: NULL, B.LdaTrue: True,
                            B.LdaFalse: False, B.LdaTheHole: HOLE}[B(op)])
        elif op in ARITH:
            s[acc] = number_rep(self.fb[ins[2]].flags) or T
        elif op in INT_BITWISE:
            rep = number_rep(self.fb[ins[2]].flags)
            s[acc] = T if rep is None else (F if rep == F and op == B.ShiftRightLogical else I)
        elif op in GENERIC_BINARY:
            s[acc] = T
        elif op in UNARY_NUMERIC:
            r = number_rep(self.fb[ins[1]].flags)
            if op == B.BitwiseNot and r != I:
                r = None
            s[acc] = r or T
        elif op in COMPARES or op in (B.TestEqual, B.TestEqualStrict, B.LogicalNot):
            s[acc] = BO
        elif op == B.TypeOf:
            s[acc] = T
        elif op in (B.TestInstanceOf, B.TestIn):
            s[acc] = BO      # lower_predicates.py answers with an i1 on every path
        elif op == B.SaveContext:
            s[ins[1]] = T
        elif op == B.CallRuntime:
            s[acc] = BO if ins[1] == INTRINSIC_IDS["is_done"] else T
        elif op in (B.Throw, B.ReThrow):
            return None
        elif op == B.GetNamedProperty:
            s[acc] = self.property_result_rep(pc)
            receiver = s[ins[1]]
            if isinstance(receiver, Virtual) and receiver.length >= 0:
                s[acc] = Const(float(receiver.length)) if self.sfi.constants[ins[2]] == "length" else T
            elif isinstance(receiver, Virtual):
                h = virtual_load(self.isolate, receiver, self.sfi.constants[ins[2]], self.fb[ins[3]])
                nested = receiver.field(h[1]) if h is not None and h[0] == "field" else None
                s[acc] = nested or T
        elif op == B.GetKeyedProperty:
            s[acc] = self.keyed_result_rep(pc)
            if isinstance(s[ins[1]], Virtual):
                k = s[ins[1]].element_index(s[acc])
                s[acc] = (s[ins[1]].field(k) if k is not None else None) or T
        elif op in (B.LdaGlobal, B.LdaGlobalInsideTypeof) and self.fold_globals and \
                self.isolate.constant_global(self.sfi.constants[ins[1]]) is not None:
            s[acc] = Const(self.isolate.constant_global(self.sfi.constants[ins[1]])[1])
        elif op in (B.LdaGlobal, B.LdaGlobalInsideTypeof, B.LdaContextSlot, B.CreateClosure,
                    B.CreateFunctionContext):
            s[acc] = T
        elif op == B.CreateArrayLiteral:
            s[acc] = self.escape.array(pc, s[ins[1]:ins[1] + ins[2]]) if self.escape else T
        elif op == B.CreateObjectLiteral:
            s[acc] = self.escape.literal(pc, self.isolate.objects.literal_root(ins[1]).id) if self.escape else T
        elif op == B.Construct:
            s[acc] = self.escape.result(pc) if self.escape else T
        elif op == B.Call:
            builtin = self.call_builtin(pc)
            s[acc] = BUILTIN_RESULT.get(builtin, F if builtin else T)
            if builtin is None and self.escape:
                s[acc] = self.escape.result(pc)
        elif op == B.PushContext:
            s[ins[1]] = T
        elif op == B.Return:
            self.return_reps.append(s[acc])
            return None
        elif op in (B.SetNamedProperty, B.DefineNamedOwnProperty) and isinstance(s[ins[1]], Virtual):
            old = s[ins[1]]
            h = virtual_store(self.isolate, old, self.sfi.constants[ins[2]], self.fb[ins[3]])
            if h is not None:
                value = s[acc] if isinstance(s[acc], Virtual) else None
                new = old.with_field(h[1], value, h[2] if h[0] == "transition" else None)
                s = [new if r == old else r for r in s]
        elif op == B.SetKeyedProperty and isinstance(s[ins[1]], Virtual):
            old = s[ins[1]]
            k = old.element_index(s[ins[2]])
            if k is not None:
                new = old.with_field(k, s[acc] if isinstance(s[acc], Virtual) else None)
                s = [new if r == old else r for r in s]
        elif op in (B.SetNamedProperty, B.DefineNamedOwnProperty, B.SetKeyedProperty, B.StaGlobal,
                    B.StaContextSlot, B.PopContext, B.CloneContext, B.ThrowReferenceErrorIfHole,
                    B.Jump, B.JumpLoop, *CONDITIONAL_JUMPS):
            pass
        else:
            raise Unsupported(f"bytecode {BYTECODES[op].name} is not lowered")
        return s

    def successors(self, pc: int) -> list[int]:
        ins = self.code[pc]
        op = ins[0]
        if op in (B.Jump, B.JumpLoop):
            return [ins[1]]
        if op in CONDITIONAL_JUMPS:
            return [pc + 1, ins[1]]
        if op == B.Return:
            return []
        return [pc + 1]

    def handler_at(self, pc: int):
        """The innermost exception handler covering pc: (start, end, handler, context register)."""
        for h in self.sfi.handlers:
            if h[0] <= pc < h[1]:
                return h
        return None

    def note_virtual_merge(self, target: int, old, incoming) -> None:
        """Virtual objects that meet something else at a block entry: made real, there, if the
        register is live (escaping_sites)."""
        if old is None:
            return
        for r, (a, b) in enumerate(zip(old, incoming)):
            if a != b:
                for v in (a, b):
                    if isinstance(v, Virtual):
                        self.virtual_merges.add((target, r, v.site))

    def escaping_sites(self) -> set:
        """The allocation sites whose objects reach a merge with another value in a register
        that is live there: they cannot stay virtual."""
        live = self.liveness() if self.virtual_merges else None
        return {site for target, r, site in self.virtual_merges if r in live[target]}

    def run(self) -> "FrameAnalysis":
        """Fixpoint of the representation of every register at every block entry.

        An instruction inside a try range may throw: its handler is entered with the registers
        as they were before it and the exception, tagged, in the accumulator."""
        if self.sfi.new_target_register >= 0:
            # the compiled-code ABI carries no new target (interpreter.invoke's new_target)
            raise Unsupported("uses new.target")
        code = self.code
        leaders = {0} | {h[2] for h in self.sfi.handlers}
        for pc, ins in enumerate(code):
            if ins[0] in (B.Jump, B.JumpLoop, B.Return, *CONDITIONAL_JUMPS):
                if ins[0] != B.Return:
                    leaders.add(ins[1])
                if pc + 1 < len(code):
                    leaders.add(pc + 1)
        self.leaders = sorted(leaders)
        for i, start in enumerate(self.leaders):
            self.block_end[start] = self.leaders[i + 1] if i + 1 < len(self.leaders) else len(code)
        self.entry_state = {0: list(self.initial_state)}
        work = [0]
        while work:
            start = work.pop()
            s = self.entry_state[start]
            pc = start
            while True:
                handler = self.handler_at(pc)
                if handler is not None:
                    thrown = list(s)
                    thrown[self.acc] = T
                    old = self.entry_state.get(handler[2])
                    new = thrown if old is None else [join(a, b) for a, b in zip(old, thrown)]
                    self.note_virtual_merge(handler[2], old, thrown)
                    if old != new:
                        self.entry_state[handler[2]] = new
                        work.append(handler[2])
                out = self.transfer(pc, s)
                if out is None:
                    break
                succ = self.successors(pc)
                if pc + 1 == self.block_end[start] or len(succ) != 1 or succ[0] != pc + 1:
                    for t in succ:
                        old = self.entry_state.get(t)
                        new = out if old is None else [join(a, b) for a, b in zip(old, out)]
                        self.note_virtual_merge(t, old, out)
                        if old != new:
                            self.entry_state[t] = new
                            work.append(t)
                    break
                s = out
                pc += 1
        return self

    # ---- liveness --------------------------------------------------------------------------

    def reads_writes(self, pc: int) -> tuple[set, set]:
        """The registers (the accumulator as index nregs) bytecode pc reads and writes."""
        ins = self.code[pc]
        op = ins[0]
        info = BYTECODES[op]
        reads, writes = set(), set()
        if "r" in info.acc:
            reads.add(self.acc)
        if "w" in info.acc:
            writes.add(self.acc)
        if op == B.Star or op == B.PushContext or op == B.SaveContext:
            writes.add(ins[1])
        elif op == B.Mov:
            reads.add(ins[1])
            writes.add(ins[2])
        elif op == B.Call:
            reads.add(ins[1])
            reads.update(range(ins[2], ins[2] + ins[3] + 1))   # the receiver and the arguments
        elif op == B.Construct:
            reads.add(ins[1])
            reads.update(range(ins[2], ins[2] + ins[3]))
        elif op in (B.CallRuntime, B.CreateArrayLiteral):
            first, n = (ins[2], ins[3]) if op == B.CallRuntime else (ins[1], ins[2])
            reads.update(range(first, first + n))
        else:
            reads.update(v for kind, v in zip(info.operands, ins[1:]) if kind == "reg")
        return reads, writes

    def reads_this(self) -> bool:
        """Does any bytecode read register 0, `this` (a closure capturing it copies it out first)?
        A sloppy function that never does need not bind it (Lowering.receiver)."""
        return any(0 in self.reads_writes(pc)[0] for pc in range(len(self.code)))

    def liveness(self) -> list[frozenset]:
        """Per bytecode, the registers live before it (V8's bytecode liveness analysis): read by it
        or by something after it before being written. `this` and the closure are always live; an
        instruction in a try range also flows into its handler, which reads the saved context."""
        if self._live_in is not None:
            return self._live_in
        cached = self.liveness_cache.get(self.sfi.id)
        if cached is not None and cached[0] is self.code:
            self._live_in = cached[1]
            return cached[1]
        code = self.code
        n = len(code)
        uses = [self.reads_writes(pc) for pc in range(n)]
        live_in = [frozenset()] * n
        always = frozenset((0, 1))
        changed = True
        while changed:
            changed = False
            for pc in range(n - 1, -1, -1):
                out = set()
                for s in self.successors(pc):
                    if s < n:
                        out |= live_in[s]
                handler = self.handler_at(pc)
                if handler is not None:
                    # Entering the handler also reads the context register saved at the try.
                    out |= live_in[handler[2]]
                    out.add(handler[3])
                reads, writes = uses[pc]
                new = frozenset((out - writes) | reads | always)
                if new != live_in[pc]:
                    live_in[pc] = new
                    changed = True
        self._live_in = live_in
        self.liveness_cache[self.sfi.id] = (code, live_in)
        return live_in

    def live_after_call(self, pc: int) -> frozenset:
        """The registers a caller still needs once the call at pc returns (its accumulator is the
        callee's result)."""
        live = set(self.liveness()[pc + 1]) if pc + 1 < len(self.code) else set()
        handler = self.handler_at(pc)
        if handler is not None:
            live |= self.liveness()[handler[2]]
            live.add(handler[3])
        return frozenset(live | {0, 1})

    def return_rep(self) -> str:
        """The representation an inlined call's result can stay in: one all Returns agree on."""
        reps = {r.natural() if isinstance(r, Const) else r for r in self.return_reps}
        if len(reps) == 1:
            (rep,) = reps
            return rep if rep in (I, F) or isinstance(rep, Virtual) else T
        return F if reps == {I, F} else T
