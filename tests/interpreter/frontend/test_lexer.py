"""interpreter.frontend.lexer: literal forms, escapes, positions, comments and the
newline flags that automatic semicolon insertion relies on."""
from __future__ import annotations

import math

import pytest

from interpreter.frontend.lexer import (EOF, ERROR, IDENTIFIER, KEYWORD, NUMBER, PRIVATE, PUNCTUATOR, STRING,
                                        tokenize)
from interpreter.objects.values import BigInt


def kinds_values(source):
    return [(t.kind, t.value) for t in tokenize(source)[:-1]]


def single(source):
    """The one token `source` scans to (besides EOF)."""
    toks = tokenize(source)
    assert len(toks) == 2 and toks[1].kind == EOF, toks
    return toks[0]


def lex_error(source):
    """The error token of `source`: (message, line, col)."""
    toks = tokenize(source)
    errors = [t for t in toks if t.kind == ERROR]
    assert len(errors) == 1, toks
    assert toks[-1].kind == EOF and toks[-2].kind == ERROR   # scanning stops at the error
    e = errors[0]
    return e.value, e.line, e.col


# ---- numbers ----------------------------------------------------------------

@pytest.mark.parametrize("source, value", [
    ("0", 0.0), ("7", 7.0), ("123", 123.0), ("1.5", 1.5), ("0.25", 0.25),
    (".5", 0.5), (".125e1", 1.25), ("5.", 5.0), ("1e3", 1000.0), ("1E3", 1000.0),
    ("1e+3", 1000.0), ("1e-3", 0.001), ("2.5e-3", 0.0025), ("0e0", 0.0),
    ("0x1F", 31.0), ("0XfF", 255.0), ("0o17", 15.0), ("0O7", 7.0), ("0b101", 5.0),
    ("0B1", 1.0), ("1_000_000", 1e6), ("0x_f".replace("_", ""), 15.0), ("0xF_F", 255.0),
    ("1_0.2_5", 10.25), ("1e1_0", 1e10), ("0b1_0", 2.0),
    ("010", 8.0), ("0777", 511.0), ("08", 8.0), ("019", 19.0), ("08.5", 8.5), ("00", 0.0),
    ("9007199254740993", 9007199254740992.0),             # rounds to nearest double
    ("0x20000000000001", 9007199254740992.0),             # hex rounds the same way
    ("1e400", math.inf), ("0x" + "f" * 300, math.inf), ("1e-400", 0.0),
    ("1.7976931348623157e308", 1.7976931348623157e308),
])
def test_number_values(source, value):
    tok = single(source)
    assert tok.kind == NUMBER
    assert tok.value == value and isinstance(tok.value, float)


@pytest.mark.parametrize("source, value", [
    ("0n", 0), ("10n", 10), ("1_000n", 1000), ("0x1Fn", 31), ("0o17n", 15), ("0B101n", 5),
    ("123456789012345678901234567890n", 123456789012345678901234567890),
])
def test_bigint_literals(source, value):
    tok = single(source)
    assert tok.kind == NUMBER and tok.value == BigInt(value)


def test_number_member_access_forms():
    # `5..x` is 5. then .x; `5 .x` too; `.5.x` is .5 then .x
    assert kinds_values("5..x") == [(NUMBER, 5.0), (PUNCTUATOR, "."), (IDENTIFIER, "x")]
    assert kinds_values(".5.x") == [(NUMBER, 0.5), (PUNCTUATOR, "."), (IDENTIFIER, "x")]
    # legacy octal cannot take a fraction: 010.5 is 8 then .5
    assert kinds_values("010.5") == [(NUMBER, 8.0), (NUMBER, 0.5)]


@pytest.mark.parametrize("source, message, col", [
    ("1__0", "Only one underscore is allowed as numeric separator", 3),
    ("1_", "Numeric separators are not allowed at the end of numeric literals", 3),
    ("1_.5", "Numeric separators are not allowed at the end of numeric literals", 3),
    ("0x_1", "Invalid or unexpected token", 1),
    ("1_n", "Numeric separators are not allowed at the end of numeric literals", 3),
    ("0_1", "Numeric separator can not be used after leading 0.", 2),
    ("0x", "Invalid or unexpected token", 1),
    ("0b2", "Invalid or unexpected token", 1),
    ("0o8", "Invalid or unexpected token", 1),
    ("1e", "Invalid or unexpected token", 1),
    ("1e+", "Invalid or unexpected token", 1),
    ("3in", "Invalid or unexpected token", 1),
    ("1.toString", "Invalid or unexpected token", 1),
    ("0x1g", "Invalid or unexpected token", 1),
    ("1.5n", "Invalid or unexpected token", 1),
    ("1e3n", "Invalid or unexpected token", 1),
    ("01n", "Invalid or unexpected token", 1),
    ("08n", "Invalid or unexpected token", 1),
    (".5n", "Invalid or unexpected token", 1),
    ("1nn", "Invalid or unexpected token", 1),
])
def test_number_errors(source, message, col):
    assert lex_error("x = " + source) == (message, 1, col + 4)


# ---- strings ------------------------------------------------------------------

@pytest.mark.parametrize("source, value", [
    ("''", ""), ('""', ""), ("'abc'", "abc"), ('"it\'s"', "it's"), ("'say \"hi\"'", 'say "hi"'),
    (r"'\n\t\r\b\f\v'", "\n\t\r\b\f\v"), (r"'\0'", "\0"), (r"'\\'", "\\"),
    (r"'\''", "'"), (r'"\""', '"'), (r"'\x41\x7a'", "Az"), (r"'\u0041'", "A"),
    (r"'\u00e9'", "\u00e9"), (r"'\u{41}'", "A"), (r"'\u{0000041}'", "A"),
    (r"'\u{1F600}'", "\U0001F600"),
    (r"'\uD83D\uDE00'", "\U0001F600"),                  # a surrogate pair is one code point
    (r"'\uD83D'", "\ud83d"),                             # a lone surrogate stays
    (r"'\q\8\9'", "q89"),                                # identity escapes
    (r"'\101\7\08\377'", "A\x07\x008\xff"),              # legacy octal escapes (sloppy mode)
    ("'a\\\nb'", "ab"), ("'a\\\r\nb'", "ab"), ("'a\\\rb'", "ab"),  # line continuations
    ("'a\\\u2028b'", "ab"),
    ("'a\u2028b'", "a\u2028b"),                         # allowed unescaped since ES2019
    ("'caf\u00e9 \U0001F600'", "caf\u00e9 \U0001F600"),
])
def test_string_values(source, value):
    tok = single(source)
    assert tok.kind == STRING
    assert tok.value == value


@pytest.mark.parametrize("source, message, col", [
    ("'abc", "Invalid or unexpected token", 1),
    ("'abc\n'", "Invalid or unexpected token", 1),
    ("'abc\r'", "Invalid or unexpected token", 1),
    ("'abc\\", "Invalid or unexpected token", 1),
    ("'ab\\x4'", "Invalid hexadecimal escape sequence", 4),
    ("'ab\\xg0'", "Invalid hexadecimal escape sequence", 4),
    ("'\\u12'", "Invalid Unicode escape sequence", 2),
    ("'\\u{}'", "Invalid Unicode escape sequence", 2),
    ("'\\u{12'", "Invalid Unicode escape sequence", 2),
    ("'\\u{110000}'", "Undefined Unicode code-point", 2),
])
def test_string_errors(source, message, col):
    assert lex_error(source) == (message, 1, col)


def test_string_with_continuation_keeps_positions():
    toks = tokenize("x = 'a\\\nb' + y")
    assert (toks[2].line, toks[2].col) == (1, 5)
    assert (toks[2].end_line, toks[2].end_col) == (2, 3)
    assert (toks[4].value, toks[4].line, toks[4].col) == ("y", 2, 6)


# ---- identifiers and keywords ---------------------------------------------------

def test_keywords_and_identifiers():
    toks = kinds_values("var x if else let of async get set yield await static "
                        "true false null this undefined NaN Infinity $ _a a1 $$b")
    assert toks == [
        (KEYWORD, "var"), (IDENTIFIER, "x"), (KEYWORD, "if"), (KEYWORD, "else"),
        (IDENTIFIER, "let"), (IDENTIFIER, "of"), (IDENTIFIER, "async"), (IDENTIFIER, "get"),
        (IDENTIFIER, "set"), (IDENTIFIER, "yield"), (IDENTIFIER, "await"), (IDENTIFIER, "static"),
        (KEYWORD, "true"), (KEYWORD, "false"), (KEYWORD, "null"), (KEYWORD, "this"),
        (IDENTIFIER, "undefined"), (IDENTIFIER, "NaN"), (IDENTIFIER, "Infinity"),
        (IDENTIFIER, "$"), (IDENTIFIER, "_a"), (IDENTIFIER, "a1"), (IDENTIFIER, "$$b"),
    ]


def test_unicode_identifiers_and_escapes():
    assert kinds_values("caf\u00e9 \u03c0r2") == [(IDENTIFIER, "caf\u00e9"), (IDENTIFIER, "\u03c0r2")]
    assert kinds_values("\\u0061b a\\u{62}") == [(IDENTIFIER, "ab"), (IDENTIFIER, "ab")]
    # an escaped reserved word is an identifier token marked escaped: it may name a property,
    # and the parser rejects it where it would be a name or a keyword
    toks = tokenize("\\u0069f l\\u0065t let")
    assert [(t.kind, t.value, t.escaped) for t in toks[:3]] == [
        (IDENTIFIER, "if", True), (IDENTIFIER, "let", True), (IDENTIFIER, "let", False)]
    assert not toks[1].is_ident("let") and toks[2].is_ident("let")
    assert lex_error("a\\u002d") == ("Invalid Unicode escape sequence", 1, 2)
    assert lex_error("a\\x") == ("Invalid Unicode escape sequence", 1, 2)



def test_legacy_octal_forms_are_flagged_for_strict_code():
    # sloppy scripts may use them; the parser rejects them in strict code, at these positions
    toks = tokenize("010 08 0.5 '\\01' 'a\\8' '\\0' 0o10")
    assert [t.octal for t in toks[:7]] == [
        ("Octal literals are not allowed in strict mode.", 1, 1),
        ("Decimals with leading zeros are not allowed in strict mode.", 1, 5),
        None,
        ("Octal escape sequences are not allowed in strict mode.", 1, 14),
        ("\\8 and \\9 are not allowed in strict mode.", 1, 20),
        None, None]
    assert [t.value for t in toks[:2]] == [8.0, 8.0]

# ---- punctuators ----------------------------------------------------------------

def test_punctuators_longest_match():
    source = ">>>= >>> >> >= > ... => === !== == != **= ** ++ -- && || ?? ?. &&= ||= ??= <<="
    assert [v for _, v in kinds_values(source)] == source.split()


def test_punctuators_adjacent():
    assert [v for _, v in kinds_values("a+++b")] == ["a", "++", "+", "b"]
    assert [v for _, v in kinds_values("a--->b")] == ["a", "--", "-", ">", "b"]
    assert [v for _, v in kinds_values("x=>{}")] == ["x", "=>", "{", "}"]
    # `?.` followed by a digit is a conditional and a number
    assert kinds_values("a?.5:1") == [(IDENTIFIER, "a"), (PUNCTUATOR, "?"), (NUMBER, 0.5),
                                      (PUNCTUATOR, ":"), (NUMBER, 1.0)]


@pytest.mark.parametrize("source, message, col", [
    ("a @ b", "Invalid or unexpected token", 3),
    ("a # b", "Invalid or unexpected token", 3),
    ("a \u00a7 b", "Invalid or unexpected token", 3),
])
def test_invalid_characters(source, message, col):
    assert lex_error(source) == (message, 1, col)


def test_private_names():
    assert kinds_values("this.#count / 2") == [(KEYWORD, "this"), (PUNCTUATOR, "."), (PRIVATE, "#count"),
                                               (PUNCTUATOR, "/"), (NUMBER, 2.0)]
    assert kinds_values("#x in o") == [(PRIVATE, "#x"), (KEYWORD, "in"), (IDENTIFIER, "o")]


# ---- regular expressions: '/' after an operand divides, elsewhere starts a regex ------

@pytest.mark.parametrize("source", [
    "a / b", "a.b / c", "f() / 2", "a[0] / 2", "x++ / 2", "1 / 2", "'s' / 2",
    "this / 2", "null / 2", "true / 2", "o.return / 2", "a /= 2", "{} / 2",
])
def test_slash_after_operand_is_division(source):
    assert all(t.kind != ERROR for t in tokenize(source))
    assert any(t.is_punct("/") or t.is_punct("/=") for t in tokenize(source))


@pytest.mark.parametrize("source", [
    "/ab+c/", "x = /a/g", "f(/a/)", "return /a/", "typeof /a/", "[/a/]", "a && /b/", "x = /=/",
])
def test_slash_in_operand_position_is_regex(source):
    message, line, col = lex_error(source)
    assert message == "regular expression literals are not supported"
    assert col == source.index("/") + 1


# ---- positions, comments and newlines --------------------------------------------

def test_positions_lines_and_columns():
    toks = tokenize("let a = 1;\n  if (a)\tb\n\n}")
    assert [(t.raw, t.line, t.col) for t in toks] == [
        ("let", 1, 1), ("a", 1, 5), ("=", 1, 7), ("1", 1, 9), (";", 1, 10),
        ("if", 2, 3), ("(", 2, 6), ("a", 2, 7), (")", 2, 8), ("b", 2, 10),
        ("}", 4, 1), ("", 4, 2),
    ]
    assert (toks[0].end_line, toks[0].end_col) == (1, 4)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r", "\u2028", "\u2029"])
def test_every_line_terminator_counts_once(newline):
    toks = tokenize(f"a{newline}b{newline}{newline}c")
    assert [(t.line, t.col, t.nl_before) for t in toks[:3]] == [
        (1, 1, False), (2, 1, True), (4, 1, True)]


def test_columns_count_characters_not_bytes():
    toks = tokenize("'\u00e9\U0001F600' + x")
    assert toks[2].col == 8


def test_comments_are_skipped():
    assert [t.value for t in tokenize("a // comment\nb /* c */ c /** d\n e */ d")[:-1]] == \
        ["a", "b", "c", "d"]


def test_newline_flags_for_asi():
    toks = tokenize("a\nb /* no break */ c /* a\nbreak */ d // x\ne")
    assert [(t.value, t.nl_before) for t in toks[:-1]] == [
        ("a", False), ("b", True), ("c", False), ("d", True), ("e", True)]
    assert toks[4].line == 4


def test_block_comment_lines_are_counted():
    toks = tokenize("/*\n\n*/ x")
    assert (toks[0].line, toks[0].col) == (3, 4)


def test_unterminated_block_comment():
    assert lex_error("x;\n  /* open") == ("Invalid or unexpected token", 2, 3)


def test_hashbang_line_is_a_comment():
    toks = tokenize("#!/usr/bin/env node\nx")
    assert (toks[0].value, toks[0].line) == ("x", 2)


def test_whitespace_forms():
    assert kinds_values("a\t\v\f\u00a0\ufeff\u2003b") == [(IDENTIFIER, "a"), (IDENTIFIER, "b")]


def test_eof_token():
    toks = tokenize("")
    assert len(toks) == 1 and toks[0].kind == EOF and (toks[0].line, toks[0].col) == (1, 1)
    toks = tokenize("x\n")
    assert toks[-1].kind == EOF and toks[-1].nl_before


def test_error_stops_scanning():
    # Everything after the first lexical error is left unscanned.
    toks = tokenize("a 'open\n b @ c")
    assert [t.kind for t in toks] == [IDENTIFIER, ERROR, EOF]


def test_fast_path_agrees_with_general_scanner(monkeypatch):
    """The scanner's regex fast path must produce exactly what the general code does."""
    import random
    import re
    from pathlib import Path

    from interpreter.frontend import lexer

    js_dir = Path(__file__).resolve().parents[3] / "tests" / "js"
    sources = [p.read_text() for p in sorted(js_dir.glob("*.js"))]
    rng = random.Random(7)
    pieces = ["a", "if", "0", "1.", ".5", "5..x", "0.5e3", "1e", "08", "010", "0x1f", "1_0", "'s'",
              '"t"', "'\\n'", "+", "++", "?.", "?.5", ".", "...", "/", "/=", "//c", "/*c*/",
              "/*\n*/", "\n", "\r\n", "\u2028", " ", "\t", "\u00a0", "caf\u00e9", "\u00e9", "$", "_",
              "=>", ">>>=", "(", ")", "{", "}", "`", "#", "@", "\\u0061", "3in", "1.x", "n",
              "\u0301", "\u00b2"]
    for _ in range(400):
        sources.append("".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(12)))

    fast = [[(t.kind, t.value, t.line, t.col, t.end_line, t.end_col, t.nl_before, t.raw)
             for t in lexer.tokenize(s)] for s in sources]
    monkeypatch.setattr(lexer, "_FAST_RE", re.compile(r"(?!)"))
    for source, expected in zip(sources, fast):
        general = [(t.kind, t.value, t.line, t.col, t.end_line, t.end_col, t.nl_before, t.raw)
                   for t in lexer.tokenize(source)]
        assert general == expected, source
