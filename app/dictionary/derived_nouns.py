"""Nouns Ding lacks, read from the word Ding has that German derives them from.

A scientist in -loge (-login, -logen, -loginnen) works in the field in -logie:
"Hydrologin" from "Hydrologie: hydrology" is a hydrologist (woman), as English makes
"-logist" of "-logy" (on Ding's own pairs of both 80 of 95 agree; the rest are near
synonyms: "astrologer", "theologian", "allergist"). Only a one-word gloss in -logy of
the field's own line counts. Runs after the lookup chain found nothing (and the
feminine in -in found no masculine) and before compound splitting. No Qt; never raises
for any string.

Tried and dropped: a noun in -ung as the English gerund of its verb ("Fertigung" from
"fertigen: to manufacture": manufacturing). On 57 of Ding's own -ung nouns with a
verb, the gerund of the verb's first glosses was among the noun's first five glosses
for only 13 ("Auszeichnung": marking out, not award; "Ausstattung": staffing, not
equipment): a verb's first senses are not its noun's.
"""

from __future__ import annotations

import re

from app.dictionary.feminine import WOMAN
from app.dictionary.lookup import Lookup
from app.dictionary.model import SOURCE_NAME, Gloss, WordInfo
from app.dictionary.preferences import same_class

_SCIENTIST = re.compile(r"([A-ZÄÖÜ]\w*log)(e|en|in|innen)")
MAX_DERIVED = 3


def derived_noun_info(
    lookup: Lookup, word: str, original: str, pos: str, morph: str
) -> WordInfo | None:
    """The WordInfo of a scientist in -loge, or None."""
    if pos not in ("", "NOUN"):
        return None
    scientist = _SCIENTIST.fullmatch(word)
    if scientist:
        return _scientist(lookup, scientist.group(1), scientist.group(2), original, morph)
    return None


def _info(original: str, lemma: str, gender: str, glosses: list[str], morph: str) -> WordInfo:
    senses = tuple(Gloss(g) for g in glosses)
    return WordInfo(
        word=original,
        lemma=lemma,
        pos="NOUN",
        gender=gender,
        article={"m": "der", "f": "die"}[gender],
        morph=morph,
        glosses=tuple(glosses),
        source=SOURCE_NAME,
        headword=lemma,
        senses=senses,
        match="derived noun",
    )


def _scientist(
    lookup: Lookup, stem: str, ending: str, original: str, morph: str
) -> WordInfo | None:
    field = stem + "ie"
    found = lookup.find(field, None, "NOUN")
    if found is None or found.step != "exact":
        return None
    candidates = same_class(found.candidates, "NOUN")
    if not candidates or candidates[0].sense.key != field:
        return None
    woman = ending in ("in", "innen")
    # "des Hydrologen" is a singular (weak masculine): the plural only where the
    # phrase does not say singular
    plural = ending == "innen" or (ending == "en" and "Number=Sing" not in morph)
    out: list[str] = []
    for gloss in lookup.glosses_of(candidates, MAX_DERIVED):
        text = gloss.text
        if " " in text or not text.endswith("logy") or not text.islower():
            continue
        person = text[:-1] + "ist" + ("s" if plural else "")
        if person not in out:
            out.append(person)
    if not out:
        return None
    if woman:
        out = [p + WOMAN for p in out]
    return _info(original, stem + ("in" if woman else "e"), "f" if woman else "m", out, morph)
