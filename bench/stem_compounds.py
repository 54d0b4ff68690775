"""Ding's own compounds whose first part is a verb's stem, split as if Ding lacked them.

Usage::

    python -m bench.stem_compounds [--sample 300] [--seed 37] > out.tsv

Picks one-word noun headwords of Ding (main lines) that are a verb's stem
("schmier": schmieren; no separable particle verb, the stem no content headword of
its own) before a noun headword of at least three letters, samples ``--sample`` of
them with ``--seed``, and prints for each ``word, verb, first part, its lemma, its
first gloss, Ding's own first glosses, the literal gloss`` (tab-separated) from
:func:`app.dictionary.compound.compound_info`: a compound Ding has is split like one it
lacks. Run it with two ``PYTHONPATH`` values and diff the outputs to judge a change.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
from collections import defaultdict

GLOSSES = 3
MIN_LENGTH = 7
MIN_PART = 3


def candidates() -> list[tuple[str, str, int]]:
    """(compound, verb, entry) of every verb-stem compound of Ding, sorted."""
    from app.dictionary.compound import PARTICLES
    from app.dictionary.ranking import CLASS_BITS, VERB_MASK
    from app.dictionary.schema import KIND_HEAD
    from app.dictionary.store import locate

    noun = CLASS_BITS["noun"]
    content = noun | VERB_MASK | CLASS_BITS["adj"] | CLASS_BITS["adv"]
    db = sqlite3.connect(locate())
    nouns: dict[str, set[int]] = defaultdict(set)
    verbs: set[str] = set()
    words: set[str] = set()
    sql = "SELECT lkey, entry, classes FROM form WHERE kind = ? AND sub = 0"
    for key, entry, classes in db.execute(sql, (KIND_HEAD,)):
        if not key.isalpha():
            continue
        if classes & noun:
            nouns[key].add(entry)
        if classes & VERB_MASK:
            verbs.add(key)
        if classes & content:
            words.add(key)
    db.close()
    out: list[tuple[str, str, int]] = []
    for key, entries in nouns.items():
        if len(key) < MIN_LENGTH:
            continue
        for i in range(MIN_PART, len(key) - MIN_PART + 1):
            stem, head = key[:i], key[i:]
            if head not in nouns or stem in words:
                continue
            verb = next((v for v in (stem + "en", stem + "n") if v in verbs), None)
            if verb is None or any(
                verb.startswith(p) and len(verb) - len(p) > MIN_PART for p in PARTICLES
            ):
                continue
            out.append((key, verb, min(entries)))
            break
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=300)
    parser.add_argument("--seed", type=int, default=37)
    args = parser.parse_args(argv)

    from app.dictionary import open_dictionary
    from app.dictionary.compound import compound_info
    from app.dictionary.senses import unpack_glosses
    from app.dictionary.store import locate

    found = candidates()
    random.seed(args.seed)
    sample = random.sample(found, min(args.sample, len(found)))
    lookup = open_dictionary()._lookup
    assert lookup is not None
    db = sqlite3.connect(locate())
    for key, verb, entry in sample:
        word = key[:1].upper() + key[1:]
        (packed,) = db.execute("SELECT glosses FROM entry WHERE id = ?", (entry,)).fetchone()
        ding = "; ".join(item[0] for item in unpack_glosses(packed)[:GLOSSES])
        info = compound_info(lookup, word, word, word, "NOUN", "")
        if info is None or not info.compound:
            print(f"{word}\t{verb}\t-\t-\t-\t{ding}\t-")
            continue
        first = info.compound[0]
        gloss = first.glosses[0] if first.glosses else ""
        literal = info.glosses[0] if info.glosses else ""
        print(f"{word}\t{verb}\t{first.text}\t{first.lemma}\t{gloss}\t{ding}\t{literal}")
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
