"""What node adds around the language: console, print, performance.now, process and
CommonJS require.

Place in the pipeline: a built-in library module; bootstrap.py installs its
tables after the language's own objects. console.log goes to `isolate.write` (stdout unless the
embedder redirects it); console.error and console.warn go to stderr, after
flushing stdout so interleaved output keeps its order on a terminal.

process.exit(n) raises ProcessExit, which unwinds the whole JS stack; the
command line catches it and exits with that status. process.hrtime.bigint()
returns the nanoseconds as a BigInt, as node does.

require(id) loads CommonJS modules as node does for relative and absolute
paths: resolved against the requiring module's directory (the main script's
for the main script), trying the path itself, then .js and .json, then a
directory's package.json "main" and index.js. Each module is compiled once,
as the function
    (function (exports, require, module, __filename, __dirname) { <source>
    })
with the wrapper's head on the source's first line so that line numbers in
messages stay those of the file, and cached by absolute path (a cycle sees
the partly filled exports, as in node). Built-in modules ('fs', 'util'...)
are not provided: they are "Cannot find module".
"""
from __future__ import annotations

import os
import sys
import time
from functools import partial

from . import inspect as insp
from .errors import make_error
from .json import JsonParser
from .support import ENUMERABLE, Alias, Computed, Getter, Method, Namespace, Value, arg
from .views import to_view
from interpreter.errors import range_error, JSSyntaxError, JSThrow, type_error
from interpreter.objects.maps import InstanceType
from interpreter.objects.values import NULL, UNDEFINED, BigInt

MODULE_WRAPPER_HEAD = "(function (exports, require, module, __filename, __dirname) { "
MODULE_WRAPPER_TAIL = "\n})"


class ProcessExit(Exception):
    """process.exit(code): unwinds everything; the CLI exits with `code`."""

    def __init__(self, code: int):
        super().__init__(code)
        self.code = code


def init(isolate) -> None:
    isolate.time_origin = time.perf_counter()     # performance.now() counts from here
    isolate.module_cache = {}       # absolute path -> module object
    isolate.main_module = new_module(isolate, "", ".")
    if getattr(isolate, "script_path", None):
        bind_main_module(isolate)


# ---- console -----------------------------------------------------------------------------------


def format_args(isolate, args) -> str:
    return insp.format_log_args([to_view(isolate, a) for a in args])


def write_error(isolate, text: str) -> None:
    if isolate.write == sys.stdout.write:
        sys.stdout.flush()
        sys.stderr.write(text)
        sys.stderr.flush()
    else:
        # An embedder capturing the output (tests, dumps) gets stderr text through its
        # error writer when it has one, else not at all.
        write = getattr(isolate, "write_error", None)
        if write is not None:
            write(text)


def console_log(isolate, this, args):
    isolate.write(format_args(isolate, args) + "\n")
    return UNDEFINED


def console_error(isolate, this, args):
    write_error(isolate, format_args(isolate, args) + "\n")
    return UNDEFINED


def console_dir(isolate, this, args):
    isolate.write(insp.inspect(to_view(isolate, arg(args, 0))) + "\n")
    return UNDEFINED


def console_assert(isolate, this, args):
    if isolate.runtime.to_boolean(arg(args, 0)):
        return UNDEFINED
    rest = list(args[1:])
    if rest and type(rest[0]) is str:
        rest[0] = "Assertion failed: " + rest[0]
    else:
        rest.insert(0, "Assertion failed")
    write_error(isolate, format_args(isolate, rest) + "\n")
    return UNDEFINED


# ---- clocks ------------------------------------------------------------------------------------


def performance_now(isolate, this, args):
    return (time.perf_counter() - isolate.time_origin) * 1000.0


# ---- process -----------------------------------------------------------------------------------


def process_argv(isolate, this, args):
    # Built on first use: the command line sets isolate.argv and script_path after
    # the built-ins are installed.
    objects = isolate.objects
    script = getattr(isolate, "script_path", None)
    items = [os.path.abspath(sys.argv[0]) if sys.argv and sys.argv[0] else "bailout"]
    if script:
        items.append(os.path.abspath(script))
    items.extend(str(a) for a in isolate.argv)
    arr = objects.new_array(items)
    objects.define_own(isolate.process, "argv", arr, 0)
    return arr


def received(isolate, v) -> str:
    """How node's argument validation names a wrong value."""
    rt = isolate.runtime
    if v is UNDEFINED or v is NULL:
        return v.name
    t = rt.typeof(v)
    if t == "function":
        return f"function {isolate.shared_of(v).name}"
    if t in ("number", "boolean"):
        return f"type {t} ({rt.to_string(v)})"
    if t == "string":
        return f"type string ('{v}')"
    if type(v) is int and isolate.objects.map_of(v).instance_type == InstanceType.ARRAY:
        return "an instance of Array"
    return "an instance of Object" if t == "object" and v is not None else t


def process_hrtime(isolate, this, args):
    objects = isolate.objects
    rt = isolate.runtime
    now = time.perf_counter_ns()
    prev = arg(args, 0)
    if prev is not UNDEFINED:
        if type(prev) is not int or objects.map_of(prev).instance_type != InstanceType.ARRAY:
            raise type_error('The "time" argument must be an instance of Array. Received '
                             f"{received(isolate, prev)}")
        if objects.array_length(prev) != 2:
            raise range_error('The value of "time" is out of range. It must be 2. Received '
                              f"{objects.array_length(prev)}")
        then = int(rt.to_number(objects.get_element(prev, 0))) * 1_000_000_000 + \
            int(rt.to_number(objects.get_element(prev, 1)))
        now -= then
    return objects.new_array([float(now // 1_000_000_000), float(now % 1_000_000_000)])


def process_hrtime_bigint(isolate, this, args):
    return BigInt(time.perf_counter_ns())


def process_exit(isolate, this, args):
    rt = isolate.runtime
    code = arg(args, 0)
    if code is UNDEFINED:
        code = rt.get_property(isolate.process, "exitCode")
    n = rt.to_number(code) if code is not UNDEFINED else 0.0
    if isolate.write == sys.stdout.write:
        sys.stdout.flush()
    raise ProcessExit(int(n) if n == n and abs(n) < 2 ** 31 else 0)


def stdout_write(isolate, this, args):
    isolate.write(isolate.runtime.to_string(arg(args, 0)))
    return True


def stderr_write(isolate, this, args):
    write_error(isolate, isolate.runtime.to_string(arg(args, 0)))
    return True


def environment(isolate) -> int:
    """process.env: a snapshot of the environment."""
    objects = isolate.objects
    env = objects.new_object(objects.literal_root(0))
    for k, v in os.environ.items():
        objects.set_own(env, k, v)
    return env


# ---- require -----------------------------------------------------------------------------------


def require(isolate, this, args, *, module_path: str | None = None, parents: tuple = ()):
    """The require function of one module (module_path None: the main script's, whose
    path is read at call time)."""
    objects = isolate.objects
    ident = arg(args, 0)
    if type(ident) is not str:
        raise type_error(f'The "id" argument must be of type string. Received {received(isolate, ident)}')
    if ident == "":
        raise type_error("The argument 'id' must be a non-empty string. Received ''")
    here = module_path or getattr(isolate, "script_path", None)
    base = os.path.dirname(os.path.abspath(here)) if here else os.getcwd()
    chain = [os.path.abspath(here), *parents] if here else list(parents)
    path = resolve(isolate, ident, base)
    if path is None:
        stack = "".join(f"\n- {p}" for p in chain)
        err = make_error(isolate, "Error", f"Cannot find module '{ident}'" +
                         (f"\nRequire stack:{stack}" if stack else ""))
        objects.set_own(err, "code", "MODULE_NOT_FOUND")
        objects.set_own(err, "requireStack", objects.new_array(chain))
        raise JSThrow.with_value(err)
    return load(isolate, path, chain)


def resolve(isolate, ident: str, base: str) -> str | None:
    if not (ident.startswith(("./", "../", "/")) or ident in (".", "..")):
        return None     # no node_modules lookup, no built-in modules
    target = os.path.normpath(os.path.join(base, ident))
    for candidate in (target, target + ".js", target + ".json"):
        if os.path.isfile(candidate):
            return candidate
    if os.path.isdir(target):
        package = os.path.join(target, "package.json")
        if os.path.isfile(package):
            try:
                with open(package, encoding="utf-8") as f:
                    main = JsonParser(isolate, f.read()).parse()
                main = isolate.runtime.get_property(main, "main") if type(main) is int else UNDEFINED
            except JSThrow:
                main = UNDEFINED
            if type(main) is str and main:
                found = resolve(isolate, "./" + main, target)
                if found is not None:
                    return found
        for index in ("index.js", "index.json"):
            candidate = os.path.join(target, index)
            if os.path.isfile(candidate):
                return candidate
    return None


def node_module_paths(directory: str) -> list[str]:
    paths = []
    while True:
        if os.path.basename(directory) != "node_modules":
            paths.append(os.path.join(directory, "node_modules"))
        parent = os.path.dirname(directory)
        if parent == directory:
            return paths
        directory = parent


def new_module(isolate, path: str, ident: str) -> int:
    objects = isolate.objects
    module = objects.new_object(objects.literal_root(7))
    directory = os.path.dirname(path)
    objects.set_own(module, "id", ident)
    objects.set_own(module, "path", directory)
    objects.set_own(module, "exports", objects.new_object(objects.literal_root(0)))
    objects.set_own(module, "filename", path)
    objects.set_own(module, "loaded", False)
    objects.set_own(module, "children", objects.new_array([]))
    objects.set_own(module, "paths", objects.new_array(node_module_paths(directory)))
    return module


def load(isolate, path: str, parents: list[str]):
    rt = isolate.runtime
    objects = isolate.objects
    module = isolate.module_cache.get(path)
    if module is not None:
        return rt.get_property(module, "exports")
    module = isolate.module_cache[path] = new_module(isolate, path, path)
    try:
        with open(path, encoding="utf-8", newline="") as f:
            source = f.read()
    except (OSError, UnicodeDecodeError) as e:
        del isolate.module_cache[path]
        raise JSThrow("Error", f"Cannot read module '{path}': {e}") from None
    if path.endswith(".json"):
        try:
            value = JsonParser(isolate, source.lstrip("\ufeff")).parse()
        except JSThrow as e:
            del isolate.module_cache[path]
            raise JSThrow(e.kind, f"{path}: {e.message}") from None
        objects.set_own(module, "exports", value)
    else:
        try:
            run_module(isolate, module, path, source, parents)
        except BaseException:
            # A module that throws is forgotten: the next require runs it again (as node does).
            isolate.module_cache.pop(path, None)
            raise
    objects.set_own(module, "loaded", True)
    return rt.get_property(module, "exports")


def run_module(isolate, module: int, path: str, source: str, parents: list[str]) -> None:
    objects = isolate.objects
    source = source.lstrip("\ufeff")
    if source.startswith("#!"):
        source = "//" + source[2:]     # node ignores a shebang line; keep the line count
    try:
        script = isolate.compile(MODULE_WRAPPER_HEAD + source + MODULE_WRAPPER_TAIL)
    except JSSyntaxError as e:
        # A catchable SyntaxError of the require call, as in node; uncaught, it prints the
        # module's file, line and caret. Positions are the file's own: only the first line
        # carries the wrapper's head.
        if e.line == 1:
            e.col = max(1, e.col - len(MODULE_WRAPPER_HEAD))
        error = JSThrow("SyntaxError", e.message)
        shown = os.path.relpath(path)
        error.syntax_text = e.format(path if shown.startswith("..") else shown, source)
        raise error from None
    # The script is the one function expression; its closure needs no context (the
    # script keeps its bindings in global cells), so it can be made directly.
    fn = objects.new_function(script.inner[0].id, 0)
    exports = isolate.runtime.get_property(module, "exports")
    require_fn = isolate.new_native("require", partial(require, isolate, module_path=path, parents=tuple(parents)), 1)
    objects.set_own(require_fn, "main", isolate.main_module)
    isolate.interpreter.call(fn, exports, [exports, require_fn, module, path, os.path.dirname(path)])


def main_module(isolate) -> int:
    return isolate.main_module


def main_exports(isolate):
    return isolate.runtime.get_property(isolate.main_module, "exports")


def register_process(isolate, process: int) -> None:
    isolate.process = process


CONSOLE = Namespace("console", (
    # node's console methods are enumerable own properties.
    Method("log", 0, console_log, ENUMERABLE),
    Method("info", 0, console_log, ENUMERABLE),
    Method("debug", 0, console_log, ENUMERABLE),
    Method("error", 0, console_error, ENUMERABLE),
    Method("warn", 0, console_error, ENUMERABLE),
    Method("dir", 0, console_dir, ENUMERABLE),
    Method("assert", 0, console_assert, ENUMERABLE),
))

PROCESS = Namespace("process", (
    Getter("argv", process_argv, attrs=ENUMERABLE),
    Method("hrtime", 0, process_hrtime, ENUMERABLE, properties=(Method("bigint", 0, process_hrtime_bigint),)),
    Method("exit", 1, process_exit, ENUMERABLE),
    Value("exitCode", UNDEFINED, ENUMERABLE),
    Value("platform", sys.platform, ENUMERABLE),
    Value("version", "v20.0.0-bailout", ENUMERABLE),    # the node API level it follows
    Namespace("stdout", (Method("write", 1, stdout_write, ENUMERABLE),), attrs=ENUMERABLE),
    Namespace("stderr", (Method("write", 1, stderr_write, ENUMERABLE),), attrs=ENUMERABLE),
    Computed("env", environment, ENUMERABLE),
), setup=register_process)

GLOBALS = (
    CONSOLE,
    Alias("print", "console.log"),
    Namespace("performance", (Method("now", 0, performance_now),)),
    PROCESS,
    Method("require", 1, require, properties=(Computed("main", main_module, ENUMERABLE),)),
    Computed("module", main_module),
    Computed("exports", main_exports),
)


def bind_main_module(isolate) -> None:
    """Gives the main script its module bindings once `isolate.script_path` is known:
    module.filename/path/paths, __filename and __dirname (the command line calls this after
    setting the path; a script from -e keeps node's '[eval]'-like blanks)."""
    objects = isolate.objects
    path = os.path.abspath(isolate.script_path)
    directory = os.path.dirname(path)
    main = isolate.main_module
    objects.set_own(main, "path", directory)
    objects.set_own(main, "filename", path)
    isolate.module_cache.setdefault(path, main)
    isolate.define_global("__filename", path)
    isolate.define_global("__dirname", directory)
