"""Roles and ages on made-up near misses of the people31b rules
(``tests/data/people_review_rev_people31b.txt``, session 31 review).

Every block names its people (given to the test's "NER" as PER) with the age and the roles
the app should show. Nobody may get a role or an age outside the list. Blocks marked
``# wrong`` still show a wrong fact (left): they are expected to fail.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.people.support import Expected, assert_review_block, review_cases

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "people_review_rev_people31b.txt"

CASES, IDS = review_cases(FIXTURE)


def test_fixture_is_large_enough() -> None:
    assert len(CASES) >= 100


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_roles_and_ages(text: str, expected: Expected) -> None:
    assert_review_block(text, expected)
