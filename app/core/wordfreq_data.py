"""wordfreq's word lists, read from the data files it ships, without importing it.

Importing ``wordfreq`` costs about a second (its tokenisers), so its data files are
read directly when they have the format this module knows (``cB`` version 1: a
header, then buckets of words, bucket ``i`` holding the words whose frequency is
``10 ** (-i / 100)``, most frequent first); otherwise the public
:func:`wordfreq.get_frequency_list` is used. wordfreq's data is CC BY-SA 4.0 (Robyn
Speer and the sources named in its NOTICE). Used by :mod:`app.vocab.freq` (German
bands), :mod:`app.dictionary.english` (English glosses) and :mod:`app.dictionary.frequency`
(German Zipf of compound parts). No Qt, nothing of the app.
"""

from __future__ import annotations

import gzip
import importlib.util
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

#: Zipf value of bucket 0; bucket ``i`` holds Zipf ``TOP_ZIPF - i / 100``.
TOP_ZIPF = 9.0

_zipf_tables: dict[tuple[str, str, float], dict[str, float]] = {}
_zipf_lock = threading.Lock()


def data_file(language: str, wordlist: str) -> Path | None:
    """wordfreq's data file of ``language`` ("de", "en") and ``wordlist`` ("small",
    "large"), found without importing wordfreq."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "data" / f"{wordlist}_{language}.msgpack.gz"
        if path.is_file():
            return path
    return None


def read_buckets(language: str, wordlist: str) -> Iterator[Sequence[str]]:
    """wordfreq's list: buckets of words, most frequent first (bucket ``i``: frequency
    ``10 ** (-i / 100)``, a Zipf value of ``9 - i / 100``).

    The data file is unpacked one bucket at a time (each a short call that lets other
    threads run: one ``msgpack.load`` of the whole file held the interpreter lock for
    tens of milliseconds, a stall for the window), and the caller stops reading once
    it has the words it needs."""
    path = data_file(language, wordlist)
    if path is not None:
        import msgpack  # deferred: only needed once, when the list is first read

        with gzip.open(path, "rb") as handle:
            unpacker = msgpack.Unpacker(handle, raw=False, read_size=16 * 1024)
            count = unpacker.read_array_header()
            header = unpacker.unpack() if count else None
            if (
                isinstance(header, dict)
                and header.get("format") == "cB"
                and header.get("version") == 1
            ):
                for _ in range(count - 1):
                    bucket = unpacker.unpack()
                    yield bucket if isinstance(bucket, list) else []
                return
    import wordfreq  # deferred: slow to import; only when the file format changed

    yield from wordfreq.get_frequency_list(language, wordlist)


def zipf_table(language: str, wordlist: str, floor: float = 0.0) -> dict[str, float]:
    """Zipf value of each word of wordfreq's list down to ``floor`` (the first bucket a
    word is in), read once per (language, list, floor) and shared; the words in
    frequency order. A list that cannot be read (whole) gives the words read so far:
    a word not read counts as rare, not as an error."""
    key = (language, wordlist, floor)
    table = _zipf_tables.get(key)
    if table is None:
        with _zipf_lock:
            table = _zipf_tables.get(key)
            if table is None:
                table = {}
                last = round((TOP_ZIPF - floor) * 100)
                try:
                    for index, bucket in enumerate(read_buckets(language, wordlist)):
                        if index > last:
                            break
                        value = round(TOP_ZIPF - index / 100, 2)
                        for word in bucket:
                            table.setdefault(word, value)
                except Exception:  # msgpack's own errors are not all ValueErrors
                    pass
                _zipf_tables[key] = table
    return table
