"""One rule for approximate ages (app.people.ages.not_exact_age): the age regexes list no
"knapp"/"fast"/"damals", and the anaphora's stated age of an unnamed role phrase ("Der
Chemiker starb …") rejects them as the sidebar's own statements do."""

from __future__ import annotations

import pytest

from app.people.ages import AGE_BACKREF, AGE_STATEMENTS
from tests.people.support import by_name

_LEDE = "Die Stadt Jena trauert um ihren Ehrenbürger Gottfried Kessler. "


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("Der Chemiker starb am Sonntag im Alter von 92 Jahren.", 92),
        ("Der Chemiker ist inzwischen 92 Jahre alt.", 92),
        ("Der Chemiker starb am Sonntag im Alter von knapp 92 Jahren.", None),
        ("Der Chemiker ist inzwischen fast 92 Jahre alt.", None),
        ("Der Chemiker ist über 92 Jahre alt.", None),
    ],
)
def test_an_approximate_age_told_of_a_role_phrase_is_no_age(sentence: str, age: int | None) -> None:
    assert by_name(_LEDE + sentence)["Gottfried Kessler"].age == age


@pytest.mark.parametrize("word", ["knapp", "fast", "damals"])
def test_the_age_patterns_leave_approximations_to_one_rule(word: str) -> None:
    assert AGE_BACKREF.search(f"der {word} 50-Jährige") is None
    assert not any(p.search(f"im Alter von {word} 90 Jahren") for p in AGE_STATEMENTS)
