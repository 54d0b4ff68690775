"""Windowed regular-expression scans (app/people/scan.py)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from app.people import ages, credits, scan


def test_short_text_is_one_window() -> None:
    assert list(scan.scan_cuts("kurz", 100)) == [(0, 4)]
    assert list(scan.scan_cuts("", 100)) == []


def test_cuts_prefer_paragraphs_then_lines_then_sentences() -> None:
    text = "a" * 10 + "\n" + "b" * 3 + "\n\n" + "c" * 20
    assert list(scan.scan_cuts(text, 8)) == [(0, 16), (16, 36)]  # not at the first "\n"
    text = "Satz eins. Satz zwei kommt danach"
    cuts = list(scan.scan_cuts(text, 5))
    assert cuts[0] == (0, 11)  # after ". " although a space comes first
    assert all(not text[a].isspace() for a, _ in cuts)  # never inside a gap


def test_text_without_whitespace_is_one_window() -> None:
    assert list(scan.scan_cuts("x" * 50, 10)) == [(0, 50)]


def test_finditer_across_windows() -> None:
    text = "Foto: Anna\n" * 30
    pattern = re.compile(r"Foto: (\w+)")
    assert [m.span() for m in scan.finditer(pattern, text, 16)] == [
        m.span() for m in pattern.finditer(text)
    ]


_PIECES = st.sampled_from(
    [
        "Er starb im Alter von 95 Jahren.", "Die 34 Jahre alte Lehrerin", "der 61-Jährige",
        "ist 42 Jahre alt", "ihren 100. Geburtstag", "Foto: Anna Weber/dpa", "Bild: ",
        "Wort", "Satz.", " ", "  ", "\n", "\n\n", ". ", "-", "(71)",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=60), st.integers(min_value=1, max_value=40))
def test_windowed_scans_find_what_one_scan_finds(pieces: list[str], window: int) -> None:
    """Cutting the text into windows (at line breaks, else whitespace) loses no match
    of the patterns scanned that way and finds none twice."""
    text = "".join(pieces)
    cuts = list(scan.scan_cuts(text, window))
    if text:  # contiguous windows from the start to the end, none empty
        assert [a for a, _ in cuts] == [0] + [b for _, b in cuts[:-1]]
        assert cuts[-1][1] == len(text) and all(a < b for a, b in cuts)
    else:
        assert cuts == []
    patterns = [
        *ages.AGE_STATEMENTS,
        ages.AGE_BACKREF,
        ages.AGE_ATTRIBUTE,
        ages.SPELLED_ATTRIBUTE,
        credits.CREDIT_LABEL,
    ]
    for pattern in patterns:
        whole = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        windowed = [(m.span(), m.groups()) for m in scan.finditer(pattern, text, window)]
        assert len(set(windowed)) == len(windowed)  # nothing found twice
        assert set(windowed) <= set(whole), pattern.pattern  # nothing invented
        at_line_breaks = all("\n" in text[a:b][len(text[a:b].rstrip()) :] for a, b in cuts[:-1])
        if at_line_breaks and not any("\n" in text[a:b] for (a, b), _ in whole):
            assert windowed == whole, pattern.pattern  # nothing lost
