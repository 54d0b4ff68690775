"""Roles on made-up paragraphs of session 33 (``tests/data/people_review_rev_roles33.txt``):
offices after verbs of office, genitive and dative roles, Austrian and Swiss titles, church,
academic, military and sport roles, shared plural roles (also of five letters and kin:
"Die Ärzte A und B", "Die Schwestern A und B"), former roles, and look-alikes where no role
must be given ("Die Anwälte von A und B", comparisons, quotes, job ads).

Every block names its people (given to the test's "NER" as PER) with the age and the roles
the app should show; nobody may get a role or an age outside the list.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.people.support import Expected, assert_review_block, review_cases

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "people_review_rev_roles33.txt"

CASES, IDS = review_cases(FIXTURE)


def test_fixture_is_large_enough() -> None:
    assert len(CASES) >= 150


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_roles_and_ages(text: str, expected: Expected) -> None:
    assert_review_block(text, expected)
