"""Zipf frequency of German words (wordfreq's small list), for choosing compound splits.

:func:`zipf` is wordfreq's Zipf value (log10 of occurrences per billion words) of a
lower-cased word: "amt" 4.8, "samt" 4.3, "mitglied" 4.8. Words the list lacks (it
stops near Zipf 3) get :data:`FLOOR`. The list is read once, lazily, bucket by
bucket (:mod:`app.core.wordfreq_data`); :func:`warm` reads it ahead, off the UI thread.
No Qt here.
"""

from __future__ import annotations

import threading

from app.core.wordfreq_data import read_buckets

#: Zipf of a word outside the list (its last buckets are near Zipf 3).
FLOOR = 2.5
_BUCKETS_PER_ZIPF = 100
_MAX_ZIPF = 9.0

_table: dict[str, float] | None = None
_lock = threading.Lock()


def _load() -> dict[str, float]:
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                table: dict[str, float] = {}
                try:
                    for index, bucket in enumerate(read_buckets("de", "small")):
                        value = _MAX_ZIPF - index / _BUCKETS_PER_ZIPF
                        for word in bucket:
                            table.setdefault(word, value)
                except Exception:  # msgpack's own errors are not all ValueErrors
                    pass  # words not read count as rare
                _table = table
    return _table


def zipf(word: str) -> float:
    """The Zipf frequency of ``word`` (any case), :data:`FLOOR` when unlisted."""
    return _load().get(word.casefold(), FLOOR)


def warm() -> None:
    """Read the list now (a worker thread calls this before the first hover)."""
    _load()
