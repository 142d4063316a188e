"""Classes -> bytecode: class declarations and expressions, their members and fields, and `super`.

Place in the pipeline: one syntax family of the bytecode compiler
(compiler/__init__.py combines the families into FunctionCompiler). A class is
built at run time by intrinsics: define_class makes the constructor and its
prototype, define_method/define_field add the members, and init_fields gives
each instance its private methods and accessors, then its fields, from the
class's hidden `.fields` list. super() and super.x go through intrinsics too,
with the class's home object.
"""
from __future__ import annotations

from interpreter.bytecodes import Bytecode as B
from interpreter.intrinsics import GETTER, METHOD, SETTER

from .. import ast as A
from .base import CompilerBase


class ClassCompiler(CompilerBase):
    """Class definitions, super() and super.x."""

    def s_ClassDecl(self, s: A.ClassDecl) -> None:
        self.e_ClassExpr(s.cls, s.name)
        self.store_var(self.info.decl_vars[(id(s), s.name)], s.name, init=True)

    def e_ClassExpr(self, e: A.ClassExpr, name_hint: str | None = None) -> None:
        scope = self.info.scopes[id(e)]
        self.allocate_scope(scope)
        if scope.needs_context:
            self.enter_context(scope)
        self.init_lexical(scope)
        name = e.name or name_hint or ""
        args = self.temp(4)                # [constructor, parent] then [home, key, fn, kind]
        if e.superclass is not None:
            self.expr(e.superclass)
            self.emit(B.Star, args + 1)
            self.store_var(scope.variables[".parent"], ".parent", init=True)
        else:
            self.emit(B.LdaTheHole)
            self.emit(B.Star, args + 1)
        self.closure(e.constructor, name, class_kind="derived" if e.superclass is not None else "base")
        self.sfi.inner[-1].source_text = e.source     # a class's toString is the class's text
        self.emit(B.Star, args)
        self.store_var(scope.variables[".shome"], ".shome", init=True)
        self.at(e)
        self.runtime("define_class", args, 2)
        self.store_var(scope.variables[".home"], ".home", init=True)
        ctor, proto = self.temp(), self.temp()
        self.emit(B.Star, proto)
        self.emit(B.Mov, args, ctor)
        # .fields = [kind, key, value, ...]: what each instance gets, private methods and
        # accessors first (`value` the function), then fields in order (`value` the
        # initializer). Keys are evaluated once, at class definition.
        fields = [m for m in e.members if A.instance_initialized(m) and m.kind != "field"] + \
                 [m for m in e.members if m.kind == "field" and not m.static]
        if fields:
            first = self.temp(3 * len(fields))
            for i, m in enumerate(fields):
                self.emit(B.LdaConstant, self.const(m.kind))
                self.emit(B.Star, first + 3 * i)
                self.load_key(m.key, m.key_expr)
                self.emit(B.Star, first + 3 * i + 1)
                self.closure(m.value, A.display_key(m.key) if m.kind in ("field", "method") else None)
                self.emit(B.Star, first + 3 * i + 2)
            self.emit(B.CreateArrayLiteral, first, 3 * len(fields))
            self.store_var(scope.variables[".fields"], ".fields", init=True)
            self.free(first)
        for m in e.members:
            if m.kind in ("field", "static_block") or A.instance_initialized(m):
                continue
            self.emit(B.Mov, ctor if m.static else proto, args)
            self.load_key(m.key, m.key_expr)
            self.emit(B.Star, args + 1)
            self.closure(m.value, A.display_key(m.key) if m.kind == "method" else None)
            self.emit(B.Star, args + 2)
            kind = {"method": METHOD, "getter": GETTER, "setter": SETTER}[m.kind]
            self.emit(B.LdaConstant, self.const(kind))
            self.emit(B.Star, args + 3)
            self.at(m)
            self.runtime("define_method", args, 4)
        if e.name:
            # The inner binding is initialized before static fields run (they may use it).
            self.emit(B.Ldar, ctor)
            self.store_var(scope.variables[e.name], e.name, init=True)
        for m in e.members:
            if not m.static or m.kind not in ("field", "static_block"):
                continue
            # A static initializer runs as a method of the class: `this` is the class.
            call = self.temp(2)
            if m.kind == "field":
                self.load_key(m.key, m.key_expr)
                self.emit(B.Star, args + 1)
            self.closure(m.value, A.display_key(m.key))
            self.emit(B.Star, call)
            self.emit(B.Mov, ctor, call + 1)
            self.at(m)
            self.emit(B.Call, call, call + 1, 0, self.slot("call"))
            self.free(call)
            if m.kind == "field":
                self.emit(B.Star, args + 2)
                self.emit(B.Mov, ctor, args)
                self.runtime("define_field", args, 3)
        self.emit(B.Ldar, ctor)
        if scope.needs_context:
            self.leave_context()
        self.emit(B.Ldar, ctor)
        self.free(args)

    def e_SuperCall(self, e: A.SuperCall) -> None:
        spread = any(isinstance(a, A.Spread) for a in e.args)
        n = 1 if spread else len(e.args)
        first = self.temp(2 + n)
        self.expr(e.home_ref)
        self.emit(B.Star, first)
        self.expr(e.new_ref)
        self.emit(B.Star, first + 1)
        if spread:
            self.array_with_spread(e.args, arguments=True)
            self.emit(B.Star, first + 2)
        else:
            for i, a in enumerate(e.args):
                self.expr(a)
                self.emit(B.Star, first + 2 + i)
        self.at(e)
        self.runtime("super_call_spread" if spread else "super_call", first, 2 + n)
        # `this` is bound once: a second super() runs the parent constructor, then throws
        self.emit(B.Star, first + 1)
        this = self.info.references[id(e.this_ref)].variable
        self.load_var(this, "this", False)
        self.emit(B.Star, first)
        self.runtime("bind_this", first, 2)
        self.store_var(this, "this", init=True)
        if hasattr(e, "fields_ref"):
            self.emit(B.Star, first)
            self.expr(e.fields_ref)
            self.emit(B.Star, first + 1)
            self.runtime("init_fields", first, 2)
        self.free(first)

    def super_get(self, e: A.SuperMember, this_into: int | None = None) -> None:
        """acc = super[key] (this_into: also leave `this` in that register, for a call)."""
        first = self.temp(3)
        self.expr(e.home_ref)
        self.emit(B.Star, first)
        self.load_key(e.name, e.key)
        self.emit(B.Star, first + 1)
        self.expr(e.this_ref)
        self.emit(B.Star, first + 2)
        if this_into is not None:
            self.emit(B.Star, this_into)
        self.at(e)
        self.runtime("super_get", first, 3)
        self.free(first)

    def e_SuperMember(self, e: A.SuperMember) -> None:
        self.super_get(e)
