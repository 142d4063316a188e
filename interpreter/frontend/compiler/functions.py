"""Functions and calls -> bytecode: a function's prologue and body, closures for inner
function literals, hoisted function declarations, calls and `new`.

Place in the pipeline: one syntax family of the bytecode compiler
(compiler/__init__.py combines the families into FunctionCompiler), and where
compilation recurses: each inner function literal gets a compiler and a
SharedFunctionInfo of its own, kept in the outer one's `inner` list and
instantiated at run time by CreateClosure.
"""
from __future__ import annotations

from interpreter.bytecodes import Bytecode as B
from interpreter.objects.values import BigInt

from .. import ast as A
from .base import CompilerBase
from .function_info import CLOSURE_REGISTER, THIS_REGISTER, SharedFunctionInfo


class FunctionAndCallCompiler(CompilerBase):
    """Function bodies, closures and calls."""

    def compile_function_body(self, body: list, fn_node) -> SharedFunctionInfo:
        scope = self.scope
        self.allocate_scope(scope)
        context = self.temp() if scope.maps_arguments else None
        if scope.needs_context:
            self.enter_context(scope, context)
            for v in scope.variables.values():
                if v.location[0] != "context":
                    continue
                if v.kind == "param":
                    self.emit(B.Ldar, self.param_register(v.name))
                    self.store_var(v, v.name, init=True)
                elif v.kind == "this":
                    self.emit(B.Ldar, THIS_REGISTER)
                    self.store_var(v, v.name, init=True)
                elif v.kind == "callee":
                    self.emit(B.Ldar, CLOSURE_REGISTER)
                    self.store_var(v, v.name, init=True)
                elif v.kind == "arguments":
                    self.emit(B.Ldar, self.sfi.arguments_register)
                    self.store_var(v, v.name, init=True)
                elif v.kind == "new.target":
                    self.emit(B.Ldar, self.sfi.new_target_register)
                    self.store_var(v, v.name, init=True)
        if scope.maps_arguments:
            self.map_arguments(scope, context)
        if hasattr(fn_node, "fields_ref"):
            # A base class constructor: the instance gets its fields before anything else runs.
            args = self.temp(2)
            self.emit(B.Mov, THIS_REGISTER, args)
            self.expr(fn_node.fields_ref)
            self.emit(B.Star, args + 1)
            self.runtime("init_fields", args, 2)
            self.free(args)
        if scope.derived_ctor:
            # `new` allocated the object; `this` stays in its TDZ until super() returns it.
            self.emit(B.Ldar, THIS_REGISTER)
            self.store_var(scope.variables[".new"], ".new", init=True)
            self.emit(B.LdaTheHole)
            self.store_var(scope.variables["this"], "this", init=True)
        self.init_lexical(scope)
        self.hoist_functions(body)
        for s in body:
            self.stmt(s)
        self.load_return_undefined()
        self.emit(B.Return)
        self.sfi.register_count = self.max_reg
        return self.sfi

    def map_arguments(self, scope, context: int) -> None:
        """Links the arguments object's indexes to the parameters' context slots (a repeated
        name's earlier positions map to nothing: the last one is the parameter)."""
        n = len(self.params)
        self.sfi.mapped_arguments = frozenset(i for i, name in enumerate(self.params)
                                              if i == n - 1 - self.params[::-1].index(name))
        first = self.temp(2 + n)
        self.emit(B.Mov, self.sfi.arguments_register, first)
        self.emit(B.Mov, context, first + 1)
        for i, name in enumerate(self.params):
            slot = scope.variables[name].location[2] if i in self.sfi.mapped_arguments else -1
            self.emit(B.LdaConstant, self.const(float(slot)))
            self.emit(B.Star, first + 2 + i)
        self.runtime("map_arguments", first, 2 + n)
        self.free(first)

    def hoist_functions(self, body: list) -> None:
        for s in body:
            if isinstance(s, A.FunctionDecl):
                self.at(s)
                self.closure(s, s.name)
                self.store_var(self.info.decl_vars[(id(s), s.name)], s.name, init=True)

    def closure(self, fn, name: str | None, class_kind: str = "") -> None:
        scope = self.info.scopes[id(fn)]
        is_arrow = isinstance(fn, A.FunctionExpr) and fn.is_arrow
        # type(self) is the combined FunctionCompiler, which this module cannot import
        # (compiler/__init__.py builds it from this one)
        sub = type(self)(self.info, scope, name or "", fn.params, is_arrow=is_arrow)
        sfi = sub.sfi
        sfi.strict = fn.strict or self.sfi.strict
        sfi.is_method = fn.kind in ("method", "getter", "setter")
        sfi.has_rest = fn.rest
        sfi.class_kind = class_kind
        sfi.source_text = fn.source
        # .length: the parameters before the first one with a default (or the rest parameter)
        defaults = list(getattr(fn, "defaults", None) or []) + [None] * len(fn.params)
        length = len(fn.params) - (1 if fn.rest else 0)
        sfi.length = next((i for i in range(length) if defaults[i] is not None), length)
        sub.outer_context_scopes = self.outer_context_scopes + self.context_scopes
        sub.at(fn)
        sfi = sub.compile_function_body(fn.body, fn)
        self.sfi.inner.append(sfi)
        self.emit(B.CreateClosure, len(self.sfi.inner) - 1)

    def e_Call(self, e: A.Call) -> None:
        spread = any(isinstance(a, A.Spread) for a in e.args)
        n = 1 if spread else len(e.args)
        fn = e.callee
        member = fn.expr if isinstance(fn, A.OptionalChain) else fn
        private = isinstance(member, A.Member) and member.private
        callee = self.temp(2 + (max(n, 2) if private else n))   # o.#m needs two scratch registers
        recv = callee + 1
        if isinstance(fn, (A.Member, A.Index)):
            self.method_into(fn, recv)
        elif isinstance(fn, A.OptionalChain) and isinstance(fn.expr, (A.Member, A.Index)):
            # `(a?.b)()`: the parentheses keep the reference, so `a` is still the receiver; a
            # short-circuited chain calls undefined
            self.optional_chain(lambda: self.method_into(fn.expr, recv))
        elif isinstance(fn, A.SuperMember):
            self.super_get(fn, this_into=recv)
        else:
            self.expr(fn)
            self.emit(B.Star, callee)
            self.emit(B.LdaUndefined)
            self.emit(B.Star, recv)
            self.emit(B.Ldar, callee)
        self.emit(B.Star, callee)
        if e.optional:
            self.exit_if_nullish(callee)
        if spread:
            self.array_with_spread(e.args, arguments=True)
            self.emit(B.Star, recv + 1)
            self.at(e)
            self.runtime("call_spread", callee, 3)
        else:
            for i, a in enumerate(e.args):
                self.expr(a)
                self.emit(B.Star, recv + 1 + i)
            self.at(e)
            at = self.emit(B.Call, callee, recv, n, self.slot("call"))
            self.sfi.call_names[at] = callee_text(e.callee)
        self.free(callee)

    def method_into(self, fn, recv: int) -> None:
        """acc = the property `fn` (a member or index expression) reads, with its object left in
        register recv as the receiver of a call."""
        self.expr(fn.obj)
        self.emit(B.Star, recv)
        if fn.optional:
            self.exit_if_nullish(recv)
        self.at(fn)
        if isinstance(fn, A.Member) and fn.private:
            self.private_access(fn.name, recv, recv + 1)
        elif isinstance(fn, A.Member):
            self.emit(B.GetNamedProperty, recv, self.const(fn.name), self.slot("load"))
        else:
            self.expr(fn.key)
            self.emit(B.GetKeyedProperty, recv, self.slot("keyed_load"))

    def e_New(self, e: A.New) -> None:
        spread = any(isinstance(a, A.Spread) for a in e.args)
        n = 1 if spread else len(e.args)
        callee = self.temp(1 + n)
        self.expr(e.callee)
        self.emit(B.Star, callee)
        if spread:
            self.array_with_spread(e.args, arguments=True)
            self.emit(B.Star, callee + 1)
            self.at(e)
            self.runtime("construct_spread", callee, 2)
        else:
            for i, a in enumerate(e.args):
                self.expr(a)
                self.emit(B.Star, callee + 1 + i)
            self.at(e)
            at = self.emit(B.Construct, callee, callee + 1, n, self.slot("call"))
            self.sfi.call_names[at] = callee_text(e.callee)
        self.free(callee)


def callee_text(e) -> str:
    """The callee as V8 names it in 'x is not a function'."""
    if isinstance(e, A.Identifier):
        return e.name
    if isinstance(e, A.This):
        return "this"
    if isinstance(e, A.Member):
        return f"{callee_text(e.obj)}.{A.display_key(e.name)}"
    if isinstance(e, A.Index):
        inner = callee_text(e.obj)
        if isinstance(e.key, A.StringLit):
            return f"{inner}.{e.key.value}"
        if isinstance(e.key, A.NumberLit):
            return f"{inner}[{e.key.value!r}]" if type(e.key.value) is BigInt else f"{inner}[{e.key.value:g}]"
        return f"{inner}[...]"
    if isinstance(e, A.Call):
        return f"{callee_text(e.callee)}(...)"
    return "(intermediate value)"
