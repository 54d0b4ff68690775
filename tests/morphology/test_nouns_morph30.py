"""Session 30 (morph30): noun forms by themselves: a native suffix before a guessed
compound, the pipeline's lemma naming a compound's head, diminutive plurals."""

from __future__ import annotations

import pytest

from app.morphology.nouns import read_noun


@pytest.mark.parametrize(
    ("form", "lemma", "plural"),
    [
        ("Grabungen", "Grabung", "Grabungen"),  # not "Gra" + die Bunge
        ("Schürfungen", "Schürfung", "Schürfungen"),
    ],
)
def test_a_native_suffix_goes_before_an_unknown_first_part(
    form: str, lemma: str, plural: str
) -> None:
    reading = read_noun(form)
    assert (reading.lemma, reading.genders, reading.plural) == (lemma, "f", plural)


def test_the_pipelines_lemma_names_the_head() -> None:
    reading = read_noun("Geburtskliniken", "Geburtsklinik")
    assert (reading.lemma, reading.genders) == ("Geburtsklinik", "f")
    assert read_noun("Ermittlerkreisen", "Ermittlerkreis").lemma == "Ermittlerkreis"


def test_a_compound_with_a_known_first_part_keeps_its_head() -> None:
    reading = read_noun("Kitaschließungen")
    assert (reading.lemma, reading.head) == ("Kitaschließung", "Schließung")
