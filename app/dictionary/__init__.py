"""Offline German–English dictionary (Ding) and the WordInfo shown on hover.

Interface used by the CLI and the window:

- :func:`open_dictionary` returns the shared :class:`Dictionary` (opened once;
  the first run unpacks the bundled database, reporting progress); a missing
  or corrupt database gives a dictionary that answers with lemma and POS only,
  plus one message in :attr:`Dictionary.error`.
- :meth:`Dictionary.lookup` never raises; bad input gives an empty WordInfo.

The data is Ding (Frank Richter, TU Chemnitz; GPL-2.0-or-later), converted by
:mod:`app.dictionary.build`. No Qt here.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.dictionary.model import SOURCE_NAME, CompoundPart, Gloss, WordInfo

if TYPE_CHECKING:
    from app.dictionary.lookup import Lookup

__all__ = ["CompoundPart", "Dictionary", "Gloss", "WordInfo", "open_dictionary"]

#: progress(fraction 0..1, message), called while the first run unpacks the database.
Progress = Callable[[float, str], None]

_RESULT_CACHE_SIZE = 20_000


class Dictionary:
    """Lookups in the offline dictionary; falls back to lemma and POS without it."""

    def __init__(self, path: object = None, progress: Progress | None = None) -> None:
        """Open the database at ``path`` (default: locate or install it)."""
        from pathlib import Path

        from app.dictionary.store import DictionaryUnavailable, Store, locate

        self.error: str | None = None
        self.description: str | None = None
        self.path: Path | None = None
        self._lookup: Lookup | None = None
        self._cache: OrderedDict[tuple[str, str, str, str, str], WordInfo] = OrderedDict()
        self._lock = threading.Lock()
        try:
            db_path = Path(str(path)) if path is not None else locate(progress)
            try:
                store = Store(db_path)
            except DictionaryUnavailable:
                if path is not None or not _reinstallable(db_path):
                    raise
                db_path.unlink(missing_ok=True)  # a damaged installed copy: unpack again
                store = Store(locate(progress))
        except DictionaryUnavailable as exc:
            self.error = f"{exc} Showing lemma and part of speech only."
            return
        except Exception as exc:  # never let the dictionary stop the app
            self.error = (
                f"The offline dictionary could not be opened ({type(exc).__name__}: {exc})."
                " Showing lemma and part of speech only."
            )
            return
        from app.dictionary.lookup import Lookup

        self.path = store.path
        self._lookup = Lookup(store)
        meta = store.meta
        self.description = (
            f"Ding {meta.get('source_version', '')} (TU Chemnitz, {meta.get('license', '')}),"
            f" {int(meta.get('entries', '0')):,} entries — {store.path}"
        )

    @property
    def available(self) -> bool:
        return self._lookup is not None

    def lookup(
        self, word: str, lemma: str | None = None, pos: str = "", morph: str = "", frame: str = ""
    ) -> WordInfo:
        """Everything the hover shows for one token; never raises.

        ``frame`` names the prepositions, "als" and "sich" in a verb's clause
        (:func:`app.grammar.clause_frame`): "mit" makes "mit etw. rechnen" the
        reading of "rechnet".
        """
        try:
            key = (word, lemma or "", pos or "", morph or "", frame or "")
            with self._lock:
                cached = self._cache.get(key)
            if cached is not None:
                return cached
            info = self._compute(word, lemma, pos or "", morph or "", frame or "")
            with self._lock:
                self._cache[key] = info
                if len(self._cache) > _RESULT_CACHE_SIZE:
                    self._cache.popitem(last=False)
            return info
        except Exception:  # a bug must never take the hover down
            return _empty(word, lemma, pos, morph)

    def _compute(
        self, word: str, lemma: str | None, pos: str, morph: str, frame: str = ""
    ) -> WordInfo:
        from app.dictionary import german
        from app.grammar import is_split_particle

        if not isinstance(word, str):
            return _empty("", None, pos, morph)
        if self._lookup is None:
            return WordInfo(word=word, lemma=lemma or word, pos=pos, morph=morph, source="")
        clean = german.clean_token(word)
        if clean is None:
            return _empty(word, lemma, pos, morph)
        lookup = self._lookup
        if lemma and is_split_particle(clean, lemma):
            pos = "VERB"  # "an" in "kündigte … an": the hover shows ankündigen
        found = lookup.find(clean, lemma, pos, morph, frame)
        if found is not None:
            return lookup.info(found, pos, morph, word)
        return _compound_info(lookup, clean, word, lemma, pos, morph)

    def close(self) -> None:
        if self._lookup is not None:
            self._lookup.store.close()
            self._lookup = None


def _reinstallable(path: object) -> bool:
    from pathlib import Path

    from app.core.paths import user_data_dir

    try:
        return Path(str(path)).resolve().is_relative_to(user_data_dir().resolve())
    except OSError:
        return False


def _empty(word: object, lemma: str | None, pos: str | None, morph: str | None) -> WordInfo:
    text = word if isinstance(word, str) else ""
    return WordInfo(word=text, lemma="", pos=pos or "", morph=morph or "", source="")


def _compound_info(
    lookup: Lookup, clean: str, word: str, lemma: str | None, pos: str, morph: str
) -> WordInfo:
    """The WordInfo of a word known only through its parts (or an empty one)."""
    from app.dictionary import german
    from app.dictionary.compound import Piece, split_closed, split_hyphenated

    pieces: list[Piece | str] | None = split_hyphenated(lookup, clean)
    base = clean  # the form that was split (the word, or its lemma)
    if pieces is None:
        queries = [clean]
        for q in (lookup.simplemma_lemma(clean), german.clean_token(lemma) if lemma else None):
            if q and q not in queries:
                queries.append(q)
        queries += german.inflection_candidates(clean)[:3]
        for query in queries:
            closed = split_closed(lookup, query)
            if closed:
                pieces, base = list(closed), query
                break
    if not pieces:
        return _empty(word, lemma, pos, morph)
    parts = [
        CompoundPart(p, p, ()) if isinstance(p, str) else lookup.part(p.text, p.found)
        for p in pieces
    ]
    last = pieces[-1]
    head_text = last if isinstance(last, str) else last.text
    gender = article = plural = None
    head_lemma = parts[-1].lemma
    if isinstance(last, Piece):
        head_info = lookup.info(last.found, "", "", last.text)
        gender, article, head_lemma = head_info.gender, head_info.article, head_info.lemma
        if head_info.plural:
            plural = _join_head(base, head_text, head_info.plural)
    compound_lemma = _join_head(base, head_text, head_lemma)
    composed = " + ".join(_short(p.glosses[0]) if p.glosses else p.text for p in parts)
    return WordInfo(
        word=word,
        lemma=compound_lemma,
        pos=pos or ("NOUN" if gender else ""),
        gender=gender,
        article=article,
        plural=plural,
        morph=morph,
        glosses=(composed,),
        compound=tuple(parts),
        source=SOURCE_NAME,
        headword=compound_lemma,
        senses=(Gloss(composed, note="literally, part by part"),),
        match="compound",
    )


def _join_head(word: str, head_text: str, head_form: str) -> str:
    """Replace the head of ``word`` by another form of it (lemma or plural)."""
    prefix = word[: len(word) - len(head_text)] if word.endswith(head_text) else ""
    if not prefix:
        return head_form
    if prefix.endswith("-"):
        return prefix + head_form
    return prefix + head_form[:1].lower() + head_form[1:]


def _short(gloss: str) -> str:
    return gloss[3:] if gloss.startswith("to ") else gloss


_shared: Dictionary | None = None
_shared_lock = threading.Lock()


def open_dictionary(progress: Progress | None = None) -> Dictionary:
    """The process-wide dictionary (the first call opens or installs it)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Dictionary(progress=progress)
        return _shared
