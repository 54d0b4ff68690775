"""The shape of the code: no import cycles, and imports inside functions only with a reason.

The layer contracts themselves are import-linter's (``lint-imports``, configured
in pyproject.toml). This file adds what the contracts do not see: a cycle
through a package's ``__init__`` (a parent is no sibling of its children), and
the rule that an import inside a function defers a heavy import and says so in
a comment on its line or the line above.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import grimp

REPO = Path(__file__).resolve().parent.parent
#: Code that other work is still restructuring (people, nlp, ui); shrink as it lands.
NOT_YET_CHECKED: tuple[str, ...] = ()
#: Cycles that other work removes (app/names.py and app/roles.py move into app/people/).
KNOWN_CYCLES: set[frozenset[str]] = set()
_TOOL_COMMENT = re.compile(r"type:\s*ignore(\[[^\]]*\])?|noqa(:\s*[A-Z0-9, ]+)?")


def _cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[frozenset[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            members = {stack.pop()}
            while node not in members:
                members.add(stack.pop())
            if len(members) > 1:
                out.append(frozenset(members))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return out


def test_cycle_finder_finds_a_cycle_and_only_that() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert _cycles(graph) == [frozenset({"a", "b", "c"})]


def test_no_import_cycles_between_modules_of_app() -> None:
    built = grimp.build_graph("app", include_external_packages=False)
    graph = {m: set(built.find_modules_directly_imported_by(m)) for m in built.modules}
    cycles = set(_cycles(graph)) - KNOWN_CYCLES
    assert not cycles, [sorted(c) for c in cycles]


def _says_why(lines: list[str], number: int) -> bool:
    line = lines[number - 1]
    comment = line.split("#", 1)[1] if "#" in line else ""
    if _TOOL_COMMENT.sub("", comment).strip(" #"):
        return True
    # the block of imports this one belongs to (blank lines between import groups
    # included) is explained by a comment above it or on one of its lines
    above = number - 2
    while above >= 0 and (
        not lines[above].strip() or lines[above].strip().startswith(("from ", "import "))
    ):
        if "#" in lines[above] and _TOOL_COMMENT.sub("", lines[above].split("#", 1)[1]).strip(" #"):
            return True
        above -= 1
    return above >= 0 and lines[above].strip().startswith("#")


def test_imports_inside_functions_say_why() -> None:
    unexplained = []
    for path in sorted((REPO / "app").rglob("*.py")):
        name = path.relative_to(REPO).as_posix()
        if name.startswith(NOT_YET_CHECKED):
            continue
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for inner in ast.walk(node):
                is_import = isinstance(inner, ast.Import | ast.ImportFrom)
                if is_import and not _says_why(lines, inner.lineno):
                    unexplained.append(f"{name}:{inner.lineno}")
    assert not unexplained, unexplained
