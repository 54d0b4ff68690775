"""Session 34 review (rev_ents34): near misses of the ents34 rules.

A compound of a bank's kind before a listed place is one body ("Förderbank Berlin"): the
place is no organisation of its own, except after a country's genitive ("die älteste
Privatbank Deutschlands") or a bench ("Parkbank Berlin-Mitte"), where the place stays a
place; "Der Große Preis von X" (the weak form) keeps only the place, a Grand Prix named
by no listed place is left as the model had it; a place that opens a quoted title and
ends inside it ("Film „Berlin Alexanderplatz“") is part of the title; a quoted name with
an institution's head after "genannt" is a firm's other name, no nickname; a local
firm's kind and a name the model took for a place are one name ("Klosterbrauerei
Andechs"), the town no firm in its other mentions; a place adjective and a firm's kind
with no name after them are no name ("der Düsseldorfer Discounter"). All sentences
and names made up; the 217 sentences of the review are in
tests/fixtures/ents_rev34_near_misses.txt (separated by "---" lines).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers import REPO
from tests.nlp.components.org_place_support import rules_on

Case = tuple[str, list[tuple[str, str]], set[tuple[str, str]]]

FIXTURE = REPO / "tests" / "fixtures" / "ents_rev34_near_misses.txt"

BANKS: list[Case] = [
    (
        "Die Förderbank Berlin vergibt neue Kredite an Mittelständler.",
        [("Berlin", "LOC")],
        {("Förderbank Berlin", "ORG")},
    ),
    (
        "Die Förderbank Berlin vergibt neue Kredite an Mittelständler.",
        [("Förderbank Berlin", "ORG")],
        {("Förderbank Berlin", "ORG")},
    ),
    (
        "Die Investitionsbank Schleswig-Holstein stockt ihr Programm auf.",
        [("Investitionsbank Schleswig-Holstein", "ORG")],
        {("Investitionsbank Schleswig-Holstein", "ORG")},
    ),
    (
        "Die Genossenschaftsbank München eröffnet eine Filiale.",
        [("München", "LOC")],
        {("Genossenschaftsbank München", "ORG")},
    ),
    # near misses: a country's genitive, a bench, a listed bank, a person's bank, a firm
    (
        "Die Berenberg Bank ist die älteste Privatbank Deutschlands.",
        [("Berenberg Bank", "ORG"), ("Privatbank Deutschlands", "ORG")],
        {("Berenberg Bank", "ORG"), ("Deutschlands", "LOC")},
    ),
    (
        "Die Zentralbank Russlands hat den Leitzins erhöht.",
        [("Zentralbank Russlands", "ORG")],
        {("Russlands", "LOC")},
    ),
    (
        "Auf der Parkbank Berlin-Mitte schlief ein Obdachloser.",
        [("Berlin-Mitte", "LOC")],
        {("Berlin-Mitte", "LOC")},
    ),
    (
        "Auf der Anklagebank Hamburg saßen drei Männer.",
        [("Anklagebank Hamburg", "ORG")],
        {("Hamburg", "LOC")},
    ),
    (
        "Die Commerzbank Hamburg meldete einen Gewinn.",
        [("Commerzbank Hamburg", "ORG")],
        {("Commerzbank Hamburg", "ORG")},
    ),
    (
        "Der Chef der Privatbank Hürlimann & Cie trat zurück.",
        [("Privatbank Hürlimann & Cie", "ORG")],
        {("Hürlimann & Cie", "ORG")},
    ),
    (
        "Der Kaufpreis der Deutschen Bank für die Postbank lag bei sechs Milliarden Euro.",
        [("Deutschen Bank", "ORG"), ("Postbank", "ORG")],
        {("Deutschen Bank", "ORG"), ("Postbank", "ORG")},
    ),
]

PRIZES: list[Case] = [
    (
        "Der Große Preis von Deutschland findet nicht mehr statt.",
        [("Große Preis von Deutschland", "ORG")],
        {("Deutschland", "LOC")},
    ),
    (
        "Der Große Preis von Österreich wird in Spielberg ausgetragen.",
        [("Große Preis von Österreich", "ORG"), ("Spielberg", "LOC")],
        {("Österreich", "LOC"), ("Spielberg", "LOC")},
    ),
    # no listed place after "von": left as the model had it (dropping it let the people
    # layer show the sponsor as a person)
    (
        "Den Großen Preis von Red Bull gewann ein Österreicher.",
        [("Großen Preis von Red Bull", "ORG")],
        {("Großen Preis von Red Bull", "ORG")},
    ),
]

TITLES: list[Case] = [
    (
        "Der Film „Berlin Alexanderplatz“ wurde neu verfilmt.",
        [("Berlin Alexanderplatz", "ORG")],
        set(),
    ),
    (
        "Im Film „Paris, Texas“ spielt Harry Dean Stanton.",
        [("Paris", "LOC"), ("Harry Dean Stanton", "PER")],
        {("Harry Dean Stanton", "PER")},
    ),
    (
        "Der Film „Nordsee ist Mordsee“ spielt in Hamburg.",
        [("Nordsee", "LOC"), ("Hamburg", "LOC")],
        {("Hamburg", "LOC")},
    ),
    # near misses: a title the name fills, a quotation after no work noun, a publisher
    (
        "Die Zeitung „Frankfurter Allgemeine“ berichtete über die Commerzbank.",
        [("Frankfurter Allgemeine", "ORG"), ("Commerzbank", "ORG")],
        {("Frankfurter Allgemeine", "ORG"), ("Commerzbank", "ORG")},
    ),
    (
        "Der Sprecher sagte „Berlin ist teuer“ und ging.",
        [("Berlin", "LOC")],
        {("Berlin", "LOC")},
    ),
    (
        "Sein Buch über Kiel erschien im Verlag „Nordlicht“.",
        [("Kiel", "LOC"), ("Nordlicht", "ORG")],
        {("Kiel", "LOC"), ("Nordlicht", "ORG")},
    ),
]

NICKNAMES: list[Case] = [
    (
        "Die Firma Klarwerk, früher genannt „Stadtwerke Ostholstein“, wurde verkauft.",
        [("Klarwerk", "ORG"), ("Stadtwerke Ostholstein", "ORG")],
        {("Klarwerk", "ORG"), ("Stadtwerke Ostholstein", "ORG")},
    ),
    (
        "Der Versorger, bis 2019 genannt „Nordheide Energie GmbH“, heißt jetzt anders.",
        [("Nordheide Energie GmbH", "ORG")],
        {("Nordheide Energie GmbH", "ORG")},
    ),
    (
        "Das Start-up, genannt „Nordlicht Energy“, sammelte Geld ein.",
        [("Nordlicht Energy", "ORG")],
        {("Nordlicht Energy", "ORG")},
    ),
    # the rule still fires on nicknames
    (
        "Der Drogenboss Joaquín Ramírez, genannt „El Tigre“, wurde festgenommen.",
        [("Joaquín Ramírez", "PER"), ("El Tigre", "ORG")],
        {("Joaquín Ramírez", "PER")},
    ),
    (
        "Der Sänger, genannt „Hamburg“, kommt eigentlich aus Bremen.",
        [("Hamburg", "LOC"), ("Bremen", "LOC")],
        {("Bremen", "LOC")},
    ),
]

FIRMS_OF_TOWNS: list[Case] = [
    # a local firm's kind before a name the model took for a place: one name (else the
    # town became a firm in all its mentions: "die Abtei Andechs")
    (
        "Die Klosterbrauerei Andechs braut seit Jahrhunderten Bier.",
        [("Andechs", "LOC")],
        {("Klosterbrauerei Andechs", "ORG")},
    ),
    # near misses: a brand in -er, a name of no town's shape the model did not find
    (
        "Die Großbrauerei Radeberger wirbt im Fernsehen.",
        [("Radeberger", "LOC")],
        {("Radeberger", "ORG")},
    ),
    (
        "Die Privatbrauerei Hofmark streitet mit der Stadt.",
        [],
        {("Hofmark", "ORG")},
    ),
]

DEMONYM_KINDS: list[Case] = [
    # a place adjective and a firm's kind with no name after them are no name
    (
        "Der Düsseldorfer Discounter senkt die Preise.",
        [("Düsseldorfer Discounter", "ORG")],
        set(),
    ),
    (
        "Der Kölner Energieversorger erhöht die Preise.",
        [("Kölner Energieversorger", "ORG")],
        set(),
    ),
    (
        "Der Stuttgarter Autobauer Porsche meldet Gewinne.",
        [("Stuttgarter Autobauer Porsche", "ORG")],
        {("Porsche", "ORG")},
    ),
    # near misses: a group can be a name, a club, a transport body
    (
        "Die Hamburger Gruppe Nordwind wächst.",
        [("Hamburger Gruppe Nordwind", "ORG")],
        {("Hamburger Gruppe Nordwind", "ORG")},
    ),
    (
        "Der Hamburger SV gewinnt in Kiel.",
        [("Hamburger SV", "ORG"), ("Kiel", "LOC")],
        {("Hamburger SV", "ORG"), ("Kiel", "LOC")},
    ),
    (
        "Die Berliner Verkehrsbetriebe setzen neue Busse ein.",
        [("Berliner Verkehrsbetriebe", "ORG")],
        {("Berliner Verkehrsbetriebe", "ORG")},
    ),
]

CASES = BANKS + PRIZES + TITLES + NICKNAMES + FIRMS_OF_TOWNS + DEMONYM_KINDS


@pytest.mark.parametrize(("text", "ents", "expected"), CASES)
def test_rev_ents34_rules_and_near_misses(
    nlp: Any, text: str, ents: list[tuple[str, str]], expected: set[tuple[str, str]]
) -> None:
    assert rules_on(nlp, text, ents) == expected


def _sentences() -> list[str]:
    text = FIXTURE.read_text(encoding="utf-8")
    return [s.strip("\n") for s in text.split("\n---\n") if s.strip()]


def test_fixture_has_at_least_a_hundred_sentences() -> None:
    assert len(_sentences()) >= 100


# Wrong facts the whole pipeline showed on the review's sentences before the fixes: a
# place after a bank compound tagged an organisation, a Grand Prix in the weak form.
WRONG_BEFORE: list[tuple[str, tuple[str, str]]] = [
    ("Die Förderbank Berlin vergibt neue Kredite an Mittelständler.", ("Berlin", "ORG")),
    ("Die Blutbank München braucht dringend Spender.", ("München", "ORG")),
    ("Auf der Parkbank Berlin-Mitte schlief ein Obdachloser.", ("Berlin-Mitte", "ORG")),
    ("Die Genossenschaftsbank München eröffnet eine Filiale.", ("München", "ORG")),
    (
        "Die Berenberg Bank Hamburg ist die älteste Privatbank Deutschlands.",
        ("Deutschlands", "ORG"),
    ),
    (
        "Der Große Preis von Deutschland findet nicht mehr statt.",
        ("Große Preis von Deutschland", "ORG"),
    ),
]


@pytest.mark.parametrize(("text", "wrong"), WRONG_BEFORE)
def test_pipeline_no_longer_shows_these(nlp: Any, text: str, wrong: tuple[str, str]) -> None:
    assert wrong not in {(e.text, e.label_) for e in nlp(text).ents}
