"""The records of the lookup: a sense (one form row), its entry, a ranked candidate.

A :class:`Sense` is one way a word leads to a Ding line, read from a form row
and ranked without the entry; :meth:`app.dictionary.lookup.Lookup.load` attaches
the headwords and glosses (:class:`EntryData`, :class:`SubData`) only to the
senses that are shown. Pure data and unpacking; no database access, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.dictionary.ranking import MARKED_ENGLISH
from app.dictionary.schema import (
    FS,
    KIND_COMPARISON,
    KIND_DECLINED,
    KIND_PLURAL,
    KIND_SUBHEAD,
    KIND_VARIANT,
    KIND_VERBFORM,
    RS,
    restore_case,
)
from app.dictionary.store import Row

FORM_KINDS = frozenset({KIND_PLURAL, KIND_VERBFORM, KIND_COMPARISON})
OWN_SUB_KINDS = frozenset({KIND_SUBHEAD, KIND_VARIANT})
_DEDUP = re.compile(r"\b(?:sth|sb|sb's|one's)\.?|\W+")

#: text, labels, note, duplicate key, marked register
GlossItem = tuple[str, str, str, str, bool]


@dataclass(frozen=True, slots=True)
class Head:
    """A German headword as stored: display text, gender, plural, labels, comments."""

    text: str
    gender: str = ""
    plural: str = ""
    labels: str = ""
    comments: str = ""


def head_at(packed: str | None, index: int) -> Head | None:
    """Record ``index`` of packed headwords (only that one is unpacked)."""
    if not packed or index < 0:
        return None
    records = packed.split(RS)
    if index >= len(records):
        return None
    fields = records[index].split(FS)
    fields += [""] * (5 - len(fields))
    return Head(*fields[:5])


def unpack_glosses(packed: str | None) -> tuple[GlossItem, ...]:
    """Packed glosses as (text, labels, note, duplicate key, marked register)."""
    if not packed:
        return ()
    out = []
    for record in packed.split(RS):
        fields = record.split(FS)
        text = fields[0]
        if not text:
            continue
        labels = fields[1] if len(fields) > 1 else ""
        marked = bool(labels) and not MARKED_ENGLISH.isdisjoint(labels.split(", "))
        note = fields[2] if len(fields) > 2 else ""
        out.append((text, labels, note, dedup_key(text), marked))
    return tuple(out)


def dedup_key(text: str) -> str:
    """What two glosses share when they say the same ("to reckon with sth" ~ "reckon with")."""
    text = text.casefold()
    if text.startswith("to "):
        text = text[3:]
    if text.replace(" ", "").isalpha() and "sb" not in text and "sth" not in text:
        return " ".join(text.split())  # plain words (most glosses): no pattern needed
    return _DEDUP.sub(" ", text).strip()


@dataclass(slots=True)
class EntryData:
    """Headwords and glosses of an entry, loaded for the senses that are shown."""

    heads: str  # packed
    glosses: tuple[GlossItem, ...]
    domains: str
    classes: str


@dataclass(slots=True)
class SubData:
    """Headwords and glosses of a later sub-entry."""

    heads: str  # packed
    glosses: tuple[GlossItem, ...]


class Sense:
    """One way a word leads to a Ding line: a form row, ranked without the entry.

    The entry (headwords, glosses) is attached by :meth:`Lookup.load` only for
    the senses that are shown.
    """

    __slots__ = (
        "alt", "classes", "entry", "entry_data", "flags", "key", "kind", "lemma", "needs_sub",
        "score", "sub", "sub_data",
    )  # fmt: skip

    def __init__(self, row: Row) -> None:
        self.key = restore_case(row[0], row[1], row[2])
        self.kind, self.sub, self.alt, self.entry = row[3], row[4], row[5], row[6]
        self.score = row[7] / 100.0
        self.classes = row[8]
        self.flags = row[9]
        self.lemma = row[10] or self.key
        self.entry_data: EntryData | None = None
        self.sub_data: SubData | None = None
        #: the glosses come (also) from a later sub-entry
        self.needs_sub: bool = self.sub > 0 and (
            self.kind in FORM_KINDS or self.kind in OWN_SUB_KINDS
        )

    @property
    def head(self) -> Head | None:
        """The headword this word leads to (needs :meth:`Lookup.load`)."""
        if self.kind in OWN_SUB_KINDS and self.sub:
            packed = self.sub_data.heads if self.sub_data else None
        else:
            packed = self.entry_data.heads if self.entry_data else None
        return head_at(packed, 0 if self.kind == KIND_DECLINED else self.alt)

    def glosses(self, lemma_first: bool = False) -> list[GlossItem]:
        """This sense's glosses in order: the exact form's sub-entry first."""
        return self.gloss_parts(lemma_first)[0]

    def gloss_parts(self, lemma_first: bool = False) -> tuple[list[GlossItem], int]:
        """The glosses, and how many at the front translate this exact form
        ("households" for "Haushalte") rather than the headword."""
        main = self.entry_data.glosses if self.entry_data else ()
        form = self.sub_data.glosses if self.sub_data else ()
        if self.kind in OWN_SUB_KINDS and self.sub:
            return list(form), 0
        if self.kind in FORM_KINDS and self.sub and not lemma_first:
            return [*form, *main], len(form)
        return list(main), 0


@dataclass(slots=True)
class Candidate:
    """A sense with its score for this lookup."""

    sense: Sense
    score: float
    step: str = "exact"  # the step of the chain that found it
    query: str = ""  # the form looked up in that step


@dataclass(frozen=True, slots=True)
class Found:
    """The readings of one word, best first, and how the best was found."""

    candidates: list[Candidate]
    step: str
