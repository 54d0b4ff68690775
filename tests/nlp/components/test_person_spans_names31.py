"""Name shapes of session 31 in :mod:`app.nlp.components.person_spans`: Arabic connectors,
the Dutch "'t", Austrian titles, second surnames, firm heads after a first name.

Each test gives the rules a fixed NER output (see :mod:`.org_place_support`); all names are
made up."""

from __future__ import annotations

from typing import Any

import pytest

from tests.nlp.components.org_place_support import load_bundled, rules_on


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_bundled()


@pytest.mark.parametrize("connector", ["bin", "bint", "binti", "ibn", "abu", "umm"])
def test_a_person_an_arabic_connector_and_a_person_are_one(nlp: Any, connector: str) -> None:
    text = f"Ministerin Salwa {connector} Khalid al-Marzouqi eröffnete die Messe."
    got = rules_on(nlp, text, [("Salwa", "PER"), ("Khalid al-Marzouqi", "PER")])
    assert got == {(f"Salwa {connector} Khalid al-Marzouqi", "PER")}
    # the father's name alone after the connector, no entity of its own
    got = rules_on(nlp, f"Gestern sprach Tarek {connector} Yunis lange.", [("Tarek", "PER")])
    assert got == {(f"Tarek {connector} Yunis", "PER")}


def test_no_connector_join_onto_a_place(nlp: Any) -> None:
    text = "Es sprach Salwa bin Khalid in Abu Dhabi."
    got = rules_on(nlp, text, [("Salwa bin Khalid", "PER"), ("Abu Dhabi", "LOC")])
    assert got == {("Salwa bin Khalid", "PER"), ("Abu Dhabi", "LOC")}
    text = "Gestern kam Rami bin Saleh. Abu Dhabi lag im Dunst."
    got = rules_on(nlp, text, [("Rami bin Saleh", "PER"), ("Abu Dhabi", "LOC")])
    assert got == {("Rami bin Saleh", "PER"), ("Abu Dhabi", "LOC")}
    # "Ben" as a capitalised word is no lowercase connector here
    got = rules_on(nlp, "Das sagte Emma Ben. Sie lachte.", [("Emma Ben", "PER")])
    assert got == {("Emma Ben", "PER")}


def test_dutch_article_in_a_name_is_one_token(nlp: Any) -> None:
    doc = nlp.make_doc("Die Reederin Femke van 't Zandvoort-Bleeker lacht.")
    assert "'t" in [t.text for t in doc]
    doc = nlp.make_doc("Die Reederin Femke van ’t Wout lacht.")
    assert "’t" in [t.text for t in doc]


@pytest.mark.parametrize("title", ["Mag.a", "Dr.in", "DI", "DIin", "MMag.a", "Univ.-Prof.in"])
def test_an_austrian_title_is_no_part_of_the_name(nlp: Any, title: str) -> None:
    text = f"Die Stadträtin, {title} Irmtraud Kessler-Wallner (ÖVP), trat zurück."
    got = rules_on(nlp, text, [(f"{title} Irmtraud Kessler-Wallner", "PER"), ("ÖVP", "ORG")])
    assert got == {("Irmtraud Kessler-Wallner", "PER"), ("ÖVP", "ORG")}


def test_a_second_surname_after_a_role_joins_the_person(nlp: Any) -> None:
    text = "Danach traf Stürmer Rodrigo Valença Quintelo zum Ausgleich."
    got = rules_on(nlp, text, [("Rodrigo Valença", "PER")])
    assert got == {("Rodrigo Valença Quintelo", "PER")}


def test_no_second_surname_without_a_role_or_onto_known_words(nlp: Any) -> None:
    # a name before an object: the subject after the verb, the object after it
    text = "Am Montag traf Rodrigo Valença Quintelo in Porto."
    got = rules_on(nlp, text, [("Rodrigo Valença", "PER")])
    assert got == {("Rodrigo Valença", "PER")}
    text = "Danach traf Stürmer Rodrigo Valença Montag erneut."
    assert rules_on(nlp, text, [("Rodrigo Valença", "PER")]) == {("Rodrigo Valença", "PER")}
    # a given name after the person is another person
    text = "Danach trafen Stürmer Rodrigo Valença Paulo und Tiago."
    got = rules_on(nlp, text, [("Rodrigo Valença", "PER")])
    assert ("Rodrigo Valença", "PER") in got


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("Saraswati", "Infotech"),
        ("Lechtal", "Rück"),
        ("Nevada", "Institute"),
        ("Helena", "Technologies"),
        ("Oskar", "Versicherung"),
    ],
)
def test_a_first_name_before_a_firm_head_is_an_organisation(nlp: Any, name: str, head: str) -> None:
    text = f"Der Konzern {name} {head} hat seinen Chef entlassen."
    got = rules_on(nlp, text, [(f"{name} {head}", "PER")])
    assert got == {(f"{name} {head}", "ORG")}


def test_no_firm_for_a_lone_head_or_a_person_with_an_ordinary_surname(nlp: Any) -> None:
    text = "Die Autorin Marlene Brinkhaus und der Kolumnist Arthur Feldkamp lasen."
    got = rules_on(nlp, text, [("Marlene Brinkhaus", "PER"), ("Arthur Feldkamp", "PER")])
    assert got == {("Marlene Brinkhaus", "PER"), ("Arthur Feldkamp", "PER")}
    # a head alone is no firm of a first name
    assert rules_on(nlp, "Gestern sprach Institute lange.", [("Institute", "PER")]) == {
        ("Institute", "PER")
    }


def test_a_name_with_an_apostrophe_inside_is_a_name_word() -> None:
    from app.nlp.components.person_spans import _is_name_word

    assert _is_name_word("Kamau'a")
    assert _is_name_word("O'Reilly")
    assert not _is_name_word("Andreas'")
    assert not _is_name_word("'t")


@pytest.mark.parametrize(
    ("given", "particles", "surname"),
    [
        ("Fenna", "van der", "Wielen"),
        ("Sjoerd", "van den", "Heuvel-Broek"),
        ("Marit", "van 't", "Zandhoven"),
        ("Gerrit", "op den", "Kamp"),
        ("Lotte", "in 't", "Veldhuis"),
        ("Wessel", "te", "Brinkhorst"),
    ],
)
def test_dutch_particles_run_on_to_the_surname(
    nlp: Any, given: str, particles: str, surname: str
) -> None:
    text = f"Die Reederin {given} {particles} {surname} lachte."
    first = particles.split()[0]
    # the model keeps "van" in the person or stops before the particles
    person = given if first in {"in", "op", "te"} else f"{given} {first}"
    got = rules_on(nlp, text, [(person, "PER"), (surname, "ORG")])
    assert got == {(f"{given} {particles} {surname}", "PER")}


def test_no_dutch_run_over_german_words_or_a_sentence_break(nlp: Any) -> None:
    text = "Gestern sah Femke in den Bergen viel Schnee."
    got = rules_on(nlp, text, [("Femke", "PER"), ("Bergen", "LOC")])
    assert got == {("Femke", "PER"), ("Bergen", "LOC")}
    text = "Es sprach Femke van. Der Berg lag im Nebel."
    assert rules_on(nlp, text, [("Femke van", "PER")]) == {("Femke van", "PER")}


def test_a_places_genitive_before_a_towns_office_is_the_place(nlp: Any) -> None:
    text = "Bambergs Oberbürgermeisterin Heike Strobelt bot Gespräche an."
    got = rules_on(nlp, text, [("Bambergs", "PER"), ("Heike Strobelt", "PER")])
    assert got == {("Bambergs", "LOC"), ("Heike Strobelt", "PER")}


def test_a_persons_genitive_before_a_role_stays_a_person(nlp: Any) -> None:
    text = "Dort sprach Obamas Sprecherin Kori Tallmann."
    got = rules_on(nlp, text, [("Obamas", "PER"), ("Kori Tallmann", "PER")])
    assert got == {("Obamas", "PER"), ("Kori Tallmann", "PER")}


def test_family_name_first_after_a_role_apposition(nlp: Any) -> None:
    text = "Neue Ministerin wird die Botschafterin in Ottawa, Kuribara Akira."
    got = rules_on(nlp, text, [("Ottawa", "LOC"), ("Kuribara Akira", "LOC")])
    assert got == {("Ottawa", "LOC"), ("Kuribara Akira", "PER")}


def test_no_family_name_first_without_a_role_or_for_places(nlp: Any) -> None:
    text = "Die Reise führte nach Ottawa, Kuribara Akira."
    got = rules_on(nlp, text, [("Ottawa", "LOC"), ("Kuribara Akira", "LOC")])
    assert ("Kuribara Akira", "LOC") in got
    text = "Die Botschafterin reiste nach Ottawa, Berlin Paris."
    got = rules_on(nlp, text, [("Ottawa", "LOC"), ("Berlin Paris", "LOC")])
    assert ("Berlin Paris", "LOC") in got


def test_two_unlisted_name_words_after_an_academic_title_are_a_person(nlp: Any) -> None:
    text = "Das Team um die Virologin Dr. Amaka Okafor-Lindholm von der Universität forscht."
    got = rules_on(nlp, text, [("Universität", "ORG")])
    assert ("Amaka Okafor-Lindholm", "PER") in got
    text = "Die Leiterin, die Ärztin Dr. Njeri Kamau'a, kündigte Impfstoff an."
    assert rules_on(nlp, text, []) == {("Njeri Kamau'a", "PER")}


def test_no_titled_name_of_known_words_or_over_more_name_words(nlp: Any) -> None:
    text = "Laut Dr. Fisch Mittagessen ist das so."
    assert rules_on(nlp, text, []) == set()
    text = "Die Ärztin Dr. Amaka Okafor Lindholm kam."
    assert ("Amaka Okafor", "PER") not in rules_on(nlp, text, [])
