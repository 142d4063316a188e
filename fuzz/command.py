"""`bailout fuzz`: the differential fuzzer's command line (a click command; cli.py registers it).

Generates programs, runs each in the reference (node, or the interpreter alone) and in
every tier mode on --jobs worker threads (each driving its own child processes), shows
progress, writes each failing program with every mode's output to --out, reduces it, and
ends with a summary table per mode. Exit status 1 if any program failed. With --mutate the
programs are mutants of the corpus's scripts instead (mutator.py), judged for crashes first.

Also runnable as `python -m fuzz.command ...`.
"""
from __future__ import annotations

import difflib
import random
import shutil
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

import click

from . import jsast, mutator
from .generator import ALL_FEATURES, engine_features, generate
from .reducer import reduce_failure
from .runner import (CRASH, MISMATCH, MODE_FLAGS, MODE_ORDER, PASS, ROOT, TIMEOUT, ProgramResult,
                     available_modes, category, kill_children, node_path, run_node, run_program, run_worker)

COLUMNS = [PASS, MISMATCH, CRASH, TIMEOUT]
MUTATION_COLUMNS = [PASS, mutator.DIFFERS, MISMATCH, CRASH, TIMEOUT]
DEFAULT_CORPUS = [ROOT / "tests" / "js", ROOT / "tests" / "errors"]


def parse_modes(text: str | None) -> list[str]:
    modes = available_modes()
    if not text:
        return modes
    chosen = [m.strip() for m in text.split(",") if m.strip()]
    for m in chosen:
        if m not in MODE_FLAGS:
            raise click.BadParameter(f"unknown mode {m!r} (modes: {', '.join(MODE_ORDER)})", param_hint="--modes")
        if m not in modes:
            raise click.BadParameter(f"mode {m!r} is not available in this engine", param_hint="--modes")
    return sorted(set(chosen), key=MODE_ORDER.index)


def parse_features(text: str) -> frozenset:
    if text == "auto":
        return engine_features()
    if text == "none":
        return frozenset()
    chosen = frozenset(f.strip() for f in text.split(",") if f.strip())
    unknown = chosen - ALL_FEATURES
    if unknown:
        raise click.BadParameter(f"unknown features: {', '.join(sorted(unknown))}", param_hint="--features")
    return chosen


def reproduce_command(mode: str, file: str) -> str:
    return " ".join(["bailout", "run", *MODE_FLAGS[mode], file])


def describe_outputs(result: ProgramResult, against: str) -> str:
    """Every mode's outcome, stdout and stderr (stdout elided when it equals the reference's),
    with a diff against the reference for mismatches."""
    ref = result.reference
    parts = [f"==== reference ({against}): status {ref.status}, {ref.seconds:.2f} s"
             + (f", {ref.crash}" if ref.crash else ""), "---- stdout", ref.stdout.rstrip("\n")]
    if ref.stderr:
        parts += ["---- stderr", ref.stderr.rstrip("\n")]
    for mode, outcome in result.outcomes.items():
        v = result.verdicts[mode]
        parts.append(f"==== mode {mode} ({' '.join(MODE_FLAGS[mode]) or 'no flags'}): {v}; "
                     f"status {outcome.status}, {outcome.seconds:.2f} s")
        if outcome.stdout == ref.stdout:
            parts.append("---- stdout: the same as the reference")
        else:
            parts += ["---- stdout", outcome.stdout.rstrip("\n")]
            if category(v) == MISMATCH:
                diff = difflib.unified_diff(ref.stdout.splitlines(), outcome.stdout.splitlines(),
                                            "reference", mode, lineterm="", n=1)
                parts += ["---- diff against the reference", *list(diff)[:60]]
        if outcome.stderr:
            parts += ["---- stderr", outcome.stderr.rstrip("\n")]
    return "\n".join(parts) + "\n"


class Run:
    """One fuzzing run's state, shared by the worker threads."""

    def __init__(self, seed, size, modes, against, out_dir: Path, timeout, reduce_policy,
                 reduce_time, features, break_builtin, inexact_pow=False, corpus: list[Path] | None = None):
        self.seed = seed
        self.corpus = corpus            # --mutate: the scripts mutants are made from
        self.size = size
        self.modes = modes
        self.against = against
        self.out_dir = out_dir
        self.timeout = timeout
        self.reduce_policy = reduce_policy
        self.reduce_time = reduce_time
        self.features = features
        self.break_builtin = break_builtin
        self.inexact_pow = inexact_pow
        self.lock = threading.Lock()
        self.reduced_signatures: set[tuple[str, str]] = set()
        self.columns = MUTATION_COLUMNS if corpus is not None else COLUMNS
        self.table = {m: dict.fromkeys(self.columns, 0) for m in modes}
        self.invalid = 0
        self.failures: list[str] = []
        self.tmp = Path(tempfile.mkdtemp(prefix="bailout-fuzz-"))
        self.stopping = False   # interrupted: what the killed children report is not a failure

    def echo(self, message: str) -> None:
        with self.lock:
            click.echo(message, err=True)

    def stem(self, index: int) -> str:
        return f"seed{self.seed}-{index}"

    def fuzz_one(self, index: int) -> ProgramResult:
        if self.corpus is not None:
            return self.mutate_one(index)
        program = generate(self.seed, index, self.size, self.features, inexact_pow=self.inexact_pow)
        path = self.tmp / f"{self.stem(index)}.js"
        path.write_text(jsast.program_text(program), encoding="utf-8")
        result = run_program(str(path), self.modes, self.against, self.timeout, self.break_builtin, index)
        if self.stopping:
            return result
        with self.lock:
            for mode, v in result.verdicts.items():
                self.table[mode][category(v)] += 1
            if result.invalid:
                self.invalid += 1
        if result.failed:
            header = (f"// program {result.index} of seed {self.seed}, size {self.size}: "
                      f"bailout fuzz --seed {self.seed} --size {self.size} --show {result.index}"
                      f" --features {','.join(sorted(self.features)) or 'none'}"
                      + (" --inexact-pow" if self.inexact_pow else "") + "\n")
            self.record_failure(jsast.program_text(program), header, result, result.failed_modes, program)
        path.unlink(missing_ok=True)
        return result

    def mutate_one(self, index: int) -> ProgramResult:
        """Mutant `index`: node first (a mutant that loops in node is run with a short deadline
        in the modes too, only to see that nothing crashes), then every mode."""
        origin, text = mutator.mutant(self.corpus, self.seed, index)
        path = self.tmp / f"{self.stem(index)}.js"
        path.write_text(text, encoding="utf-8")
        reference = run_node(str(path), self.timeout)
        timeout = min(self.timeout, 5.0) if reference.timed_out else self.timeout
        outcomes = {m: o for (_, m), o in run_worker([str(path)], self.modes, timeout, self.break_builtin).items()}
        verdicts = {m: mutator.verdict(outcomes[m], reference) for m in self.modes}
        result = ProgramResult(index, reference, outcomes, verdicts)
        if self.stopping:
            return result
        with self.lock:
            for mode, v in verdicts.items():
                self.table[mode][category(v)] += 1
        failed = [m for m in self.modes if mutator.is_failure(verdicts[m])]
        if failed:
            header = (f"// mutant {index} of seed {self.seed}, from {origin}: "
                      f"bailout fuzz --mutate --seed {self.seed} --show {index}\n")
            self.record_failure(text, header, result, failed)
        path.unlink(missing_ok=True)
        return result

    def record_failure(self, text: str, header: str, result: ProgramResult, failed: list[str],
                       program: jsast.Program | None = None) -> None:
        """Writes the failing program and every mode's outputs to --out; reduces a generated
        one (`program`: a mutant is text, which the reducer does not take)."""
        self.out_dir.mkdir(parents=True, exist_ok=True)
        stem = self.stem(result.index)
        js = self.out_dir / f"{stem}.js"
        js.write_text(text, encoding="utf-8")
        failed = sorted(failed, key=MODE_ORDER.index)
        summary = ("the reference cannot run it (a generator bug)" if result.invalid else
                   "; ".join(f"{m}: {result.verdicts[m]}" for m in failed))
        report = self.out_dir / f"{stem}.txt"
        report.write_text(header + f"// {summary}\n"
                          + "".join(f"// reproduce: {reproduce_command(m, str(js))}\n" for m in failed)
                          + describe_outputs(result, self.against), encoding="utf-8",
                          errors="backslashreplace")   # an output may hold a lone surrogate
        line = f"FAIL program {result.index}: {summary} -> {js}"
        with self.lock:
            self.failures.append(line)
        self.echo(line)
        if result.invalid or not failed or program is None:
            return
        mode = failed[0]
        signature = (mode, result.verdicts[mode])
        with self.lock:
            if self.reduce_policy == "none" or (self.reduce_policy == "new" and signature in self.reduced_signatures):
                return
            self.reduced_signatures.add(signature)
        try:
            self.reduce(program, result, mode, js)
        except Exception as e:  # noqa: BLE001 - a failed reduction must not end the run
            self.echo(f"  reducing program {result.index} failed: {type(e).__name__}: {e}")

    def reduce(self, program, result: ProgramResult, mode: str, js: Path) -> None:
        expected = result.verdicts[mode]
        stem = js.stem
        self.echo(f"  reducing program {result.index} ({mode}: {expected}) ...")
        t0 = time.monotonic()
        # A candidate's deadline: a few times what the original took, at least 10 s.
        timeout = min(self.timeout, max(10.0, 3 * result.outcomes[mode].seconds + 5))
        if result.outcomes[mode].timed_out:
            timeout = self.timeout
        best, tests = reduce_failure(program, mode, expected, self.against, self.tmp / f"reduce-{stem}",
                                     timeout, self.modes, self.reduce_time, self.break_builtin)
        if best is None:
            self.echo(f"  program {result.index}: the failure did not reproduce on its own; not reduced")
            return
        reduced = self.out_dir / f"{stem}.reduced.js"
        text = jsast.program_text(best)
        reduced.write_text(text, encoding="utf-8")
        # Every mode's outputs for the reduced program, beside it.
        check_path = self.tmp / f"{stem}.reduced.js"
        check_path.write_text(text, encoding="utf-8")
        check = run_program(str(check_path), self.modes, self.against, self.timeout, self.break_builtin,
                            result.index)
        (self.out_dir / f"{stem}.reduced.txt").write_text(
            f"// reduced from {js.name} ({mode}: {expected}) in {tests} tests, "
            f"{time.monotonic() - t0:.0f} s\n"
            f"// reproduce: {reproduce_command(mode, str(reduced))}\n" + describe_outputs(check, self.against),
            encoding="utf-8", errors="backslashreplace")
        lines = text.count("\n")
        with self.lock:
            self.failures.append(f"  reduced: {reduced} ({lines} lines)")
        self.echo(f"  reduced program {result.index} to {lines} lines in {tests} tests -> {reduced}")


def summary_table(run: Run, programs: int) -> str:
    widths = [max(7, *(len(m) for m in run.modes))] + [9] * (len(run.columns) + 1)
    head = ["mode", "programs", *run.columns]
    rows = [head] + [[m, str(programs), *(str(run.table[m][c]) for c in run.columns)] for m in run.modes]
    lines = []
    for row in rows:
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
        lines.append("  ".join(cells))
    return "\n".join(lines)


@click.command("fuzz")
@click.option("--n", "count", type=click.IntRange(1), default=100, show_default=True,
              help="how many programs to generate and run")
@click.option("--seed", type=int, default=None, help="the run's seed (default: a random one, printed)")
@click.option("--size", type=click.IntRange(1), default=5, show_default=True,
              help="sections per program (each a few functions driven hot, then deoptimized)")
@click.option("--modes", default=None,
              help="comma-separated tier modes: jitless, default, stress, osr, inline, gc (default: all the "
              "engine has)")
@click.option("--jobs", type=click.IntRange(1), default=2, show_default=True, help="programs run in parallel")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default="fuzz-out", show_default=True,
              help="where failing programs, their outputs and their reductions go")
@click.option("--against", type=click.Choice(["node", "jitless"]), default=None,
              help="the reference (default: node if it is installed, else the interpreter alone)")
@click.option("--show", type=click.IntRange(0), default=None, help="print program K of --seed and exit")
@click.option("--start", type=click.IntRange(0), default=0, show_default=True,
              help="index of the first program (to resume a run)")
@click.option("--timeout", type=click.FloatRange(1), default=60.0, show_default=True,
              help="seconds a program may run in one mode before it counts as hung")
@click.option("--reduce", "reduce_policy", type=click.Choice(["new", "all", "none"]), default="new",
              show_default=True, help="reduce failures: the first of each (mode, kind), all, or none")
@click.option("--reduce-time", type=click.FloatRange(1), default=300.0, show_default=True,
              help="seconds of reduction per failure")
@click.option("--inexact-pow", is_flag=True,
              help="also generate powers whose value is implementation-approximated (node's pow differs "
                   "from the C library's in the last bit)")
@click.option("--features", "features_text", default="auto", show_default=True,
              help="optional language features to generate: auto (those the engine runs), none, "
                   f"or a comma-separated list of {', '.join(sorted(ALL_FEATURES))}")
@click.option("--mutate", is_flag=True,
              help="run mutants of the corpus's scripts instead of generated programs: no mode may "
                   "crash or report an internal error, whatever the input")
@click.option("--corpus", "corpus_dirs", multiple=True, type=click.Path(exists=True, file_okay=False),
              help="with --mutate: a directory of scripts to mutate (repeatable; default: tests/js and "
                   "tests/errors)")
@click.option("--break-builtin", default=None, hidden=True)  # the fuzzer's own tests plant a bug
def fuzz(count, seed, size, modes, jobs, out_dir, against, show, start, timeout, reduce_policy,
         reduce_time, inexact_pow, features_text, mutate, corpus_dirs, break_builtin):
    """Differential fuzzing: generated programs in every tier mode against node or the interpreter."""
    features = parse_features(features_text)
    corpus = None
    if mutate:
        corpus = mutator.corpus_scripts([Path(d) for d in corpus_dirs] or DEFAULT_CORPUS)
        if not corpus:
            raise click.UsageError("--corpus: no .js scripts there")
        if not node_path():
            raise click.UsageError("--mutate needs node, the reference for mutants")
    if show is not None:
        if seed is None:
            raise click.UsageError("--show needs --seed")
        text = mutator.mutant(corpus, seed, show)[1] if mutate else \
            jsast.program_text(generate(seed, show, size, features, inexact_pow=inexact_pow))
        click.echo(text, nl=False)
        return
    if seed is None:
        seed = random.SystemRandom().randrange(1 << 31)
    if against is None:
        against = "node" if node_path() else "jitless"
    elif against == "node" and not node_path():
        raise click.UsageError("--against node: node is not installed")
    mode_list = parse_modes(modes)
    run = Run(seed, size, mode_list, against, Path(out_dir), timeout, reduce_policy, reduce_time,
              features, break_builtin, inexact_pow, corpus)
    if mutate:
        click.echo(f"fuzz: seed {seed}, mutants {start}..{start + count - 1} of {len(corpus)} scripts, "
                   f"modes {','.join(mode_list)}, against node, jobs {jobs}", err=True)
    else:
        click.echo(f"fuzz: seed {seed}, programs {start}..{start + count - 1}, size {size}, "
                   f"modes {','.join(mode_list)}, against {against}, jobs {jobs}"
                   + (f", features {','.join(sorted(features))}" if features else ""), err=True)
    t0 = time.monotonic()
    done = 0
    tty = sys.stderr.isatty()
    every = max(1, count // 20)
    interrupted = False
    pool = ThreadPoolExecutor(max_workers=jobs)
    try:
        futures = [pool.submit(run.fuzz_one, k) for k in range(start, start + count)]
        for future in as_completed(futures):
            try:
                future.result()
            except Exception as e:  # noqa: BLE001 - the harness's own trouble, not the engine's
                run.echo(f"fuzzer error: {type(e).__name__}: {e}")
                with run.lock:
                    run.failures.append(f"FAIL fuzzer error: {type(e).__name__}: {e}")
            done += 1
            elapsed = time.monotonic() - t0
            rate = done / elapsed * 60
            failing = sum(1 for f in run.failures if f.startswith("FAIL"))
            progress = f"[{done}/{count}] {rate:.1f} programs/min, {failing} failing"
            if tty:
                click.echo("\r" + progress + " " * 8, err=True, nl=done == count)
            elif done % every == 0 or done == count:
                run.echo(progress)
    except KeyboardInterrupt:
        interrupted = True
        run.stopping = True
        pool.shutdown(wait=False, cancel_futures=True)
        kill_children()
        click.echo("\ninterrupted", err=True)
    finally:
        pool.shutdown(wait=not interrupted, cancel_futures=True)
        shutil.rmtree(run.tmp, ignore_errors=True)
    elapsed = time.monotonic() - t0
    failing = [f for f in run.failures if f.startswith("FAIL")]
    click.echo("", err=True)
    click.echo(summary_table(run, done))
    if not mutate:
        click.echo(f"reference {against}: {done - run.invalid} programs ran cleanly, {run.invalid} invalid")
    click.echo(f"{done} programs in {elapsed:.0f} s ({done / max(elapsed, 1e-9) * 60:.1f} programs/min), "
               f"seed {seed}, {len(failing)} failing")
    for line in run.failures:
        click.echo(line)
    sys.exit(1 if failing or interrupted else 0)


if __name__ == "__main__":
    fuzz()
