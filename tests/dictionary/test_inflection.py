"""Forms of one English word among a card's glosses (app.dictionary.inflection)."""

from __future__ import annotations

import pytest

from app.dictionary.inflection import american, bases, same_word
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
        ("won", "to win sth."),  # a short irregular form
        ("led", "to lead"),
        ("chairmen", "chairman"),  # -men
        ("children", "child"),
        ("metric tonnes", "metric tonne"),  # one word of several
        ("closures", "to closure"),
        ("to signify sth.", "signified"),
        ("to criticise sth.", "to criticize sth."),  # British and American spellings
        ("penalised", "penalized"),
        ("organisations", "organization"),
        ("labour market", "labor market"),
        ("the neighbourhood", "the neighborhood"),
        ("metre", "meter"),
        ("development centre", "development center"),
        ("defence", "defense"),
        ("facade", "façade"),
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
        ("four", "for"),  # no British ending: the stem is too short
        ("here", "heer"),
        ("tire", "tier"),
    ],
)
def test_other_words(first: str, second: str) -> None:
    assert not same_word(dedup_key(first), dedup_key(second))


def test_bases_keep_the_word_and_drop_stems_too_short() -> None:
    assert "voices" in bases("voices") and "voice" in bases("voices")
    assert bases("bed") == frozenset({"bed"})
    assert "stand" in bases("stood") and "withdraw" in bases("withdrew")


def test_american_spelling_of_british_endings() -> None:
    assert american("criticising") == "criticizing" and american("analysed") == "analyzed"
    assert american("favoured") == "favored" and american("metres") == "meters"
    assert american("catalogue") == "catalog" and american("offences") == "offenses"
    assert american("hour") == "hour" and american("acre") == "acre"


def test_two_infinitives_are_never_forms_of_each_other() -> None:
    # keys without "to": "to lay" is no past of "to lie", "to fell" none of "to fall"
    assert same_word("lie", "lay")  # as plain words: "lay" may be the past of "lie"
    assert not same_word("lie", "lay", infinitives=True)
    assert not same_word("fall", "fell", infinitives=True)
    assert not same_word("find", "found", infinitives=True)
    assert same_word("criticise", "criticize", infinitives=True)  # a spelling stays one


def test_plurals_with_a_sense_of_their_own() -> None:
    assert not same_word("new", "news")
    assert not same_word("good", "goods")
    assert not same_word("custom", "customs")
    assert same_word("voice", "voices")
    assert same_word("damage", "damages")
