"""``leselupe_org_place_rules`` as a whole: person spans, switches, the bundled pipeline.

Each test gives the rules a fixed NER output (see :mod:`.org_place_support`)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.nlp.components.org_place_support import load_bundled, rules_on, run_pipeline


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_bundled()


def test_person_rules_from_the_issue(nlp: Any) -> None:
    text = "Die Präsidentin Ursula von der Leyen (66) traf JD Vance in Brüssel."
    got = rules_on(nlp, text, [("Leyen", "ORG"), ("JD Vance", "ORG"), ("Brüssel", "LOC")])
    assert got == {("Ursula von der Leyen", "PER"), ("JD Vance", "PER"), ("Brüssel", "LOC")}
    text = "Das sagte Isabella Weber von der University of Massachusetts Amherst."
    got = rules_on(nlp, text, [("Isabella Weber von der University of Massachusetts", "PER")])
    assert got == {("Isabella Weber", "PER"), ("University of Massachusetts", "ORG")}


def test_rules_can_be_switched_off(nlp: Any) -> None:
    text = "Die Fed tagte, die Nachrichtenagentur KCNA meldete es."
    off = dict.fromkeys(
        (
            "gazetteer",
            "heads",
            "demonyms",
            "acronyms",
            "subject_per",
            "persons",
            "shapes",
            "place_compounds",
            "surname_not_place",
            "org_kinds",
        ),
        False,
    )
    assert rules_on(nlp, text, [], **off) == set()


def test_whole_pipeline_on_news_sentences(nlp: Any) -> None:
    got = run_pipeline(
        nlp,
        "Frederic Spohr, Direktor der Friedrich-Naumann-Stiftung in Südkorea, sagte, "
        "Nordkorea habe wieder Raketen getestet. Das meldete die Nachrichtenagentur KCNA.",
    )
    assert {
        ("Frederic Spohr", "PER"),
        ("Friedrich-Naumann-Stiftung", "ORG"),
        ("Südkorea", "LOC"),
        ("Nordkorea", "LOC"),
        ("KCNA", "ORG"),
    } <= got


def test_empty_and_odd_texts_do_not_crash(nlp: Any) -> None:
    for text in ["", " ", "(", "AG", "GmbH & Co. KG", "für für für", "Foto: /", "(((66)))"]:
        nlp(text)
