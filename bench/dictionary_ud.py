"""Gloss coverage on Universal Dependencies German (gold lemma and POS), prints numbers.

Usage: python -m bench.dictionary_ud [CONLLU ...] [--data DIR]

Default: ``data/ud/*.conllu`` (see :mod:`training.data`). Alphabetic tokens
that are not PROPN are looked up with their gold lemma, UPOS and morphology,
the way the window passes pipeline annotations; PROPN stands in for named
entities.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from app.dictionary import open_dictionary
from app.dictionary.coverage import is_alphabetic
from training.data import DEFAULT_DATA, ud_dir


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--misses", type=int, default=30, help="how many frequent misses to list")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the data folder")
    args = parser.parse_args()
    files = args.files or sorted(ud_dir(args.data).glob("*.conllu"))
    if not files:
        parser.error(f"no .conllu files given and none in {ud_dir(args.data)}")
    dictionary = open_dictionary()
    for path in files:
        total = covered = compound = 0
        misses: Counter[str] = Counter()
        by_pos: Counter[str] = Counter()
        by_pos_total: Counter[str] = Counter()
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) < 6 or not cols[0].isdigit():
                continue
            word, lemma, upos, morph = cols[1], cols[2], cols[3], cols[5]
            if upos == "PROPN" or not is_alphabetic(word):
                continue
            total += 1
            by_pos_total[upos] += 1
            info = dictionary.lookup(
                word, lemma=lemma, pos=upos, morph="" if morph == "_" else morph
            )
            if info.glosses:
                covered += 1
                by_pos[upos] += 1
                compound += bool(info.compound)
            else:
                misses[word] += 1
        print(f"{path.name}: {covered}/{total} = {covered / max(total, 1):.2%} alphabetic non-PROPN"
              f" tokens with a gloss ({compound} through compound parts)")  # fmt: skip
        worst = sorted(by_pos_total, key=lambda p: by_pos[p] / by_pos_total[p])[:4]
        shares = [f"{p} {by_pos[p] / by_pos_total[p]:.1%} of {by_pos_total[p]}" for p in worst]
        print("   lowest by POS: " + ", ".join(shares))
        frequent = [f"{w} ×{n}" for w, n in misses.most_common(args.misses)]
        print("   frequent misses: " + ", ".join(frequent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
