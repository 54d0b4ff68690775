"""Place compounds and roads of ``leselupe_org_place_rules``
(:mod:`app.nlp.components.place_compounds`).

Each test gives the rules a fixed NER output (see :mod:`.org_place_support`)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.nlp.components.org_place_support import load_bundled, rules_on


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_bundled()


def test_unknown_compounds_with_a_place_head_are_places(nlp: Any) -> None:
    text = "Wir gingen von der Quendelstraße über den Konrad-Adenauer-Platz zur Salmhütte."
    got = rules_on(nlp, text, [("Salmhütte", "PER")])
    assert got == {
        ("Quendelstraße", "LOC"),
        ("Konrad-Adenauer-Platz", "LOC"),
        ("Salmhütte", "LOC"),
    }
    # ordinary nouns with the same heads stay words
    text = "Auf dem Marktplatz und in der Seitenstraße stand ein Flugplatz-Schild."
    assert rules_on(nlp, text, []) == set()
    assert rules_on(nlp, text, [], place_compounds=False) == set()


def test_streets_named_for_people_and_genitive_squares(nlp: Any) -> None:
    # known compounds whose first part is a person's name; a genitive of a square
    text = "Von der Goethestraße ging es zum Schillerplatz und über des Willy-Brandt-Platzes Mitte."
    got = rules_on(nlp, text, [])
    want = {("Goethestraße", "LOC"), ("Schillerplatz", "LOC"), ("Willy-Brandt-Platzes", "LOC")}
    assert got == want
    # known compounds of a common noun or a place stay words (no street, a compound)
    text = "Die Hauptstraße, die Rheinbrücke und der Parkplatz waren gesperrt."
    assert rules_on(nlp, text, []) == set()


def test_hyphenated_stadiums_and_arenas(nlp: Any) -> None:
    text = (
        "Gespielt wird im Steffi-Graf-Stadion, gefeiert in der Porsche-Arena am"
        " Ernst-Abbe-Sportfeld."
    )
    got = rules_on(nlp, text, [("Porsche-Arena", "ORG")])
    assert got == {
        ("Steffi-Graf-Stadion", "LOC"),
        ("Porsche-Arena", "LOC"),
        ("Ernst-Abbe-Sportfeld", "LOC"),
    }
    # an abbreviation part or a plain word is no name: "VIP-Arena", "Fußballstadion"
    assert rules_on(nlp, "Die VIP-Arena im Fußballstadion war leer.", []) == set()


def test_capitalised_word_before_a_road_noun_is_a_street(nlp: Any) -> None:
    text = "Der Unfall geschah an der Breiten Straße, der Laden liegt in der Hammer Straße."
    got = rules_on(nlp, text, [("Hammer", "PER")])
    assert got == {("Breiten Straße", "LOC"), ("Hammer Straße", "LOC")}
    text = "Sie wohnt in der Wolbecker Straße in Münster."
    got = rules_on(nlp, text, [("Wolbecker", "LOC"), ("Münster", "LOC")])
    assert got == {("Wolbecker Straße", "LOC"), ("Münster", "LOC")}


def test_no_street_at_a_sentence_start_after_a_noun_or_for_plurals(nlp: Any) -> None:
    text = "Straße und Schiene werden ausgebaut. Sie suchten mit dem Fahrrad Straße um Straße ab."
    assert rules_on(nlp, text, []) == set()
    assert rules_on(nlp, "Die Berliner Straßen sind voll.", []) == set()
    assert rules_on(nlp, "Breite Straßen sind gut. Neue Straße, neues Glück.", []) == set()
    text = "Sie fuhr die Straße entlang, dann die Allee."
    assert rules_on(nlp, text, []) == set()
    got = rules_on(nlp, "Breiten Straße", [], place_compounds=False)
    assert got == set()


def test_motorways_are_places(nlp: Any) -> None:
    text = "Der Wald liegt zwischen den Autobahnen A 2 und A 7, der Stau auf der A1 wuchs."
    got = rules_on(nlp, text, [("A1", "ORG")])
    assert got == {("A 2", "LOC"), ("A 7", "LOC"), ("A1", "LOC")}
    assert rules_on(nlp, "Das Modell, die A4, speichert viel.", []) == set()


def test_named_churches_and_cathedrals_with_hyphenated_name_parts(nlp: Any) -> None:
    text = "Die Weihe im St.-Paulus-Dom und ein Konzert in der Kaiser-Wilhelm-Gedächtniskirche."
    got = rules_on(nlp, text, [])
    assert {("St.-Paulus-Dom", "LOC"), ("Kaiser-Wilhelm-Gedächtniskirche", "LOC")} <= got
    # a party or an all-caps word before the head, and an ordinary word, are no buildings
    got = rules_on(nlp, "Die CDU-Kirche und ein Fandom.", [])
    assert got == set()


def test_area_named_for_a_listed_place(nlp: Any) -> None:
    text = "Im Amazonasgebiet und im Alpengebiet regnet es."
    assert rules_on(nlp, text, []) == {("Amazonasgebiet", "LOC"), ("Alpengebiet", "LOC")}
    text = "Im Krisengebiet, im Stadtgebiet und im Einzugsgebiet des Flusses regnet es."
    assert rules_on(nlp, text, []) == set()


def test_capitalised_adjective_before_a_place_of_adjectives_joins_it(nlp: Any) -> None:
    text = "Im Südlichen Oberpfälzer Wald regnet es weniger."
    got = rules_on(nlp, text, [("Oberpfälzer Wald", "LOC")])
    assert got == {("Oberpfälzer Wald", "LOC")}  # "Oberpfälzer" is no known adjective
    text = "Am Hinteren Steinernen Meer liegt viel Schnee."
    got = rules_on(nlp, text, [("Steinernen Meer", "LOC")])
    assert got == {("Hinteren Steinernen Meer", "LOC")}


def test_no_adjective_join_for_articles_nouns_or_a_sentence_start(nlp: Any) -> None:
    text = "Die ICE-Züge fahren über Hilversum."
    got = rules_on(nlp, text, [("Hilversum", "LOC")])
    assert got == {("Hilversum", "LOC")}
    text = "Die Neuen Hebriden liegen weit im Westen."
    got = rules_on(nlp, text, [("Neuen Hebriden", "LOC")])
    assert ("Neuen Hebriden", "LOC") in got
    text = "Großen Steinernen Meer sagt man dort nicht."
    got = rules_on(nlp, text, [("Steinernen Meer", "LOC")])
    assert ("Großen Steinernen Meer", "LOC") not in got
