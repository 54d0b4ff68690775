"""Spans of time with spelled-out counts from the one table of number words
(app.lexicon.numbers): "seit sechs Jahren", "nach elf Jahren"."""

from __future__ import annotations

import pytest

from app.people.attributes import time_span
from app.people.view import TokenView
from tests.people.support import by_name, view


@pytest.mark.parametrize("count", ["zwei", "sechs", "elf", "zwölf", "vielen"])
def test_seit_a_spelled_count_of_years(count: str) -> None:
    doc = view(f"seit {count} Jahren")
    assert time_span(doc, 0) == 3


@pytest.mark.parametrize("count", ["zehn", "elf", "dreißig"])
def test_as_role_after_nach_a_count_of_years(count: str) -> None:
    text = f"Husum - Frauke Detlefsen hört nach {count} Jahren als Trainerin auf."
    assert by_name(text, per=["Frauke Detlefsen"])["Frauke Detlefsen"].roles == ("Trainerin",)


def test_as_role_after_verb_reads_each_time_span_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.people import attributes

    calls: list[int] = []
    real = attributes.time_span

    def counted(doc: TokenView, j: int) -> int:
        calls.append(j)
        return real(doc, j)

    monkeypatch.setattr(attributes, "time_span", counted)
    doc = view("Frauke Detlefsen trat im Mai als Ministerin zurück.")
    found = attributes.as_role_after_verb(doc, 0, 2, "f")
    assert found is not None
    assert calls.count(3) == 1  # "im Mai": read once, not again by _time_end
