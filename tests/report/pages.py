"""Reading back what the report tests compare: the deopts of a --trace-deopt text, the deopt panels
of a report page, and the page's elements, ids and references (stdlib HTML parser)."""
from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROGRAMS = Path(__file__).resolve().parent / "programs"
# Deterministic runs: compiles on the main thread, at a threshold the test programs reach.
DETERMINISTIC = ("--no-concurrent-recompilation", "--opt-threshold", "100", "--random-seed", "1")


def bailout(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)


@dataclass
class Deopt:
    function: str
    deopt_id: int
    reason: str
    guard: int
    bytecode: str
    symbol: str
    frames: list = field(default_factory=list)   # [(function or "", resume offset, [(name, shown, where, rep, raw)])]
    record_id: int = field(default=-1, compare=False)   # its deopt exit's stack map record (the page's only)


_HEADER = re.compile(r"^\[deopt\] (?P<fn>.+?): deopt id (?P<id>\d+), reason: (?P<reason>.+), at bytecode offset "
                     r"(?P<guard>-?\d+) \((?P<bc>\w+)\) in (?P<sym>\S+)$")
_FRAME = re.compile(r"^\[deopt\]   translated frame \((?:frame \d+ of \d+: (?P<fn>.+?), )?resume (?:at|after) offset "
                    r"(?P<offset>\d+)")
_VALUE = re.compile(r"^\[deopt\]     (?P<name>.+?) = (?P<rest>.*)$")
_WHERE = re.compile(r"^(?P<where>.*?)(?: (?P<rep>tagged|int32|float64|bool|raw))?(?: bits=0x(?P<raw>[0-9a-f]+))?$")


def trace_deopts(stderr: str) -> list[Deopt]:
    """The deopts a --trace-deopt text shows (values on one line each)."""
    out = []
    for line in stderr.split("\n"):
        m = _HEADER.match(line)
        if m:
            out.append(Deopt(m["fn"], int(m["id"]), m["reason"], int(m["guard"]), m["bc"], m["sym"]))
            continue
        m = _FRAME.match(line)
        if m and out:
            out[-1].frames.append((m["fn"] or "", int(m["offset"]), []))
            continue
        m = _VALUE.match(line)
        if m and out and out[-1].frames:
            shown, where = m["rest"].rsplit(" from ", 1)
            w = _WHERE.match(where)
            out[-1].frames[-1][2].append((m["name"].strip(), shown.rstrip(), w["where"], w["rep"] or "",
                                          w["raw"] or ""))
    for d in out:
        # a lone frame's header does not name its function: the deopt's line does
        d.frames = [(fn or d.function, offset, values) for fn, offset, values in d.frames]
    return out


class PageParser(HTMLParser):
    """Collects every element's tag and attributes, the ids, the deopt panels' contents."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.ids: list[str] = []
        self.deopts: list[Deopt] = []
        self.stack: list[str] = []
        self.cell: list[str] | None = None
        self.row: list[str] | None = None
        self.in_deopt = 0               # depth of the open deopt panel's <details>, 0: none
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.elements.append((tag, a))
        if "id" in a:
            self.ids.append(a["id"])
        if tag in ("br", "meta", "input", "img", "link", "hr", "wbr"):
            return
        self.stack.append(tag)
        classes = (a.get("class") or "").split()
        if tag == "details" and "deopt" in classes:
            self.in_deopt = len(self.stack)
            self.deopts.append(Deopt(a["data-fn"], int(a["data-deopt-id"]), a["data-reason"], int(a["data-guard"]),
                                     a["data-bytecode"], a["data-symbol"], record_id=int(a["data-record-id"])))
        elif self.in_deopt and tag == "div" and "frame" in classes:
            self.deopts[-1].frames.append((a["data-function"], int(a["data-offset"]), []))
        elif self.in_deopt and tag == "tr" and self.deopts[-1].frames:
            self.row = []
        elif self.row is not None and tag == "td":
            self.cell = []

    def handle_endtag(self, tag):
        if tag in ("br", "meta", "input", "img", "link", "hr", "wbr"):
            return
        if tag == "td" and self.cell is not None and self.row is not None:
            self.row.append("".join(self.cell))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            if self.row:
                name, shown, rep, where, raw = self.row[:5]
                self.deopts[-1].frames[-1][2].append((name, shown, where, rep, raw[2:] if raw else ""))
            self.row = None
        if self.stack and self.stack[-1] == tag:
            if tag == "details" and self.in_deopt == len(self.stack):
                self.in_deopt = 0
            self.stack.pop()

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)
        self.text.append(data)


def parse_page(text: str) -> PageParser:
    p = PageParser()
    p.feed(text)
    p.close()
    return p
