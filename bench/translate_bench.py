"""Benchmark of app.translate: cache latency and requests per article (prints numbers).

Run from the repository root: ``python -m bench.translate_bench``.
Uses the local fake provider server from the tests, so no real service is contacted.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import threading
import time
from pathlib import Path

from app.translate import PROVIDERS, TranslationCache, TranslationService
from tests.translate_fake_server import FakeProviders

os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")


def timed(fn, repeat: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(repeat):
        start = time.perf_counter_ns()
        fn()
        samples.append(time.perf_counter_ns() - start)
    samples.sort()
    return statistics.median(samples) / 1000, samples[int(len(samples) * 0.99)] / 1000


def sample_sentences() -> list[str]:
    from app.analysis import analyze
    from app.core.paths import sample_article_path

    analysis = analyze(sample_article_path().read_text(encoding="utf-8"))
    return [analysis.text[s.start : s.end] for s in analysis.sentences]


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="leselupe-bench-"))
    sentences = sample_sentences()
    chars = sum(len(s) for s in sentences)
    print(f"sample article: {len(sentences)} sentences, {chars} characters")

    cache = TranslationCache(tmp / "cache.sqlite3", memory_entries=64)
    entries = {
        f"google\x1fde\x1fen\x1fs\x1fSatz {i} " + "wort " * 20: "sentence " * 25
        for i in range(5000)
    }
    start = time.perf_counter()
    items = list(entries.items())
    for i in range(0, len(items), 30):
        cache.put_many(dict(items[i : i + 30]))
    per_batch = (time.perf_counter() - start) / (len(items) / 30) * 1000
    print(f"cache put_many (30 rows, committed): {per_batch:.2f} ms per batch")
    keys = list(entries)
    hot = keys[-1]
    med, p99 = timed(lambda: cache.get(hot), 20000)
    print(f"cache get, memory hit: median {med:.1f} µs, p99 {p99:.1f} µs")
    cold = iter(keys[:4000])
    med, p99 = timed(lambda: cache.get(next(cold)), 4000)
    print(f"cache get, disk hit:   median {med:.1f} µs, p99 {p99:.1f} µs")
    med, p99 = timed(lambda: cache.get("missing key"), 20000)
    print(f"cache get, miss:       median {med:.1f} µs, p99 {p99:.1f} µs")
    cache.close()
    size = (tmp / "cache.sqlite3").stat().st_size
    print(f"cache file for 5000 sentences: {size / 1024:.0f} KiB ({size / 5000:.0f} bytes each)")

    fake = FakeProviders()
    try:
        for name in sorted(PROVIDERS):
            svc_cache = TranslationCache(tmp / f"{name}.sqlite3")
            svc = TranslationService(fake.settings(name), svc_cache)
            before = len(fake.requests)
            start = time.perf_counter()
            results = svc.translate(sentences)
            elapsed = (time.perf_counter() - start) * 1000
            made = len(fake.requests) - before
            ok = sum(r.ok for r in results)
            print(
                f"{name:10s} article: {made} requests for {len(sentences)} sentences "
                f"({len(sentences) / made:.1f} per request, limit {PROVIDERS[name].max_chars} "
                f"chars), {ok} ok, {elapsed:.0f} ms against the local fake"
            )
            med, p99 = timed(lambda svc=svc: svc.cached(sentences[7]), 20000)
            print(
                f"{'':10s} service.cached() after prefetch: median {med:.1f} µs, p99 {p99:.1f} µs"
            )
            svc.close()
            svc_cache.close()

        # Prefetch plus hovers from 8 threads at once: requests stay at one per sentence.
        fake.gate = None
        svc_cache = TranslationCache(tmp / "concurrent.sqlite3")
        svc = TranslationService(fake.settings("google"), svc_cache)
        before = len(fake.requests)
        threads = [threading.Thread(target=svc.translate, args=(sentences,))]
        threads += [
            threading.Thread(target=lambda i=i: [svc.translate_one(s) for s in sentences[i::8]])
            for i in range(8)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        sent = [t for e in fake.requests[before:] for t in e.texts]
        print(
            f"prefetch + 8 hover threads: {len(fake.requests) - before} requests, "
            f"{len(sent)} sentences sent for {len(set(sentences))} distinct "
            f"(shared waits {svc.stats().shared_waits})"
        )
    finally:
        fake.close()


if __name__ == "__main__":
    main()
