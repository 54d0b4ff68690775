"""Shared helpers of the dictionary tests: the small database, fixture lines, fallbacks.

The small database is converted from real Ding lines (tests/fixtures/ding_sample.txt)
plus a short supplement and a few lemma pairs standing in for simplemma's data,
so every step of the chain can be checked in isolation.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from app.dictionary import Dictionary
from app.dictionary.build.database import build_database
from app.dictionary.build.ding import Line, parse_line
from app.dictionary.build.entries import line_to_entry
from app.dictionary.store import PhraseRow
from tests.helpers import REPO

FIXTURES = REPO / "tests" / "fixtures"
FIXTURE = FIXTURES / "ding_sample.txt"
SUPPLEMENT = """\
# test supplement
am {prp} (= an dem) :: at the; on the
haben {vt} | habend | gehabt | hat | hatte :: to have | having | had | has | had
"""
LEMMA_PAIRS = [("gibst", "geben"), ("lobte", "loben"), ("Summen", "Summe")]


def build_small(folder: Path) -> Path:
    """The small database, written into ``folder``."""
    supplement = folder / "supplement.txt"
    supplement.write_text(SUPPLEMENT, encoding="utf-8")
    output = folder / "small.sqlite"
    stats = build_database(FIXTURE, output, supplement=supplement, lemma_pairs=LEMMA_PAIRS)
    assert stats["entries"] > 40
    return output


def ding_line(start: str) -> Line:
    """The fixture line that starts with ``start``, parsed."""
    for raw in FIXTURE.read_text(encoding="utf-8").splitlines():
        if raw.startswith(start):
            parsed = parse_line(raw)
            assert parsed is not None
            return parsed
    raise AssertionError(f"no fixture line starts with {start!r}")


def forms_of(start: str) -> dict[str, set[int]]:
    """Keys the converter indexes for a fixture line, with their kinds."""
    entry = line_to_entry(ding_line(start), Counter())
    assert entry is not None
    out: dict[str, set[int]] = {}
    for form in entry.forms:
        out.setdefault(form.key, set()).add(form.kind)
    return out


def assert_fallback(dictionary: Dictionary) -> None:
    assert dictionary.error and dictionary.error.endswith("Showing lemma and part of speech only.")
    assert "\n" not in dictionary.error
    info = dictionary.lookup("Häuser", lemma="Haus", pos="NOUN", morph="Number=Plur")
    assert (info.lemma, info.pos, info.morph, info.glosses) == ("Haus", "NOUN", "Number=Plur", ())


class PhraseStore:
    """The phrase table of a store: rows by lower-cased key."""

    has_phrases = True

    def __init__(self, rows: list[tuple[str, PhraseRow]]) -> None:
        self._rows = rows

    def phrases(self, keys: Sequence[str]) -> list[tuple[str, PhraseRow]]:
        return [(key, row) for key, row in self._rows if key in keys]
