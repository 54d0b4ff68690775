"""Session 36 (ents36): places the model takes for organisations or spans too long.

A listed place after a town's body or a place's role and "von" is the place ("im
Gemeinderat von Eisenach"), also where the model found nothing there; a listed place's
genitive after a common noun is the place ("der Hauptbahnhof Eisenachs"); a district's kind
noun "Kanton", "Landkreis", "Kreis" (not in the genitive) is part of its name; a role noun
after a place's genitive is no part of the place's name ("Thüringens Innenministerin"); a
city named after a person is a place ("Karl-Marx-Stadt").
Each rule with near misses it must leave alone. All sentences and persons made up.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.nlp.components.org_place_support import load_bundled, rules_on

Case = tuple[str, list[tuple[str, str]], set[tuple[str, str]]]


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_bundled()


CASES: list[Case] = [
    # a town's body or a place's role, "von" and a listed place (an ORG to the model)
    (
        "Im Gemeinderat von Eisenach gab es eine knappe Mehrheit.",
        [("Eisenach", "ORG")],
        {("Eisenach", "LOC")},
    ),
    (
        "Die Gouverneurin von Ohio will erneut antreten.",
        [("Ohio", "ORG")],
        {("Ohio", "LOC")},
    ),
    (
        "Im Kreistag von Nordsachsen-Westmark wurde lange gestritten.",
        [("Nordsachsen-Westmark", "ORG")],
        {("Nordsachsen-Westmark", "LOC")},
    ),
    # near misses: no body or role before "von", a listed organisation, two words
    (
        "Der Trainer von Eisenach war zufrieden.",
        [("Eisenach", "ORG")],
        {("Eisenach", "ORG")},
    ),
    (
        "Der Bürgermeister von Siemens ist ein Spitzname.",
        [("Siemens", "ORG")],
        {("Siemens", "ORG")},
    ),
    # no entity after a town's body or a place's role and "von": unknown or listed words
    (
        "Der Architekt hatte das Rathaus von Quellhoven entworfen.",
        [],
        {("Quellhoven", "LOC")},
    ),
    (
        "Die Bürgermeisterin von Eisenach sprach zuerst.",
        [],
        {("Eisenach", "LOC")},
    ),
    # near misses: a common noun, a government named by its head, a longer run
    (
        "Der Stadtrat von Anfang an war dagegen.",
        [],
        set(),
    ),
    (
        "Die Regierung von Quellhoven trat zurück.",
        [],
        set(),
    ),
    (
        "Der Bürgermeister von Quellhoven Neu Brackwitz Süd kam.",
        [],
        set(),
    ),
    # a listed place's genitive after a common noun (an ORG to the model)
    (
        "Der älteste Schachverein Eisenachs feiert Geburtstag.",
        [("Eisenachs", "ORG")],
        {("Eisenachs", "LOC")},
    ),
    # near misses: before a team role or a capitalised word, a person's genitive
    (
        "Der Sieg Eisenachs Trainer freute alle.",
        [("Eisenachs", "ORG")],
        {("Eisenachs", "ORG")},
    ),
    (
        "Die Nachfolgerin Quellhovens ist gewählt.",
        [("Quellhovens", "ORG")],
        {("Quellhovens", "ORG")},
    ),
    # a district's kind noun is part of its name, not in the genitive
    (
        "Im Kanton Bern wird am Sonntag abgestimmt.",
        [("Bern", "LOC")],
        {("Kanton Bern", "LOC")},
    ),
    (
        "Der Landkreis Quellhoven baut eine Schule.",
        [("Quellhoven", "LOC")],
        {("Landkreis Quellhoven", "LOC")},
    ),
    (
        "Die Regierung des Kantons Bern lehnte ab.",
        [("Bern", "LOC")],
        {("Bern", "LOC")},
    ),
    (
        "Der Kanton Bern hat zugestimmt.",
        [("Kanton Bern", "LOC")],
        {("Kanton Bern", "LOC")},
    ),
    # a role or a plural after a listed place is no part of it
    (
        "Thüringens Innenministerin lobte die Helfer.",
        [("Thüringens Innenministerin", "LOC")],
        {("Thüringens", "LOC")},
    ),
    # a plural after a place is left (a cut lost a right place on a set only measured)
    (
        "Nach dem Streit kündigte Kanada gegen die USA Sanktionen an.",
        [("Kanada", "LOC"), ("USA Sanktionen", "ORG")],
        {("Kanada", "LOC"), ("USA Sanktionen", "ORG")},
    ),
    # WikiANN: a district's kind noun and a name that reads as a people's noun
    (
        "Das Dorf liegt im Landkreis Nordsachsen.",
        [("Landkreis Nordsachsen", "LOC")],
        {("Landkreis Nordsachsen", "LOC")},
    ),
    # near misses: a first name and a surname that is also a role, a singular noun (a
    # firm's name may end so), a listed name
    (
        "Dafür stimmte Anna-Lena Koch (FDP).",
        [("Anna-Lena Koch", "LOC"), ("FDP", "ORG")],
        {("Anna-Lena Koch", "LOC"), ("FDP", "ORG")},
    ),
    (
        "Dafür stimmte Anna-Lena Koch (FDP).",
        [("Anna-Lena Koch", "ORG"), ("FDP", "ORG")],
        {("Anna-Lena Koch", "ORG"), ("FDP", "ORG")},
    ),
    (
        "Die Rhein Energie erhöht die Preise.",
        [("Rhein Energie", "ORG")],
        {("Rhein Energie", "ORG")},
    ),
    (
        "Der Berliner Senat tagt.",
        [("Berliner Senat", "ORG")],
        {("Berliner Senat", "ORG")},
    ),
]


CITIES: list[Case] = [
    # a city named after a person: two or more name parts, a hyphen and "Stadt"
    (
        "Sie zog nach Ho-Chi-Minh-Stadt.",
        [],
        {("Ho-Chi-Minh-Stadt", "LOC")},
    ),
    (
        "Er wuchs in Karl-Marx-Stadt auf.",
        [("Karl-Marx-Stadt", "ORG")],
        {("Karl-Marx-Stadt", "LOC")},
    ),
    # near misses: nouns before "Stadt", one part
    (
        "Die Messe-Kongress-Stadt wirbt um Gäste.",
        [],
        set(),
    ),
    (
        "Die Hanse-Stadt feiert.",
        [],
        set(),
    ),
]


@pytest.mark.parametrize(("text", "ents", "expected"), CASES + CITIES)
def test_ents36_rules_and_near_misses(
    nlp: Any, text: str, ents: list[tuple[str, str]], expected: set[tuple[str, str]]
) -> None:
    assert rules_on(nlp, text, ents) == expected
