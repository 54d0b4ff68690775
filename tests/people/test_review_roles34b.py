"""Roles and ages on made-up paragraphs of session 34 (``tests/data/people_review_roles34b.txt``):
newcomers named after an indefinite role, coordinated and gapped roles, plural predicatives
after two names, a semicolon clause about the other of a pair, kept adjectives, and
look-alikes where no role or age may be given.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.lexicon.roles import analyze_role, qualifier_stem
from tests.people.support import Expected, assert_review_block, review_cases

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "people_review_roles34b.txt"

CASES, IDS = review_cases(FIXTURE)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_roles_and_ages(text: str, expected: Expected) -> None:
    assert_review_block(text, expected)


@pytest.mark.parametrize(
    "word", ["Strecke", "Bahnstrecke", "Schnellbahnstrecke", "Stadionlautsprecher"]
)
def test_compounds_of_a_thing_are_no_role(word: str) -> None:
    assert analyze_role(word) is None


@pytest.mark.parametrize(("word", "stem"), [("langjährige", "langjährig"), ("ältester", "ältest")])
def test_kept_adjectives_are_qualifiers(word: str, stem: str) -> None:
    assert qualifier_stem(word) == stem
