"""Lowering of calls and `new`: call-target dispatch, direct calls between optimized functions, inlining.

Place in the pipeline: a mixin of `Lowering` (lowering.py). A call site's
feedback names up to four targets (closures, or function literals whose
closures differ: interpreter/feedback.py). The site compares the callee with
each target and, for each, either *inlines* the target's bytecode (V8's
JSInliningHeuristic: a small callee that has run, within a budget of
bytecodes and depth, never recursively), or calls its optimized code directly
through the code table (so unlinking takes effect at once), or, for built-ins
and functions without code, the interpreter through `rt_call`. A callee that
matches no target deopts ("wrong call target"). A megamorphic site checks
natively whether the callee is a function with optimized code taking exactly
the arguments given, and calls it directly if so.

An inlined callee is a new `Frame` of the lowering: its own registers and
blocks, analyzed from the representations of its arguments, whose Return
stores the result into the caller's accumulator. Its deopts describe every
frame (lowering.py), so the interpreter resumes the callee, then the caller
after the call, exactly as if nothing had been inlined.
"""
from __future__ import annotations

from dataclasses import dataclass

from deopt.frame_state import DeoptReason, FrameKind
from interpreter.bytecodes import Bytecode as B
from interpreter.feedback import CallFeedback
from interpreter.objects.layout import FUNCTION_CONTEXT_OFFSET, FUNCTION_SHARED_OFFSET
from interpreter.objects.maps import InstanceType
from interpreter.objects.values import UNDEFINED

from .analysis import LLVM_TYPE, T, Const, FrameAnalysis, Unsupported, Virtual, takes_argument_list
from .lower_escape import Escapes

# The param table's mark for code called with its argument list (tierup.py fills the table).
ARGUMENT_LIST = -2
from .ir import PAYLOAD, UNDEFINED as UNDEFINED_BITS, i64


STRESS_BUDGET_FACTOR = 4
STRESS_MIN_BUDGET = 2000     # what the corpus's inline mode was made with


@dataclass
class InliningOptions:
    """The inlining heuristic's knobs (V8's --max-inlined-bytecode-size and friends)."""
    enabled: bool = True
    max_inlined_bytecode_size: int = 80             # bytecodes of one callee
    max_inlined_bytecode_size_cumulative: int = 150  # bytecodes inlined into one function (docs/tiers.md)
    max_inlining_depth: int = 4                     # inlined frames nested in each other
    stress: bool = False                            # inline every eligible target of any size
    max_deopts_when_inlined: int = 2                # a callee that deopts this often is not inlined again
    min_inlining_frequency: float = 0.15            # calls per call of the optimized function (V8's)

    def cumulative_budget(self) -> int:
        # Stress still has a (larger) budget: without one, polymorphic sites four levels deep
        # inline thousands of copies (a corpus program took 549 ms per compile, 170 s in all).
        if not self.stress:
            return self.max_inlined_bytecode_size_cumulative
        return max(self.max_inlined_bytecode_size_cumulative * STRESS_BUDGET_FACTOR, STRESS_MIN_BUDGET)


@dataclass
class CallTarget:
    """One arm of a call site's dispatch: a closure (`closure`) or any closure of a literal."""
    sfi: object
    closure: int | None


class CallLowering:
    # ---- arguments ------------------------------------------------------------------------------

    def spill_args(self, first: int, count: int) -> str:
        b = self.b
        for k in range(count):
            v = self.get(first + k, T)
            p = b.value(f"getelementptr [{self.max_argc} x i64], ptr %argv, i64 0, i64 {k}")
            b.emit(f"store i64 {v}, ptr {p}")
        return b.value("ptrtoint ptr %argv to i64")

    # ---- what a call site can call ------------------------------------------------------------------

    def call_targets(self, f) -> tuple[list[CallTarget], bool]:
        """The targets of a site's feedback, and whether it also saw something that is no JS
        function a call can enter (a non-callable object): such a site stays generic."""
        iso = self.isolate
        targets = []
        for t in f.targets:
            if iso.objects.map_of(t).instance_type != InstanceType.FUNCTION:
                return [], True
            targets.append(CallTarget(iso.shared_of(t), t))
        targets += [CallTarget(iso.functions[s], None) for s in f.shared]
        return targets, False

    def is_function(self, v: str) -> str:
        """i1: the tagged value v is a function object (its map's native instance type)."""
        b = self.b
        tag = b.value(f"lshr i64 {v}, 48")
        is_ptr = b.value(f"icmp eq i64 {tag}, {0xFFFA}")
        here = b.open_block("isfn_tag")
        check, done = b.label("isfn_map"), b.label("isfn")
        b.terminate(f"br i1 {is_ptr}, label %{check}, label %{done}")
        b.start(check)
        obj = b.value(f"inttoptr i64 {b.value(f'and i64 {v}, {PAYLOAD}')} to ptr")
        fn = self.native_type_is(obj, int(InstanceType.FUNCTION))
        b.terminate(f"br label %{done}")
        b.start(done)
        return b.value(f"phi i1 [ false, %{here} ], [ {fn}, %{check} ]")

    def shared_id_of(self, fn: str) -> str:
        """The SharedFunctionInfo id of a tagged function value (the caller checked it is one)."""
        b = self.b
        obj = b.value(f"inttoptr i64 {b.value(f'and i64 {fn}, {PAYLOAD}')} to ptr")
        return self.field(obj, FUNCTION_SHARED_OFFSET)

    def target_matches(self, callee: str, target: CallTarget) -> str:
        b = self.b
        if target.closure is not None:
            return b.value(f"icmp eq i64 {callee}, {i64(self.embed(target.closure))}")
        is_fn = self.is_function(callee)
        # only read the shared id of what is a function
        safe = b.value(f"select i1 {is_fn}, i64 {callee}, i64 {i64(self.embed(self.isolate.global_object))}")
        sid = self.shared_id_of(safe)
        same = b.value(f"icmp eq i64 {sid}, {target.sfi.id}")
        return b.value(f"and i1 {is_fn}, {same}")

    # ---- inlining decisions -----------------------------------------------------------------------

    def site_frequency(self) -> float:
        """How often the current call site ran per call of the optimized function: its count per
        call of its own function (the interpreter's feedback), times that frame's frequency. A
        site without a count (a getter's property load) runs as often as its frame."""
        frame = self.frame
        ins = frame.sfi.code[frame.pc]
        f = frame.sfi.feedback[ins[-1]] if ins[0] in (B.Call, B.Construct) else None
        if not isinstance(f, CallFeedback):
            return frame.frequency
        return frame.frequency * f.count / max(1, frame.sfi.invocations)

    def why_not_inline(self, sfi, kind: FrameKind) -> str | None:
        """None when the heuristic inlines sfi here, else the reason it does not."""
        opts = self.inlining
        if not opts.enabled:
            return "inlining is off"
        if sfi.native is not None:
            return "a built-in"
        if kind == FrameKind.CALL and sfi.class_kind:
            return "a class constructor called without new"
        if kind == FrameKind.CONSTRUCT and sfi.class_kind == "derived":
            return "a derived constructor"
        if sfi.has_rest or sfi.arguments_register >= 0:
            return "uses rest parameters or arguments"
        if sfi.invocations == 0 and sfi.optimized is None:
            return "has not run yet (no feedback)"
        frequency = self.site_frequency()
        if not opts.stress and frequency < opts.min_inlining_frequency:
            # a cold site: the budget goes to the hot ones (V8's JSInliningHeuristic)
            return f"called {frequency:.2f} times per call, under --min-inlining-frequency " \
                   f"{opts.min_inlining_frequency}"
        if self.inline_deopts(sfi) >= opts.max_deopts_when_inlined:
            return f"deopted {self.inline_deopts(sfi)} times when inlined"
        if any(fr.sfi is sfi for fr in self.frame.chain()):
            return "recursive"
        if self.frame.depth + 1 > opts.max_inlining_depth:
            return f"deeper than --max-inlining-depth {opts.max_inlining_depth}"
        size = len(sfi.code)
        if not opts.stress and size > opts.max_inlined_bytecode_size:
            return f"{size} bytecodes, over --max-inlined-bytecode-size {opts.max_inlined_bytecode_size}"
        if self.inlined_size + size > opts.cumulative_budget():
            return "the function's inlining budget is spent"
        return None

    def inline_deopts(self, sfi) -> int:
        return self.inline_deopt_counts.get(sfi.id, 0) if self.inline_deopt_counts else 0

    def analyze_callee(self, sfi, params: list, this_rep=T) -> FrameAnalysis:
        """The callee's representation analysis, entered with the arguments' representations
        (and `this` a virtual object when escape analysis removed its allocation)."""
        init = [Const(UNDEFINED)] * (sfi.register_count + 1)
        init[0] = this_rep
        init[1] = T
        for i in range(sfi.param_count):
            if 2 + i < sfi.register_count:
                init[2 + i] = params[i] if i < len(params) else Const(UNDEFINED)
        path = self.frame.path + ((self.frame.pc, sfi.id),)
        analysis = FrameAnalysis(self.isolate, sfi, init, self.builtins, fold_globals=bool(self.marked_address),
                                 escape=self.escape_context(path), liveness_cache=self.liveness_cache).run()
        self.check_merges(analysis)
        return analysis

    # ---- Call --------------------------------------------------------------------------------------

    def lower_call(self, pc: int) -> None:
        ins = self.code[pc]
        _, callee_r, recv_r, argc, slot = ins
        f = self.fb[slot]
        b = self.b
        callee = self.get(callee_r, T)
        builtin = self.analysis.call_builtin(pc)
        if builtin is not None:
            ok = b.value(f"icmp eq i64 {callee}, {i64(self.embed(f.target))}")
            self.guard(ok, DeoptReason.WRONG_CALL_TARGET)
            self.note(pc, f"{builtin} in machine code")
            self.lower_builtin_call(pc, builtin, callee, recv_r, argc)
            return
        targets, generic = self.call_targets(f)
        if f.megamorphic or generic:
            self.megamorphic_call(pc, callee, recv_r, argc)
            return
        self.dispatch_call(pc, callee, recv_r, argc, targets)

    def dispatch_call(self, pc: int, callee: str, recv_r: int, argc: int, targets: list[CallTarget]) -> None:
        """Compares the callee with each target; each arm inlines or calls it; no match deopts."""
        b = self.b
        acc = self.acc
        saved = list(self.state)
        plans = []
        for t in targets:
            plans.append((t, self.plan_inline(t, recv_r, argc, FrameKind.CALL)))
        monomorphic = len(targets) == 1
        result_rep = T
        if monomorphic and plans[0][1] is not None:
            result_rep = plans[0][1].return_rep()
        done = b.label("called")
        checkpoint = self.checkpoint
        for t, analysis in plans:
            hit, miss = b.label("target"), b.label("nexttarget")
            ok = self.target_matches(callee, t)
            b.terminate(f"br i1 {ok}, label %{hit}, label %{miss}, !prof !1")
            self.start_arm(hit, checkpoint)
            self.state = list(saved)
            if analysis is not None:
                receiver = self.state[recv_r]
                r = self.inline_call(t, analysis, callee,
                                     receiver if isinstance(receiver, Virtual) else self.get(recv_r, T),
                                     [self.state[recv_r + 1 + k] for k in range(argc)],
                                     [recv_r + 1 + k for k in range(argc)], FrameKind.CALL, result_rep)
            else:
                r = self.direct_call(pc, t, callee, recv_r, argc)
            if not isinstance(result_rep, Virtual):
                b.emit(f"store {LLVM_TYPE[result_rep]} {r}, ptr {self.slot(acc, result_rep)}")
            b.terminate(f"br label %{done}")
            self.start_arm(miss, checkpoint)
        self.state = list(saved)
        self.deopt(DeoptReason.WRONG_CALL_TARGET)
        b.start(done)
        self.state = saved
        self.state[acc] = result_rep

    def plan_inline(self, t: CallTarget, first_arg_r: int, argc: int, kind: FrameKind, this_rep=T):
        """The callee's analysis when the heuristic inlines t here, else None (the reason is noted).
        The arguments are the argc registers after the receiver (a call) or from first_arg_r."""
        first = first_arg_r + 1 if kind == FrameKind.CALL else first_arg_r
        if kind == FrameKind.CALL and isinstance(self.state[first_arg_r], Virtual):
            this_rep = self.state[first_arg_r]
        return self.plan_inline_with(t, kind, [self.state[first + k] for k in range(argc)], this_rep)

    def plan_inline_with(self, t: CallTarget, kind: FrameKind, params: list, this_rep=T):
        reason = self.why_not_inline(t.sfi, kind)
        analysis = None
        if reason is None:
            try:
                analysis = self.analyze_callee(t.sfi, params, this_rep)
            except Unsupported as e:
                reason = str(e)
        if reason is not None:
            self.note(self.pc, f"not inlined {t.sfi.display_name}: {reason}")
        return analysis

    def inline_call(self, t: CallTarget, analysis: FrameAnalysis, callee: str, this: str,
                    arg_reps: list, arg_regs: list[int], kind: FrameKind, result_rep: str) -> str:
        """Lowers the target's body in place; returns the result in result_rep (after the body)."""
        b = self.b
        parent = self.frame
        sfi = t.sfi
        self.inlined_size += len(sfi.code)
        self.inlined.append((parent.sfi.display_name, parent.pc, sfi.display_name))
        self.note(parent.pc, f"inlined {sfi.display_name} ({len(sfi.code)} bytecodes, depth {parent.depth + 1})")
        # The argument values, read in the caller's frame before the callee's takes over.
        args = []
        for rep, r in zip(arg_reps, arg_regs):
            args.append(rep if isinstance(rep, (Const, Virtual)) else self.load_slot(r, rep))
        ret = b.label("returned")
        frame = self.new_frame(sfi, analysis, parent=parent, call_pc=parent.pc, kind=kind,
                               frequency=self.site_frequency(),
                               fn_value=callee, fn_constant=t.closure, return_label=ret,
                               result_rep=result_rep, path=parent.path + ((parent.pc, sfi.id),))
        self.frame = frame
        frame.state = list(analysis.initial_state)
        if isinstance(this, Virtual):
            frame.state[0] = this     # an object is its own receiver in sloppy code too
        else:
            self.store_slot(0, T, self.receiver(this, sfi))
        self.store_slot(1, T, callee)
        for i in range(min(sfi.param_count, len(args))):
            if 2 + i >= sfi.register_count:
                break
            v = args[i]
            if isinstance(v, (Const, Virtual)):
                frame.state[2 + i] = v
            else:
                self.store_slot(2 + i, arg_reps[i], v)
        if t.closure is not None:
            ctx = str(self.isolate.objects.function_context(t.closure))
        else:
            fnp = b.value(f"inttoptr i64 {b.value(f'and i64 {callee}, {PAYLOAD}')} to ptr")
            ctx = self.field(fnp, FUNCTION_CONTEXT_OFFSET)
        b.emit(f"store i64 {ctx}, ptr {self.ctx_slot()}")
        self.jump_to(0)
        self.frame = parent
        self.lower_frame_blocks(frame)
        b.start(ret)
        self.last_inlined = frame
        if isinstance(result_rep, Virtual):
            return None
        return self.load_slot(parent.sfi.register_count, result_rep)

    def direct_call(self, pc: int, t: CallTarget, callee: str, recv_r: int, argc: int) -> str:
        """Calls a known target: its optimized code through the code table when it has some, else
        the generic call (the interpreter, a built-in, or a TypeError for a class constructor)."""
        b = self.b
        sfi = t.sfi
        this = self.get(recv_r, T)
        argv = self.spill_args(recv_r + 1, argc)
        site = self.site_id(pc)
        if sfi.native is not None or sfi.class_kind:
            r = b.value(f"call i64 @rt_call(i64 {callee}, i64 {this}, i64 {argc}, i64 {argv}, i64 {site})")
            self.check_exception(r)
            return r
        args = self.code_arguments(sfi, recv_r + 1, argc, argv)
        entry_p = b.value(f"inttoptr i64 {self.code_table + 8 * sfi.id} to ptr")
        code = b.value(f"load i64, ptr {entry_p}")
        has_code = b.value(f"icmp ne i64 {code}, 0")
        direct, generic, done = b.label("direct"), b.label("viaruntime"), b.label("called")
        b.terminate(f"br i1 {has_code}, label %{direct}, label %{generic}")
        b.start(direct)
        fp = b.value(f"inttoptr i64 {code} to ptr")
        arglist = ", ".join(["i64 " + callee, "i64 " + this] + args)
        r1 = b.value(f"call preserve_nonecc i64 {fp}({arglist})")
        b.terminate(f"br label %{done}")
        b.start(generic)
        r2 = b.value(f"call i64 @rt_call(i64 {callee}, i64 {this}, i64 {argc}, i64 {argv}, i64 {site})")
        b.terminate(f"br label %{done}")
        b.start(done)
        r = b.value(f"phi i64 [ {r1}, %{direct} ], [ {r2}, %{generic} ]")
        self.check_exception(r)
        return r

    def code_arguments(self, sfi, first: int, argc: int, argv: str) -> list[str]:
        """The arguments of a direct call into sfi's optimized code: one per parameter (missing
        ones undefined), or the argument list (the spilled argv) for code that takes one."""
        if takes_argument_list(sfi):
            return [f"i64 {argc}", f"ptr {self.b.value(f'inttoptr i64 {argv} to ptr')}"]
        args = [self.get(first + k, T) for k in range(min(argc, sfi.param_count))]
        args += [UNDEFINED_BITS] * (sfi.param_count - len(args))
        return ["i64 " + a for a in args]

    def megamorphic_call(self, pc: int, callee: str, recv_r: int, argc: int) -> None:
        """Any callee: its optimized code directly when it is a function that has some and takes
        exactly these arguments, or its argument list (the param table), else the generic call."""
        b = self.b
        this = self.get(recv_r, T)
        args = [self.get(recv_r + 1 + k, T) for k in range(argc)]
        argv = self.spill_args(recv_r + 1, argc)
        site = self.site_id(pc)
        is_fn = self.is_function(callee)
        check, direct, generic, done = b.label("mega_code"), b.label("direct"), b.label("viaruntime"), b.label("called")
        b.terminate(f"br i1 {is_fn}, label %{check}, label %{generic}")
        b.start(check)
        sid = self.shared_id_of(callee)
        entry_p = b.value(f"getelementptr i64, ptr {b.value(f'inttoptr i64 {self.code_table} to ptr')}, i64 {sid}")
        code = b.value(f"load i64, ptr {entry_p}")
        count_p = b.value(f"getelementptr i32, ptr {b.value(f'inttoptr i64 {self.param_table} to ptr')}, i64 {sid}")
        count = b.value(f"load i32, ptr {count_p}")
        has_code = b.value(f"icmp ne i64 {code}, 0")
        fits = b.value(f"icmp eq i32 {count}, {argc}")
        as_list = b.value(f"icmp eq i32 {count}, {ARGUMENT_LIST}")
        ok = b.value(f"and i1 {has_code}, {fits}")
        list_ok = b.value(f"and i1 {has_code}, {as_list}")
        listed, other = b.label("direct_list"), b.label("not_direct")
        b.terminate(f"br i1 {ok}, label %{direct}, label %{other}")
        b.start(other)
        b.terminate(f"br i1 {list_ok}, label %{listed}, label %{generic}")
        b.start(direct)
        fp = b.value(f"inttoptr i64 {code} to ptr")
        arglist = ", ".join(["i64 " + callee, "i64 " + this] + ["i64 " + a for a in args])
        r1 = b.value(f"call preserve_nonecc i64 {fp}({arglist})")
        b.terminate(f"br label %{done}")
        b.start(listed)
        fp2 = b.value(f"inttoptr i64 {code} to ptr")
        argp = b.value(f"inttoptr i64 {argv} to ptr")
        r3 = b.value(f"call preserve_nonecc i64 {fp2}(i64 {callee}, i64 {this}, i64 {argc}, ptr {argp})")
        b.terminate(f"br label %{done}")
        b.start(generic)
        r2 = b.value(f"call i64 @rt_call(i64 {callee}, i64 {this}, i64 {argc}, i64 {argv}, i64 {site})")
        b.terminate(f"br label %{done}")
        b.start(done)
        r = b.value(f"phi i64 [ {r1}, %{direct} ], [ {r3}, %{listed} ], [ {r2}, %{generic} ]")
        self.check_exception(r)
        self.set_acc(T, r)

    # ---- accessors -------------------------------------------------------------------------------

    def call_accessor(self, fn: int, receiver: str, args: list[tuple[int, str]], kind: FrameKind) -> str:
        """Runs a getter or setter found on the receiver's prototype chain (args: (register, value)
        pairs): inlined when the heuristic agrees, else called. Returns its result, tagged."""
        b = self.b
        iso = self.isolate
        t = CallTarget(iso.shared_of(fn), fn)
        callee = i64(self.embed(fn))
        analysis = self.plan_inline_with(t, kind, [self.state[r] for r, _ in args])
        if analysis is not None:
            if kind != FrameKind.SETTER:
                return self.inline_call(t, analysis, callee, receiver, [self.state[r] for r, _ in args],
                                        [r for r, _ in args], kind, T)
            # An inlined callee returns into the caller's accumulator slot, but a setter's result
            # is not the assignment's value, which stays in the accumulator.
            acc = self.acc
            acc_rep = self.state[acc]
            kept = acc_rep if isinstance(acc_rep, Const) else self.load_slot(acc, acc_rep)
            r = self.inline_call(t, analysis, callee, receiver, [self.state[r] for r, _ in args],
                                 [r for r, _ in args], kind, T)
            if isinstance(acc_rep, Const):
                self.state[acc] = acc_rep
            else:
                self.store_slot(acc, acc_rep, kept)
            return r
        argv = b.value("ptrtoint ptr %argv to i64")
        for k, (_, v) in enumerate(args):
            p = b.value(f"getelementptr [{self.max_argc} x i64], ptr %argv, i64 0, i64 {k}")
            b.emit(f"store i64 {v}, ptr {p}")
        r = b.value(f"call i64 @rt_call(i64 {callee}, i64 {receiver}, i64 {len(args)}, i64 {argv}, "
                    f"i64 {self.site_id()})")
        self.check_exception(r)
        return r

    # ---- Construct ----------------------------------------------------------------------------------

    def construct_plan(self, t: CallTarget):
        """(initial map, map of the constructor, index of its `prototype`) when `new` on t can
        allocate inline with the initial map, else None."""
        from interpreter.builtins.support import is_constructor
        iso = self.isolate
        sfi = t.sfi
        if t.closure is None or sfi.native is not None or sfi.class_kind == "derived" or \
                not is_constructor(iso, t.closure):
            return None
        fn_map = iso.objects.map_of(t.closure)
        index = fn_map.index.get("prototype")
        if index is None or fn_map.is_dictionary_map:   # a dictionary map has no fixed layout
            return None
        proto = iso.heap.load(iso.objects.property_address(t.closure, fn_map, index))
        if type(proto) is not int:
            return None
        initial = iso.initial_map(t.closure, sfi)
        if initial.prototype != proto:
            return None
        return initial, fn_map, index, proto

    def lower_construct(self, pc: int) -> None:
        _, callee_r, first, argc, slot = self.code[pc]
        f = self.fb[slot]
        b = self.b
        callee = self.get(callee_r, T)
        targets, generic = self.call_targets(f)
        plans = [self.construct_plan(t) for t in targets]
        if f.megamorphic or generic or not targets or None in plans:
            argv = self.spill_args(first, argc)
            self.set_acc(T, self.runtime("rt_construct", callee, str(argc), argv, self.site_id(pc)))
            return
        acc = self.acc
        saved = list(self.state)
        done = b.label("constructed")
        checkpoint = self.checkpoint
        site = self.virtual_site(pc) if len(targets) == 1 else None
        result = T
        for t, (initial, fn_map, index, proto) in zip(targets, plans):
            hit, miss = b.label("target"), b.label("nexttarget")
            ok = self.target_matches(callee, t)
            b.terminate(f"br i1 {ok}, label %{hit}, label %{miss}, !prof !1")
            self.start_arm(hit, checkpoint)
            self.state = list(saved)
            # the initial map holds while the constructor's `prototype` is the one it was made for
            fnp = self.heap_pointer(callee)
            self.guard(b.value(f"icmp eq i64 {self.field(fnp, 0)}, {fn_map.id}"), DeoptReason.WRONG_MAP)
            current = b.value(f"load i64, ptr {self.property_slot_pointer(fnp, fn_map.id, index)}")
            self.guard(b.value(f"icmp eq i64 {current}, {i64(self.embed(proto))}"),
                       DeoptReason.PROTOTYPE_CHANGED)
            if site is not None:
                result = self.virtual_construct(pc, site, t, initial, callee, first, argc)
                b.terminate(f"br label %{done}")
                self.start_arm(miss, checkpoint)
                continue
            analysis = self.plan_inline(t, first, argc, FrameKind.CONSTRUCT)
            self.note(pc, f"new {t.sfi.display_name}: allocated inline with initial map #{initial.id}")
            obj = self.tagged(self.new_object(initial.id))
            if analysis is not None:
                r = self.inline_call(t, analysis, callee, obj, [self.state[first + k] for k in range(argc)],
                                     [first + k for k in range(argc)], FrameKind.CONSTRUCT, T)
            else:
                r = self.direct_construct(pc, t, callee, obj, first, argc)
            # an object returned by the constructor replaces the receiver
            is_obj = b.value(f"icmp eq i64 {b.value(f'lshr i64 {r}, 48')}, {0xFFFA}")
            b.emit(f"store i64 {b.value(f'select i1 {is_obj}, i64 {r}, i64 {obj}')}, ptr {self.slot(acc, T)}")
            b.terminate(f"br label %{done}")
            self.start_arm(miss, checkpoint)
        self.state = list(saved)
        self.deopt(DeoptReason.WRONG_CALL_TARGET)
        b.start(done)
        self.state = saved if site is None else self.state_after_virtual
        self.state[acc] = result

    def virtual_construct(self, pc: int, site: tuple, t: CallTarget, initial, callee: str, first: int,
                          argc: int) -> Virtual:
        """`new C()` whose object escape analysis keeps virtual: no allocation, the constructor
        inlined on the virtual receiver; returns what is known of the object it made."""
        receiver = Virtual(site, initial.id)
        analysis = self.plan_inline(t, first, argc, FrameKind.CONSTRUCT, receiver)
        if analysis is None:
            raise Escapes(site, "its constructor is not inlined")
        if not all(isinstance(r, Const) and type(r.value) is not int for r in analysis.return_reps):
            raise Escapes(site, "its constructor may return another object")
        self.note(pc, f"new {t.sfi.display_name}: allocation removed (escape analysis), initial map "
                      f"#{initial.id}, its fields in SSA values")
        receiver = self.begin_virtual(site, initial.id)
        self.inline_call(t, analysis, callee, receiver, [self.state[first + k] for k in range(argc)],
                         [first + k for k in range(argc)], FrameKind.CONSTRUCT, T)
        made = set(self.last_inlined.returned_this)
        if len(made) != 1:
            raise Escapes(site, "its constructor leaves it in different shapes")
        (result,) = made
        self.state_after_virtual = self.state
        return result

    def direct_construct(self, pc: int, t: CallTarget, callee: str, obj: str, first: int, argc: int) -> str:
        """Runs the constructor on the new receiver: its optimized code when it has some, else the
        interpreter (through the runtime's call, which does not allocate again)."""
        b = self.b
        sfi = t.sfi
        argv = self.spill_args(first, argc)
        args = self.code_arguments(sfi, first, argc, argv)
        entry_p = b.value(f"inttoptr i64 {self.code_table + 8 * sfi.id} to ptr")
        code = b.value(f"load i64, ptr {entry_p}")
        has_code = b.value(f"icmp ne i64 {code}, 0")
        direct, generic, done = b.label("direct"), b.label("viaruntime"), b.label("called")
        b.terminate(f"br i1 {has_code}, label %{direct}, label %{generic}")
        b.start(direct)
        fp = b.value(f"inttoptr i64 {code} to ptr")
        arglist = ", ".join(["i64 " + callee, "i64 " + obj] + args)
        r1 = b.value(f"call preserve_nonecc i64 {fp}({arglist})")
        b.terminate(f"br label %{done}")
        b.start(generic)
        r2 = b.value(f"call i64 @rt_construct_with(i64 {callee}, i64 {obj}, i64 {argc}, i64 {argv}, "
                     f"i64 {self.site_id(pc)})")
        b.terminate(f"br label %{done}")
        b.start(done)
        r = b.value(f"phi i64 [ {r1}, %{direct} ], [ {r2}, %{generic} ]")
        self.check_exception(r)
        return r
