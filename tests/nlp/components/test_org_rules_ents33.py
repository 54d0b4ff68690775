"""Session 33 (ents33): years after names, English roads, Romance squares and buildings,
a body's head after a place adjective.

A year of four digits after a name is a date, no part of it ("die Russland 2014
annektierte", "bei den Olympischen Spielen 2004"); an English road noun at the end
("H Street", "Fifth Avenue") and a Romance square or building noun at the start ("Piazza
Navona", "Palazzo Chigi") make a place, not an organisation or a person; "Bayreuther
Zentrum für ..." keeps its head and place adjective. Each rule with near misses it must
leave alone. All sentences and names made up.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.nlp.components.org_place_support import rules_on

Case = tuple[str, list[tuple[str, str]], set[tuple[str, str]]]

YEARS: list[Case] = [
    (
        "Die Halbinsel, die Russland 2014 annektierte, bleibt umstritten.",
        [("Russland 2014", "ORG")],
        {("Russland", "LOC")},
    ),
    (
        "Bei den Olympischen Spielen 2004 holte sie Silber.",
        [("Olympischen Spielen 2004", "ORG")],
        {("Olympischen Spielen", "ORG")},
    ),
    (
        "Seit Frankreich 2019 die Steuer senkte, steigen die Umsätze.",
        [("Frankreich 2019", "LOC")],
        {("Frankreich", "LOC")},
    ),
    (
        "Wie Hollmann 1998 berichtete, war das Werk schon marode.",
        [("Hollmann 1998", "PER")],
        {("Hollmann", "PER")},
    ),
    (
        "Die Brauerei Kettwig 1987 stellte den Betrieb ein.",
        [("Brauerei Kettwig 1987", "ORG")],
        {("Brauerei Kettwig", "ORG")},
    ),
    # near misses: numbers that are no year, club numbers, firms, codes
    (
        "Auf der Staatsstraße 2082 überschlug sich ein Kleintransporter.",
        [("Staatsstraße 2082", "LOC")],
        {("Staatsstraße 2082", "LOC")},
    ),
    (
        "Der Zug der Linie 2010 fiel am Morgen aus.",
        [("Linie 2010", "ORG")],
        {("Linie 2010", "ORG")},
    ),
    (
        "Hannover 96 gewann das Derby deutlich.",
        [("Hannover 96", "ORG")],
        {("Hannover 96", "ORG")},
    ),
    (
        "Der FSV Mainz 05 verlor am Samstag.",
        [("FSV Mainz 05", "ORG")],
        {("FSV Mainz 05", "ORG")},
    ),
    (
        "Die Holtkamp Bau GmbH 2020 wurde neu gegründet.",
        [("Holtkamp Bau GmbH 2020", "ORG")],
        {("Holtkamp Bau GmbH 2020", "ORG")},
    ),
    (
        "Die Spieler des TSV 1860 trainieren wieder.",
        [("TSV 1860", "ORG")],
        {("TSV 1860", "ORG")},
    ),
    (
        "Im Jahr 2014 wuchs Russland kaum.",
        [("Russland", "LOC")],
        {("Russland", "LOC")},
    ),
    (
        "Bei Flug 2019 nach Madrid gab es Verspätung.",
        [("Flug 2019", "ORG"), ("Madrid", "LOC")],
        {("Flug 2019", "ORG"), ("Madrid", "LOC")},
    ),
]

ENGLISH_ROADS: list[Case] = [
    (
        "Das Treffen fand in einem Hotel an der H Street statt.",
        [("H Street", "ORG")],
        {("H Street", "LOC")},
    ),
    (
        "Die Demonstranten zogen über die Fifth Avenue.",
        [("Fifth Avenue", "PER")],
        {("Fifth Avenue", "LOC")},
    ),
    (
        "Das Kino am Harbor Boulevard schließt im Herbst.",
        [("Harbor Boulevard", "ORG")],
        {("Harbor Boulevard", "LOC")},
    ),
    (
        "Der Unfall geschah auf der Mill Road bei Oxford.",
        [("Mill Road", "PER"), ("Oxford", "LOC")],
        {("Mill Road", "LOC"), ("Oxford", "LOC")},
    ),
    (
        "Die Kurse an der Wall Street gaben nach.",
        [("Wall Street", "ORG")],
        {("Wall Street", "LOC")},
    ),
    (
        "Auf dem Capitol Hill wurde bis in die Nacht verhandelt.",
        [("Capitol Hill", "ORG")],
        {("Capitol Hill", "LOC")},
    ),
    (
        "Die Wohnung liegt in der 42nd Street in Manhattan.",
        [("42nd Street", "ORG"), ("Manhattan", "LOC")],
        {("42nd Street", "LOC"), ("Manhattan", "LOC")},
    ),
    # near misses: a newspaper, a band, persons named Hill or Lane, a road first
    (
        "Das berichtete das Wall Street Journal am Montag.",
        [("Wall Street Journal", "ORG")],
        {("Wall Street Journal", "ORG")},
    ),
    (
        "Die Band Road Warriors spielt im Mai in Köln.",
        [("Road Warriors", "ORG"), ("Köln", "LOC")],
        {("Road Warriors", "ORG"), ("Köln", "LOC")},
    ),
    (
        "Der Rennfahrer Damon Hill gewann in Monza.",
        [("Damon Hill", "PER"), ("Monza", "LOC")],
        {("Damon Hill", "PER"), ("Monza", "LOC")},
    ),
    (
        "Die Schauspielerin Nora Lane drehte in Wien.",
        [("Nora Lane", "PER"), ("Wien", "LOC")],
        {("Nora Lane", "PER"), ("Wien", "LOC")},
    ),
    (
        "Die Street Parade zieht durch Zürich.",
        [("Street Parade", "ORG"), ("Zürich", "LOC")],
        {("Street Parade", "ORG"), ("Zürich", "LOC")},
    ),
    (
        "Die Band Sunrise Avenue spielt im Mai in Hamburg.",
        [("Sunrise Avenue", "ORG"), ("Hamburg", "LOC")],
        {("Sunrise Avenue", "ORG"), ("Hamburg", "LOC")},
    ),
    (
        "Avenue Capital kaufte das Haus.",
        [("Avenue Capital", "ORG")],
        {("Avenue Capital", "ORG")},
    ),
]

ROMANCE_PLACES: list[Case] = [
    (
        "Tausende feierten auf der Plaza de las Victorias.",
        [("Plaza de las Victorias", "ORG")],
        {("Plaza de las Victorias", "LOC")},
    ),
    (
        "Die Regierung tagte im Palazzo Chigi.",
        [("Palazzo Chigi", "ORG")],
        {("Palazzo Chigi", "LOC")},
    ),
    (
        "Die Familie wohnte in der Villa Pelucca bei Mailand.",
        [("Villa Pelucca", "ORG"), ("Mailand", "LOC")],
        {("Villa Pelucca", "LOC"), ("Mailand", "LOC")},
    ),
    (
        "Der Markt auf der Piazza della Signoria ist voll.",
        [("Piazza della Signoria", "PER")],
        {("Piazza della Signoria", "LOC")},
    ),
    (
        "Ein Konzert auf der Avenida Paulista zog Tausende an.",
        [("Avenida Paulista", "ORG")],
        {("Avenida Paulista", "LOC")},
    ),
    # near misses: clubs, firms and bodies that begin with such a word
    (
        "Der Abend im Plaza Club war ausverkauft.",
        [("Plaza Club", "ORG")],
        {("Plaza Club", "ORG")},
    ),
    (
        "Die Villa Hotels GmbH meldete Verluste.",
        [("Villa Hotels GmbH", "ORG")],
        {("Villa Hotels GmbH", "ORG")},
    ),
    (
        "Die Plaza Holding kaufte drei Kaufhäuser.",
        [("Plaza Holding", "ORG")],
        {("Plaza Holding", "ORG")},
    ),
    (
        "Das Hotel Villa Kennedy wurde verkauft.",
        [("Villa Kennedy", "ORG")],
        {("Villa Kennedy", "ORG")},
    ),
    (
        "Aston Villa verlor in Birmingham.",
        [("Aston Villa", "ORG"), ("Birmingham", "LOC")],
        {("Aston Villa", "ORG"), ("Birmingham", "LOC")},
    ),
    (
        "Der Verein Palazzo Kulturverein lud ein.",
        [("Palazzo Kulturverein", "ORG")],
        {("Palazzo Kulturverein", "ORG")},
    ),
    (
        "Der Sänger Rafael Plaza trat in Sevilla auf.",
        [("Rafael Plaza", "PER"), ("Sevilla", "LOC")],
        {("Rafael Plaza", "PER"), ("Sevilla", "LOC")},
    ),
]

DEMONYM_HEADS: list[Case] = [
    (
        "Wie das Bayreuther Zentrum für Ökologie und Umweltforschung mitteilte, sinkt der Wert.",
        [("Bayreuther Zentrum für Ökologie und Umweltforschung", "ORG")],
        {("Bayreuther Zentrum für Ökologie und Umweltforschung", "ORG")},
    ),
    (
        "Das Kieler Zentrum für Meeresforschung warnt vor Hitze.",
        [("Kieler Zentrum für Meeresforschung", "ORG")],
        {("Kieler Zentrum für Meeresforschung", "ORG")},
    ),
    (
        "Der Kölner Verein für Heimatpflege lädt ein.",
        [("Kölner Verein für Heimatpflege", "ORG")],
        {("Kölner Verein für Heimatpflege", "ORG")},
    ),
    # near misses: a demonym and nouns before a name still lose the nouns; alone no name
    (
        "Die Bochumer Lokal-Helden Rostwerk spielten laut.",
        [("Bochumer Lokal-Helden Rostwerk", "ORG")],
        {("Rostwerk", "ORG")},
    ),
    (
        "Der Düsseldorfer Konzern meldete Gewinne.",
        [("Düsseldorfer Konzern", "ORG")],
        set(),
    ),
    (
        "Die Istanbuler Bürgermeisterin sprach zuerst.",
        [("Istanbuler Bürgermeisterin", "ORG")],
        set(),
    ),
]

CASES = YEARS + ENGLISH_ROADS + ROMANCE_PLACES + DEMONYM_HEADS


@pytest.mark.parametrize(("text", "ents", "expected"), CASES)
def test_ents33_rules_and_near_misses(
    nlp: Any, text: str, ents: list[tuple[str, str]], expected: set[tuple[str, str]]
) -> None:
    assert rules_on(nlp, text, ents) == expected


def test_at_least_forty_cases() -> None:
    assert len(CASES) >= 40
