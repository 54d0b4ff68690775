"""Zipf frequency of German words (wordfreq's small list), for choosing compound splits.

:func:`zipf` is wordfreq's Zipf value (log10 of occurrences per billion words) of a
lower-cased word: "amt" 4.8, "samt" 4.3, "mitglied" 4.8. Words the list lacks (it
stops near Zipf 3) get :data:`FLOOR`. The list is read once, lazily, bucket by
bucket (:func:`app.core.wordfreq_data.zipf_table`); :func:`warm` reads it ahead, off
the UI thread.
No Qt here.
"""

from __future__ import annotations

from app.core.wordfreq_data import zipf_table

#: Zipf of a word outside the list (its last buckets are near Zipf 3).
FLOOR = 2.5
LANGUAGE = "de"
WORDLIST = "small"


def _load() -> dict[str, float]:
    return zipf_table(LANGUAGE, WORDLIST)


def zipf(word: str) -> float:
    """The Zipf frequency of ``word`` (any case), :data:`FLOOR` when unlisted."""
    return _load().get(word.casefold(), FLOOR)


def warm() -> None:
    """Read the list now (a worker thread calls this before the first hover)."""
    _load()
