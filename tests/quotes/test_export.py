"""CSV and JSON export of quotes, places and organisations."""

from __future__ import annotations

import csv
import io
import json

from app.core.results import NamedEntity, Quote
from app.quotes.export import entities_csv, entities_json, quotes_csv, quotes_json

QUOTES = [
    Quote(1, 16, "Wir sind bereit", "direct", "Eva Roth", (25, 33), "person"),
    Quote(40, 60, 'Die Lage, sagt er, "sei" ernst', "indirect", None, None, None),
]
PLACES = [NamedEntity("Russland", "LOC", ((0, 9), (20, 28)), ("Russlands", "Russland"))]


def test_quotes_csv_round_trips_through_a_csv_reader() -> None:
    rows = list(csv.reader(io.StringIO(quotes_csv(QUOTES))))
    assert rows[0] == ["kind", "speaker", "speaker_kind", "text", "start", "end"]
    assert rows[1] == ["direct", "Eva Roth", "person", "Wir sind bereit", "1", "16"]
    assert rows[2][1] == "" and rows[2][3] == 'Die Lage, sagt er, "sei" ernst'


def test_quotes_json_matches_the_cli_fields() -> None:
    data = json.loads(quotes_json(QUOTES))
    assert data[0] == {
        "start": 1,
        "end": 16,
        "text": "Wir sind bereit",
        "kind": "direct",
        "speaker": "Eva Roth",
        "speaker_mention": [25, 33],
        "speaker_kind": "person",
    }
    assert data[1]["speaker_mention"] is None


def test_entities_export() -> None:
    assert json.loads(entities_json(PLACES))[0]["count"] == 2
    rows = list(csv.reader(io.StringIO(entities_csv(PLACES))))
    assert rows[1] == ["Russland", "2", "Russlands; Russland", "0-9 20-28"]
    assert quotes_csv([]).count("\n") == 1
