"""Ages of session 35 (roles35p): "beide 34" after two named people each with an article and
a role of their own ("von der Physikerin A und dem Informatiker B, beide 34"), and the near
misses where "beide" is not about the two named people."""

from __future__ import annotations

import pytest

from tests.people.support import by_name, people


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        (
            "Gegründet wurde die Firma von der Physikerin Anna Berg und dem Informatiker "
            "Jan Rau, beide 34.",
            {"Anna Berg": 34, "Jan Rau": 34},
        ),
        (
            "Die Ärztin Anna Berg und der Pfleger Jan Rau, beide 51, wurden geehrt.",
            {"Anna Berg": 51, "Jan Rau": 51},
        ),
        (
            "Geehrt wurden die Lehrerin Anna Berg und ihr Kollege Dr. Jan Rau (beide 60).",
            {"Anna Berg": 60, "Jan Rau": 60},
        ),
        ("Anna Berg und Jan Rau, beide 45, kamen.", {"Anna Berg": 45, "Jan Rau": 45}),
    ],
)
def test_both_after_two_names_with_their_own_roles(text: str, ages: dict[str, int]) -> None:
    found = by_name(text, per=list(ages))
    assert {name: found[name].age for name in ages} == ages


@pytest.mark.parametrize(
    "text",
    [
        # B's kin or a group of B's, not B: the two named people are not "beide"
        "Gekommen waren Anna Berg und der Vater von Jan Rau, beide 34.",
        "Gekommen waren Anna Berg und die Kinder des Jan Rau, beide 34.",
        "Gekommen waren Anna Berg und zwei Freunde von Jan Rau, beide 34.",
        "Gekommen waren Anna Berg und Freunde, beide 34, sowie Jan Rau.",
        # a clause between: no apposition of the pair
        "Anna Berg kam und sagte Jan Rau, beide 34, seien willkommen.",
    ],
)
def test_no_shared_age_when_the_words_between_are_not_bs_role(text: str) -> None:
    assert all(p.age is None for p in people(text, per=["Anna Berg", "Jan Rau"]))
