"""One-line descriptions of a person (app.reading.people)."""

from __future__ import annotations

from app.core.results import Person
from app.reading.people import mention_status, person_detail, person_line, person_summary

PUTIN = Person("Wladimir Putin", ("Kreml-Despot",), 71, None, False, ((0, 5), (40, 45)))
MERZ = Person("Friedrich Merz", ("Kanzler",), None, "CDU", False, ((3, 7),))
CREDIT = Person("Max Muster", (), None, None, True, ((9, 19),))


def test_card_line() -> None:
    assert person_line(PUTIN) == "Kreml-Despot, 71 years"
    assert person_line(MERZ) == "Kanzler, CDU"
    assert person_line(CREDIT) == "photo credit"


def test_panel_detail_and_clipboard_summary() -> None:
    assert person_detail(PUTIN) == "Kreml-Despot · 71 years"
    assert person_detail(CREDIT) == ""
    assert person_summary(PUTIN) == "Wladimir Putin — Kreml-Despot, 71 years (2 mentions)"
    assert person_summary(MERZ) == "Friedrich Merz — Kanzler, CDU (1 mention)"
    assert person_summary(CREDIT) == "Max Muster (1 mention)"


def test_mention_status_counts_from_one() -> None:
    assert mention_status(PUTIN, 0, 2) == "Wladimir Putin: mention 1 of 2 — F3 for the next"
