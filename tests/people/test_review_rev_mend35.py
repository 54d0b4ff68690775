"""Review of mend35's people mends (rev_mend35): a gazetteer town in "-en" does not make
a common noun or surname in "-er" a place adjective ("Sieger" of Siegen, "Berger" of
Bergen), and masculine_role invents no masculine (nor reads a wrong lexicon pair)."""

from __future__ import annotations

import pytest

from app.lexicon.roles import masculine_role
from app.people.phrases import place_adjective


@pytest.mark.parametrize("word", ["Sieger", "Berger"])
def test_no_place_adjective_from_a_town_in_en(word: str) -> None:
    assert not place_adjective(word)


@pytest.mark.parametrize("word", ["Kieler", "Ulmer", "Hannoveraner", "Siegener", "Hagener"])
def test_place_adjectives_kept(word: str) -> None:
    assert place_adjective(word)


@pytest.mark.parametrize(
    ("feminine", "masculine"),
    [
        ("Kauffrau", "Kaufmann"),
        ("Stadträtin", "Stadtrat"),
        ("Ex-Kanzlerin", "Ex-Kanzler"),
        ("Äbtissin", "Abt"),
        ("Witwe", "Witwer"),
        ("Plünderin", "Plünderer"),  # the lexicon paired it with "Plunder"
        ("Hebamme", None),
        ("Krankenschwester", None),
        ("Putzfrau", None),
        ("Frau", None),
        ("Beamtin", None),
    ],
)
def test_masculine_role(feminine: str, masculine: str | None) -> None:
    assert masculine_role(feminine) == masculine
