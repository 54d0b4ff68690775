"""Offline German–English dictionary (Ding) and the WordInfo shown on hover.

Interface used by the CLI and the window:

- :func:`open_dictionary` returns the shared :class:`Dictionary` (opened once;
  the first run unpacks the bundled database, reporting progress); a missing
  or corrupt database gives a dictionary that answers with lemma and POS only,
  plus one message in :attr:`Dictionary.error`.
- :meth:`Dictionary.lookup` never raises; bad input gives an empty WordInfo.
- :func:`warm_compounds` reads the tables compound splitting uses (wordfreq's list,
  :mod:`~app.dictionary.heads`) ahead, on the thread that opens the dictionary.

Runtime modules: :mod:`~app.dictionary.service` (the Dictionary),
:mod:`~app.dictionary.lookup` (chain and ranking), :mod:`~app.dictionary.compound`,
:mod:`~app.dictionary.german` (suffix rules), :mod:`~app.dictionary.ranking`
(query-time scores), :mod:`~app.dictionary.store` (installing and reading the
database), :mod:`~app.dictionary.schema` and :mod:`~app.dictionary.model`.
The data is Ding (Frank Richter, TU Chemnitz; GPL-2.0-or-later), converted by
:mod:`app.dictionary.build`, which nothing here imports. No Qt here.
"""

from __future__ import annotations

import threading

from app.dictionary import frequency, heads
from app.dictionary.model import ARTICLE_OF_GENDER, CompoundPart, Gloss, WordInfo
from app.dictionary.service import Dictionary
from app.dictionary.store import Progress

__all__ = [
    "ARTICLE_OF_GENDER",
    "CompoundPart",
    "Dictionary",
    "Gloss",
    "Progress",
    "WordInfo",
    "open_dictionary",
    "warm_compounds",
]

_shared: Dictionary | None = None
_shared_lock = threading.Lock()


def open_dictionary(progress: Progress | None = None) -> Dictionary:
    """The process-wide dictionary (the first call opens or installs it)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Dictionary(progress=progress)
        return _shared


def warm_compounds() -> None:
    """Read the word frequencies and the compound-head table now (about 0.15 s), and
    the open dictionary's state headwords ("auf etw. angewiesen sein", ~25 ms), so that
    the first compound or participle hovered does not pay for them on the UI thread."""
    frequency.warm()
    heads.warm()
    with _shared_lock:
        shared = _shared
    if shared is not None:
        shared.warm_states()
