"""Rows of the Quotes panel: speakers linked to people and organisations (app.reading.quotes)."""

from __future__ import annotations

from app.core.results import NamedEntity, Person, Quote
from app.reading.quotes import (
    NO_SPEAKER,
    QuoteLocator,
    attribution_note,
    quote_line,
    quote_rows,
    speaker_choices,
)

PEOPLE = (
    Person("Olaf Scholz", ("Kanzler",), 66, None, False, ((0, 11), (60, 66))),
    Person("Max Muster", (), None, None, True, ((300, 310),)),
)
ORGS = (NamedEntity("Deutsche Bahn", "ORG", ((120, 133),)),)
QUOTES = (
    Quote(20, 40, "Wir schaffen das", "direct", "Olaf Scholz", (0, 11), "person"),
    Quote(70, 90, "die Lage sei ernst", "indirect", "er", (60, 66), "person"),
    Quote(140, 160, "Die Züge fahren", "direct", "Deutsche Bahn", (120, 133), "organisation"),
    Quote(
        170, 190, "Es gab  Verletzte", "indirect", "ein Sprecher der Polizei", None, "description"
    ),
    Quote(200, 210, "Alles gut", "direct", None, None, None),
    Quote(220, 230, "Mehr nicht", "direct", "Olaf Scholz", (0, 11), "person"),
)


def test_speakers_are_linked() -> None:
    rows = quote_rows(QUOTES, PEOPLE, ORGS)
    assert [r.person for r in rows] == [0, 0, None, None, None, 0]  # "er" by its mention
    assert rows[1].speaker == "Olaf Scholz"
    assert rows[2].organisation == 0 and rows[2].detail == "organisation"
    assert rows[0].detail == "Kanzler · 66 years"
    assert rows[3].speaker == "Ein Sprecher der Polizei" and rows[3].detail == "unnamed source"
    assert rows[4].speaker == "Speaker not given" and rows[4].speaker_key == NO_SPEAKER
    assert rows[4].speaker_kind is None
    assert [r.kind_label for r in rows[:2]] == ["quote", "reported"]
    assert rows[0].shown_text == "„Wir schaffen das“"
    assert rows[3].shown_text == "Es gab Verletzte"


def test_speaker_filter_choices() -> None:
    choices = speaker_choices(quote_rows(QUOTES, PEOPLE, ORGS))
    assert choices[0] == ("Olaf Scholz (3)", "Olaf Scholz")  # "er" at a mention of his
    assert choices[-1] == ("Speaker not given (1)", NO_SPEAKER)
    assert len(choices) == 4


def test_clipboard_line_and_note() -> None:
    rows = quote_rows(QUOTES, PEOPLE, ORGS)
    assert quote_line(rows[0]) == "Olaf Scholz (Kanzler · 66 years): „Wir schaffen das“"
    assert quote_line(rows[3]) == "Ein Sprecher der Polizei (reported): Es gab Verletzte"
    assert quote_line(rows[4]) == "Unknown speaker: „Alles gut“"
    assert "attributes this claim to Ein Sprecher" in attribution_note(rows[3])
    assert "does not name" in attribution_note(rows[4])


def test_locator() -> None:
    locate = QuoteLocator(quote_rows(QUOTES, PEOPLE, ORGS))
    found = locate.at(75)
    assert found is not None and found.index == 1
    assert locate.at(50) is None and locate.at(5) is None and locate.at(999) is None
