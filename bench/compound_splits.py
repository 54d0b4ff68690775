"""How often does compound splitting find the head of a compound Ding lacks?

Usage::

    python -m bench.compound_splits [tests/data/compound_splits.tsv] [--misses]

Reads ``word<TAB>modifier|head`` rows (``#`` lines are comments, the first other
line a header), splits every word with
:func:`app.dictionary.compound.split_closed` and prints the share whose boundary
before the head (the last piece) is the gold one, the share split at all, and the
share whose head gloss is the same as with no compound context. ``--misses``
lists every wrong or missing split with the glosses the card would show.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

DEFAULT = Path("tests/data/compound_splits.tsv")


def read_gold(path: Path) -> list[tuple[str, int]]:
    rows: list[tuple[str, int]] = []
    header = True
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if header:
            header = False
            continue
        word, split = line.split("\t")[:2]
        rows.append((word, split.rindex("|")))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args(argv)

    from app.dictionary import open_dictionary
    from app.dictionary.compound import compound_info, split_closed

    dictionary = open_dictionary()
    lookup = dictionary._lookup
    if lookup is None:
        print("no dictionary", file=sys.stderr)
        return 1
    rows = read_gold(args.gold)
    right = split = 0
    misses: list[str] = []
    start = time.perf_counter()
    for word, boundary in rows:
        pieces = split_closed(lookup, word)
        got = len(word) - len(pieces[-1].text) if pieces else -1
        split += pieces is not None
        if got == boundary:
            right += 1
            continue
        info = compound_info(lookup, word, word, None, "", "")
        shown = " | ".join(p.text for p in pieces) if pieces else "(no split)"
        gloss = info.glosses[0] if info and info.glosses else ""
        misses.append(f"{word}\t{word[:boundary]}|{word[boundary:]}\t{shown}\t{gloss}")
    elapsed = (time.perf_counter() - start) / max(len(rows), 1) * 1000
    n = len(rows)
    print(f"compounds: {n}")
    print(f"head boundary right: {right / n:.3f} ({right}/{n})")
    print(f"split at all: {split / n:.3f} ({split}/{n})")
    print(f"mean time per word (first split, cold caches): {elapsed:.2f} ms")
    if args.misses:
        print("\nword\tgold\tsplit\tgloss")
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
