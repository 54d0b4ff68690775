"""Surnames taken for places and back in ``leselupe_org_place_rules``
(:mod:`app.nlp.components.surname_place_rules`).

Each test gives the rules a fixed NER output (see :mod:`.org_place_support`)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.nlp.components.org_place_support import load_bundled, rules_on


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_bundled()


def test_one_word_taken_for_a_person_after_in_is_a_place(nlp: Any) -> None:
    text = "Im sicheren Quendlo kam ihr Sohn zur Welt."
    assert rules_on(nlp, text, [("Quendlo", "PER")]) == {("Quendlo", "LOC")}
    text = "Das stand in Quendlers Bericht."
    assert rules_on(nlp, text, [("Quendlers", "PER")]) == {("Quendlers", "PER")}


def test_an_unknown_word_taken_for_a_place_is_a_surname(nlp: Any) -> None:
    text = "Die größte Chance vergab aber Quendler per Kopf."
    assert rules_on(nlp, text, [("Quendler", "LOC")]) == {("Quendler", "PER")}
    text = "Quendlers erstes Tor fiel spät."
    assert rules_on(nlp, text, [("Quendlers", "LOC")]) == {("Quendlers", "PER")}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Er wohnte lange in Quendlo.", "Quendlo"),  # a locative preposition
        ("Er lebte im benachbarten Quendlo.", "Quendlo"),  # with lowercase words between
        ("Die Gemeinde Quendlo hat 300 Einwohner.", "Quendlo"),  # a noun of kind
        ("Das Kloster Quendlo ist alt.", "Quendlo"),
        ("Gerichte gibt es in Bonn und Quendlo.", "Quendlo"),  # a list with a place
        ("Quendlo liegt im Norden.", "Quendlo"),  # a verb of place
        ("Das Dorf gehört zu Quendelingen.", "Quendelingen"),  # a place-name shape
        ("Quendelbach war leer.", "Quendelbach"),
        ("Norddakota war leer.", "Norddakota"),
        ("Er stammt aus dem Fischerort Quendlo.", "Quendlo"),  # a compound noun of kind
        ("Im Flussgebiet des Quendlo regnet es.", "Quendlo"),
        ("Quendlo im Osten ist klein.", "Quendlo"),  # a direction after it
        # a noun of kind in the genitive
        ("Der Präfekt des Departements Quendlo trat zurück.", "Quendlo"),
        ("Die Hauptstadt des Staates Quendlo ist klein.", "Quendlo"),
    ],
)
def test_an_unknown_word_in_a_place_context_stays_a_place(nlp: Any, text: str, place: str) -> None:
    ents = [(place, "LOC")] + ([("Bonn", "LOC")] if "Bonn" in text else [])
    assert (place, "LOC") in rules_on(nlp, text, ents)


def test_unknown_word_opening_a_sentence_before_a_verb_is_a_person(nlp: Any) -> None:
    got = rules_on(nlp, "Quastenbrink plädierte im Januar dafür, die Regel auszusetzen.", [])
    assert got == {("Quastenbrink", "PER")}
    assert rules_on(nlp, "Vieles spricht dafür, dass es klappt.", []) == set()


def test_name_taken_for_an_organisation_after_a_bare_in_is_a_place(nlp: Any) -> None:
    text = "Die Polizei in Quendlo Valley ermittelt, die Reise führte nach Tarvessa."
    got = rules_on(nlp, text, [("Quendlo Valley", "ORG"), ("Tarvessa", "ORG")])
    assert got == {("Quendlo Valley", "LOC"), ("Tarvessa", "LOC")}
    # with an article, an organisation's head or legal form, a paper: left alone
    text = "Er arbeitete in der Quendlo Group und investierte in Tarvessa AG."
    got = rules_on(nlp, text, [("Quendlo Group", "ORG"), ("Tarvessa AG", "ORG")])
    assert got == {("Quendlo Group", "ORG"), ("Tarvessa AG", "ORG")}
    text = "Die Anzeige stand in The Quendlo Courier und in Tarvessa-Werken."
    got = rules_on(nlp, text, [("The Quendlo Courier", "ORG"), ("Tarvessa-Werken", "ORG")])
    assert got == {("The Quendlo Courier", "ORG"), ("Tarvessa-Werken", "ORG")}
    text = "Aus Quendlo Valley wird Tarvessa, die Band besteht aus Quendlo Division."
    got = rules_on(nlp, text, [("Quendlo Valley", "ORG"), ("Quendlo Division", "ORG")])
    assert got == {("Quendlo Valley", "ORG"), ("Quendlo Division", "ORG")}
    # a word of listed organisations' names, a common noun and a town: a club or firm
    text = "Er wechselte nach Olympique Quendlo und spielte danach in Energie Tarvessa."
    got = rules_on(nlp, text, [("Olympique Quendlo", "ORG"), ("Energie Tarvessa", "ORG")])
    assert got == {("Olympique Quendlo", "ORG"), ("Energie Tarvessa", "ORG")}
    # a place-kind noun or a word listed as a place stays a place
    text = "Er sitzt seit Jahren in Fort Quendlo ein."
    assert rules_on(nlp, text, [("Fort Quendlo", "ORG")]) == {("Fort Quendlo", "LOC")}
    text = "Die Rolle in Der Quendlo Doktor machte sie bekannt."
    assert rules_on(nlp, text, [("Der Quendlo Doktor", "ORG")]) == {("Der Quendlo Doktor", "ORG")}


def test_unknown_word_of_a_dateline_stays_a_place(nlp: Any) -> None:
    text = "Von Ida Kern\nWörmeke - Die Brücke über die Ilmenau ist wieder offen."
    got = rules_on(nlp, text, [("Ida Kern", "PER"), ("Wörmeke", "LOC"), ("Ilmenau", "LOC")])
    assert ("Wörmeke", "LOC") in got
    # inside a sentence the same word is still a surname
    text = "Im Finale traf Wörmeke - wie schon im Halbfinale - zweimal."
    assert rules_on(nlp, text, [("Wörmeke", "LOC")]) == {("Wörmeke", "PER")}


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # review (session 29): an association's name in -verein/-verband is no place
        (
            "Der Vorsitzende des Imkervereins, Klaus Berger, warnt.",
            [("Imkervereins", "LOC"), ("Klaus Berger", "PER")],
            {("Imkervereins", "ORG"), ("Klaus Berger", "PER")},
        ),
        (
            "Die Mitglieder des Heimatverbandes Oberursel tagten.",
            [("Heimatverbandes", "LOC"), ("Oberursel", "LOC")],
            {("Heimatverbandes Oberursel", "ORG")},
        ),
    ],
)
def test_review29_associations(
    nlp: Any, text: str, ents: list[tuple[str, str]], expected: set[tuple[str, str]]
) -> None:
    assert rules_on(nlp, text, ents) == expected
