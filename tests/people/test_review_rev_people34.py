"""Roles on made-up paragraphs of session 34 (``tests/data/people_review_rev_people34.txt``):
near misses of the rules people34 added that carry a role across sentences. A lede's role
noun without a name, then a different person of its gender (a reaction, a victim and an
officer, a passive lede), the noun in a quote or a question, two unnamed people; closing
appositions of places, bodies and other people; kin nouns of another family at a death; a
bare office with an age when two men hold such an office or the age contradicts; "als
einzige"; fronted "als" objects (negated); plural fronted roles.

Every block names its people (given to the test's "NER" as PER) with the age and the roles
the app should show; nobody may get a role or an age outside the list. "# wrong" blocks
still show a wrong fact (strict xfail).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.people.support import Expected, assert_review_block, review_cases

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "people_review_rev_people34.txt"

CASES, IDS = review_cases(FIXTURE)


def test_fixture_is_large_enough() -> None:
    assert len(CASES) >= 100


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_roles_and_ages(text: str, expected: Expected) -> None:
    assert_review_block(text, expected)
