"""Session 37 (nouns37): agent nouns in "-er" the noun table lacks (a verb's stem +
"-er": masculine, plural the same form), read as the head of a compound or as the
whole word where a chance split would read it otherwise ("Gest" + das Alter)."""

from __future__ import annotations

import pytest

from app.morphology.nouns import agent_noun, read_noun


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("Gestalter", "Gestalter"),
        ("Gestaltern", "Gestalter"),
        ("Mediengestalter", "Mediengestalter"),
        ("Mediengestalters", "Mediengestalter"),
        ("Webgestalter", "Webgestalter"),
    ],
)
def test_an_agent_noun_is_masculine(form: str, lemma: str) -> None:
    reading = read_noun(form)
    assert reading.lemma == lemma
    assert reading.genders == "m"
    assert reading.plural == lemma


def test_the_forms_of_an_agent_noun() -> None:
    found = agent_noun("Gestaltern")
    assert found is not None
    assert {b[:2] for b in found.bundles} == {("Dat", "Plur")}
    genitive = agent_noun("Gestalters")
    assert genitive is not None and {b[:2] for b in genitive.bundles} == {("Gen", "Sing")}


@pytest.mark.parametrize("form", ["Blinklichter", "Schulalter", "Kinderwagen"])
def test_near_misses_keep_their_head(form: str) -> None:
    # a head the table knows, whose split no verb stem crosses
    before = read_noun(form)
    assert before.genders in ("n", "m")
    assert agent_noun(form) is None or before.head


def test_no_agent_noun_without_a_verb() -> None:
    assert agent_noun("Kretsch") is None
    assert agent_noun("Seehofer") is None  # no verb "seehofen"
    assert agent_noun("Wer") is None


def test_the_plural_of_a_compound_is_no_agent_noun() -> None:
    # review: "nachbilden" is a verb, but "Nachbilder" is das Nachbild's plural
    for form in ("Nachbilder", "Nachbildern"):
        found = read_noun(form)
        assert found.lemma == "Nachbild"
        assert found.genders == "n"
