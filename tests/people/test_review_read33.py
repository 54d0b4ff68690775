"""read33: the ages module reads the possessives from the one lexicon list (since
hook_people37 the one possessor map, ``lex.POSSESSOR_GENDER``, which anaphora and attributes
read too)."""

from __future__ import annotations

from app.lexicon import words as lex


def test_possessor_gender_is_the_lexicons() -> None:
    assert {w for w, g in lex.POSSESSOR_GENDER.items() if g == "m"} == lex.POSSESSIVE_M
    assert {w for w, g in lex.POSSESSOR_GENDER.items() if g == "f"} == lex.POSSESSIVE_F
    assert lex.POSSESSOR_GENDER["ihre"] == "f" and lex.POSSESSOR_GENDER["sein"] == "m"
