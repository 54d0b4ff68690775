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


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Ab März gehen etwa 600 Beschäftigte in Kurzarbeit.", "Kurzarbeit"),
        ("Milde Luft trifft derzeit auf eiskalte Polarluft aus Skandinavien.", "Polarluft"),
        ("Man wirft ihm unerlaubten Umgang mit Abfällen vor.", "Umgang"),
    ],
)
def test_a_noun_used_as_a_mass_shows_no_plural(sentence: str, word: str) -> None:
    record = _record(sentence, word)
    assert record["article"] == ("der" if word == "Umgang" else "die")
    assert record["plural"] is None


@pytest.mark.parametrize(
    ("sentence", "word", "plural"),
    [
        ("Die Firma schickt ihre Beschäftigte in die Kurzarbeit.", "Kurzarbeit", "Kurzarbeiten"),
        ("Der Umgang mit Abfällen ist streng geregelt.", "Umgang", "Umgänge"),
    ],
)
def test_a_noun_with_its_article_keeps_its_plural(sentence: str, word: str, plural: str) -> None:
    assert _record(sentence, word)["plural"] == plural


def test_a_headline_keeps_the_plural() -> None:
    record = _record("Maschinenbauer schickt Hunderte Beschäftigte in Kurzarbeit", "Kurzarbeit")
    assert record["plural"] == "Kurzarbeiten"
