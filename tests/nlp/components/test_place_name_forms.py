"""Session 35 (ents35): place and body names by German news conventions.

An orchestra's plural after a place adjective is the orchestra ("die Kasseler
Symphoniker"), a town's landmark after its adjective a place ("am Kölner Dom"); a lowercase
country adjective opening a place is cut off ("im indischen Kerala" -> "Kerala"); the
genitive of a listed place after "des" is the place ("des Ammersees"); a town of the Ding
dictionary's place names counts after "in", "nach", "aus" as one of GeoNames does; a street
named for a person with a particle ("Otto-von-Guericke-Straße") and a church named for its
saint in one word ("Paulskirche") are places; an unknown word after a compound noun of a
venture capital fund's, project planner's or vehicle maker's kind is the firm
(``org_place_words``). Each rule with near misses it must leave alone. All sentences and
names made up.
"""

from __future__ import annotations

from typing import Any

import pytest

from app.nlp.components.place_compounds import _is_saint_church
from tests.nlp.components.org_place_support import load_bundled, rules_on

Case = tuple[str, list[tuple[str, str]], set[tuple[str, str]]]


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_bundled()


ENSEMBLES: list[Case] = [
    (
        "Die Kasseler Symphoniker spielen im Herbst in Tokio.",
        [("Kasseler Symphoniker", "ORG"), ("Tokio", "LOC")],
        {("Kasseler Symphoniker", "ORG"), ("Tokio", "LOC")},
    ),
    (
        "Er dirigierte zuletzt die Dresdner Philharmoniker.",
        [("Dresdner Philharmoniker", "LOC")],
        {("Dresdner Philharmoniker", "ORG")},
    ),
    (
        "Sie ist Chefdirigentin der Leipziger Sinfoniker.",
        [],
        {("Leipziger Sinfoniker", "ORG")},
    ),
    # near misses: one musician, no place adjective
    (
        "Ein Kasseler Symphoniker gewann den Wettbewerb.",
        [],
        set(),
    ),
    # rev_ents35: the model's own entity of the two words stays (an early rewrite dropped it)
    (
        "Die Kasseler Symphoniker spielen im Herbst.",
        [("Kasseler Symphoniker", "ORG")],
        {("Kasseler Symphoniker", "ORG")},
    ),
    (
        "Am Kölner Dom beginnt die Wallfahrt.",
        [("Kölner Dom", "LOC")],
        {("Kölner Dom", "LOC")},
    ),
    # rev_ents35: the model's ORG of one musician is dropped; a landmark is left alone
    (
        "Ein Dresdner Philharmoniker gewann den Wettbewerb.",
        [("Dresdner Philharmoniker", "ORG")],
        set(),
    ),
    (
        "Ein Kölner Dom wäre zu groß für das Dorf.",
        [("Kölner Dom", "LOC")],
        {("Kölner Dom", "LOC")},
    ),
    (
        "Die Kasseler Symphoniker und die Leipziger Sinfoniker spielen in Tokio.",
        [("Tokio", "LOC")],
        {("Kasseler Symphoniker", "ORG"), ("Leipziger Sinfoniker", "ORG"), ("Tokio", "LOC")},
    ),
    (
        "Die jungen Symphoniker spielten Brahms.",
        [("Brahms", "PER")],
        {("Brahms", "PER")},
    ),
]

BUILDINGS: list[Case] = [
    (
        "Am Kölner Dom beginnt am Sonntag die Wallfahrt.",
        [],
        {("Kölner Dom", "LOC")},
    ),
    (
        "Der Streik legte den Münchner Flughafen lahm.",
        [("Münchner Flughafen", "ORG")],
        {("Münchner Flughafen", "LOC")},
    ),
    (
        "Vor dem Leipziger Hauptbahnhof wurde demonstriert.",
        [],
        {("Leipziger Hauptbahnhof", "LOC")},
    ),
    # near misses: a longer name, a generic noun after the adjective, no place adjective
    (
        "Die Kölner Dom Apotheke schließt.",
        [("Kölner Dom Apotheke", "ORG")],
        {("Kölner Dom Apotheke", "ORG")},
    ),
    (
        "Der Münchner Konzern baut einen Flughafen.",
        [],
        set(),
    ),
    (
        "Der neue Flughafen liegt weit draußen.",
        [],
        set(),
    ),
]

ADJECTIVES: list[Case] = [
    (
        "Die Ernte im indischen Kerala fiel gut aus.",
        [("indischen Kerala", "LOC")],
        {("Kerala", "LOC")},
    ),
    (
        "Die Ernte im italienischen Apulien fiel gut aus.",
        [("italienischen Apulien", "LOC")],
        {("Apulien", "LOC")},
    ),
    # near misses: a capitalised adjective belongs to the name, a particle inside, an ORG,
    # a common noun after the adjective
    (
        "Die Ernte im Bayerischen Wald fiel gut aus.",
        [("Bayerischen Wald", "LOC")],
        {("Bayerischen Wald", "LOC")},
    ),
    (
        "Sie wohnt in Frankfurt am Main.",
        [("Frankfurt am Main", "LOC")],
        {("Frankfurt am Main", "LOC")},
    ),
    (
        "Das Gebiet fiel an den Machtbereich des assyrischen Reiches.",
        [("assyrischen Reiches", "LOC")],
        {("assyrischen Reiches", "LOC")},
    ),
    (
        "Die Vereinten Nationen tagen.",
        [("Vereinten Nationen", "ORG")],
        {("Vereinten Nationen", "ORG")},
    ),
]

GENITIVES: list[Case] = [
    (
        "Der Wasserstand des Ammersees ist niedrig.",
        [],
        {("Ammersees", "LOC")},
    ),
    (
        "Die Ufer des Aostatals sind steil.",
        [],
        {("Aostatals", "LOC")},
    ),
    # near misses: no "des", a plain noun, a name after it, a model entity left alone
    (
        "Der Wasserstand am Ammersee ist niedrig.",
        [("Ammersee", "LOC")],
        {("Ammersee", "LOC")},
    ),
    (
        "Der Rand des Waldes ist steil.",
        [],
        set(),
    ),
    (
        "Die Leitung des Ammersees Segelclub wechselt.",
        [],
        set(),
    ),
]

TOWNS: list[Case] = [
    (
        "Der Betrieb wurde in Amberg gegründet.",
        [],
        {("Amberg", "LOC")},
    ),
    (
        "Sie zog nach Antwerpen.",
        [],
        {("Antwerpen", "LOC")},
    ),
    # near misses: no preposition, a capitalised word after it
    (
        "Amberg liegt am Rand.",
        [],
        set(),
    ),
    (
        "Er ging nach Amberg Süd zurück.",
        [],
        set(),
    ),
]

COMPOUNDS: list[Case] = [
    (
        "Die Arbeiten an der Otto-von-Guericke-Straße beginnen im Mai.",
        [],
        {("Otto-von-Guericke-Straße", "LOC")},
    ),
    (
        "Die Preisrede in der Paulskirche hält eine Historikerin.",
        [],
        {("Paulskirche", "LOC")},
    ),
    (
        "Die Weihe ist im Kiliansdom geplant.",
        [],
        {("Kiliansdom", "LOC")},
    ),
    # near misses: a particle first or last, a noun in the church compound, a church body
    (
        "Die von-Müller-Straße ist gesperrt.",
        [],
        set(),
    ),
    (
        "Die Stadtkirche und die Hauskapelle sind geöffnet.",
        [],
        set(),
    ),
    (
        "Die Landeskirche hat eine neue Bischöfin.",
        [],
        set(),
    ),
]

FIRMS: list[Case] = [
    (
        "Angeführt wird die Runde vom Wagniskapitalgeber Kelvora, dessen Partner sprach.",
        [],
        {("Kelvora", "ORG")},
    ),
    (
        "Der Wagniskapitalgeber Vendrix investiert in Berlin.",
        [("Berlin", "LOC")],
        {("Vendrix", "ORG"), ("Berlin", "LOC")},
    ),
    # near misses: a person with a first name, a firm's kind with no name, a generic noun
    (
        "Der Wagniskapitalgeber Peter Karlsen investiert.",
        [("Peter Karlsen", "PER")],
        {("Peter Karlsen", "PER")},
    ),
    (
        "Der Windparkprojektierer Jan Möller will klagen.",
        [("Jan Möller", "PER")],
        {("Jan Möller", "PER")},
    ),
    (
        "Die Hamburger Reederei wächst.",
        [],
        set(),
    ),
]

CASES = ENSEMBLES + BUILDINGS + ADJECTIVES + GENITIVES + TOWNS + COMPOUNDS + FIRMS


@pytest.mark.parametrize(("text", "ents", "expected"), CASES)
def test_ents35_rules_and_near_misses(
    nlp: Any, text: str, ents: list[tuple[str, str]], expected: set[tuple[str, str]]
) -> None:
    assert rules_on(nlp, text, ents) == expected


@pytest.mark.parametrize(
    ("word", "church"),
    [
        ("Paulskirche", True),
        ("Johanniskirche", True),
        ("Marienkirche", True),
        ("Marienkapelle", False),  # "Marien" is also a noun: a band reading, shown less
        ("Kiliansdom", True),
        ("Stadtkirche", False),
        ("Hauskapelle", False),
        ("Nordkirche", False),
        ("Landeskirche", False),
        ("Wallfahrtskirche", False),
        ("Marien-Kirche", False),
        ("Rosenkapelle", False),  # rev_ents35: a band ("Kapelle") named for a noun
        ("Sonnenkapelle", False),
        ("Annenkapelle", True),  # hyphenated: the older building rule's case
    ],
)
def test_saint_church_shape(word: str, church: bool) -> None:
    assert _is_saint_church(word) is church
