"""Offline German–English dictionary (Ding) and the WordInfo shown on hover.

Interface used by the CLI and the window:

- :func:`open_dictionary` returns the shared :class:`Dictionary` (opened once);
  a missing or corrupt database gives a dictionary that answers with lemma and
  POS only, plus one message in :attr:`Dictionary.error`.
- :meth:`Dictionary.lookup` never raises; bad input gives an empty WordInfo.

No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class CompoundPart:
    text: str
    lemma: str
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
    source: str = "offline dictionary"
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


class Dictionary:
    """Placeholder until the Ding database exists: lemma and POS only."""

    error: str | None = "the offline dictionary is not available yet"

    def lookup(
        self, word: str, lemma: str | None = None, pos: str = "", morph: str = ""
    ) -> WordInfo:
        return WordInfo(word=word, lemma=lemma or word, pos=pos, morph=morph, source="")


_shared: Dictionary | None = None


def open_dictionary() -> Dictionary:
    """The process-wide dictionary."""
    global _shared
    if _shared is None:
        _shared = Dictionary()
    return _shared
