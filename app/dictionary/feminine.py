"""Feminine nouns in -in that Ding lacks, read from their masculine entry.

"Gouverneurin" -> Gouverneur ("governor (woman)"), "Landrätin" -> Landrat (the
umlaut of the feminine removed), "Beamtin" -> Beamte(r), plural "-innen". Runs
after the lookup chain found nothing and before compound splitting, so that
"Staatssekretärin" reads as the woman of "Staatssekretär" rather than
"Staat + Sekretärin". Only for a common noun whose base is a masculine noun
Ding lists (not "Putin", a name; not "Termin", which has its own entry); a word
tagged as a name only with a base of six letters or more (a title before a woman's
name). No Qt; never raises for any string.
"""

from __future__ import annotations

from app.dictionary.lookup import Lookup
from app.dictionary.model import SOURCE_NAME, Gloss, WordInfo
from app.dictionary.preferences import same_class
from app.dictionary.ranking import CLASS_BITS
from app.lexicon.words import is_given_name

MIN_BASE = 4
#: The shortest masculine base of a word tagged as a name ("Richterin": Richter).
MIN_NAME_BASE = 6
#: The steps of the chain that found the masculine noun itself (not a guess).
_DIRECT_STEPS = frozenset({"exact", "lemma", "simplemma"})
_UMLAUTS = {"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U"}
WOMAN = " (woman)"


def masculine_bases(word: str) -> list[str]:
    """The masculine nouns a feminine ``word`` in -in / -innen may come from."""
    if not word[:1].isupper():
        return []
    for suffix in ("innen", "in"):
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            break
    else:
        return []
    if len(stem) < MIN_BASE:
        return []
    out = [stem]
    for k in range(len(stem) - 1, max(len(stem) - 5, 0), -1):  # "Landrät" -> "Landrat"
        if stem[k] in _UMLAUTS:
            out.append(stem[:k] + _UMLAUTS[stem[k]] + stem[k + 1 :])
            break
    out.append(stem + "e")  # "Kollegin" -> "Kollege", "Beamtin" -> "Beamte"
    return out


def feminine_info(
    lookup: Lookup, word: str, original: str, pos: str, morph: str
) -> WordInfo | None:
    """The WordInfo of a feminine noun from its masculine entry, or None.

    Also for a word tagged as a name whose masculine base is long
    (:data:`MIN_NAME_BASE`): a woman's title before her name is often tagged as part of
    it ("Oberstaatsanwältin Leyla D.": senior prosecutor (woman), not "queen + Public
    Prosecutor"); a first name in -in is no title ("Karin", "Kerstin")."""
    proper = pos == "PROPN" and not is_given_name(word)
    if pos not in ("", "NOUN") and not proper:
        return None
    noun = CLASS_BITS["noun"]
    for base in masculine_bases(word):
        if proper and len(base) < MIN_NAME_BASE:
            continue
        found = lookup.find(base, None, "NOUN")
        if found is None or found.step not in _DIRECT_STEPS:
            continue
        candidates = [c for c in same_class(found.candidates, "NOUN") if c.sense.classes & noun]
        if not candidates or candidates[0].sense.key != base:
            continue
        lookup.load([candidates[0].sense])
        head = candidates[0].sense.head
        if head is None or head.gender != "m":
            continue
        glosses = [
            Gloss(g.text + WOMAN, g.labels, g.note) for g in lookup.glosses_of(candidates, 3)
        ]
        if not glosses:
            continue
        stem = word[:-5] if word.endswith("innen") else word[:-2]
        return WordInfo(
            word=original,
            lemma=stem + "in",
            pos="NOUN",
            gender="f",
            article="die",
            plural=stem + "innen",
            morph=morph,
            glosses=tuple(g.text for g in glosses),
            source=SOURCE_NAME,
            headword=stem + "in",
            senses=tuple(glosses),
            match="feminine",
        )
    return None
