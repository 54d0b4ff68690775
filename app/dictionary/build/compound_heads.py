"""The English head word Ding uses most for a German compound head: "speicher" -> "storage".

``python -m app.dictionary.build.compound_heads [--database PATH] [--output PATH]``

For every one-word Ding headword (a compound such as "Wärmespeicher") and every
ending of it that is a Ding headword too ("speicher"), after a headword of at least
:data:`MIN_MODIFIER` letters (with or without a linking element: "Lichtschalter"
counts for "schalter", not for "halter"), the last English word of each of the line's
first :data:`FIRST_GLOSSES` glosses is counted once per compound ("heat storage"
-> "storage"; "water-repellent" -> "repellent"). Lines with a field label other than
the news fields the ranking keeps (``NEWS_FIELDS``: pol., econ., jur. ...) do not
count: a compound Ding lacks is read in news, where "Arbeitsspeicher: main memory"
[comp.] is a specialist's sense. A German head with at least
:data:`MIN_COMPOUNDS` compounds whose most used English word is used by at least
:data:`MIN_SHARE` of them is written with its compounds and its :data:`MAX_WORDS` most
used words (each used by :data:`MIN_SUPPORT` compounds or more) as
``head<TAB>compounds<TAB>word:compounds word:compounds ...`` to
``resources/dictionary/compound_heads.tsv`` (derived from Ding, GPL like it).
:mod:`app.dictionary.compound` reads it to gloss the head of a compound Ding lacks
the way Ding's own compounds translate it ("Batteriespeicher: battery + storage").
"""

from __future__ import annotations

import argparse
import sqlite3
from collections import Counter, defaultdict
from pathlib import Path

from app.core.paths import resources_dir
from app.dictionary import german
from app.dictionary.heads import TABLE_NAME, english_head
from app.dictionary.ranking import NEWS_FIELDS
from app.dictionary.schema import KIND_HEAD
from app.dictionary.senses import unpack_glosses
from app.dictionary.store import locate

MIN_MODIFIER = 3
MIN_HEAD = 3
FIRST_GLOSSES = 3
MIN_COMPOUNDS = 3
MIN_SUPPORT = 2
MIN_SHARE = 0.3
MAX_WORDS = 5


def head_words(database: Path) -> dict[str, tuple[list[tuple[str, int]], int]]:
    """German head (lower case) -> ((English word, compounds using it) most used
    first, compounds)."""
    db = sqlite3.connect(database)
    try:
        glosses = {
            entry: packed
            for entry, packed, domains in db.execute("SELECT id, glosses, domains FROM entry")
            if not domains or set(domains.split(", ")) <= NEWS_FIELDS
        }
        lines: dict[str, set[int]] = defaultdict(set)
        for key, entry in db.execute("SELECT lkey, entry FROM form WHERE kind = ?", (KIND_HEAD,)):
            if key.isalpha():
                lines[key].add(entry)
    finally:
        db.close()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    for key, entries in lines.items():
        english = {
            word
            for entry in entries
            for item in unpack_glosses(glosses.get(entry))[:FIRST_GLOSSES]
            if (word := english_head(item[0]))
        }
        if not english:
            continue
        for i in range(MIN_MODIFIER, len(key) - MIN_HEAD + 1):
            head = key[i:]
            if head in lines and _is_modifier(key[:i], lines):
                totals[head] += 1
                counts[head].update(english)
    out: dict[str, tuple[list[tuple[str, int]], int]] = {}
    for head, total in totals.items():
        if total < MIN_COMPOUNDS:
            continue
        words = [(w, n) for w, n in counts[head].most_common(MAX_WORDS) if n >= MIN_SUPPORT]
        if words and words[0][1] >= MIN_SHARE * total:
            out[head] = (words, total)
    return out


def _is_modifier(text: str, lines: dict[str, set[int]]) -> bool:
    """Is ``text`` a headword, with or without a linking element or a dropped -e/-en
    ("Licht" in "Lichtschalter", not "Lichtsc" before "halter")?"""
    candidates = [text + "e", text + "en", text + "n"]
    candidates += [text[: len(text) - len(k)] for k in german.LINKING_ELEMENTS if text.endswith(k)]
    return any(len(c) >= MIN_MODIFIER and c in lines for c in candidates)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, default=None)
    parser.add_argument("--output", type=Path, default=resources_dir() / "dictionary" / TABLE_NAME)
    args = parser.parse_args(argv)
    table = head_words(args.database or locate())
    with args.output.open("w", encoding="utf-8") as handle:
        handle.write("# German compound head, compounds, the English words Ding's compounds\n")
        handle.write("# use most for it: word:compounds (app/dictionary/build/compound_heads.py)\n")
        for head in sorted(table):
            words, total = table[head]
            used = " ".join(f"{w}:{n}" for w, n in words)
            handle.write(f"{head}\t{total}\t{used}\n")
    print(f"{args.output}: {len(table):,} heads")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
