"""Quotes, places and organisations as CSV or JSON text, for Copy and Export.

The JSON objects are those of ``leselupe analyze --json`` (one list); the CSV has a
header row and one row per record, with offsets so a reader can find the words again.
Plain strings in, a string out: the caller writes the file. No Qt.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from app.core.results import NamedEntity, Quote

QUOTE_COLUMNS = ("kind", "speaker", "speaker_kind", "text", "start", "end")
ENTITY_COLUMNS = ("name", "count", "forms", "mentions")


def quote_record(q: Quote) -> dict[str, Any]:
    """A quote as in ``analyze --json``."""
    return {
        "start": q.start,
        "end": q.end,
        "text": q.text,
        "kind": q.kind,
        "speaker": q.speaker,
        "speaker_mention": list(q.speaker_mention) if q.speaker_mention else None,
        "speaker_kind": q.speaker_kind,
    }


def entity_record(record: NamedEntity) -> dict[str, Any]:
    """A place or organisation as in ``analyze --json``."""
    return {
        "name": record.name,
        "count": record.count,
        "mentions": [[s, e] for s, e in record.mentions],
        "forms": list(record.forms),
    }


def quotes_json(quotes: Sequence[Quote]) -> str:
    return json.dumps([quote_record(q) for q in quotes], ensure_ascii=False, indent=2)


def quotes_csv(quotes: Sequence[Quote]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(QUOTE_COLUMNS)
    for q in quotes:
        writer.writerow([q.kind, q.speaker or "", q.speaker_kind or "", q.text, q.start, q.end])
    return out.getvalue()


def entities_json(records: Sequence[NamedEntity]) -> str:
    return json.dumps([entity_record(r) for r in records], ensure_ascii=False, indent=2)


def entities_csv(records: Sequence[NamedEntity]) -> str:
    """Forms joined by "; ", mentions as "start-end" joined by spaces."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ENTITY_COLUMNS)
    for r in records:
        mentions = " ".join(f"{s}-{e}" for s, e in r.mentions)
        writer.writerow([r.name, r.count, "; ".join(r.forms), mentions])
    return out.getvalue()
