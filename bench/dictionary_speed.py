"""Speed of the offline dictionary: opening, first-run install, lookups (prints numbers).

Usage: python bench/dictionary_speed.py [--words N] [--skip-install]

- open: a fresh process imports app.dictionary and calls open_dictionary()
  (database already installed), timed inside that process;
- install: unpacking the bundled .xz into an empty user data directory;
- lookup --stdin: N words (UD German tokens from ../shared/data/ud, else the
  sample article repeated) piped through one ``python -m app lookup --stdin
  --json`` process; the process with one word is the start-up baseline and
  µs/word = (time(N) - time(1)) / N;
- in-process: Dictionary.lookup over the same words, first pass with empty
  caches (unique words only once) and a second pass (cached).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

UD_DIR = ROOT.parent.parent / "shared" / "data" / "ud"
FALLBACK_UD = Path("/work/shared/data/ud")


def bench_words(n: int) -> list[str]:
    """N word tokens of German text (alphabetic ones and others, as they come)."""
    words: list[str] = []
    for folder in (UD_DIR, FALLBACK_UD):
        for path in sorted(folder.glob("*.conllu")) if folder.is_dir() else ():
            for line in path.read_text(encoding="utf-8").splitlines():
                cols = line.split("\t")
                if len(cols) > 2 and cols[0].isdigit():
                    words.append(cols[1])
                    if len(words) >= n:
                        return words
        if words:
            break
    from app.paths import sample_article_path

    sample = sample_article_path().read_text(encoding="utf-8").split()
    while len(words) < n:
        words.extend(sample)
    return words[:n]


def run_lookup(words: list[str], env: dict[str, str]) -> float:
    data = ("\n".join(words) + "\n").encode("utf-8")
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "app", "lookup", "--stdin", "--json"],
        input=data, capture_output=True, cwd=ROOT, env=env, check=True,
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    lines = proc.stdout.decode("utf-8").count("\n")
    if lines != len([w for w in words if w.strip()]):
        raise SystemExit(f"expected {len(words)} JSON lines, got {lines}")
    return elapsed


OPEN_SNIPPET = """
import time, sys
t0 = time.perf_counter()
from app.dictionary import open_dictionary
t1 = time.perf_counter()
d = open_dictionary()
t2 = time.perf_counter()
d.lookup("Haus")
t3 = time.perf_counter()
print(f"{(t1 - t0) * 1e3:.1f} {(t2 - t1) * 1e3:.1f} {(t3 - t2) * 1e3:.2f} {d.error or ''}")
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--skip-install", action="store_true")
    args = parser.parse_args()
    env = dict(os.environ)

    from app.dictionary import store

    if not args.skip_install and store.compressed_path().is_file():
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp) / "dictionary" / "ding.sqlite"
            started = time.perf_counter()
            calls: list[float] = []
            store.install(store.compressed_path(), target, lambda f, _m: calls.append(f))
            elapsed = time.perf_counter() - started
            size = target.stat().st_size
        print(f"first-run install: {elapsed:.2f} s ({size / 1e6:.1f} MB unpacked from"
              f" {store.compressed_path().stat().st_size / 1e6:.1f} MB, {len(calls)} progress calls)")  # fmt: skip

    opens = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", OPEN_SNIPPET], capture_output=True,
                             cwd=ROOT, env=env, check=True, text=True).stdout.split(maxsplit=3)  # fmt: skip
        opens.append(out)
    best = min(opens, key=lambda o: float(o[1]))
    print(f"open: import {best[0]} ms, open_dictionary() {best[1]} ms, first lookup {best[2]} ms"
          f" (best of 3 fresh processes){' — ' + best[3] if len(best) > 3 else ''}")  # fmt: skip

    words = bench_words(args.words)
    baseline = min(run_lookup(words[:1], env) for _ in range(2))
    full = run_lookup(words, env)
    per_word = (full - baseline) / len(words) * 1e6
    print(f"lookup --stdin --json: {len(words):,} words in {full:.2f} s, start-up {baseline:.2f} s"
          f" -> {per_word:.0f} µs per word ({len(set(words)):,} distinct)")  # fmt: skip

    from app.dictionary import Dictionary

    dictionary = Dictionary()
    started = time.perf_counter()
    for word in words:
        dictionary.lookup(word)
    cold = (time.perf_counter() - started) / len(words) * 1e6
    started = time.perf_counter()
    for word in words:
        dictionary.lookup(word)
    warm = (time.perf_counter() - started) / len(words) * 1e6
    fresh = Dictionary()
    unique = list(dict.fromkeys(words))
    started = time.perf_counter()
    for word in unique:
        fresh.lookup(word)
    distinct = (time.perf_counter() - started) / len(unique) * 1e6
    print(f"in-process Dictionary.lookup: {cold:.0f} µs/word first pass, {warm:.1f} µs/word"
          f" cached, {distinct:.0f} µs per distinct word (no repeats)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
