"""The engines a benchmark runs under, and one timed run of one process: wall time, CPU time, peak memory.

The four JS engines are whole commands that take the script's path last:
bailout with its default tiers (and `--stats`, whose counts the report
shows), bailout's interpreter alone, node, and node's interpreter alone
(Ignition, `--jitless`). Where a C compiler is present, the numeric kernels
also have C versions (bench/c/), built at -O2 into a work directory: the
physical-limit column.

Every run is a child process started from the repository root. Its peak
memory is the child's own ru_maxrss, read with os.wait4, so it is the
figure of that one process and not the largest of all children so far
(which is what getrusage(RUSAGE_CHILDREN) would give). Linux carries the
high-water mark of the spawning process's memory into the child across
exec (vfork shares the parent's memory until then), so a child's ru_maxrss
is never below the runner's own peak: rss_floor_mb() gives that floor, and
a figure at or under it only says "at most this much".
"""
from __future__ import annotations

import compileall
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

BAILOUT = "bailout"
BAILOUT_JITLESS = "bailout --jitless"
NODE = "node"
NODE_JITLESS = "node --jitless"
C = "C -O2"

# The order of a round (A B C D): each round runs every engine once, so a slow spell of the
# machine lands on all engines alike instead of on whichever ran during it.
JS_ENGINES = [BAILOUT, BAILOUT_JITLESS, NODE, NODE_JITLESS]
REFERENCE = NODE          # whose output every other engine's must equal

DEFAULT_COMMANDS = {
    BAILOUT: [sys.executable, "-m", "cli", "run", "--stats"],
    BAILOUT_JITLESS: [sys.executable, "-m", "cli", "run", "--jitless"],
    NODE: ["node"],
    NODE_JITLESS: ["node", "--jitless"],
}

CC_FLAGS = ["-O2", "-ffp-contract=off"]   # no fused multiply-add: the same roundings as the JS


@dataclass
class Engine:
    name: str
    command: list[str]                     # the script's path is appended; for C, the whole command
    is_c: bool = False
    cwd: Path = REPO                       # for bailout: the source tree `python -m cli` imports from


def default_engines(overrides: dict[str, str] | None = None, tree: Path = REPO) -> list[Engine]:
    """The four JS engines in round order, bailout's run from `tree`; overrides replace command lines."""
    overrides = overrides or {}
    unknown = set(overrides) - set(DEFAULT_COMMANDS)
    if unknown:
        raise ValueError(f"unknown engine {min(unknown)!r}; the engines are {', '.join(JS_ENGINES)}")
    return [Engine(name, shlex.split(overrides[name]) if name in overrides else list(DEFAULT_COMMANDS[name]),
                   cwd=tree if name in (BAILOUT, BAILOUT_JITLESS) else REPO)
            for name in JS_ENGINES]


def engine_sources(repo: Path = REPO) -> list[str]:
    """bailout's own packages and modules, as pyproject.toml lists them for setuptools."""
    with open(repo / "pyproject.toml", "rb") as f:
        config = tomllib.load(f)["tool"]["setuptools"]
    return list(config.get("packages", [])) + [f"{m}.py" for m in config.get("py-modules", [])]


def snapshot(dest: Path, repo: Path = REPO) -> Path:
    """A copy of bailout's sources in dest, to run from while the working tree goes on changing.

    `python -m cli` run with dest as its working directory imports the engine from the copy:
    the current directory comes first on sys.path, before the (editable) installation.
    """
    dest.mkdir(parents=True, exist_ok=True)
    for name in engine_sources(repo):
        source = repo / name
        if source.is_dir():
            shutil.copytree(source, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, dest / name)
    return dest


def byte_compile(tree: Path, repo: Path = REPO) -> None:
    """Compiles the engine's modules in tree to bytecode (__pycache__), as installing a package does.

    Without it a tree nobody imported from yet (a snapshot, an export) is compiled from source
    by every run, and by every run for good where PYTHONDONTWRITEBYTECODE is set: about 0.1 s
    of each start-up that no installed bailout pays.
    """
    for name in engine_sources(repo):
        path = tree / name
        if path.is_dir():
            compileall.compile_dir(str(path), quiet=2)
        elif path.exists():
            compileall.compile_file(str(path), quiet=2)


def check_tree(tree: Path) -> str | None:
    """None when bailout starts from tree and runs a one-line script; else what went wrong."""
    run = run_process([sys.executable, "-m", "cli", "run", "-e", "console.log(1 + 1)"], 120, cwd=tree)
    if run.failed or run.stdout != "2\n":
        return run.failure(120) or f"printed {run.stdout!r}"
    return None


@dataclass
class Run:
    """One process: what it printed and what it cost."""
    seconds: float
    cpu_seconds: float
    max_rss_kb: int
    exit_code: int | None            # None when it was killed for taking too long
    stdout: str
    stderr: str

    @property
    def failed(self) -> bool:
        return self.exit_code != 0

    def failure(self, timeout: float) -> str | None:
        """One line saying why the run failed, or None."""
        if self.exit_code is None:
            return f"timed out after {timeout:g} s"
        if self.exit_code != 0:
            # The error, not what --stats prints after it.
            lines = [line for line in self.stderr.strip().splitlines() if not line.startswith("[stats]")]
            return f"exit {self.exit_code}: {(lines[-1] if lines else '(no message)')[:200]}"
        return None


def run_process(argv: list[str], timeout: float, cwd: Path = REPO) -> Run:
    """Runs argv to its end; wall time from spawn to reaping, and the child's rusage."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        try:
            proc = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        except OSError as e:
            return Run(0.0, 0.0, 0, 127, "", f"cannot start {argv[0]}: {e.strerror}")
        killed = threading.Event()

        def kill():
            killed.set()
            proc.kill()
        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            # wait4 instead of Popen.wait: it hands back this child's own resource usage.
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        seconds = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)   # reaped here, so Popen must not wait again
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    return Run(seconds=seconds, cpu_seconds=usage.ru_utime + usage.ru_stime,
               max_rss_kb=usage.ru_maxrss,  # kilobytes on Linux
               exit_code=None if killed.is_set() else proc.returncode, stdout=stdout, stderr=stderr)


def rss_floor_mb() -> float | None:
    """This process's peak RSS (VmHWM) in MB: the least any child's ru_maxrss can read."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


_STATS = {
    "compiles": re.compile(r"^\[stats\] optimized compiles: (\d+)", re.MULTILINE),
    "osr_compiles": re.compile(r"^\[stats\] optimized compiles: \d+ \((\d+) of them OSR\)", re.MULTILINE),
    "compile_ms": re.compile(r"^\[stats\] compile time: ([\d.]+) ms", re.MULTILINE),
    "deopts": re.compile(r"^\[stats\] deopts: (\d+)", re.MULTILINE),
    "inlined": re.compile(r"^\[stats\] inlined call sites: (\d+)", re.MULTILINE),
    "entries": re.compile(r"^\[stats\] entries into optimized code from the interpreter: (\d+)", re.MULTILINE),
    "crossings": re.compile(r"^\[stats\] runtime-entry crossings from optimized code: (\d+)", re.MULTILINE),
}
_CROSSINGS_BY_ENTRY = re.compile(r"^\[stats\] runtime-entry crossings from optimized code: \d+ \((.*)\)$",
                                 re.MULTILINE)


def parse_stats(stderr: str) -> dict | None:
    """The figures `bailout run --stats` prints on stderr; None when it printed none (e.g. --jitless)."""
    found = {}
    for key, pattern in _STATS.items():
        m = pattern.search(stderr)
        if m:
            found[key] = float(m.group(1)) if key == "compile_ms" else int(m.group(1))
    if "compiles" not in found:
        return None
    found["not_optimized"] = re.findall(r"^\[stats\] not optimized \((.+)\): (\d+)", stderr, re.MULTILINE)
    m = _CROSSINGS_BY_ENTRY.search(stderr)
    found["crossings_by_entry"] = ([(name, int(n)) for name, n in (item.rsplit(" ", 1) for item in m.group(1).split(", "))]
                                   if m else [])
    return found


def find_cc() -> str | None:
    for name in (os.environ.get("CC"), "cc", "gcc", "clang"):
        if name and shutil.which(name):
            return name
    return None


def cc_version(cc: str) -> str:
    done = subprocess.run([cc, "--version"], capture_output=True, text=True)
    return (done.stdout.splitlines() or ["unknown"])[0]


@dataclass
class Build:
    binary: Path | None
    error: str | None = None
    command: list[str] = field(default_factory=list)


def build_c(cc: str, source: Path, outdir: Path, iterations: int) -> Build:
    """Compiles one C kernel with the iteration count of its JS twin."""
    binary = outdir / source.stem
    argv = [cc, *CC_FLAGS, f"-DITERATIONS={iterations}", "-o", str(binary), str(source), "-lm"]
    done = subprocess.run(argv, capture_output=True, text=True)
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or [""]
        return Build(None, f"{cc} failed: {tail[0]}", argv)
    return Build(binary, None, argv)
