"""Roles and ages on made-up near misses of the people32 rules, written by the review
rev_people32 (``tests/data/people_review_rev_people32.txt``, session 32): "als" roles with a
place or time between and "als" of a comparison or a time, "-rat" members and councils as
bodies, ordinal titles and ranks in a race, offices announced before a name with one or two
people (not a deputy's office: "bekommt einen neuen Kämmerer: … ernannte B zum
Stellvertreter"), "die beiden" of people and of things, "Es handelt sich um" (not after
another indefinite object: "Ein Spaziergänger hat eine Leiche entdeckt"), firm-only role
endings, and "Der Angeklagte" after a trial "gegen einen 38-jährigen Mann".

Every block names its people (given to the test's "NER" as PER) with the age and the roles
the app should show; nobody may get a role or an age outside the list. ``# miss`` blocks
list fewer roles than the text gives (nothing wrong is shown).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.people.support import Expected, assert_review_block, review_cases

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "people_review_rev_people32.txt"

CASES, IDS = review_cases(FIXTURE)


def test_fixture_is_large_enough() -> None:
    assert len(CASES) >= 60


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_roles_and_ages(text: str, expected: Expected) -> None:
    assert_review_block(text, expected)
