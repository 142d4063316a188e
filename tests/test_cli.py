"""The `bailout` command's contract, checked on the real process (`python -m cli`).

Place in the pipeline: the outermost layer. stdout is exactly what the script
prints; errors go to stderr in node's shape (`file:line:col`, the line, a
caret and `SyntaxError: ...`; `Uncaught TypeError: ...`); exit codes are 0
(ran), 1 (a JS error) and 2 (a usage or I/O problem); and no input, however
broken, makes the engine print a Python traceback.
"""
from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from corpus_runner import ROOT, run_bailout

JITLESS = "--jitless"


def assert_clean(r) -> None:
    assert "Traceback (most recent call last)" not in r.stderr, r.stderr[-2000:]


# ---- running code ---------------------------------------------------------------------------------

def test_run_e_prints_exactly_the_script_output():
    r = run_bailout("run", "-e", "console.log(1 + 1, 'two', [3], {four: 4})")
    assert (r.returncode, r.stdout, r.stderr) == (0, "2 two [ 3 ] { four: 4 }\n", "")


def test_run_file_jitless(tmp_path):
    js = tmp_path / "ok.js"
    js.write_text("function f(x) { return x * 2; }\nfor (var i = 0; i < 3; i++) console.log(f(i));\n")
    r = run_bailout("run", JITLESS, str(js))
    assert (r.returncode, r.stdout, r.stderr) == (0, "0\n2\n4\n", "")


def test_missing_file_is_exit_2_with_one_line():
    r = run_bailout("run", JITLESS, "no/such/file.js")
    assert r.returncode == 2
    assert r.stdout == ""
    assert r.stderr == "bailout: cannot read no/such/file.js: No such file or directory\n"


def test_directory_is_exit_2():
    r = run_bailout("run", JITLESS, "tests")
    assert r.returncode == 2 and r.stderr == "bailout: cannot read tests: Is a directory\n"


def test_no_file_and_no_code_is_a_usage_error():
    r = run_bailout("run", JITLESS)
    assert r.returncode == 2 and r.stdout == ""
    assert "give a FILE or -e CODE" in r.stderr
    assert_clean(r)


@pytest.mark.parametrize("mode", [JITLESS, "--opt-threshold=10"])
def test_ctrl_c_ends_a_script_that_never_ends(tmp_path, mode):
    """SIGINT ends the process as it ends node, in the interpreter and in optimized code alike (an
    OSR-entered loop runs in machine code holding the GIL, where no Python handler could run)."""
    js = tmp_path / "forever.js"
    js.write_text("console.log('started');\nlet s = 0;\nfor (let i = 0; ; i++) { s = (s + i) | 0; }\n")
    proc = subprocess.Popen([sys.executable, "-m", "cli", "run", mode, str(js)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline() == "started\n"
        time.sleep(0.5)           # into the loop (its OSR code, when the tier is on)
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == -signal.SIGINT
        assert proc.stderr.read() == ""
    finally:
        proc.kill()
        proc.communicate()


# ---- errors ------------------------------------------------------------------------------------------

def test_syntax_error_format(tmp_path):
    js = tmp_path / "bad.js"
    js.write_text("console.log('never printed');\nvar b = ;\n")
    r = run_bailout("run", JITLESS, str(js))
    assert r.returncode == 1
    assert r.stdout == ""                     # nothing runs when the script does not parse
    assert r.stderr == f"{js}:2:9\nvar b = ;\n        ^\nSyntaxError: Unexpected token ';'\n"


@pytest.mark.parametrize("mode", [JITLESS, "--stress-opt"])
def test_uncaught_syntax_error_of_a_required_module_names_the_module(tmp_path, mode):
    """The main script ran up to the require; the error points into the module's file."""
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "bad.js").write_text("// helper\nlet y = ;\n")
    main = tmp_path / "main.js"
    main.write_text("console.log('before');\nrequire('./lib/bad');\nconsole.log('never');\n")
    r = run_bailout("run", mode, str(main))
    assert (r.returncode, r.stdout) == (1, "before\n")
    assert r.stderr.endswith("bad.js:2:9\nlet y = ;\n        ^\nSyntaxError: Unexpected token ';'\n"), r.stderr
    assert_clean(r)


def test_top_level_return_ends_a_file_but_not_e_code(tmp_path):
    """node runs a file as a CommonJS module (a function's body), so `return` may end it; code from
    -e is a script, where `return` is a syntax error, in node as here."""
    js = tmp_path / "ret.js"
    js.write_text("console.log('a');\nif (true) return;\nconsole.log('b');\n")
    r = run_bailout("run", JITLESS, str(js))
    assert (r.returncode, r.stdout, r.stderr) == (0, "a\n", "")
    r = run_bailout("dump-bytecode", str(js))
    assert r.returncode == 0 and "Return" in r.stdout
    r = run_bailout("run", JITLESS, "-e", "console.log('a'); return;")
    assert (r.returncode, r.stdout) == (1, "")
    assert r.stderr.endswith("[eval]:1:19\nconsole.log('a'); return;\n                  ^\n"
                             "SyntaxError: Illegal return statement\n"), r.stderr


def test_lone_surrogates_print_as_replacement_characters():
    """UTF-8 cannot hold a lone surrogate; node writes U+FFFD for it, on stdout and stderr."""
    r = run_bailout("run", JITLESS, "-e", 'console.log("a\\ud83d", "\\ud83d\\ude00".charAt(0)); '
                                          'console.error("\\udc00")')
    assert (r.returncode, r.stdout, r.stderr) == (0, "a\ufffd \ufffd\n", "\ufffd\n")


def test_exhausted_heap_is_a_fatal_error_not_a_traceback():
    r = run_bailout("run", JITLESS, "--max-heap-size", "4", "-e",
                    "const a = []; for (;;) a.push({ a: [1, 2, 3, 4] }); console.log('never');")
    assert r.returncode == 134 and r.stdout == ""
    assert r.stderr.startswith("FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory")
    assert_clean(r)


def test_syntax_error_in_eval_code():
    r = run_bailout("run", JITLESS, "-e", "let x = 1; let x = 2;")
    assert r.returncode == 1
    assert r.stderr == ("[eval]:1:16\nlet x = 1; let x = 2;\n               ^\n"
                        "SyntaxError: Identifier 'x' has already been declared\n")


def test_uncaught_type_error_after_output():
    r = run_bailout("run", JITLESS, "-e", "console.log('before'); var o; o.x;")
    assert (r.returncode, r.stdout) == (1, "before\n")
    assert r.stderr == "Uncaught TypeError: Cannot read properties of undefined (reading 'x')\n"


def test_uncaught_reference_error():
    r = run_bailout("run", JITLESS, "-e", "nope + 1")
    assert (r.returncode, r.stdout, r.stderr) == (1, "", "Uncaught ReferenceError: nope is not defined\n")


def test_call_of_non_function():
    r = run_bailout("run", JITLESS, "-e", "var o = {f: 1}; o.f();")
    assert (r.returncode, r.stderr) == (1, "Uncaught TypeError: o.f is not a function\n")


@pytest.mark.parametrize("mode", [[JITLESS], []], ids=["jitless", "default"])
def test_unbounded_recursion_is_a_range_error(mode):
    r = run_bailout("run", *mode, "-e", "function f(n) { return f(n + 1) + 1; } f(0);")
    assert r.returncode == 1
    assert r.stderr == "Uncaught RangeError: Maximum call stack size exceeded\n"


# ---- nasty inputs never produce a Python traceback ------------------------------------------------------

# name -> (source, what node prints on stdout when that is certain, else None)
NASTY = {
    "empty": ("", ""),
    "only_comment": ("// nothing here", ""),
    "unterminated_string": ('var s = "abc\n', None),
    "unterminated_comment": ("/* abc", None),
    "unterminated_template": ("var s = `abc", None),
    "lone_brace": ("}", None),
    "nul_byte": ("var a = 1;\x00 console.log(a);", None),
    "bom": ("\ufeffconsole.log(1);", "1\n"),
    "deep_parens": ("console.log(" + "(" * 5000 + "1" + ")" * 5000 + ");", None),
    "deep_blocks": ("{" * 5000 + "}" * 5000, None),
    "deep_arrays": ("var a = " + "[" * 5000 + "]" * 5000 + ";", None),
    "deep_functions": ("var f = " + "function(){ return " * 3000 + "1" + ";}" * 3000 + ";", None),
    "long_plus_chain": ("var x = 1" + "+1" * 3000 + "; console.log(x);", "3001\n"),
    "long_member_chain": ("var o = {}; o.a = o; console.log(o" + ".a" * 3000 + " === o);", "true\n"),
    "huge_literals": ("console.log(1e999999, 0x" + "f" * 400 + ", '" + "x" * 100000 + "'.length);",
                      "Infinity Infinity 100000\n"),
    "lone_surrogate_escape": ('console.log("\\ud800".length);', "1\n"),
    "return_at_top": ("return 1;", None),
    "invalid_assignment": ("1 = 2;", None),
}


@pytest.fixture(scope="module")
def nasty_results(tmp_path_factory):
    """Every NASTY script run once, two processes at a time."""
    d = tmp_path_factory.mktemp("nasty")

    def one(name):
        js = d / f"{name}.js"
        js.write_text(NASTY[name][0], encoding="utf-8")
        return name, run_bailout("run", JITLESS, str(js))

    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(pool.map(one, NASTY))


@pytest.mark.parametrize("name", sorted(NASTY))
def test_nasty_input_never_shows_a_traceback(nasty_results, name):
    r = nasty_results[name]
    assert_clean(r)
    assert r.returncode in (0, 1)
    if r.returncode == 1:
        last = r.stderr.rstrip("\n").split("\n")[-1]
        assert last.startswith(("SyntaxError: ", "Uncaught ")), r.stderr[-500:]
    expected = NASTY[name][1]
    if expected is not None:
        assert (r.returncode, r.stdout, r.stderr) == (0, expected, "")


def test_binary_garbage_file(tmp_path):
    js = tmp_path / "garbage.js"
    js.write_bytes(bytes([0xFF, 0xFE, 0xEA, 0x80, 0x00, 0xC3, 0x28]) * 20)
    r = run_bailout("run", JITLESS, str(js))
    assert_clean(r)
    assert r.returncode in (1, 2) and r.stderr.count("\n") <= 4


# ---- dump-bytecode -------------------------------------------------------------------------------------

def test_dump_bytecode(tmp_path):
    js = tmp_path / "f.js"
    js.write_text("function f(o) { return o.x; }\nconsole.log(f({x: 1}));\n")
    r = run_bailout("dump-bytecode", str(js))
    assert r.returncode == 0 and r.stderr == ""
    assert r.stdout.startswith("function <script> (params: 0, registers: ")
    assert re.search(r"^function f \(params: 1, registers: \d+, bytecodes: \d+\)\n(.*\n)*? +\d+  "
                     r"GetNamedProperty +r\d+, \[0\], fb0$", r.stdout, re.M)
    assert "  constants:\n    [0] 'x'\n" in r.stdout
    assert "feedback vector" not in r.stdout and "1\n" not in r.stdout.split("\n")   # the script did not run


def test_dump_bytecode_feedback(tmp_path):
    js = tmp_path / "f.js"
    js.write_text("function f(o) { return o.x + 1; }\nfor (var i = 0; i < 5; i++) console.log(f({x: i}));\n")
    r = run_bailout("dump-bytecode", "--feedback", str(js))
    assert r.returncode == 0 and r.stderr == ""
    assert not any(line in ("1", "5") for line in r.stdout.split("\n"))   # console.log output is discarded
    f = r.stdout.split("function f (", 1)[1]
    assert "  feedback vector (invocations: 5, back edges: 0):\n" in f
    assert "    fb0 load        monomorphic map#" in f
    assert "    fb1 binop       int32\n" in f
    script = r.stdout.split("function f (", 1)[0]
    assert "(invocations: 1, back edges: 5)" in script


def test_dump_bytecode_errors(tmp_path):
    bad = tmp_path / "bad.js"
    bad.write_text("var = 1;\n")
    r = run_bailout("dump-bytecode", str(bad))
    assert r.returncode == 1 and r.stdout == ""
    assert r.stderr.startswith(f"{bad}:1:5\nvar = 1;\n    ^\nSyntaxError: ")
    throws = tmp_path / "throws.js"
    throws.write_text("null.x;\n")
    r = run_bailout("dump-bytecode", "--feedback", str(throws))
    assert (r.returncode, r.stderr) == (1, "Uncaught TypeError: Cannot read properties of null (reading 'x')\n")
    r = run_bailout("dump-bytecode", str(tmp_path / "missing.js"))
    assert r.returncode == 2 and r.stderr.count("\n") == 1


def test_dump_bytecode_long_expression(tmp_path):
    js = tmp_path / "chain.js"
    js.write_text(NASTY["long_plus_chain"][0])
    r = run_bailout("dump-bytecode", str(js))
    assert_clean(r)
    assert r.returncode == 0


CONSOLE_ERROR_SCRIPT = """\
console.log('out 1');
console.error('err 1');
console.log('out 2', [1, 2], { k: 'v' });
console.error('err 2', [1, 2], { k: 'v' });
console.error();
console.error(42, null, undefined, 'str');
try { null.x; } catch (e) { console.error('caught', e.name); }
console.log('done');
"""


def test_console_error_writes_to_stderr(tmp_path):
    # Expected output recorded from node v20.
    script = tmp_path / "err.js"
    script.write_text(CONSOLE_ERROR_SCRIPT)
    r = run_bailout("run", str(script))
    assert r.returncode == 0
    assert r.stdout == "out 1\nout 2 [ 1, 2 ] { k: 'v' }\ndone\n"
    assert r.stderr == "err 1\nerr 2 [ 1, 2 ] { k: 'v' }\n\n42 null undefined str\ncaught TypeError\n"


def test_script_arguments_and_exit_code(tmp_path):
    script = tmp_path / "argv.js"
    script.write_text("console.log(process.argv.length, process.argv.slice(2));\n"
                      "process.exit(3);\nconsole.log('not reached');\n")
    r = run_bailout("run", str(script), "x", "--y")
    assert (r.returncode, r.stdout) == (3, "4 [ 'x', '--y' ]\n")


def test_the_process_ends_without_teardown_but_with_everything_written():
    # cli.entry ends the process with os._exit after flushing: every line of a large output and
    # the exit code a script set still arrive, with the tier's compile thread shut down first
    source = ("function f(i) { return i * 2; }\n"
              "for (let i = 0; i < 30000; i++) console.log(f(i));\n"
              "console.error('last');\nprocess.exitCode = 7;\n")
    for flags in ((), ("--jitless",), ("--opt-threshold", "10")):
        r = run_bailout("run", *flags, "-e", source)
        lines = r.stdout.splitlines()
        assert (r.returncode, len(lines), lines[-1], r.stderr) == (7, 30000, "59998", "last\n"), flags


def test_top_level_this(tmp_path):
    # node: a file is a CommonJS module whose `this` is module.exports; -e code sees globalThis.
    script = tmp_path / "this.js"
    script.write_text("console.log(this === module.exports, this === globalThis);\n")
    assert run_bailout("run", str(script)).stdout == "true false\n"
    assert run_bailout("run", "-e", "console.log(this === globalThis)").stdout == "true\n"
