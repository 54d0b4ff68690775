"""Roles on made-up paragraphs of session 33 (``tests/data/people_review_roles33b.txt``):
"-aner" place adjectives before a role ("der Hannoveraner Anwalt"), "-rechtler" compounds
("der Bonner Staatsrechtler"), "Sheriff", and look-alikes where no role may be given (the
demonym or the horse breed alone, experts in the plural, a film title).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.lexicon.roles import analyze_role
from app.people.phrases import place_adjective
from tests.people.support import Expected, assert_review_block, review_cases

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "people_review_roles33b.txt"

CASES, IDS = review_cases(FIXTURE)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_roles_and_ages(text: str, expected: Expected) -> None:
    assert_review_block(text, expected)


@pytest.mark.parametrize("word", ["Hannoveraner", "Münsteraner"])
def test_aner_after_a_whole_place_name_is_a_place_adjective(word: str) -> None:
    assert place_adjective(word)


@pytest.mark.parametrize("word", ["Amerikaner", "Afrikaner", "Republikaner", "Hannoveranern"])
def test_aner_without_a_place_before_it_is_none(word: str) -> None:
    assert not place_adjective(word)


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("Staatsrechtler", "Staatsrechtler"),
        ("Völkerrechtlerin", "Völkerrechtlerin"),
        ("Verfassungsrechtlers", "Verfassungsrechtler"),
        ("Sheriffs", "Sheriff"),
    ],
)
def test_rechtler_and_sheriff_are_role_nouns(word: str, base: str) -> None:
    role = analyze_role(word)
    assert role is not None and role.base == base
