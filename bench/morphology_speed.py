"""Speed of the word-card grammar (:func:`app.morphology.features`), prints numbers.

Usage: python -m bench.morphology_speed [TEXT_FILE] [--repeat 3]

Analyses the text (default: the bundled sample article) once, untimed, then
measures:

- loading the bundled morphology tables (first use in a process);
- one pass over every token in text order, as ``analyze --json --tokens``
  does (µs per token, and the total against the pipeline's own time);
- hovers: every token asked for alone, in random order, with the per-table
  memo cleared before each one, the worst case of a first hover (median, p99
  and max µs, wall clock and CPU: on a loaded machine the wall clock mostly
  measures waiting for a core); then every token a second time with the memo
  kept, what a repeated hover costs.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("text", nargs="?", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    from app.analysis import analyze
    from app.core.paths import sample_article_path

    text = (args.text or sample_article_path()).read_text(encoding="utf-8")
    start = time.perf_counter()
    analysis = analyze(text)
    pipeline = time.perf_counter() - start
    tokens = analysis.tokens
    n = len(tokens)

    from app.dictionary import open_dictionary
    from app.morphology import engine, lexicon, set_gender_lookup

    dictionary = open_dictionary()
    dictionary.lookup("Haus")  # the app has its dictionary open before any hover
    set_gender_lookup(
        lambda word, lemma: dictionary.lookup(word, lemma=lemma, pos="NOUN").gender or ""
    )
    start = time.perf_counter()
    lexicon.tables()
    load = time.perf_counter() - start

    passes = []
    cpu = []
    for _ in range(args.repeat):
        engine._memo = None
        start = time.perf_counter()
        cpu_start = time.process_time()
        for i in range(n):
            engine.features(tokens, i, None)
        passes.append(time.perf_counter() - start)
        cpu.append(time.process_time() - cpu_start)
    whole = min(passes)

    order = list(range(n))
    random.Random(1).shuffle(order)
    engine._memo = None
    cold: list[float] = []
    cold_cpu: list[float] = []
    for i in order:
        engine._memo = None  # a new table each time: nothing of other tokens is cached
        t0 = time.perf_counter()
        c0 = time.thread_time()
        engine.features(tokens, i, None)
        cold_cpu.append((time.thread_time() - c0) * 1e6)
        cold.append((time.perf_counter() - t0) * 1e6)
    engine._memo = None
    for i in order:  # every token once with the table's memo kept, as hovering does ...
        engine.features(tokens, i, None)
    warm: list[float] = []
    for i in order:  # ... then the same tokens again: what a second hover costs
        t0 = time.perf_counter()
        engine.features(tokens, i, None)
        warm.append((time.perf_counter() - t0) * 1e6)

    def p(values: list[float], q: float) -> float:
        return sorted(values)[min(len(values) - 1, int(q * len(values)))]

    print(
        f"text: {len(text):,} characters, {n:,} tokens;"
        f" analyze(): {pipeline:.2f} s (includes loading)"
    )
    print(f"tables: loaded in {load * 1000:.0f} ms")
    print(
        f"all tokens in order (JSON): first pass {passes[0] * 1000:.0f} ms"
        f" ({passes[0] / n * 1e6:.0f} µs per token, CPU {cpu[0] / n * 1e6:.0f} µs),"
        f" best of {args.repeat} {whole * 1000:.0f} ms ({whole / n * 1e6:.1f} µs per token,"
        f" CPU {min(cpu) / n * 1e6:.1f} µs)"
    )
    print(
        f"hover, nothing cached: median {statistics.median(cold):.0f} µs,"
        f" p99 {p(cold, 0.99):.0f} µs,"
        f" max {max(cold):.0f} µs; CPU: median {statistics.median(cold_cpu):.0f} µs,"
        f" p99 {p(cold_cpu, 0.99):.0f} µs, max {max(cold_cpu):.0f} µs"
    )
    print(f"hover again: median {statistics.median(warm):.1f} µs, p99 {p(warm, 0.99):.1f} µs")
    print(f"(machine load average now: {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
