"""The import graph of interpreter/builtins/: no cycle among the library modules, none between
them and their installer, and the printer a pure leaf.

The graph is read from the source (every import statement, those inside functions too), so a
cycle hidden behind a lazy import counts as a cycle.
"""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = "interpreter.builtins"
DIRECTORY = Path(__file__).resolve().parents[3] / "interpreter" / "builtins"
INSTALLER = "bootstrap"


def module_names() -> list[str]:
    return sorted(p.stem for p in DIRECTORY.glob("*.py") if p.stem != "__init__")


def imported_siblings(name: str) -> set[str]:
    """The modules of the package that `name` imports, wherever the import statement is."""
    siblings = set(module_names())
    found = set()
    for node in ast.walk(ast.parse((DIRECTORY / f"{name}.py").read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1:
                base = node.module or ""
            elif node.level == 0 and node.module and node.module.startswith(PACKAGE):
                base = node.module[len(PACKAGE):].lstrip(".")
            else:
                continue
            if base:
                found.add(base.split(".")[0])
            else:   # from . import x, y
                found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(PACKAGE + "."):
                    found.add(alias.name[len(PACKAGE) + 1:].split(".")[0])
    return found & siblings


def graph() -> dict[str, set[str]]:
    return {name: imported_siblings(name) for name in module_names()}


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """A cycle as a list of modules (first == last), or None."""
    state: dict[str, str] = {}
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = "open"
        path.append(node)
        for nxt in sorted(edges[node]):
            if state.get(nxt) == "open":
                return path[path.index(nxt):] + [nxt]
            if nxt not in state:
                cycle = visit(nxt)
                if cycle:
                    return cycle
        state[node] = "done"
        path.pop()
        return None

    for node in sorted(edges):
        if node not in state:
            cycle = visit(node)
            if cycle:
                return cycle
    return None


def test_the_graph_is_read_from_every_import_statement():
    edges = graph()
    assert {"support", "views", "inspect", "bootstrap"} <= set(edges)
    assert INSTALLER in edges and "array" in edges[INSTALLER]
    assert "iterator" in edges["array"]
    # the finder sees a cycle when there is one
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycle_in_the_library():
    assert find_cycle(graph()) is None


def test_no_library_module_imports_the_installer():
    importers = [name for name, deps in graph().items() if INSTALLER in deps]
    assert importers == []


def test_the_installer_reaches_every_library_module():
    edges = graph()
    reached, todo = set(), [INSTALLER]
    while todo:
        name = todo.pop()
        for nxt in edges[name] - reached:
            reached.add(nxt)
            todo.append(nxt)
    assert reached == set(edges) - {INSTALLER}


def test_support_and_the_printer_are_leaves():
    edges = graph()
    assert edges["support"] == set()
    assert edges["inspect"] == set()
