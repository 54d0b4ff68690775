"""Comparatives on word cards: "höhere Beiträge" means "higher", not "high".

Ding gives an adjective's comparative as a sub-entry of its line ("hoch | höher |
am höchsten :: high | higher | highest"), which a lookup of the uninflected
comparative finds among the positive's glosses. :func:`comparative_first` puts the
English comparatives of such a list first ("high-level; higher; high" -> "higher;
high-level; high"). Where Ding has none for the word ("schlecht": "bad; poor"),
the first glosses that are plain English adjectives are converted by English
grammar (:func:`english_comparative`: "bad" -> "worse", "cheap" -> "cheaper",
"favourable" -> "more favourable") and shown first; a list that already holds a
word in -er ("früher": "former; earlier") is left as it is. Pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from app.dictionary.model import Gloss, WordInfo, senses_first
from app.lexicon.words import NEGATIONS

#: English comparatives that are not "X-er" of a positive in the list.
IRREGULAR = {
    "good": "better",
    "well": "better",
    "bad": "worse",
    "ill": "worse",
    "badly": "worse",
    "far": "further",
    "much": "more",
    "many": "more",
    "little": "less",
    "few": "fewer",
    "old": "older",
}
_COMPARATIVE_WORDS = frozenset(IRREGULAR.values()) | {"farther", "elder", "lesser"}
_VOWELS = re.compile(r"[aeiouy]+")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
CONVERTED = 2  # positive glosses converted when Ding has no comparative


def english_comparative(gloss: str) -> str | None:
    """The comparative of a one-word English adjective, or None for anything else
    ("to rise", "high-level", "in short supply" are left alone)."""
    word = gloss.strip()
    if word in IRREGULAR:
        return IRREGULAR[word]
    if not _WORD.fullmatch(word) or "-" in word or word.endswith("ly"):
        return None
    syllables = len(_VOWELS.findall(word.removesuffix("e")))
    if syllables <= 1:
        if word.endswith("e"):
            return word + "r"
        if re.search(r"[^aeiou][aeiou][bdgmnpt]$", word):
            return word + word[-1] + "er"  # big -> bigger, hot -> hotter
        return word + "er"
    if syllables == 2 and word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ier"  # heavy -> heavier, early -> earlier
    return "more " + word


def _is_comparative(gloss: str, glosses: set[str]) -> bool:
    text = gloss.strip()
    if text.startswith(("more ", "less ")) or text in _COMPARATIVE_WORDS:
        return True
    return any(english_comparative(other) == text for other in glosses if other != text)


def _looks_comparative(gloss: str) -> bool:
    text = gloss.strip()
    return (
        text.startswith(("more ", "less "))
        or text in _COMPARATIVE_WORDS
        or (_WORD.fullmatch(text) is not None and text.endswith("er"))
    )


def comparative_first(info: WordInfo, limit: int) -> WordInfo:
    """``info`` of a comparative adjective with its English comparatives first."""
    senses = list(info.senses)
    if not senses:
        return info
    texts = {s.text for s in senses}
    comparatives = [s for s in senses if _is_comparative(s.text, texts)]
    if not comparatives:
        if any(_looks_comparative(s.text) for s in senses):
            return info  # "früher": "former; earlier" are Ding's own
        converted: list[Gloss] = []
        for sense in senses:
            text = english_comparative(sense.text)
            if text is not None and text not in {c.text for c in converted}:
                converted.append(Gloss(text))
            if len(converted) == CONVERTED:
                break
        comparatives = converted
    ordered = comparatives + [s for s in senses if s not in comparatives]
    kept = tuple(ordered[:limit])
    return replace(info, glosses=tuple(g.text for g in kept), senses=kept)


#: "mehr" after a negation in its clause is temporal: "nicht mehr", "niemand mehr",
#: "keine Bäder mehr" (no longer, not any more); Ding has no line for it.
NO_LONGER = (Gloss("no longer"), Gloss("any more"))
#: Words between "mehr" and the "als" of its comparison ("mehr los als").
_COMPARISON_GAP = 2
_CLAUSE_MARKS = frozenset({",", ";", ":", ".", "!", "?", "–", "und", "oder", "aber", "sondern"})


def no_longer_first(
    info: WordInfo, sentence: Sequence[tuple[str, str, bool]], position: int, limit: int
) -> WordInfo:
    """``info`` of "mehr" with "no longer; any more" first when a negation stands before
    it in its clause and neither "als" (right after it or one or two words later) nor
    a noun follows it ("holt niemand mehr heraus"; not "nicht mehr als 20", "nicht mehr
    Geld", "nie mehr los als heute"); else ``info``."""
    if info.word.lower() != "mehr" or not 0 <= position < len(sentence):
        return info
    if position + 1 < len(sentence):
        form, _lemma, noun = sentence[position + 1]
        if form.lower() == "als" or noun:
            return info
    for form, _lemma, _noun in sentence[position + 2 : position + 2 + _COMPARISON_GAP]:
        if form.lower() in _CLAUSE_MARKS:
            break
        if form.lower() == "als":
            return info  # "Nie war mehr los als heute": more … than
    for form, _lemma, _noun in reversed(sentence[:position]):
        low = form.lower()
        if low in _CLAUSE_MARKS:
            break
        if low in NEGATIONS:
            return senses_first(info, NO_LONGER, limit)
    return info
