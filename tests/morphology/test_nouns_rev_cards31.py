"""Session 31 (rev_cards31): the plural variant a form read as a plural is."""

from __future__ import annotations

import pytest

from app.morphology.nouns import plural_variant


@pytest.mark.parametrize(
    ("lemma", "form", "variant"),
    [
        ("Wort", "Worte", "Worte"),
        ("Wort", "Worten", "Worte"),
        ("Wort", "Wörter", "Wörter"),
        ("Bank", "Bänken", "Bänke"),
        ("Bank", "Banken", "Banken"),
        ("Wort", "Wort", None),
        ("Kinderwagen", "Kinderwagen", None),  # the table lists only "Kinderwägen"
    ],
)
def test_plural_variant(lemma: str, form: str, variant: str | None) -> None:
    assert plural_variant(lemma, form) == variant
