"""Load time and words per second of the bundled spaCy pipeline, on one CPU core.

Usage: python bench/ner_speed.py [--words 30000] [--model PATH] [--json]

In this process: pins itself to one CPU (``sched_setaffinity``) and one BLAS
thread, imports spaCy and Leselupe's components (timed apart), loads the
pipeline as the app does (``app.nlp.load_directory``: ``spacy.load``, skipping the
bundled pipeline's default tokenizer file; the "load" the NER issue's budget of
0.5 s means), then runs ``nlp.pipe``
over paragraphs of the sample article repeated to about --words words and
reports non-space tokens per second for the whole pipeline (sentencizer, lexical
classes, tok2vec, NER, entity rules, lemmatiser), best of --repeat passes, in wall-clock
seconds and in CPU seconds of the process (the latter hold on a busy machine). Prints numbers;
asserts nothing. ``--json`` adds one JSON object as the last line.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def pin_to_one_cpu() -> int | None:
    """Run on one core only (Linux); returns the core or None where unsupported."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    allowed = sorted(os.sched_getaffinity(0))
    cpu = allowed[-1]
    os.sched_setaffinity(0, {cpu})
    return cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=30_000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--model", default=str(ROOT / "resources" / "models" / "de_leselupe"))
    parser.add_argument("--json", action="store_true", help="JSON object as the last line")
    args = parser.parse_args()
    cpu = pin_to_one_cpu()

    t0 = time.perf_counter()
    import spacy  # noqa: F401  (timed apart from the load)

    import app.nlp.components  # noqa: F401  (registers Leselupe's factories)
    from app.nlp import load_directory

    t1 = time.perf_counter()
    c1 = time.process_time()
    nlp = load_directory(Path(args.model))
    cpu_load = time.process_time() - c1
    t2 = time.perf_counter()
    nlp("Aufwärmen: Angela Merkel besuchte am Montag Berlin.")
    t3 = time.perf_counter()

    sample = (ROOT / "resources" / "sample" / "article.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in sample.split("\n") if p.strip()]
    per_copy = sum(len(p.split()) for p in paragraphs)
    texts = paragraphs * max(1, args.words // max(1, per_copy) + 1)
    best = best_cpu = float("inf")
    words = entities = 0
    for _ in range(max(1, args.repeat)):
        start, cpu_start = time.perf_counter(), time.process_time()
        docs = list(nlp.pipe(texts, batch_size=64))
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - cpu_start)
        words = sum(1 for doc in docs for t in doc if not t.is_space)
        entities = sum(len(doc.ents) for doc in docs)
    result = {
        "model": f"{nlp.meta.get('lang', 'de')}_{nlp.meta.get('name', '?')}",
        "version": str(nlp.meta.get("version", "")),
        "components": list(nlp.pipe_names),
        "cpu": cpu,
        "import_s": round(t1 - t0, 3),
        "load_s": round(t2 - t1, 3),
        "first_doc_s": round(t3 - t2, 3),
        "words": words,
        "entities": entities,
        "seconds": round(best, 3),
        "words_per_s": round(words / best) if best > 0 else 0,
        "cpu_load_s": round(cpu_load, 3),
        "cpu_seconds": round(best_cpu, 3),
        "words_per_cpu_s": round(words / best_cpu) if best_cpu > 0 else 0,
    }
    print(f"pipeline {result['model']} {result['version']}: {', '.join(nlp.pipe_names)}")
    print(
        f"import spaCy + components {result['import_s']:.2f} s, load {result['load_s']:.2f} s"
        f" (target <= 0.5 s), first doc {result['first_doc_s'] * 1000:.0f} ms"
    )
    print(
        f"{words:,} words ({entities:,} entities) in {best:.2f} s on CPU {cpu}:"
        f" {result['words_per_s']:,} words/s (target >= 5,000; best of {args.repeat})"
    )
    print(
        f"CPU time of this process (what other jobs do not change): load"
        f" {result['cpu_load_s']:.2f} CPU s, {result['words_per_cpu_s']:,} words per CPU s"
    )
    print(f"(load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs)")
    if args.json:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
