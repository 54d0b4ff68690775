"""The People export: the people list as CSV or JSON (File ▸ Export People…).

The records are those of :mod:`app.people.export`, as ``leselupe analyze --json`` writes
them. The People dock itself is :mod:`app.ui.widgets.people_panel`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from app.core.results import Person
from app.people.export import PERSON_FIELDS, person_record, person_row


def people_to_json(people: Sequence[Person]) -> str:
    """The panel's JSON export: the records of ``leselupe analyze --json``."""
    records = [person_record(p) for p in people]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def people_to_csv(people: Sequence[Person]) -> str:
    """The panel's CSV export: the same records flattened, one row per person."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(PERSON_FIELDS)
    for p in people:
        writer.writerow(person_row(p))
    return out.getvalue()
