"""heads.neighbour_word / neighbour_sense: a compound head's English word chosen by
Ding's compounds of the same head whose modifiers combine with the same heads."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.dictionary import heads


@pytest.mark.parametrize(
    ("modifier", "head", "shown", "word"),
    [
        ("Museum", "Leitung", "line", "management"),
        ("Verein", "Leitung", "line", "management"),
        ("Partei", "Leitung", "line", "management"),
        ("Kupfer", "Leitung", "line", None),
        ("Abwasser", "Leitung", "line", None),
        ("Zucker", "Gehalt", "content", None),
    ],
)
def test_neighbour_word(modifier: str, head: str, shown: str, word: str | None) -> None:
    assert heads.neighbour_word(modifier, head, shown) == word


def test_neighbour_sense_picks_the_shortest_gloss_of_the_word() -> None:
    glosses = ["electric line", "board management", "management", "line"]
    assert heads.neighbour_sense("Museum", "Leitung", glosses, "line") == 2
    assert heads.neighbour_sense("Kupfer", "Leitung", glosses, "line") is None
    assert heads.neighbour_sense("Museum", "Leitung", [], "line") is None
    # compared with the gloss shown, not the head's first line
    speicher = ["warehouse", "storage", "memory"]
    assert heads.neighbour_sense("Batterie", "Speicher", speicher, "storage") is None


@given(st.text(max_size=12), st.text(max_size=12), st.lists(st.text(max_size=20), max_size=4))
def test_never_raises(modifier: str, head: str, glosses: list[str]) -> None:
    index = heads.neighbour_sense(modifier, head, glosses, glosses[0] if glosses else "")
    assert index is None or 0 <= index < len(glosses)
