"""The report page in a real browser: headless Chromium, driven through its debugging protocol.

Each page (examples/getx.js, and a multi-function program with inlining,
multi-frame deopts and polymorphic sites) must load with no console error or
uncaught exception and request nothing but itself; its deopt markers, site
markers, side panel, deopt panels and timeline must render (DOM queries for
visible boxes), and a screenshot of a deopt marker must show the marker's red.
Skipped where no Chromium is installed (`.ci/run` installs Debian's).
"""
from __future__ import annotations

from collections import Counter

import pytest

from cdp_browser import Browser, decode_png, find_chromium
from pages import DETERMINISTIC, PROGRAMS, bailout

pytestmark = pytest.mark.skipif(find_chromium() is None, reason="no Chromium (apt-get install chromium)")


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    d = tmp_path_factory.mktemp("pages")
    out = {}
    # compiles on the main thread: on a busy machine a background compile of getX may finish
    # after the loop, and the page would have no deopt to show
    for name, args in (("getx", ("--no-concurrent-recompilation", "examples/getx.js")),
                       ("shapes", (*DETERMINISTIC, str(PROGRAMS / "shapes.js")))):
        path = d / f"{name}.html"
        r = bailout("report", *args, "-o", str(path))
        assert r.returncode == 0, r.stderr
        out[name] = path
    return out


@pytest.fixture(scope="module")
def browser():
    with Browser(1400, 1000) as b:
        yield b


def box(b: Browser, selector: str):
    """The bounding box of the first element matching selector, scrolled into view (None: none)."""
    return b.evaluate(f"""(() => {{
        const el = document.querySelector({selector!r});
        if (!el) return null;
        el.scrollIntoView({{block: 'center'}});
        const r = el.getBoundingClientRect();
        return {{x: r.x, y: r.y, width: r.width, height: r.height}};
    }})()""")


def load(b: Browser, path) -> None:
    b.console_errors.clear()
    b.requests.clear()
    b.open(path.as_uri())
    assert b.evaluate("document.readyState") == "complete"


@pytest.mark.parametrize("name", ["getx", "shapes"])
def test_loads_without_console_errors_or_requests(browser, pages, name):
    load(browser, pages[name])
    # exercise the script: the timeline's zoom, the filters, a panel, a site's detail
    browser.evaluate("document.getElementById('zoom-in').click(); document.getElementById('zoom-out').click(); 1")
    browser.evaluate("location.hash = 'deopt-0'; 1")
    browser.evaluate("document.querySelector('.s[data-s]').click(); document.querySelector('.bar[data-f]').click(); 1")
    browser.evaluate("const s = document.getElementById('deopt-reason'); s.selectedIndex = 1;"
                     "s.dispatchEvent(new Event('change')); 1")
    assert browser.console_errors == []
    assert [u for u in browser.requests if u != pages[name].as_uri()] == []


@pytest.mark.parametrize("name", ["getx", "shapes"])
def test_deopt_markers_panels_and_timeline_render(browser, pages, name):
    load(browser, pages[name])
    n_deopts = browser.evaluate("document.querySelectorAll('#deopt-list > details').length")
    assert n_deopts >= 2
    # every deopt has a triangle on the timeline
    assert browser.evaluate("document.querySelectorAll('#timeline-svg .tl-deopt').length") == n_deopts
    marker = box(browser, ".dm[data-deopts]")
    assert marker and marker["width"] > 20 and marker["height"] > 8
    # a deopt marker opens the side panel listing its deopts
    browser.evaluate("document.querySelector('.dm[data-deopts]').click(); 1")
    assert browser.evaluate("!document.getElementById('detail').hidden")
    assert browser.evaluate("document.querySelectorAll('#detail-body a[href^=\"#deopt-\"]').length") >= 1
    # following it opens the deopt's panel, whose frame table is visible
    browser.evaluate("document.querySelector('#detail-body a[href^=\"#deopt-\"]').click(); 1")
    browser.evaluate("new Promise(r => setTimeout(r, 100))")
    opened = browser.evaluate("[...document.querySelectorAll('#deopt-list > details')].filter(d => d.open)"
                              ".map(d => d.id)")
    assert len(opened) == 1
    table = box(browser, f"#{opened[0]} .frame table")
    assert table and table["height"] > 60
    rows = browser.evaluate(f"document.querySelectorAll('#{opened[0]} .frame tr').length")
    assert rows >= 4
    # a site marker shows its feedback
    browser.evaluate("document.querySelector('.s[data-s]').click(); 1")
    assert "slot" in browser.evaluate("document.getElementById('detail-body').textContent")


def test_screenshot_shows_the_deopt_marker_and_a_panel(browser, pages):
    load(browser, pages["shapes"])
    marker = box(browser, ".dm[data-deopts]")
    scroll = browser.evaluate("[window.scrollX, window.scrollY]")
    png = browser.screenshot(clip={"x": marker["x"] + scroll[0], "y": marker["y"] + scroll[1],
                                   "width": marker["width"], "height": marker["height"]})
    width, height, rows = decode_png(png)
    assert width >= 20 and height >= 8
    pixels = [(row[i], row[i + 1], row[i + 2]) for row in rows for i in range(0, len(row), 3)]
    red = sum(1 for r, g, b in pixels if r > 170 and g < 110 and b < 110)
    assert red > len(pixels) * 0.3, "the marker is drawn in its red"
    # an opened deopt panel: a frame table with text in it (dark pixels on light)
    browser.evaluate("location.hash = 'deopt-0'; new Promise(r => setTimeout(r, 200))")
    panel = box(browser, "#deopt-0 .frame")
    scroll = browser.evaluate("[window.scrollX, window.scrollY]")
    png = browser.screenshot(clip={"x": panel["x"] + scroll[0], "y": panel["y"] + scroll[1],
                                   "width": min(panel["width"], 900), "height": min(panel["height"], 400)})
    width, height, rows = decode_png(png)
    pixels = [(row[i], row[i + 1], row[i + 2]) for row in rows for i in range(0, len(row), 3)]
    background = Counter(pixels).most_common(1)[0][0]
    ink = sum(1 for p in pixels if sum(abs(a - b) for a, b in zip(p, background)) > 200)
    assert width > 300 and height > 60
    assert 0.005 * len(pixels) < ink < 0.5 * len(pixels), "text on a light panel"


def test_collections_are_bands_on_the_timeline(browser, tmp_path):
    """Each garbage collection of the run is one band across the timeline, its tooltip giving the
    pause and the heap before and after."""
    path = tmp_path / "gc.html"
    r = bailout("report", *DETERMINISTIC, "--expose-gc", "-o", str(path), "-e",
                "function f(n) { let s = 0; for (let i = 0; i < n; i++) s += [i, i + 1][1]; return s; }"
                "for (let k = 0; k < 3; k++) { f(2000); gc(); } console.log(f(10));")
    assert r.returncode == 0 and r.stdout == "55\n", r.stderr
    load(browser, path)
    assert browser.console_errors == []
    assert browser.evaluate("document.querySelectorAll('#timeline-svg .tl-gc').length") == 3
    tip = browser.evaluate("document.querySelector('#timeline-svg .tl-gc title').textContent")
    assert tip.startswith("garbage collection (gc()) at ") and " MB" in tip
