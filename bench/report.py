"""Turns the raw figures that run.py gathered into fixed-width text tables (pure: data in, text out)."""
from __future__ import annotations

import math
import statistics


def table(headers: list[str], rows: list[list[str]]) -> str:
    """Columns padded to their widest cell; the first column left-aligned, the rest right-aligned."""
    widths = [max(len(r[i]) for r in [headers] + rows) for i in range(len(headers))]

    def line(cells):
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))
    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), rule] + [line(r) for r in rows])


def seconds(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def ratio(a: float | None, b: float | None) -> str:
    return "-" if a is None or b is None or b == 0 else f"{a / b:.1f}x"


def ms(x: float) -> str:
    return f"{x * 1e3:.1f}"


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def wall_time_table(startup: dict, scripts: dict) -> str:
    """Table 1: best wall time of each configuration, and the ratios."""
    headers = ["benchmark", "bailout --jitless", "bailout", "node --jitless", "node",
               "bj/nj", "b/n", "bj/b", "output"]

    def row(name, best, output):
        bj, b, nj, n = best["bailout --jitless"], best["bailout"], best["node --jitless"], best["node"]
        return [name, seconds(bj), seconds(b), seconds(nj), seconds(n), ratio(bj, nj), ratio(b, n),
                ratio(bj, b), output]
    rows = [row("(startup: empty script)", startup, "")]
    for name, s in scripts.items():
        rows.append(row(name, s["best"], s["output"]))
    return table(headers, rows)


def bytecode_table(scripts: dict) -> str:
    """Table 2: bytecodes dispatched and the interpreter's rate."""
    rows = []
    for name, s in scripts.items():
        ip = s.get("inprocess")
        if not ip:
            rows.append([name, "-", "-", "-"])
            continue
        count, t = ip["bytecodes"], ip["jitless_seconds"]
        rate = f"{count / t / 1e6:.2f} M" if count and t else "-"
        rows.append([name, f"{count:,}", seconds(t), rate])
    return table(["benchmark", "bytecodes executed", "interpreter s", "bytecodes/s"], rows)


def deopt_table(deopt: dict) -> str:
    """Table 3: deopt latency, handler entry to interpreter resume."""
    lat = deopt.get("latencies") or []
    if not lat:
        return "no deopts recorded" + (f" ({deopt['failure']})" if deopt.get("failure") else "")
    us = [x * 1e6 for x in lat]
    reasons: dict[str, int] = {}
    for r in deopt["reasons"]:
        reasons[r] = reasons.get(r, 0) + 1
    row = [str(len(us)), str(deopt["compiles"]), f"{statistics.median(us):.0f}",
           f"{percentile(us, 90):.0f}", f"{min(us):.0f}", f"{max(us):.0f}",
           ", ".join(f"{r} {n}" for r, n in sorted(reasons.items(), key=lambda kv: -kv[1])),
           deopt["output"]]
    return table(["deopts", "compiles", "median us", "p90 us", "min us", "max us", "reasons", "output"], [row])


PHASES = ["parse_verify", "optimize", "codegen", "link"]


def compile_tables(scripts: dict) -> str:
    """Table 4: JIT time per optimized compile, per script and over all; then the split by phase."""
    rows, every = [], []
    lowering = 0.0
    for name, s in scripts.items():
        tiered = (s.get("inprocess") or {}).get("tiered")
        if not tiered:
            continue
        compiles = tiered["compiles"]
        every += compiles
        lowering += tiered["tier_compile_seconds"] - sum(c["total"] for c in compiles)
        rows.append(_compile_row(name, compiles))
    rows.append(_compile_row("all scripts", every))
    text = table(["benchmark", "compiles", "of them OSR", "median ms", "max ms", "sum ms"], rows)
    if not every:
        return text
    total = sum(c["total"] for c in every)
    split = [[phase, ms(statistics.median(c[phase] for c in every)), ms(max(c[phase] for c in every)),
              f"{100 * sum(c[phase] for c in every) / total:.0f}%"] for phase in PHASES]
    split.append(["total (JIT)", ms(statistics.median(c["total"] for c in every)),
                  ms(max(c["total"] for c in every)), "100%"])
    text += "\n\n" + table(["phase", "median ms", "max ms", "share of JIT time"], split)
    text += (f"\n\nLowering bytecode+feedback to IR (Python, outside the JIT phases): "
             f"{lowering * 1e3:.0f} ms over {len(every)} compiles, "
             f"{lowering * 1e3 / len(every):.1f} ms per compile on average.")
    return text


def _compile_row(name: str, compiles: list[dict]) -> list[str]:
    if not compiles:
        return [name, "0", "0", "-", "-", "-"]
    totals = [c["total"] for c in compiles]
    osr = sum(1 for c in compiles if c.get("osr_offset") is not None)
    return [name, str(len(compiles)), str(osr), ms(statistics.median(totals)), ms(max(totals)), ms(sum(totals))]
