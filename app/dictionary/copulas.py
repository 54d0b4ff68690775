"""The present participle of a copula after its predicate: "frei werdende Stellen".

"werden", "bleiben" and "sein" are copulas: an adjective before their present
participle is its predicate ("frei werdende Stellen": posts becoming vacant, "die
immer größer werdende Lücke": the gap growing ever wider, "gleich bleibende
Preise"). Ding lists "werdend" only as an adjective of its own ("nascent;
prospective", as in "werdende Mütter": expectant mothers) and the copula as "will;
to get …; to become sth.", led by the future auxiliary; the participle of the copula
is "becoming". The reading layer sends the predicate itself as an adjective
(:func:`app.reading.lookups._before_copula_participle`). Pure functions.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.dictionary.model import Gloss, WordInfo, senses_first
from app.dictionary.phrases import FUNCTION_WORDS
from app.dictionary.schema import word_set

#: The copula's participle in English, by the German participle's stem.
_PARTICIPLES = {
    "werdend": (Gloss("becoming"), Gloss("growing")),
    "bleibend": (Gloss("remaining"), Gloss("staying")),
    "seiend": (Gloss("being"),),
}
#: Words before the participle that are no predicate ("die werdenden Eltern", "für
#: werdende Mütter", "auch werdende Väter").
_NO_PREDICATE = FUNCTION_WORDS | word_set(
    """diese dieser diesen diesem dieses jede jeder jeden jedem jedes alle allen viele
    vielen manche manchen einige einigen mehrere ihre ihren seine seinen unsere unseren
    sowie bzw"""
)


def predicate_participle_first(
    info: WordInfo, sentence: Sequence[tuple[str, str, bool]], position: int, limit: int
) -> WordInfo:
    """``info`` of a copula's present participle ("werdende") with the copula's sense
    first when an uninflected adjective or a comparative stands right before it ("frei
    werdende", "größer werdenden"); else ``info`` unchanged."""
    if not 0 < position < len(sentence):
        return info
    word = sentence[position][0].lower()
    stem = next((s for s in _PARTICIPLES if word.startswith(s)), None)
    if stem is None or word[len(stem) :] not in ("", "e", "en", "em", "er", "es"):
        return info
    form, lemma, noun = sentence[position - 1]
    low = form.lower()
    if noun or not low.isalpha() or low in _NO_PREDICATE:
        return info
    comparative = low.endswith("er") and low != lemma.lower()  # "größer", "teurer"
    if low != lemma.lower() and not comparative:
        return info  # "die werdenden", "ihre werdenden": inflected, an attribute
    return senses_first(info, _PARTICIPLES[stem], limit)
