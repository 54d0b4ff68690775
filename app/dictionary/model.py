"""The plain results of a dictionary lookup: :class:`WordInfo` and its parts.

Immutable data only, made by :mod:`app.dictionary.lookup` and shown by the
window and the CLI. No database access, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

SOURCE_NAME = "offline dictionary"
#: The definite article of each gender marker of Ding ("pl": plural-only nouns).
ARTICLE_OF_GENDER = {"m": "der", "f": "die", "n": "das", "pl": "die"}


@dataclass(frozen=True, slots=True)
class Gloss:
    """One English translation with its register labels and notes kept apart."""

    text: str
    labels: str = ""  # e.g. "Br.", "coll."
    note: str = ""  # Ding's comment, e.g. "of a person"


@dataclass(frozen=True, slots=True)
class CompoundPart:
    text: str  # the piece of the word as written, e.g. "Waffen"
    lemma: str  # its dictionary form, e.g. "Waffe"
    glosses: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class WordInfo:
    word: str
    lemma: str
    pos: str = ""
    gender: str | None = None  # "m", "f", "n" (or "pl" for plural-only nouns)
    article: str | None = None  # "der", "die", "das"
    plural: str | None = None
    morph: str = ""
    glosses: tuple[str, ...] = ()
    compound: tuple[CompoundPart, ...] = ()
    source: str = SOURCE_NAME
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    #: The headword as Ding writes it, e.g. "sich befinden" for lemma "befinden".
    headword: str = ""
    #: ``glosses`` with their labels and notes, in the same order.
    senses: tuple[Gloss, ...] = ()
    #: Which step of the lookup chain found the entry: "exact", "lemma",
    #: "simplemma", "rules" (suffix rules), "case", "compound", "feminine",
    #: "participle noun", "numeral" (:mod:`app.dictionary.numerals`), "phrase" (a
    #: preposition joined to its noun, "zulasten"), "loanword" (an English noun,
    #: :func:`app.dictionary.english.loanword`) or "" (nothing found).
    match: str = ""
    #: Field labels of the best entry, e.g. "pol., mil." (empty for general words).
    domains: str = ""
    #: A noun whose gender depends on the sense or the region: the genders Ding leaves
    #: possible ("m,f" for "See", "Leiter": the entries differ; "m,f,n" when an entry is
    #: regional, as Austrian "das Service"), "" when its entries agree on one gender.
    genders: str = ""


def senses_first(info: WordInfo, first: Sequence[Gloss], limit: int) -> WordInfo:
    """``info`` with the senses ``first`` ahead of its own (none of them twice), at
    most ``limit``: a gloss the context asks for ("um 3 Uhr": o'clock)."""
    texts = {g.text for g in first}
    senses = (*first, *(g for g in info.senses if g.text not in texts))[:limit]
    return replace(info, glosses=tuple(g.text for g in senses), senses=senses)
