"""Name shapes of session 31 in the people extractor: Arabic connectors, Dutch "IJ",
Austrian titles, firm and venue heads after a first name (all names made up)."""

from __future__ import annotations

import pytest

from app.lexicon import words as lex
from app.people import names as nm
from tests.people.support import by_name


@pytest.mark.parametrize("word", ["IJsselmonde", "Verbeek-IJzerman", "McArdle", "O'Hanlon"])
def test_inner_capitals_of_names(word: str) -> None:
    assert nm.is_capitalised_word(word)


@pytest.mark.parametrize("word", ["VfB", "IJS", "IJ", "iPhone"])
def test_acronyms_are_no_capitalised_words(word: str) -> None:
    assert not nm.is_capitalised_word(word)


@pytest.mark.parametrize(
    "word", ["Infotech", "Rück", "Institute", "Palace", "Arena", "Stadium", "Versicherung"]
)
def test_firm_and_venue_heads_end_an_organisation(word: str) -> None:
    assert nm.is_organisation_word(word)


@pytest.mark.parametrize("word", ["Hall", "Rochus", "Brückner", "Palacios"])
def test_surnames_like_heads_are_no_organisation_words(word: str) -> None:
    assert not nm.is_organisation_word(word)


def test_arabic_connectors_and_austrian_titles_are_listed() -> None:
    assert {"bint", "binti", "abu", "umm"} <= lex.PARTICLES & lex.PATRONYMIC_PARTICLES
    assert {"Mag.a", "Dr.in", "DI", "DIin", "Univ.-Prof.in"} <= lex.TITLES


def test_a_daughters_name_with_bint_is_one_person() -> None:
    text = "Handelsministerin Salwa bint Khalid al-Marzouqi eröffnete die Messe in Doha."
    found = by_name(text, per=["Salwa", "Khalid al-Marzouqi"], other=[("Doha", "LOC")])
    assert list(found) == ["Salwa bint Khalid al-Marzouqi"]


def test_an_austrian_title_is_no_part_of_the_name() -> None:
    text = "Die Stadträtin Mag.a Irmtraud Kessler-Wallner (ÖVP) trat am Montag zurück."
    found = by_name(text, per=["Mag.a Irmtraud Kessler-Wallner"], other=[("ÖVP", "ORG")])
    assert list(found) == ["Irmtraud Kessler-Wallner"]


@pytest.mark.parametrize(
    "name", ["Saraswati Infotech", "Lechtal Rück", "Nevada Institute", "Helena Palace"]
)
def test_a_first_name_before_a_firm_or_venue_head_is_no_person(name: str) -> None:
    text = f"Der Konzern feierte im {name} am Montag ein Rekordergebnis."
    assert by_name(text, per=[name]) == {}


def test_a_capital_ben_inside_a_full_name_is_a_particle_of_the_surname() -> None:
    text = (
        "Der Präsident hat Regierungschefin Amira Ben Youssef entlassen. Ben Youssef, 62, "
        "war erst seit Mai im Amt; ihr Sohn Karim Ben Youssef sitzt im Parlament."
    )
    per = ["Amira Ben Youssef", "Ben Youssef", "Karim Ben Youssef"]
    found = by_name(text, per=per)
    assert sorted(found) == ["Amira Ben Youssef", "Karim Ben Youssef"]
    assert found["Amira Ben Youssef"].age == 62


def test_ben_as_a_first_name_stays_one() -> None:
    text = "Trainer Ben Kössler lobte die Spielerin Anna Ben Youssef. Kössler war froh."
    found = by_name(text, per=["Ben Kössler", "Anna Ben Youssef", "Kössler"])
    assert sorted(found) == ["Anna Ben Youssef", "Ben Kössler"]
