"""Pairing quotation marks (pure string functions)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.quotes.marks import find_quotations


def _inner(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotations(text)]


def test_german_quotes() -> None:
    assert _inner("„Wir sind bereit“, sagte er. „Es geht los.“") == [
        "Wir sind bereit",
        "Es geht los.",
    ]


def test_guillemets_both_ways_and_ascii() -> None:
    assert _inner("»Gut«, sagte sie.") == ["Gut"]
    assert _inner("«Gut», sagte sie.") == ["Gut"]
    split = '"Das reicht", sagte er, "und zwar sofort."'
    assert _inner(split) == ["Das reicht", "und zwar sofort."]
    assert _inner("“Fine”, he said.") == ["Fine"]


def test_nested_marks_belong_to_the_outer_pair() -> None:
    text = "„Er nannte das ‚Unsinn‘ und ging“, sagte sie."
    assert _inner(text) == ["Er nannte das ‚Unsinn‘ und ging"]
    assert _inner("»Sie sagte „nein“ dazu«, erzählte er.") == ["Sie sagte „nein“ dazu"]


def test_apostrophes_are_no_quotes() -> None:
    assert _inner("Merz’ Rede und Hans' Auto") == []
    assert _inner("Die Union ‚sortiert‘ sich.") == []


def test_open_quote_ends_at_the_paragraph() -> None:
    text = "„Erster Absatz ohne Ende\n„Zweiter Absatz.“"
    assert _inner(text) == ["Erster Absatz ohne Ende", "Zweiter Absatz."]
    quotations = find_quotations(text)
    assert quotations[0].close == -1 and quotations[1].close >= 0


@given(st.text(alphabet='„“”"»«‚‘’ ab.\n', max_size=60))
def test_pairs_are_ordered_and_inside_the_text(text: str) -> None:
    quotations = find_quotations(text)
    end = -1
    for q in quotations:
        assert end <= q.open < q.start <= q.end <= len(text)
        end = q.outer_end
