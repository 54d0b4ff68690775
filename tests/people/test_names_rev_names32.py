"""Name shapes of session 32's review (rev_names32) in the people extractor: nicknames in
quotes before a surname the model split off or that is also a noun, a first name alone
after a company role, the Portuguese "das", bylines that go on with a photo credit (all
names made up)."""

from __future__ import annotations

import pytest

from app.people import extract_people
from tests.people.support import analysis_data, by_name


@pytest.mark.parametrize(
    ("text", "per", "name"),
    [
        # the model split the name at the nickname
        ("Der Rapper Malik „Lucky“ Demir singt.", ["Demir"], "Malik „Lucky“ Demir"),
        ("Der Rapper Malik „Lucky“ Demir singt.", ["Malik", "Demir"], "Malik „Lucky“ Demir"),
        # a surname that is also a noun ("Kötter"), after a nickname of two words
        ("Der Boxer Ralf „Der Hammer“ Kötter verlor.", ["Ralf"], "Ralf „Der Hammer“ Kötter"),
        ("Der Boxer Ralf „Hammer“ Kessel verlor.", ["Ralf"], "Ralf „Hammer“ Kessel"),
        # initials as the nickname
        ("Die Wirtin Jana „JJ“ Jansen lacht.", ["Jana"], "Jana „JJ“ Jansen"),
    ],
)
def test_a_nickname_in_quotes_stays_inside_the_name(text: str, per: list[str], name: str) -> None:
    assert list(by_name(text, per=per)) == [name]


def test_a_noun_after_a_quoted_word_opening_a_phrase_is_no_surname() -> None:
    text = "Sie nannte Ralf „Hammer“ Anfang der Woche einen Helden."
    assert list(by_name(text, per=["Ralf"])) == ["Ralf"]


@pytest.mark.parametrize(
    "text",
    [
        "Der Möbelhändler Otto meldet Rekordumsätze.",
        "Der Discounter Norma schließt Filialen.",
        "Die Drogerie Rossmann wächst.",
        "Die Modekette Lorena schließt Filialen.",
    ],
)
def test_a_first_name_alone_after_a_firm_noun_is_the_firm(text: str) -> None:
    name = next(w for w in ("Otto", "Norma", "Rossmann", "Lorena") if w in text)
    assert by_name(text, per=[name]) == {}


def test_a_full_name_after_a_company_role_is_still_a_person() -> None:
    text = "Der Möbelhändler Otto Brenneisen eröffnet ein Haus."
    assert list(by_name(text, per=["Otto Brenneisen"])) == ["Otto Brenneisen"]


def test_the_portuguese_das_inside_a_name() -> None:
    text = "Die Ministerin Maria das Graças dos Santos Pereira kam nach Hamburg."
    assert list(by_name(text, per=["Maria"])) == ["Maria das Graças dos Santos Pereira"]


@pytest.mark.parametrize(
    "text", ["Gestern gab Maria das Geld zurück.", "Dann zeigte Anna das Video."]
)
def test_the_german_article_das_after_a_first_name_stays_outside(text: str) -> None:
    name = "Maria" if "Maria" in text else "Anna"
    assert list(by_name(text, per=[name])) == [name]


@pytest.mark.parametrize(
    ("text", "credits"),
    [
        (
            "Text: Jana Wolfram-Ott, Fotos: Tim Brakemeier\nDer Winter kommt früh.",
            ["Jana Wolfram-Ott", "Tim Brakemeier"],
        ),
        (
            "Von Petra Holzapfel; Bild: Max Ohm\nDer Winter kommt früh.",
            ["Petra Holzapfel", "Max Ohm"],
        ),
        ("Von Petra Holzapfel, Brüssel\nDer Winter kommt früh.", ["Petra Holzapfel"]),
    ],
)
def test_a_byline_may_go_on_with_a_photo_credit(text: str, credits: list[str]) -> None:
    people = extract_people(text, *analysis_data(text, per=credits))
    assert [(p.name, p.credit) for p in people] == [(c, True) for c in credits]
