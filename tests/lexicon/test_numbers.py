"""The German number words (app.lexicon.numbers)."""

from __future__ import annotations

from app.lexicon.numbers import SMALL_COUNTS, TENS, UNITS, VALUES


def test_values_of_units_and_tens() -> None:
    assert len(UNITS) == 20
    assert VALUES["null"] == 0
    assert VALUES["ein"] == 1
    assert VALUES["elf"] == 11
    assert VALUES["neunzehn"] == 19
    assert [VALUES[w] for w in TENS] == list(range(20, 100, 10))


def test_small_counts_are_two_to_twelve() -> None:
    assert sorted(VALUES[w] for w in SMALL_COUNTS) == list(range(2, 13))
