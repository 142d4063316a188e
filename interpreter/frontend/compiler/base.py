"""The bytecode compiler's base: the per-function state that every syntax family shares.

Place in the pipeline: under the compiler's statement, expression, assignment,
function, literal and class modules, which compiler/__init__.py combines into
FunctionCompiler. It owns the SharedFunctionInfo being filled and hands out its
resources: instructions (checked against the bytecode table as they are
emitted, each with its source position; forward jumps are patched once their
target is known), deduplicated constants, feedback slots, temporary registers
(allocated stack-wise) and the storage of variables, which scope analysis
leaves to this stage: a register, a slot of the scope's context, or a global.
"""
from __future__ import annotations

from interpreter.bytecodes import Bytecode as B, check
from interpreter.intrinsics import INTRINSIC_IDS

from ..scopes import Scope, ScopeInfo, Variable
from .function_info import CLOSURE_REGISTER, FIRST_PARAM_REGISTER, THIS_REGISTER, SharedFunctionInfo


class CompilerBase:
    """One function literal being compiled: its code, registers, constants, slots and variables."""

    # The context scopes of the enclosing functions, outermost first: closure() gives an inner
    # function's compiler its own list; the script's stays this empty one.
    outer_context_scopes: list[Scope] = []

    def __init__(self, info: ScopeInfo, scope: Scope, name: str, params: list[str],
                 is_script: bool = False, is_arrow: bool = False):
        self.info = info
        self.scope = scope
        self.sfi = SharedFunctionInfo(name, len(params), is_script=is_script, is_arrow=is_arrow)
        self.script_may_return = False    # a CommonJS module's top level (compile_program)
        self.sfi.register_names.update({THIS_REGISTER: "this", CLOSURE_REGISTER: "<closure>"})
        self.sfi.register_names.update({FIRST_PARAM_REGISTER + i: p for i, p in enumerate(params)})
        self.params = params
        self.next_reg = FIRST_PARAM_REGISTER + len(params)
        self.max_reg = self.next_reg
        self.targets: list = []   # statements that jumps can leave through (statements._Target)
        self.pending_labels: list[str] = []   # labels for the loop about to be compiled
        self.nullish_exits: list[int] | None = None   # jumps out of the optional chain being compiled
        # Registers holding the saved outer context, one per context pushed so far.
        self.context_stack: list[int] = []
        # Scopes with a context, innermost last, to compute context depths.
        self.context_scopes: list[Scope] = []
        self.line = scope.node.line if scope.node is not None else 1
        self.col = scope.node.col if scope.node is not None else 1
        self._const_index: dict = {}

    # ---- emission -----------------------------------------------------------------

    def emit(self, *instr) -> int:
        check(instr)
        self.sfi.code.append(instr)
        self.sfi.positions.append((self.line, self.col))
        return len(self.sfi.code) - 1

    def here(self) -> int:
        return len(self.sfi.code)

    def patch(self, at: int, target: int) -> None:
        op, *rest = self.sfi.code[at]
        rest[-1] = target
        self.sfi.code[at] = (op, *rest)

    def const(self, v) -> int:
        key = (type(v), v if not (isinstance(v, float) and v == 0.0) else str(v))
        if isinstance(v, float) and v != v:
            key = (float, "nan")
        i = self._const_index.get(key)
        if i is None:
            i = len(self.sfi.constants)
            self.sfi.constants.append(v)
            self._const_index[key] = i
        return i

    def slot(self, kind: str) -> int:
        self.sfi.feedback_kinds.append(kind)
        return len(self.sfi.feedback_kinds) - 1

    def runtime(self, name: str, first: int, count: int) -> int:
        return self.emit(B.CallRuntime, INTRINSIC_IDS[name], first, count)

    def temp(self, n: int = 1) -> int:
        r = self.next_reg
        self.next_reg += n
        self.max_reg = max(self.max_reg, self.next_reg)
        return r

    def free(self, r: int) -> None:
        self.next_reg = r

    def at(self, node) -> None:
        self.line, self.col = node.line, node.col

    # ---- storage --------------------------------------------------------------------

    def allocate_scope(self, scope: Scope) -> None:
        """Gives each variable of a scope its location; captured ones share the scope's context."""
        for v in scope.variables.values():
            if v.location is not None:
                continue
            if scope.kind == "script" and v.kind != "this" and not v.name.startswith("%"):
                # (the temporaries of desugared code live in registers, even at the top level)
                v.location = ("global", v.name)
            elif v.kind == "this":
                v.location = ("reg", THIS_REGISTER) if not v.captured else None
            elif v.kind == "callee":
                v.location = ("reg", CLOSURE_REGISTER) if not v.captured else None
            elif v.kind == "param" and not v.captured:
                v.location = ("reg", self.param_register(v.name))
            elif v.kind == "arguments":
                # The interpreter puts the arguments object in this register on entry.
                self.sfi.arguments_register = self.temp()
                v.location = ("reg", self.sfi.arguments_register) if not v.captured else None
            elif v.kind == "new.target":
                # ... and new.target in this one.
                self.sfi.new_target_register = self.temp()
                v.location = ("reg", self.sfi.new_target_register) if not v.captured else None
                self.sfi.register_names[self.sfi.new_target_register] = "new.target"
            elif not v.captured:
                v.location = ("reg", self.temp())
            if v.location is None:
                v.location = ("context", scope, scope.context_slots)
                scope.context_slots += 1
            elif v.location[0] == "reg":
                self.sfi.register_names.setdefault(v.location[1], v.name)

    def param_register(self, name: str) -> int:
        """Where a parameter arrives; of a repeated name (sloppy `function f(a, a)`), the last."""
        return FIRST_PARAM_REGISTER + len(self.params) - 1 - self.params[::-1].index(name)

    def init_lexical(self, scope: Scope) -> None:
        """let/const start in the temporal dead zone; context slots and globals must hold the hole."""
        for v in scope.variables.values():
            if v.is_lexical:
                self.emit(B.LdaTheHole)
                self.store_var(v, v.name, init=True)
            elif v.kind == "var" and scope.kind == "script":
                self.emit(B.LdaUndefined)   # declares the global cell
                self.store_var(v, v.name, init=True)

    def enter_context(self, scope: Scope, keep: int | None = None) -> None:
        """Makes scope's context the current one (`keep`: a register that also gets it)."""
        self.emit(B.CreateFunctionContext, scope.context_slots)
        if keep is not None:
            self.emit(B.Star, keep)
        saved = self.temp()
        self.emit(B.PushContext, saved)
        self.context_stack.append(saved)
        self.context_scopes.append(scope)

    def leave_context(self) -> None:
        saved = self.context_stack.pop()
        self.context_scopes.pop()
        self.emit(B.PopContext, saved)

    def context_depth(self, scope: Scope) -> int:
        """How many parent links from the current context to `scope`'s context."""
        depth = 0
        for s in reversed(self.context_scopes):
            if s is scope:
                return depth
            depth += 1
        # The scope belongs to an enclosing function: continue through its contexts.
        outer = self.outer_context_scopes
        for s in reversed(outer):
            if s is scope:
                return depth
            depth += 1
        raise AssertionError(f"context of {scope.kind} scope not found")

    def load_var(self, v: Variable | None, name: str, hole_check: bool) -> None:
        if v is None:
            self.emit(B.LdaGlobal, self.const(name), self.slot("global"))
            return
        loc = v.location
        if loc[0] == "reg":
            self.emit(B.Ldar, loc[1])
        elif loc[0] == "context":
            self.emit(B.LdaContextSlot, self.context_depth(loc[1]), loc[2])
        else:
            self.emit(B.LdaGlobal, self.const(name), self.slot("global"))
            return  # the global load itself checks the hole
        if hole_check:
            self.emit(B.ThrowReferenceErrorIfHole, self.const(name))

    def store_var(self, v: Variable | None, name: str, init: bool = False,
                  hole_check: bool = False) -> None:
        """Stores the accumulator into a variable (init: the declaration's own store)."""
        if v is not None and not init:
            if hole_check:
                # Assigning a let before its declaration is a TDZ error too.
                tmp = self.temp()
                self.emit(B.Star, tmp)
                self.load_var(v, name, True)
                self.emit(B.Ldar, tmp)
                self.free(tmp)
            if v.kind == "const":
                self.emit(B.ThrowConstAssignError)
                return
            if v.kind == "callee":
                # a named function expression's own name is read-only (ignored in sloppy mode)
                if self.sfi.strict:
                    self.emit(B.ThrowConstAssignError)
                return
        if v is None:
            if self.sfi.strict:
                # Strict code may not create a global by assigning it: load it first, which
                # throws the ReferenceError when it does not exist.
                tmp = self.temp()
                self.emit(B.Star, tmp)
                self.emit(B.LdaGlobal, self.const(name), self.slot("global"))
                self.emit(B.Ldar, tmp)
                self.free(tmp)
            self.emit(B.StaGlobal, self.const(name), self.slot("global"))
            return
        loc = v.location
        if loc[0] == "reg":
            self.emit(B.Star, loc[1])
        elif loc[0] == "context":
            self.emit(B.StaContextSlot, self.context_depth(loc[1]), loc[2])
        else:
            self.emit(B.StaGlobal, self.const(name), self.slot("global"))
