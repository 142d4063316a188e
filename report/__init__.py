"""`bailout report`: one self-contained HTML page of a run's tier decisions.

Place in the pipeline: the last renderer of the tier's event log
(llvm_tier/events.py), beside the text traces. `prepare` asks the log to keep
what the report needs before the script runs (the values of every deopt, the
feedback each compile read); after the run, `model.build` joins the events with
the tier's optimized code and the isolate's functions and feedback, and
`html.render` writes the page: the source marked with each function's tier
story and each site's feedback, a timeline, one panel per deopt and one per
optimized version (bytecode, IR, assembly, stack map records, cross-linked).
"""
from __future__ import annotations

from .html import render
from .model import build

__all__ = ["prepare", "write_report", "build", "render"]


def prepare(isolate) -> None:
    """Before the run: the tier's event log keeps every event's details for the report."""
    if isolate.tier is not None:
        isolate.tier.log.keep_details = True
    isolate.collector.stats.keep_log = True   # the collections on the timeline


def write_report(path: str, isolate, filename: str, source: str, command: str, status: int,
                 total_seconds: float, started: float, full_dumps: bool = False) -> int:
    """Builds and writes the page; returns its size in bytes."""
    run = build(isolate, filename, source, command, status, total_seconds, started)
    page = render(run, full_dumps).encode("utf-8", "surrogatepass")
    with open(path, "wb") as f:
        f.write(page)
    return len(page)
