"""A noun's usual sense from Ding's own phrases with it ("aufgestiegene Mannschaft:
promoted team").

Ding lists a noun's senses in an order that often starts with a narrow one
("Mannschaft; Besatzung; Crew :: crew" before the team, "Grundsatz [adm.] :: policy"
before "principle"), but its phrases with the noun translate it the way it is mostly
used: "aufgestiegene Mannschaft: promoted team", "eine Säule der Mannschaft: a mainstay
of the team", "eine gemischte Mannschaft: a mixed team"; "Grundsatz der Gegenseitigkeit:
reciprocity principle", "Grundsatz der Freiwilligkeit: principle of voluntariness". Each
phrase (its English counted once) votes for the noun's shown glosses whose last English
word it contains (:func:`phrase_sense_first`). The same idea as the votes of Ding's
compounds with the noun as their head (:func:`app.dictionary.heads.noun_votes`), for the
many nouns that head few compounds. Pure functions; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from app.dictionary.english import NOTES, gloss_zipf
from app.dictionary.model import WordInfo
from app.dictionary.schema import word_set
from app.dictionary.text_compounds import _singular

#: A gloss comes first with the votes of at least this many phrases, when no phrase
#: uses the word of the gloss shown first ("Betrieb": 12 technical phrases say
#: "operation", but 5 say "business", its first gloss, which stays).
MIN_PHRASE_VOTES = 3
#: A gloss whose English word is this many Zipf points rarer than the first gloss's
#: does not come first (:func:`_rarer`).
RARER_BY = 1.0
#: The shown glosses that may move (the card shows five).
SHOWN = 5
_WORD = re.compile(r"[a-z]+")
#: Prepositions and their contractions before the noun: a prepositional idiom ("in
#: Betrieb", "zur Halbzeit") uses the noun in a sense of its own.
PREPOSITIONS = word_set(
    """an am ans auf aufs aus außer bei beim durch für gegen hinter im in ins mit nach
    ohne seit über um unter vom von vor zu zum zur zwischen"""
)
#: A gloss "HEAD of …", its head one word or alternatives with "/" after an optional
#: article ("a mainstay of the team", "term/duration of a contract": term, duration).
_HEAD_OF = re.compile(r"(?:(?:a|an|the)\s+)?([a-z]+(?:\s*/\s*[a-z]+)*)\s+of\b")


def phrase_words(noun: str, rows: Sequence[tuple[str, str]]) -> list[set[str]]:
    """The English heads (singular, lower case) of each distinct phrase among ``rows``
    ((German phrase, English gloss) pairs) that has ``noun`` as one of its words: the
    last word of each of its glosses ("gemischte Mannschaft: a mixed team"), or the
    first before "of" ("Grundsatz der Freiwilligkeit: principle of voluntariness"). A
    word elsewhere in the English translates another word of the phrase ("Bund der
    Steuerzahler: taxpayers' association" says nothing of "Bund" as "taxpayer")."""
    seen: set[str] = set()
    out: list[set[str]] = []
    for german, english in rows:
        words = german.split()
        if noun not in words or german == noun or english in seen:
            continue
        before = words[words.index(noun) - 1].lower() if words.index(noun) else ""
        if before in PREPOSITIONS:
            continue  # "außer Betrieb: out of operation" is an idiom, not the noun's use
        seen.add(english)
        heads: set[str] = set()
        for gloss in english.split(";"):
            words = _WORD.findall(NOTES.sub(" ", gloss.lower()))
            if words:
                heads.add(_singular(words[-1]))
            # "principle of voluntariness", "the mainstay of", "term/duration of a contract"
            of = _HEAD_OF.match(NOTES.sub(" ", gloss.lower()).strip())
            if of:
                heads.update(_singular(w) for w in _WORD.findall(of.group(1)))
        out.append(heads)
    return out


def phrase_sense_first(info: WordInfo, phrases: Sequence[set[str]]) -> WordInfo:
    """``info`` with the shown gloss Ding's phrases with the noun use most first, when
    at least :data:`MIN_PHRASE_VOTES` phrases use its last word and none uses the
    first gloss's ("Mannschaft": team, not crew). Unchanged otherwise, or when the first
    gloss has that word already."""
    glosses = list(info.senses) if info.senses else []
    if len(glosses) < 2 or not phrases:
        return info
    last = [_last_word(g.text) for g in glosses[:SHOWN]]
    votes = [sum(1 for words in phrases if word and word in words) for word in last]
    best = max(range(len(votes)), key=lambda i: (votes[i], -i))
    if best == 0 or votes[best] < MIN_PHRASE_VOTES or votes[0] > 0 or last[best] == last[0]:
        return info
    if _rarer(last[best], last[0]):
        return info  # "Sturz": car phrases say "camber", the everyday word is "falls"
    senses = [glosses[best], *glosses[:best], *glosses[best + 1 :]]
    return replace(info, glosses=tuple(g.text for g in senses), senses=tuple(senses))


def _rarer(word: str, than: str) -> bool:
    """Is the English ``word`` :data:`RARER_BY` Zipf points rarer than ``than``? Ding's
    phrases are often a trade's terms, and such a word does not replace an everyday
    one as the noun's usual sense."""
    own, first = gloss_zipf(word), gloss_zipf(than)
    return own is not None and first is not None and own < first - RARER_BY


def _last_word(gloss: str) -> str:
    """The last English word of a gloss, singular, lower case ("sports team": team)."""
    words = _WORD.findall(NOTES.sub(" ", gloss.lower()))
    return _singular(words[-1]) if words else ""
