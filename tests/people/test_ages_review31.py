"""Ages on made-up news sentences (session 31 review, ``tests/data/ages_review31.txt``).

Every block names its people (given to the test's "NER" as PER) and the age the text states
for each, or none ("-"). A block marked ``# miss`` holds an age not found yet: there the
test accepts no age, never a wrong one. Nobody outside the list may get an age.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.people.ages import spelled_age
from tests.people.support import age_blocks, by_name

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "ages_review31.txt"


def _blocks() -> list[tuple[str, dict[str, int | None], bool]]:
    return [(text, ages, "# miss" in notes) for text, ages, notes in age_blocks(FIXTURE)]


BLOCKS = _blocks()


def test_fixture_is_large_enough() -> None:
    assert len(BLOCKS) >= 120


@pytest.mark.parametrize(("text", "ages", "miss"), BLOCKS, ids=[b[0][:50] for b in BLOCKS])
def test_stated_ages(text: str, ages: dict[str, int | None], miss: bool) -> None:
    found = by_name(text, per=list(ages))
    for name, age in ages.items():
        got = found[name].age if name in found else None
        if miss:
            assert got in {age, None}, (name, got)
        else:
            assert got == age, (name, got)
    for name, person in found.items():
        if name not in ages:
            assert person.age is None, (name, person.age)


@pytest.mark.parametrize(
    ("stem", "age"),
    [
        ("Hundert", 100),
        ("Einhundert", 100),
        ("Hundertzwei", 102),
        ("Achtzig", 80),
        ("Einundneunzig", 91),
        ("Zwölf", 12),
        ("Sieben", 7),
        ("Null", None),
        ("Elfundzwanzig", None),
        ("Lang", None),
        ("Vor", None),
    ],
)
def test_spelled_age(stem: str, age: int | None) -> None:
    assert spelled_age(stem) == age


def test_age_nouns_are_no_roles() -> None:
    text = (
        "Mathilde Eichkorn feierte ihren 100. Geburtstag. Oberbürgermeisterin Svea Brandt "
        "überbrachte Blumen. Die Hundertjährige lebt allein."
    )
    found = by_name(text, per=["Mathilde Eichkorn", "Svea Brandt"])
    assert found["Mathilde Eichkorn"].age == 100
    assert found["Svea Brandt"].age is None
    assert not any("jährig" in r for p in found.values() for r in p.roles)


@pytest.mark.parametrize(
    "text",
    [
        "Rentner (84) überfallen: Polizei sucht Zeugen\nEin Mann wurde überfallen.",
        "Bürgermeisterin (45) tritt nicht mehr an\nDie Gemeinde sucht eine Nachfolgerin.",
    ],
)
def test_role_noun_with_age_tag_in_a_headline_is_nobody(text: str) -> None:
    assert by_name(text, per=[text.split()[0]]) == {}


def test_role_noun_written_after_a_first_name_stays_a_surname() -> None:
    text = "Stürmer Leon Richter wechselt. Richter (24) kam 2020."
    assert by_name(text, per=["Leon Richter", "Richter"])["Leon Richter"].age == 24
