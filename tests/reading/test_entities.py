"""Rows of the Places and Organisations panels (app.reading.entities)."""

from __future__ import annotations

from app.core.results import NamedEntity
from app.reading.entities import entity_rows, entity_summary, mention_status

PLACES = (
    NamedEntity("Russland", "LOC", ((40, 49), (0, 8), (90, 98)), ("Russland", "Russlands")),
    NamedEntity("Kiew", "LOC", ((20, 24),), ("Kiew",)),
)


def test_rows_counts_forms_and_sorted_mentions() -> None:
    rows = entity_rows(PLACES)
    assert [r.name for r in rows] == ["Russland", "Kiew"]
    assert rows[0].count == 3 and rows[0].mentions == ((0, 8), (40, 49), (90, 98))
    assert rows[0].detail == "also: Russlands" and rows[1].detail == ""
    assert rows[1].index == 1


def test_summary_and_status() -> None:
    rows = entity_rows(PLACES)
    assert entity_summary(rows[0]) == "Russland — place, 3 mentions (also: Russlands)"
    org = entity_rows((NamedEntity("Bundestag", "ORG", ((1, 5),)),))[0]
    assert entity_summary(org) == "Bundestag — organisation, 1 mention"
    assert mention_status("Kiew", 0, 2) == "Kiew: mention 1 of 2 — F3 for the next"
