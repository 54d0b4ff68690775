"""Spans of time with spelled-out counts from the one table of number words
(app.lexicon.numbers): "seit sechs Jahren", "nach elf Jahren"."""

from __future__ import annotations

import pytest

from app.people.attributes import time_span
from tests.people.support import by_name, view


@pytest.mark.parametrize("count", ["zwei", "sechs", "elf", "zwölf", "vielen"])
def test_seit_a_spelled_count_of_years(count: str) -> None:
    doc = view(f"seit {count} Jahren")
    assert time_span(doc, 0) == 3


@pytest.mark.parametrize("count", ["zehn", "elf", "dreißig"])
def test_as_role_after_nach_a_count_of_years(count: str) -> None:
    text = f"Husum - Frauke Detlefsen hört nach {count} Jahren als Trainerin auf."
    assert by_name(text, per=["Frauke Detlefsen"])["Frauke Detlefsen"].roles == ("Trainerin",)
