"""Roles and ages on made-up near misses of the people32 rules
(``tests/data/people_review_people32.txt``, session 32): a compound office shortened after
a semicolon, prepositional phrases before a copula, ordinal title adjectives ("Dritter
Vorsitzender"), "ablösen … als", a fronted "Zum <role>" with an active verb, a counted
plural role before described names, and look-alikes where nothing may be given.

Every block names its people (given to the test's "NER" as PER) with the age and the roles
the app should show; nobody may get a role or an age outside the list. Blocks marked
``# wrong`` still show a wrong fact (left, strict xfail); ``# miss`` blocks list fewer roles
than the text gives (nothing wrong is shown).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.people.support import Expected, assert_review_block, review_cases

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "people_review_people32.txt"

CASES, IDS = review_cases(FIXTURE)


def test_fixture_is_large_enough() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_roles_and_ages(text: str, expected: Expected) -> None:
    assert_review_block(text, expected)
