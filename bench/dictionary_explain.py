"""Show how the dictionary ranks the senses of words (for tuning the ranking).

Usage: python -m bench.dictionary_explain WORD[/LEMMA[/POS]] ...
Prints every candidate sense with its score, the chain step, how the word
relates to the headword, and the first glosses, then the resulting WordInfo.
"""

from __future__ import annotations

import sys

from app.dictionary import open_dictionary
from app.dictionary.schema import KIND_NAMES


def main() -> int:
    dictionary = open_dictionary()
    lookup = dictionary._lookup
    if lookup is None:
        print(dictionary.error)
        return 1
    for arg in sys.argv[1:]:
        word, lemma, pos = ([*arg.split("/"), "", ""])[:3]
        found = lookup.find(word, lemma or None, pos)
        print(f"== {word} (lemma {lemma or '–'}, pos {pos or '–'})")
        if found is None:
            print("   no entry; compound:", dictionary.lookup(word).compound)
            continue
        lookup.load([c.sense for c in found.candidates[:12]])
        for cand in found.candidates[:12]:
            s = cand.sense
            head = s.head.text if s.head else "?"
            glosses = "; ".join(item[0] for item in s.glosses()[:4])
            print(f"   {cand.score:6.2f} {cand.step:<9} {KIND_NAMES.get(s.kind, s.kind):<13}"
                  f" {head[:30]:<30} {glosses[:70]}")  # fmt: skip
        info = dictionary.lookup(word, lemma or None, pos)
        print(f"   -> {info.lemma} {info.pos} {info.article or ''}: {'; '.join(info.glosses)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
