"""Forms of one English word among a card's glosses (app.dictionary.inflection)."""

from __future__ import annotations

import pytest

from app.dictionary.inflection import bases, same_word
from app.dictionary.senses import dedup_key


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("voices", "voice"),  # plural -s
        ("taxes", "tax"),  # -es after a sibilant
        ("parties", "party"),  # -ies
        ("closes", "to close"),  # third person
        ("closed", "to close"),  # -ed after e
        ("stopped", "to stop"),  # doubled consonant
        ("supplied", "to supply"),  # -ied
        ("stood for", "to stand for"),  # irregular past
        ("understood", "to understand"),  # irregular with a prefix
        ("chairmen", "chairman"),  # -men
        ("children", "child"),
        ("metric tonnes", "metric tonne"),  # one word of several
        ("closures", "to closure"),
        ("to signify sth.", "signified"),
    ],
)
def test_forms_of_one_english_word(first: str, second: str) -> None:
    assert same_word(dedup_key(first), dedup_key(second))
    assert same_word(dedup_key(second), dedup_key(first))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("court", "courtyard"),  # shares letters, not a word
        ("step", "steppe"),
        ("steps", "stepped up"),  # another number of words
        ("votes", "voters"),
        ("glass", "glas"),  # -ss is no plural
        ("status", "statu"),
        ("to go", "went away"),  # two words differ
        ("voice", "voice"),  # one gloss already
        ("tie", "ties up"),
        ("bed", "bee"),  # too short for a stem
    ],
)
def test_other_words(first: str, second: str) -> None:
    assert not same_word(dedup_key(first), dedup_key(second))


def test_bases_keep_the_word_and_drop_stems_too_short() -> None:
    assert "voices" in bases("voices") and "voice" in bases("voices")
    assert bases("bed") == frozenset({"bed"})
    assert "stand" in bases("stood") and "withdraw" in bases("withdrew")
