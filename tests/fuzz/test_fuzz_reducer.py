"""The fuzzer's runner and reducer: crashes and hangs are failures of their own kind, and
a known-bad program (a Math.abs broken on purpose inside the worker) shrinks to a few
lines that still show the same mismatch.
"""
from __future__ import annotations

import pytest

from fuzz import jsast as J
from fuzz.generator import generate
from fuzz.reducer import Reducer, reduce_failure
from fuzz.runner import Outcome, _describe_exit, node_path, run_program, run_worker, verdict

SEED = 7


def test_reducer_mechanics_with_a_text_oracle():
    """No processes: the 'failure' is that the text calls Math.abs. Everything else goes."""
    program = next(p for p in (generate(3, k, size=3) for k in range(50)) if "Math.abs(" in J.program_text(p))
    best = Reducer(program, lambda text: "Math.abs(" in text).reduce()
    text = J.program_text(best)
    assert "Math.abs(" in text
    assert text.count("\n") <= 4, text


def test_reducer_keeps_base_cases():
    program = J.Program([J.FuncDecl("rec", ["n"], [
        J.If(J.Un("!", J.Bin(">", J.Lit("n"), J.Lit("0"))), [J.Return(J.Lit("0"))], keep=True),
        J.Return(J.Call(J.Lit("rec"), [J.Bin("-", J.Lit("n"), J.Lit("1"))]))]),
        J.ExprStmt(J.Call(J.Lit("rec"), [J.Lit("5")]))])
    best = Reducer(program, lambda text: "function rec" in text).reduce()
    assert "if (!(n > 0)) {\n    return 0;" in J.program_text(best)


def test_reducer_unwraps_finally_and_for_of():
    """A try loses its catch clause (keeping the finally), or becomes its body and finalizer;
    a for...of becomes one pass over the first element (a block, unwrapped in turn)."""
    program = J.Program([
        J.Try([J.ExprStmt(J.Lit("body()"))], "e", [J.ExprStmt(J.Lit("handler()"))], [J.ExprStmt(J.Lit("fin()"))]),
        J.ForOf("const", "v", J.Lit("xs"), [J.ExprStmt(J.Lit("use(v)"))]),
    ])
    best = Reducer(program, lambda text: "body()" in text and "fin()" in text and "use(v)" in text).reduce()
    assert J.program_text(best) == "body();\nfin();\nuse(v);\n"
    program = J.Program([
        J.Try([J.ExprStmt(J.Lit("body()"))], "e", [J.ExprStmt(J.Lit("handler()"))], [J.ExprStmt(J.Lit("fin()"))])])
    best = Reducer(program, lambda text: "finally" in text and "body()" in text).reduce()
    assert J.program_text(best) == "try {\n  body();\n} finally {}\n"


def test_modes_agree_between_runner_and_worker():
    from fuzz import worker
    from fuzz.runner import MODE_FLAGS, MODE_ORDER, available_modes
    assert set(MODE_FLAGS) == set(worker.MODE_OPTIONS) == set(MODE_ORDER)
    assert MODE_FLAGS["inline"] == ["--stress-opt", "--stress-inlining"]
    assert worker.MODE_OPTIONS["inline"]["inlining"] == dict(stress=True)
    assert "inline" in available_modes()
    assert MODE_FLAGS["gc"] == ["--stress-opt", "--gc-interval", "200"]
    assert worker.MODE_OPTIONS["gc"]["gc_interval"] == 200
    assert "gc" in available_modes()


def test_crashes_and_hangs_are_their_own_kind(tmp_path):
    js = tmp_path / "abs.js"
    js.write_text("console.log(1);\nconsole.log(Math.abs(-2));\n")
    reference = Outcome("1\n2\n", "", 0)
    raised = run_worker([str(js)], ["jitless"], 30, break_builtin="raise")[str(js), "jitless"]
    assert verdict(raised, reference) == "crash: internal error KeyError"
    aborted = run_worker([str(js)], ["jitless", "default"], 30, break_builtin="abort")
    # The child dies in the first mode; a fresh one runs the second.
    assert {verdict(o, reference) for o in aborted.values()} == {"crash: signal SIGABRT"}
    wrong = run_worker([str(js)], ["jitless"], 30, break_builtin="abs")[str(js), "jitless"]
    assert verdict(wrong, reference) == "mismatch: stdout"
    hang = tmp_path / "hang.js"
    hang.write_text("var x = 0;\nwhile (true) { x++; }\n")
    hung = run_worker([str(hang), str(js)], ["jitless"], 2)
    assert hung[str(hang), "jitless"].timed_out
    assert verdict(hung[str(js), "jitless"], reference) == "pass"


@pytest.mark.skipif(node_path() is None, reason="the planted bug is found against node")
def test_reducer_shrinks_a_known_bad_program(tmp_path):
    found = None
    for k in range(60):
        program = generate(SEED, k, size=2)
        text = J.program_text(program)
        if "Math.abs(" not in text:
            continue
        path = tmp_path / f"p{k}.js"
        path.write_text(text)
        result = run_program(str(path), ["jitless"], "node", 60, break_builtin="abs")
        assert not result.invalid
        if result.verdicts["jitless"] != "pass":
            found = program, result
            break
    assert found, "no generated program reached the broken Math.abs"
    program, result = found
    expected = result.verdicts["jitless"]
    best, _ = reduce_failure(program, "jitless", expected, "node", tmp_path / "reduce", 30, ["jitless"],
                                 budget_seconds=240, break_builtin="abs")
    assert best is not None
    text = J.program_text(best)
    assert "Math.abs(" in text
    assert text.count("\n") <= 8, text
    assert text.count("\n") < J.program_text(program).count("\n") // 5
    # The reduced program still shows the same mismatch.
    path = tmp_path / "reduced.js"
    path.write_text(text)
    again = run_program(str(path), ["jitless"], "node", 60, break_builtin="abs")
    assert again.verdicts["jitless"] == expected and not again.invalid


def test_child_deaths_are_named_stably():
    """A signal by name; LLVM's fatal errors (which exit the process) by their message, without
    the function names that change as a program is reduced."""
    assert _describe_exit(-11, "") == "signal SIGSEGV"
    llvm = "error: <unknown>:0:0: ran out of registers during register allocation in function 'js_f1_14_v0'\n"
    assert _describe_exit(1, llvm) == _describe_exit(1, llvm.replace("f1_14", "g_2"))
    assert _describe_exit(1, llvm).startswith("child exited 1: LLVM ran out of registers")
    assert _describe_exit(3, "whatever") == "child exited 3"
