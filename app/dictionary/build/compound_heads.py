"""The English head word Ding uses most for a German compound head: "speicher" -> "storage".

``python -m app.dictionary.build.compound_heads [--database PATH] [--output PATH]``

For every one-word Ding headword (a compound such as "Wärmespeicher") and every
ending of it that is a Ding headword too ("speicher"), after a headword of at least
:data:`MIN_MODIFIER` letters (with or without a linking element: "Lichtschalter"
counts for "schalter", not for "halter"), the last English word of each of the line's
first :data:`FIRST_GLOSSES` glosses is counted once per compound ("heat storage"
-> "storage"; "water-repellent" -> "repellent") when it is also the last word of a
gloss of the head itself: a compound whose English does not translate the ending
is no compound of it ("Ballsaal: ballroom" is "Ball|saal", not "Balls|aal: eel";
"Arbeitsamt: employment office" is "Arbeits|amt", not "Arbeit|samt: velvet"). Lines
with a field label other than the news fields the ranking keeps (``NEWS_FIELDS``:
pol., econ., jur. ...) do not count: a compound Ding lacks is read in news, where
"Arbeitsspeicher: main memory" [comp.] is a specialist's sense. A German head with at least
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
from collections.abc import Set
from pathlib import Path

from app.core.paths import resources_dir
from app.dictionary import frequency, german
from app.dictionary.heads import TABLE_NAME, english_head
from app.dictionary.ranking import NEWS_FIELDS, class_mask
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
#: A word in the news-weighted column has at least this share of the head's weight.
NEWS_MIN_SHARE = 0.05
#: A modifier is no word of these classes ("aus", "vor": "Ausbildung" and "Vorstand"
#: are derivations of verbs, not compounds of "Bildung" and "Stand").
PARTICLE_CLASSES = class_mask(["prp", "Partikel", "conj", "art", "pron", "ppron"])


Table = dict[str, tuple[list[tuple[str, int]], int, list[tuple[str, float]]]]


def head_words(database: Path) -> Table:
    """German head (lower case) -> ((English word, compounds using it) most used
    first, compounds, (English word, share of the compounds' news frequency) most
    used first)."""
    db = sqlite3.connect(database)
    try:
        glosses: dict[int, str] = {}
        every: dict[int, str] = {}  # all lines, for what the head itself translates to
        for entry, packed, domains in db.execute("SELECT id, glosses, domains FROM entry"):
            every[entry] = packed
            if not domains or set(domains.split(", ")) <= NEWS_FIELDS:
                glosses[entry] = packed
        lines: dict[str, set[int]] = defaultdict(set)
        particles: set[str] = set()  # also a preposition, particle, article ...
        rows = db.execute("SELECT lkey, entry, classes FROM form WHERE kind = ?", (KIND_HEAD,))
        for key, entry, classes in rows:
            if key.isalpha():
                lines[key].add(entry)
                if classes & PARTICLE_CLASSES:
                    particles.add(key)
    finally:
        db.close()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    # the same, each compound weighted by its news frequency (wordfreq)
    weights: dict[str, dict[str, float]] = defaultdict(dict)
    weight_totals: dict[str, float] = defaultdict(float)
    modifiers = lines.keys() - particles
    own: dict[str, set[str]] = {}  # head -> the last English words of its own glosses
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
            if head not in lines or not _is_modifier(key[:i], modifiers):
                continue
            if head not in own:
                own[head] = {
                    word
                    for entry in lines[head]
                    for item in unpack_glosses(every.get(entry))
                    if (word := english_head(item[0]))
                }
            shared = english & own[head]
            if shared:  # "Ballsaal: ballroom" is no compound of "Aal: eel"
                totals[head] += 1
                counts[head].update(shared)
                weight = 10 ** (frequency.zipf(key) - frequency.FLOOR)
                weight_totals[head] += weight
                for word in shared:
                    weights[head][word] = weights[head].get(word, 0.0) + weight
    out: Table = {}
    for head, total in totals.items():
        if total < MIN_COMPOUNDS:
            continue
        ranked = sorted(counts[head].items(), key=lambda i: (-i[1], i[0]))[:MAX_WORDS]
        words = [(w, n) for w, n in ranked if n >= MIN_SUPPORT]  # ties in a fixed order
        if words and words[0][1] >= MIN_SHARE * total:
            news = [
                (w, round(v / weight_totals[head], 2))
                for w, v in sorted(weights[head].items(), key=lambda i: (-i[1], i[0]))[:MAX_WORDS]
                if v >= NEWS_MIN_SHARE * weight_totals[head]
            ]
            out[head] = (words, total, news)
    return out


def _is_modifier(text: str, lines: Set[str]) -> bool:
    """Is ``text`` a headword (``lines``: no particles), with or without a linking
    element or a dropped -e/-en ("Licht" in "Lichtschalter", not "Lichtsc" before
    "halter"; not the particle of a derivation: "Aus|bildung" comes from
    "ausbilden")?"""
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
        handle.write("# use most for it: word:compounds, and word:share of the compounds'\n")
        handle.write("# news frequency (app/dictionary/build/compound_heads.py)\n")
        for head in sorted(table):
            words, total, news = table[head]
            used = " ".join(f"{w}:{n}" for w, n in words)
            shares = " ".join(f"{w}:{v:.2f}" for w, v in news)
            handle.write(f"{head}\t{total}\t{used}\t{shares}\n")
    print(f"{args.output}: {len(table):,} heads")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
