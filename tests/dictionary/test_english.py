"""How common an English gloss is (wordfreq's English list)."""

from __future__ import annotations

import pytest

from app.dictionary import english
from app.dictionary.english import gloss_word, gloss_zipf


@pytest.mark.parametrize(
    ("gloss", "word"),
    [
        ("to criticize sth.", "criticize"),
        ("ponderable", "ponderable"),
        ("to rid sb./sth. of sth.", None),
        ("to dispose of sb./sth.", None),
        ("lunch break", None),
        ("rock-bottom", None),  # wordfreq would rate it by its parts
        ("to split (sth.)", "split"),
        ("3D printer", None),
    ],
)
def test_the_one_word_of_a_gloss(gloss: str, word: str | None) -> None:
    assert gloss_word(gloss) == word


def test_rare_and_common_glosses() -> None:
    rare = gloss_zipf("ponderable")
    common = gloss_zipf("noticeable")
    assert rare is not None and common is not None
    assert rare < 2.5 <= 3.5 <= common
    assert gloss_zipf("hawked") == 0.0  # below the floor of the list: counts as unknown
    assert gloss_zipf("lunch break") is None


def test_no_list_rates_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(english, "table", dict)  # no list at all
    english.gloss_zipf.cache_clear()  # type: ignore[attr-defined]
    try:
        assert gloss_zipf("ponderable") is None
    finally:
        english.gloss_zipf.cache_clear()  # type: ignore[attr-defined]


def test_english_verb_and_noun_of_one_family() -> None:
    from app.dictionary.english import first_word, same_family

    assert first_word("to examine sb.") == "examine" and first_word("expected") == "expected"
    assert same_family("examine", "examination") and same_family("avoid", "avoidance")
    assert same_family("expected", "expectation") and same_family("negotiate", "negotiations")
    assert not same_family("test", "examination")
    assert not same_family("advertise", "announcement")
    assert not same_family("cut", "cutting")  # too short to tell


def test_a_capitalised_common_english_word_is_a_loanword() -> None:
    from app.dictionary.english import loanword

    assert loanword("Ranger") == "ranger" and loanword("Tracker") == "tracker"
    assert loanword("ranger") is None  # a noun is capitalised
    assert loanword("Zwurbel") is None and loanword("Bus") is None  # unknown; too short


def test_a_gloss_ending_in_a_preposition_needs_an_object() -> None:
    from app.dictionary.english import needs_object

    assert needs_object("compared with") and needs_object("according to")
    assert needs_object("because of")
    assert not needs_object("contrastingly") and not needs_object("against it")
    assert not needs_object("to") and not needs_object("in the end")


def test_cognate_spells_the_german_word_the_english_way() -> None:
    from app.dictionary.english import cognate

    assert cognate("Diktator", "dictator") and cognate("Provokation", "provocation")
    assert cognate("Präsident", "president") and cognate("Helfer", "helper")
    assert not cognate("Diktator", "strongman")
    # one letter more or less: a French loan's -e, an English word without the German -e
    assert not cognate("Branche", "branch") and not cognate("Experte", "expert")
    assert not cognate("Überfall", "overfall")  # two letters
    assert not cognate("Rat", "rat")  # too short to tell
    assert not cognate("Diktator", "military dictator")  # one word only


def test_same_family_through_english_spelling_changes() -> None:
    from app.dictionary.english import same_family

    # -y/-ied and -de/-sion: "supplied" of "supply", "decide" of "decision"
    assert same_family("supplied", "supply") and same_family("decide", "decision")
    assert same_family("decided", "decision") and same_family("divide", "division")
    # no noun in -sion, no -y noun: as before
    assert not same_family("decide", "decree") and not same_family("applied", "application")
    assert not same_family("made", "mansion")  # stem too short


def test_reflexives_for_the_verbs_person_and_number() -> None:
    from app.dictionary.english import reflexives_for

    assert reflexives_for("Number=Plur|Person=3") == ("themselves",)
    assert reflexives_for("Person=3|Number=Sing")[0] == "himself"
    assert reflexives_for("Number=Sing|Person=1") == ("myself",)
    assert reflexives_for("Number=Plur") == ()
    assert reflexives_for("") == ()
