"""Roles on made-up paragraphs of session 34 (``tests/data/people_review_people34.txt``):
a role noun brought in without a name and the person the next sentence names, roles and
ages held through anaphora, and look-alikes where no role may be given (two candidates of
the same gender, a role noun after a preposition, a report, a definite role noun).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.people.support import Expected, assert_review_block, review_cases

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "people_review_people34.txt"

CASES, IDS = review_cases(FIXTURE)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_roles_and_ages(text: str, expected: Expected) -> None:
    assert_review_block(text, expected)
