"""German lemmas from simplemma, without simplemma's one-second start-up.

simplemma keeps its German data as a compressed front-coded stream. Its
default backend decodes all 1.1 million records into a dict on first use, and
its memory-frugal ``StreamMap`` still walks every record once to index its
blocks: about a second either way. The block index is small, so this module
saves it in the user cache directory and later processes load it in
milliseconds; lookups then decode one block of 32 records. The lemmas are
exactly simplemma's (same data, same strategies).

It uses two private parts of simplemma 2.x (``StreamMap``'s fields and
``frontcode._read_header``). If anything about them is not as expected, or the
cache cannot be read or written, :func:`lemmatize` quietly uses simplemma's
default backend instead. No Qt here; nothing written next to the code.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import threading
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import simplemma

from app.core.memo import word_cache
from app.core.paths import user_cache_dir

LANG = "de"
_FORMAT = 1

_lock = threading.Lock()
_map_lock = threading.Lock()
_lemmatize: Callable[[str], str] | None = None


def index_path(digest: str) -> Path:
    return user_cache_dir() / "lemmas" / f"simplemma-{LANG}-{digest}-v{_FORMAT}.idx"


class _CachedStreamMap(Mapping[str, str]):
    """simplemma's ``StreamMap`` with its block index read from (or written to) a file."""

    def __init__(self) -> None:
        # imported here, inside _make_lemmatizer's try: private parts of simplemma 2.x
        # that may move; if they do, the caller falls back to simplemma's public API
        from simplemma.strategies.dictionaries import frontcode
        from simplemma.strategies.dictionaries.dictionary_factory import _read_decompressed
        from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

        data = _read_decompressed(LANG)
        digest = hashlib.blake2b(data, digest_size=12).hexdigest()
        path = index_path(digest)
        inner: Any = StreamMap.__new__(StreamMap)
        inner._data = data
        inner._rev, inner._count, inner._pos = frontcode._read_header(data)
        index = _read_index(path, inner._count)
        if index is None:
            built = StreamMap(LANG)  # walks the stream once
            index = (built._firsts, built._blocks)
            _write_index(path, index, inner._count)
        inner._firsts, inner._blocks = index
        self._inner = inner

    def __getitem__(self, key: str) -> str:
        value: str | None = self._inner._lookup(key)
        if value is None:
            raise KeyError(key)
        return value

    def get(self, key: str, default: Any = None) -> Any:
        value = self._inner._lookup(key)
        return default if value is None else value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._inner._lookup(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._inner)

    def __len__(self) -> int:
        return int(self._inner._count)


_BLOCK_SIZE = 32  # simplemma's stream_dictionary_factory._BLOCK_SIZE


def _read_index(
    path: Path, count: int
) -> tuple[list[bytes], list[tuple[int, bytes, bytes]]] | None:
    try:
        firsts, blocks, stored_count = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    expected = (count + _BLOCK_SIZE - 1) // _BLOCK_SIZE
    if (
        stored_count != count
        or not isinstance(firsts, list)
        or not isinstance(blocks, list)
        or len(firsts) != expected
        or len(blocks) != expected
    ):
        return None
    return firsts, blocks


def _write_index(
    path: Path, index: tuple[list[bytes], list[tuple[int, bytes, bytes]]], count: int
) -> None:
    firsts, blocks = index
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps((firsts, blocks, count)))
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only cache only costs start-up time


class _Factory:
    """A simplemma ``DictionaryFactory`` serving the cached German stream map."""

    def __init__(self) -> None:
        self._map: Mapping[str, str] | None = None

    def get_dictionary(self, lang: str) -> Mapping[str, str]:
        if lang != LANG:
            raise ValueError(f"only {LANG!r} is provided here")
        if self._map is None:
            self._map = _shared_map()
        return self._map


_map: _CachedStreamMap | None = None


def _shared_map() -> _CachedStreamMap:
    """The one stream map of this process (the lemmatizer and :func:`is_known`)."""
    global _map
    with _map_lock:
        if _map is None:
            _map = _CachedStreamMap()
        return _map


def _make_lemmatizer() -> Callable[[str], str]:
    try:
        # inside the try: a simplemma without these names means the public API fallback
        from simplemma import Lemmatizer
        from simplemma.strategies import DefaultStrategy

        factory = _Factory()
        factory.get_dictionary(LANG)  # fail here, not in the middle of a text
        lemmatizer = Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory))

        def fast(word: str) -> str:
            return str(lemmatizer.lemmatize(word, lang=LANG))

        return fast
    except Exception:  # simplemma changed: use its public API
        return lambda word: str(simplemma.lemmatize(word, lang=LANG))


def lemmatize(word: str) -> str:
    """simplemma's German lemma of ``word`` (the word itself when it has none)."""
    global _lemmatize
    if _lemmatize is None:
        with _lock:
            if _lemmatize is None:
                _lemmatize = _make_lemmatizer()
    try:
        return _lemmatize(word)
    except (ValueError, TypeError):
        return word


@word_cache(maxsize=200_000)
def cached_lemma(word: str) -> str:
    """:func:`lemmatize`, remembered per word (for callers that ask about a word often)."""
    return lemmatize(word)


def is_known(word: str) -> bool:
    """True when simplemma's German data lists ``word`` (as a form or a lemma),
    in this capitalisation or the other one."""
    if not word:
        return False
    try:
        mapping = _shared_map()
    except Exception:  # simplemma changed: use its public API
        return bool(simplemma.is_known(word, lang=LANG))
    other = word.lower() if word[:1].isupper() else word.capitalize()
    return word in mapping or other in mapping


def known_lemma(word: str) -> str | None:
    """simplemma's lemma of ``word`` if its data lists the word, else None."""
    return lemmatize(word) if is_known(word) else None
