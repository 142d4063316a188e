"""The tier's corpus (tests/js/0NN-1NN: the foundation subset and the JIT scripts) under
--stress-opt, in-process, counting what the tier did.

Stress mode optimizes every function at its first call and re-optimizes after
every deopt, so the corpus exercises lowering and deopt far more than the
default threshold does. For each script (one Isolate each) the output must
still equal node's .out file; over the corpus, most functions that ran must
have been optimized and deopts must really have happened. The numbers are
printed with the test's output.

The corpus is split over two worker processes (this file run as a script) to
use both cores; each worker runs its scripts in-process and reports JSON lines.
Loops of the top-level script code are not OSR-compiled here: under stress
every such loop would compile the whole script again after each deopt, three
quarters of the time for no function counted (the CLI corpus test runs
--stress-opt end to end, OSR included); loops inside functions still are.
"""
from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The language-breadth scripts (200 and up) run under --stress-opt in test_corpus.py; the
# counts here are about the scripts written to exercise the tier.
CORPUS = sorted((ROOT / "tests" / "js").glob("[01]*.js"))
WORKERS = 2
MIN_OPTIMIZED_SHARE = 0.60
MIN_DEOPTS = 100


def run_script(path: Path) -> dict:
    """Runs one corpus script under stress in a fresh isolate; returns what happened."""
    import cli
    from interpreter.errors import JSThrow
    from interpreter.isolate import Isolate
    from llvm_tier.tierup import install_tier

    out: list[str] = []
    iso = Isolate(write=out.append)
    iso.script_path = str(path)     # require() resolves from the script's directory
    from interpreter.builtins.host import bind_main_module
    bind_main_module(iso)
    tier = install_tier(iso, stress=True)
    on_back_edge = tier.on_back_edge

    def no_script_osr(fn, sfi, *args):
        if sfi.is_script:
            sfi.osr_at = 1 << 62      # never ask again for this script
            return None
        return on_back_edge(fn, sfi, *args)

    tier.on_back_edge = no_script_osr
    error = None
    try:
        cli.run_in_big_stack(lambda: iso.run(path.read_text()))
    except JSThrow as e:
        error = e.format()
    optimized = {c.sfi.id for c in tier.history if getattr(c, "osr_offset", None) is None}
    # a function ran if it was counted, compiled, deopted or refused (deopts reset the count)
    ran = [f for f in iso.functions if f.native is None and not f.is_script and (
        f.invocations or f.deopt_count or f.id in optimized or f.id in tier.disabled)]
    result = {
        "script": path.name,
        "output_ok": "".join(out) == path.with_suffix(".out").read_text(),
        "error": error,
        "ran": len(ran),
        "optimized": len([f for f in ran if f.id in optimized]),
        "compiles": tier.stats.compiles,
        "deopts": dict(Counter(e.reason for e in tier.deoptimizer.events)),
        "disabled": len(tier.disabled),
        "clean": tier.depth_cell.value == 0 and tier.active == 0 and iso.interpreter.depth == 0,
    }
    tier.jit.close()
    return result


def worker(paths: list[str]) -> None:
    sys.path.insert(0, str(ROOT))
    for p in paths:
        print(json.dumps(run_script(Path(p))), flush=True)


def test_corpus_under_stress(capsys):
    chunks = [CORPUS[i::WORKERS] for i in range(WORKERS)]
    procs = [subprocess.Popen([sys.executable, __file__, *map(str, chunk)], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for chunk in chunks]
    results = []
    for proc in procs:
        stdout, stderr = proc.communicate(timeout=600)
        assert proc.returncode == 0, stderr[-3000:]
        results += [json.loads(line) for line in stdout.splitlines()]
    assert sorted(r["script"] for r in results) == [p.name for p in CORPUS]

    bad = [(r["script"], r["error"]) for r in results if not r["output_ok"] or r["error"]]
    assert bad == []
    assert [r["script"] for r in results if not r["clean"]] == []

    ran = sum(r["ran"] for r in results)
    optimized = sum(r["optimized"] for r in results)
    deopts = Counter()
    for r in results:
        deopts.update(r["deopts"])
    with capsys.disabled():
        print(f"\n[stress corpus] {len(results)} scripts: {optimized}/{ran} functions that ran were optimized "
              f"({optimized / ran:.0%}), {sum(r['compiles'] for r in results)} compiles, "
              f"{sum(deopts.values())} deopts, {sum(r['disabled'] for r in results)} functions disabled")
        for reason, n in deopts.most_common():
            print(f"[stress corpus]   {reason}: {n}")
    assert ran > 100
    assert optimized / ran > MIN_OPTIMIZED_SHARE
    assert sum(deopts.values()) > MIN_DEOPTS
    # deopts of several kinds, not one pathological site
    assert len(deopts) >= 4


if __name__ == "__main__":
    worker(sys.argv[1:])
