"""The benchmark suite's programs are sound (node passes their self-checks, the C twins agree) and its
pure helpers work; the runner itself is tested end to end in tests/bench/."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bench import engines, programs, report, suite
from bench.deopt_storm import source as deopt_storm_source
from bench.run import machine_slug, parse_args
from bench.worker import count_bytecodes

REPO = Path(__file__).resolve().parent.parent
PROGRAMS = programs.discover()
NAMES = [p.name for p in PROGRAMS]
needs_node = pytest.mark.skipif(shutil.which("node") is None, reason="node is the reference")

# The list: every classic must be in the suite.
REQUIRED = {"sieve", "mandelbrot", "nbody", "fannkuch", "permute", "queens", "towers", "bounce", "list",
            "richards", "deltablue", "fib", "deopt_phases"}
# Issue 16's allocation-heavy programs, for the peak-memory comparison.
ALLOCATING = {"stringbuild", "dictionary", "shortlived", "mapdeletes"}


def test_the_suite_has_the_classics_and_c_twins_for_the_numeric_kernels():
    assert REQUIRED <= set(NAMES)
    assert ALLOCATING <= set(NAMES)
    assert {p.name for p in PROGRAMS if p.c_source} == {"sieve", "mandelbrot", "nbody"}
    assert all(p.iterations >= 1 for p in PROGRAMS)


def test_iterations_line_is_read_and_replaced():
    text = "// x\nvar ITERATIONS = 20;\nvar N = 5;\n"
    assert programs.iterations_of(text) == 20
    assert programs.with_iterations(text, 3) == "// x\nvar ITERATIONS = 3;\nvar N = 5;\n"
    with pytest.raises(ValueError):
        programs.iterations_of("var N = 5;\n")
    with pytest.raises(ValueError):
        programs.with_iterations(text, 0)


def test_stats_are_parsed_from_bailout_stderr():
    stderr = ("[stats] optimized compiles: 8 (3 of them OSR)\n[stats] OSR entries: 3\n"
              "[stats] compile time: 836.1 ms (104.5 ms per function)\n[stats] deopts: 8\n"
              "[stats]   wrong map: 8\n[stats] inlined call sites: 266\n"
              "[stats] entries into optimized code from the interpreter: 12592\n"
              "[stats] runtime-entry crossings from optimized code: 1335 (rt_call 1118, rt_binary 144, rt_allocate 1)\n"
              "[stats] not optimized (too many deopts (8)): 1\n")
    s = engines.parse_stats(stderr)
    assert (s["compiles"], s["osr_compiles"], s["compile_ms"], s["deopts"]) == (8, 3, 836.1, 8)
    assert (s["inlined"], s["entries"], s["crossings"]) == (266, 12592, 1335)
    assert s["crossings_by_entry"] == [("rt_call", 1118), ("rt_binary", 144), ("rt_allocate", 1)]
    assert s["not_optimized"] == [("too many deopts (8)", "1")]
    assert engines.parse_stats("[stats] interpreter only: 752.5 ms\n") is None


def test_run_process_reports_exit_memory_and_timeout(tmp_path):
    import sys
    ok = engines.run_process([sys.executable, "-c", "x = bytearray(60 << 20); print(len(x))"], timeout=60)
    assert ok.exit_code == 0 and ok.stdout == f"{60 << 20}\n" and ok.max_rss_kb > 60 * 1024
    bad = engines.run_process([sys.executable, "-c", "import sys; sys.exit('boom')"], timeout=60)
    assert bad.failed and bad.failure(60) == "exit 1: boom"
    slow = engines.run_process([sys.executable, "-c", "import time; time.sleep(30)"], timeout=0.5)
    assert slow.exit_code is None and "timed out" in slow.failure(0.5) and slow.seconds < 10


def test_first_difference_names_the_line():
    assert suite.first_difference("a\nb\n", "a\nc\n") == "line 2: node printed 'b', this engine 'c'"
    assert "end of output" in suite.first_difference("a\nb\n", "a\n")


def test_engine_override_and_unknown_engine():
    args = parse_args(["--engine", "node=/opt/node22/bin/node --max-old-space-size=100", "--quick"])
    node = next(e for e in args.engines if e.name == "node")
    assert node.command == ["/opt/node22/bin/node", "--max-old-space-size=100"]
    assert (args.iterations, args.runs) == (1, 1)
    with pytest.raises(SystemExit):
        parse_args(["--engine", "spidermonkey=js"])


def test_machine_slug_is_a_directory_name():
    assert machine_slug("Intel(R) Xeon(R) Processor", 2) == "intel-xeon-2cpu"
    assert machine_slug("AMD EPYC 7B13 64-Core Processor", 8) == "amd-epyc-7b13-64-core-8cpu"


def test_tables_align_and_ratios_format():
    text = report.table(["name", "s"], [["a", "1.000"], ["longer", "22.5"]])
    lines = text.splitlines()
    assert len({len(line) for line in lines}) == 1
    assert lines[3].endswith(" 22.5")
    assert report.md_table(["program", "s"], [["a", "1.0"]]) == "| program | s |\n| --- | ---: |\n| a | 1.0 |"
    assert [report.ratio(x) for x in (250.0, 12.34, 0.456, None)] == ["250x", "12.3x", "0.46x", "-"]
    assert report.percentile([float(v) for v in range(1, 11)], 90) == 9.0


def test_memory_ratio_is_exact_above_the_floor_and_a_bound_at_it():
    def engine(mb, status="ok"):
        return {"status": status, "peak_rss_mb": mb}
    floor = 20.0
    assert suite.memory_ratio(engine(90.0), engine(45.0), floor) == {"value": 2.0, "bound": "exact"}
    # node's figure is only the floor: its true peak may be lower, so the ratio may be higher.
    assert suite.memory_ratio(engine(60.0), engine(20.3), floor)["bound"] == "at least"
    assert suite.memory_ratio(engine(20.0), engine(40.0), floor) == {"value": 0.5, "bound": "at most"}
    assert suite.memory_ratio(engine(19.0), engine(20.0), floor) == {"value": None, "bound": "unknown"}
    assert suite.memory_ratio(engine(90.0, "mismatch"), engine(45.0), floor) is None
    assert suite.memory_ratio(engine(90.0), None, floor) is None
    assert suite.memory_ratio(engine(20.0), engine(10.0), None)["bound"] == "exact"   # no floor known
    cells = [report.memory_ratio(suite.memory_ratio(engine(a), engine(b), floor))
             for a, b in ((90.0, 45.0), (60.0, 20.0), (20.0, 40.0), (19.0, 20.0))]
    assert cells == ["2.0x", ">=3.0x", "<=0.50x", "?"]
    assert report.memory_ratio(None) == "-"


def test_spread_table_has_the_memory_ratio_next_to_the_peak_memory():
    def engine(mb):
        return {"status": "ok", "median": 0.15, "min": 0.1, "max": 0.2, "peak_rss_mb": mb}
    results = {name: {"iterations": 1, "engines": {"bailout": engine(b), "bailout --jitless": engine(b),
                                                   "node": engine(n), "node --jitless": engine(n)}}
               for name, b, n in (("(startup)", 30.0, 40.0), ("big", 150.0, 50.0), ("small", 19.0, 45.0))}
    suite.add_derived(results, rss_floor_mb=20.0)
    headers, rows = report.spread_rows(results, 20.0, suite.overall(results))
    assert headers[-2:] == ["node --jitless MB", "b/n RSS"]
    cells = {row[0]: (row[-5], row[-3], row[-1]) for row in rows}
    assert cells["big"] == ("150", "50", "3.0x")
    assert cells["small"] == ("<=20", "45", "<=0.42x")
    assert cells["(startup)"][-1] == "0.75x"
    assert cells["geometric mean"][-1] == "3.0x"      # over the exact ratios only, start-up left out


def test_bytecode_count_grows_linearly_with_iterations():
    def count(n):
        total, out = count_bytecodes(f"var s = 0; for (var i = 0; i < {n}; i++) {{ s = s + i; }} console.log(s);")
        assert out == f"{n * (n - 1) // 2}\n"
        return total
    c10, c20, c30 = count(10), count(20), count(30)
    assert c20 - c10 == c30 - c20 > 0


def test_deopt_storm_source_has_one_function_per_requested():
    text = deopt_storm_source(functions=3, threshold=5)
    assert [f"function getX{k}(" in text for k in range(4)] == [True, True, True, False]


@needs_node
@pytest.mark.parametrize("program", PROGRAMS, ids=NAMES)
def test_program_passes_its_self_check_under_node(program, tmp_path):
    # One iteration: the self-check does not depend on the count.
    path, _ = programs.prepare(program, tmp_path, 1)
    done = subprocess.run(["node", str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    words = done.stdout.split()
    assert done.stdout.count("\n") == 1 and words[0] == program.name and words[-1] == "ok", done.stdout


@needs_node
@pytest.mark.skipif(engines.find_cc() is None, reason="no C compiler")
@pytest.mark.parametrize("program", [p for p in PROGRAMS if p.c_source], ids=lambda p: p.name)
def test_c_twin_prints_what_node_prints(program, tmp_path):
    build = engines.build_c(engines.find_cc(), program.c_source, tmp_path, 2)
    assert build.binary is not None, build.error
    path, _ = programs.prepare(program, tmp_path, 2)
    node = subprocess.run(["node", str(path)], capture_output=True, text=True, timeout=60)
    c = subprocess.run([str(build.binary)], capture_output=True, text=True, timeout=60)
    assert c.stdout == node.stdout and c.stdout.split()[-1] == "ok"


def test_failure_line_is_the_error_not_the_stats_after_it():
    run = engines.Run(0.1, 0.1, 1000, 1, "", "TypeError: x is not a function\n[stats] deopts: 0\n")
    assert run.failure(60) == "exit 1: TypeError: x is not a function"


def test_snapshot_copies_the_engine_sources_and_runs(tmp_path):
    names = engines.engine_sources()
    assert "interpreter" in names and "cli.py" in names
    tree = engines.snapshot(tmp_path / "engine")
    assert (tree / "cli.py").exists() and (tree / "interpreter" / "__init__.py").exists()
    assert not list(tree.rglob("__pycache__"))
    assert engines.check_tree(tree) is None   # and bailout runs from the copy


def test_byte_compile_gives_every_engine_module_its_bytecode(tmp_path):
    tree = engines.snapshot(tmp_path / "engine")
    engines.byte_compile(tree)
    sources = [p for name in engines.engine_sources() for p in
               ((tree / name).rglob("*.py") if (tree / name).is_dir() else [tree / name]) if p.exists()]
    assert len(sources) > 50
    for source in sources:
        cached = list((source.parent / "__pycache__").glob(f"{source.stem}.*.pyc"))
        assert cached, f"no bytecode for {source.relative_to(tree)}"
    assert engines.check_tree(tree) is None


def test_pipelines_compares_candidates_on_a_program():
    # bench/pipelines.py: one program, two pipelines, one round; both compile the same functions
    # (the pipeline changes the code, not the tier's decisions) and print the program's output
    r = subprocess.run([sys.executable, "-m", "bench.pipelines", "--only", "fib", "--rounds", "1",
                        "--pipelines", "O2,chosen"], cwd=Path(__file__).resolve().parents[1],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    rows = {line.split()[1]: line.split() for line in r.stdout.splitlines() if line.startswith("fib ")}
    assert set(rows) == {"O2", "chosen"}
    assert rows["O2"][2] == rows["chosen"][2] == "1" and rows["O2"][-1] == rows["chosen"][-1] == "ok"
    assert "execution ms" in r.stdout
