"""Session 31 (cards31), on the card and in ``analyze --json --tokens`` with the bundled
dictionary, on made-up sentences: a town the noun table reads only through a compound
whose first part is no word is a name, not a plural noun; a region named by "Vor" and a
listed region is a place."""

from __future__ import annotations

import functools
from typing import Any

import pytest

from app.analysis import analyze


@functools.cache
def _records(text: str) -> tuple[dict[str, Any], ...]:
    from app.cli.render import token_records

    return tuple(token_records(analyze(text)))


def _record(text: str, word: str, nth: int = 0) -> dict[str, Any]:
    return [r for r in _records(text) if r["text"] == word][nth]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Der Maschinenbauer aus Nürtingen schickt Hunderte Beschäftigte nach Hause.", "Nürtingen"),
        ("Stürme sorgten von Ostfriesland bis Vorpommern für Sperrungen.", "Vorpommern"),
    ],
)
def test_a_place_is_no_plural_noun(sentence: str, word: str) -> None:
    record = _record(sentence, word)
    assert record["article"] is None
    assert record["plural"] is None
    assert "Plur" not in record["morph"]


def test_a_plural_compound_of_known_words_stays_a_noun() -> None:
    record = _record("Sie kamen mit Brautgeschenken nach Hause.", "Brautgeschenken")
    assert record["plural"] == "Brautgeschenke"
    assert "Number=Plur" in record["morph"]
