"""People mentioned in an article: names, roles, ages, parties, photo credits.

Works on the plain analysis data (tokens, sentences, entities) only, so it is
independent of which spaCy pipeline produced them. No Qt, no spaCy here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.analysis import Entity, Sentence, Token


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    roles: tuple[str, ...]
    age: int | None
    party: str | None
    credit: bool
    mentions: tuple[tuple[int, int], ...]


def extract_people(
    text: str,
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    entities: Sequence[Entity],
) -> tuple[Person, ...]:
    """The people of ``text``, in order of first mention (placeholder: PER entities)."""
    by_name: dict[str, list[tuple[int, int]]] = {}
    for ent in entities:
        if ent.label == "PER":
            by_name.setdefault(ent.text, []).append((ent.start, ent.end))
    return tuple(
        Person(name=name, roles=(), age=None, party=None, credit=False, mentions=tuple(spans))
        for name, spans in by_name.items()
    )
