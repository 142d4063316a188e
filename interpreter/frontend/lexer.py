"""Lexer: JS source text -> a list of tokens. First stage of the front end
(lexer -> parser -> bytecode compiler).

`tokenize(source)` scans the whole script eagerly. It never raises: a
lexical error (or a lexical construct outside the subset, such as a template
or a regular expression literal) becomes one `error` token carrying the
message, and scanning stops there. The parser consumes tokens in source order
and raises the message of an error token only when it reaches it, so a parse
error that comes earlier in the source is the one reported, as in V8.

Each token records whether a line terminator precedes it (`nl_before`), which
is all automatic semicolon insertion and the restricted productions need.
Lines and columns are 1-based; columns count characters (code points) from
the start of the line. Line terminators are LF, CR, CRLF, U+2028 and U+2029.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from interpreter.objects.values import BigInt

# Token kinds.
NUMBER = "number"          # value: float, or a values.BigInt for a BigInt literal (10n)
STRING = "string"          # value: str (escapes decoded)
IDENTIFIER = "identifier"  # value: str (includes contextual words: let, of, async, get, ...)
KEYWORD = "keyword"        # value: str (reserved words, including true/false/null)
PRIVATE = "private"        # value: str, a private name with its '#' (`#count`)
PUNCTUATOR = "punctuator"  # value: str
TEMPLATE = "template"      # value: (cooked text, starts with a backquote, ends with a backquote);
                           # the cooked text is a TemplateEscapeError if an escape is invalid
EOF = "eof"                # value: None
ERROR = "error"            # value: the SyntaxError message; always the last token but EOF

# Reserved words of ES2015+ scripts in sloppy mode. Words that are reserved
# only in strict code or only in some contexts (let, static, yield, await,
# async, of, get, set, implements, ...) are identifiers here; the parser
# gives them meaning where the grammar does.
KEYWORDS = frozenset("""
    break case catch class const continue debugger default delete do else enum
    export extends false finally for function if import in instanceof new null
    return super switch this throw true try typeof var void while with
""".split())

# Longest first, so a greedy prefix match finds the longest punctuator.
_PUNCTUATORS = sorted("""
    { } ( ) [ ] ; , < > + - * / % & | ^ ! ~ ? : = .
    <= >= == != === !== ** ++ -- << >> >>> && || ?? ?. => ...
    += -= *= /= %= **= <<= >>= >>>= &= |= ^= &&= ||= ??=
""".split(), key=len, reverse=True)
_PUNCT_BY_FIRST: dict[str, list[str]] = {}
for _p in _PUNCTUATORS:
    _PUNCT_BY_FIRST.setdefault(_p[0], []).append(_p)
del _p

LINE_TERMINATORS = "\n\r\u2028\u2029"
_WHITESPACE_RE = re.compile(
    "[ \t\v\f\xa0\ufeff\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_ASCII_IDENT_RE = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
_LINE_TERMINATOR_RE = re.compile("[\n\r\u2028\u2029]")

# After these tokens a '/' is a division operator; after anything else it
# starts a regular expression literal (the classic scanner heuristic; the
# parser also rejects a '/' token where an operand is expected).
_DIVISION_AFTER_PUNCT = frozenset((")", "]", "}", "++", "--"))
_DIVISION_AFTER_KEYWORD = frozenset(("this", "null", "true", "false", "super"))

# The fast path of the scanner: whitespace, newlines, line comments,
# ASCII identifiers, plain decimal numbers, strings without escapes and the
# punctuators whose meaning never depends on context. Anything else ('/',
# block comments, escapes, non-ASCII, other number forms, errors) falls
# through to the general code, so both paths must agree on what they share.
_FAST_RE = re.compile("|".join((
    r"(?P<skip>[ \t]+|//[^\n\r\u2028\u2029]*)",
    r"(?P<nl>\r\n|[\n\r\u2028\u2029])",
    # (anything non-ASCII after a name or number goes the general way)
    r"(?P<ident>[A-Za-z_$][A-Za-z0-9_$]*+)(?![\w$\\\x80-\U0010ffff])",
    # atomic, so `1.x` cannot backtrack to `1` and slip past the check that
    # a literal is not followed by a name
    r"(?P<num>(?>(?:[1-9][0-9]*|0)(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?))(?![\w$\\\x80-\U0010ffff])",
    r"""(?P<str>'[^'\\\n\r\u2028\u2029]*'|"[^"\\\n\r\u2028\u2029]*")""",
    "(?P<punct>" + "|".join(
        r"\?\.(?![0-9])" if p == "?." else r"\.(?![0-9])" if p == "." else re.escape(p)
        for p in _PUNCTUATORS if p not in ("/", "/=", "{", "}")) + ")",
)))

_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v"}
_STRING_STOPS = frozenset("'\"\\\n\r\u2028\u2029")
_HEX = frozenset("0123456789abcdefABCDEF")


@dataclass(slots=True)
class Token:
    kind: str
    value: object
    line: int
    col: int
    end_line: int          # position just after the token's last character
    end_col: int
    nl_before: bool        # a line terminator lies between the previous token and this one
    raw: str               # the source text of the token
    # An identifier spelled with \u escapes: it names a property like any other, but never
    # acts as a keyword, contextual ones (let, static, of, get, ...) included.
    escaped: bool = False
    # A legacy octal form, an early error in strict code: (message, line, col) of a number
    # like 010 or 08, or of a string's \01 or \8 escape. Sloppy scripts may use them, and
    # strictness can come later (a directive), so the parser decides.
    octal: tuple | None = None

    def is_punct(self, value: str) -> bool:
        return self.kind == PUNCTUATOR and self.value == value

    def is_keyword(self, value: str) -> bool:
        return self.kind == KEYWORD and self.value == value

    def is_ident(self, value: str) -> bool:
        """Whether this is the contextual word `value`, spelled without escapes."""
        return self.kind == IDENTIFIER and self.value == value and not self.escaped

    def __repr__(self) -> str:
        return f"Token({self.kind}, {self.value!r}, {self.line}:{self.col})"


def is_id_start(ch: str) -> bool:
    if ch < "\x80":
        return ch.isalpha() or ch in "$_"
    return ch.isidentifier()


def is_id_part(ch: str) -> bool:
    if ch < "\x80":
        return ch.isalnum() or ch in "$_"
    return ch in "\u200c\u200d" or ("a" + ch).isidentifier()


@dataclass(frozen=True)
class TemplateEscapeError:
    """An invalid escape in a template piece: a SyntaxError in a template literal, but in a
    tagged template only the piece's cooked value is undefined (the tag still gets .raw)."""
    message: str
    line: int
    col: int


class LexError(Exception):
    """Internal: unwinds a scan to the main loop, which turns it into an error token."""

    def __init__(self, message: str, offset: int):
        super().__init__(message)
        self.message = message
        self.offset = offset


def tokenize(source: str) -> list[Token]:
    """Scan `source` into tokens ending with an EOF token (or an ERROR token then EOF)."""
    return _Scanner(source).run()


class _Scanner:
    def __init__(self, source: str):
        self.src = source
        self.n = len(source)
        self.i = 0
        self.line = 1
        self.line_start = 0          # offset of the first character of the current line
        self.tokens: list[Token] = []
        # Template substitutions: the brace depth at each open `${`, so that its `}` resumes
        # the template instead of closing a block.
        self.brace_depth = 0
        self.template_stack: list[int] = []

    # ---- positions -------------------------------------------------------

    def _newline_at(self, i: int) -> int:
        """Consume the line terminator at offset i (CRLF counts once); return the next offset."""
        if self.src[i] == "\r" and i + 1 < self.n and self.src[i + 1] == "\n":
            i += 1
        i += 1
        self.line += 1
        self.line_start = i
        return i

    def _position(self, offset: int) -> tuple[int, int]:
        """Line/col of an offset on the current line or a line already passed."""
        if offset >= self.line_start:
            return self.line, offset - self.line_start + 1
        # Rare (errors inside multi-line tokens): recount from the start.
        line, start = 1, 0
        i = 0
        while i < offset:
            ch = self.src[i]
            if ch in LINE_TERMINATORS:
                if ch == "\r" and i + 1 < self.n and self.src[i + 1] == "\n":
                    i += 1
                line += 1
                start = i + 1
            i += 1
        return line, offset - start + 1

    # ---- main loop ---------------------------------------------------------

    def run(self) -> list[Token]:
        src, n = self.src, self.n
        tokens = self.tokens
        fast_match = _FAST_RE.match
        if src.startswith("#!"):
            # A hashbang line is a comment (as node allows).
            m = _LINE_TERMINATOR_RE.search(src)
            self.i = m.start() if m else n
        i = self.i
        nl_before = False
        while True:
            # Fast path: the common tokens and trivia in one regex match.
            m = fast_match(src, i)
            if m is not None:
                group = m.lastgroup
                end = m.end()
                if group == "nl":
                    self.line += 1
                    self.line_start = end
                    nl_before = True
                elif group != "skip":
                    text = m.group()
                    if group == "ident":
                        kind = KEYWORD if text in KEYWORDS else IDENTIFIER
                        value = text
                    elif group == "punct":
                        kind = value = PUNCTUATOR
                        value = text
                    elif group == "num":
                        kind = NUMBER
                        value = float(text)
                    else:
                        kind = STRING
                        value = text[1:-1]
                    start = self.line_start
                    tokens.append(Token(kind, value, self.line, i - start + 1,
                                        self.line, end - start + 1, nl_before, text))
                    nl_before = False
                i = end
                continue
            # Slow path: everything else, one trivia run or one token at a time.
            self.i = i
            try:
                nl_before = self._skip_trivia() or nl_before
            except LexError as e:
                self._error(e, nl_before)
                break
            if self.i != i:
                i = self.i
                continue
            if i >= n:
                self._add(EOF, None, i, i, nl_before)
                break
            try:
                self._scan_token(nl_before)
            except LexError as e:
                self._error(e, nl_before)
                break
            nl_before = False
            i = self.i
        return tokens

    def _error(self, e: LexError, nl_before: bool) -> None:
        line, col = self._position(e.offset)
        self.tokens.append(Token(ERROR, e.message, line, col, line, col, nl_before, ""))
        self.tokens.append(Token(EOF, None, line, col, line, col, False, ""))

    def _add(self, kind: str, value: object, start: int, end: int, nl_before: bool) -> None:
        # Tokens never span lines except strings with line continuations, so
        # the start is recomputed only in that case.
        end_line, end_col = self.line, end - self.line_start + 1
        if start >= self.line_start:
            line, col = self.line, start - self.line_start + 1
        else:
            line, col = self._position(start)
        self.tokens.append(Token(kind, value, line, col, end_line, end_col, nl_before,
                                 self.src[start:end]))

    def _skip_trivia(self) -> bool:
        """Skip whitespace and comments; return whether a line terminator was crossed."""
        src, n = self.src, self.n
        nl = False
        i = self.i
        while i < n:
            ch = src[i]
            if ch in LINE_TERMINATORS:
                i = self._newline_at(i)
                nl = True
            elif ch == "/" and i + 1 < n and src[i + 1] == "/":
                m = _LINE_TERMINATOR_RE.search(src, i)
                i = m.start() if m else n
            elif ch == "/" and i + 1 < n and src[i + 1] == "*":
                end = src.find("*/", i + 2)
                if end < 0:
                    self.i = i
                    raise LexError("Invalid or unexpected token", i)
                j = i + 2
                # A comment holding a line break counts as a line break for ASI.
                while True:
                    m = _LINE_TERMINATOR_RE.search(src, j, end)
                    if not m:
                        break
                    j = self._newline_at(m.start())
                    nl = True
                i = end + 2
            else:
                m = _WHITESPACE_RE.match(src, i)
                if not m:
                    break
                i = m.end()
        self.i = i
        return nl

    def _scan_token(self, nl_before: bool) -> None:
        src, i = self.src, self.i
        ch = src[i]
        if ch in "\"'":
            self._scan_string(nl_before)
        elif ("0" <= ch <= "9") or (ch == "." and i + 1 < self.n and "0" <= src[i + 1] <= "9"):
            self._scan_number(nl_before)
        elif ch == "\\" or is_id_start(ch):
            self._scan_identifier(nl_before)
        elif ch == "`":
            self._scan_template(i, nl_before)
        elif ch == "{":
            self.brace_depth += 1
            self.i = i + 1
            self._add(PUNCTUATOR, "{", i, i + 1, nl_before)
        elif ch == "}":
            if self.template_stack and self.template_stack[-1] == self.brace_depth:
                self.template_stack.pop()
                self._scan_template(i, nl_before)
                return
            self.brace_depth -= 1
            self.i = i + 1
            self._add(PUNCTUATOR, "}", i, i + 1, nl_before)
        elif ch == "#":
            if i + 1 < self.n and (is_id_start(src[i + 1]) or src[i + 1] == "\\"):
                name, end, _ = self._scan_identifier_slow(i + 1)
                self.i = end
                self._add(PRIVATE, "#" + name, i, end, nl_before)
                return
            raise LexError("Invalid or unexpected token", i)
        elif ch == "/" and self._regex_allowed():
            raise LexError("regular expression literals are not supported", i)
        else:
            for p in _PUNCT_BY_FIRST.get(ch, ()):
                if src.startswith(p, i):
                    # `a?.5:b` is a conditional, not optional chaining.
                    if p == "?." and i + 2 < self.n and "0" <= src[i + 2] <= "9":
                        continue
                    self.i = i + len(p)
                    self._add(PUNCTUATOR, p, i, self.i, nl_before)
                    return
            raise LexError("Invalid or unexpected token", i)

    def _regex_allowed(self) -> bool:
        if not self.tokens:
            return True
        last = self.tokens[-1]
        if last.kind in (NUMBER, STRING, IDENTIFIER, TEMPLATE, PRIVATE):
            return False
        if last.kind == PUNCTUATOR:
            return last.value not in _DIVISION_AFTER_PUNCT
        if last.kind == KEYWORD:
            if last.value in _DIVISION_AFTER_KEYWORD:
                return False
            # `o.return / 2`: a keyword after '.' is a property name.
            return not (len(self.tokens) >= 2 and self.tokens[-2].is_punct("."))
        return True

    # ---- identifiers -------------------------------------------------------

    def _scan_identifier(self, nl_before: bool) -> None:
        src, start = self.src, self.i
        m = _ASCII_IDENT_RE.match(src, start)
        i = m.end() if m else start
        if i < self.n and (src[i] == "\\" or src[i] >= "\x80") or not m:
            name, i, escaped = self._scan_identifier_slow(start)
        else:
            name, escaped = src[start:i], False
        self.i = i
        if escaped:
            # even a reserved word: it may still name a property (`o.\u0069f`)
            self._add(IDENTIFIER, name, start, i, nl_before)
            self.tokens[-1].escaped = True
        elif name in KEYWORDS:
            self._add(KEYWORD, name, start, i, nl_before)
        else:
            self._add(IDENTIFIER, name, start, i, nl_before)

    def _scan_identifier_slow(self, start: int) -> tuple[str, int, bool]:
        src, n = self.src, self.n
        out = []
        escaped = False
        i = start
        while i < n:
            ch = src[i]
            if ch == "\\":
                if i + 1 >= n or src[i + 1] != "u":
                    raise LexError("Invalid Unicode escape sequence", i)
                cp, j = self._unicode_escape(i)
                ch = chr(cp)
                ok = is_id_start(ch) if not out else is_id_part(ch)
                if not ok:
                    raise LexError("Invalid Unicode escape sequence", i)
                out.append(ch)
                escaped = True
                i = j
                continue
            if not (is_id_start(ch) if not out else is_id_part(ch)):
                break
            out.append(ch)
            i += 1
        return "".join(out), i, escaped

    # ---- numbers -------------------------------------------------------------

    def _digits(self, i: int, valid: str) -> tuple[str, int]:
        """Scan digits from `valid` with single '_' separators between digits."""
        src, n = self.src, self.n
        start = i
        while i < n:
            ch = src[i]
            if ch in valid:
                i += 1
            elif ch == "_":
                if i + 1 < n and src[i + 1] == "_":
                    raise LexError("Only one underscore is allowed as numeric separator", i + 1)
                if i == start or i + 1 >= n or src[i + 1] not in valid:
                    # V8 reports it at the character after the separator
                    raise LexError(
                        "Numeric separators are not allowed at the end of numeric literals", i + 1)
                i += 1
            else:
                break
        return src[start:i].replace("_", ""), i

    def _scan_number(self, nl_before: bool) -> None:
        src, n, start = self.src, self.n, self.i
        i = start
        nxt = src[i + 1].lower() if i + 1 < n else ""
        integer = None      # the digits' value when a BigInt suffix may follow them
        octal = None
        if src[i] == "0" and nxt in ("x", "o", "b"):
            base, valid = {"x": (16, "0123456789abcdefABCDEF"), "o": (8, "01234567"),
                           "b": (2, "01")}[nxt]
            if i + 2 < n and src[i + 2] == "_":     # 0x_1: a separator needs a digit before it
                raise LexError("Invalid or unexpected token", start)
            digits, i = self._digits(i + 2, valid)
            if not digits:
                raise LexError("Invalid or unexpected token", start)
            integer = int(digits, base)
            value = _int_to_float(integer)
        elif src[i] == "0" and i + 1 < n and (src[i + 1].isdigit() or src[i + 1] == "_"):
            if src[i + 1] == "_":
                raise LexError("Numeric separator can not be used after leading 0.", i + 1)
            # Legacy forms of sloppy-mode scripts: 017 is octal, 019 is decimal.
            j = i + 1
            while j < n and "0" <= src[j] <= "9":
                j += 1
            digits = src[i:j]
            if all(c in "01234567" for c in digits):
                value = float(int(digits, 8))
                i = j
                octal = "Octal literals are not allowed in strict mode."
            else:
                text, i = self._decimal_tail(j, digits)
                value = float(text)
                octal = "Decimals with leading zeros are not allowed in strict mode."
        else:
            if src[i] == ".":
                int_part = ""
            else:
                int_part, i = self._digits(i, "0123456789")
            text, i = self._decimal_tail(i, int_part)
            value = float(text)
            if text == int_part:
                integer = int(int_part)
        if i < n and src[i] == "n" and integer is not None:
            value = BigInt(integer)
            i += 1
        # `3in x` and `1.toString()`: a literal may not run into a name or digit.
        if i < n and (is_id_start(src[i]) or src[i].isdigit() or src[i] == "\\"):
            raise LexError("Invalid or unexpected token", start)
        self.i = i
        self._add(NUMBER, value, start, i, nl_before)
        if octal is not None:
            self.tokens[-1].octal = (octal, *self._position(start))

    def _decimal_tail(self, i: int, int_part: str) -> tuple[str, int]:
        """Scan the optional fraction and exponent after the integer digits."""
        src, n = self.src, self.n
        text = int_part or "0"
        if i < n and src[i] == ".":
            if i + 1 < n and src[i + 1] != "_":
                frac, i = self._digits(i + 1, "0123456789")
            else:
                frac, i = "", i + 1            # `1._5`: the name check after the literal rejects it
            text += "." + (frac or "0")
        if i < n and src[i] in "eE":
            j = i + 1
            sign = ""
            if j < n and src[j] in "+-":
                sign = src[j]
                j += 1
            if j >= n or not src[j].isdigit():
                raise LexError("Invalid or unexpected token", self.i)
            exp, i = self._digits(j, "0123456789")
            text += "e" + sign + exp
        return text, i

    # ---- strings -------------------------------------------------------------

    def _scan_string(self, nl_before: bool) -> None:
        src, n, start = self.src, self.n, self.i
        quote = src[start]
        out: list[str] = []
        i = start + 1
        has_surrogate = False
        octal = None
        while True:
            if i >= n:
                raise LexError("Invalid or unexpected token", start)
            ch = src[i]
            if ch == quote:
                i += 1
                break
            if ch == "\n" or ch == "\r":
                raise LexError("Invalid or unexpected token", start)
            if ch == "\u2028" or ch == "\u2029":
                # Allowed in string literals since ES2019, but still a line break for positions.
                out.append(ch)
                i = self._newline_at(i)
                continue
            if ch != "\\":
                # Fast path: copy a run of plain characters.
                j = i + 1
                while j < n and src[j] not in _STRING_STOPS:
                    j += 1
                out.append(src[i:j])
                i = j
                continue
            if i + 1 >= n:
                raise LexError("Invalid or unexpected token", start)
            e = src[i + 1]
            common = self._common_escape(i, out)
            if common is not None:
                if e == "u" and 0xD800 <= ord(out[-1]) <= 0xDFFF:
                    has_surrogate = True
                i = common
            elif "0" <= e <= "7":
                # \0 alone is NUL; otherwise a legacy octal escape (sloppy mode).
                j = i + 2
                limit = 3 if e <= "3" else 2
                while j < n and j - (i + 1) < limit and "0" <= src[j] <= "7":
                    j += 1
                if octal is None and (j > i + 2 or e != "0" or (j < n and src[j] in "89")):
                    # V8 points at the first digit
                    octal = ("Octal escape sequences are not allowed in strict mode.", i + 1)
                out.append(chr(int(src[i + 1:j], 8)))
                i = j
            else:
                if octal is None and e in "89":
                    octal = ("\\8 and \\9 are not allowed in strict mode.", i)
                out.append(e)                     # \' \" \\ and identity escapes (\8, \q, ...)
                i += 2
        value = "".join(out)
        if has_surrogate:
            # "\uD83D\uDE00" spells one code point; keep strings in code points.
            value = value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
        self.i = i
        self._add(STRING, value, start, i, nl_before)
        if octal is not None:
            self.tokens[-1].octal = (octal[0], *self._position(octal[1]))

    def _scan_template(self, start: int, nl_before: bool) -> None:
        """One piece of a template literal: from its backquote or the `}` ending a substitution
        up to the next `${` or the closing backquote."""
        src, n = self.src, self.n
        head = src[start] == "`"
        out: list[str] = []
        bad = None
        i = start + 1
        while True:
            if i >= n:
                raise LexError("Unterminated template literal", start)
            ch = src[i]
            if ch == "`":
                i += 1
                tail = True
                break
            if ch == "$" and i + 1 < n and src[i + 1] == "{":
                i += 2
                tail = False
                self.template_stack.append(self.brace_depth)
                break
            if ch in LINE_TERMINATORS:
                out.append("\n" if ch in "\r\n" else ch)   # CR and CRLF read as LF
                i = self._newline_at(i)
                continue
            if ch != "\\":
                out.append(ch)
                i += 1
                continue
            if i + 1 >= n:
                raise LexError("Unterminated template literal", start)
            e = src[i + 1]
            try:
                common = self._common_escape(i, out)
                nul = e == "0" and not (i + 2 < n and "0" <= src[i + 2] <= "9")     # \0, not \01
                if common is None and "0" <= e <= "9" and not nul:
                    raise LexError("Octal escape sequences are not allowed in template strings", i)
            except LexError as err:
                if bad is None:
                    bad = TemplateEscapeError(err.message, *self._position(err.offset))
                i += 2
                continue
            if common is not None:
                i = common
            elif e == "0":
                out.append("\0")
                i += 2
            else:
                out.append(e)
                i += 2
        value = "".join(out) if bad is None else bad
        if bad is None and any(0xD800 <= ord(c) <= 0xDFFF for c in value):
            value = value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
        self.i = i
        self._add(TEMPLATE, (value, head, tail), start, i, nl_before)

    def _common_escape(self, i: int, out: list[str]) -> int | None:
        """The escapes strings and templates share (\\n, a line continuation, \\xHH, \\u...)
        at offset i: appends the character, returns the offset after it; None for others."""
        src = self.src
        e = src[i + 1]
        if e in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[e])
            return i + 2
        if e in LINE_TERMINATORS:
            return self._newline_at(i + 1)       # line continuation: contributes nothing
        if e == "x":
            h = src[i + 2:i + 4]
            if len(h) < 2 or not all(c in _HEX for c in h):
                raise LexError("Invalid hexadecimal escape sequence", i)
            out.append(chr(int(h, 16)))
            return i + 4
        if e == "u":
            cp, i = self._unicode_escape(i)
            out.append(chr(cp))
            return i
        return None

    def _unicode_escape(self, i: int) -> tuple[int, int]:
        """Decode `\\uHHHH` or `\\u{H...}` at offset i; return (code point, offset after)."""
        src = self.src
        j = i + 2
        if j < self.n and src[j] == "{":
            k = src.find("}", j + 1)
            h = src[j + 1:k] if k >= 0 else ""
            if k < 0 or not h or not all(c in _HEX for c in h):
                raise LexError("Invalid Unicode escape sequence", i)
            cp = int(h, 16)
            if cp > 0x10FFFF:
                raise LexError("Undefined Unicode code-point", i)
            return cp, k + 1
        h = src[j:j + 4]
        if len(h) < 4 or not all(c in _HEX for c in h):
            raise LexError("Invalid Unicode escape sequence", i)
        return int(h, 16), j + 4


def _int_to_float(v: int) -> float:
    try:
        return float(v)
    except OverflowError:
        return float("inf")
