"""Session 35 (fix35a): "später"/"früher" after a verb, pronoun or adverb before a bare
noun is the adverb of time, no adjective declined for the noun ("will später Arzt
werden"); after an article or a preposition it stays the declined positive."""

from __future__ import annotations

import pytest

from tests.morphology.test_morph31 import _shown


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Er will später Arzt werden.", "später"),
        ("Sie möchte später Lehrerin werden.", "später"),
        ("Sie war früher Lehrerin.", "früher"),
    ],
)  # fmt: skip
def test_the_adverb_of_time(sentence: str, word: str) -> None:
    shown = _shown(sentence, word)
    assert shown.get("Degree") == ("Cmp",)
    assert "Case" not in shown and "Gender" not in shown


@pytest.mark.parametrize(
    ("sentence", "word", "case"),
    [
        ("Ein später Erfolg kam.", "später", "Nom"),
        ("Er kam zu später Stunde.", "später", "Dat"),
    ],
)  # fmt: skip
def test_after_an_article_or_preposition_the_declined_positive(
    sentence: str, word: str, case: str
) -> None:
    shown = _shown(sentence, word)
    assert shown.get("Degree") == ("Pos",) and shown.get("Case") == (case,)
