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

import bisect
import functools
import gzip
import itertools
import threading
from dataclasses import dataclass

from app.core.memo import word_cache
from app.core.paths import resources_dir
from app.morphology.codec import decode
from app.morphology.forms import CELLS, VERB_SLOTS

NOUN_FILE = "noun_forms.tsv.gz"
_LOOKUP_CACHE = 50_000
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
    are one 3 MB byte string plus the key of every 8th line: a look-up bisects
    those keys (UTF-8 sorts like the code points) and reads at most 8 lines,
    a few µs; answers are remembered.
    """

    __slots__ = ("_cache", "_keys", "_offsets", "_text")

    _STEP = 8

    def __init__(self, text: bytes) -> None:
        self._text = text if not text or text.endswith(b"\n") else text + b"\n"
        self._cache: dict[str, list[str]] = {}
        lines = self._text.split(b"\n")[:-1]
        starts = [0, *itertools.accumulate(len(line) + 1 for line in lines)]
        self._keys = [line.partition(b"\t")[0] for line in lines[:: self._STEP]]
        self._offsets = starts[: len(lines) : self._STEP]

    def values(self, key: str) -> list[str]:
        """The values of every line whose key is ``key``, in file order."""
        found = self._cache.get(key)
        if found is not None:
            return found
        out: list[str] = []
        raw = key.encode("utf-8")
        block = bisect.bisect_left(self._keys, raw) - 1
        text = self._text
        start = self._offsets[block] if block >= 0 else 0
        wanted = raw + b"\t"
        size = len(text)
        while start < size:
            end = text.find(b"\n", start)
            if text.startswith(wanted, start):
                out.append(text[start + len(wanted) : end].decode("utf-8"))
            else:
                tab = text.find(b"\t", start, end)
                if text[start : tab if tab >= 0 else end] > raw:
                    break
            start = end + 1
        if len(self._cache) >= _LOOKUP_CACHE:
            self._cache.clear()
        self._cache[key] = out
        return out

    def __len__(self) -> int:
        return self._text.count(b"\n")

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


@word_cache(16384)
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
            if not any(cells[:4]):
                # a plural-only noun has no gender ("Lebzeiten", "Meeresfrüchte": the
                # table's gender is a singular the language does not have)
                genders = ""
            out.append(NounEntry(lemma, genders, flags, cells, archaic))
            continue
        out.append(NounEntry(lemma, genders, flags, cells))
    return tuple(out)


def is_plain_noun(lemma: str) -> bool:
    """Whether ``lemma`` has a table of its own as a noun (not as an adjective used as one)."""
    return any(not e.adjectival for e in noun_entries(lemma))


def noun_exception_lemmas(form: str) -> tuple[str, ...]:
    """Lemmas of ``form`` that the regular ending rules do not find ("Fachleute")."""
    found = tables().noun_exceptions.values(form)
    return tuple(found[0].split(",")) if found else ()


def is_noun_lemma(word: str) -> bool:
    return word in tables().nouns


@word_cache(4096)
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


@functools.cache
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


@functools.cache
def participles() -> dict[str, str]:
    """Past participle -> infinitive for every stored verb ("gestiegen" -> steigen),
    made on first use."""
    t = tables()
    slot = VERB_SLOTS.index(("Part", "Past"))
    out: dict[str, str] = {}
    for infinitive, (number, particle_length) in t.verbs.items():
        if number >= len(t.verb_classes):
            continue
        code = t.verb_classes[number][slot]
        if code != "-":
            participle = infinitive[:particle_length] + decode(infinitive[particle_length:], code)
            out.setdefault(participle, infinitive)
    return out


def noun_modifier(modifier: str) -> bool:
    """Is ``modifier`` a noun, with or without a linking element ("Export",
    "Menschen", "Arbeits")?"""
    capital = modifier[:1].upper() + modifier[1:]
    for link in ("", "s", "es", "n", "en", "er", "e", "ns"):
        if link and not capital.endswith(link):
            continue
        base = capital[: len(capital) - len(link)] if link else capital
        if len(base) >= 3 and is_plain_noun(base):
            return True
    return False
