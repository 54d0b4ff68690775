"""One list of past-moment words for ages (app.people.ages): the adverbs of a time gone by
("damals", "einst", …) are one list that both :func:`not_exact_age` and :func:`past_age`
read, and a time point before the number is found whatever its case ("Zur Tatzeit 17")."""

from __future__ import annotations

import pytest

from app.people.ages import _PAST_ADVERBS, _PAST_TIME, not_exact_age, past_age
from tests.people.support import index, view


def test_the_past_adverbs_are_one_list() -> None:
    assert _PAST_ADVERBS <= _PAST_TIME


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Der zur Tatzeit 17-jährige Mann schwieg.", "17-jährige", True),
        ("Zur Tatzeit 17-jährig, schwieg der Mann.", "17-jährig", True),
        ("Bei Amtsantritt 42 Jahre alt, führte er die Partei.", "42", True),
        ("Der damals 19-jährige Mann schwieg.", "19-jährige", True),
        ("Der seinerzeit 19-jährige Mann schwieg.", "19-jährige", True),
        # near misses: "Zur Zeit" is "zurzeit", now; a verb between
        ("Zur Zeit 34-jährig, lebt er in Kiel.", "34-jährig", False),
        ("Zur Eröffnung kam der 42-jährige Minister.", "42-jährige", False),
        ("Der erst 19-jährige Mann schwieg.", "19-jährige", False),
    ],
)
def test_a_time_point_before_the_age_in_either_case(text: str, number: str, expected: bool) -> None:
    doc = view(text)
    assert not_exact_age(doc, index(doc, number)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ehemals war er 30 Jahre alt.", True),
        ("Einst war er 30 Jahre alt.", True),
        ("Er war 30 Jahre alt.", False),
    ],
)
def test_a_past_adverb_places_the_copula_in_the_past(text: str, expected: bool) -> None:
    doc = view(text)
    assert past_age(doc, index(doc, "war")) is expected
