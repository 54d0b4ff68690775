"""read33: the ages module reads the possessives from the one lexicon list."""

from __future__ import annotations

from app.lexicon import words as lex
from app.people import ages


def test_possessor_gender_is_the_lexicons() -> None:
    assert {w for w, g in ages._POSSESSOR_GENDER.items() if g == "m"} == lex.POSSESSIVE_M
    assert {w for w, g in ages._POSSESSOR_GENDER.items() if g == "f"} == lex.POSSESSIVE_F
    assert ages._POSSESSOR_GENDER["ihre"] == "f" and ages._POSSESSOR_GENDER["sein"] == "m"
