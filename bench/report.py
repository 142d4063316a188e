"""Turns the runner's figures into tables: fixed-width text for the terminal and Markdown for the report.

Pure: figures in, text out. Both formats are built from the same rows, so the
terminal, report.md and the README show the same numbers. The chart is in
chart.py, the JSON is the figures themselves.
"""
from __future__ import annotations

import math

from . import engines as eng
from .suite import MEMORY_RATIO, RATIOS, STARTUP, under_floor

# Cell text of an engine that did not produce a usable time on a program.
STATUS_CELLS = {"error": "FAIL", "timeout": "TIMEOUT", "mismatch": "DIFF", "unchecked": "?"}

RATIO_NOTES = {
    "b/n": "bailout / node",
    "b/nj": "bailout / node --jitless",
    "bj/nj": "bailout --jitless / node --jitless (interpreter against interpreter)",
    "bj/b": "bailout --jitless / bailout (what bailout's optimizing tier gains, compile time included)",
    "b/C": "bailout / C at -O2",
}


def table(headers: list[str], rows: list[list[str]]) -> str:
    """Columns padded to their widest cell; the first column left-aligned, the rest right-aligned."""
    widths = [max(len(r[i]) for r in [headers] + rows) for i in range(len(headers))]

    def line(cells):
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))
    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), rule] + [line(r) for r in rows])


# Columns of words rather than numbers: left-aligned in Markdown.
TEXT_COLUMNS = {"program", "output", "not optimized"}


def md_table(headers: list[str], rows: list[list[str]]) -> str:
    """A Markdown pipe table; the number columns right-aligned."""
    def line(cells):
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"
    align = "| " + " | ".join("---" if h in TEXT_COLUMNS else "---:" for h in headers) + " |"
    return "\n".join([line(headers), align] + [line(r) for r in rows])


def seconds(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def ratio(x: float | None) -> str:
    if x is None:
        return "-"
    return f"{x:.0f}x" if x >= 100 else f"{x:.1f}x" if x >= 1 else f"{x:.2f}x"


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def engine_names(results: dict) -> list[str]:
    """The engines in round order, C last if any program had it."""
    names = list(eng.JS_ENGINES)
    if any(eng.C in r["engines"] for r in results.values()):
        names.append(eng.C)
    return names


def ratio_labels(results: dict) -> list[str]:
    names = engine_names(results)
    return [label for label, a, b in RATIOS if a in names and b in names]


def _cell(e: dict | None, value: str) -> str:
    if e is None:
        return ""
    if e["status"] in ("ok",):
        return value
    return STATUS_CELLS.get(e["status"], e["status"])


def program_result(r: dict) -> str:
    """The last column: ok, or which engines failed and how."""
    if r["status"] in ("node failed", "self-check failed"):
        return r["status"]
    bad = [f"{name}: {STATUS_CELLS.get(e['status'], e['status'])}"
           for name, e in r["engines"].items() if e["status"] != "ok"]
    return "ok" if not bad else "; ".join(bad)


def _programs(results: dict) -> list[tuple[str, dict]]:
    """Startup first, then the programs in name order."""
    rows = [(STARTUP, results[STARTUP])] if STARTUP in results else []
    return rows + sorted((k, v) for k, v in results.items() if k != STARTUP)


def time_rows(results: dict, overall: dict) -> tuple[list[str], list[list[str]]]:
    """Table 1: median wall time per engine, the ratios, and the output check."""
    names, labels = engine_names(results), ratio_labels(results)
    headers = ["program", "iters"] + names + labels + ["output"]
    rows = []
    for name, r in _programs(results):
        cells = [name, "" if name == STARTUP else str(r["iterations"])]
        cells += [_cell(r["engines"].get(n), seconds(r["engines"].get(n, {}).get("median"))) for n in names]
        cells += [ratio(r["ratios"].get(label)) for label in labels]
        cells.append("" if name == STARTUP else program_result(r))
        rows.append(cells)
    rows.append(["geometric mean", ""] + [""] * len(names) + [ratio(overall.get(label)) for label in labels]
                + [""])
    return headers, rows


def memory(mb: float | None, floor: float | None) -> str:
    """Peak RSS in MB; at or under the floor (see engines.rss_floor_mb) only the floor is known."""
    if mb is None:
        return ""
    if under_floor(mb, floor):
        return f"<={floor:.0f}"
    return f"{mb:.0f}"


def memory_ratio(m: dict | None) -> str:
    """The peak-memory ratio (suite.memory_ratio): a bound when one figure is at the floor, '?' when both are."""
    if m is None:
        return "-"
    if m["value"] is None:
        return "?"
    return {"at least": ">=", "at most": "<="}.get(m["bound"], "") + ratio(m["value"])


def spread_rows(results: dict, floor: float | None = None,
                overall: dict | None = None) -> tuple[list[str], list[list[str]]]:
    """Table 2: min-max wall time and peak memory per engine, and bailout's peak memory over node's."""
    names = engine_names(results)
    label = MEMORY_RATIO[0]
    headers = ["program"] + [f"{n} s" for n in names] + [f"{n} MB" for n in names] + [label]
    rows = []
    for name, r in _programs(results):
        es = r["engines"]
        spread = [_cell(es.get(n), f"{es[n]['min']:.3f}-{es[n]['max']:.3f}" if es.get(n, {}).get("min") else "-")
                  for n in names]
        rows.append([name] + spread + [memory(es[n]["peak_rss_mb"] if n in es else None, floor) for n in names]
                    + [memory_ratio(r.get("memory_ratio"))])
    if overall is not None:
        rows.append(["geometric mean"] + [""] * (2 * len(names)) + [ratio(overall.get(label))])
    return headers, rows


def per_iteration_rows(results: dict) -> tuple[list[str], list[list[str]]]:
    """Table 3: milliseconds per iteration, net of the engine's start-up."""
    names = engine_names(results)
    rows = []
    for name, r in _programs(results):
        if name == STARTUP:
            continue
        es = r["engines"]
        rows.append([name, str(r["iterations"])]
                    + [_cell(es.get(n), _ms(es.get(n, {}).get("per_iteration_ms"))) for n in names])
    return ["program", "iters"] + [f"{n} ms" for n in names], rows


def _ms(x: float | None) -> str:
    if x is None:
        return "-"
    return f"{x:.1f}" if x >= 1 or x == 0 else f"{x:.3f}"


def stats_rows(results: dict) -> tuple[list[str], list[list[str]]]:
    """Table 4: what `bailout run --stats` printed (medians over the runs)."""
    rows = []
    for name, r in _programs(results):
        if name == STARTUP:
            continue
        e = r["engines"].get(eng.BAILOUT)
        s = e and e.get("stats")
        if not s:
            rows.append([name] + ["-"] * 8 + [""])
            continue
        wall = e["median"]
        share = f"{100 * s['compile_ms'] / 1e3 / wall:.0f}%" if wall and "compile_ms" in s else "-"
        notes = [f"not optimized ({reason}): {n}" for reason, n in s.get("not_optimized", [])]
        top = s.get("crossings_by_entry", [])[:3]
        if top:
            notes.insert(0, "most crossings: " + ", ".join(f"{entry} {n}" for entry, n in top))
        rows.append([name, _int(s.get("compiles")), _int(s.get("osr_compiles")), _ms(s.get("compile_ms")),
                     share, _int(s.get("deopts")), _int(s.get("inlined")), _int(s.get("entries")),
                     _int(s.get("crossings")), "; ".join(notes)])
    return ["program", "compiles", "of them OSR", "compile ms", "of wall time", "deopts", "inlined calls",
            "entries", "crossings", "notes"], rows


def _int(x) -> str:
    return "-" if x is None else f"{x:g}"


def failures(results: dict) -> list[str]:
    """One line per failing engine and program, with what went wrong."""
    lines = []
    for name, r in _programs(results):
        if r["status"] == "node failed":
            lines.append(f"{name}: node failed ({r['engines'].get(eng.NODE, {}).get('detail')})")
        elif r["status"] == "self-check failed":
            lines.append(f"{name}: node's own output fails the self-check: {r['reference'].strip()!r}")
        for engine, e in r["engines"].items():
            if e["status"] not in ("ok", "unchecked"):
                lines.append(f"{name} under {engine}: {e['status']}: {e['detail']}")
        if r["notes"].get("c_build"):
            lines.append(f"{name}: C build failed: {r['notes']['c_build']}")
    return lines


def _header_lines(meta: dict) -> list[str]:
    note = [f"note: {meta['note']}"] if meta.get("note") else []
    return note + [
        f"machine: {meta['machine']}",
        f"versions: python {meta['python']}, node {meta['node']}, C compiler {meta['cc'] or 'none'}",
        f"bailout: {meta.get('engine_tree', 'the working tree')}",
        f"runs: {meta['runs']} per engine and program, interleaved; load average {meta['load_start']:.2f} at "
        f"start, {meta['load_end']:.2f} at the end; the whole run took {meta['elapsed']:.0f} s",
    ]


TITLES = [
    "1. Median wall time of the whole process, seconds; ratios of the medians",
    "2. Spread (fastest-slowest run, seconds) and peak memory (max RSS of the process, MB; "
    "'<=N': under the floor N that the measurement can see); b/n RSS = bailout's peak memory / node's "
    "('>=' or '<=': one figure is at the floor, so the ratio is a bound; '?': both are)",
    "3. Time per iteration, ms: (median wall time - median start-up of the same engine) / iterations",
    "4. bailout's optimizing tier, from `bailout run --stats` (medians over the runs): inlined call sites; "
    "entries into optimized code from the interpreter; runtime-entry crossings from optimized code into Python "
    "(the most frequent by entry in the notes)",
]


def render_text(meta: dict, results: dict, overall: dict) -> str:
    parts = [f"bailout benchmarks, {meta['date']}"] + _header_lines(meta) + [""]
    for title, (headers, rows) in zip(TITLES, _all_rows(meta, results, overall)):
        parts += [title, table(headers, rows), ""]
    parts += ["ratios: " + "; ".join(f"{k} = {RATIO_NOTES[k]}" for k in ratio_labels(results))]
    bad = failures(results)
    parts += ["", "failures:" if bad else "failures: none"] + [f"  {line}" for line in bad]
    return "\n".join(parts) + "\n"


def render_markdown(meta: dict, results: dict, overall: dict, chart_name: str | None) -> str:
    parts = [f"# bailout benchmarks, {meta['date']}", ""]
    parts += [f"- {line}" for line in _header_lines(meta)]
    parts += [f"- command: `{meta['command']}`", ""]
    if chart_name:
        parts += [f"![median wall time per program and engine, log scale]({chart_name})", ""]
    for title, (headers, rows) in zip(TITLES, _all_rows(meta, results, overall)):
        parts += [f"## {title}", "", md_table(headers, rows), ""]
    parts += ["Ratios: " + "; ".join(f"`{k}` = {RATIO_NOTES[k]}" for k in ratio_labels(results)) + ".",
              "`DIFF`: the output differs from node's; `FAIL`: the process failed; "
              "`TIMEOUT`: it was stopped.", ""]
    bad = failures(results)
    parts += ["## Failures", ""] + ([f"- {line}" for line in bad] if bad else ["None."])
    return "\n".join(parts) + "\n"


def _all_rows(meta: dict, results: dict, overall: dict):
    return [time_rows(results, overall), spread_rows(results, meta.get("rss_floor_mb"), overall),
            per_iteration_rows(results), stats_rows(results)]
