"""What the quote step adds to ``analyze``: CPU time with and without it, one process.

    python -m bench.quotes_cost [--rounds N] [FILE ...]

Texts: the sample article and ``tests/fixtures/news*_de.txt`` (or the files given).
After one warm-up pass, every round analyses all texts twice, once as the app does and
once with the quote step replaced by a no-op (the order alternates between rounds), and
the CPU time of each pass is recorded (``time.process_time``). Printed: the median of
each, the overhead of the quote step in percent of ``analyze`` without it (target
<= 10 %), and the quote step timed on its own (``extract_quotes`` on the finished
analyses), which is less noisy than the difference. The places-and-organisations step
is timed on its own too. This is a benchmark: it prints numbers and never fails.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import app.analysis as analysis_module
from app.analysis import analyze
from app.core.paths import sample_article_path
from app.entities import places_and_organisations
from app.nlp import load_pipeline_with_info
from app.quotes import extract_quotes

ROOT = Path(__file__).resolve().parent.parent


def _texts(paths: list[str]) -> list[str]:
    files = [Path(p) for p in paths] or [
        sample_article_path(),
        *sorted((ROOT / "tests" / "fixtures").glob("news*_de.txt")),
    ]
    return [f.read_text(encoding="utf-8") for f in files]


@contextmanager
def _without_quotes() -> Iterator[None]:
    original = analysis_module.extract_quotes
    analysis_module.extract_quotes = lambda *args, **kwargs: ()  # type: ignore[assignment]
    try:
        yield
    finally:
        analysis_module.extract_quotes = original


def _cpu(run: Callable[[], object]) -> float:
    start = time.process_time()
    run()
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("files", nargs="*")
    args = parser.parse_args(argv)
    texts = _texts(args.files)
    nlp, info = load_pipeline_with_info()

    def analyse_all() -> list[analysis_module.Analysis]:
        return [analyze(t, nlp, info) for t in texts]

    analyses = analyse_all()  # warm-up: model, lexicons, caches
    with_quotes: list[float] = []
    without: list[float] = []
    for r in range(args.rounds):
        order = (True, False) if r % 2 == 0 else (False, True)
        for quotes_on in order:
            if quotes_on:
                with_quotes.append(_cpu(analyse_all))
            else:
                with _without_quotes():
                    without.append(_cpu(analyse_all))

    def quote_step() -> list[object]:
        return [extract_quotes(a.text, a.tokens, a.people, a.organisations) for a in analyses]

    step = [_cpu(quote_step) for _ in range(args.rounds)]
    entity_step = [
        _cpu(lambda: [places_and_organisations(a.text, a.tokens, a.entities) for a in analyses])
        for _ in range(args.rounds)
    ]
    med_with, med_without = statistics.median(with_quotes), statistics.median(without)
    med_step = statistics.median(step)
    chars = sum(len(t) for t in texts)
    quotes = sum(len(a.quotes) for a in analyses)
    print(f"texts                      {len(texts)} ({chars:,} characters, {quotes} quotes)")
    print(f"rounds                     {args.rounds}")
    print(f"analyze with quotes        {med_with * 1000:8.1f} ms CPU (median)")
    print(f"analyze without quotes     {med_without * 1000:8.1f} ms CPU (median)")
    print(f"difference                 {(med_with - med_without) / med_without * 100:8.2f} %")
    print(f"quote step alone           {med_step * 1000:8.1f} ms CPU (median)")
    print(f"quote step / analyze       {med_step / med_without * 100:8.2f} %")
    print(f"places+organisations step  {statistics.median(entity_step) * 1000:8.1f} ms CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
