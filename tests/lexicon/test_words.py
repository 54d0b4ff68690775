"""The word lists and lexicon files of the people extractor (app/lexicon/words.py)."""

from __future__ import annotations

import pytest

import app.people.ages
import app.people.phrases
import app.quotes.phrases
from app.lexicon import words as lex


def test_words_and_word_list() -> None:
    assert lex.words(" der  die\ndas ") == frozenset({"der", "die", "das"})
    assert lex.word_list("# comment\nBerlin\n\nKöln\n") == frozenset({"Berlin", "Köln"})


def test_determiners_are_the_union_of_their_kinds() -> None:
    kinds = [lex.DEFINITE, lex.INDEFINITE, lex.DEMONSTRATIVE, lex.POSSESSIVE_M, lex.POSSESSIVE_F]
    assert frozenset().union(*kinds) == lex.DETERMINERS
    assert {"des", "einem", "jener", "seinen", "ihrer"} <= lex.DETERMINERS


def test_every_credit_label_is_a_layout_word_and_never_a_name_particle() -> None:
    assert lex.CREDIT_LABELS <= lex.LAYOUT_WORDS
    assert {"Foto", "Bild", "Bilder", "Fotograf", "Fotografin", "Copyright"} <= lex.CREDIT_LABELS
    assert "Quelle" not in lex.CREDIT_LABELS  # a data source, not a photo credit
    assert not lex.CREDIT_LABELS & lex.PARTICLES
    assert lex.CREDIT_SIGN == "©"


def test_lexicon_files_load() -> None:
    lex.warm_up()
    assert lex.given_names()["Anna"] == "f"
    assert "Berlin" in lex.places()
    assert "Stadt" in lex.nouns()
    rows = lex.role_rows()
    assert all(len(row) == 3 for row in rows)
    assert ("noun", "Präsident", "Präsidentin") in rows
    assert {kind for kind, _, _ in rows} <= {"noun", "adj", "demonym", "family", "neuter"}


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Anna", True), ("Wladimir", True), ("Hans-Peter", True), ("Der", False), ("Tisch", False),
     ("Anna-Tisch", False), ("Hans-Peter-Paul", False)],
)  # fmt: skip
def test_is_given_name(word: str, expected: bool) -> None:
    assert lex.is_given_name(word) is expected


def test_given_name_gender() -> None:
    assert lex.given_name_gender("Holger") == "m"
    assert lex.given_name_gender("Iris") == "f"
    assert lex.given_name_gender("Hans-Peter") == "m"  # by the first part
    assert lex.given_name_gender("Kai-Uwe") == "m"  # "Kai" is either: by the second part
    assert lex.given_name_gender("Tisch") is None


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Berlin", True), ("Russlands", True), ("Kieler", True), ("Münchner", True),
     ("Tisch", False), ("Lehrer", False)],
)  # fmt: skip
def test_is_place_with_genitive_and_adjective(word: str, expected: bool) -> None:
    assert lex.is_place(word) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Stadt", True), ("Waffen", True), ("Tests", True), ("Raketen-Tests", True),
     ("Macron", False), ("Putin", False), ("Start-ups", False)],
)  # fmt: skip
def test_is_common_noun_with_inflection_and_compounds(word: str, expected: bool) -> None:
    assert lex.is_common_noun(word) is expected


@pytest.mark.parametrize(
    ("text", "party"),
    [("SPD", "SPD"), (" Grünen ", "Grüne"), ("die Linke", "Linke"), ("parteilos", "parteilos"),
     ("CDU/CSU", "CDU/CSU"), ("Verein", None)],
)  # fmt: skip
def test_party_of(text: str, party: str | None) -> None:
    assert lex.party_of(text) == party


def test_double_first_names_with_a_word_part_or_an_initial() -> None:
    from app.lexicon.words import given_name_gender, is_given_name

    assert is_given_name("Till-Oliver")  # "Till" is a word, "Oliver" a first name
    assert given_name_gender("Till-Oliver") == "m"
    assert is_given_name("Rolf-D.")  # the second part abbreviated
    assert not is_given_name("Rolf-Dx.")
    assert not is_given_name("Till-Hagen")  # both parts words: no evidence


def test_given_name_gender_in_plain_letters() -> None:
    # a first name the lists hold only without its letters of another alphabet
    assert lex.given_name_gender("Ömer") == lex.given_name_gender("Omer") == "m"
    assert lex.given_name_gender("Tisch") is None


def test_one_list_of_genitive_articles() -> None:
    # the people rules (complement_end, the lede's role, genitive ages) and the quote
    # rules read the same list; none keeps its own copy
    assert {"des", "der", "eines", "einer"} == lex.GENITIVE_ARTICLES
    for module in (app.people.ages, app.people.phrases, app.quotes.phrases):
        assert not hasattr(module, "_GENITIVE_ARTICLES"), module.__name__
