"""Session 31 (cards31): the plural a card shows for a noun whose table lists several,
and for a masculine in "-agen"/"-ogen" whose table gives only the southern umlaut."""

from __future__ import annotations

import pytest

from app.morphology.nouns import read_noun


@pytest.mark.parametrize(
    ("form", "lemma", "plural"),
    [
        ("Fachleute", "Fachmann", "Fachleute"),  # the variant the text uses
        ("Fachleuten", "Fachmann", "Fachleute"),
        ("Fachmann", "Fachmann", "Fachmänner"),  # the table's first elsewhere
        ("Kinderwagen", "Kinderwagen", "Kinderwagen"),  # not the southern "Kinderwägen"
        ("Lastwagen", "Lastwagen", "Lastwagen"),
        ("Land", "Land", "Länder"),
        ("Lande", "Land", "Länder"),  # "auf dem Lande": a singular, not the plural "Lande"
    ],
)
def test_the_shown_plural(form: str, lemma: str, plural: str) -> None:
    reading = read_noun(form)
    assert (reading.lemma, reading.plural) == (lemma, plural)
