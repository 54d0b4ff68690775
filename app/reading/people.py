"""One-line descriptions of a person: on the word card, in the People panel, on the clipboard.

No Qt here.
"""

from __future__ import annotations

from app.core.results import Person
from app.reading.entities import mention_status as entity_mention_status
from app.reading.numbers import plural


def person_line(person: Person) -> str:
    """``Kreml-Despot, 71 years, SPD`` (plain text)."""
    bits = list(person.roles)
    if person.age is not None:
        bits.append(f"{person.age} years")
    if person.party:
        bits.append(person.party)
    if person.credit:
        bits.append("photo credit")
    return ", ".join(bits)


def person_detail(person: Person) -> str:
    """``Kreml-Despot · 71 years · SPD`` (the People panel's second line)."""
    bits = list(person.roles)
    if person.age is not None:
        bits.append(f"{person.age} years")
    if person.party:
        bits.append(person.party)
    return " · ".join(bits)


def person_summary(person: Person) -> str:
    """One line for the clipboard."""
    detail = person_detail(person).replace(" · ", ", ")
    mentions = plural(len(person.mentions), "mention", "mentions")
    return f"{person.name}" + (f" — {detail}" if detail else "") + f" ({mentions})"


def mention_status(person: Person, position: int, total: int) -> str:
    """``Olaf Scholz: mention 2 of 4 — F3 for the next`` (``position`` counts from 0)."""
    return entity_mention_status(person.name, position, total)
