"""The one serialised form of a person, for ``leselupe analyze --json`` and the People panel.

:func:`person_record` is the JSON object of a :class:`~app.core.results.Person`; its
field names (:data:`PERSON_FIELDS`) are a contract of the command line's JSON output.
:func:`person_row` is the same record flattened into text cells for a CSV table.
"""

from __future__ import annotations

from typing import Any

from app.core.results import Person

#: The fields of a person record, in order (also the header of a CSV table).
PERSON_FIELDS = ("name", "roles", "age", "party", "credit", "mentions")


def person_record(person: Person) -> dict[str, Any]:
    """The JSON object of one person.

    ``roles`` in text order; ``age`` and ``party`` null when not stated; ``credit`` true
    for photo credits; ``mentions`` the [start, end) character offsets of every mention.
    """
    return {
        "name": person.name,
        "roles": list(person.roles),
        "age": person.age,
        "party": person.party,
        "credit": person.credit,
        "mentions": [[start, end] for start, end in person.mentions],
    }


def person_row(person: Person) -> list[str]:
    """:func:`person_record` as CSV cells, in the order of :data:`PERSON_FIELDS`.

    Roles are joined by "; ", a missing age or party is empty, ``credit`` is "yes" or
    "no", mentions are "start-end" offsets separated by spaces.
    """
    record = person_record(person)
    return [
        record["name"],
        "; ".join(record["roles"]),
        "" if record["age"] is None else str(record["age"]),
        record["party"] or "",
        "yes" if record["credit"] else "no",
        " ".join(f"{start}-{end}" for start, end in record["mentions"]),
    ]
