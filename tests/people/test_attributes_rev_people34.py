"""``attributes.weak_noun_object``: a weak masculine noun after a singular article is one
man ("seinen Nachbarn"), not the plural the role lexicon reads (rev_people34)."""

from __future__ import annotations

import pytest

from app.people.attributes import weak_noun_object
from tests.people.support import view


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ein Landwirt hat seinen Nachbarn verklagt.", True),
        # the lexicon reads "Passanten" as a singular already: the usual rules see him
        ("Ein Landwirt hat einen Passanten angegriffen.", False),
        ("Ein Landwirt hat seine Nachbarn verklagt.", False),  # a plural: not one man
        ("Ein Landwirt hat seinen Hof verkauft.", False),
        ("Ein Landwirt hat den Nachbarn verklagt.", False),  # "den": singular or dative plural
    ],
)
def test_weak_noun_object(text: str, expected: bool) -> None:
    doc = view(text)
    assert weak_noun_object(doc, 0, doc.n) is expected
