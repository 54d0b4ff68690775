"""How many alphabetic tokens outside named entities get a gloss (prints numbers).

Usage: python -m bench.dictionary_coverage [FILE ...]
(default: the sample article and tests/fixtures/news_de.txt). Add ``--misses``
to list the tokens without a gloss, ``--steps`` for how the entries were found.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from app.analysis import analyze
from app.core.paths import sample_article_path
from app.dictionary import open_dictionary
from app.dictionary.coverage import coverage

ROOT = Path(__file__).resolve().parent.parent


def load_names(path: Path) -> list[str]:
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--steps", action="store_true")
    args = parser.parse_args()
    files = args.files or [sample_article_path(), ROOT / "tests" / "fixtures" / "news_de.txt"]
    dictionary = open_dictionary()
    if dictionary.error:
        print(f"dictionary error: {dictionary.error}")
        return 1
    for path in files:
        text = path.read_text(encoding="utf-8")
        analysis = analyze(text)
        names_file = ROOT / "tests" / "fixtures" / f"{path.stem}_entities.txt"
        if path == sample_article_path():
            names_file = ROOT / "tests" / "fixtures" / "sample_entities.txt"
        names = load_names(names_file)
        print(f"{path.name} (pipeline {analysis.model.name}):")
        variants = [("pipeline entities only", (), False), ("+ further mentions", (), True)]
        if names:
            variants.append((f"+ hand list {names_file.name}", names, True))
        for label, extra, mentions in variants:
            started = time.perf_counter()
            result = coverage(analysis, dictionary, extra, mentions)
            elapsed = time.perf_counter() - started
            print(
                f"  {label}: {result.covered}/{result.total} = {result.ratio:.2%}"
                f" (own entry {result.direct_ratio:.2%}, compounds {result.compound});"
                f" {elapsed * 1e3:.0f} ms"
            )
            if args.steps:
                print("     steps:", dict(Counter(result.steps).most_common()))
            if args.misses:
                print("     misses:", ", ".join(result.misses) or "–")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
