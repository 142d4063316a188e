"""Draws the report's chart with matplotlib: per program, one bar per engine (median wall time, log scale).

The whiskers span the fastest to the slowest run. An engine without a usable
time on a program (failed, timed out, or printed something other than node)
gets no bar but a red cross on the axis, so a failure is not mistaken for a
fast run. The Agg backend draws without a display.
"""
from __future__ import annotations

from pathlib import Path

from . import engines as eng
from .report import _programs, engine_names

COLOURS = {
    eng.BAILOUT: "#d62728",
    eng.BAILOUT_JITLESS: "#ff9896",
    eng.NODE: "#1f77b4",
    eng.NODE_JITLESS: "#aec7e8",
    eng.C: "#7f7f7f",
}


def draw(meta: dict, results: dict, path: Path) -> None:
    """Writes the chart to path; the format follows its suffix (.png or .svg)."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    programs = _programs(results)
    names = engine_names(results)
    width = 0.8 / len(names)
    fig, ax = plt.subplots(figsize=(max(8.0, 0.75 * len(programs) + 2), 5.0), layout="constrained")
    # Where the crosses for missing bars go: just above the axis' lower end.
    timed = [e["median"] for _, r in programs for e in r["engines"].values() if e["median"]]
    floor = min(timed) / 2 if timed else 1e-3
    crossed = False
    for k, engine in enumerate(names):
        xs, heights, low, high, missing = [], [], [], [], []
        for i, (_, r) in enumerate(programs):
            e = r["engines"].get(engine)
            if e is None:
                continue
            x = i + (k - (len(names) - 1) / 2) * width
            if e["status"] == "ok" and e["median"]:
                xs.append(x)
                heights.append(e["median"])
                low.append(e["median"] - e["min"])
                high.append(e["max"] - e["median"])
            else:
                missing.append(x)
        ax.bar(xs, heights, width, label=engine, color=COLOURS.get(engine), yerr=[low, high],
               error_kw={"elinewidth": 0.8, "capsize": 1.5, "ecolor": "#333333"})
        if missing:
            ax.scatter(missing, [floor * 1.2] * len(missing), marker="x", color="red", zorder=3,
                       label=None if crossed else "failed or wrong output")
            crossed = True
    ax.set_yscale("log")
    ax.set_ylim(bottom=floor)
    ax.set_xticks(range(len(programs)), [name for name, _ in programs], rotation=35, ha="right")
    ax.set_ylabel("median wall time of the process, s (log scale)")
    ax.set_title(f"bailout vs node, {meta['date']}: {meta['machine']}", fontsize=10)
    ax.grid(axis="y", which="both", alpha=0.3)
    # Outside the axes: inside, it would hide the tallest bars.
    fig.legend(fontsize=8, ncols=len(names) + 1, loc="outside lower center")
    fig.savefig(path, dpi=110)
    plt.close(fig)
