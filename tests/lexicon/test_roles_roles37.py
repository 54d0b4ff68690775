"""roles37: the feminine "-männin" of a "-mann" office the lexicon knows in the masculine."""

from __future__ import annotations

import pytest

from app.lexicon.roles import analyze_role


@pytest.mark.parametrize("word", ["Stadtammännin", "Gemeindeammännin", "Landammännin"])
def test_feminine_of_a_mann_office(word: str) -> None:
    role = analyze_role(word)
    assert role is not None
    assert (role.base, role.gender, role.kind) == (word, "f", "noun")


@pytest.mark.parametrize("word", ["Ammännin", "Hausmännin", "Landsmännin"])
def test_no_feminine_without_a_known_masculine_office(word: str) -> None:
    role = analyze_role(word)
    assert role is None or role.kind != "noun"
