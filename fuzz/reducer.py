"""Shrinks a failing generated program while the same failure persists.

The program is a `jsast` tree, so every candidate is well formed: the reducer deletes
statements (whole functions included, in chunks first, then one by one), unwraps blocks,
branches and loops, removes call arguments and unused parameters, simplifies
expressions to one of their operands, and lowers loop counts. A candidate is kept when
`still_fails(text)` says the failure is the same kind of failure (the same mode failing
the same way, with a reference that still runs cleanly). Statements marked `keep` (a
recursion's base case) are never removed, so candidates terminate.

`still_fails` is given by the caller (`make_oracle` builds the usual one), which keeps
this module independent of how programs are run.
"""
from __future__ import annotations

import copy
import re
import time
from pathlib import Path
from collections.abc import Callable

from . import jsast as J
from .runner import PASS, node_path, reference_ok, run_node, run_worker, verdict


class BudgetExhausted(Exception):
    pass


class Reducer:
    def __init__(self, program: J.Program, still_fails: Callable[[str], bool],
                 budget_seconds: float = 300.0, log: Callable[[str], None] | None = None):
        self.best = program
        self.still_fails = still_fails
        self.deadline = time.monotonic() + budget_seconds
        self.log = log or (lambda message: None)
        self.tests = 0
        self.cache: dict[str, bool] = {}

    # ---- trying a candidate ------------------------------------------------------------------

    def try_candidate(self, candidate: J.Program) -> bool:
        text = J.program_text(candidate)
        if text in self.cache:
            return self.cache[text]
        if time.monotonic() > self.deadline:
            raise BudgetExhausted
        self.tests += 1
        ok = self.still_fails(text)
        self.cache[text] = ok
        if ok:
            self.best = candidate
            self.log(f"reduced to {text.count(chr(10))} lines")
        return ok

    # ---- passes ------------------------------------------------------------------------------

    def delete_statements(self) -> bool:
        """Chunk deletion in each statement list, outermost first (a list's chunks halve
        down to single statements)."""
        progress = False
        n_list = 0
        while True:
            lists = J.statement_lists(self.best, into_kept=False)
            if n_list >= len(lists):
                return progress
            removable = [k for k, s in enumerate(lists[n_list]) if not s.keep]
            chunk = max(1, len(removable) // 2)
            while chunk >= 1 and removable:
                start = 0
                while start < len(removable):
                    victims = set(removable[start:start + chunk])
                    candidate = copy.deepcopy(self.best)
                    target = J.statement_lists(candidate, into_kept=False)[n_list]
                    target[:] = [s for k, s in enumerate(target) if k not in victims]
                    if self.try_candidate(candidate):
                        progress = True
                        lst = J.statement_lists(self.best, into_kept=False)[n_list]
                        removable = [k for k, s in enumerate(lst) if not s.keep]
                        # Indices after the deleted chunk shift down: retry at the same place.
                    else:
                        start += chunk
                chunk //= 2
            n_list += 1

    def unwrap(self) -> bool:
        """Replaces a compound statement by its body (a branch's, a loop's, a block's or a
        try's) in the enclosing list, or a try by itself without its catch or finally clause."""
        progress = False
        n = 0
        while True:
            sites = self._compound_sites(self.best)
            if n >= len(sites):
                return progress
            n_list, k, stmt = sites[n]
            for replacement in self._unwrappings(stmt):
                candidate = copy.deepcopy(self.best)
                lst = J.statement_lists(candidate, into_kept=False)[n_list]
                lst[k:k + 1] = copy.deepcopy(replacement)
                if self.try_candidate(candidate):
                    progress = True
                    break
            else:
                n += 1

    @staticmethod
    def _compound_sites(program):
        sites = []
        for n_list, lst in enumerate(J.statement_lists(program, into_kept=False)):
            for k, s in enumerate(lst):
                if not s.keep and isinstance(s, (J.If, J.For, J.ForOf, J.While, J.Block, J.Try)):
                    sites.append((n_list, k, s))
        return sites

    @staticmethod
    def _unwrappings(s: J.Stmt) -> list[list[J.Stmt]]:
        if isinstance(s, J.If):
            out = [s.then]
            if s.other:
                out.append(s.other)
                out.append([J.If(s.test, s.then)])
            return out
        if isinstance(s, J.For):
            start = J.VarDecl("let", s.var, s.start)
            return [[start] + s.body, [J.Block([start] + s.body)]]
        if isinstance(s, J.While):
            return [[J.VarDecl("let", s.var, J.Lit(str(s.count)))] + s.body]
        if isinstance(s, J.Block):
            return [s.body]
        if isinstance(s, J.ForOf):
            # One pass of the body over the first element (an iterable that is not indexable
            # makes an invalid candidate, which the oracle rejects).
            first = J.VarDecl(s.kind, s.target, J.Index(s.iterable, J.Lit("0")))
            return [[J.Block([first] + s.body)]]
        if isinstance(s, J.Try):
            out = [s.body + (s.finalizer or [])]
            if s.handler is not None and s.finalizer is not None:
                # Without the finally clause, or without the catch clause.
                out.append([J.Try(s.body, s.param, s.handler)])
                out.append([J.Try(s.body, None, None, s.finalizer)])
            return out
        return []

    def inline_drivers(self) -> bool:
        """`function f() { body } f();` becomes `body` (drivers the generator wrapped)."""
        progress = False
        n = 0
        while True:
            sites = []
            for n_list, lst in enumerate(J.statement_lists(self.best, into_kept=False)):
                for k in range(len(lst) - 1):
                    s, nxt = lst[k], lst[k + 1]
                    if (isinstance(s, J.FuncDecl) and not s.params and isinstance(nxt, J.ExprStmt)
                            and isinstance(nxt.expr, J.Call) and not nxt.expr.args
                            and isinstance(nxt.expr.callee, J.Lit) and nxt.expr.callee.text == s.name):
                        sites.append((n_list, k))
            if n >= len(sites):
                return progress
            n_list, k = sites[n]
            candidate = copy.deepcopy(self.best)
            lst = J.statement_lists(candidate, into_kept=False)[n_list]
            lst[k:k + 2] = lst[k].body
            if self.try_candidate(candidate):
                progress = True
            else:
                n += 1

    def remove_arguments(self) -> bool:
        """Drops parameters a function never uses (with their arguments at every call by
        name), then single arguments of calls (a missing argument is just undefined)."""
        progress = False
        n = 0
        while True:
            funcs = [x for x in J.all_nodes(self.best) if isinstance(x, J.FuncDecl)]
            if n >= len(funcs):
                break
            f = funcs[n]
            body_text = "".join(J.stmt_text(s, 0) for s in f.body)
            unused = [k for k, p in enumerate(f.params) if not re.search(rf"\b{re.escape(p)}\b", body_text)]
            changed = False
            for k in reversed(unused):
                candidate = copy.deepcopy(self.best)
                cf = [x for x in J.all_nodes(candidate) if isinstance(x, J.FuncDecl)][n]
                del cf.params[k]
                for c in J.all_nodes(candidate):
                    if (isinstance(c, (J.Call, J.New)) and isinstance(c.callee, J.Lit)
                            and c.callee.text == cf.name and len(c.args) > k):
                        del c.args[k]
                if self.try_candidate(candidate):
                    progress = changed = True
                    break
            if not changed:
                n += 1
        n = 0
        while True:
            calls = [(i, x) for i, x in enumerate(J.all_nodes(self.best))
                     if isinstance(x, (J.Call, J.New)) and x.args]
            if n >= len(calls):
                return progress
            pos, c = calls[n]
            changed = False
            for k in reversed(range(len(c.args))):
                candidate = copy.deepcopy(self.best)
                del J.all_nodes(candidate)[pos].args[k]
                if self.try_candidate(candidate):
                    progress = changed = True
                    break
            if not changed:
                n += 1

    def simplify_expressions(self) -> bool:
        """Replaces an expression by one of its operands (or a branch of a conditional)."""
        progress = False
        n = 0
        while True:
            slots = self._expression_slots(self.best)
            if n >= len(slots):
                return progress
            owner_pos, key, e = slots[n]
            changed = False
            for replacement in self._simpler(e):
                candidate = copy.deepcopy(self.best)
                owner = J.all_nodes(candidate)[owner_pos]
                J.replace_child(owner, key, copy.deepcopy(replacement))
                if self.try_candidate(candidate):
                    progress = changed = True
                    break
            if not changed:
                n += 1

    @staticmethod
    def _expression_slots(program):
        slots = []
        kept = set()   # nodes inside a kept statement: a base case's test stays as it is
        for node in J.all_nodes(program):
            if isinstance(node, J.Stmt) and node.keep:
                kept.update(id(x) for x in J.all_nodes(node))
        for pos, node in enumerate(J.all_nodes(program)):
            if id(node) in kept:
                continue
            for _, key, child in J.children(node):
                if isinstance(child, (J.Bin, J.Un, J.Cond)) or (
                        isinstance(child, J.Call) and isinstance(child.callee, J.Member)
                        and isinstance(child.callee.obj, J.Lit) and child.callee.obj.text == "Math"):
                    # Assignment targets stay what they are.
                    if isinstance(node, (J.Assign, J.Update)) and key == "target":
                        continue
                    slots.append((pos, key, child))
        return slots

    @staticmethod
    def _simpler(e: J.Expr) -> list[J.Expr]:
        if isinstance(e, J.Bin):
            return [e.left, e.right]
        if isinstance(e, J.Un):
            return [e.operand]
        if isinstance(e, J.Cond):
            return [e.then, e.other]
        if isinstance(e, J.Call):
            return list(e.args[:2])
        return []

    def lower_counts(self) -> bool:
        """Halves loop counts while the failure persists (fewer iterations: faster, and it
        shows how hot code must be to fail)."""
        progress = False
        n = 0
        while True:
            loops = [x for x in J.all_nodes(self.best) if isinstance(x, (J.For, J.While))]
            if n >= len(loops):
                return progress
            loop = loops[n]
            count = loop.count if isinstance(loop, J.While) else _int_literal(loop.limit)
            if count is None or count <= 1:
                n += 1
                continue
            candidate = copy.deepcopy(self.best)
            cl = [x for x in J.all_nodes(candidate) if isinstance(x, (J.For, J.While))][n]
            if isinstance(cl, J.While):
                cl.count = count // 2
            else:
                cl.limit = J.Lit(str(count // 2))
            if self.try_candidate(candidate):
                progress = True
            else:
                n += 1

    # ---- driving -----------------------------------------------------------------------------

    def reduce(self) -> J.Program:
        passes = [self.delete_statements, self.inline_drivers, self.unwrap, self.delete_statements,
                  self.remove_arguments, self.simplify_expressions, self.lower_counts]
        try:
            while True:
                before = J.program_text(self.best)
                for p in passes:
                    p()
                if J.program_text(self.best) == before:
                    break
        except BudgetExhausted:
            self.log("reduction budget used up")
        return self.best


def _int_literal(e) -> int | None:
    if isinstance(e, J.Lit) and e.text.isdigit():
        return int(e.text)
    return None


def make_oracle(failing_mode: str, expected: str, against: str, workdir: Path, timeout: float,
                modes_in_child: list[str] | None = None, break_builtin: str | None = None):
    """still_fails(text) for the Reducer: the program is written to workdir and run in the
    reference and in failing_mode (alone in its child, or with modes_in_child); it still
    fails if the reference runs cleanly and the mode's verdict equals expected."""
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / "candidate.js"
    child_modes = list(modes_in_child or [failing_mode])
    if against == "jitless" and "jitless" not in child_modes:
        child_modes.insert(0, "jitless")

    def still_fails(text: str) -> bool:
        path.write_text(text, encoding="utf-8")
        if against == "node":
            reference = run_node(str(path), timeout)
            # An invalid candidate (a name deleted with its declaration) is not the failure.
            if not reference_ok(reference):
                return False
        outcomes = {m: o for (_, m), o in run_worker([str(path)], child_modes, timeout, break_builtin).items()}
        if against == "jitless":
            reference = outcomes["jitless"]
            if not reference_ok(reference) and failing_mode != "jitless":
                return False
            if failing_mode == "jitless":
                o = outcomes["jitless"]
                v = "timeout" if o.timed_out else (f"crash: {o.crash}" if o.crash else PASS)
                return v == expected
        return verdict(outcomes[failing_mode], reference) == expected

    return still_fails


def reduce_failure(program: J.Program, failing_mode: str, expected: str, against: str,
                   workdir: Path, timeout: float, all_modes: list[str], budget_seconds: float,
                   break_builtin: str | None = None, log=None) -> tuple[J.Program | None, int]:
    """Reduces a failing program; returns (the smallest program, tests run), or (None, tests)
    when the failure does not reproduce."""
    if against == "node" and node_path() is None:
        against = "jitless"
    oracle = make_oracle(failing_mode, expected, against, workdir, timeout, break_builtin=break_builtin)
    text = J.program_text(program)
    tests = 1
    if not oracle(text):
        # Maybe it needs the other modes to have run first in the same process.
        oracle = make_oracle(failing_mode, expected, against, workdir, timeout, all_modes, break_builtin)
        tests += 1
        if not oracle(text):
            return None, tests
    reducer = Reducer(program, oracle, budget_seconds, log)
    reducer.cache[text] = True
    best = reducer.reduce()
    return best, tests + reducer.tests

