"""The HTML renderer: a Run (report/model.py) -> one self-contained page.

Everything from the program (source text, names, strings in values, IR) is
escaped here, through `esc`; data for the page's script is embedded as JSON
with `<` escaped, so no text can close the script element. The page loads
nothing: its style and script are inline (report/assets.py) and it names no
other resource.

Large runs stay usable: every deopt and every optimized version is a
collapsed panel, dumps (IR, assembly) are clipped to a budget unless
--full-dumps, and deopt panels beyond MAX_DEOPT_PANELS keep their summary
line only.
"""
from __future__ import annotations

import html
import json
from collections import defaultdict

from deopt.frame_state import FrameKind

from . import assets
from .code import asm_lines, bytecode_lines, clip, ir_lines, record_views
from .feedback import STATE_LABELS, STATES
from .model import STORIES, STORY_LABELS, Run, line_stories, site_state, top_functions

MAX_DEOPT_PANELS = 300
LONG_VALUE = 20_000             # characters of one value in a deopt panel without --full-dumps
DUMP_LIMIT = 50_000             # characters of one dump (IR, assembly) without --full-dumps
DUMP_BUDGET = 1_200_000         # characters of all dumps and stack map records that no deopt hit, together
DUMPS = (("ir", "LLVM IR as lowered from bytecode and feedback"),
         ("oir", "LLVM IR after LLVM's optimization pipeline"),
         ("asm", "Assembly (deopt call sites marked)"))


def esc(value) -> str:
    return html.escape(str(value), quote=True)


def script_json(value) -> str:
    """JSON safe inside a <script> element: no `</script`, no `<!--`."""
    return json.dumps(value, separators=(",", ":")).replace("<", "\\u003c").replace(">", "\\u003e")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


class Page:
    def __init__(self, run: Run, full_dumps: bool = False):
        self.run = run
        self.full_dumps = full_dumps
        self.out: list[str] = []
        self.planned = {}
        self.record_ids: set[int] = set()

    def w(self, *parts: str) -> None:
        self.out.extend(parts)

    # ---- helpers -------------------------------------------------------------------------------

    def fn_link(self, f) -> str:
        return f'<a href="#fn-{f.id}">{esc(f.name)}</a>' if f is not None else "?"

    def version_link(self, v) -> str:
        return f'<a href="#v-{esc(v.symbol)}">{esc(v.symbol)}</a>'

    def where(self, f, line: int, col: int = 0) -> str:
        if f is None or f.unit is None or line <= 0:
            return ""
        shown = f"{f.unit.name}:{line}" + (f":{col}" if col else "")
        return f'<a href="#u{f.unit.index}-L{line}">{esc(shown)}</a>'

    def source_line(self, f, line: int) -> str:
        if f is None or f.unit is None or not 1 <= line <= len(f.unit.lines):
            return ""
        return f.unit.lines[line - 1]

    # ---- the page ------------------------------------------------------------------------------

    def render(self) -> str:
        run = self.run
        self.w("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
               f"<title>bailout report: {esc(run.filename)}</title>\n<style>{assets.CSS}</style>\n</head>\n<body>\n")
        self.w("<header><h1>bailout report</h1>",
               f"<span class=\"cmd\">{esc(run.command)}</span><nav>",
               "<a href=\"#summary\">Summary</a><a href=\"#timeline\">Timeline</a><a href=\"#source\">Source</a>",
               "<a href=\"#functions\">Functions</a>",
               f"<a href=\"#deopts\">Deopts ({len(run.deopts)})</a>",
               f"<a href=\"#versions\">Optimized code ({len(run.versions)})</a></nav></header>\n<main>\n")
        self.summary()
        self.timeline()
        self.source()
        self.functions()
        self.deopts()
        self.versions()
        self.w("</main>\n<aside id=\"detail\" hidden><button class=\"close\" title=\"close (Esc)\">×</button>",
               "<div id=\"detail-body\"></div></aside>\n")
        self.w(f"<script type=\"application/json\" id=\"site-data\">{script_json(self.site_data)}</script>\n",
               f"<script type=\"application/json\" id=\"function-data\">{script_json(self.function_data())}</script>\n",
               f"<script type=\"application/json\" id=\"deopt-data\">{script_json(self.deopt_data())}</script>\n",
               f"<script type=\"application/json\" id=\"timeline-data\">{script_json(self.timeline_data())}</script>\n",
               f"<script>{assets.JS}</script>\n</body>\n</html>\n")
        return "".join(self.out)

    # ---- summary -------------------------------------------------------------------------------

    def summary(self) -> None:
        run = self.run
        self.w("<section id=\"summary\"><h2>Summary</h2>")
        status = "exit code 0" if run.status == 0 else f"exit code {run.status}"
        self.w(f"<p class=\"note\">{esc(run.filename)}: {esc(status)}, {ms(run.total_seconds)} ms in all"
               + (" (--jitless: the interpreter only)" if run.jitless else "") + ".</p>")
        total = max(run.total_seconds, 1e-9)
        if run.stats is not None:
            st = run.stats
            optimized = min(st.optimized_seconds, total)
            compiling = min(st.main_thread_compile_seconds, total - optimized)
            interpreted = max(0.0, total - optimized - compiling)
            deopt_time = sum(d.event.latency for d in run.deopts)
            cards = [("time in the interpreter (and start-up)", f"{ms(interpreted)} ms"),
                     ("time in optimized code", f"{ms(optimized)} ms"),
                     ("compiling on the main thread", f"{ms(compiling)} ms"),
                     ("compile time in all", f"{ms(st.compile_seconds)} ms"),
                     ("optimized compiles", f"{st.compiles} ({st.osr_compiles} OSR)"),
                     ("OSR entries", str(st.osr_entries)),
                     ("deopts", f"{len(run.deopts)} ({ms(deopt_time)} ms in the handler)"),
                     ("compiles discarded", str(st.discarded)),
                     ("inlined call sites", str(st.inlined)),
                     ("functions given up on", str(sum(1 for f in run.functions.values() if f.disabled)))]
            self.w("<div class=\"cards\">")
            for k, v in cards:
                self.w(f"<div class=\"card\"><div class=\"k\">{esc(k)}</div><div class=\"v\">{esc(v)}</div></div>")
            self.w("</div>")
            self.w("<div class=\"split\" title=\"where the run's wall time went\">",
                   f"<div class=\"interp\" style=\"width:{100 * interpreted / total:.2f}%\"></div>",
                   f"<div class=\"opt\" style=\"width:{100 * optimized / total:.2f}%\"></div>",
                   f"<div class=\"comp\" style=\"width:{100 * compiling / total:.2f}%\"></div></div>",
                   "<div class=\"keys\"><span class=\"key\"><i style=\"background:#9aa0a6\"></i>interpreter and "
                   "start-up</span><span class=\"key\"><i style=\"background:#188038\"></i>optimized code (with the "
                   "runtime calls and deopts it makes)</span><span class=\"key\"><i style=\"background:#1a73e8\"></i>"
                   "compiling on the main thread</span></div>")
        self.w("<div class=\"twocol\">")
        by_reason = run.deopts_by_reason
        if by_reason:
            top = max(by_reason.values())
            self.w("<div><h3>Deopts by reason</h3><table><tr><th>reason</th><th class=\"num\">deopts</th><th></th></tr>")
            for reason, n in by_reason.most_common():
                self.w(f"<tr><td class=\"reason\">{esc(reason)}</td><td class=\"num\">{n}</td>"
                       f"<td><span class=\"hbar\" style=\"width:{max(2, 160 * n // top)}px\"></span></td></tr>")
            self.w("</table></div>")
        costly = top_functions(run)
        if costly:
            self.w("<div><h3>The functions that cost the tier the most</h3><table><tr><th>function</th>"
                   "<th class=\"num\">compile ms</th><th class=\"num\">versions</th><th class=\"num\">deopts</th>"
                   "<th class=\"num\">deopt ms</th><th class=\"num\">invocations</th><th>story</th></tr>")
            for f in costly:
                self.w(f"<tr><td>{self.fn_link(f)}</td><td class=\"num\">{ms(f.compile_seconds)}</td>"
                       f"<td class=\"num\">{len(f.versions)}</td><td class=\"num\">{len(f.deopts)}</td>"
                       f"<td class=\"num\">{f.deopt_seconds * 1000:.2f}</td><td class=\"num\">{f.sfi.invocations}</td>"
                       f"<td>{self.story_badge(f)}</td></tr>")
            self.w("</table><p class=\"note\">Cost: compile time of the function's own versions plus the time "
                   "the deopt handler spent on guards that failed in its code.</p></div>")
        if not by_reason and not costly:
            self.w("<p class=\"note\">Nothing was optimized in this run"
                   + (" (--jitless)." if run.jitless else ": no function got hot.") + "</p>")
        self.w("</div></section>\n")

    def story_badge(self, f) -> str:
        return f"<span class=\"badge st-{f.story}\">{esc(STORY_LABELS[f.story])}</span>"

    # ---- timeline ------------------------------------------------------------------------------

    def timeline(self) -> None:
        self.w("<section id=\"timeline\"><h2>Timeline</h2>")
        if self.run.jitless:
            self.w("<p class=\"note\">No tier ran (--jitless): nothing was compiled or deoptimized.</p></section>\n")
            return
        self.w("<div class=\"toolbar\"><button id=\"zoom-in\">zoom in</button><button id=\"zoom-out\">zoom out"
               "</button><button id=\"zoom-reset\">fit</button><span class=\"keys\">"
               "<span class=\"key\"><i style=\"background:#1a73e8\"></i>lowering and LLVM (light: on the compile "
               "thread)</span><span class=\"key\"><i style=\"background:#0b57d0\"></i>installed</span>"
               "<span class=\"key\"><i style=\"background:#188038\"></i>optimized code installed (light: OSR)</span>"
               "<span class=\"key\"><i style=\"background:#188038;width:2px\"></i>OSR entry</span>"
               "<span class=\"key\"><i style=\"background:#d93025\"></i>deopt</span>"
               "<span class=\"key\"><i style=\"border:1px dashed #d93025\"></i>stays in the interpreter</span>"
               "<span class=\"key\">× compile discarded</span>"
               "<span class=\"key\"><i style=\"background:rgba(251,188,4,.5)\"></i>garbage collection</span>"
               "</span></div>")
        rows = self.timeline_rows()
        self.w("<div id=\"timeline-box\"><div id=\"timeline-labels\"><div></div>")
        for f, _ in rows:
            self.w(f"<div title=\"{esc(f.name)}\">{self.fn_link(f)}</div>")
        self.w("</div><div id=\"timeline-scroll\"></div></div>",
               "<noscript><p class=\"note\">The timeline is drawn by the page's script.</p></noscript>",
               "<p class=\"note\">Against the run's wall time from the script's start; garbage collections "
               "are the yellow bands across all rows.</p></section>\n")

    def timeline_rows(self):
        if hasattr(self, "_rows"):
            return self._rows
        run = self.run
        rows = defaultdict(list)
        first = {}

        def add(f, t, item):
            rows[f.id].append(item)
            first.setdefault(f.id, (t, f))

        end = run.total_seconds * 1000
        for v in run.versions:
            f = v.function
            ls = v.start_time + v.installed.lowering_seconds
            cs = v.compile_started
            add(f, v.start_time, {"t": "compile", "v": v.symbol, "s": v.start_time * 1000, "ls": ls * 1000,
                                  "cs": cs * 1000 if cs is not None else None,
                                  "ce": (cs + v.installed.compile_seconds) * 1000 if cs is not None else None,
                                  "e": v.install_time * 1000, "d": v.installed.elapsed * 1000,
                                  "bg": v.installed.concurrent})
            add(f, v.install_time, {"t": "live", "v": v.symbol, "s": v.install_time * 1000,
                                    "e": v.end_time * 1000 if v.end_time is not None else end,
                                    "end": v.end_time is not None, "osr": v.osr_offset is not None})
        from llvm_tier.events import CompileDiscarded, OptimizationDisabled, OSREntered
        for e in run.events:
            if isinstance(e, (OSREntered, CompileDiscarded, OptimizationDisabled)):
                f = run.function(e.sfi.id)
                if f is None:
                    continue
                t = run.rel(e.time)
                if isinstance(e, OSREntered):
                    add(f, t, {"t": "osr", "s": t * 1000, "v": e.symbol})
                elif isinstance(e, CompileDiscarded):
                    add(f, t, {"t": "discard", "s": t * 1000, "r": e.reason})
                else:
                    add(f, t, {"t": "disable", "s": t * 1000, "r": e.reason})
        for d in run.deopts:
            # on the row of the code that deopted (inlined code deopts its caller's version)
            f = d.version.function if d.version is not None else d.function
            add(f, d.time, {"t": "deopt", "s": d.time * 1000, "k": d.index, "r": d.event.reason})
        order = sorted(first.values(), key=lambda p: p[0])
        self._rows = [(f, rows[f.id]) for _, f in order]
        return self._rows

    def timeline_data(self):
        if self.run.jitless:
            return None
        return {"total": self.run.total_seconds * 1000,
                "rows": [{"f": f.id, "items": items} for f, items in self.timeline_rows()],
                "gc": [{"s": self.run.rel(c.start) * 1000, "e": (self.run.rel(c.start) + c.pause) * 1000,
                        "r": c.reason, "b": c.before, "a": c.after} for c in self.run.collections]}

    # ---- source ----------------------------------------------------------------------------------

    def source(self) -> None:
        run = self.run
        self.w("<section id=\"source\"><h2>Source</h2>")
        self.w("<div class=\"keys\"><b>Functions:</b>")
        for s in STORIES:
            self.w(f"<span class=\"key\"><span class=\"badge st-{s}\">{esc(STORY_LABELS[s])}</span></span>")
        self.w("</div><div class=\"keys\"><b>Feedback sites:</b>")
        for s in STATES:
            self.w(f"<span class=\"key\"><span class=\"s s-{s}\">{esc(STATE_LABELS[s])}</span></span>")
        self.w("<span class=\"key\"><span class=\"dm\">deopt</span></span></div>",
               "<p class=\"note\">The bars left of the line numbers are the functions covering a line (outermost "
               "first), coloured by what the tier did with them; click a bar, an underlined site or a deopt "
               "marker for its detail.</p>")
        self.site_data = []
        if not run.units:
            self.w("<p class=\"note\">The script did not compile: there is no source to show.</p>")
        for unit in run.units:
            self.unit_source(unit)
        self.w("</section>\n")

    def unit_source(self, unit) -> None:
        run = self.run
        cover = line_stories(run, unit)
        sites_by_line = defaultdict(list)
        for f in run.functions.values():
            if f.unit is unit:
                for s in f.sites:
                    sites_by_line[s.line].append(s)
        deopts_by_line = defaultdict(list)
        for d in run.deopts:
            if d.function is not None and d.function.unit is unit and d.line > 0:
                deopts_by_line[d.line].append(d)
        headers = defaultdict(list)
        for f in run.functions.values():
            if f.unit is unit and f.span is not None and not f.sfi.is_script:
                headers[f.span[0]].append(f)
        script = run.functions.get(unit.script.id)
        self.w(f"<h3>{esc(unit.name)}")
        if script is not None:
            self.w(f" <span class=\"muted\">(top level: {esc(self.function_line(script))})</span>")
        self.w(f"</h3><div class=\"unit\"><div class=\"src\" data-unit=\"{unit.index}\">")
        for n, text in enumerate(unit.lines, start=1):
            self.w(f"<div class=\"ln\" id=\"u{unit.index}-L{n}\"><span class=\"g\">")
            for f in cover.get(n, ())[-4:]:
                top = " top" if f.span[0] == n else ""
                self.w(f"<i class=\"bar st-{f.story}{top}\" data-f=\"{f.id}\" title=\"{esc(f.name)}: "
                       f"{esc(STORY_LABELS[f.story])}\"></i>")
            self.w(f"</span><a class=\"no\" href=\"#u{unit.index}-L{n}\">{n}</a><span class=\"code\">")
            self.w(self.marked_line(text, sites_by_line.get(n, [])))
            self.w("</span>")
            for f in headers.get(n, ()):
                self.w(f"<a class=\"chip st-{f.story}\" href=\"#fn-{f.id}\" title=\"{esc(self.function_line(f))}\">"
                       f"{esc(f.name)}: {esc(self.function_chip(f))}</a>")
            ds = deopts_by_line.get(n)
            if ds:
                reasons = sorted({d.event.reason for d in ds})
                self.w(f"<a class=\"dm\" href=\"#deopt-{ds[0].index}\" data-deopts=\"{','.join(str(d.index) for d in ds)}\" "
                       f"title=\"{len(ds)} deopt{'s' if len(ds) > 1 else ''} here: {esc(', '.join(reasons))}\">"
                       f"{len(ds)} deopt{'s' if len(ds) > 1 else ''}: {esc(', '.join(reasons))}</a>")
            self.w("</div>\n")
        self.w("</div></div>")

    def function_chip(self, f) -> str:
        parts = [STORY_LABELS[f.story]]
        if f.versions:
            osr = sum(1 for v in f.versions if v.osr_offset is not None)
            parts.append(f"{len(f.versions)} version{'s' if len(f.versions) > 1 else ''}"
                         + (f" ({osr} OSR)" if osr else ""))
        if f.inlined_into:
            parts.append(f"inlined ×{len(f.inlined_into)}")
        if f.deopts:
            parts.append(f"{len(f.deopts)} deopt{'s' if len(f.deopts) > 1 else ''}")
        return " · ".join(parts)

    def function_line(self, f) -> str:
        return "; ".join(self.function_story(f))

    def function_story(self, f) -> list[str]:
        """The function's tier story in sentences (the side panel and tooltips)."""
        since = " since its last deopt" if f.sfi.deopt_count else ""
        lines = [f"{f.sfi.invocations} invocations and {f.sfi.back_edges} loop back edges counted by the "
                 f"interpreter{since}"]
        own = [v for v in f.versions if v.osr_offset is None]
        osr = [v for v in f.versions if v.osr_offset is not None]
        if own:
            lines.append(f"optimized {len(own)} time{'s' if len(own) > 1 else ''} "
                         f"({', '.join(v.symbol for v in own)})")
        if osr:
            lines.append(f"{len(osr)} OSR version{'s' if len(osr) > 1 else ''}, entered {f.osr_entries} "
                         f"time{'s' if f.osr_entries != 1 else ''}")
        if f.inlined_into:
            into = sorted({v.function.name for v, _ in f.inlined_into})
            lines.append(f"inlined into {', '.join(into)} ({len(f.inlined_into)} call sites in all)")
        if f.own_deopts:
            reasons = defaultdict(int)
            for d in f.own_deopts:
                reasons[d.event.reason] += 1
            lines.append(f"its code deoptimized {len(f.own_deopts)} time{'s' if len(f.own_deopts) > 1 else ''}: "
                         + ", ".join(f"{r} ×{n}" for r, n in reasons.items()))
        inlined_fails = [d for d in f.deopts if d.version is not None and d.version.function is not f]
        if inlined_fails:
            lines.append(f"{len(inlined_fails)} guard{'s' if len(inlined_fails) > 1 else ''} failed in its code "
                         f"inlined into " + ", ".join(sorted({d.version.function.name for d in inlined_fails})))
        if f.discarded:
            lines.append(f"{len(f.discarded)} compile{'s' if len(f.discarded) > 1 else ''} discarded "
                         f"({f.discarded[-1].reason})")
        if f.no_osr:
            lines.append(f"no OSR: {f.no_osr[-1].reason}")
        if f.disabled:
            lines.append(f"stays in the interpreter: {f.disabled}")
        return lines

    def marked_line(self, text: str, sites) -> str:
        """The line's text with each site group wrapped in a marker span (nested where ranges nest)."""
        if not sites:
            return esc(text)
        groups = defaultdict(list)
        for s in sites:
            start, end = max(0, min(s.start, len(text))), max(0, min(s.end, len(text)))
            if end <= start:
                continue
            groups[(start, end)].append(s)
        ranges = sorted(groups, key=lambda r: (r[0], -r[1]))
        # Nest: a range overlapping the one it starts in without being inside it is cut at its end.
        opened = []
        starts, ends = defaultdict(list), defaultdict(int)
        for start, natural_end in ranges:
            while opened and opened[-1] <= start:
                opened.pop()
            end = min(natural_end, opened[-1]) if opened else natural_end
            if end <= start:
                continue
            group = groups[(start, natural_end)]
            k = len(self.site_data)
            self.site_data.append(self.site_entry(group))
            state = site_state(group)
            title = "; ".join(f"{s.label}: {s.view.summary}" for s in group)
            starts[start].append(f"<span class=\"s s-{state}\" data-s=\"{k}\" title=\"{esc(title)}\">")
            ends[end] += 1
            opened.append(end)
        out = []
        for i, ch in enumerate(text):
            if ends.get(i):
                out.append("</span>" * ends[i])
            out.extend(starts.get(i, ()))
            out.append(esc(ch))
        if ends.get(len(text)):
            out.append("</span>" * ends[len(text)])
        return "".join(out)

    def site_entry(self, group) -> dict:
        f = group[0].function
        return {"f": f.name, "l": group[0].line,
                "items": [{"label": s.label, "bc": s.bytecode, "pc": s.pc, "kind": s.view.kind, "state": s.view.state,
                           "stateLabel": STATE_LABELS[s.view.state], "summary": s.view.summary,
                           "details": s.view.details} for s in group]}

    def function_data(self) -> dict:
        out = {}
        for f in self.run.functions.values():
            if f.unit is None or f.span is None:
                continue
            out[f.id] = {"name": f.name, "story": f.story, "storyLabel": STORY_LABELS[f.story],
                         "lines": [f"lines {f.span[0]}-{f.span[1]}"] + self.function_story(f),
                         "versions": [v.symbol for v in f.versions], "deopts": [d.index for d in f.deopts]}
        return out

    def deopt_data(self) -> list:
        return [{"t": f"{d.time * 1000:.2f}", "r": d.event.reason, "f": d.function.name if d.function else "?",
                 "bc": d.event.bytecode_name, "pc": d.event.guard_offset} for d in self.run.deopts]

    # ---- functions -------------------------------------------------------------------------------

    def functions(self) -> None:
        run = self.run
        fs = [f for f in run.functions.values() if f.story != "not-run" or f.sfi.is_script]
        idle = [f for f in run.functions.values() if f not in fs]
        fs.sort(key=lambda f: (STORIES.index(f.story) * -1, -f.cost, f.span or (0, 0)))
        self.w("<section id=\"functions\"><h2>Functions</h2><table><tr><th>function</th><th>lines</th><th>story</th>"
               "<th class=\"num\" title=\"counted by the interpreter; a deopt resets the count\">invocations*</th>"
               "<th>optimized versions</th><th class=\"num\">OSR entries</th>"
               "<th>inlined into</th><th>deopts</th><th class=\"num\">compile ms</th></tr>")
        for f in fs:
            lines = self.where(f, f.span[0]) + (f"-{f.span[1]}" if f.span and f.span[1] != f.span[0] else "") \
                if f.span else ""
            versions = ", ".join(self.version_link(v) + (" (OSR)" if v.osr_offset is not None else "")
                                 for v in f.versions)
            into = ", ".join(sorted({self.version_link(v) for v, _ in f.inlined_into}))
            reasons = defaultdict(list)
            for d in f.deopts:
                reasons[d.event.reason].append(d)
            deopts = "<br>".join(f"<a href=\"#deopt-{ds[0].index}\">{esc(r)}</a> ×{len(ds)}" for r, ds in reasons.items())
            extra = f"<br><span class=\"muted\">{esc(f.disabled)}</span>" if f.disabled else ""
            self.w(f"<tr id=\"fn-{f.id}\"><td>{esc(f.name)}</td><td>{lines}</td><td>{self.story_badge(f)}{extra}</td>"
                   f"<td class=\"num\">{f.sfi.invocations}</td><td>{versions}</td><td class=\"num\">{f.osr_entries}</td>"
                   f"<td>{into}</td><td>{deopts}</td><td class=\"num\">{ms(f.compile_seconds)}</td></tr>")
        self.w("</table><p class=\"note\">* Invocations the interpreter counted (calls between optimized "
               "functions do not pass through it), since the function's last deopt, which resets the count.</p>")
        if idle:
            self.w(f"<p class=\"note\">{len(idle)} function{'s' if len(idle) > 1 else ''} never ran: "
                   + ", ".join(f"<span id=\"fn-{f.id}\">{esc(f.name)}</span>" for f in idle) + ".</p>")
        self.w("</section>\n")

    # ---- deopts ------------------------------------------------------------------------------------

    def deopts(self) -> None:
        run = self.run
        self.w("<section id=\"deopts\"><h2>Deopts</h2>")
        if not run.deopts:
            self.w("<p class=\"note\">No deopts in this run.</p></section>\n")
            return
        reasons = sorted(run.deopts_by_reason)
        self.w("<div class=\"toolbar\"><label>reason <select id=\"deopt-reason\"><option value=\"\">any</option>")
        for r in reasons:
            self.w(f"<option value=\"{esc(r)}\">{esc(r)}</option>")
        self.w("</select></label><label>function <input id=\"deopt-function\" size=\"16\"></label>"
               f"<span id=\"deopt-count\" class=\"muted\">{len(run.deopts)} shown</span>"
               "<button data-toggle=\"#deopt-list > details\" data-open=\"1\">expand all</button>"
               "<button data-toggle=\"#deopt-list > details\" data-open=\"0\">collapse all</button></div>")
        self.w("<div id=\"deopt-list\">")
        for d in run.deopts:
            self.deopt_panel(d, full=self.full_dumps or d.index < MAX_DEOPT_PANELS)
        self.w("</div>")
        if len(run.deopts) > MAX_DEOPT_PANELS and not self.full_dumps:
            self.w(f"<p class=\"note\">Deopts after the first {MAX_DEOPT_PANELS} show their summary only "
                   "(--full-dumps shows every frame).</p>")
        self.w("</section>\n")

    def deopt_panel(self, d, full: bool) -> None:
        e = d.event
        f = d.function
        fname = f.name if f else e.function_name
        v = d.version
        self.w(f"<details class=\"panel deopt\" id=\"deopt-{d.index}\" data-reason=\"{esc(e.reason)}\" "
               f"data-fn=\"{esc(fname)}\" data-deopt-id=\"{e.deopt_id}\" data-record-id=\"{e.record_id}\" data-symbol=\"{esc(e.code_symbol)}\" "
               f"data-guard=\"{e.guard_offset}\" data-bytecode=\"{esc(e.bytecode_name)}\">"
               f"<summary>#{d.index} <span class=\"muted\">{d.time * 1000:.2f} ms</span> <b>{esc(fname)}</b>: "
               f"<span class=\"reason\">{esc(e.reason)}</span> at {esc(e.bytecode_name)} @{e.guard_offset}"
               + (f", line {d.line}" if d.line else "") + f" in {esc(e.code_symbol)}"
               + (f" <span class=\"muted\">({len(e.frames)} frames: inlined code)</span>" if len(e.frames) > 1 else "")
               + "</summary>")
        if not full:
            self.w("</details>\n")
            return
        self.w("<div class=\"body\"><dl class=\"facts\">")
        self.w(f"<dt>reason</dt><dd class=\"reason\">{esc(e.reason)}</dd>")
        self.w(f"<dt>guard</dt><dd>{esc(e.bytecode_name)} at bytecode offset {e.guard_offset} of {self.fn_link(f)}"
               + (f", {self.where(f, d.line, d.col)}" if d.line else "") + "</dd>")
        text = self.source_line(f, d.line)
        if text:
            caret = " " * max(0, d.col - 1 - (f.unit.first_line_shift if d.line == 1 else 0)) + "^"
            self.w(f"<dt>source</dt><dd><pre class=\"excerpt\">{esc(text)}\n{esc(caret)}</pre></dd>")
        code = self.version_link(v) if v is not None else esc(e.code_symbol)
        if v is not None:
            code += f" ({'OSR code of ' if v.osr_offset is not None else 'optimized '}{esc(v.function.name)})"
        self.w(f"<dt>optimized code</dt><dd>{code}</dd>")
        rec = (f"<a href=\"#rec-{e.record_id}\">record ID {e.record_id}</a>" if v is not None else f"ID {e.deopt_id}")
        if d.record is not None:
            rec += (f" in {esc(d.record_function)}, instruction offset {d.record.instruction_offset} "
                    f"(the return address of its __llvm_deoptimize call), {len(d.record.locations)} locations")
        self.w(f"<dt>stack map record</dt><dd>{rec}</dd>")
        self.w(f"<dt>handler time</dt><dd>{e.latency * 1e6:.0f} µs (reading the frame to resuming the interpreter)</dd>")
        if d.resumed is not None:
            self.w(f"<dt>result</dt><dd>the interpreter returned <code>{esc(d.resumed.shown)}</code> to "
                   f"{esc(d.resumed.function_name)}'s caller</dd>")
        self.w("</dl>")
        views = e.views
        for k, fv in enumerate(views):
            kind = ("resumes at" if fv.kind == FrameKind.INTERPRETED
                    else f"resumes after ({fv.kind.value})")
            ff = self.run.function(fv.shared_id)
            pos = ""
            if ff is not None and 0 <= fv.bytecode_offset < len(ff.sfi.positions):
                line, col = ff.sfi.positions[fv.bytecode_offset]
                pos = ", " + self.where(ff, line, col)
            label = f"frame {k + 1} of {len(views)}: " if len(views) > 1 else "translated frame: "
            self.w(f"<div class=\"frame\" data-function=\"{esc(fv.function)}\" data-offset=\"{fv.bytecode_offset}\" "
                   f"data-kind=\"{esc(fv.kind.value)}\"><h4>{label}{self.fn_link(ff) if ff else esc(fv.function)} "
                   f"<span class=\"muted\">{kind} bytecode offset {fv.bytecode_offset}{pos}</span></h4>"
                   "<table><tr><th>value</th><th>is</th><th>representation</th><th>read from</th>"
                   "<th>raw bits</th><th>deopt operand</th></tr>")
            for val in fv.values:
                dead = " class=\"dead\"" if val.shown == "<optimized out>" else ""
                raw = f"0x{val.raw:x}" if val.raw is not None else ""
                operand = (f"<a href=\"#rec-{e.record_id}\">#{val.operand}</a>" if val.operand >= 0 and v is not None
                           else esc(val.source))
                self.w(f"<tr{dead}><td>{esc(val.name)}</td><td>{self.value_cell(val.shown)}</td><td>{esc(val.rep)}</td>"
                       f"<td>{esc(val.where)}</td><td>{raw}</td><td>{operand}</td></tr>")
            self.w("</table></div>")
        self.w("</div></details>\n")

    def value_cell(self, shown: str) -> str:
        """A value as the trace shows it; a long one (a big object printed whole) folded, and past
        LONG_VALUE characters cut unless --full-dumps."""
        if len(shown) <= 160 and "\n" not in shown:
            return esc(shown)
        text = shown if self.full_dumps or len(shown) <= LONG_VALUE else (
            shown[:LONG_VALUE] + f"\n... ({len(shown) - LONG_VALUE} more characters: --full-dumps shows them)")
        head = shown.split("\n", 1)[0][:80]
        return (f"<details class=\"longval\"><summary>{esc(head)} ... ({len(shown)} characters)</summary>"
                f"<pre>{esc(text)}</pre></details>")

    # ---- optimized versions ------------------------------------------------------------------------

    def versions(self) -> None:
        run = self.run
        self.w("<section id=\"versions\"><h2>Optimized code</h2>")
        if not run.versions:
            self.w("<p class=\"note\">No optimized code was installed.</p></section>\n")
            return
        self.w("<div class=\"toolbar\"><button data-toggle=\"#versions > details\" data-open=\"1\">expand all</button>"
               "<button data-toggle=\"#versions > details\" data-open=\"0\">collapse all</button>"
               + ("" if self.full_dumps else f"<span class=\"muted\">IR and assembly are clipped to "
                  f"{DUMP_LIMIT // 1000} K characters each, {DUMP_BUDGET // 1_000_000} M in all (--full-dumps: "
                  "everything)</span>") + "</div>")
        self.plan_dumps()
        for v in run.versions:
            self.version_panel(v)
        self.w("</section>\n")

    def version_panel(self, v) -> None:
        run = self.run
        code = v.code
        ins = v.installed
        kind = "optimized" if v.osr_offset is None else f"OSR code (loop at bytecode {v.osr_offset})"
        ended = (f"unlinked by deopt #{v.deopts[0].index} at {v.end_time * 1000:.1f} ms" if v.end_time is not None
                 else "installed to the end")
        self.w(f"<details class=\"panel version\" id=\"v-{esc(v.symbol)}\"><summary><b>{esc(v.symbol)}</b>: "
               f"{esc(kind)} {esc(v.function.name)}, installed at {v.install_time * 1000:.1f} ms, "
               f"{len(code.deopt_data.points)} deopt points, "
               + (f"<span class=\"reason\">{len(v.deopts)} deopt{'s' if len(v.deopts) > 1 else ''}</span>, "
                  if v.deopts else "") + f"{esc(ended)}</summary><div class=\"body\"><dl class=\"facts\">")
        self.w(f"<dt>function</dt><dd>{self.fn_link(v.function)}"
               + (f" ({self.where(v.function, v.function.span[0])})" if v.function.span else "") + "</dd>")
        self.w(f"<dt>compiled</dt><dd>at {ins.invocations} invocations, {ins.back_edges} back edges; lowered in "
               f"{ms(ins.lowering_seconds)} ms, LLVM {ms(ins.compile_seconds)} ms"
               f"{' on the compile thread' if ins.concurrent else ' on the main thread'}; "
               f"{esc(code.compiled.name)}</dd>")
        if v.osr_offset is not None:
            self.w(f"<dt>OSR entries</dt><dd>{code.osr_entries}</dd>")
        if ins.inlined:
            items = []
            for inl in ins.inlined:
                callee, caller = run.function(inl.shared_id), run.function(inl.caller_id)
                items.append(f"{self.fn_link(callee)} into {self.fn_link(caller)} at bytecode {inl.call_pc} "
                             f"(depth {inl.depth})")
            self.w(f"<dt>inlined</dt><dd>{'<br>'.join(items)}</dd>")
        self.w("</dl>")
        if ins.notes:
            self.w(f"<details class=\"sub\"><summary>What it speculates ({len(ins.notes)} notes, as --trace-opt "
                   "prints them)</summary><pre class=\"dump\">")
            self.w("\n".join(esc(n) for n in ins.notes))
            self.w("</pre></details>")
        self.deopt_points(v)
        self.records(v)
        self.bytecode(v)
        for key, title in DUMPS:
            self.dump(title, key, self.planned.get((v.index, key)))
        self.w("</div></details>\n")

    def deopt_points(self, v) -> None:
        run = self.run
        points = v.code.deopt_data.points
        self.w(f"<details class=\"sub\" open><summary>Deopt points ({len(points)})</summary><table><tr><th>deopt id</th>"
               "<th>reason</th><th>guard</th><th>resumes at</th><th>frames</th><th>deopts that hit it</th>"
               "<th>its deoptimize call</th></tr>")
        shown = {key: {line.deopt_id for line in (self.planned.get((v.index, key)) or ([], 0))[0]
                       if line.deopt_id is not None} for key, _ in DUMPS}
        exit_of = v.code.deopt_data.exit_of
        for pid, p in sorted(points.items()):
            fs = p.frames[-1]
            rid = exit_of(pid)          # the guards of a checkpoint share one deopt exit (record)
            f = run.function(fs.shared_id) if fs.shared_id >= 0 else v.function
            hits = v.hits.get(pid, [])
            hit_links = ", ".join(f"<a href=\"#deopt-{d.index}\">#{d.index}</a>" for d in hits)
            cls = " class=\"guard\"" if hits else ""
            ident = (f"<a href=\"#rec-{rid}\">{pid}</a>" if rid in self.record_ids
                     else f"{pid} <span class=\"muted\" title=\"no stack map record: LLVM removed this exit as "
                          f"unreachable\">(removed)</span>")
            self.w(f"<tr{cls} id=\"dp-{pid}\"><td>{ident}</td>"
                   f"<td class=\"reason\">{esc(p.reason.value)}</td>"
                   f"<td>{esc(p.bytecode_name)} @{p.guard_offset} in {self.fn_link(f)}</td>"
                   f"<td>{fs.bytecode_offset}</td><td>{len(p.frames)}</td><td>{hit_links}</td><td>"
                   + " ".join(f"<a href=\"#{key}-{rid}\">{name}</a>" for key, name in
                              (("ir", "IR"), ("oir", "optimized IR"), ("asm", "assembly")) if rid in shown[key])
                   + "</td></tr>")
        self.w("</table></details>")

    def records(self, v) -> None:
        views, full = self.planned.get((v.index, "rec"), ([], set()))
        left_out = len(views) - len(full)
        self.w(f"<details class=\"sub\"><summary>Stack map records ({len(views)})</summary>")
        if left_out:
            self.w(f"<p class=\"clipped\">{left_out} records no deopt hit show their header only: the report's "
                   "dump budget is spent (--full-dumps shows them whole).</p>")
        anchored = set()
        for r in views:
            hits = v.record_hits.get(r.deopt_id, [])
            p = r.point
            head = (f"record ID {r.deopt_id} in {esc(r.function)} at instruction offset {r.instruction_offset}")
            if p is not None:
                head += (f": <a href=\"#dp-{r.deopt_id}\">deopt point</a> <span class=\"reason\">"
                         f"{esc(p.reason.value)}</span>, {esc(p.bytecode_name)} @{p.guard_offset}")
            if hits:
                head += " — hit by " + ", ".join(f"<a href=\"#deopt-{d.index}\">#{d.index}</a>" for d in hits)
            # LLVM may duplicate a deopt call (one record per copy, the same ID): the first is the anchor
            anchor = f"rec-{r.deopt_id}" if r.deopt_id not in anchored else f"rec-{r.deopt_id}-{r.instruction_offset}"
            anchored.add(r.deopt_id)
            self.w(f"<div class=\"record\" id=\"{anchor}\"><p>{head}</p>")
            if r.deopt_id in full:
                self.w("<pre class=\"dump\">" + ("\n".join(esc(line) for line in r.lines) or "(no deopt point)")
                       + "</pre>")
            self.w("</div>")
        self.w("</details>")

    def bytecode(self, v) -> None:
        run = self.run
        ins = v.installed
        feedback = v.started.feedback if v.started is not None and v.started.feedback is not None else {}
        sfis = [v.function.sfi] + [run.function(i.shared_id).sfi for i in ins.inlined
                                   if run.function(i.shared_id) is not None]
        seen = set()
        self.w("<details class=\"sub\"><summary>Bytecode with the feedback it was compiled with</summary>")
        if not feedback:
            self.w("<p class=\"note\">(the feedback at the end of the run: no copy was taken at compile time)</p>")
        for sfi in sfis:
            if sfi.id in seen:
                continue
            seen.add(sfi.id)
            guards = defaultdict(list)
            for pid, p in v.code.deopt_data.points.items():
                sid = p.frames[-1].shared_id
                if (sid if sid >= 0 else v.function.id) == sfi.id:
                    guards[p.guard_offset].append(pid)
            inlined = defaultdict(list)
            for i in ins.inlined:
                if i.caller_id == sfi.id:
                    callee = run.function(i.shared_id)
                    inlined[i.call_pc].append(callee.name if callee else "?")
            f = run.function(sfi.id)
            self.w(f"<h4>{self.fn_link(f)}" + (" (inlined)" if sfi is not v.function.sfi else "")
                   + "</h4><table class=\"bc\">")
            for line in bytecode_lines(sfi, feedback.get(sfi.id), run.describer, guards, inlined):
                cls = " class=\"guard\"" if line.deopt_ids else ""
                pos = (f"<a href=\"#u{f.unit.index}-L{line.position[0]}\">{line.position[0]}:{line.position[1]}</a>"
                       if line.position and line.position[0] and f is not None and f.unit is not None else "")
                fb = ""
                if line.feedback is not None:
                    fb = (f"<span class=\"s s-{line.feedback.state}\">fb{line.slot}</span> "
                          f"{esc(line.feedback.summary)}")
                marks = [f"<a class=\"reason\" href=\"#dp-{i}\">deopt {i}</a>" for i in line.deopt_ids]
                marks += [f"inlined {esc(n)}" for n in line.inlined]
                if v.osr_offset is not None and line.pc == v.osr_offset:
                    marks.append("OSR entry")
                self.w(f"<tr{cls}><td>{line.pc}</td><td>{esc(line.name)}</td><td>{esc(line.operands)}</td>"
                       f"<td>{pos}</td><td>{fb}</td><td>{' '.join(marks)}</td></tr>")
            self.w("</table>")
        self.w("</details>")

    def plan_dumps(self) -> None:
        """Which dumps the page holds, clipped: the versions that deopted get the budget first (they
        are the ones looked at), then the others in compile order."""
        self.planned = {}
        self.record_ids = set()
        spent = 0
        for v in sorted(self.run.versions, key=lambda v: (not v.deopts, v.index)):
            compiled = v.code.compiled
            views = record_views(v.code)
            self.record_ids.update(r.deopt_id for r in views)
            full = set()
            for r in views:
                size = sum(len(line) + 1 for line in r.lines)
                if self.full_dumps or r.deopt_id in v.record_hits or spent + size <= DUMP_BUDGET:
                    full.add(r.deopt_id)
                    spent += size if r.deopt_id not in v.record_hits else 0
            self.planned[(v.index, "rec")] = (views, full)
            for key, _ in DUMPS:
                limit = None if self.full_dumps else min(DUMP_LIMIT, DUMP_BUDGET - spent)
                if limit is not None and limit <= 0:
                    self.planned[(v.index, key)] = None
                    continue
                if key == "asm":
                    lines = asm_lines(compiled.assembly())
                else:
                    lines = ir_lines(compiled.ir if key == "ir" else compiled.optimized_ir)
                omitted = 0
                if limit is not None:
                    lines, omitted = clip(lines, limit, v.hits.keys())
                spent += sum(len(line.text) + 1 for line in lines)
                self.planned[(v.index, key)] = (lines, omitted)

    def dump(self, title: str, key: str, planned) -> None:
        if planned is None:
            self.w(f"<details class=\"sub\"><summary>{esc(title)}</summary><p class=\"clipped\">Left out: the "
                   "report's dump budget is spent (--full-dumps includes it).</p></details>")
            return
        lines, omitted = planned
        total = sum(1 for line in lines if not line.gap) + omitted
        shown = f"{total} lines" + (f", {omitted} of them left out" if omitted else "")
        self.w(f"<details class=\"sub\"><summary>{esc(title)} ({shown})</summary>"
               f"<pre class=\"dump\" data-dump=\"{key}\">")
        anchored = set()
        for line in lines:
            if line.gap:
                self.w(f"<span class=\"clipped\">{esc(line.text)}</span>\n")
            elif line.deopt_id is not None:
                anchor = ""
                if line.deopt_id not in anchored:
                    anchored.add(line.deopt_id)
                    anchor = f" id=\"{key}-{line.deopt_id}\""
                target = (f"#rec-{line.deopt_id}" if line.deopt_id in self.record_ids
                          else f"#dp-{line.deopt_id}")
                self.w(f"<span class=\"mark\"{anchor}>{esc(line.text)}  <a href=\"{target}\">; deopt "
                       f"{line.deopt_id}</a></span>\n")
            else:
                self.w(esc(line.text) + "\n")
        if omitted:
            self.w("<span class=\"clipped\">(--full-dumps includes every line)</span>\n")
        self.w("</pre></details>")


def render(run: Run, full_dumps: bool = False) -> str:
    return Page(run, full_dumps).render()
