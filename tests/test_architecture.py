"""The shape of the code: no import cycles, and imports inside functions only with a reason.

The layer contracts themselves are import-linter's (``lint-imports``, configured
in pyproject.toml). This file adds what the contracts do not see: a cycle
through a package's ``__init__`` (a parent is no sibling of its children), and
the rule that an import inside a function defers a heavy import and says so in
a comment on its line or the line above. The rules live in ``bench.code_stats``,
which prints the same numbers.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

from bench.code_stats import (
    ROOT,
    function_imports,
    import_graph,
    python_files,
    says_why,
    strongly_connected,
    top_level,
)


def test_cycle_finder_finds_a_cycle_and_only_that() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert strongly_connected(graph) == [["a", "b", "c"]]


def test_comment_rule_accepts_a_block_comment_and_rejects_noqa() -> None:
    lines = ["def f():", "    # spaCy is heavy", "    import spacy", "", "    import os"]
    assert says_why(lines, 3)
    assert says_why(lines, 5)  # same block of imports, blank line between groups
    assert not says_why(["def f():", "    x = 1", "    import os  # noqa: F401"], 3)


def test_no_import_cycles_between_modules_of_app() -> None:
    assert strongly_connected(import_graph()) == []


def test_imports_inside_functions_say_why() -> None:
    unexplained = [
        f"{i.path}:{i.line}" for f in python_files() for i in function_imports(f) if not i.commented
    ]
    assert not unexplained, unexplained


def test_every_part_of_app_has_a_layer() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    layers = next(c["layers"] for c in contracts if c["type"] == "layers")
    layered = {
        name.strip(" ()") for layer in layers for name in layer.split("|") if name.strip(" ()")
    }
    parts = {
        top_level(".".join(path.relative_to(ROOT).with_suffix("").parts)) for path in python_files()
    }
    unlayered = parts - layered - {"app.__init__", "app.__main__"}
    assert not unlayered, f"add these to the layers contract in pyproject.toml: {unlayered}"


def _redefined_names(source: str) -> list[str]:
    """Top-level functions, classes and assigned names of ``source`` defined twice (the
    second silently replaces the first: session 35 found a ``_COPULAS`` set of
    morphology.engine that was never read because a later one replaced it)."""
    seen: set[str] = set()
    twice = []
    for node in ast.parse(source).body:
        names: list[str] = []
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            names = [node.target.id] if isinstance(node.target, ast.Name) else []
        for name in names:
            if name in seen:
                twice.append(name)
            seen.add(name)
    return twice


def test_redefinition_finder_finds_a_second_def() -> None:
    assert _redefined_names("def f(): pass\ndef g(): pass\ndef f(): return 1\n") == ["f"]


def test_redefinition_finder_finds_a_second_assignment() -> None:
    assert _redefined_names("A = 1\nB: int = 2\nA = 3\nB: int = 4\n") == ["A", "B"]


def test_no_module_of_app_defines_a_name_twice() -> None:
    # session 33: two merged branches each added a ``_time_before_as`` to one module; the
    # second replaced the first and four fixture roles went missing
    root = Path(__file__).resolve().parents[1] / "app"
    twice = {
        str(path.relative_to(root)): names
        for path in sorted(root.rglob("*.py"))
        if (names := _redefined_names(path.read_text(encoding="utf-8")))
    }
    assert twice == {}
