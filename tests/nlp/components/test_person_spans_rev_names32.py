"""Name shapes of session 32's review (rev_names32) in
:mod:`app.nlp.components.person_spans`: a first name coordinated before a full name, an
anonymised surname ("Eren Y."), a first name the model took for a place before Dutch
particles, Romance particles before a surname the model took for an organisation.

Each test gives the rules a fixed NER output (see :mod:`.org_place_support`); all names are
made up."""

from __future__ import annotations

from typing import Any

import pytest

from tests.nlp.components.org_place_support import load_bundled, rules_on


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_bundled()


@pytest.mark.parametrize(
    ("text", "full", "first"),
    [
        ("Ausgezeichnet wurden Lea und Jonas Hartwig am Montag.", "Jonas Hartwig", "Lea"),
        ("Die Kinder Mia und Ben Albrecht gewannen.", "Ben Albrecht", "Mia"),
        ("Gekommen sind Ingrid und Walter Rosenbusch.", "Walter Rosenbusch", "Ingrid"),
    ],
)
def test_a_first_name_before_und_and_a_full_name_is_a_person(
    nlp: Any, text: str, full: str, first: str
) -> None:
    assert rules_on(nlp, text, [(full, "PER")]) == {(first, "PER"), (full, "PER")}


def test_no_coordinated_first_name_at_a_sentence_start_or_before_a_surname_alone(
    nlp: Any,
) -> None:
    # "Frank und frei": the sentence's first word is left to the model
    text = "Frank und Peter Moll kamen spät."
    assert rules_on(nlp, text, [("Peter Moll", "PER")]) == {("Peter Moll", "PER")}
    # the person after "und" must open with a first name
    text = "Es sprachen Lea und Hartwig."
    assert rules_on(nlp, text, [("Hartwig", "PER")]) == {("Hartwig", "PER")}


@pytest.mark.parametrize(
    "text",
    [
        "Nach der Tat wurde Jannik T. festgenommen.",
        "Die Polizei sucht Jannik T., der in Celle lebt.",
        "Die Anklage wirft Jannik T. (19) Betrug vor.",
    ],
)
def test_a_first_name_and_a_surname_initial_are_a_person(nlp: Any, text: str) -> None:
    assert ("Jannik T.", "PER") in rules_on(nlp, text, [])


@pytest.mark.parametrize(
    "text",
    [
        "Vitamin D. ist wichtig für die Knochen.",
        "In der Gruppe C. spielen vier Teams.",
        "Dann kam Plan B. zum Einsatz.",
        "Die Ärztin Anna C. Berger kam.",
    ],
)
def test_no_abbreviated_person_from_a_noun_or_a_middle_initial(nlp: Any, text: str) -> None:
    got = rules_on(nlp, text, [])
    assert not {lab for t, lab in got if t.endswith(".") and lab == "PER"}


def test_a_first_name_taken_for_a_place_before_dutch_particles(nlp: Any) -> None:
    text = "Die Kunsthalle zeigt Fotografien von Anne-Sophie ter Borg."
    got = rules_on(nlp, text, [("Anne-Sophie", "LOC")])
    assert got == {("Anne-Sophie ter Borg", "PER")}
    # a real place before "de" stays a place
    text = "Der Zug fährt von Berlin de Haag."
    got = rules_on(nlp, text, [("Berlin", "LOC")])
    assert ("Berlin", "LOC") in got


def test_romance_particles_join_a_surname_taken_for_an_organisation(nlp: Any) -> None:
    text = "Die Ministerin Maria das Graças dos Santos Pereira besuchte Hamburg."
    ents = [("Maria das Graças", "PER"), ("Santos Pereira", "ORG"), ("Hamburg", "LOC")]
    got = rules_on(nlp, text, ents)
    assert got == {("Maria das Graças dos Santos Pereira", "PER"), ("Hamburg", "LOC")}


def test_no_romance_join_onto_an_organisation_head(nlp: Any) -> None:
    text = "Es sprach Ana Lima do Banco Itaú."
    ents = [("Ana Lima", "PER"), ("Banco Itaú", "ORG")]
    got = rules_on(nlp, text, ents)
    assert ("Ana Lima", "PER") in got


@pytest.mark.parametrize("council", ["Bundesrat", "Ständerat", "Nationalrat"])
def test_a_council_member_before_a_full_name_is_no_organisation(nlp: Any, council: str) -> None:
    text = f"Der Schweizer {council} Ignazio Cassani reiste nach Rom."
    got = rules_on(nlp, text, [(f"{council} Ignazio Cassani", "ORG"), ("Rom", "LOC")])
    assert got == {("Ignazio Cassani", "PER"), ("Rom", "LOC")}


def test_a_council_before_a_place_stays_an_organisation(nlp: Any) -> None:
    text = "Der Bundesrat Berlin Brandenburg tagte."
    got = rules_on(nlp, text, [("Bundesrat Berlin Brandenburg", "ORG")])
    assert ("Bundesrat Berlin Brandenburg", "ORG") in got


def test_a_first_name_that_is_a_word_opening_a_sentence_is_no_person(nlp: Any) -> None:
    text = "Rosa blühen in diesem Herbst die Heidefelder."
    assert rules_on(nlp, text, [("Rosa", "PER")]) == set()
    text = "Ernst nehmen die Ärzte den Fall."
    assert rules_on(nlp, text, [("Ernst", "PER")]) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Rosa lacht. Sie ist fünf.",  # a singular verb: she may be the subject
        "Rosa (5) spielt im Garten.",
        "Rosa, die Jüngste, gewann.",
    ],
)
def test_a_first_name_opening_a_sentence_may_be_a_person(nlp: Any, text: str) -> None:
    assert ("Rosa", "PER") in rules_on(nlp, text, [("Rosa", "PER")])
