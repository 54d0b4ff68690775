"""Session 33 (rev_gloss33): near misses of gloss33/verbs33 — "je" as "ever" before a
noun, first- and second-person reflexives ("Ich erinnere mich"), a bare plural object of
a singular verb ("Die Armee setzte Drohnen ein"). Whole pipeline; the made-up sentences
are also kept in tests/fixtures/near_misses_rev_gloss33_de.txt."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reading.test_cards_gloss26 import card

FIXTURE = Path(__file__).parents[1] / "fixtures" / "near_misses_rev_gloss33_de.txt"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Ob er je Reue gezeigt habe, wollte das Gericht wissen.", "each"),
        ("Kaum ein Politiker hat je Zahlen so offen genannt.", "each"),
        ("Der Preis lag bei 3,10 Euro je Liter.", "per"),
        ("Je Einwohner gab die Stadt rund 400 Euro für Kultur aus.", "per"),
    ],
)
def test_je_before_a_noun_is_per_only_after_a_noun_a_number_or_first(text: str, first: str) -> None:
    found = card(text, "je" if " je " in text else "Je")
    assert found.glosses[0] == first
    if first != "per":
        assert "per" not in found.glosses[:3]


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Ich erinnere mich gut an den Tag, sagte die Zeugin.", "erinnere",
         "sich erinnern"),
        ("Ich habe mich bei der Abstimmung verrechnet.", "verrechnet", "sich verrechnen"),
        ("Wir freuen uns auf die neue Saison.", "freuen", "sich freuen"),
    ],
)  # fmt: skip
def test_first_person_reflexives(text: str, word: str, lemma: str) -> None:
    assert card(text, word).lemma == lemma


def test_personal_pronoun_object_is_no_reflexive() -> None:
    """Near miss: "euch" with "wir" as subject is an object."""
    found = card("Wir erinnern euch an euer Versprechen.", "erinnern")
    assert not found.lemma.startswith("sich")


def test_bare_plural_object_of_a_singular_verb() -> None:
    found = card("Die Armee setzte Drohnen ein und griff Stellungen an.", "setzte")
    assert found.lemma == "einsetzen"
    assert "to set in" not in found.glosses[:3]
    assert "to come on" not in found.glosses[:3]
    # near miss: no object, the intransitive reading stays
    found = card("Der Winter setzt früh ein.", "setzt")
    assert "to set in" in found.glosses[:3]


def test_fixture_has_enough_sentences() -> None:
    lines = [line for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) >= 60


def test_noun_after_und_in_a_prepositional_phrase_is_no_object() -> None:
    found = card("Glashütte in Zwiesel setzt auf Wasserstoff und Strom statt Erdgas", "setzt")
    assert found.lemma == "setzen"
