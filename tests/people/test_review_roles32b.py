"""Roles on made-up near misses of the roles32b rules (``tests/data/people_review_roles32b.txt``,
session 32): demonyms of places in "-en" and "Steirerin" are no roles, nor is a bare ordinal
noun ("als Zwölfte A"); "mitangeklagter"/"mitverurteilte" qualify a role; a lede's
indefinite role keeps its genitive complement ("Ein Lokführer der Bahn hat ...").

Every block names its people (given to the test's "NER" as PER) with the age and the roles
the app should show; nobody may get a role or an age outside the list.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.people.support import Expected, assert_review_block, review_cases

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "people_review_roles32b.txt"

CASES, IDS = review_cases(FIXTURE)


def test_fixture_is_large_enough() -> None:
    assert len(CASES) >= 20


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_roles_and_ages(text: str, expected: Expected) -> None:
    assert_review_block(text, expected)
