"""Runs a program in the reference and in each tier mode, each in a child process, and
classifies every mode's outcome against the reference.

A mode's outcome is one of:
- pass: same stdout and exit status as the reference;
- mismatch: the program ran but printed something else or exited otherwise;
- crash: the child died of a signal, the engine reported an internal error, or a Python
  traceback reached stderr (the engine must never show one);
- timeout: the mode ran past its deadline (the program is known to terminate).

The reference is node when it is installed, otherwise the interpreter alone (`jitless`).
A program the reference itself cannot run cleanly is "invalid": a bug of the generator.
"""
from __future__ import annotations

import json
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Marks the worker's record lines in its stdout (fuzz/worker.py). The parent never imports
# the worker: the worker imports cli, which will import this package to register `fuzz`.
RECORD_PREFIX = "@@fuzz-record "

# The `bailout run` flags of each mode, for the reproduction commands in reports.
MODE_FLAGS = {"jitless": ["--jitless"], "default": [], "stress": ["--stress-opt"],
              "osr": ["--osr-threshold", "1"], "inline": ["--stress-opt", "--stress-inlining"],
              "gc": ["--stress-opt", "--gc-interval", "200"]}
MODE_ORDER = ["jitless", "default", "stress", "osr", "inline", "gc"]

PASS, MISMATCH, CRASH, TIMEOUT = "pass", "mismatch", "crash", "timeout"
FAILURE_KINDS = (MISMATCH, CRASH, TIMEOUT)


def osr_mode_available() -> bool:
    """Whether the tier has a separate OSR threshold (`--osr-threshold`)."""
    try:
        import dataclasses
        from llvm_tier.tierup import TierOptions
        return any(f.name == "osr_threshold" for f in dataclasses.fields(TierOptions))
    except Exception:  # noqa: BLE001 - no tier, no OSR mode
        return False


def inline_mode_available() -> bool:
    """Whether the tier inlines and can be told to inline every eligible target."""
    try:
        import dataclasses
        from llvm_tier.lower_calls import InliningOptions
        return any(f.name == "stress" for f in dataclasses.fields(InliningOptions))
    except Exception:  # noqa: BLE001 - no inliner, no inline mode
        return False


def gc_mode_available() -> bool:
    """Whether the engine has a collector with a stress interval (`--gc-interval`)."""
    try:
        import dataclasses
        from interpreter.isolate import Flags
        return any(f.name == "gc_interval" for f in dataclasses.fields(Flags))
    except Exception:  # noqa: BLE001 - no collector, no GC mode
        return False


def available_modes() -> list[str]:
    modes = ["jitless", "default", "stress"]
    if osr_mode_available():
        modes.append("osr")
    if inline_mode_available():
        modes.append("inline")
    if gc_mode_available():
        modes.append("gc")
    return modes


def node_path() -> str | None:
    return shutil.which("node")


@dataclass
class Outcome:
    """What one run printed and how it ended; crash is None or what went wrong."""
    stdout: str = ""
    stderr: str = ""
    status: int | None = None
    seconds: float = 0.0
    crash: str | None = None
    timed_out: bool = False

    def to_json(self) -> dict:
        return dict(self.__dict__)


def classify_stderr(outcome: Outcome) -> None:
    """Marks an outcome that ran to the end as a crash if the engine reported a bug of its own."""
    if outcome.crash is not None:
        return
    for line in outcome.stderr.splitlines():
        if "bailout: internal error:" in line:
            name = line.split("internal error:", 1)[1].strip().split(":", 1)[0]
            outcome.crash = f"internal error {name}"
            return
    if "Traceback (most recent call last)" in outcome.stderr:
        last = [ln for ln in outcome.stderr.splitlines() if ln and not ln.startswith(" ")]
        name = last[-1].split(":", 1)[0] if last else "?"
        outcome.crash = f"Python traceback {name}"
        return
    if outcome.status == 70:
        outcome.crash = "internal error"


# Worker children alive now, so that an interrupted run can end them (they run in sessions
# of their own, where the terminal's Ctrl-C does not reach).
_live: set[subprocess.Popen] = set()
_live_lock = threading.Lock()


def kill_children() -> None:
    with _live_lock:
        procs = list(_live)
    for proc in procs:
        if proc.poll() is None:
            _kill(proc)


def _describe_exit(code: int, stderr: str) -> str:
    """How a child died: the signal, or the exit code with LLVM's fatal error (which exits
    the process) minus the names in quotes, so that a reduced program's crash compares equal."""
    if code < 0:
        try:
            return f"signal {signal.Signals(-code).name}"
        except ValueError:
            return f"signal {-code}"
    for line in reversed(stderr.splitlines()):
        if "LLVM ERROR" in line or line.startswith("error: <unknown>"):
            detail = re.sub(r"'[^']*'", "''", line.split("LLVM ERROR:", 1)[-1].replace("error: <unknown>:0:0:", ""))
            return f"child exited {code}: LLVM {detail.strip()[:80]}"
    return f"child exited {code}"


def run_worker(files: list[str], modes: list[str], timeout: float,
               break_builtin: str | None = None) -> dict[tuple[str, str], Outcome]:
    """Runs each file in each mode in child processes (fuzz/worker.py); one Outcome per
    (file, mode). Each mode has `timeout` seconds. When a child dies or hangs, that
    (file, mode) is a crash or a timeout, and a fresh child goes on with the rest."""
    todo = [(f, m) for f in files for m in modes]
    results: dict[tuple[str, str], Outcome] = {}
    while todo:
        done = _run_worker_once(todo, timeout, break_builtin, results)
        todo = todo[done:]
    return results


def _run_worker_once(todo, timeout, break_builtin, results) -> int:
    """One child for the (file, mode) pairs of todo (in order, files grouped): returns how
    many pairs got an outcome (the last one may be a crash or timeout)."""
    files = list(dict.fromkeys(f for f, _ in todo))
    modes = list(dict.fromkeys(m for _, m in todo))
    # The pairs must be files x modes in order; the caller's lists always are, or a tail
    # of that, whose first file may lack its first modes: run that file on its own.
    first_file_modes = [m for f, m in todo if f == files[0]]
    if first_file_modes != modes:
        files, modes = files[:1], first_file_modes
    expected = [(f, m) for f in files for m in modes]
    cmd = [sys.executable, "-m", "fuzz.worker", "--modes", ",".join(modes)]
    if break_builtin:
        cmd += ["--break-builtin", break_builtin]
    cmd += files
    with tempfile.TemporaryFile() as errfile:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=errfile,
                                stdin=subprocess.DEVNULL, text=True, start_new_session=True)
        with _live_lock:
            _live.add(proc)
        lines: queue.Queue = queue.Queue()

        def reader():
            for line in proc.stdout:
                if line.startswith(RECORD_PREFIX):
                    lines.put(line[len(RECORD_PREFIX):])
            lines.put(None)

        threading.Thread(target=reader, daemon=True).start()
        count = 0
        try:
            for key in expected:
                t0 = time.monotonic()
                try:
                    line = lines.get(timeout=timeout)
                except queue.Empty:
                    _kill(proc)
                    results[key] = Outcome(stderr=_tail(errfile), seconds=time.monotonic() - t0,
                                           crash=f"timeout after {timeout:g} s", timed_out=True)
                    return count + 1
                if line is None:
                    code = proc.wait()
                    stderr = _tail(errfile)
                    results[key] = Outcome(stderr=stderr, status=code, seconds=time.monotonic() - t0,
                                           crash=_describe_exit(code, stderr))
                    return count + 1
                record = json.loads(line)
                outcome = Outcome(record["stdout"], record["stderr"], record["status"], record["seconds"])
                classify_stderr(outcome)
                results[key] = outcome
                count += 1
            proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                _kill(proc)
            proc.stdout.close()
            with _live_lock:
                _live.discard(proc)
        return count


def _kill(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        proc.kill()
    proc.wait()


def _tail(errfile, limit: int = 6000) -> str:
    errfile.flush()
    errfile.seek(0)
    text = errfile.read().decode("utf-8", "replace")
    return text[-limit:]


def run_node(file: str, timeout: float) -> Outcome:
    t0 = time.monotonic()
    try:
        r = subprocess.run([node_path() or "node", file], capture_output=True, text=True,
                           timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return Outcome(seconds=time.monotonic() - t0, crash=f"timeout after {timeout:g} s",
                       timed_out=True)
    return Outcome(r.stdout, r.stderr, r.returncode, time.monotonic() - t0)


# ---- judging ----------------------------------------------------------------------------------

def verdict(outcome: Outcome, reference: Outcome) -> str:
    """A failure kind with detail, or "pass": "mismatch: stdout", "mismatch: status 1 (0)",
    "crash: signal SIGSEGV", "crash: internal error KeyError", "timeout"."""
    if outcome.timed_out:
        return TIMEOUT
    if outcome.crash:
        return f"{CRASH}: {outcome.crash}"
    if outcome.status != reference.status:
        return f"{MISMATCH}: status {outcome.status} ({reference.status})"
    if outcome.stdout != reference.stdout:
        return f"{MISMATCH}: stdout"
    return PASS


def category(v: str) -> str:
    """pass, mismatch, crash or timeout."""
    return v.split(":", 1)[0]


def reference_ok(reference: Outcome) -> bool:
    return not reference.crash and not reference.timed_out and reference.status == 0


@dataclass
class ProgramResult:
    index: int
    reference: Outcome
    outcomes: dict[str, Outcome]
    verdicts: dict[str, str]
    invalid: bool = False
    files: list[str] = field(default_factory=list)

    @property
    def failed_modes(self) -> list[str]:
        return [m for m, v in self.verdicts.items() if v != PASS]

    @property
    def failed(self) -> bool:
        return self.invalid or bool(self.failed_modes)


def run_program(path: str, modes: list[str], against: str, timeout: float,
                break_builtin: str | None = None, index: int = -1) -> ProgramResult:
    """Runs one program in the reference and every mode and judges each mode."""
    worker_modes = list(modes)
    if against == "jitless" and "jitless" not in worker_modes:
        worker_modes.insert(0, "jitless")
    outcomes = {m: o for (_, m), o in run_worker([path], worker_modes, timeout, break_builtin).items()}
    if against == "node":
        reference = run_node(path, timeout)
    else:
        reference = outcomes["jitless"]
    verdicts = {}
    for mode in modes:
        if against == "jitless" and mode == "jitless":
            # The reference is not compared with itself, but it may still crash.
            o = outcomes[mode]
            verdicts[mode] = TIMEOUT if o.timed_out else (f"{CRASH}: {o.crash}" if o.crash else PASS)
        else:
            verdicts[mode] = verdict(outcomes[mode], reference)
    invalid = not reference_ok(reference) and not (against == "jitless" and reference.crash)
    return ProgramResult(index, reference, {m: outcomes[m] for m in modes}, verdicts, invalid)
