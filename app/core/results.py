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


@dataclass(frozen=True, slots=True)
class NamedEntity:
    """A place or an organisation of the text, with every mention of it merged:
    inflected forms ("Russlands"), variants ("die Bahn" for "Deutsche Bahn") and an
    acronym the text introduces ("Internationaler Währungsfonds (IWF)")."""

    name: str
    label: str  # "LOC" or "ORG"
    mentions: tuple[tuple[int, int], ...]
    #: The distinct written forms, most frequent first.
    forms: tuple[str, ...] = ()

    @property
    def count(self) -> int:
        return len(self.mentions)


@dataclass(frozen=True, slots=True)
class Quote:
    """Words attributed to a speaker: quoted ("direct") or reported ("indirect").

    ``start``/``end`` index the quoted words without their quotation marks, or the
    reported clause without its attribution ("sagte er", "laut Polizei").
    """

    start: int
    end: int
    text: str
    kind: str  # "direct" or "indirect"
    #: A person's name (as in the People list), an organisation's name, or the
    #: description the text gives ("ein Sprecher der Polizei"); None when unknown.
    speaker: str | None
    #: Where the text names the speaker for this quote (a name, pronoun or role).
    speaker_mention: tuple[int, int] | None
    #: "person", "organisation", "description" or None (no speaker).
    speaker_kind: str | None = None
