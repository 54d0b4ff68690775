"""The People export: the people list as CSV or JSON (File ▸ Export People…).

The People dock itself is :mod:`app.ui.widgets.people_panel`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from app.core.results import Person


def people_to_json(people: Sequence[Person]) -> str:
    records = [
        {
            "name": p.name,
            "roles": list(p.roles),
            "age": p.age,
            "party": p.party,
            "photo_credit": p.credit,
            "mentions": len(p.mentions),
            "first_mention": min((s for s, _ in p.mentions), default=None),
        }
        for p in people
    ]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def people_to_csv(people: Sequence[Person]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["name", "roles", "age", "party", "photo_credit", "mentions"])
    for p in people:
        writer.writerow(
            [
                p.name,
                "; ".join(p.roles),
                "" if p.age is None else p.age,
                p.party or "",
                "yes" if p.credit else "no",
                len(p.mentions),
            ]
        )
    return out.getvalue()
