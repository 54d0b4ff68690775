"""Session 35 (read35): a noun form opening with a lower-case letter that has no capital
("ª", "º", "ᴽ") is read as it is, not capitalised for ever (a RecursionError)."""

from __future__ import annotations

import pytest

from app.morphology.nouns import read_noun


@pytest.mark.parametrize("form", ["ª", "ºàêî¹", "ᴽö%²", "ªkreis"])
def test_a_letter_without_a_capital(form: str) -> None:
    read_noun(form)  # no RecursionError


def test_a_small_letter_is_still_capitalised() -> None:
    assert read_noun("haus").lemma == read_noun("Haus").lemma
