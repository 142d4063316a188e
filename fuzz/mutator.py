"""Mutation fuzzing: programs made by breaking the corpus's scripts a little (`bailout fuzz --mutate`).

Place in the fuzzer: the generator (generator.py) writes valid programs aimed at the tier; this
module writes mostly *invalid* or unusual ones, which is where a parser, a compiler or a
built-in meets input it was not written for. A mutant is a corpus script with one to three
token-level or line-level edits (a token deleted, duplicated or replaced by another of its
kind or by an edge value, an operator swapped, a keyword inserted, a line deleted, duplicated
or moved, the text cut short). The oracle is robustness first: in no mode may the engine
crash, show a Python traceback or report an internal error, whatever the input. Where node
and a mode both end the same way (0 or 1), their stdouts must agree too; a mutant node runs
and the engine rejects (a feature outside the subset, an early error the subset does not
make) is counted as "differs", not a failure.

Everything here is a pure function of (corpus, seed, index), so `--show` prints a mutant again.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from .runner import CRASH, MISMATCH, PASS, TIMEOUT, Outcome

DIFFERS = "differs"      # node and the mode ended differently (0 against 1): not a failure here

_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<string>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`)
  | (?P<number>0[xXoObB][0-9a-fA-F_]+n?|(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?n?)
  | (?P<name>[A-Za-z_$][\w$]*)
  | (?P<punct>>>>=|\.\.\.|===|!==|\*\*=|<<=|>>=|>>>|&&=|\|\|=|\?\?=|=>|==|!=|<=|>=|&&|\|\||\?\?|\?\.
              |\+\+|--|\+=|-=|\*=|/=|%=|&=|\|=|\^=|\*\*|<<|>>|[{}()\[\];,<>+\-*/%&|^!~?:=.@\#])
  | (?P<other>.)
""", re.S | re.X)

# Values that sit on the edges of the engine's representations (int32, doubles, -0, NaN, holes).
EDGE_NUMBERS = ["0", "-0", "1", "-1", "2147483647", "2147483648", "-2147483649", "4294967295", "4294967296",
                "9007199254740993", "1e308", "1e-324", "0.1", "NaN", "Infinity", "-Infinity", "0x7fffffff",
                "1n", "0n", "123456789012345678901234567890n"]
EDGE_NAMES = ["undefined", "null", "this", "arguments", "NaN", "constructor", "prototype",
              "__proto__", "length", "toString", "valueOf", "Symbol", "Object", "Array", "Math", "JSON",
              "new.target", "super", "eval"]
# node's host objects: what they hold is node's own (for-in over console, printing process),
# so a mutant must not make a value of one where the script had something else.
HOST_NAMES = frozenset(("console", "process", "require", "module", "exports", "globalThis", "global",
                        "__filename", "__dirname"))
EDGE_STRINGS = ['""', "'\\ud800'", "'\\u{10FFFF}'", "'__proto__'", "'length'", "'0'", "'-0'", "'4294967295'",
                "'constructor'", "'1e21'"]
BINARY_OPERATORS = ["+", "-", "*", "/", "%", "**", "<", ">", "<=", ">=", "==", "!=", "===", "!==", "&&", "||",
                    "??", "&", "|", "^", "<<", ">>", ">>>", "in", "instanceof"]
INSERTIONS = ["(", ")", "{", "}", "[", "]", ";", ",", "=>", "...", "?.", "new", "delete", "typeof", "void",
              "class", "yield", "async", "await", "function", "return", "throw", "break", "continue",
              "let", "const", "var", "if", "else", "for", "of", "in", "try", "catch", "finally", "static",
              "get", "set", "`${", "'", '"', "/", "#x", "@", "\\u0061", "debugger", "with", "switch",
              "case", "default", ":", "?", "!", "~", "++", "--", "super()", "this.x =", "0", "-1"]


@dataclass(frozen=True)
class Token:
    kind: str
    text: str


def tokenize(source: str) -> list[Token]:
    """The source as tokens, whitespace and comments included: joining the texts gives it back.
    Regular expressions and template parts are not told apart from punctuation and strings:
    a mutant is text, and does not need to be valid."""
    return [Token(m.lastgroup, m.group()) for m in _TOKEN.finditer(source)]


def _code_indexes(tokens: list[Token]) -> list[int]:
    return [i for i, t in enumerate(tokens) if t.kind not in ("space", "comment")]


def _token_edit(tokens: list[Token], rng: random.Random) -> list[Token]:
    """One edit. Most keep the program parseable (a value, a name or an operator replaced), so
    that mutants reach the compiler, the tier and the built-ins; the rest break the syntax."""
    code = _code_indexes(tokens)
    if not code:
        return tokens
    edit = rng.choices(["edge", "same_kind", "operator", "delete", "duplicate", "insert", "truncate"],
                       weights=[4, 4, 3, 1, 1, 1, 0.2])[0]
    wanted = {"edge": ("number", "name", "string"), "same_kind": ("number", "name", "string"),
              "operator": ("punct", "name")}.get(edit)
    candidates = [j for j in code if wanted is None or tokens[j].kind in wanted]
    if edit == "operator":
        candidates = [j for j in candidates if tokens[j].text in BINARY_OPERATORS]
    if not candidates:
        candidates, edit = code, "insert"
    i = rng.choice(candidates)
    t = tokens[i]
    out = list(tokens)
    if edit == "edge":
        pool = EDGE_NUMBERS if t.kind == "number" else EDGE_NAMES if t.kind == "name" else EDGE_STRINGS
        out[i] = Token(t.kind, rng.choice(pool))
    elif edit == "same_kind":
        others = [tokens[j] for j in code if tokens[j].kind == t.kind and tokens[j].text != t.text
                  and tokens[j].text not in HOST_NAMES]
        if others:
            out[i] = rng.choice(others)
    elif edit == "operator":
        out[i] = Token("punct", f" {rng.choice(BINARY_OPERATORS)} ")
    elif edit == "delete":
        del out[i]
    elif edit == "duplicate":
        out.insert(i, Token("space", " "))
        out.insert(i, t)
    elif edit == "truncate":
        out = out[:i]
    else:
        out.insert(i, Token("other", f" {rng.choice(INSERTIONS)} "))
    return out


def _line_edit(source: str, rng: random.Random) -> str:
    lines = source.split("\n")
    if len(lines) < 2:
        return source
    i = rng.randrange(len(lines))
    edit = rng.choice(["delete", "duplicate", "move"])
    if edit == "delete":
        del lines[i]
    elif edit == "duplicate":
        lines.insert(i, lines[i])
    else:
        line = lines.pop(i)
        lines.insert(rng.randrange(len(lines) + 1), line)
    return "\n".join(lines)


def mutate(source: str, rng: random.Random, edits: int) -> str:
    """source with `edits` random edits (token edits three times as often as line edits)."""
    for _ in range(edits):
        if rng.random() < 0.25:
            source = _line_edit(source, rng)
        else:
            source = "".join(t.text for t in _token_edit(tokenize(source), rng))
    return source


# A script that reads the clock or Math.random prints only what does not depend on them; a
# mutant of it may print the raw values, which no two runs share.
_NONDETERMINISTIC = re.compile(r"\bDate\b|\bperformance\b|Math\.random|hrtime")


def corpus_scripts(dirs: list[Path]) -> list[Path]:
    """The scripts mutants are made from, in a fixed order (those that read the clock or
    Math.random left out)."""
    return sorted(p for d in dirs for p in d.rglob("*.js")
                  if not _NONDETERMINISTIC.search(p.read_text(encoding="utf-8")))


def mutant(scripts: list[Path], seed: int, index: int) -> tuple[Path, str]:
    """Mutant `index` of the run with `seed`: which script it comes from, and its text."""
    rng = random.Random(f"{seed}/{index}")
    origin = rng.choice(scripts)
    return origin, mutate(origin.read_text(encoding="utf-8"), rng, rng.randint(1, 3))


def verdict(outcome: Outcome, reference: Outcome) -> str:
    """How a mode ran a mutant, against node: a crash is always a failure; a mutant that loops
    (node or the mode ran out of time) is judged only on crashes; the same exit status with
    another stdout is a mismatch; another exit status is "differs" (counted, not failing)."""
    if outcome.crash and not outcome.timed_out:
        return f"{CRASH}: {outcome.crash}"
    if outcome.timed_out:
        return TIMEOUT
    if reference.timed_out or reference.crash:
        return PASS
    if outcome.status != reference.status:
        return f"{DIFFERS}: status {outcome.status} ({reference.status})"
    if ("SyntaxError" in outcome.stderr) != ("SyntaxError" in reference.stderr):
        # One side rejected the text before running it (syntax outside the subset, an early
        # error only one of them makes), the other ran it and failed later.
        return f"{DIFFERS}: a syntax error on one side only"
    if outcome.stdout != reference.stdout:
        return f"{MISMATCH}: stdout"
    return PASS


def is_failure(v: str) -> bool:
    return v.startswith(CRASH) or v.startswith(MISMATCH)
