"""Structure numbers of the code in ``app/``: sizes, imports inside functions, cycles, mypy.

Usage (from the repository root)::

    python -m bench.code_stats [--top N] [--list]

Prints:

- the largest modules (lines) and the longest functions (lines, decorators included);
- imports inside functions, in all of ``app/`` and outside the packages that
  defer heavy imports on purpose (people, nlp, ui); ``--list`` names each one
  and whether a comment on its line or the line above says why it is there;
- import cycles, found with grimp (imports inside functions count): between
  modules, and between the top-level parts of ``app`` (``app.dictionary``,
  ``app.ui``, ``app.analysis`` ...; a package counts with everything below it);
- mypy coverage: the files of ``app/`` that ``mypy app`` checks (everything
  not matched by ``exclude`` in ``[tool.mypy]`` of pyproject.toml) / all files.

Measures the source as it is; asserts nothing.
"""

from __future__ import annotations

import argparse
import ast
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "app"
#: Packages whose imports inside functions are counted apart (they defer spaCy, Qt, ...).
DEFERRING = ("app/people", "app/nlp", "app/ui")


@dataclass(frozen=True, slots=True)
class FunctionImport:
    """One ``import`` statement inside a function body."""

    path: str
    line: int
    function: str
    module: str
    commented: bool


def python_files(root: Path = ROOT) -> list[Path]:
    return sorted(p for p in (root / PACKAGE).rglob("*.py") if "__pycache__" not in p.parts)


def relative(path: Path, root: Path = ROOT) -> str:
    return path.relative_to(root).as_posix()


def line_count(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def functions(tree: ast.AST) -> Iterable[ast.FunctionDef | ast.AsyncFunctionDef]:
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield node


def function_length(node: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
    return (node.end_lineno or node.lineno) - first + 1


def _imported_name(node: ast.Import | ast.ImportFrom) -> str:
    if isinstance(node, ast.ImportFrom):
        return "." * node.level + (node.module or "")
    return ", ".join(alias.name for alias in node.names)


_TOOL_COMMENT = re.compile(r"(?:type:\s*ignore(?:\[[^\]]*\])?|noqa(?::\s*[A-Z0-9, ]+)?)")


def says_why(lines: list[str], number: int) -> bool:
    """True when the import on line ``number`` (1-based) is explained by a comment.

    The comment may sit on its line (beyond ``type: ignore`` and ``noqa``), on a line of
    the block of imports it belongs to, or on the line above that block.
    """
    line = lines[number - 1]
    if "#" in line and _TOOL_COMMENT.sub("", line.split("#", 1)[1]).strip(" #"):
        return True
    above = number - 2
    while above >= 0 and (
        not lines[above].strip() or lines[above].strip().startswith(("from ", "import "))
    ):
        if "#" in lines[above] and _TOOL_COMMENT.sub("", lines[above].split("#", 1)[1]).strip(" #"):
            return True
        above -= 1
    return above >= 0 and lines[above].strip().startswith("#")


def function_imports(path: Path, root: Path = ROOT) -> list[FunctionImport]:
    """Imports inside function bodies (nested functions counted once, innermost)."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found: dict[int, FunctionImport] = {}
    for function in functions(ast.parse(source)):
        for node in ast.walk(function):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            commented = says_why(lines, node.lineno)
            found[node.lineno] = FunctionImport(
                relative(path, root), node.lineno, function.name, _imported_name(node), commented
            )
    return [found[n] for n in sorted(found)]


def strongly_connected(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The strongly connected components with more than one member (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, list[str]]] = [(start, sorted(graph.get(start, ())))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, todo = work[-1]
            if todo:
                nxt = todo.pop()
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, sorted(graph.get(nxt, ()))))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    out.append(sorted(component))
    return sorted(out)


def import_graph() -> dict[str, set[str]]:
    """Module -> the app modules it imports (grimp; imports inside functions included)."""
    graph = grimp.build_graph(PACKAGE, include_external_packages=False)
    return {m: set(graph.find_modules_directly_imported_by(m)) for m in graph.modules}


def top_level(module: str) -> str:
    """``app.dictionary.lookup`` -> ``app.dictionary``; ``app.cli`` stays."""
    return ".".join(module.split(".")[:2])


def squashed(graph: Mapping[str, Iterable[str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for module, imported in graph.items():
        edges = out.setdefault(top_level(module), set())
        edges.update(top_level(m) for m in imported if top_level(m) != top_level(module))
    return out


def mypy_checked(files: list[Path], root: Path = ROOT) -> list[Path]:
    """The files ``mypy app`` checks under pyproject's ``[tool.mypy] exclude``."""
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    exclude = config.get("tool", {}).get("mypy", {}).get("exclude", [])
    patterns = [re.compile(p) for p in ([exclude] if isinstance(exclude, str) else exclude)]
    return [f for f in files if not any(p.search(relative(f, root)) for p in patterns)]


def _print_top(title: str, rows: list[tuple[int, str]], top: int) -> None:
    print(title)
    for size, name in sorted(rows, reverse=True)[:top]:
        print(f"  {size:6,}  {name}")


def report(top: int, listing: bool) -> None:
    files = python_files()
    sizes = [(line_count(f), relative(f)) for f in files]
    lengths = []
    for f in files:
        for node in functions(ast.parse(f.read_text(encoding="utf-8"))):
            lengths.append((function_length(node), f"{relative(f)}:{node.lineno} {node.name}"))
    _print_top(
        f"largest modules (of {len(files)} files, {sum(s for s, _ in sizes):,} lines)", sizes, top
    )
    _print_top(f"longest functions (of {len(lengths)})", lengths, top)
    over = sum(1 for n, _ in lengths if n > 60)
    print(
        f"  functions over 60 lines: {over}; modules over 500 lines: "
        f"{sum(1 for n, _ in sizes if n > 500)}"
    )
    imports = [i for f in files for i in function_imports(f)]
    rest = [i for i in imports if not i.path.startswith(DEFERRING)]
    print(
        f"imports inside functions: {len(imports)} in app/, {len(rest)} outside "
        f"{', '.join(DEFERRING)} ({sum(i.commented for i in rest)} of those commented)"
    )
    if listing:
        for i in imports:
            mark = "" if i.commented else "   (no comment)"
            print(f"  {i.path}:{i.line} {i.function}: {i.module}{mark}")
    graph = import_graph()
    modules = strongly_connected(graph)
    parts = strongly_connected(squashed(graph))
    print(f"import cycles between modules: {len(modules)}")
    for component in modules:
        print("  " + " <-> ".join(component))
    print(f"import cycles between top-level parts of app: {len(parts)}")
    for component in parts:
        print("  " + " <-> ".join(component))
    checked = mypy_checked(files)
    print(
        f"mypy coverage: {len(checked)} of {len(files)} files "
        f"({sum(line_count(f) for f in checked):,} of {sum(s for s, _ in sizes):,} lines)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--top", type=int, default=5, help="rows per ranking (default 5)")
    parser.add_argument("--list", action="store_true", help="name every import inside a function")
    args = parser.parse_args(argv)
    report(args.top, args.list)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
