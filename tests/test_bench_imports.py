"""The benchmarks do not import the people tests' support: the review fixtures' reader is
bench.review_fixtures, which the tests import. (Fake servers and the speed probe of
tests/ are still imported by translate, UI and run_all benchmarks.)"""

from __future__ import annotations

import ast
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"


def test_no_benchmark_imports_the_people_tests() -> None:
    offenders = []
    for path in sorted(BENCH.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            offenders += [f"{path.name}: {n}" for n in names if n.startswith("tests.people")]
    assert offenders == []
