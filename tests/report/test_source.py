"""report/source.py: which characters a site's marker covers and each function's line range."""
from __future__ import annotations

from interpreter.bytecodes import Bytecode
from interpreter.isolate import Isolate
from report.source import function_spans, site_range, split_lines


def marked(text: str, col: int, op: Bytecode, name: str | None = None) -> str:
    start, end = site_range(text, col, op, name)
    return text[start:end]


def test_markers_sit_on_the_token_that_names_the_site():
    line = "  var s = a.p + b[i + 1] * 2; s += g(a, b); return s < 3 ? obj?.foo(b) : -s;"
    col = line.index("a.p") + 1
    assert marked(line, col, Bytecode.GetNamedProperty, "p") == "p"
    assert marked(line, col, Bytecode.Add) == "+"
    assert marked(line, line.index("b[") + 1, Bytecode.GetKeyedProperty) == "[i + 1]"
    assert marked(line, line.index("b[") + 1, Bytecode.Mul) == "*"
    assert marked(line, line.index("s +=") + 1, Bytecode.Add) == "+="
    assert marked(line, line.index("g(") + 1, Bytecode.Call, "g") == "g"
    assert marked(line, line.index("s < 3") + 1, Bytecode.TestLessThan) == "<"
    assert marked(line, line.index("obj?.") + 1, Bytecode.Call, "obj?.foo") == "foo"
    assert marked(line, line.index("-s") + 1, Bytecode.Negate) == "-"
    assert marked("x >>>= 2; y >> 1", 1, Bytecode.ShiftRight) == ">>"
    assert marked("if (a !== b) i++;", 5, Bytecode.TestEqualStrict) == "!=="
    assert marked("for (i = 0; i < n; i++)", 19, Bytecode.Inc) == "++"
    assert marked("{ y: 2, x: 40 }", 9, Bytecode.DefineNamedOwnProperty, "x") == "x"
    assert marked("s = '<' + t", 1, Bytecode.Add) == "+"                 # not inside the string
    assert marked("new Point(1, 2)", 1, Bytecode.Construct, "Point") == "Point"
    assert marked("foo", 1, Bytecode.Mul) == "foo"                        # no operator: the first token


def test_function_spans_follow_the_source_text():
    source = ("// one\r\nfunction a() {\r\n  return 1;\r\n}\r\nvar f = (x) =>\n  x + 1;\n"
              "class C {\n  m() { return 2; }\n}\nvar o = { g() { return function () { return 3; }; } };\n")
    iso = Isolate()
    script = iso.compile(source)
    spans = function_spans(script, source)
    by_name = {}
    for sfi in iso.functions:
        if sfi.native is None and sfi.id in spans:
            by_name.setdefault(sfi.display_name, spans[sfi.id])
    assert len(split_lines(source)) == 11
    assert spans[script.id] == (1, 11)
    assert by_name["a"] == (2, 4)
    assert by_name["f"] == (5, 6)
    assert by_name["C"] == (7, 9)
    assert by_name["m"] == (8, 8)
    assert by_name["g"] == (10, 10)
