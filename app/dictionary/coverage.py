"""Gloss coverage of an analysed text: the measure behind the ≥ 99 % target.

Counts alphabetic tokens (letters, optionally joined by hyphens) that lie
outside every named entity, and how many of them get at least one gloss from
the dictionary (a split compound counts, its parts have glosses). Used by the
coverage test and ``bench/dictionary_coverage.py``. No Qt; no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from app.dictionary import Dictionary

_ALPHABETIC = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")


@dataclass(frozen=True, slots=True)
class Coverage:
    total: int
    covered: int
    direct: int  # covered by an entry of the word itself (no compound splitting)
    compound: int
    misses: tuple[str, ...]
    steps: tuple[str, ...]

    @property
    def ratio(self) -> float:
        return self.covered / self.total if self.total else 1.0

    @property
    def direct_ratio(self) -> float:
        return self.direct / self.total if self.total else 1.0


def is_alphabetic(text: str) -> bool:
    return bool(_ALPHABETIC.match(text))


def coverage(analysis: Any, dictionary: Dictionary) -> Coverage:
    """Coverage of ``analysis`` (an :class:`app.analysis.Analysis`)."""
    spans = sorted((e.start, e.end) for e in analysis.entities)
    total = covered = direct = compound = 0
    misses: list[str] = []
    steps: list[str] = []
    for token in analysis.tokens:
        if not is_alphabetic(token.text):
            continue
        if any(start < token.end and token.start < end for start, end in spans):
            continue
        total += 1
        info = dictionary.lookup(token.text, lemma=token.lemma, pos=token.pos, morph=token.morph)
        steps.append(info.match or "none")
        has_part_gloss = any(part.glosses for part in info.compound)
        if info.glosses or has_part_gloss:
            covered += 1
            if info.compound:
                compound += 1
            else:
                direct += 1
        else:
            misses.append(token.text)
    return Coverage(total, covered, direct, compound, tuple(misses), tuple(steps))
