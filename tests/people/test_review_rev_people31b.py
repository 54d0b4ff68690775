"""Roles and ages on made-up near misses of the people31b rules
(``tests/data/people_review_rev_people31b.txt``, session 31 review).

Every block names its people (given to the test's "NER" as PER) with the age and the roles
the app should show. Nobody may get a role or an age outside the list. Blocks marked
``# wrong`` still show a wrong fact (left): they are expected to fail.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.people.support import by_name

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "people_review_rev_people31b.txt"

Expected = dict[str, tuple[int | None, list[str]]]


def _blocks() -> list[tuple[str, Expected, bool]]:
    out: list[tuple[str, Expected, bool]] = []
    for block in FIXTURE.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.strip().split("\n") if line]
        expect = [line for line in lines if line.startswith("# expect:")]
        if not expect:
            continue
        people: Expected = {}
        for part in expect[0].removeprefix("# expect:").split(";"):
            if part.strip():
                name, rest = part.split("=", 1)
                age, roles = rest.split("|", 1)
                people[name.strip()] = (
                    None if age.strip() == "-" else int(age),
                    [r for r in roles.split(",") if r.strip()],
                )
        text = "\n".join(line for line in lines if not line.startswith("#"))
        out.append((text, people, "# wrong" in lines))
    return out


BLOCKS = _blocks()


def test_fixture_is_large_enough() -> None:
    assert len(BLOCKS) >= 100


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(t, e, marks=pytest.mark.xfail(strict=True)) if wrong else (t, e)
        for t, e, wrong in BLOCKS
    ],
    ids=[b[0][:50] for b in BLOCKS],
)
def test_roles_and_ages(text: str, expected: Expected) -> None:
    found = by_name(text, per=list(expected))
    for name, person in found.items():
        age, roles = expected.get(name, (None, []))
        assert person.age == age, (name, person.age)
        assert list(person.roles) == roles, (name, list(person.roles))
