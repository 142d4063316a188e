"""Bytecode compiler: AST plus scope analysis -> one SharedFunctionInfo per function literal.

Place in the pipeline: the last stage of the front end (lexer -> parser ->
scopes -> compiler); the isolate registers what `compile_program` returns and
the interpreter runs it.

The register file of a frame is laid out as r0 = `this`, r1 = the closure being
run, r2.. = the parameters, then the locals that live in registers, then
temporaries allocated stack-wise. Expressions leave their value in the
accumulator. Every property access, arithmetic, comparison, call and global
site gets a feedback slot; the slot kinds are decided here, the feedback itself
is gathered by the interpreter.

A FunctionCompiler compiles one function literal. Its methods come in
families, one module each, on a base that owns the per-function state:

    base.py           instructions, jump patching, constants, feedback slots,
                      temporary registers, where each variable lives
    statements.py     statements and control flow: loops, switch, labels,
                      break/continue/return through try/finally
    expressions.py    operators, tests that jump, property reads, optional chains
    assignments.py    assignments and ++/--
    functions.py      function bodies, closures, hoisting, calls and `new`
    literals.py       array and object literals, spread, property keys
    classes.py        classes and `super`
    function_info.py  SharedFunctionInfo (the result), the fixed registers,
                      iter_functions
"""
from __future__ import annotations

from .. import ast as A
from ..scopes import analyze
from .assignments import AssignmentCompiler
from .classes import ClassCompiler
from .expressions import ExpressionCompiler
from .function_info import (CLOSURE_REGISTER, FIRST_PARAM_REGISTER, THIS_REGISTER, SharedFunctionInfo,
                            iter_functions)
from .functions import FunctionAndCallCompiler
from .literals import LiteralCompiler
from .statements import StatementCompiler

__all__ = ["CLOSURE_REGISTER", "FIRST_PARAM_REGISTER", "THIS_REGISTER", "FunctionCompiler", "SharedFunctionInfo",
           "compile_program", "iter_functions"]


class FunctionCompiler(StatementCompiler, ExpressionCompiler, AssignmentCompiler, FunctionAndCallCompiler,
                       LiteralCompiler, ClassCompiler):
    """Compiles one function literal (or the script) into its SharedFunctionInfo: `compile_function_body`."""


def compile_program(program: A.Program) -> SharedFunctionInfo:
    """Compiles a whole script; the result is the script's top-level function."""
    info = analyze(program)
    scope = info.scopes[id(program)]
    fc = FunctionCompiler(info, scope, "", [], is_script=True)
    fc.sfi.strict = program.strict
    fc.script_may_return = program.commonjs
    fc.sfi.script_names = info.script_names   # module-scope names: not on globalThis
    fc.sfi.script_globals = info.script_globals
    return fc.compile_function_body(program.body, program)
