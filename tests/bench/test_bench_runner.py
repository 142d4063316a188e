"""The benchmark runner end to end, on tiny programs with one iteration and one round.

It must produce the table, the JSON, the Markdown and the chart, and report
an output that differs from node's as a mismatch (exit status 1).
"""
from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent

pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="node is the runner's reference")


def run_bench(out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bench", "--programs", str(HERE / "programs"), "--iterations", "1",
                           "--runs", "1", "--out", str(out), *extra],
                          cwd=REPO, capture_output=True, text=True, timeout=120)


def test_two_tiny_programs_give_table_json_markdown_and_chart(tmp_path):
    done = run_bench(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    # The first table has a row per program that ends in the output check (later tables repeat the names).
    rows = {}
    for line in done.stdout.splitlines():
        if line.startswith("tiny_"):
            rows.setdefault(line.split()[0], line)
    assert set(rows) == {"tiny_calls", "tiny_sum"}
    assert all(line.split()[-1] == "ok" for line in rows.values()), rows
    header = next(line for line in done.stdout.splitlines() if line.startswith("program "))
    for column in ("bailout", "bailout --jitless", "node", "node --jitless", "b/n", "b/nj"):
        assert column in header
    # Progress went to stderr: which program, which engine, how far.
    assert "tiny_sum, node --jitless, round 1/1" in done.stderr and "100%" in done.stderr

    figures = json.loads((tmp_path / "report.json").read_text())
    programs = figures["programs"]
    assert set(programs) == {"(startup)", "tiny_calls", "tiny_sum"}
    for name in ("tiny_calls", "tiny_sum"):
        p = programs[name]
        assert p["status"] == "ok" and p["iterations"] == 1
        for engine in ("bailout", "bailout --jitless", "node", "node --jitless"):
            e = p["engines"][engine]
            assert e["status"] == "ok", (name, engine, e["detail"])
            assert e["median"] > 0 and e["min"] <= e["median"] <= e["max"]
            assert e["peak_rss_mb"] > 1
        assert p["ratios"]["b/n"] > 0 and p["ratios"]["b/nj"] > 0
        assert p["engines"]["bailout"]["stats"]["compiles"] >= 0      # parsed from --stats
        # bailout's peak memory over node's: exact, or a bound when a figure is at the runner's floor.
        m = p["memory_ratio"]
        assert m["bound"] in ("exact", "at least", "at most", "unknown")
        assert m["value"] is None if m["bound"] == "unknown" else m["value"] > 0
    assert figures["meta"]["runs"] == 1 and figures["meta"]["rss_floor_mb"] > 1
    assert "b/n RSS" in figures["overall"]
    memory_header = next(line for line in done.stdout.splitlines() if line.startswith("program ") and " MB" in line)
    assert memory_header.rstrip().endswith("b/n RSS")

    markdown = (tmp_path / "report.md").read_text()
    assert "| tiny_sum | 1 |" in markdown and "![" in markdown
    assert (tmp_path / "report.txt").read_text() == done.stdout
    chart = (tmp_path / "chart.png").read_bytes()
    assert chart.startswith(b"\x89PNG") and len(chart) > 5000


def test_an_output_that_differs_from_node_is_a_mismatch(tmp_path):
    # bailout (default tiers) is replaced by a stand-in that prints the wrong thing; the rest are real.
    wrong = f"bailout={shlex.quote(sys.executable)} {shlex.quote(str(HERE / 'wrong_engine.py'))}"
    done = run_bench(tmp_path, "--engine", wrong, "--no-c")
    assert done.returncode == 1, done.stdout + done.stderr
    row = next(line for line in done.stdout.splitlines() if line.startswith("tiny_sum"))
    assert row.split()[2] == "DIFF" and row.endswith("bailout: DIFF"), row
    assert ("tiny_sum under bailout: mismatch: line 1: node printed 'tiny_sum 4950 ok', "
            "this engine 'not what node prints for tiny_sum.js'") in done.stdout

    figures = json.loads((tmp_path / "report.json").read_text())
    programs = figures["programs"]
    for name in ("tiny_calls", "tiny_sum"):
        p = programs[name]
        assert p["status"] == "failing"
        assert p["engines"]["bailout"]["status"] == "mismatch"
        assert p["engines"]["bailout"]["stdout"] == f"not what node prints for {name}.js\n"
        assert p["engines"]["bailout --jitless"]["status"] == "ok"
        assert p["ratios"]["b/n"] is None          # no speed ratio for a wrong answer
        assert p["memory_ratio"] is None           # nor a memory ratio
        assert p["ratios"]["bj/nj"] > 0
    assert figures["meta"]["engines"]["bailout"][-1].endswith("wrong_engine.py")
    assert (tmp_path / "report.md").exists() and (tmp_path / "chart.png").exists()
