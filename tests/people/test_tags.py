"""What stands right after a name: "(71)", "(SPD)", ", 42," (app/people/tags.py)."""

from __future__ import annotations

import pytest

from app.people.tags import age_between_commas, paren_info, read_age, skip_tags, tag_after
from app.people.view import Mention
from tests.people.support import index, view


@pytest.mark.parametrize(
    ("text", "age"),
    [("71", 71), ("1", 1), ("119", 119), ("0", None), ("120", None), ("1234", None),
     ("71.", None), ("SPD", None), ("", None)],
)  # fmt: skip
def test_read_age(text: str, age: int | None) -> None:
    assert read_age(text) == age


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Anna Berg (71) lacht.", (71, None)), ("Anna Berg (SPD) lacht.", (None, "SPD")),
     ("Anna Berg (SPD, 54) lacht.", (54, "SPD")), ("Anna Berg (54, Grüne) lacht.", (54, "Grüne")),
     ("Anna Berg (Bonn) lacht.", (None, None)), ("Anna Berg lacht (71).", (None, None))],
)  # fmt: skip
def test_paren_info_after_a_name(text: str, expected: tuple[int | None, str | None]) -> None:
    doc = view(text)
    assert paren_info(doc, index(doc, "Berg")) == expected
    assert tag_after(doc, index(doc, "Berg") + 1) is (expected != (None, None))


def test_goal_counts_are_no_ages() -> None:
    doc = view("Das 3:1 schossen Kane (2) und Musiala.")
    assert paren_info(doc, index(doc, "Kane")) == (None, None)
    doc = view("Trainer Kane (2) jubelte.")
    assert paren_info(doc, index(doc, "Kane")) == (2, None)


def test_skip_tags() -> None:
    doc = view("Anna Berg (SPD, 54) sagte.")
    berg = index(doc, "Berg")
    assert doc.words[skip_tags(doc, berg + 1)] == "sagte"
    assert skip_tags(doc, berg) == berg  # nothing to skip


@pytest.mark.parametrize(
    ("text", "age"),
    [("Anna Berg, 42, sagte es.", 42), ("Es sprach Anna Berg, 42.", 42),
     ("Anna Berg (SPD), 42, sagte es.", 42), ("Anna Berg, 42 Jahre alt, sagte es.", 42),
     ("Anna Berg, 1990 geboren, sagte es.", None)],
)  # fmt: skip
def test_age_between_commas(text: str, age: int | None) -> None:
    doc = view(text)
    first = index(doc, "Anna")
    assert age_between_commas(doc, Mention(first, first + 2, ("Anna", "Berg"), False, "ner")) == age
