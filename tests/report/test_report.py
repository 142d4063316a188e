"""`bailout report`: the run it makes, the page it writes, and that the page tells what the traces tell.

Checked through the real command (`python -m cli report`): stdout and the exit
code are run's; every deopt --trace-deopt prints is in the page with the same
frames and values (the report and the trace render one event log); the page is
HTML a real parser accepts, names no network resource, escapes the program's
text, and every in-page link has its target.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from pages import DETERMINISTIC, PROGRAMS, ROOT, bailout, parse_page, trace_deopts

SHAPES = str(PROGRAMS / "shapes.js")


@pytest.fixture(scope="module")
def shapes(tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "shapes.html"
    r = bailout("report", "--trace-deopt", *DETERMINISTIC, SHAPES, "-o", str(out))
    return r, out.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def getx(tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "getx.html"
    r = bailout("report", "--no-concurrent-recompilation", "--trace-opt", "--trace-deopt", "examples/getx.js",
                "-o", str(out))
    return r, out.read_text(encoding="utf-8")


def test_stdout_and_exit_code_are_runs(shapes):
    r, _ = shapes
    ran = bailout("run", *DETERMINISTIC, SHAPES)
    assert (r.returncode, r.stdout) == (ran.returncode, ran.stdout) == (0, ran.stdout)
    assert r.stdout.splitlines()[-1] == "NaN"
    assert re.search(r"^\[report\] wrote .*shapes\.html \(\d+ KB\)$", r.stderr, re.M)


def test_every_traced_deopt_is_in_the_page_with_the_same_values(shapes):
    r, page = shapes
    traced = trace_deopts(r.stderr)
    assert len(traced) >= 5
    assert any(len(d.frames) == 3 for d in traced), "the program deopts three inlined levels deep"
    assert any(v[3] == "int32" for d in traced for f in d.frames for v in f[2]), "an unboxed int32 value"
    assert any(v[2].startswith("register ") for d in traced for f in d.frames for v in f[2])
    assert any(v[2].startswith("[rsp") for d in traced for f in d.frames for v in f[2])
    assert parse_page(page).deopts == traced


def test_the_trace_text_is_runs(shapes):
    """Asking for a report changes nothing the traces print (addresses, machine locations and
    timings aside: the report's event log makes a map or two, so map ids in the code differ by
    one, and LLVM may then allocate registers and stack slots differently)."""
    r, _ = shapes
    ran = bailout("run", "--trace-deopt", *DETERMINISTIC, SHAPES)

    def norm(text):
        text = "\n".join(line for line in text.splitlines() if not line.startswith("[report]"))
        text = re.sub(r"from (\[\w+[+-]\d+\]|register \w+)", "from LOC", text)
        return re.sub(r"0x[0-9a-f]+", "0xH", text)
    assert norm(r.stderr) == norm(ran.stderr)


def test_the_page_is_valid_html():
    html5lib = pytest.importorskip("html5lib")
    for program, flags in ((SHAPES, DETERMINISTIC), ("examples/getx.js", ("--no-concurrent-recompilation",))):
        out = Path(ROOT / "tests" / "report" / ".page.html")
        try:
            r = bailout("report", *flags, program, "-o", str(out))
            assert r.returncode == 0, r.stderr
            parser = html5lib.HTMLParser(strict=True)   # raises on any parse error
            parser.parse(out.read_bytes())
        finally:
            out.unlink(missing_ok=True)


def test_the_page_loads_nothing_and_links_resolve(shapes):
    _, page = shapes
    p = parse_page(page)
    tags = {tag for tag, _ in p.elements}
    assert not tags & {"link", "img", "iframe", "object", "embed", "audio", "video", "source", "base", "form"}
    for tag, attrs in p.elements:
        if tag == "script":
            assert "src" not in attrs
        for name in ("src", "href", "action", "srcset", "poster", "data"):
            value = attrs.get(name)
            assert value is None or value.startswith("#"), (tag, name, value)
    assert not re.search(r"url\(|@import|https?://(?!www\.w3\.org/2000/svg)", page), "a network reference"
    ids = set(p.ids)
    assert len(ids) == len(p.ids), "duplicate ids"
    for tag, attrs in p.elements:
        href = attrs.get("href")
        if href and href.startswith("#") and len(href) > 1:
            assert href[1:] in ids, f"a link to #{href[1:]} has no target"


def test_the_programs_text_is_escaped(shapes):
    _, page = shapes
    p = parse_page(page)
    scripts = [attrs for tag, attrs in p.elements if tag == "script"]
    assert len(scripts) == 5                      # four data blocks and the page's own script
    assert "alert(1)" in "".join(p.text)          # the value is shown...
    assert "<script>alert" not in page            # ...never as markup
    text = "".join(p.text)
    assert "\"<b>&amp;</b>\"" in text and "&lt;b&gt;&amp;amp;&lt;/b&gt;" in page   # the source line, as text
    assert "{ w: \"<i>\", h: 1 }" in text


def test_source_functions_sites_and_versions_are_shown(shapes):
    _, page = shapes
    p = parse_page(page)
    classes = [attrs.get("class", "") for _, attrs in p.elements]
    for story in ("st-optimized", "st-deopted", "st-inlined"):
        assert any(story in c.split() for c in classes), story
    for state in ("s-mono", "s-poly", "s-mega", "s-int32", "s-number"):
        assert any(state in c.split() for c in classes if "s" in c.split()), state
    assert sum(1 for c in classes if c == "dm") >= 3, "deopt markers in the source"
    versions = [attrs["id"] for tag, attrs in p.elements if "version" in attrs.get("class", "").split()]
    assert versions and all(v.startswith("v-js_") for v in versions)
    dumps = {attrs.get("data-dump") for _, attrs in p.elements if attrs.get("data-dump")}
    assert dumps == {"ir", "oir", "asm"}
    # every deopt that hit a version is marked in its IR and assembly, linked to its record
    for d in parse_page(page).deopts:
        assert f'id="rec-{d.record_id}"' in page
        assert f'id="asm-{d.record_id}"' in page and f'id="ir-{d.record_id}"' in page
    assert "polymorphic" in page and "megamorphic" in page and "Rect" in page and "Square" in page


def test_getx_report_tells_the_deopt_story(getx):
    r, page = getx
    assert (r.returncode, r.stdout) == (0, "40\n")
    traced = trace_deopts(r.stderr)
    p = parse_page(page)
    assert p.deopts == traced
    (wrong_map,) = [d for d in p.deopts if d.function == "getX"]
    assert wrong_map.reason == "wrong map"
    (frame,) = wrong_map.frames
    obj = [v for v in frame[2] if v[0] == "r2 (obj)"][0]
    assert obj[1] == "{ y: 2, x: 40 }" and obj[2].startswith("register ") and obj[3] == "tagged"
    assert "[opt] optimized getX as" in r.stderr or "[opt] queued getX as" in r.stderr


def test_exit_code_and_error_of_a_throwing_script(tmp_path):
    js = tmp_path / "throws.js"
    js.write_text("function f(x) { return x.y; }\nfor (var i = 0; i < 200; i++) f({y: i});\n"
                  "console.log('before');\nf(null);\n")
    out = tmp_path / "r.html"
    r = bailout("report", *DETERMINISTIC, str(js), "-o", str(out))
    ran = bailout("run", *DETERMINISTIC, str(js))
    assert (r.returncode, r.stdout) == (ran.returncode, ran.stdout) == (1, "before\n")
    assert "TypeError" in r.stderr and out.exists()
    assert "exit code 1" in out.read_text()


def test_script_arguments_and_jitless(tmp_path):
    js = tmp_path / "args.js"
    js.write_text("console.log(process.argv.slice(2).join(','));\n")
    out = tmp_path / "r.html"
    r = bailout("report", "--jitless", str(js), "a", "b", "-o", str(out))
    assert (r.returncode, r.stdout) == (0, "a,b\n")
    assert "--jitless" in out.read_text()


def test_report_takes_every_run_flag():
    def flags(command):
        help_text = bailout(command, "--help").stdout
        return set(re.findall(r"^\s+(-[-\w]+)", help_text, re.M))
    run, report = flags("run"), flags("report")
    assert run and run <= report
    assert {"-o", "--full-dumps"} <= report


def test_large_runs_are_clipped_unless_full_dumps(tmp_path):
    """A deopt-heavy benchmark: dumps are clipped by default, whole with --full-dumps."""
    program = str(ROOT / "bench" / "js" / "deopt_phases.js")
    small, full = tmp_path / "small.html", tmp_path / "full.html"
    r1 = bailout("report", "--no-concurrent-recompilation", program, "-o", str(small))
    r2 = bailout("report", "--no-concurrent-recompilation", "--full-dumps", program, "-o", str(full))
    assert r1.returncode == r2.returncode == 0 and r1.stdout == r2.stdout
    small_text, full_text = small.read_text(), full.read_text()
    assert len(small_text) < 4_000_000
    assert len(full_text) > len(small_text)
    assert "--full-dumps includes" in small_text and "--full-dumps includes" not in full_text
