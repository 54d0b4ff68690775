"""Speed of the offline dictionary: opening, first-run install, lookups (prints numbers).

Usage: python -m bench.dictionary_speed [--words N] [--skip-install] [--data DIR] [--json]

- open: a fresh process imports app.dictionary and calls open_dictionary()
  (database already installed), timed inside that process;
- install: unpacking the bundled .xz into an empty user data directory;
- lookup --stdin: N words (UD German tokens from ``data/ud`` or ``--data DIR``,
  see :mod:`training.data`; else the sample article repeated) piped through
  one ``python -m app lookup --stdin --json`` process; the process with one
  word is the start-up baseline and µs/word = (time(N) - time(1)) / N;
- in-process: Dictionary.lookup over the same words, first pass with empty
  caches (unique words only once) and a second pass (cached).

``--json`` adds one JSON object with these numbers as the last line.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.core.paths import sample_article_path
from app.dictionary import Dictionary, store
from training.data import DEFAULT_DATA, ud_dir

ROOT = Path(__file__).resolve().parent.parent


def bench_words(n: int, data: Path = DEFAULT_DATA) -> tuple[list[str], str]:
    """N word tokens of German text (alphabetic ones and others, as they come), and
    where they come from: UD German (``data/ud``), else the sample article repeated."""
    words: list[str] = []
    folder = ud_dir(data)
    for path in sorted(folder.glob("*.conllu")) if folder.is_dir() else ():
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) > 2 and cols[0].isdigit():
                words.append(cols[1])
                if len(words) >= n:
                    return words, f"UD German ({folder})"
    source = f"UD German ({folder}) and the sample article" if words else "the sample article"
    sample = sample_article_path().read_text(encoding="utf-8").split()
    while len(words) < n:
        words.extend(sample)
    return words[:n], source


def run_lookup(words: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one ``lookup --stdin --json`` process."""
    data = ("\n".join(words) + "\n").encode("utf-8")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "app", "lookup", "--stdin", "--json"],
        input=data, capture_output=True, cwd=ROOT, env=env, check=True,
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    lines = proc.stdout.decode("utf-8").count("\n")
    if lines != len([w for w in words if w.strip()]):
        raise SystemExit(f"expected {len(words)} JSON lines, got {lines}")
    return elapsed, cpu


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
    parser.add_argument("--json", action="store_true", help="JSON object as the last line")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the data folder (UD)")
    args = parser.parse_args()
    env = dict(os.environ)
    result: dict[str, object] = {}

    if not args.skip_install and store.compressed_path().is_file():
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp) / "dictionary" / "ding.sqlite"
            started = time.perf_counter()
            calls: list[float] = []
            store.install(store.compressed_path(), target, lambda f, _m: calls.append(f))
            elapsed = time.perf_counter() - started
            size = target.stat().st_size
        packed = store.compressed_path().stat().st_size / 1e6
        result["install_s"] = round(elapsed, 3)
        print(
            f"first-run install: {elapsed:.2f} s ({size / 1e6:.1f} MB unpacked from"
            f" {packed:.1f} MB, {len(calls)} progress calls)"
        )

    opens = []
    for _ in range(3):
        proc = subprocess.run(
            [sys.executable, "-c", OPEN_SNIPPET], capture_output=True, cwd=ROOT, env=env,
            check=True, text=True,
        )  # fmt: skip
        opens.append(proc.stdout.split(maxsplit=3))
    best = min(opens, key=lambda o: float(o[1]))
    result["import_ms"] = float(best[0])
    result["open_ms"] = float(best[1])
    result["first_lookup_ms"] = float(best[2])
    result["open_error"] = best[3].strip() if len(best) > 3 else None
    print(f"open: import {best[0]} ms, open_dictionary() {best[1]} ms, first lookup {best[2]} ms"
          f" (best of 3 fresh processes){' — ' + best[3] if len(best) > 3 else ''}")  # fmt: skip

    words, source = bench_words(args.words, args.data)
    print(f"words: {source}")
    result["words_from"] = source
    base_wall, base_cpu = min(run_lookup(words[:1], env) for _ in range(2))
    wall, cpu = run_lookup(words, env)
    print(
        f"lookup --stdin --json: {len(words):,} words ({len(set(words)):,} distinct) in"
        f" {wall:.2f} s wall / {cpu:.2f} s CPU; start-up {base_wall:.2f} s / {base_cpu:.2f} s"
        f" -> {(wall - base_wall) / len(words) * 1e6:.0f} µs per word wall,"
        f" {(cpu - base_cpu) / len(words) * 1e6:.0f} µs CPU"
    )
    print(f"   (load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
    result.update(
        stdin_words=len(words),
        stdin_distinct=len(set(words)),
        stdin_wall_s=round(wall, 3),
        stdin_cpu_s=round(cpu, 3),
        startup_wall_s=round(base_wall, 3),
        us_per_word_wall=round((wall - base_wall) / len(words) * 1e6, 1),
        us_per_word_cpu=round((cpu - base_cpu) / len(words) * 1e6, 1),
    )

    def timed(dictionary: Dictionary, items: list[str]) -> tuple[float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        for word in items:
            dictionary.lookup(word)
        n = len(items)
        return (time.perf_counter() - wall) / n * 1e6, (time.process_time() - cpu) / n * 1e6

    dictionary = Dictionary()
    first = timed(dictionary, words)
    cached = timed(dictionary, words)
    distinct = timed(Dictionary(), list(dict.fromkeys(words)))
    print(
        f"in-process Dictionary.lookup, µs per word (wall / CPU): first pass {first[0]:.0f} /"
        f" {first[1]:.0f}, cached {cached[0]:.1f} / {cached[1]:.1f}, distinct words only"
        f" {distinct[0]:.0f} / {distinct[1]:.0f}"
    )
    result.update(
        in_process_first_us=round(first[0], 1),
        in_process_cached_us=round(cached[0], 2),
        in_process_distinct_us=round(distinct[0], 1),
    )
    if args.json:
        import json

        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
