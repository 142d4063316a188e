"""The `bailout` command: wires an isolate together from the flags and runs or dumps a script.

Traces and statistics go to stderr so stdout is exactly the script's output.
"""
from __future__ import annotations

import time

_IMPORTED = time.perf_counter()   # --stats' start-up counts from here (Python's own start is before)

import codecs  # noqa: E402
import os  # noqa: E402
import signal  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402

import click  # noqa: E402

from interpreter.errors import JSSyntaxError, JSThrow

# JS recursion runs on Python frames (and, from optimized code, on native ones):
# a big thread stack and recursion limit leave room for the engine's own depth limit.
THREAD_STACK_BYTES = 1 << 30
RECURSION_LIMIT = 200_000

def read_source(file: str | None, code: str | None) -> tuple[str, str]:
    if code is not None:
        return "[eval]", code
    if file is None:
        raise click.UsageError("give a FILE or -e CODE")
    try:
        with open(file, encoding="utf-8", newline="") as f:   # CRLF kept: fn.toString() shows it
            return file, f.read()
    except OSError as e:
        click.echo(f"bailout: cannot read {file}: {e.strerror}", err=True)
        sys.exit(2)
    except UnicodeDecodeError:
        click.echo(f"bailout: cannot read {file}: not UTF-8 text", err=True)
        sys.exit(2)

def run_in_big_stack(fn):
    """Runs fn on a thread with a large stack; returns its result, re-raising its exception."""
    result = {}

    def target():
        try:
            result["value"] = fn()
        except BaseException as e:  # noqa: BLE001 - handed back to the caller
            result["error"] = e

    old = threading.stack_size(THREAD_STACK_BYTES)
    sys.setrecursionlimit(RECURSION_LIMIT)
    try:
        t = threading.Thread(target=target)
        t.start()
        t.join()
    finally:
        threading.stack_size(old)
    if "error" in result:
        raise result["error"]
    return result.get("value")

def make_isolate(jitless: bool, random_seed: int | None = None, script_path: str | None = None,
                 argv: tuple = (), inlining: dict | None = None, concurrent: bool = True,
                 max_heap_mb: int | None = None, gc_interval: int = 0, trace_gc: bool = False,
                 expose_gc: bool = False, **tier_options):
    """An isolate wired from the flags: the tier installed unless jitless (compiling on a
    background thread unless `concurrent` is off); `inlining` holds
    llvm_tier.lower_calls.InliningOptions fields."""
    from interpreter.isolate import Flags, Isolate
    isolate = Isolate(Flags(random_seed=random_seed, max_heap_mb=max_heap_mb, gc_interval=gc_interval,
                            trace_gc=trace_gc, expose_gc=expose_gc))
    isolate.script_path = script_path
    isolate.argv = list(argv)
    if script_path is not None:
        from interpreter.builtins.host import bind_main_module
        bind_main_module(isolate)
    if not jitless:
        from llvm_tier.lower_calls import InliningOptions
        from llvm_tier.tierup import install_tier
        install_tier(isolate, inlining=InliningOptions(**(inlining or {})), concurrent=concurrent, **tier_options)
    return isolate

def run_guarded(filename: str, source: str, fn):
    """Runs fn (compiling or running the script) on the big stack.

    Returns (result, exit status). JS errors print as node prints them; an internal error
    prints one line naming it, never a Python traceback.
    """
    from interpreter.objects.heap import HeapExhausted
    from interpreter.builtins.host import ProcessExit
    try:
        return run_in_big_stack(fn), 0
    except ProcessExit as e:
        sys.stdout.flush()
        return None, e.code
    except JSSyntaxError as e:
        message = e.format(filename, source)
    except JSThrow as e:
        message = e.format()
    except RecursionError:
        message = "Uncaught RangeError: Maximum call stack size exceeded"
    except HeapExhausted:
        # node aborts (exit 134) when its heap reaches its limit (--max-heap-size) and a full
        # collection cannot make room
        sys.stdout.flush()
        click.echo("FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
                   err=True)
        return None, 134
    except BrokenPipeError:
        # The reader went away (`bailout run x.js | head`): stop quietly, as node does.
        sys.stdout = open(os.devnull, "w")
        return None, 0
    except Exception as e:  # noqa: BLE001 - a bug in bailout; the user gets a line, not a traceback
        message = f"bailout: internal error: {type(e).__name__}: {e}"
        sys.stdout.flush()
        click.echo(message, err=True)
        return None, 70
    sys.stdout.flush()
    click.echo(message, err=True)
    return None, 1

def execute(filename: str, source: str, isolate) -> int:
    """Runs a script to completion; returns the exit code."""
    try:
        status = run_guarded(filename, source, lambda: isolate.run(source))[1]
    finally:
        sys.stdout.flush()
        if isolate.tier is not None:
            isolate.tier.shutdown()      # compiles still in flight are dropped
    if status == 0:
        status = exit_code_set_by_script(isolate)
    return status

def exit_code_set_by_script(isolate) -> int:
    """process.exitCode, when a script that ended normally set it."""
    from interpreter.objects.values import UNDEFINED
    process = isolate.global_value("process")
    if type(process) is not int:
        return 0
    code = isolate.runtime.get_property(process, "exitCode")
    if code is UNDEFINED:
        return 0
    n = isolate.runtime.to_number(code)
    return int(n) & 0xFF if n == n and abs(n) < 2 ** 31 else 0

def _lone_surrogate_as_replacement(error: UnicodeEncodeError):
    """A JS string may hold a lone surrogate, which UTF-8 cannot: node writes U+FFFD for it
    (as bytes: the UTF-8 encoder takes only ASCII text from an error handler)."""
    return "\ufffd".encode() * (error.end - error.start), error.end


# The name of that error handler, registered with the codecs at import: stdout and stderr use it.
LONE_SURROGATE_ERRORS = "bailout.lone_surrogate"
codecs.register_error(LONE_SURROGATE_ERRORS, _lone_surrogate_as_replacement)

class Commands(click.Group):
    """The bailout commands; `fuzz` is imported only when it runs (its generator would add a
    tenth of a second to every start)."""

    def list_commands(self, ctx):
        return sorted({*super().list_commands(ctx), "fuzz"})

    def get_command(self, ctx, name):
        if name == "fuzz" and name not in self.commands:
            from fuzz.command import fuzz
            self.add_command(fuzz)
        return super().get_command(ctx, name)


@click.group(cls=Commands)
def main():
    """bailout: a JavaScript-subset VM with an LLVM speculative tier and real deoptimization."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors=LONE_SURROGATE_ERRORS)


def run_options(f):
    """The flags of `bailout run`, which `bailout report` shares: it runs the script the same way."""
    decorators = (
        click.argument("file", required=False),
        click.argument("args", nargs=-1, type=click.UNPROCESSED),
        click.option("-e", "code", help="run this code instead of a file"),
        click.option("--jitless", is_flag=True, help="interpreter only, never optimize"),
        click.option("--opt-threshold", type=click.IntRange(1), default=1000, show_default=True,
                     help="invocations or loop back edges before a function is optimized"),
        click.option("--osr-threshold", type=click.IntRange(1), default=None,
                     help="loop back edges before a running loop enters optimized code (on-stack "
                     "replacement)  [default: the --opt-threshold]"),
        click.option("--stress-opt", is_flag=True, help="optimize every function at its first call, "
                     "re-optimize after every deopt"),
        click.option("--trace-opt", is_flag=True, help="trace optimizations (and inlining decisions) to stderr"),
        click.option("--trace-deopt", is_flag=True, help="trace deopts and translated frames to stderr"),
        click.option("--stats", is_flag=True, help="print compile, deopt, inlining and runtime-entry counts and "
                     "times to stderr"),
        click.option("--random-seed", type=int, default=None, help="seed Math.random (default: from the clock)"),
        click.option("--max-heap-size", "max_heap_size", type=click.IntRange(1), default=None,
                     help="the most memory the heap may use, in MB (node's --max-old-space-size)"),
        click.option("--gc-interval", type=click.IntRange(0), default=0, help="collect garbage at every N-th "
                     "allocation (a stress mode)"),
        click.option("--trace-gc", is_flag=True, help="print a line per garbage collection to stderr"),
        click.option("--expose-gc", is_flag=True, help="a global gc() that collects garbage"),
        click.option("--no-concurrent-recompilation", is_flag=True, help="compile on the main thread (the program "
                     "waits for each compile) instead of a background thread"),
        click.option("--no-inlining", is_flag=True, help="never inline a callee into optimized code"),
        click.option("--no-escape-analysis", is_flag=True,
                     help="allocate every object optimized code makes, even those that never escape it"),
        click.option("--stress-inlining", is_flag=True, help="inline every eligible known call target, whatever "
                     "its size, within four times the cumulative budget (at least 2000 bytecodes)"),
        click.option("--max-inlined-bytecode-size", type=click.IntRange(0), default=80, show_default=True,
                     help="bytecodes of the largest callee inlined"),
        click.option("--max-inlined-bytecode-size-cumulative", type=click.IntRange(0), default=150,
                     show_default=True, help="bytecodes inlined into one optimized function in all"),
        click.option("--max-inlining-depth", type=click.IntRange(0), default=4, show_default=True,
                     help="inlined frames nested in each other"),
        click.option("--min-inlining-frequency", type=click.FloatRange(0), default=0.15, show_default=True,
                     help="calls a site must have made per call of the optimized function to be inlined"),
    )
    for decorate in reversed(decorators):
        f = decorate(f)
    return f


def isolate_from_flags(file, args, code, flags: dict):
    """(filename, source, isolate) for a script and the flags of run_options."""
    filename, source = read_source(file, code)
    script_path = os.path.abspath(file) if code is None and file else None
    isolate = make_isolate(flags["jitless"], random_seed=flags["random_seed"], script_path=script_path,
                           max_heap_mb=flags["max_heap_size"], gc_interval=flags["gc_interval"],
                           trace_gc=flags["trace_gc"], expose_gc=flags["expose_gc"],
                           argv=args if code is None else (file, *args) if file else (),
                           threshold=flags["opt_threshold"], osr_threshold=flags["osr_threshold"],
                           stress=flags["stress_opt"],
                           trace_opt=flags["trace_opt"], trace_deopt=flags["trace_deopt"],
                           concurrent=not flags["no_concurrent_recompilation"],
                           escape_analysis=not flags["no_escape_analysis"],
                           inlining=dict(enabled=not flags["no_inlining"], stress=flags["stress_inlining"],
                                         max_inlined_bytecode_size=flags["max_inlined_bytecode_size"],
                                         max_inlined_bytecode_size_cumulative=flags[
                                             "max_inlined_bytecode_size_cumulative"],
                                         max_inlining_depth=flags["max_inlining_depth"],
                                         min_inlining_frequency=flags["min_inlining_frequency"]))
    return filename, source, isolate


def print_stats(isolate, total: float, ready: float | None = None) -> None:
    """--stats: the tier's figures, the collector's, and the start-up (imports, then the isolate
    with its built-ins and, unless --jitless, the tier) when `ready` says when the script began."""
    if isolate.tier is not None:
        click.echo(isolate.tier.stats.report(total), err=True)
    else:
        click.echo(f"[stats] interpreter only: {total * 1000:.1f} ms", err=True)
    g = isolate.collector.stats
    click.echo(f"[stats] garbage collections: {g.collections}, pause {g.total_pause * 1000:.1f} ms in all, "
               f"{g.max_pause * 1000:.1f} ms at most; peak heap "
               f"{max(g.peak_bytes, isolate.heap.used_bytes()) / (1 << 20):.1f} MB; "
               f"freed {g.freed_bytes / (1 << 20):.1f} MB", err=True)
    if ready is not None:
        click.echo(f"[stats] start-up: {(ready - _IMPORTED) * 1000:.1f} ms from the command's first line to the "
                   f"script's (imports, the isolate and its built-ins{'' if isolate.tier is None else ', the tier'})",
                   err=True)


@main.command(context_settings={"allow_interspersed_args": False})
@run_options
def run(file, args, code, **flags):
    """Run a script (ARGS after FILE go to the script as process.argv)."""
    # Ctrl-C ends the script at once, as it ends node: the script runs on another thread and may be in
    # machine code holding the GIL, where Python's KeyboardInterrupt would never reach it.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    filename, source, isolate = isolate_from_flags(file, args, code, flags)
    t0 = time.perf_counter()
    status = execute(filename, source, isolate)
    if flags["stats"]:
        print_stats(isolate, time.perf_counter() - t0, t0)
    sys.exit(status)


@main.command("report")
@run_options
@click.option("-o", "--output", default="report.html", show_default=True, type=click.Path(dir_okay=False),
              help="the HTML file to write")
@click.option("--full-dumps", is_flag=True, help="every IR and assembly dump whole, and every deopt's frames, "
              "however large the page gets")
def report_cmd(file, args, code, output, full_dumps, **flags):
    """Run a script as `run` does and write one self-contained HTML page of what the optimizing tier
    did: the source marked with each function's story and each site's feedback, a timeline, every
    deopt with its frames and machine locations, every optimized version's code.

    Options may also follow FILE; script arguments that start with - go after `--`.
    """
    import shlex
    from report import prepare, write_report
    filename, source, isolate = isolate_from_flags(file, args, code, flags)
    prepare(isolate)
    t0 = time.perf_counter()
    status = execute(filename, source, isolate)
    total = time.perf_counter() - t0
    if flags["stats"]:
        print_stats(isolate, total)
    command = "bailout " + " ".join(shlex.quote(a) for a in sys.argv[1:])
    try:
        size = write_report(output, isolate, filename, source, command, status, total, t0, full_dumps)
    except OSError as e:
        click.echo(f"bailout: cannot write {output}: {e.strerror}", err=True)
        sys.exit(status or 2)
    except Exception as e:  # noqa: BLE001 - a bug in the report; the run's own outcome stands
        click.echo(f"bailout: internal error while writing the report: {type(e).__name__}: {e}", err=True)
        sys.exit(status or 70)
    click.echo(f"[report] wrote {output} ({(size + 1023) // 1024} KB)", err=True)
    sys.exit(status)

@main.command("dump-bytecode")
@click.argument("file")
@click.option("--feedback", is_flag=True, help="run the script first and show each feedback vector")
def dump_bytecode(file, feedback):
    """Print every function's bytecode, constant pool and (optionally) feedback."""
    from interpreter.disasm import disassemble_all
    from interpreter.isolate import Isolate
    filename, source = read_source(file, None)
    isolate = Isolate(write=lambda s: None) if feedback else Isolate()
    work = (lambda: isolate.run(source, commonjs=True)[0]) if feedback else \
        (lambda: isolate.compile(source, commonjs=True))
    script, status = run_guarded(filename, source, work)
    if status:
        sys.exit(status)
    click.echo(disassemble_all(script, feedback), nl=False)

def run_for_dump(file: str, threshold: int):
    """Runs a script with the tier on and its output discarded; returns (tier, script function)."""
    from interpreter.isolate import Isolate
    from llvm_tier.tierup import install_tier
    filename, source = read_source(file, None)
    isolate = Isolate(write=lambda s: None)
    tier = install_tier(isolate, threshold=threshold)
    script, status = run_guarded(filename, source, lambda: isolate.run(source, commonjs=True)[0])
    if status:
        sys.exit(status)
    return tier, script

def dump_options(f):
    f = click.option("--function", "function", help="only this function")(f)
    f = click.option("--opt-threshold", type=click.IntRange(1), default=1000, show_default=True)(f)
    return click.argument("file")(f)

@main.command("dump-ir")
@dump_options
@click.option("--optimized-only", is_flag=True, help="only the IR after LLVM's passes")
def dump_ir_cmd(file, function, opt_threshold, optimized_only):
    """Print each optimized function's LLVM IR, as lowered and after optimization."""
    from llvm_tier.dumps import dump_ir, select_codes
    tier, script = run_for_dump(file, opt_threshold)
    click.echo(dump_ir(select_codes(tier, script, function), optimized_only), nl=False)

@main.command("dump-asm")
@dump_options
def dump_asm_cmd(file, function, opt_threshold):
    """Print each optimized function's machine code."""
    from llvm_tier.dumps import dump_asm, select_codes
    tier, script = run_for_dump(file, opt_threshold)
    click.echo(dump_asm(select_codes(tier, script, function)), nl=False)

@main.command("dump-stackmaps")
@dump_options
@click.option("--emit-object", "emit_object", type=click.Path(file_okay=False),
              help="also write each optimized function's object file into this directory")
def dump_stackmaps_cmd(file, function, opt_threshold, emit_object):
    """Print each deopt point's stack map record: register, representation, machine location."""
    from llvm_tier.dumps import dump_stackmaps, select_codes
    tier, script = run_for_dump(file, opt_threshold)
    click.echo(dump_stackmaps(select_codes(tier, script, function), emit_object), nl=False)

def entry() -> None:
    """The process's entry point (`bailout`, `python -m cli`): runs the command, then ends the process
    without Python's teardown, which frees every module and object one by one (about 30 ms of CPU,
    a fifth of a short script's whole run; node does not tear its heap down either). What the command
    wrote is flushed first, and no thread of ours is left (execute shuts the compile thread down).
    In-process callers (tests) call `main`, which raises SystemExit as click does."""
    try:
        main()
        code = 0
    except SystemExit as e:
        code = e.code
    if code is None:
        code = 0
    elif not isinstance(code, int):
        print(code, file=sys.stderr)   # as Python's own exit does with a message
        code = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):   # a closed pipe or stream: nothing more can reach it
            pass
    os._exit(code & 0xFF)

if __name__ == "__main__":
    entry()
