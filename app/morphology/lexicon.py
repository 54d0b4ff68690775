"""The bundled morphology tables, loaded once on first use.

``resources/lexicon/noun_forms.tsv.gz`` (german-nouns / Wiktionary, CC BY-SA 4.0),
``verb_forms.tsv.gz`` (Ding's verbs conjugated by ablaut) and
``adjectives.tsv.gz`` (Ding's adjectives), written by
``training/build_morph_lexicon.py``. Records stay packed strings until a word
asks for them, which keeps loading to a few tenths of a second and the tables
to a few MB. A missing or damaged file gives empty tables (the analysis then
shows less, never something false) and one message in :func:`problems`.
This module must not import Qt.
"""

from __future__ import annotations

import gzip
import threading
from dataclasses import dataclass
from functools import lru_cache

from app.core.paths import resources_dir
from app.morphology.codec import decode
from app.morphology.forms import CELLS, VERB_SLOTS

NOUN_FILE = "noun_forms.tsv.gz"
VERB_FILE = "verb_forms.tsv.gz"
ADJECTIVE_FILE = "adjectives.tsv.gz"


@dataclass(frozen=True, slots=True)
class NounEntry:
    """One declension of a noun (a noun with two genders and tables has two)."""

    lemma: str
    genders: str  # "m", "f", "n", several ("mn"), or "" for plural-only nouns
    flags: str  # "T" place name, "A" abbreviation, "J" adjectival noun ("Beamte")
    cells: tuple[tuple[str, ...], ...]  # the forms of the eight CELLS, usual first; () for "J"
    archaic_dative: tuple[str, ...] = ()  # "Sinne", "Hause": only after an article or "zu"

    @property
    def place(self) -> bool:
        return "T" in self.flags

    @property
    def adjectival(self) -> bool:
        return "J" in self.flags

    def cells_of(self, form: str) -> tuple[tuple[str, str], ...]:
        """The (Case, Number) cells in which ``form`` is a form of this noun."""
        return tuple(cell for cell, forms in zip(CELLS, self.cells, strict=True) if form in forms)

    def plural(self) -> str | None:
        """The nominative plural (first variant), or None."""
        if self.adjectival:
            return self.lemma + "n"
        forms = self.cells[4] if self.cells else ()
        return forms[0] if forms else None

    @property
    def has_singular(self) -> bool:
        return self.adjectival or any(self.cells[:4])


@dataclass(frozen=True, slots=True)
class VerbEntry:
    """A verb's paradigm: the forms of :data:`VERB_SLOTS` and its separable particle."""

    infinitive: str
    particle: str  # "an" for "ankündigen", "" for others
    forms: tuple[str | None, ...]  # without the particle


class SortedLines:
    """Lines ``key<TAB>value`` sorted by key, kept as one UTF-8 byte string.

    90,000 nouns as one dict would take a second to load and 25 MB; here they
    are one 3 MB byte string. The lines of a two-letter key prefix ("Kr") are
    contiguous; they become a small dict the first time a key with that prefix
    is asked for, so repeated look-ups cost a dict access.
    """

    __slots__ = ("_buckets", "_text")

    def __init__(self, text: bytes) -> None:
        self._text = b"\n" + text + (b"" if text.endswith(b"\n") else b"\n")
        self._buckets: dict[str, dict[str, list[str]]] = {}

    def _bucket(self, prefix: str) -> dict[str, list[str]]:
        text = self._text
        marker = b"\n" + prefix.encode("utf-8")
        bucket: dict[str, list[str]] = {}
        start = text.find(marker)
        while start >= 0 and text.startswith(marker, start):
            end = text.find(b"\n", start + 1)
            key, _, value = text[start + 1 : end].decode("utf-8").partition("\t")
            bucket.setdefault(key, []).append(value)
            start = end
        self._buckets[prefix] = bucket
        return bucket

    def values(self, key: str) -> list[str]:
        """The values of every line whose key is ``key``, in file order."""
        prefix = key[:2]
        bucket = self._buckets.get(prefix)
        if bucket is None:
            bucket = self._bucket(prefix)
        return bucket.get(key, [])

    def __len__(self) -> int:
        return self._text.count(b"\n") - 1

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and bool(self.values(key))


class _Tables:
    def __init__(self) -> None:
        self.nouns = SortedLines(b"")
        self.noun_exceptions = SortedLines(b"")
        self.verbs: dict[str, tuple[int, int]] = {}
        self.verb_classes: list[tuple[str, ...]] = []
        self.adjectives: dict[str, str] = {}
        self.problems: list[str] = []


_tables: _Tables | None = None
_lock = threading.Lock()


def _read(name: str, tables: _Tables) -> bytes:
    """The bytes of a bundled table without its comment lines (b"" when unreadable)."""
    path = resources_dir() / "lexicon" / name
    try:
        with gzip.open(path, "rb") as fh:
            data = fh.read()
    except (OSError, EOFError) as exc:
        tables.problems.append(f"{name} could not be read ({type(exc).__name__}: {exc})")
        return b""
    while data.startswith(b"#"):
        end = data.find(b"\n")
        data = data[end + 1 :] if end >= 0 else b""
    return data


def _load() -> _Tables:
    tables = _Tables()
    try:
        nouns = _read(NOUN_FILE, tables)
        split = nouns.find(b"\n@") + 1 or len(nouns)
        tables.nouns = SortedLines(nouns[:split])
        tables.noun_exceptions = SortedLines(nouns[split:].replace(b"\n@", b"\n").lstrip(b"@"))
        for line in _read(VERB_FILE, tables).decode("utf-8").splitlines():
            if line.startswith("="):
                number, _, code = line[1:].partition("\t")
                if int(number) == len(tables.verb_classes):
                    tables.verb_classes.append(tuple(code.split("|")))
                continue
            parts = line.split("\t")
            if len(parts) == 3 and parts[1].isdigit():
                tables.verbs[parts[0]] = (int(parts[1]), int(parts[2] or 0))
        for line in _read(ADJECTIVE_FILE, tables).decode("utf-8").splitlines():
            word, _, comparison = line.partition("\t")
            if word:
                tables.adjectives[word] = comparison
    except (UnicodeDecodeError, ValueError) as exc:
        tables.problems.append(f"a morphology table is damaged ({exc})")
    return tables


def tables() -> _Tables:
    global _tables
    if _tables is None:
        with _lock:
            if _tables is None:
                _tables = _load()
    return _tables


def problems() -> tuple[str, ...]:
    """Messages about tables that could not be read (empty when all is well)."""
    return tuple(tables().problems)


@lru_cache(maxsize=16384)
def noun_entries(lemma: str) -> tuple[NounEntry, ...]:
    """The declension tables of ``lemma`` (a nominative singular), or ()."""
    out = []
    for record in tables().nouns.values(lemma):
        genders, flags, codes = ([*record.split("\t"), "", ""])[:3]
        if "J" in flags:
            cells: tuple[tuple[str, ...], ...] = ()
        else:
            cells = tuple(
                () if code == "-" else tuple(decode(lemma, c) for c in code.split(","))
                for code in codes.split("|")
            )
            archaic = cells[len(CELLS)] if len(cells) == len(CELLS) + 1 else ()
            cells = cells[: len(CELLS)]
            if len(cells) != len(CELLS):
                continue
            out.append(NounEntry(lemma, genders, flags, cells, archaic))
            continue
        out.append(NounEntry(lemma, genders, flags, cells))
    return tuple(out)


def noun_exception_lemmas(form: str) -> tuple[str, ...]:
    """Lemmas of ``form`` that the regular ending rules do not find ("Fachleute")."""
    found = tables().noun_exceptions.values(form)
    return tuple(found[0].split(",")) if found else ()


def is_noun_lemma(word: str) -> bool:
    return word in tables().nouns


@lru_cache(maxsize=4096)
def verb_entry(infinitive: str) -> VerbEntry | None:
    """The stored paradigm of ``infinitive``, or None for a verb not in the table."""
    t = tables()
    found = t.verbs.get(infinitive)
    if found is None or found[0] >= len(t.verb_classes):
        return None
    number, particle_length = found
    particle = infinitive[:particle_length]
    base = infinitive[particle_length:]
    codes = t.verb_classes[number]
    if len(codes) != len(VERB_SLOTS):
        return None
    forms = tuple(None if code == "-" else decode(base, code) for code in codes)
    return VerbEntry(infinitive, particle, forms)


def verb_entry_like(infinitive: str, model: str, particle: str = "") -> VerbEntry | None:
    """``infinitive`` conjugated like the stored verb ``model`` (same endings, same
    stem changes at the same distance from the end), with ``particle`` in front."""
    t = tables()
    found = t.verbs.get(model)
    if found is None or found[0] >= len(t.verb_classes):
        return None
    codes = t.verb_classes[found[0]]
    base = infinitive[len(particle) :]
    forms = tuple(None if code == "-" else decode(base, code) for code in codes)
    return VerbEntry(infinitive, particle, forms)


def is_verb(infinitive: str) -> bool:
    return infinitive in tables().verbs


def adjective_comparison(word: str) -> tuple[str, str] | None:
    """(comparative, superlative stem) stored for an irregular adjective, ("", "")
    for a known regular one, None for a word that is no known adjective."""
    found = tables().adjectives.get(word)
    if found is None:
        return None
    comparative, _, superlative = found.partition("\t")
    return comparative, superlative


@lru_cache(maxsize=1)
def _irregular_bases() -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for word, comparison in tables().adjectives.items():
        if comparison:
            comparative, _, superlative = comparison.partition("\t")
            out.setdefault(comparative, (word, "Cmp"))
            out.setdefault(superlative, (word, "Sup"))
    return out


def irregular_comparison_base(stem: str) -> tuple[str, str] | None:
    """(base, "Cmp" or "Sup") when ``stem`` is a comparative or superlative stem
    that Ding lists for an irregular adjective ("älter" -> alt), else None."""
    return _irregular_bases().get(stem)
