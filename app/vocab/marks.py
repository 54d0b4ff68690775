"""Which lemma a word's status belongs to, and the marks of a text's tokens.

Status belongs to the lemma the word card shows (:func:`card_lemma`): the
dictionary's lemma for the token, else the analysis's lemma, else the word.
The analysis has already given both parts of a split separable verb the whole
verb's lemma ("kündigte … an" → "ankündigen"), and the dictionary maps forms to
their lemma ("ging", "gegangen" → "gehen"; "Häuser" → "Haus").

A word given alone (the CLI, an imported word list) has no sentence around it:
:func:`lemma_of_word` asks the offline dictionary (:meth:`Dictionary.lookup`
without context), the same lookup the card makes, and keeps the word when the
dictionary does not know it.

Names are never marked: tokens tagged PROPN and tokens inside a PER, LOC or ORG
entity get no status and no band, nor do tokens without a letter or with a digit
(punctuation, numbers, "G7"). No Qt here.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.results import Entity
from app.core.tokens import TokenTable
from app.vocab import freq
from app.vocab.status import normalize_lemma

if TYPE_CHECKING:
    from app.dictionary import Dictionary
    from app.vocab.store import Vocabulary

#: Entity labels whose tokens are names (MISC, e.g. "deutsche", is not).
NAME_LABELS = frozenset({"PER", "LOC", "ORG"})
_UNMARKED_POS = frozenset({"PUNCT", "SYM", "SPACE", "PROPN", "X"})


def card_lemma(info_lemma: str | None, token_lemma: str | None, text: str) -> str:
    """The lemma the word card shows (``app/ui/describe.make_card`` does the same)."""
    return info_lemma or token_lemma or text


def lemma_of_word(word: str, dictionary: Dictionary | None = None) -> str:
    """The lemma of a word given without context ("ging" → "gehen", "Häuser" → "Haus")."""
    clean = normalize_lemma(word)
    if not clean:
        return ""
    if dictionary is None:
        from app.dictionary import open_dictionary  # deferred: opens the database

        dictionary = open_dictionary()
    info = dictionary.lookup(clean)
    return normalize_lemma(info.lemma) or clean


def is_word(text: str, pos: str) -> bool:
    """True for a token that can have a status: has a letter, no digit, not a
    name or punctuation tag."""
    if pos in _UNMARKED_POS:
        return False
    has_letter = False
    for char in text:
        if char.isdigit():
            return False
        if char.isalpha():
            has_letter = True
    return has_letter


def name_mask(tokens: TokenTable, entities: Sequence[Entity]) -> list[bool]:
    """For each token, True when it lies inside a PER, LOC or ORG entity."""
    mask = [False] * len(tokens)
    starts = tokens.starts
    for ent in entities:
        if ent.label not in NAME_LABELS:
            continue
        i = bisect.bisect_left(tokens.ends, ent.start + 1)
        while i < len(starts) and starts[i] < ent.end:
            mask[i] = True
            i += 1
    return mask


@dataclass(frozen=True, slots=True)
class TokenMarks:
    """Per token: the lemma whose status it shows, the status label and band
    (None for names, punctuation and numbers)."""

    lemmas: tuple[str, ...]
    statuses: tuple[str | None, ...]
    bands: tuple[str | None, ...]


def markable(tokens: TokenTable, entities: Sequence[Entity]) -> list[bool]:
    """For each token, True when it can carry a status and a band."""
    names = name_mask(tokens, entities)
    return [
        not names[i] and is_word(text, pos)
        for i, (text, pos) in enumerate(zip(tokens.texts, tokens.tags, strict=True))
    ]


def token_marks(
    tokens: TokenTable,
    entities: Sequence[Entity],
    lemmas: Sequence[str],
    vocabulary: Vocabulary,
    *,
    with_bands: bool = True,
) -> TokenMarks:
    """Statuses (and bands) of every token; ``lemmas[i]`` is token i's card lemma."""
    ok = markable(tokens, entities)
    status_of = vocabulary.status
    labels: dict[str, str] = {}  # the same lemma recurs: look it up once
    statuses: list[str | None] = []
    bands: list[str | None] = []
    band = freq.band
    for i, lemma in enumerate(lemmas):
        if not ok[i]:
            statuses.append(None)
            bands.append(None)
            continue
        label = labels.get(lemma)
        if label is None:
            label = labels[lemma] = status_of(lemma).label
        statuses.append(label)
        bands.append(band(lemma, tokens.texts[i]) if with_bands else None)
    return TokenMarks(tuple(lemmas), tuple(statuses), tuple(bands))
