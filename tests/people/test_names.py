"""Word tests for name words (app/people/names.py)."""

from __future__ import annotations

import pytest

from app.people import names as nm


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Putin", True), ("McAllister", True), ("DiCaprio", True), ("Jong-un", True),
     ("VfB", False), ("NATO", False), ("putin", False), ("R2D2", False), ("Dr.", False)],
)  # fmt: skip
def test_is_capitalised_word(word: str, expected: bool) -> None:
    assert nm.is_capitalised_word(word) is expected


def test_initials_and_particle_names() -> None:
    assert nm.is_initial("J.") and nm.is_initial("J.D.")
    assert not nm.is_initial("JD") and not nm.is_initial("Dr.")
    assert nm.is_particle_name("al-Assad") and nm.is_particle_name("bin-Salman")
    assert not nm.is_particle_name("Assad") and not nm.is_particle_name("Al-Assad")


def test_never_names() -> None:
    for word in ("Der", "Heute", "August", "Montag", "Foto", "Fotografin"):
        assert nm.is_never_name(word), word
    assert not nm.is_never_name("Scholz")


def test_is_compound_noun() -> None:
    assert nm.is_compound_noun("Stadtfest")
    assert not nm.is_compound_noun("Stadt")  # too short, and listed itself
    assert not nm.is_compound_noun("Putinreich".lower())  # not capitalised


@pytest.mark.parametrize(
    ("word", "strict", "expected"),
    [("Putin", True, True), ("Spohr", True, True), ("Anna", True, True), ("al-Assad", True, True),
     ("Interesse", True, False), ("Weißen", True, False), ("Präsident", True, False),
     ("Berlin", True, False), ("Volkszeitung", True, False), ("Biden-Regierung", True, False),
     ("Stadtfest", True, False), ("Stadtfest", False, True), ("Foto", False, False)],
)  # fmt: skip
def test_is_name_core(word: str, strict: bool, expected: bool) -> None:
    assert nm.is_name_core(word, strict=strict) is expected


def test_lemma_is_lowercase() -> None:
    assert nm.lemma_is_lowercase("Brisant")  # "brisant"
    assert nm.lemma_is_lowercase("Neuen")  # "neu"
    assert not nm.lemma_is_lowercase("Tisch")


@pytest.mark.parametrize(
    ("word", "bare"),
    [("Putins", "Putin"), ("Merz'", "Merz"), ("Merz’", "Merz"), ("Kims", "Kim"),
     ("Strauss", "Strauss"), ("Das", "Das"), ("Putin", "Putin")],
)  # fmt: skip
def test_degenitive(word: str, bare: str) -> None:
    assert nm.degenitive(word) == bare


def test_genitive_forms() -> None:
    assert nm.genitive_forms("Putin") == ("Putins", "Putin's", "Putin’s")
    assert nm.genitive_forms("Merz") == ("Merz'", "Merz’")
    assert nm.degenitive(nm.genitive_forms("Putin")[0]) == "Putin"


def test_plurals_of_abstract_compounds_are_no_names() -> None:
    for word in ("Reiseimpfungen", "Zahnreinigungen", "Gemeinschaften"):
        assert not nm.is_name_core(word, strict=False), word
    assert nm.is_name_core("Kowalczyk", strict=False)


def test_organisation_word_in_the_genitive() -> None:
    from app.people import names as nm

    assert nm.is_organisation_word("Brandt-Instituts")
    assert nm.is_organisation_word("Klinikums")
    assert not nm.is_organisation_word("Banks")  # "Tyra Banks"
    assert not nm.is_organisation_word("Markus")
