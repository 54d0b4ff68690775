"""Session 36 (frames36): a verb line's object hint, a dative a phrase has no place for,
later headwords of reflexive-only lines."""

from __future__ import annotations

import pytest

from app.dictionary import Dictionary
from app.dictionary.context import context
from app.dictionary.objects import CLAUSE_NOUNS, clause_nouns, hint_fits, object_hints
from app.dictionary.phrases import _dative_without_slot


@pytest.mark.parametrize(
    ("comments", "expected"),
    [
        ("Telefonnummer", ["telefonnummer"]),
        ("Präsidenten; Parlament", ["präsidenten", "parlament"]),
        ("in bestimmter Weise", []),  # no noun hint
        ("als zukünftige Ausrichtung", []),
        ("mit", []),
        ("Person", []),  # a class, no noun a clause repeats
        ("Schiff; Person", []),
        ("", []),
    ],
)
def test_object_hints(comments: str, expected: list[str]) -> None:
    assert object_hints(comments) == expected


def test_a_hint_fits_its_noun_its_compounds_and_inflections() -> None:
    assert hint_fits(["präsidenten"], frozenset({"präsident"}))  # the hint inflected
    assert hint_fits(["nummer"], frozenset({"handynummer"}))  # a compound with it as head
    assert hint_fits(["telefonnummer"], frozenset({"nummer"}))  # its head
    assert not hint_fits(["telefonnummer"], frozenset({"kandidatin", "bürgermeister"}))
    assert not hint_fits(["parlament"], frozenset())
    assert not hint_fits(["wasserhahn"], frozenset({"hah"}))  # too short for a head


def test_clause_nouns_lists_forms_and_lemmas_of_nouns_only() -> None:
    clause = [("der", "der", False), ("räte", "rat", True), ("wählten", "wählen", False)]
    assert clause_nouns(clause) == CLAUSE_NOUNS + "rat,räte"
    assert clause_nouns([]) == CLAUSE_NOUNS


@pytest.mark.parametrize(
    ("text", "words", "positions", "expected"),
    [
        # "Es hat ihnen viel Spaß gemacht": a dative "Spaß machen" has no place for
        ("Spaß machen", "es hat ihnen viel spaß gemacht", [4, 5], True),
        ("Spaß machen", "das hat dem publikum spaß gemacht", [4, 5], True),
        ("Spaß machen", "er hat nur spaß gemacht", [3, 4], False),
        ("Spaß machen", "sie haben mit ihm spaß gemacht", [4, 5], False),  # "mit ihm"
        ("jdm. Angst machen", "das hat ihm angst gemacht", [3, 4], False),  # its slot
        ("sich Sorgen machen", "ich mache mir sorgen", [3, 1], False),  # the reflexive
    ],
)
def test_dative_without_slot(text: str, words: str, positions: list[int], expected: bool) -> None:
    sentence = [(w, w, False) for w in words.split()]
    assert _dative_without_slot(text, positions, sentence) is expected


def _key(words: list[tuple[str, str]], position: int, frame: str = "") -> str:
    return frame + context(position, words)


def test_a_dative_ranks_a_line_without_jdm_behind_but_keeps_it(installed: Dictionary) -> None:
    # rev_gloss36: Ding often cites no "jdm." where the phrase takes a dative anyway
    # ("Freude machen: to please", "Platz machen", "die Genehmigung erteilen"): the
    # dative only ranks a line of the same words that cites "jdm." first
    words = [("Die", "der"), ("Nachricht", "Nachricht"), ("hat", "haben"), ("ihnen", "sie")]
    words += [("große", "groß"), ("Freude", "Freude"), ("gemacht", "machen")]
    info = installed.lookup("gemacht", "machen", "VERB", "", _key(words, 6))
    assert info.glosses[0] == "Freude machen: to please"
    asked = [("Sie", "sie"), ("stellte", "stellen"), ("dem", "der"), ("Minister", "Minister")]
    asked += [("eine", "ein"), ("Frage", "Frage")]
    info = installed.lookup("stellte", "stellen", "VERB", "", _key(asked, 1))
    assert info.glosses[0].startswith("jdm. eine Frage stellen")
    joking = [("Er", "er"), ("hat", "haben"), ("bloß", "bloß"), ("Spaß", "Spaß")]
    joking += [("gemacht", "machen")]
    info = installed.lookup("gemacht", "machen", "VERB", "", _key(joking, 4))
    assert info.glosses[0] == "Spaß machen: to joke"


def test_to_a_person_without_a_reflexive_is_no_joining(installed: Dictionary) -> None:
    words = [("Der", "der"), ("Junge", "Junge"), ("geht", "gehen"), ("zum", "zum")]
    words += [("Zahnarzt", "Zahnarzt")]
    info = installed.lookup("geht", "gehen", "VERB", "", _key(words, 2, "zu"))
    assert "join" not in info.glosses[0]


def test_a_hinted_line_needs_its_noun(installed: Dictionary) -> None:
    elected = [("Der", "der"), ("Rat", "Rat"), ("hat", "haben"), ("das", "der")]
    elected += [("Parlament", "Parlament"), ("gewählt", "wählen")]
    info = installed.lookup("gewählt", "wählen", "VERB", "", _key(elected, 5, "+obj"))
    assert info.glosses[0] == "elected"
    chose = [("Sie", "sie"), ("hat", "haben"), ("einen", "ein"), ("anderen", "ander")]
    chose += [("Weg", "Weg"), ("gewählt", "wählen")]
    info = installed.lookup("gewählt", "wählen", "VERB", "", _key(chose, 5, "+obj"))
    assert "dial" not in " ".join(info.glosses[:3])
    dialled = [
        ("Er", "er"),
        ("hat", "haben"),
        ("die", "der"),
        ("neue", "neu"),
        ("Nummer", "Nummer"),
    ]
    dialled += [("gewählt", "wählen")]
    info = installed.lookup("gewählt", "wählen", "VERB", "", _key(dialled, 5, "+obj"))
    assert "dial" in info.glosses[0]


def test_a_number_after_an_article_fits_a_number_hint() -> None:
    called = [("sie", "sie", False), ("hat", "haben", False), ("die", "der", False)]
    called += [("112", "112", False), ("gewählt", "wählen", False)]
    mark = clause_nouns(called)
    assert hint_fits(["telefonnummer"], frozenset(mark[len(CLAUSE_NOUNS) :].split(",")))
    dated = [("er", "er", False), ("wurde", "werden", False), ("am", "am", False)]
    dated += [("3.", "3.", False), ("mai", "Mai", True), ("gewählt", "wählen", False)]
    mark = clause_nouns(dated)
    assert not hint_fits(["telefonnummer"], frozenset(mark[len(CLAUSE_NOUNS) :].split(",")))
