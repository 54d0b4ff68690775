"""Benchmark: load time and words per second of a spaCy pipeline on one core.

Prints CPU and wall-clock numbers for loading (``app.nlp.load_directory``, as the
app loads a pipeline directory) and for ``nlp.pipe`` over
the sample article's paragraphs (repeated to about 20,000 words). Defaults to
the bundled pipeline; ``--model`` takes any path or package name.
Run: ``OMP_NUM_THREADS=1 python -m bench.model_speed``.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=str(ROOT / "resources" / "models" / "de_leselupe"))
    ap.add_argument("--words", type=int, default=20_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from app.nlp import load_directory

    load_directory(Path(args.model))  # warm file cache and registries
    loads = []
    for _ in range(args.repeat):
        c, w = time.process_time(), time.perf_counter()
        nlp = load_directory(Path(args.model))
        loads.append((time.process_time() - c, time.perf_counter() - w))
    text = (ROOT / "resources" / "sample" / "article.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    per_copy = sum(len(p.split()) for p in paragraphs)
    paragraphs = paragraphs * max(1, args.words // per_copy)
    list(nlp.pipe(paragraphs[:10]))  # warm-up: lemmatizer data, caches
    runs = []
    for _ in range(args.repeat):
        c, w = time.process_time(), time.perf_counter()
        docs = list(nlp.pipe(paragraphs))
        runs.append((time.process_time() - c, time.perf_counter() - w))
    words = sum(1 for d in docs for t in d if not t.is_space)
    cpu, wall = min(r[0] for r in runs), min(r[1] for r in runs)
    print(f"pipeline: {args.model} {nlp.pipe_names}")
    print(f"load: {min(x[0] for x in loads):.3f} CPU s, {min(x[1] for x in loads):.3f} wall s")
    print(f"speed: {words} words, {words / cpu:,.0f} words/CPU s, {words / wall:,.0f} words/wall s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
