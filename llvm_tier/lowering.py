"""Lowering: one function's bytecode plus its feedback -> speculative LLVM IR and its DeoptimizationData.

Place in the pipeline: the tier-up policy (tierup.py) hands a hot function to
`Lowering.lower`; the IR text goes to the JIT (jit.py); the
DeoptimizationData goes to the deoptimizer (deopt/) when a guard fails.

SSA is built from the register machine the classic way: every interpreter
register (and the accumulator) gets one stack slot per machine
representation (tagged i64, int32, float64, bool), and LLVM's mem2reg/SROA
turns them into SSA values with phis. Which representation a register is in
at each bytecode is decided first, by the representation analysis
(analysis.py). Constants that are known at compile time stay constants and
are rematerialized at deopt instead of being kept alive.

Every speculation is a guard whose failing branch is a cold block ending in
`llvm.experimental.deoptimize` with a "deopt" bundle of the live values and
`"statepoint-id"` = the deopt id. Guards come before the protected
bytecode's side effects, so a deopt resumes the interpreter at that
bytecode's own offset (an eager deopt).

The code being lowered is a stack of *frames* (`Frame`): the function itself,
and every callee inlined into it (lower_calls.py decides), each with its own
bytecode, feedback, register slots and blocks. A deopt inside an inlined
callee records one FrameState per frame, outermost first; every caller frame
resumes after the call with the callee's result.

The bytecode families are lowered by mixins: numbers (lower_numbers.py),
properties and globals (lower_properties.py), calls, `new` and inlining
(lower_calls.py), `in`/`instanceof`/`hasOwnProperty` (lower_predicates.py), stores that
change an array's length (lower_array_stores.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from deopt.frame_state import (SELECTOR_OPERAND, DeoptimizationData, DeoptPoint, DeoptReason, FrameKind,
                               FrameState, Rep, ValueSource)
from deopt.stub import DEOPT_MEMORY_BARRIER
from interpreter.bytecodes import BYTECODES, Bytecode as B
from interpreter.objects.values import STRING_BITS as STRING_TAGGED_BITS, BigInt
from interpreter.objects.layout import (CONTEXT_HEADER_WORDS, CONTEXT_PARENT_OFFSET,
                                        FUNCTION_CONTEXT_OFFSET, OBJECT_HEADER_WORDS, PROPERTIES_OFFSET)

from .analysis import (ARITH, BO, COMPARES, CONDITIONAL_JUMPS, F, GENERIC_BINARY, I, INT_BITWISE,
                       LLVM_TYPE, T, UNARY_NUMERIC, Const, FrameAnalysis, Unsupported, Virtual,
                       function_entry_state, takes_argument_list)
from .ir import (EXCEPTION, FALSE, HOLE as HOLE_TAGGED, NULL as NULL_BITS, PAYLOAD, POINTER_TAGGED, PRELUDE, TRUE,
                 UNDEFINED as UNDEFINED_BITS, FunctionBuilder, f64, i64)
from .lower_allocation import AllocationLowering
from .lower_array_stores import ArrayStoreLowering
from .lower_builtins import BuiltinLowering, builtin_functions
from .lower_calls import CallLowering, InliningOptions
from .lower_escape import MAX_ESCAPE_ATTEMPTS, EscapeLowering, Escapes, RetryLowering
from .lower_numbers import NumberLowering
from .lower_predicates import PredicateLowering
from .lower_properties import STRICT_BIT, PropertyLowering
from .dependencies import CompilationDependencies

REP_OF = {T: Rep.TAGGED, I: Rep.INT32, F: Rep.FLOAT64, BO: Rep.BOOL}

# An empty asm statement (no code) in every deopt exit: with it the exit's machine block holds
# three instructions, one more than LLVM's tail duplicator copies into each predecessor (two at
# -O2). Without it the code generator gave each guard its own copy of a shared exit: as many
# deoptimize calls and stack map records as before sharing, each with the whole bundle (a
# function with 100 live locals: 296 records of 106 locations instead of 3, an object file of
# 184 KB instead of 16 KB). The LLVM options that turn tail duplication off would change the
# hot code's layout as well.
# The stack slot a shared deopt exit's guards store their deopt id into (DeoptExit).
GUARD_SLOT = "%guard_slot"
KEEP_EXIT_SHARED = 'call void asm sideeffect "", ""()'

__all__ = ["Lowering", "LoweredFunction", "Unsupported", "InliningOptions", "symbol_for",
           "RUNTIME_ENTRIES", "STRICT_BIT"]


@dataclass
class LoweredFunction:
    symbol: str
    entry_symbol: str
    ir: str
    deopt_data: DeoptimizationData
    param_count: int
    inlined: list = field(default_factory=list)   # (caller name, call offset, callee name) per inlined site
    assumed_cells: frozenset = frozenset()        # validity cells of the prototype chains it guards
    embedded: list = field(default_factory=list)  # the bits of every JS value the machine code embeds
    dependencies: object = None                   # CompilationDependencies: what it relies on unchecked
    removed_allocations: list = field(default_factory=list)   # sites escape analysis kept virtual, described


@dataclass(eq=False)
class Frame:
    """One interpreter frame of the code being lowered: the optimized function itself (the
    outermost frame), or a callee inlined into it at `call_pc` of its parent."""
    sfi: object
    analysis: FrameAnalysis
    prefix: str                      # names this frame's slots and blocks apart from the others
    parent: "Frame | None" = None
    call_pc: int = -1                # the parent's Call/Construct/property bytecode that was inlined
    kind: FrameKind = FrameKind.INTERPRETED
    fn_value: str = "%fn"            # the closure, a tagged i64
    fn_constant: int | None = None   # the closure, when the code guarded on exactly it
    dynamic_context: bool = False    # pushes contexts: its current context lives in a slot
    return_label: str = ""           # inlined: where a Return continues in the parent
    result_rep: str = T              # inlined: the representation the result is handed over in
    path: tuple = ()                 # (call offset, callee id) per level: names its allocation sites
    frequency: float = 1.0           # calls of this frame per call of the optimized function
    returned_this: list = field(default_factory=list)   # inlined `new` on a virtual object: `this` at each Return
    state: list = field(default_factory=list)
    pc: int = 0

    @property
    def depth(self) -> int:
        return 0 if self.parent is None else self.parent.depth + 1

    def chain(self) -> list["Frame"]:
        """This frame and its callers, outermost first."""
        frames = []
        f = self
        while f is not None:
            frames.append(f)
            f = f.parent
        return frames[::-1]


@dataclass(eq=False)
class Checkpoint:
    """Where the guards after it deopt to: the frame states (frame, pc, representations, how its
    callee was entered) at the last side effect, their values loaded at `marker`'s line."""
    lines: list
    marker: str
    frames: list
    operands: list | None = None
    states: tuple | None = None
    exit: "DeoptExit | None" = None              # the one deopt exit its guards share


@dataclass(eq=False)
class DeoptExit:
    """A checkpoint's deopt exit: one cold block calling llvm.experimental.deoptimize, emitted
    after the function's blocks. Its guards (any reason, any bytecode up to the next side
    effect) resume at the same frame states with the same values, so they share it: one call,
    one stack map record, one bundle for all of them, instead of one per (reason, bytecode).

    Which guard failed travels in bundle operand 0: a constant when one deopt point uses the
    exit; otherwise each point's guards branch to a block of their own that stores its deopt id
    into a stack slot (volatile, so it stays a slot) and jumps to the call, which loads it. Not a
    phi: the code generator splits every edge into a phi and keeps each live value alive through
    every split block, which made a function with 100 live values and 500 guards compile in
    time quadratic in both (380 ms of code generation against 150 ms with the slot, for 200)."""
    label: str                                   # what the first deopt point's guards branch to
    checkpoint: Checkpoint
    ids: dict = field(default_factory=dict)      # (reason, frame prefix, bytecode) -> deopt id
    entries: dict = field(default_factory=dict)  # deopt id (but the first) -> its block storing it


class Lowering(NumberLowering, PropertyLowering, CallLowering, AllocationLowering, BuiltinLowering,
               PredicateLowering, ArrayStoreLowering, EscapeLowering):
    def __init__(self, isolate, sfi, symbol: str, code_table_address: int, depth_cell: int,
                 max_depth: int, next_deopt_id, osr_offset: int | None = None,
                 inlining: InliningOptions | None = None, param_table_address: int = 0,
                 inline_deopt_counts: dict | None = None, builtins: dict | None = None,
                 marked_address: int = 0, escape_analysis: bool = True):
        self.isolate = isolate
        self.top_sfi = sfi
        self.symbol = symbol
        self.code_table = code_table_address
        self.param_table = param_table_address
        self.depth_cell = depth_cell
        self.max_depth = max_depth
        self.next_deopt_id = next_deopt_id
        self.inlining = inlining or InliningOptions()
        self.inline_deopt_counts = inline_deopt_counts   # sfi id -> deopts inside it when inlined
        self.builtins = builtins if builtins is not None else builtin_functions(isolate)
        # On-stack replacement: entered at a loop header with the interpreter frame's values.
        self.osr_offset = osr_offset
        # The code object's "marked for deoptimization" word (0: no lazy deopt possible, so the
        # code may rely on no dependency and checks every assumption).
        self.marked_address = marked_address
        # Escape analysis (lower_escape.py): what earlier attempts learnt, kept across them.
        self.escape_analysis = escape_analysis
        self.escaped: set = set()             # allocation sites whose objects are made for real
        self.hints: dict = {}                 # (frame path, pc) -> the Virtual a call returned
        self.escape_notes: list[str] = []     # why sites escaped, for --trace-opt
        self.liveness_cache: dict = {}        # sfi id -> (bytecode, liveness): FrameAnalysis.liveness
        self.reset()

    def reset(self) -> None:
        """The state of one attempt at lowering the function."""
        self.points: dict[int, DeoptPoint] = {}
        self.exits: list[DeoptExit] = []      # every checkpoint's shared deopt exit, in order
        self.exit_ids: dict[int, tuple] = {}  # record ID -> the deopt ids sharing that exit
        self.embedded: list[int] = []   # see embed()
        self.notes: list[str] = []            # what the code speculates, for --trace-opt
        self.attrs: list[str] = []
        self.allocas: set[tuple[str, int, str]] = set()
        self.frames: list[Frame] = []         # every frame lowered, for their context slots
        self.inlined: list[tuple[str, int, str]] = []
        self.inlined_size = 0                 # bytecodes inlined so far (the cumulative budget)
        self.assumed_cells: set[int] = set()  # prototype-chain validity cells the code guards
        self.dependencies = CompilationDependencies()
        self.max_argc = 1
        self.frame: Frame | None = None
        self.checkpoint: Checkpoint | None = None
        self.observed: dict = {}              # (frame path, pc) -> the Virtual a call returned here
        self.site_numbers: dict = {}          # allocation site -> its number in slot names
        self.virtual_slots: set = set()       # (site number, property index) field slots
        self.removed_allocations: set = set() # sites whose allocation this attempt removed
        self.pending_escapes: dict = {}       # sites found escaping so far in this attempt -> why
        self.retry_needed = False             # this attempt learnt hints the analysis needs

    # ---- the current frame's view (the code below reads these, whatever the frame) ----------

    @property
    def sfi(self):
        return self.frame.sfi

    @property
    def code(self):
        return self.frame.sfi.code

    @property
    def fb(self):
        return self.frame.sfi.feedback

    @property
    def nregs(self) -> int:
        return self.frame.sfi.register_count

    @property
    def acc(self) -> int:
        return self.frame.sfi.register_count

    @property
    def analysis(self) -> FrameAnalysis:
        return self.frame.analysis

    @property
    def entry_state(self) -> dict:
        return self.frame.analysis.entry_state

    @property
    def state(self) -> list:
        return self.frame.state

    @state.setter
    def state(self, value: list) -> None:
        self.frame.state = value

    @property
    def pc(self) -> int:
        return self.frame.pc

    @pc.setter
    def pc(self, value: int) -> None:
        self.frame.pc = value

    # ---- frames ------------------------------------------------------------------------------

    def new_frame(self, sfi, analysis: FrameAnalysis, **kwargs) -> Frame:
        prefix = "" if not self.frames else f"f{len(self.frames)}_"
        frame = Frame(sfi, analysis, prefix, **kwargs)
        frame.dynamic_context = (self.osr_offset is not None and not self.frames) or any(
            ins[0] in (B.PushContext, B.PopContext, B.CloneContext) for ins in sfi.code)
        self.frames.append(frame)
        self.max_argc = max([self.max_argc] + [ins[3] + 1 for ins in sfi.code
                                               if ins[0] in (B.Call, B.Construct, B.CallRuntime)]
                            + [ins[2] for ins in sfi.code if ins[0] == B.CreateArrayLiteral])
        return frame

    def lower_frame_blocks(self, frame: Frame) -> None:
        """Emits every reachable block of a frame's bytecode (inlined callees nest inside)."""
        b = self.b
        analysis = frame.analysis
        saved = self.frame
        self.frame = frame
        for start in analysis.leaders:
            if start not in analysis.entry_state:
                continue   # unreachable in what the interpreter has run
            b.start(self.block_label(start))
            self.state = list(analysis.entry_state[start])
            self.checkpoint = None          # control merges here: a checkpoint of its own
            pc = start
            while True:
                self.pc = pc
                if self.checkpoint is None:
                    self.checkpoint_here()
                if analysis.site_unreached(pc):
                    self.deopt(DeoptReason.INSUFFICIENT_FEEDBACK if self.code[pc][0] != B.ThrowConstAssignError
                               else DeoptReason.THROW)
                    break
                calls, js_calls = b.calls, b.js_calls
                self.lower_one(pc)
                if self.code[pc][0] not in PURE_BYTECODES or b.calls != calls:
                    self.checkpoint = None      # a side effect: later guards resume after it
                if b.terminated:
                    break
                pc += 1
                if b.js_calls != js_calls and self.marked_address:
                    self.pc = pc
                    self.lazy_deopt_check()
                if pc == analysis.block_end[start]:
                    self.jump_to(pc)
                    break
        self.frame = saved
        self.checkpoint = None

    # ===================================================================================
    # The module
    # ===================================================================================

    def lower(self) -> LoweredFunction:
        """Lowers the function, again while escape analysis finds allocation sites that escape
        (or needs what inlined calls return): each attempt knows more (lower_escape.py)."""
        for _ in range(MAX_ESCAPE_ATTEMPTS):
            try:
                try:
                    lowered = self.lower_once()
                    self.finish_attempt()
                    return lowered
                except (Escapes, RetryLowering):
                    raise
                except Exception:
                    # An attempt that already knows it must be repeated went on lowering with a
                    # placeholder for the escaping object's value (to find more escapes at
                    # once); what failed after that is the placeholder's doing.
                    if not self.pending_escapes and not self.retry_needed:
                        raise
                    self.finish_attempt()
            except Escapes as e:
                pending = self.pending_escapes
                for site in sorted(e.sites | set(pending), key=repr):
                    if site not in self.escaped:
                        why = pending.get(site, e.why if site in e.sites else "")
                        self.escape_notes.append(f"allocation at {self.describe_site(site)} escapes: {why}")
                self.escaped.update(e.sites)
                self.escaped.update(pending)
            except RetryLowering:
                pass
            self.reset()
        self.escape_notes.append("escape analysis gave up: every allocation is made for real")
        self.escape_analysis = False
        self.reset()
        return self.lower_once()

    def describe_site(self, site: tuple) -> str:
        path, pc = site
        names = [self.top_sfi.display_name] + [self.isolate.functions[sid].display_name for _, sid in path]
        where = " -> ".join(f"{n}@{p}" for n, (p, _) in zip(names, path))
        return (where + " -> " if where else "") + f"{names[-1]}@{pc}"

    def lower_once(self) -> LoweredFunction:
        sfi = self.top_sfi
        analysis = FrameAnalysis(self.isolate, sfi, function_entry_state(sfi), self.builtins,
                                 fold_globals=bool(self.marked_address), escape=self.escape_context(()),
                                 liveness_cache=self.liveness_cache).run()
        if self.osr_offset is not None and self.osr_offset not in analysis.entry_state:
            raise Unsupported(f"loop at {self.osr_offset} is not reached by the feedback")
        self.check_merges(analysis)
        top = self.new_frame(sfi, analysis)
        self.frame = top
        b = self.b = FunctionBuilder()
        varargs = takes_argument_list(sfi)
        if self.osr_offset is not None:
            params = "i64 %fn, i64 %this, ptr %frame"
        elif varargs:
            params = "i64 %fn, i64 %this, i64 %argc, ptr %args"
        else:
            params = ", ".join(["i64 %fn", "i64 %this"] + [f"i64 %p{i}" for i in range(sfi.param_count)])
        b.start("entry")
        self.fn_ptr = b.value("inttoptr i64 %fn_addr to ptr", "fnp")
        self.emit_depth_check()
        if self.osr_offset is None:
            self.state = function_entry_state(sfi)
            self.store_slot(0, T, self.receiver("%this", sfi))
            self.store_slot(1, T, "%fn")
            if varargs:
                self.argument_list_prologue(sfi)
            else:
                for i in range(sfi.param_count):
                    if 2 + i < self.nregs:
                        self.store_slot(2 + i, T, f"%p{i}")
            ctx_p = b.value(f"getelementptr i8, ptr {self.fn_ptr}, i64 {FUNCTION_CONTEXT_OFFSET}")
            ctx = b.value(f"load i64, ptr {ctx_p}", "ctx")
            b.emit(f"store i64 {ctx}, ptr {self.ctx_slot()}")
            self.jump_to(0)
        else:
            self.osr_prologue()
        self.lower_frame_blocks(top)
        self.emit_deopt_exits()
        body = b.text()
        if not self.dependencies:
            # Nothing relies on an assumption the runtime could break: the code is never marked,
            # and its lazy deopt checks fold away.
            body = body.replace(f"load i64, ptr {LAZY_MARK}", "add i64 0, 0")
        allocas = "\n".join([f"  %{p}r{r}_{rep} = alloca {LLVM_TYPE[rep]}" for p, r, rep in sorted(self.allocas)] +
                            [f"  %vo{n}_p{k} = alloca i64" for n, k in sorted(self.virtual_slots)])
        self.notes = self.escape_notes + self.notes
        ctx_slots = "\n".join(f"  %{f.prefix}ctx_slot = alloca i64" for f in self.frames)
        header = (f"define preserve_nonecc i64 @{self.symbol}({params}) #0 {{\n"
                  f"alloca_block:\n{allocas}\n{ctx_slots}\n"
                  f"  %argv = alloca [{self.max_argc} x i64]\n"
                  f"  {GUARD_SLOT} = alloca i32\n"
                  f"  %fn_addr = and i64 %fn, {PAYLOAD}\n"
                  f"  {LAZY_MARK} = inttoptr i64 {self.marked_address} to ptr\n"
                  f"  br label %entry\n")
        fn_text = header + body + "\n}\n"
        entry_symbol = self.symbol + "_entry"
        loads = []
        args = ["i64 %fn", "i64 %this"]
        if self.osr_offset is not None:
            args.append("ptr %argv")
        elif varargs:
            args += ["i64 %argc", "ptr %argv"]
        else:
            for i in range(sfi.param_count):
                loads.append(f"  %a{i}p = getelementptr i64, ptr %argv, i64 {i}\n  %a{i} = load i64, ptr %a{i}p")
                args.append(f"i64 %a{i}")
        # The C-convention wrapper Python calls: argv holds argc arguments (at least the parameter
        # count: the caller pads with undefined), or the OSR frame.
        entry = (f"define i64 @{entry_symbol}(i64 %fn, i64 %this, i64 %argc, ptr %argv) {{\n" + "\n".join(loads) +
                 f"\n  %r = call preserve_nonecc i64 @{self.symbol}({', '.join(args)})\n  ret i64 %r\n}}\n")
        externs = "\n".join(f"declare i64 @{name}({', '.join(['i64'] * n)})" for name, n in RUNTIME_ENTRIES.items())
        attrs = "\n".join(self.attrs)
        deps = "".join(f"; dependency: {d.describe()}\n" for d in self.dependencies)
        module = (f"; bailout optimized code for {sfi.display_name}\n{deps}{PRELUDE}\n{externs}\n\n"
                  f"{fn_text}\n{entry}\n"
                  f'attributes #0 = {{ "frame-pointer"="all" noinline }}\n{attrs}\n'
                  f'!0 = !{{!"branch_weights", i32 1, i32 100000}}\n'
                  f'!1 = !{{!"branch_weights", i32 100000, i32 1}}\n')
        return LoweredFunction(self.symbol, entry_symbol, module, DeoptimizationData(self.points, dict(self.exit_ids)),
                               sfi.param_count, list(self.inlined), frozenset(self.assumed_cells),
                               self.embedded, dependencies=self.dependencies,
                               removed_allocations=sorted(self.describe_site(s) for s in self.removed_allocations))

    def argument_list_prologue(self, sfi) -> None:
        """A function called with its argument list (rest parameters, `arguments`): the named
        parameters from the list (undefined past its end), the rest array built natively, the
        arguments object by the runtime."""
        b = self.b
        named = sfi.param_count - (1 if sfi.has_rest else 0)
        for i in range(named):
            if 2 + i >= self.nregs:
                break
            present = b.value(f"icmp ult i64 {i}, %argc")
            load, skip, done = b.label("arg"), b.label("noarg"), b.label("param")
            b.terminate(f"br i1 {present}, label %{load}, label %{skip}")
            b.start(load)
            v = b.value(f"load i64, ptr {b.value(f'getelementptr i64, ptr %args, i64 {i}')}")
            b.terminate(f"br label %{done}")
            b.start(skip)
            b.terminate(f"br label %{done}")
            b.start(done)
            self.store_slot(2 + i, T, b.value(f"phi i64 [ {v}, %{load} ], [ {UNDEFINED_BITS}, %{skip} ]"))
        if sfi.has_rest:
            self.store_slot(2 + named, T, self.rest_array(named))
        if sfi.arguments_register >= 0:
            args = b.value("ptrtoint ptr %args to i64")
            closure = self.get(1, T)      # register 1
            self.store_slot(sfi.arguments_register, T, self.runtime("rt_new_arguments", "%argc", args, closure))

    def receiver(self, this: str, sfi) -> str:
        """`this` as the function sees it (OrdinaryCallBindThis): a sloppy function sees the
        global object for undefined or null, and a primitive in a new wrapper object. An object,
        the common case, costs one compare of the tag; a string, number or boolean is boxed
        inline with its wrapper map (Isolate.base_wrapper_maps); only a BigInt asks the runtime
        (rt_bind_this). A function that never reads `this` binds nothing: no one could see
        the difference."""
        if sfi.strict or sfi.is_arrow or not self.analysis.reads_this():
            return this
        b = self.b
        tag = b.value(f"lshr i64 {this}, 48")
        is_object = b.value(f"icmp eq i64 {tag}, {0xFFFA}")
        incoming = [(this, b.blocks[-1][0])]
        check, done = b.label("this_primitive"), b.label("this_bound")
        b.terminate(f"br i1 {is_object}, label %{done}, label %{check}, !prof !1")
        b.start(check)
        nullish = b.value(f"icmp uge i64 {this}, {UNDEFINED_BITS}")
        small = b.value(f"icmp ule i64 {this}, {NULL_BITS}")
        both = b.value(f"and i1 {nullish}, {small}")
        incoming.append((i64(self.embed(self.isolate.global_object)), check))
        box = b.label("this_box")
        b.terminate(f"br i1 {both}, label %{done}, label %{box}")
        b.start(box)
        maps = self.isolate.base_wrapper_maps
        is_bool = b.value(f"or i1 {b.value(f'icmp eq i64 {this}, {TRUE}')}, "
                          f"{b.value(f'icmp eq i64 {this}, {FALSE}')}")
        kinds = ((b.value(f"icmp eq i64 {tag}, {0xFFFB}"), str),    # a string
                 (b.value(f"icmp ule i64 {tag}, {0xFFF9}"), float),  # a double or an int32
                 (is_bool, bool))
        for test, t in kinds:
            yes, no = b.label("this_wrap"), b.label("this_not")
            b.terminate(f"br i1 {test}, label %{yes}, label %{no}")
            b.start(yes)
            wrapper = self.new_wrapper(this, maps[t].id)
            incoming.append((wrapper, b.blocks[-1][0]))     # (allocation made blocks of its own)
            b.terminate(f"br label %{done}")
            b.start(no)
        boxed = self.runtime("rt_bind_this", this)     # a BigInt
        incoming.append((boxed, b.blocks[-1][0]))      # (check_exception left us in a block of its own)
        b.terminate(f"br label %{done}")
        b.start(done)
        return b.value("phi i64 " + ", ".join(f"[ {v}, %{label} ]" for v, label in incoming))

    def osr_prologue(self) -> None:
        """Loads the interpreter frame (registers, accumulator, context as boxed words) and enters
        the loop header, converting each value to the header's representation under guards."""
        b = self.b
        header = self.osr_offset
        self.pc = header
        self.state = [T] * (self.nregs + 1)
        for r in range(self.nregs + 1):
            p = b.value(f"getelementptr i64, ptr %frame, i64 {r}")
            self.store_slot(r, T, b.value(f"load i64, ptr {p}", "in"))
        p = b.value(f"getelementptr i64, ptr %frame, i64 {self.nregs + 1}")
        b.emit(f"store i64 {b.value(f'load i64, ptr {p}', 'ctxin')}, ptr {self.ctx_slot()}")
        want = self.entry_state[header]
        # A register dead at the header is written before it is read: whatever the frame holds
        # there, the code never looks at it, so it is neither checked nor converted. (Checking a
        # dead one deopted at every entry: a temporary the analysis saw holding a constant on
        # the way into the loop holds something else in a later iteration, and as the feedback
        # never changes, each recompile deopted the same way, up to the deopt limit.)
        live = self.analysis.liveness()[header]
        converted = []
        for r, need in enumerate(want):
            if r not in live:
                continue
            if isinstance(need, Virtual):
                self.escape_later(need, "live at the loop header OSR enters")
                continue
            v = self.load_slot(r, T)
            if isinstance(need, Const):
                # the header assumes a constant here: check the frame agrees
                ok = b.value(f"icmp eq i64 {v}, {self.const_value(need, T)}")
                self.guard(ok, DeoptReason.UNSUPPORTED_VALUE_KIND)
            elif need != T:
                converted.append((r, need, self.convert(v, T, need)))
        for r, need, v in converted:
            b.emit(f"store {LLVM_TYPE[need]} {v}, ptr {self.slot(r, need)}")
        b.terminate(f"br label %{self.block_label(header)}")

    # ---- slots ---------------------------------------------------------------------------

    def block_label(self, pc: int) -> str:
        return f"{self.frame.prefix}bc{pc}"

    def slot(self, r: int, rep: str, frame: Frame | None = None) -> str:
        prefix = (frame or self.frame).prefix
        self.allocas.add((prefix, r, rep))
        return f"%{prefix}r{r}_{rep}"

    def ctx_slot(self, frame: Frame | None = None) -> str:
        return f"%{(frame or self.frame).prefix}ctx_slot"

    def store_slot(self, r: int, rep: str, value: str) -> None:
        self.b.emit(f"store {LLVM_TYPE[rep]} {value}, ptr {self.slot(r, rep)}")
        self.state[r] = rep

    def load_slot(self, r: int, rep: str, frame: Frame | None = None) -> str:
        if isinstance(rep, Virtual):
            # whatever wants the value of a virtual object as a machine value makes it real; the
            # attempt goes on with a placeholder to find more such sites before it is repeated
            self.escape_later(rep, f"its value is needed ({BYTECODES[self.code[self.pc][0]].name})")
            return "undef"
        return self.b.value(f"load {LLVM_TYPE[rep]}, ptr {self.slot(r, rep, frame)}", "v")

    def embed(self, v) -> int:
        """The bits of a JS value the code embeds as a constant. A string or BigInt id it embeds
        stays in its table for good; heap objects it embeds are roots while the code is live
        (the collector finds them in `embedded`, see llvm_tier/gc_roots.py)."""
        heap = self.isolate.heap
        if type(v) is str:
            return STRING_TAGGED_BITS | heap.pin_string(v)
        bits = heap.encode(v)
        if type(v) is BigInt:
            heap.pinned_bigints.add(bits & 0xFFFF_FFFF)
        elif type(v) is int:
            self.embedded.append(bits)
        return bits

    def const_value(self, c: Const, rep: str) -> str:
        """A compile-time constant materialized in a representation."""
        v = c.value
        if rep == I:
            return str(int(v))
        if rep == F:
            return f64(float(v))
        if rep == BO:
            return "true" if v else "false"
        return i64(self.embed(v))

    def get(self, r: int, want: str) -> str:
        """Register r's value in representation `want`, guarding a narrowing conversion."""
        have = self.state[r]
        if isinstance(have, Virtual) and want == BO:
            return "true"      # an object is truthy
        if isinstance(have, Const):
            nat = have.natural()
            if want == nat or want == T or (want == F and nat == I):
                return self.const_value(have, want)
            if want == BO:
                return "true" if self.isolate.runtime.to_boolean(have.value) else "false"
            # A literal of the wrong kind: this path always deopts; code after it is dead.
            self.deopt(DeoptReason.NOT_INT32 if (want == I and nat == F) else DeoptReason.NOT_NUMBER)
            self.b.start(self.b.label("dead"))
            return {I: "0", F: "0.0"}.get(want, "0")
        v = self.load_slot(r, have)
        out = self.convert(v, have, want)
        if have == T and want in (I, F):
            # The guard proved the register a number: later uses take the unboxed value, with no
            # second check (and no second deopt point).
            self.store_slot(r, want, out)
        return out

    def convert(self, v: str, have: str, want: str) -> str:
        b = self.b
        if have == want:
            return v
        if want == T:
            if have == I:
                return b.value(f"call i64 @box_i32(i32 {v})")
            if have == F:
                return b.value(f"call i64 @box_f64(double {v})")
            return b.value(f"call i64 @box_bool(i1 {v})")
        if want == F:
            if have == I:
                return b.value(f"sitofp i32 {v} to double")
            if have == T:
                return self.tagged_to_f64(v)
        if want == I:
            if have == T:
                tag = b.value(f"lshr i64 {v}, 48")
                ok = b.value(f"icmp eq i64 {tag}, {0xFFF9}")
                self.guard(ok, DeoptReason.NOT_INT32)
                return b.value(f"trunc i64 {v} to i32")
            if have == F:
                return self.f64_to_i32(v)
        if want == BO:
            return self.to_boolean(v, have)
        raise Unsupported(f"no conversion {have} -> {want}")

    def tagged_to_f64(self, v: str) -> str:
        b = self.b
        tag = b.value(f"lshr i64 {v}, 48")
        is_int = b.value(f"icmp eq i64 {tag}, {0xFFF9}")
        is_dbl = b.value(f"icmp ult i64 {tag}, {0xFFF9}")
        ok = b.value(f"or i1 {is_int}, {is_dbl}")
        self.guard(ok, DeoptReason.NOT_NUMBER)
        iv = b.value(f"trunc i64 {v} to i32")
        fi = b.value(f"sitofp i32 {iv} to double")
        fd = b.value(f"bitcast i64 {v} to double")
        return b.value(f"select i1 {is_int}, double {fi}, double {fd}")

    def f64_to_i32(self, v: str) -> str:
        b = self.b
        iv = b.value(f"call i32 @llvm.fptosi.sat.i32.f64(double {v})")
        back = b.value(f"sitofp i32 {iv} to double")
        exact = b.value(f"fcmp oeq double {back}, {v}")
        bits = b.value(f"bitcast double {v} to i64")
        notneg0 = b.value(f"icmp ne i64 {bits}, -9223372036854775808")
        ok = b.value(f"and i1 {exact}, {notneg0}")
        self.guard(ok, DeoptReason.NOT_INT32)
        return iv

    def to_boolean(self, v: str, have: str) -> str:
        b = self.b
        if have == I:
            return b.value(f"icmp ne i32 {v}, 0")
        if have == F:
            return b.value(f"fcmp one double {v}, 0.0")
        # tagged: true/false inline, anything else through the runtime
        is_true = b.value(f"icmp eq i64 {v}, {TRUE}")
        is_false = b.value(f"icmp eq i64 {v}, {FALSE}")
        known = b.value(f"or i1 {is_true}, {is_false}")
        here = b.open_block("tobool_fast")
        slow, join_l = b.label("tobool_slow"), b.label("tobool_join")
        b.terminate(f"br i1 {known}, label %{join_l}, label %{slow}")
        b.start(slow)
        r = b.value(f"call i64 @rt_to_boolean(i64 {v})")
        rb = b.value(f"icmp ne i64 {r}, 0")
        b.terminate(f"br label %{join_l}")
        b.start(join_l)
        return b.value(f"phi i1 [ {is_true}, %{here} ], [ {rb}, %{slow} ]")

    def set_acc(self, rep: str, v: str) -> None:
        self.store_slot(self.acc, rep, v)

    # ---- control flow ------------------------------------------------------------------

    def jump_to(self, target: int) -> None:
        """Converts the current state to the target block's entry state, then branches."""
        self.transition_to(target)
        self.b.terminate(f"br label %{self.block_label(target)}")

    def transition_to(self, target: int) -> None:
        want = self.entry_state.get(target)
        if want is None:
            return
        live = None
        for r, (have, need) in enumerate(zip(self.state, want)):
            if have == need or (isinstance(need, Const) and not isinstance(have, Virtual)):
                continue
            if isinstance(have, Virtual) or isinstance(need, Virtual):
                if live is None:
                    live = self.analysis.liveness()[target]
                if r not in live:
                    continue       # never read again: no value needed
                self.representation_mismatch(have, need)
                continue
            if isinstance(have, Const):
                v = self.const_value(have, need)
            else:
                v = self.convert(self.load_slot(r, have), have, need)
            self.b.emit(f"store {LLVM_TYPE[need]} {v}, ptr {self.slot(r, need)}")

    def branch(self, cond: str, target: int) -> None:
        """if cond goto target else fall through to pc + 1."""
        b = self.b
        taken, fall = b.label("taken"), b.label("fall")
        b.terminate(f"br i1 {cond}, label %{taken}, label %{fall}")
        saved = list(self.state)
        b.start(taken)
        self.jump_to(target)
        b.start(fall)
        self.state = saved
        self.jump_to(self.pc + 1)

    # ---- deopts --------------------------------------------------------------------------
    #
    # A guard deopts to the last *checkpoint* (V8's): the frame states as they were after the
    # last side effect. Everything between the checkpoint and the guard is pure, so the
    # interpreter may execute it again. The checkpoint's live values are loaded once, where it
    # stands, and every guard up to the next side effect shares them and one deopt exit
    # (DeoptExit, whatever the guards' reasons): a function with many guards keeps few frame
    # states and few exits (linear, not quadratic, in its size).

    def checkpoint_here(self) -> None:
        """Makes the current point (before the bytecode being lowered) the checkpoint: its frame
        states are taken here, their values loaded here when a guard first needs them."""
        b = self.b
        # unique by a fresh name: two checkpoints with no value made between them (a virtual
        # literal's field stores make none) must not share a marker, or the second one's values
        # would be loaded at the first one's place
        marker = f"  ; checkpoint {b.tmp('cp')[1:]}"
        b.current.append(marker)
        chain = self.frame.chain()
        self.checkpoint = Checkpoint(b.current, marker,
                                     [(f, f.pc, list(f.state), chain[k + 1].kind if k + 1 < len(chain) else None)
                                      for k, f in enumerate(chain)])

    def lazy_deopt_check(self) -> None:
        """After a call that may have run JS: when the code was marked for deoptimization meanwhile
        (a dependency broke), this activation deopts lazily, resuming the interpreter after the
        call (at the current bytecode, the one after it) with the call's result in the accumulator.
        A load of the code's marked word and a branch predicted not taken."""
        b = self.b
        self.checkpoint_here()
        marked = b.value(f"load i64, ptr {LAZY_MARK}", "marked")
        self.guard(b.value(f"icmp eq i64 {marked}, 0"), DeoptReason.LAZY)

    def lazy_deopt_on_throw(self) -> None:
        """Before a handler in this code takes an exception a call threw: when the code was marked
        meanwhile, the handler must not run here; the deopt rethrows the pending exception in the
        interpreter at the call (its frames as they are now), where the same handler catches it."""
        if not self.marked_address:
            return
        b = self.b
        saved = self.checkpoint
        self.checkpoint_here()
        marked = b.value(f"load i64, ptr {LAZY_MARK}", "marked")
        self.guard(b.value(f"icmp eq i64 {marked}, 0"), DeoptReason.LAZY_THROW)
        self.checkpoint = saved

    def guard(self, ok: str, reason: DeoptReason) -> None:
        b = self.b
        cont = b.label("ok")
        b.terminate(f"br i1 {ok}, label %{cont}, label %{self.deopt_exit(reason)}, !prof !1")
        b.start(cont)

    def deopt(self, reason: DeoptReason) -> None:
        """Ends the current block with a deopt to the interpreter at the checkpoint."""
        self.b.terminate(f"br label %{self.deopt_exit(reason)}")

    def deopt_exit(self, reason: DeoptReason) -> str:
        """The label a guard failing here branches to: the checkpoint's shared deopt exit, through
        the block naming this guard's deopt point (one per reason and bytecode of the checkpoint,
        made on first use)."""
        if self.checkpoint is None:
            self.checkpoint_here()
        cp = self.checkpoint
        if cp.operands is None:
            self.materialize(cp)
        b = self.b
        if cp.exit is None:
            cp.exit = DeoptExit(b.label("deopt"), cp)
            self.exits.append(cp.exit)
        exit_ = cp.exit
        key = (reason, self.frame.prefix, self.frame.pc)
        deopt_id = exit_.ids.get(key)
        if deopt_id is None:
            deopt_id = exit_.ids[key] = self.next_deopt_id()
            guard_frame = self.frame
            self.points[deopt_id] = DeoptPoint(deopt_id, reason, cp.states,
                                               BYTECODES[guard_frame.sfi.code[guard_frame.pc][0]].name,
                                               guard_frame.pc)
        if deopt_id == next(iter(exit_.ids.values())):
            return exit_.label
        label = exit_.entries.get(deopt_id)
        if label is None:
            label = exit_.entries[deopt_id] = b.label("guard")
        return label

    def emit_deopt_exits(self) -> None:
        """Emits every deopt exit after the function's blocks (cold code, out of the way). The
        exit's record ID is its first deopt id."""
        b = self.b
        for exit_ in self.exits:
            ids = list(exit_.ids.values())
            if len(ids) == 1:
                b.start(exit_.label)
                selector = str(ids[0])
            else:
                call = b.label("deopt")
                for deopt_id, label in [(ids[0], exit_.label), *exit_.entries.items()]:
                    b.start(label)
                    b.emit(f"store volatile i32 {deopt_id}, ptr {GUARD_SLOT}")
                    b.terminate(f"br label %{call}")
                b.start(call)
                selector = b.value(f"load volatile i32, ptr {GUARD_SLOT}", "guard")
            self.exit_ids[ids[0]] = tuple(sorted(ids))
            attr = 2 + len(self.attrs)
            self.attrs.append(f'attributes #{attr} = {{ "statepoint-id"="{ids[0]}" }}')
            b.emit(DEOPT_MEMORY_BARRIER)
            b.emit(KEEP_EXIT_SHARED)
            operands = [f"i32 {selector}"] + exit_.checkpoint.operands[SELECTOR_OPERAND + 1:]
            r = b.value(f"call i64 (...) @llvm.experimental.deoptimize.i64() #{attr} "
                        f"[ \"deopt\"({', '.join(operands)}) ]")
            b.terminate(f"ret i64 {r}")

    def materialize(self, cp: "Checkpoint") -> None:
        """Loads the checkpoint's live values where the checkpoint stands (its marker line)."""
        b = self.b
        current, terminated = b.current, b.terminated
        b.current, b.terminated = [], False
        operands: list[str] = ["selector"]   # operand 0: the failing guard's deopt id (emit_deopt_exits)
        seen: dict = {}     # virtual objects captured so far (one identity across the frames)
        cp.states = tuple(self.frame_state(frame, pc, state, operands, child_kind, seen)
                          for frame, pc, state, child_kind in cp.frames)
        cp.operands = operands
        at = cp.lines.index(cp.marker)
        cp.lines[at:at + 1] = b.current
        b.current, b.terminated = current, terminated

    def frame_state(self, frame: Frame, pc: int, state: list, operands: list[str],
                    child_kind: FrameKind | None, seen: dict | None = None) -> FrameState:
        """One frame's FrameState at pc with the representations `state`; its live values are
        appended to the bundle operands. A caller of an inlined callee (child_kind: how the
        callee was entered) continues after the call."""
        b = self.b

        def operand(text: str, rep: Rep) -> ValueSource:
            operands.append(text)
            return ValueSource("operand", rep, len(operands) - 1)

        if frame.parent is not None:
            # A header per inlined frame (its function's id) keeps the stack map readable on its own.
            operands.append(f"i32 {frame.sfi.id}")
        if frame.fn_constant is not None:
            function = ValueSource("constant", constant=frame.fn_constant)
        else:
            function = operand(f"i64 {frame.fn_value}", Rep.TAGGED)
        if frame.dynamic_context:
            context = operand(f"i64 {b.value(f'load i64, ptr {self.ctx_slot(frame)}')}", Rep.RAW_POINTER)
        else:
            context = ValueSource("function_context")
        sources = []
        caller = child_kind is not None
        # Registers the interpreter will not read again are not kept alive for the deopt.
        live = frame.analysis.live_after_call(pc) if caller else frame.analysis.liveness()[pc]
        for r, rep in enumerate(state):
            if r == frame.sfi.register_count and caller and child_kind != FrameKind.SETTER:
                sources.append(ValueSource("callee_result"))
                continue
            if r not in live and not (caller and r == frame.sfi.register_count):
                sources.append(ValueSource("optimized_out"))
                continue
            if isinstance(rep, Const):
                sources.append(ValueSource("constant", constant=rep.value))
                continue
            if isinstance(rep, Virtual):
                sources.append(self.captured(rep, operand, {} if seen is None else seen))
                continue
            v = self.load_slot(r, rep, frame)
            if rep == BO:
                sources.append(operand(f"i32 {b.value(f'zext i1 {v} to i32')}", Rep.BOOL))
            else:
                sources.append(operand(f"{LLVM_TYPE[rep]} {v}", REP_OF[rep]))
        nregs = frame.sfi.register_count
        return FrameState(pc, function, context, tuple(sources[:nregs]), sources[nregs],
                          child_kind or FrameKind.INTERPRETED, frame.sfi.id)

    # ---- function entry and exit ------------------------------------------------------------

    def emit_depth_check(self) -> None:
        """Optimized frames count toward the JS call depth, so deep recursion is a RangeError."""
        b = self.b
        cell = b.value(f"inttoptr i64 {self.depth_cell} to ptr", "depthp")
        d = b.value(f"load i64, ptr {cell}")
        d1 = b.value(f"add i64 {d}, 1")
        b.emit(f"store i64 {d1}, ptr {cell}")
        over = b.value(f"icmp ugt i64 {d1}, {self.max_depth}")
        overflow, cont = b.label("overflow"), b.label("body")
        b.terminate(f"br i1 {over}, label %{overflow}, label %{cont}, !prof !0")
        b.start(overflow)
        b.emit(f"store i64 {d}, ptr {cell}")
        r = b.value("call i64 @rt_stack_overflow()")
        b.terminate(f"ret i64 {r}")
        b.start(cont)
        self.depth_ptr = cell

    def ret(self, v: str) -> None:
        """Returns from the machine function (the outermost frame)."""
        b = self.b
        d = b.value(f"load i64, ptr {self.depth_ptr}")
        d1 = b.value(f"sub i64 {d}, 1")
        b.emit(f"store i64 {d1}, ptr {self.depth_ptr}")
        b.terminate(f"ret i64 {v}")

    def lower_return(self) -> None:
        frame = self.frame
        if frame.parent is None:
            self.ret(self.get(self.acc, T))
            return
        # An inlined callee returns into its caller's accumulator.
        if frame.kind == FrameKind.CONSTRUCT and isinstance(self.state[0], Virtual):
            frame.returned_this.append(self.state[0])
        if isinstance(frame.result_rep, Virtual) or isinstance(self.state[self.acc], Virtual):
            if self.state[self.acc] != frame.result_rep:
                # the analysis did not predict it: retry with what the calls returned, or escape
                self.representation_mismatch(self.state[self.acc], frame.result_rep)
            self.b.terminate(f"br label %{frame.return_label}")
            return
        v = self.get(self.acc, frame.result_rep)
        parent = frame.parent
        self.b.emit(f"store {LLVM_TYPE[frame.result_rep]} {v}, ptr "
                    f"{self.slot(parent.sfi.register_count, frame.result_rep, parent)}")
        self.b.terminate(f"br label %{frame.return_label}")

    def check_exception(self, v: str) -> None:
        """After a call: a pending exception goes to the handler that covers this point (in this
        frame or, through inlined calls, a caller's), or unwinds the machine frame."""
        b = self.b
        exc = b.value(f"icmp eq i64 {v}, {EXCEPTION}")
        unwind, cont = b.label("unwind"), b.label("cont")
        b.terminate(f"br i1 {exc}, label %{unwind}, label %{cont}, !prof !0")
        b.start(unwind)
        self.throw_pending()
        b.start(cont)

    def handler_for_throw(self):
        """(frame, handler offset, context register) that catches what is thrown here, or None."""
        frame, pc = self.frame, self.pc
        while frame is not None:
            h = frame.analysis.handler_at(pc)
            if h is not None:
                return frame, h[2], h[3]
            frame, pc = frame.parent, frame.call_pc
        return None

    def throw_pending(self) -> None:
        """Ends the block: the pending exception enters its handler, or leaves the machine frame."""
        target = self.handler_for_throw()
        if target is None:
            self.ret(EXCEPTION)
            return
        b = self.b
        self.lazy_deopt_on_throw()
        # Only a JS exception is catchable; anything else (an internal error) stays pending.
        value = b.value("call i64 @rt_take_exception()")
        js, other = b.label("catch"), b.label("uncatchable")
        b.terminate(f"br i1 {b.value(f'icmp ne i64 {value}, {EXCEPTION}')}, label %{js}, label %{other}")
        b.start(other)
        self.ret(EXCEPTION)
        b.start(js)
        self.enter_handler(target, value)

    def throw_value(self, value: str) -> None:
        """`throw value`: its handler in this code, or the runtime makes it pending and it unwinds."""
        target = self.handler_for_throw()
        if target is None:
            self.runtime("rt_throw", value)
            self.b.terminate("unreachable")
            return
        self.enter_handler(target, value)

    def enter_handler(self, target, value: str) -> None:
        """Continues at a handler with the exception in the accumulator and the context the try
        block saved (the frames of inlined callees in between are simply left)."""
        frame, handler, ctx_reg = target
        current = self.frame
        self.frame = frame
        saved = frame.state
        frame.state = list(frame.state)
        self.set_acc(T, value)
        if frame.dynamic_context:
            raw = self.b.value(f"and i64 {self.get(ctx_reg, T)}, {PAYLOAD}")
            self.b.emit(f"store i64 {raw}, ptr {self.ctx_slot()}")
        self.jump_to(handler)
        frame.state = saved
        self.frame = current

    def runtime(self, name: str, *args: str, check: bool = True) -> str:
        v = self.b.value(f"call i64 @{name}({', '.join('i64 ' + a for a in args)})")
        if check:
            self.check_exception(v)
        return v

    def site_id(self, pc: int | None = None) -> str:
        """A call site as runtime entries see it: the function and the bytecode offset."""
        return str((self.sfi.id << 20) | (self.pc if pc is None else pc))

    # ---- heap access -----------------------------------------------------------------------

    def heap_pointer(self, tagged: str, reason: DeoptReason = DeoptReason.NOT_A_HEAP_OBJECT) -> str:
        b = self.b
        tag = b.value(f"lshr i64 {tagged}, 48")
        ok = b.value(f"icmp eq i64 {tag}, {0xFFFA}")
        self.guard(ok, reason)
        addr = b.value(f"and i64 {tagged}, {PAYLOAD}")
        return b.value(f"inttoptr i64 {addr} to ptr", "obj")

    def native_type_is(self, obj: str, byte: int) -> str:
        """i1: the map of the heap object at `obj` has this native type byte (objects/maps.py,
        MapTable.native_types: one byte per map, so machine code tells kinds apart by map id)."""
        b = self.b
        types = b.value(f"inttoptr i64 {self.isolate.maps.native_types_address} to ptr")
        it = b.value(f"load i8, ptr {b.value(f'getelementptr i8, ptr {types}, i64 {self.field(obj, 0)}')}")
        return b.value(f"icmp eq i8 {it}, {byte - 256 if byte > 127 else byte}")

    def field(self, ptr: str, offset: int, ty: str = "i64") -> str:
        b = self.b
        p = b.value(f"getelementptr i8, ptr {ptr}, i64 {offset}")
        return b.value(f"load {ty}, ptr {p}")

    def store_field(self, ptr: str, offset: int, v: str, ty: str = "i64") -> None:
        b = self.b
        p = b.value(f"getelementptr i8, ptr {ptr}, i64 {offset}")
        b.emit(f"store {ty} {v}, ptr {p}")

    def property_slot_pointer(self, obj: str, map_id: int, index: int) -> str:
        m = self.isolate.maps[map_id]
        b = self.b
        if index < m.inobject:
            return b.value(f"getelementptr i8, ptr {obj}, i64 {8 * (OBJECT_HEADER_WORDS + index)}")
        backing = b.value(f"inttoptr i64 {self.field(obj, PROPERTIES_OFFSET)} to ptr")
        return b.value(f"getelementptr i8, ptr {backing}, i64 {8 * (index - m.inobject)}")

    def start_arm(self, label: str, checkpoint: "Checkpoint | None") -> None:
        """Starts one arm of a dispatch (on maps or call targets): its guards resume at the
        checkpoint the dispatch began with. One another arm made after a side effect stands in a
        block this arm does not pass through, so its values would not dominate this arm's exits."""
        self.b.start(label)
        self.checkpoint = checkpoint

    def map_dispatch(self, obj: str, map_ids: list[int], reason=DeoptReason.WRONG_MAP):
        """Compares the object's map with each expected map (one compare when monomorphic).

        Returns the labels of the blocks entered for each map; the caller fills them.
        """
        b = self.b
        mapw = self.field(obj, 0)
        labels = []
        for m in map_ids:
            hit, miss = b.label(f"map{m}_"), b.label("next")
            ok = b.value(f"icmp eq i64 {mapw}, {m}")
            b.terminate(f"br i1 {ok}, label %{hit}, label %{miss}, !prof !1")
            labels.append(hit)
            b.start(miss)
        self.deopt(reason)
        return labels

    def note(self, pc: int, text: str) -> None:
        where = "" if self.frame.parent is None else f"[inlined {self.sfi.display_name}] "
        self.notes.append(f"{where}@{pc} {BYTECODES[self.code[pc][0]].name}: {text}")

    # ---- one bytecode ------------------------------------------------------------------------

    def lower_one(self, pc: int) -> None:
        ins = self.code[pc]
        op = ins[0]
        b = self.b
        acc = self.acc
        if op == B.Ldar:
            self.move(ins[1], acc)
        elif op == B.Star:
            self.move(acc, ins[1])
        elif op == B.Mov:
            self.move(ins[1], ins[2])
        elif op in (B.LdaConstant, B.LdaUndefined, B.LdaNull, B.LdaTrue, B.LdaFalse, B.LdaTheHole):
            self.state = self.analysis.transfer(pc, self.state)
        elif op in ARITH:
            self.lower_arith(pc)
        elif op in INT_BITWISE:
            self.lower_bitwise(pc)
        elif op in GENERIC_BINARY:
            self.generic_binary(pc)
        elif op in UNARY_NUMERIC:
            self.lower_unary(pc)
        elif op == B.LogicalNot:
            v = self.get(acc, BO)
            self.set_acc(BO, b.value(f"xor i1 {v}, true"))
        elif op == B.TypeOf:
            self.lower_typeof()
        elif op in COMPARES:
            self.lower_compare(pc)
        elif op in (B.TestEqual, B.TestEqualStrict):
            self.lower_equality(pc)
        elif op == B.Jump or op == B.JumpLoop:
            self.jump_to(ins[1])
        elif op in CONDITIONAL_JUMPS:
            cond = self.get(acc, BO)
            if op in (B.JumpIfFalse, B.JumpIfToBooleanFalse):
                cond = b.value(f"xor i1 {cond}, true")
            self.branch(cond, ins[1])
        elif op == B.Return:
            self.lower_return()
        elif op == B.GetNamedProperty:
            self.lower_load_named(pc)
        elif op in (B.SetNamedProperty, B.DefineNamedOwnProperty):
            self.lower_store_named(pc)
        elif op == B.GetKeyedProperty:
            self.lower_load_keyed(pc)
        elif op == B.SetKeyedProperty:
            self.lower_store_keyed(pc)
        elif op in (B.LdaGlobal, B.LdaGlobalInsideTypeof):
            self.lower_load_global(pc)
        elif op == B.StaGlobal:
            self.lower_store_global(pc)
        elif op in (B.LdaContextSlot, B.StaContextSlot):
            ctx = b.value(f"load i64, ptr {self.ctx_slot()}")
            for _ in range(ins[1]):
                p = b.value(f"inttoptr i64 {ctx} to ptr")
                ctx = self.field(p, CONTEXT_PARENT_OFFSET)
            p = b.value(f"inttoptr i64 {ctx} to ptr")
            offset = 8 * (CONTEXT_HEADER_WORDS + ins[2])
            if op == B.LdaContextSlot:
                self.set_acc(T, self.field(p, offset))
            else:
                self.store_field(p, offset, self.get(acc, T))
        elif op == B.ThrowReferenceErrorIfHole:
            v = self.get(acc, T)
            ok = b.value(f"icmp ne i64 {v}, {HOLE_TAGGED}")
            self.guard(ok, DeoptReason.HOLE)
        elif op == B.CreateFunctionContext:
            self.lower_create_function_context(pc)
        elif op == B.PushContext:
            ctx = b.value(f"load i64, ptr {self.ctx_slot()}")
            boxed = b.value(f"or i64 {ctx}, {POINTER_TAGGED}")
            new = b.value(f"and i64 {self.get(acc, T)}, {PAYLOAD}")
            self.store_slot(ins[1], T, boxed)
            b.emit(f"store i64 {new}, ptr {self.ctx_slot()}")
        elif op == B.PopContext:
            raw = b.value(f"and i64 {self.get(ins[1], T)}, {PAYLOAD}")
            b.emit(f"store i64 {raw}, ptr {self.ctx_slot()}")
        elif op == B.CloneContext:
            ctx = b.value(f"load i64, ptr {self.ctx_slot()}")
            raw = self.runtime("rt_clone_context", ctx)
            b.emit(f"store i64 {raw}, ptr {self.ctx_slot()}")
        elif op == B.CreateClosure:
            self.lower_create_closure(pc)
        elif op == B.CreateObjectLiteral:
            if not self.virtual_object_literal(pc, self.isolate.objects.literal_root(ins[1]).id):
                self.lower_create_object_literal(pc)
        elif op == B.CreateArrayLiteral:
            if not self.virtual_array_literal(pc):
                self.lower_create_array_literal(pc)
        elif op == B.Call:
            self.lower_call(pc)
            self.observe_result(pc)
        elif op == B.Construct:
            self.lower_construct(pc)
            self.observe_result(pc)
        elif op == B.TestIn:
            self.lower_test_in(pc)
        elif op == B.TestInstanceOf:
            self.lower_instanceof(pc)
        elif op == B.CallRuntime:
            self.lower_call_runtime(pc)
        elif op in (B.Throw, B.ReThrow):
            self.throw_value(self.get(acc, T))
        elif op == B.SaveContext:
            ctx = b.value(f"load i64, ptr {self.ctx_slot()}")
            self.store_slot(ins[1], T, b.value(f"or i64 {ctx}, {POINTER_TAGGED}"))
        else:
            raise Unsupported(f"bytecode {BYTECODES[op].name} is not lowered")

    def move(self, src: int, dst: int) -> None:
        rep = self.state[src]
        if isinstance(rep, (Const, Virtual)):
            self.state[dst] = rep
            return
        self.store_slot(dst, rep, self.load_slot(src, rep))


# Runtime entries optimized code calls (name -> number of i64 arguments); llvm_tier/runtime_entries.py
# implements them.
RUNTIME_ENTRIES = {
    "rt_call": 5, "rt_construct": 4, "rt_construct_with": 5, "rt_allocate": 2, "rt_load_named": 2, "rt_store_named": 3, "rt_load_keyed": 2,
    "rt_store_keyed": 3, "rt_store_keyed_strict": 3, "rt_binary": 3, "rt_unary": 2, "rt_to_boolean": 1,
    "rt_clone_context": 1,
    "rt_stack_overflow": 0, "rt_to_int32": 1, "rt_call_runtime": 3, "rt_throw": 1, "rt_take_exception": 0,
    "rt_new_arguments": 3, "rt_char_string": 1, "rt_grow_properties": 2, "rt_string_record": 1,
    "rt_bind_this": 1,
}


# Bytecodes whose lowering has no side effect unless it calls out (FunctionBuilder.calls counts
# calls): a deopt may execute them again from the last checkpoint.
PURE_BYTECODES = frozenset(int(op) for op in (
    B.Ldar, B.Star, B.Mov, B.LdaConstant, B.LdaUndefined, B.LdaNull, B.LdaTrue, B.LdaFalse, B.LdaTheHole,
    B.LdaGlobal, B.LdaGlobalInsideTypeof, B.LdaContextSlot, B.Jump, B.JumpLoop, B.JumpIfTrue, B.JumpIfFalse,
    B.JumpIfToBooleanTrue, B.JumpIfToBooleanFalse, B.TestEqualStrict, B.TestEqual, B.TestLessThan,
    B.TestGreaterThan, B.TestLessThanOrEqual, B.TestGreaterThanOrEqual, B.LogicalNot, B.TypeOf,
    B.ThrowReferenceErrorIfHole, B.Add, B.Sub, B.Mul, B.Div, B.Mod, B.BitwiseOr, B.BitwiseXor, B.BitwiseAnd,
    B.ShiftLeft, B.ShiftRight, B.ShiftRightLogical, B.Inc, B.Dec, B.Negate, B.BitwiseNot, B.ToNumeric,
    B.ToNumber, B.GetNamedProperty, B.GetKeyedProperty))


# The pointer to the code object's "marked for deoptimization" word, defined in the entry block.
LAZY_MARK = "%lazy_mark"


def symbol_for(sfi, version: int) -> str:
    name = re.sub(r"[^A-Za-z0-9_]", "_", sfi.name or ("script" if sfi.is_script else "anonymous"))
    return f"js_{name}_{sfi.id}_v{version}"
