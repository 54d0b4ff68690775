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
from collections.abc import Iterator, Sequence
from pathlib import Path


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
