"""Array and object literals -> bytecode, with spread elements and computed property keys.

Place in the pipeline: one syntax family of the bytecode compiler
(compiler/__init__.py combines the families into FunctionCompiler). An array
without spread is made by CreateArrayLiteral from its elements in registers, an
object by CreateObjectLiteral and a DefineNamedOwnProperty per plain named
property; spread, computed keys, accessors and `__proto__:` go through
intrinsics (CallRuntime). Calls, `new` and super() build their spread argument
lists here too.
"""
from __future__ import annotations

from interpreter.bytecodes import Bytecode as B
from interpreter.intrinsics import GETTER, SETTER

from .. import ast as A
from .base import CompilerBase


class LiteralCompiler(CompilerBase):
    """Array and object literals, spread arrays and property keys."""

    def e_ArrayLit(self, e: A.ArrayLit) -> None:
        if any(isinstance(x, A.Spread) for x in e.elements):
            self.array_with_spread(e.elements)
            return
        n = len(e.elements)
        first = self.temp(n)
        for i, x in enumerate(e.elements):
            if x is None:
                self.emit(B.LdaTheHole)   # a hole: `[1, , 3]`
            else:
                self.expr(x)
            self.emit(B.Star, first + i)
        self.at(e)
        self.emit(B.CreateArrayLiteral, first, n)
        self.free(first)

    def array_with_spread(self, elements: list, arguments: bool = False) -> None:
        """acc = an array of the elements, each `...x` contributing every value of x. For a call's
        arguments the not-iterable message depends on whether `...x` is the only spread and last
        (V8's CallWithSpread), so the intrinsic is told."""
        prefix = 0
        while prefix < len(elements) and not isinstance(elements[prefix], A.Spread):
            prefix += 1
        spreads = [x for x in elements if isinstance(x, A.Spread)]
        final_only = len(spreads) == 1 and elements[-1] is spreads[0]
        first = self.temp(max(prefix, 3))
        for i in range(prefix):
            if elements[i] is None:
                self.emit(B.LdaTheHole)
            else:
                self.expr(elements[i])
            self.emit(B.Star, first + i)
        self.emit(B.CreateArrayLiteral, first, prefix)
        self.emit(B.Star, first)
        for x in elements[prefix:]:
            if x is None:
                self.emit(B.LdaTheHole)
            else:
                self.expr(x.expr if isinstance(x, A.Spread) else x)
            self.emit(B.Star, first + 1)
            self.at(x)
            if not isinstance(x, A.Spread):
                self.runtime("append", first, 2)
                continue
            if arguments:
                self.emit(B.LdaTrue if final_only else B.LdaFalse)
            else:
                self.emit(B.LdaConstant, self.const(x.text))
            self.emit(B.Star, first + 2)
            self.runtime("spread_arguments" if arguments else "spread_into", first, 3)
        self.free(first)

    def e_ObjectLit(self, e: A.ObjectLit) -> None:
        simple = all(p.kind == "init" and p.computed is None for p in e.properties)
        # with methods: a scope whose hidden binding holds the object (their super's home)
        scope = self.info.scopes.get(id(e))
        if scope is not None:
            self.allocate_scope(scope)
            if scope.needs_context:
                self.enter_context(scope)
        args = self.temp(1 if simple else 4)      # [object, key, value, kind] for the intrinsics
        keys = {p.key for p in e.properties if p.kind == "init" and p.computed is None}
        self.emit(B.CreateObjectLiteral, len(keys))
        self.emit(B.Star, args)
        if scope is not None:
            self.store_var(scope.variables[".ohome"], ".ohome", init=True)
        for p in e.properties:
            self.at(p)
            if p.kind == "init" and p.computed is None:
                self.expr(p.value, name_hint=p.key)
                self.at(p)
                self.emit(B.DefineNamedOwnProperty, args, self.const(p.key), self.slot("store"))
                continue
            if p.kind == "spread" or p.kind == "proto":
                self.expr(p.value)
                self.emit(B.Star, args + 1)
                self.runtime("copy_data_properties" if p.kind == "spread" else "set_literal_prototype", args, 2)
                continue
            self.load_key(p.key, p.computed)
            self.emit(B.Star, args + 1)
            # an accessor is named by define_accessor ("get g"), a value by its key
            self.expr(p.value, name_hint=p.key if p.kind == "init" else None)
            self.emit(B.Star, args + 2)
            if p.kind == "init":
                self.runtime("define_field", args, 3)
            else:
                self.emit(B.LdaConstant, self.const(GETTER if p.kind == "get" else SETTER))
                self.emit(B.Star, args + 3)
                self.runtime("define_accessor", args, 4)
        if scope is not None and scope.needs_context:
            self.leave_context()
        self.emit(B.Ldar, args)
        self.free(args)

    def load_key(self, key: str | None, computed) -> None:
        """acc = a property key: the name, or the computed key expression's value."""
        if computed is not None:
            self.expr(computed)
        else:
            self.emit(B.LdaConstant, self.const(key))
