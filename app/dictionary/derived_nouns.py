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

A noun Ding names only in phrases of an adjective and that noun ("industrielle
Fertigung: manufacturing", "automatisierte Fertigung: automated manufacturing",
"additive Fertigung: additive manufacturing") is what the English head of those
phrases' glosses says (:func:`phrase_head_info`): the last word of each phrase's first
gloss votes, and a word with at least :data:`MIN_PHRASE_VOTES` votes is shown. Runs
after compound splitting found nothing (one query of the phrase table).
"""

from __future__ import annotations

import re
from collections import Counter

from app.dictionary.feminine import WOMAN
from app.dictionary.lookup import Lookup
from app.dictionary.model import SOURCE_NAME, Gloss, WordInfo
from app.dictionary.phrases import Phrases
from app.dictionary.preferences import same_class

_SCIENTIST = re.compile(r"([A-ZÄÖÜ]\w*log)(e|en|in|innen)")
MAX_DERIVED = 3
MIN_PHRASE_VOTES = 2
_PARENTHESIS = re.compile(r"\([^)]*\)|\[[^]]*\]|\{[^}]*\}|/[^/]*/")


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


def phrase_head_info(
    phrases: Phrases, word: str, original: str, pos: str, morph: str
) -> WordInfo | None:
    """The WordInfo of a noun Ding has only as the head of "adjective + noun" phrases,
    glossed with the English head those phrases share, or None."""
    if pos not in ("", "NOUN") or not word[:1].isupper() or not word.isalpha():
        return None
    votes: Counter[str] = Counter()
    for row in phrases.rows([word.lower()]):
        words = row[1].split()
        if row[3] or len(words) != 2 or words[1] != word or not words[0].islower():
            continue
        first = _PARENTHESIS.sub(" ", row[4].split(";")[0]).split()
        if first and first[-1].isalpha() and first[-1].islower():
            votes[first[-1]] += 1
    shown = [text for text, n in votes.most_common(MAX_DERIVED) if n >= MIN_PHRASE_VOTES]
    if not shown:
        return None
    # the feminine suffixes tell the gender; else none is shown
    feminine = word.endswith(("ung", "heit", "keit", "schaft", "ion", "tät"))
    return WordInfo(
        word=original,
        lemma=word,
        pos="NOUN",
        gender="f" if feminine else "",
        article="die" if feminine else None,
        morph=morph,
        glosses=tuple(shown),
        source=SOURCE_NAME,
        headword=word,
        senses=tuple(Gloss(text) for text in shown),
        match="phrase head",
    )
