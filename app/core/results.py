"""Result types shared by every layer: sentences, entities and people of an analysed text.

Plain immutable records made once by the analysis core and passed down to the CLI, the
reading layer and the window. Offsets index the analysed text. This module imports
nothing of the app and no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The entity labels Leselupe shows, in legend order.
ENTITY_LABELS = ("PER", "LOC", "ORG", "MISC")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    label: str
    text: str


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    roles: tuple[str, ...]
    age: int | None
    party: str | None
    credit: bool
    mentions: tuple[tuple[int, int], ...]
    #: Possessive roles: ("Sprecher", "Wladimir Putin") for "Putins Sprecher Dmitri Peskow".
    relations: tuple[tuple[str, str], ...] = ()
