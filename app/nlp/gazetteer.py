"""Name lists for the entity rules: organisations and places with their German forms.

The list (``resources/gazetteers/gazetteer.tsv.gz``, built by
``training/build_gazetteers.py``) holds tokenised names with a label (ORG or LOC), a
kind (party, authority, media, company, club, institute, building, country, region,
city, place) and a flag: ``=`` a name as listed, ``~`` a derived form (genitive,
adjective ending: "Russlands", "der Europäischen Union"), ``?`` a name that is also an
ordinary word ("Grünen", "Union"): the rules use those only after an article; ``!`` a
name that is also a common noun or surname ("Bild", "Porsche"): it only relabels.

:func:`load_gazetteer` reads the list once per process (about 85,000 forms); matching is
a longest-match scan over token texts. No spaCy and no Qt here.
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.core.paths import resources_dir

GAZETTEER_FILE = "gazetteer.tsv.gz"
LISTED, DERIVED, AMBIGUOUS, RELABEL_ONLY = "=", "~", "?", "!"
LABELS = frozenset({"ORG", "LOC"})


@dataclass(frozen=True, slots=True)
class Entry:
    label: str
    kind: str
    flag: str


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    entry: Entry

    @property
    def label(self) -> str:
        return self.entry.label


class Gazetteer:
    """Token sequences -> :class:`Entry`, with a longest-match scan."""

    def __init__(self, entries: dict[tuple[str, ...], Entry] | None = None) -> None:
        self.entries: dict[tuple[str, ...], Entry] = {}
        self._longest: dict[str, int] = {}  # first token -> longest name starting with it
        for key, entry in (entries or {}).items():
            self.add(key, entry)

    def __len__(self) -> int:
        return len(self.entries)

    def add(self, tokens: Sequence[str], entry: Entry) -> None:
        key = tuple(tokens)
        if not key:
            return
        self.entries[key] = entry
        if len(key) > self._longest.get(key[0], 0):
            self._longest[key[0]] = len(key)

    def get(self, tokens: Sequence[str]) -> Entry | None:
        return self.entries.get(tuple(tokens))

    def place(self, name: str, *, derived: bool) -> Entry | None:
        """The entry of the one word ``name`` where the list gives it as a place (LOC), or
        None: the one place lookup of the rules and cards. ``derived``: also an inflected
        form the list derives ("Bayerns", "der Elben"), for a word as it stands in the
        text; without it only the name as listed, for a stem, lemma or first part ("Bayern"
        of "Bayernliga": an inflected form is no base form)."""
        entry = self.entries.get((name,))
        if entry is None or entry.label != "LOC":
            return None
        if entry.flag == LISTED or (derived and entry.flag == DERIVED):
            return entry
        return None

    def starts(self, token: str) -> bool:
        return token in self._longest

    def match_at(self, words: Sequence[str], i: int) -> Match | None:
        """The longest name starting at ``words[i]``, or None."""
        longest = self._longest.get(words[i], 0)
        for n in range(min(longest, len(words) - i), 0, -1):
            entry = self.entries.get(tuple(words[i : i + n]))
            if entry is not None:
                return Match(i, i + n, entry)
        return None

    def matches(self, words: Sequence[str]) -> list[Match]:
        """Non-overlapping longest matches, left to right."""
        out: list[Match] = []
        i = 0
        while i < len(words):
            found = self.match_at(words, i)
            if found is None:
                i += 1
                continue
            out.append(found)
            i = found.end
        return out


def parse(text: str) -> Gazetteer:
    """The gazetteer of ``label<TAB>kind<TAB>flag<TAB>tokens`` lines; bad lines are skipped."""
    gaz = Gazetteer()
    kinds: dict[str, Entry] = {}  # a few hundred distinct entries, shared
    entries = gaz.entries
    longest = gaz._longest
    flags = (LISTED, DERIVED, AMBIGUOUS, RELABEL_ONLY)
    for line in text.splitlines():
        head, sep, name = line.rpartition("\t")
        if not sep or not name:
            continue
        entry = kinds.get(head)
        if entry is None:
            parts = head.split("\t")
            if len(parts) != 3 or parts[0] not in LABELS or parts[2] not in flags:
                continue
            entry = kinds[head] = Entry(parts[0], parts[1], parts[2])
        key = tuple(name.split(" "))
        entries[key] = entry
        if len(key) > longest.get(key[0], 0):
            longest[key[0]] = len(key)
    return gaz


def read(path: Path) -> Gazetteer:
    """Read a gazetteer file (gzip or plain); a missing or broken file gives an empty one."""
    try:
        raw = path.read_bytes()
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
        return parse(raw.decode("utf-8"))
    except (OSError, ValueError, EOFError):
        return Gazetteer()


_lock = threading.Lock()
_cached: Gazetteer | None = None


def default_path() -> Path:
    return resources_dir() / "gazetteers" / GAZETTEER_FILE


def load_gazetteer() -> Gazetteer:
    """The bundled gazetteer, read once per process."""
    global _cached
    with _lock:
        if _cached is None:
            _cached = read(default_path())
        return _cached
