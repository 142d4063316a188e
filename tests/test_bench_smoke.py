"""The benchmark suite still runs end to end (--quick) and its outputs match node's; plus its pure helpers."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bench import deopt_storm, report, scripts
from bench.worker import count_bytecodes

REPO = Path(__file__).resolve().parent.parent
BENCHMARKS = sorted(p.stem for p in (REPO / "bench" / "js").glob("*.js"))


def test_quick_source_replaces_only_annotated_sizes():
    src = "var N = 40000;  // quick: 600\nvar M = 7;\nlet K = 2 * 3; // quick: 1\nvar s = 'N';\n"
    assert scripts.quick_source(src) == "var N = 600;\nvar M = 7;\nlet K = 1;\nvar s = 'N';\n"


def test_every_benchmark_has_quick_sizes():
    for name in BENCHMARKS:
        text = (REPO / "bench" / "js" / f"{name}.js").read_text()
        assert scripts.quick_source(text) != text, name


def test_percentile_is_nearest_rank():
    values = [float(v) for v in range(1, 11)]
    assert report.percentile(values, 90) == 9.0
    assert report.percentile(values, 50) == 5.0
    assert report.percentile([3.0], 90) == 3.0


def test_table_aligns_columns():
    text = report.table(["name", "s"], [["a", "1.000"], ["longer", "22.5"]])
    lines = text.splitlines()
    assert len({len(line) for line in lines}) == 1
    assert lines[2].startswith("a ") and lines[2].endswith("1.000")
    assert lines[3].endswith(" 22.5")


def test_bytecode_count_grows_linearly_with_iterations():
    def count(n):
        total, out = count_bytecodes(f"var s = 0; for (var i = 0; i < {n}; i++) {{ s = s + i; }} console.log(s);")
        assert out == f"{n * (n - 1) // 2}\n"
        return total
    c10, c20, c30 = count(10), count(20), count(30)
    assert c10 > 10
    assert c20 - c10 == c30 - c20 > 0


def test_deopt_storm_source_has_one_function_per_requested():
    text = deopt_storm.source(functions=3, threshold=5)
    assert [f"function getX{k}(" in text for k in range(4)] == [True, True, True, False]


@pytest.mark.skipif(shutil.which("node") is None, reason="node is the reference and is not installed")
def test_quick_run_reports_every_benchmark_and_matches_node(tmp_path):
    raw = tmp_path / "figures.json"
    done = subprocess.run([sys.executable, "bench/run.py", "--quick", "--json", str(raw)], cwd=REPO,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for name in BENCHMARKS:
        row = [line for line in lines if line.split()[:1] == [name]]
        # The row appears in the wall-time, bytecode and compile tables; the wall-time one ends in 'ok'.
        assert row and row[0].split()[-1] == "ok", (name, row)
    assert any(line.startswith("(startup: empty script)") for line in lines)
    figures = json.loads(raw.read_text())
    assert sorted(figures["scripts"]) == BENCHMARKS
    for name, s in figures["scripts"].items():
        assert s["output"] == "ok", name
        assert all(s["best"][c] > 0 for c in ("bailout --jitless", "bailout", "node --jitless", "node")), name
        assert s["inprocess"]["bytecodes"] > 0, name
    deopt = figures["deopt"]
    assert deopt["output"] == "ok"
    assert len(deopt["latencies"]) >= 4 and all(x > 0 for x in deopt["latencies"])
