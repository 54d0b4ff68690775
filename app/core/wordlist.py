"""wordfreq's German word list, read bucket by bucket without importing wordfreq.

Importing ``wordfreq`` itself costs about a second (its tokenisers), so the data
file it ships is read directly when it has the format this module knows (``cB``
version 1: bucket ``i`` holds the words whose frequency is 10^(-i/100), Zipf
9 - i/100); otherwise the public :func:`wordfreq.get_frequency_list` is used.
wordfreq's data is CC BY-SA 4.0 (Robyn Speer and the sources named in NOTICE).
Used by :mod:`app.vocab.freq` (bands) and :mod:`app.dictionary.frequency` (Zipf
of compound parts). No Qt here.
"""

from __future__ import annotations

import gzip
import importlib.util
from collections.abc import Iterator, Sequence
from pathlib import Path

LANGUAGE = "de"
WORDLIST = "small"


def data_file() -> Path | None:
    """wordfreq's German data file, found without importing wordfreq."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "data" / f"{WORDLIST}_{LANGUAGE}.msgpack.gz"
        if path.is_file():
            return path
    return None


def read_buckets() -> Iterator[Sequence[str]]:
    """wordfreq's list for German: buckets of words, most frequent first (bucket i:
    Zipf 9 - i/100 when read from the data file).

    The data file is unpacked one bucket at a time (each a short call that lets other
    threads run: one ``msgpack.load`` of the whole file held the interpreter lock for
    tens of milliseconds, a stall for the window), and the caller stops reading once
    it has the words it needs."""
    path = data_file()
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

    yield from wordfreq.get_frequency_list(LANGUAGE, WORDLIST)
