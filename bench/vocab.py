"""Costs of the learner's vocabulary (issue 15), measured in-process.

1. Status lookup per hover with 50,000 lemmas in the vocabulary (target <= 0.05 ms):
   ``Vocabulary.status`` over a mix of marked and new lemmas, after reopening the file.
2. Ready-time cost on the sample article over an empty vocabulary (target <= +100 ms):
   opening the (absent) vocabulary file plus statuses and frequency bands of every
   token (the first call includes reading wordfreq's list). The card lemmas come
   from the dictionary lookups the window makes anyway for its cards; their time is
   printed separately, not counted. The same with 50,000 lemmas for comparison.
3. Exporting 5,000 cards to an .apkg (target <= 5 s), and to CSV for comparison.

Usage: python -m bench.vocab [--runs 5] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def bench_lookup(folder: Path, runs: int) -> dict[str, float]:
    from app.vocab.status import KNOWN, learning
    from app.vocab.store import Vocabulary

    path = folder / "big.sqlite3"
    vocabulary = Vocabulary(path)
    start = time.perf_counter()
    vocabulary.set_many(
        {f"Lemma{i:05d}": (KNOWN if i % 3 else learning(1 + i % 4)) for i in range(50_000)}
    )
    write_s = time.perf_counter() - start
    vocabulary.close()
    start, cpu = time.perf_counter(), time.process_time()
    reopened = Vocabulary(path)
    open_s, open_cpu = time.perf_counter() - start, time.process_time() - cpu
    assert len(reopened) == 50_000
    # Half marked lemmas, half new ones (new words are most of what a learner hovers).
    probes = [f"Lemma{i:05d}" for i in range(0, 50_000, 5)] + [f"Neu{i}" for i in range(10_000)]
    status = reopened.status
    per_lookup: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        for _ in range(10):
            for lemma in probes:
                status(lemma)
        per_lookup.append((time.perf_counter() - start) / (10 * len(probes)))
    return {
        "lemmas": 50_000,
        "write_50k_ms": _ms(write_s),
        "open_and_load_50k_ms": _ms(open_s),
        "open_and_load_50k_cpu_ms": _ms(open_cpu),
        "lookup_median_ms": round(statistics.median(per_lookup) * 1000, 6),
        "lookup_max_ms": round(max(per_lookup) * 1000, 6),
    }


def bench_ready(folder: Path, runs: int) -> dict[str, float]:
    from app.analysis import analyze
    from app.core.paths import sample_article_path
    from app.dictionary import open_dictionary
    from app.grammar import frame_at
    from app.vocab import freq
    from app.vocab.marks import card_lemma, token_marks
    from app.vocab.status import KNOWN
    from app.vocab.store import Vocabulary

    analysis = analyze(sample_article_path().read_text(encoding="utf-8"))
    tokens = analysis.tokens
    dictionary = open_dictionary()
    start = time.perf_counter()
    lemmas = []
    for i, t in enumerate(tokens):
        info = dictionary.lookup(
            t.text, lemma=t.lemma, pos=t.pos, morph=t.morph, frame=frame_at(tokens, i)
        )
        lemmas.append(card_lemma(info.lemma, t.lemma, t.text))
    lookups_s = time.perf_counter() - start

    start = time.perf_counter()
    empty = Vocabulary(folder / "absent.sqlite3")
    token_marks(tokens, analysis.entities, lemmas, empty)
    first_s = time.perf_counter() - start  # includes reading wordfreq's list once

    start = time.perf_counter()
    freq.ranks()
    assert time.perf_counter() - start < 0.01  # loaded above

    warm: list[float] = []
    for n in range(runs):
        start = time.perf_counter()
        token_marks(tokens, analysis.entities, lemmas, Vocabulary(folder / f"absent{n}.sqlite3"))
        warm.append(time.perf_counter() - start)

    big = Vocabulary(folder / "ready50k.sqlite3")
    big.set_many({f"Lemma{i:05d}": KNOWN for i in range(50_000)} | dict.fromkeys(lemmas, KNOWN))
    big.close()
    with_50k: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        token_marks(tokens, analysis.entities, lemmas, Vocabulary(folder / "ready50k.sqlite3"))
        with_50k.append(time.perf_counter() - start)
    return {
        "tokens": len(tokens),
        "dictionary_lookups_ms_not_counted": _ms(lookups_s),
        "empty_first_ms": _ms(first_s),
        "empty_warm_median_ms": _ms(statistics.median(warm)),
        "vocab_50k_open_and_marks_median_ms": _ms(statistics.median(with_50k)),
    }


def bench_export(folder: Path, runs: int) -> dict[str, float]:
    from app.vocab.anki import export_apkg
    from app.vocab.deck import Card, export_table

    cards = [
        Card(
            word=f"Häuser{i}", lemma=f"Haus{i}", article="das", plural=f"Häuser{i}",
            grammar="noun, neuter", glosses=("house", "home", "building"),
            sentence=f"Die Häuser{i} am Fluss sind {i} Jahre alt, sagte die Stadt.",
            translation=f"The houses by the river are {i} years old, the city said.",
            source="Beispielzeitung", date="2024-05-03", added=1_700_000_000.0 + i,
        )
        for i in range(5000)
    ]  # fmt: skip
    apkg: list[float] = []
    apkg_cpu: list[float] = []
    csv: list[float] = []
    for n in range(max(1, min(runs, 3))):
        start, cpu = time.perf_counter(), time.process_time()
        export_apkg(cards, folder / f"deck{n}.apkg")
        apkg.append(time.perf_counter() - start)
        apkg_cpu.append(time.process_time() - cpu)
        start = time.perf_counter()
        export_table(cards, folder / f"deck{n}.csv")
        csv.append(time.perf_counter() - start)
    return {
        "cards": 5000,
        "apkg_median_s": round(statistics.median(apkg), 3),
        "apkg_max_s": round(max(apkg), 3),
        "apkg_cpu_median_s": round(statistics.median(apkg_cpu), 3),
        "apkg_bytes": (folder / "deck0.apkg").stat().st_size,
        "csv_median_s": round(statistics.median(csv), 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="JSON object as the last line")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="leselupe-bench-vocab-") as tmp:
        folder = Path(tmp)
        lookup = bench_lookup(folder, args.runs)
        print(
            f"status lookup per hover, {lookup['lemmas']:,} lemmas: median"
            f" {lookup['lookup_median_ms']:.6f} ms, max {lookup['lookup_max_ms']:.6f} ms"
            f" (target <= 0.05 ms); writing them {lookup['write_50k_ms']:.0f} ms,"
            f" opening and loading {lookup['open_and_load_50k_ms']:.0f} ms"
            f" (CPU {lookup['open_and_load_50k_cpu_ms']:.0f} ms)"
        )
        ready = bench_ready(folder, args.runs)
        print(
            f"ready time, sample article ({ready['tokens']:,} tokens), empty vocabulary:"
            f" +{ready['empty_first_ms']:.1f} ms first (with the wordfreq list),"
            f" +{ready['empty_warm_median_ms']:.1f} ms warm (target <= +100 ms);"
            f" with 50,000 lemmas +{ready['vocab_50k_open_and_marks_median_ms']:.1f} ms;"
            f" [card-lemma dictionary lookups, made for the cards anyway:"
            f" {ready['dictionary_lookups_ms_not_counted']:.0f} ms, not counted]"
        )
        export = bench_export(folder, args.runs)
        print(
            f"export {export['cards']:,} cards: .apkg median {export['apkg_median_s']:.2f} s,"
            f" max {export['apkg_max_s']:.2f} s (target <= 5 s;"
            f" CPU {export['apkg_cpu_median_s']:.2f} s),"
            f" {export['apkg_bytes'] / 1e6:.1f} MB; CSV {export['csv_median_s']:.3f} s"
        )
    if args.json:
        print(json.dumps({"lookup": lookup, "ready": ready, "export": export}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
