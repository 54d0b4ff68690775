"""The People panel's exports use the one person serialiser of app.people.export."""

from __future__ import annotations

import json

from app.core.results import Person
from app.people.export import PERSON_FIELDS, person_record
from app.ui.people_panel import people_to_csv, people_to_json

_PEOPLE = [
    Person("Olaf Scholz", ("Kanzler",), 66, "SPD", False, ((0, 11), (40, 46))),
    Person("Anna Weber", (), None, None, True, ((80, 90),)),
]


def test_json_export_is_the_cli_records() -> None:
    assert json.loads(people_to_json(_PEOPLE)) == [person_record(p) for p in _PEOPLE]


def test_csv_export_flattens_the_same_records() -> None:
    lines = people_to_csv(_PEOPLE).splitlines()
    assert lines == [
        ",".join(PERSON_FIELDS),
        "Olaf Scholz,Kanzler,66,SPD,no,0-11 40-46",
        "Anna Weber,,,,yes,80-90",
    ]
