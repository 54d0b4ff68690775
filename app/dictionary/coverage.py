"""Gloss coverage of an analysed text: the measure behind the ≥ 99 % target.

Counts alphabetic tokens (letters, optionally joined by hyphens) that lie
outside every named entity, and how many of them get at least one gloss from
the dictionary (a split compound counts, its parts have glosses). Named
entities are the pipeline's, further mentions of those names, and optionally a
hand-made list of names for the text. Used by the
coverage test and ``bench/dictionary_coverage.py``. No Qt; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.dictionary.service import Dictionary
from app.grammar import frame_at

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


def entity_spans(
    analysis: Any, names: Iterable[str] = (), mentions: bool = True
) -> list[tuple[int, int]]:
    """Character spans of named entities: the pipeline's, every occurrence of the
    given ``names`` (a hand annotation), and further mentions of a recognised
    name on its own ("Putin" after "Wladimir Putin")."""
    text: str = analysis.text
    spans = [(e.start, e.end) for e in analysis.entities]
    words = (
        {w for e in analysis.entities for w in re.split(r"[\s-]+", e.text) if len(w) > 1}
        if mentions
        else set()
    )
    for name in [*names, *words]:
        if not name or not name[:1].isupper():
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            spans.append((match.start(), match.end()))
    return sorted(set(spans))


def coverage(
    analysis: Any, dictionary: Dictionary, names: Iterable[str] = (), mentions: bool = True
) -> Coverage:
    """Coverage of ``analysis`` (an :class:`app.analysis.Analysis`) outside the
    spans of :func:`entity_spans`."""
    spans = entity_spans(analysis, names, mentions)
    total = covered = direct = compound = 0
    misses: list[str] = []
    steps: list[str] = []
    for i, token in enumerate(analysis.tokens):
        if not is_alphabetic(token.text):
            continue
        if any(start < token.end and token.start < end for start, end in spans):
            continue
        total += 1
        frame = frame_at(analysis.tokens, i)
        info = dictionary.lookup(token.text, token.lemma, token.pos, token.morph, frame)
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
