"""Places and organisations as the panels list them: name, mention count, other forms.

Each :class:`~app.core.results.NamedEntity` of the analysis becomes an
:class:`EntityRow`; the second line names the other forms the text uses
("also: Russlands"). No Qt here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.core.results import NamedEntity
from app.reading.numbers import count, plural

KIND_NOUN = {"LOC": "place", "ORG": "organisation"}


@dataclass(frozen=True, slots=True)
class EntityRow:
    index: int  # into analysis.places or analysis.organisations
    name: str
    label: str  # "LOC" or "ORG"
    mentions: tuple[tuple[int, int], ...]  # in text order
    detail: str  # "also: Russlands" ("" when the text writes it one way)

    @property
    def count(self) -> int:
        return len(self.mentions)


def entity_rows(records: Sequence[NamedEntity]) -> tuple[EntityRow, ...]:
    """One row per place or organisation, in the analysis' order (most mentioned first)."""
    rows = []
    for n, r in enumerate(records):
        others = [f for f in r.forms if f != r.name]
        detail = f"also: {', '.join(others)}" if others else ""
        rows.append(EntityRow(n, r.name, r.label, tuple(sorted(r.mentions)), detail))
    return tuple(rows)


def entity_summary(row: EntityRow) -> str:
    """One line for the clipboard: ``Russland — place, 3 mentions (also: Russlands)``."""
    kind = KIND_NOUN.get(row.label, "name")
    mentions = plural(row.count, "mention", "mentions")
    return f"{row.name} — {kind}, {mentions}" + (f" ({row.detail})" if row.detail else "")


def mention_status(name: str, position: int, total: int) -> str:
    """``Russland: mention 2 of 4 — F3 for the next`` (``position`` counts from 0)."""
    return f"{name}: mention {count(position + 1)} of {count(total)} — F3 for the next"
