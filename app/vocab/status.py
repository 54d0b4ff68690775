"""A learner's status of one lemma: new, learning 1–4, known or ignored.

"new" is what every lemma is until the learner says otherwise; it is never
stored. The seven possible values are shared singletons (:data:`NEW`,
:func:`learning`, :data:`KNOWN`, :data:`IGNORED`), so a vocabulary of 50,000
lemmas holds no more than seven status objects. No Qt, nothing of the app.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum

MIN_LEVEL = 1
MAX_LEVEL = 4


class Status(StrEnum):
    NEW = "new"
    LEARNING = "learning"
    KNOWN = "known"
    IGNORED = "ignored"


@dataclass(frozen=True, slots=True)
class WordStatus:
    status: Status
    level: int = 0  # 1–4 for LEARNING, 0 otherwise

    @property
    def label(self) -> str:
        """``learning 2``, ``known`` … (what the CLI and the Word panel print)."""
        return (
            f"{self.status.value} {self.level}" if self.status is Status.LEARNING else self.status
        )

    @property
    def is_new(self) -> bool:
        return self.status is Status.NEW


NEW = WordStatus(Status.NEW)
KNOWN = WordStatus(Status.KNOWN)
IGNORED = WordStatus(Status.IGNORED)
_LEARNING = {level: WordStatus(Status.LEARNING, level) for level in range(MIN_LEVEL, MAX_LEVEL + 1)}


def learning(level: int) -> WordStatus:
    """The status "learning" at ``level`` (1–4); ValueError outside that range."""
    try:
        return _LEARNING[level]
    except (KeyError, TypeError):
        raise ValueError(f"learning level must be {MIN_LEVEL}–{MAX_LEVEL}, not {level!r}") from None


def parse_status(status: str, level: int | None = None) -> WordStatus:
    """The status named ``status`` ("learning" takes ``level``, default 1).

    Raises ValueError with a sentence for the user on an unknown name, a level
    out of range, or a level given with another status.
    """
    try:
        kind = Status(status.strip().lower())
    except ValueError:
        names = ", ".join(s.value for s in Status)
        raise ValueError(f"unknown status {status!r} (use one of: {names})") from None
    if kind is Status.LEARNING:
        return learning(MIN_LEVEL if level is None else level)
    if level is not None:
        raise ValueError(f"--level goes with the status 'learning', not {kind.value!r}")
    return {Status.NEW: NEW, Status.KNOWN: KNOWN, Status.IGNORED: IGNORED}[kind]


_BY_ROW: dict[tuple[str, int], WordStatus] = {
    (Status.KNOWN.value, 0): KNOWN,
    (Status.IGNORED.value, 0): IGNORED,
    **{(Status.LEARNING.value, level): ws for level, ws in _LEARNING.items()},
}


def from_row(status: str, level: int) -> WordStatus:
    """The status stored as (name, level); NEW for anything unrecognised."""
    found = _BY_ROW.get((status, level))
    if found is None and status != Status.LEARNING:
        found = _BY_ROW.get((status, 0))  # a stray level on known/ignored
    return found or NEW


def normalize_lemma(lemma: str) -> str:
    """The key a lemma is stored under: NFC, surrounding whitespace removed, inner
    whitespace collapsed. Case is kept ("Essen" the noun, "essen" the verb)."""
    return " ".join(unicodedata.normalize("NFC", lemma).split())
