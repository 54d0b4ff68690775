"""The one person serialiser: record and CSV row."""

from __future__ import annotations

import json

from app.core.results import Person
from app.people.export import PERSON_FIELDS, person_record, person_row

_STORY = Person("Olaf Scholz", ("Kanzler", "SPD-Politiker"), 66, "SPD", False, ((0, 11), (40, 46)))
_CREDIT = Person("Anna Weber", (), None, None, True, ((80, 90),))


def test_record_fields_are_the_cli_contract() -> None:
    record = person_record(_STORY)
    assert tuple(record) == PERSON_FIELDS == ("name", "roles", "age", "party", "credit", "mentions")
    assert record == {
        "name": "Olaf Scholz",
        "roles": ["Kanzler", "SPD-Politiker"],
        "age": 66,
        "party": "SPD",
        "credit": False,
        "mentions": [[0, 11], [40, 46]],
    }


def test_record_is_json_and_keeps_missing_values_as_null() -> None:
    record = person_record(_CREDIT)
    assert json.loads(json.dumps(record)) == record
    assert record["age"] is None and record["party"] is None and record["credit"] is True


def test_row_flattens_the_record() -> None:
    assert person_row(_STORY) == [
        "Olaf Scholz",
        "Kanzler; SPD-Politiker",
        "66",
        "SPD",
        "no",
        "0-11 40-46",
    ]
    assert person_row(_CREDIT) == ["Anna Weber", "", "", "", "yes", "80-90"]
    assert len(person_row(_STORY)) == len(PERSON_FIELDS)


def test_cli_writes_the_records() -> None:
    from app.cli import analysis_to_json

    class _Model:
        name, version = "test", "0"

    class _Analysis:
        model = _Model()
        text = ""
        entities = ()
        people = (_STORY, _CREDIT)
        notices = ()

    assert analysis_to_json(_Analysis(), "x.txt")["people"] == [
        person_record(_STORY),
        person_record(_CREDIT),
    ]
