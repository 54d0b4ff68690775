"""Two-part conjunctions: "je … desto", "weder … noch", "sowohl … als auch".

Ding writes such a conjunction as one headword with a gap ("je {conj} … desto :: the …
the"); its first word alone has other senses ("je :: each; ever; per"). When the
sentence has the second part after the word, the gap headword's line is what the word
means there ("Je länger der Streit dauert, desto teurer wird er": the … the). Pure
functions; the lines come from the caller.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.dictionary.model import Gloss, WordInfo, senses_first

#: The gap of a two-part headword ("je … desto").
GAP = "…"


def second_part(head: str, word: str) -> str | None:
    """The first word after the gap of a headword "WORD … PART" ("je … desto" -> "desto"),
    lower-cased; None for a headword of another shape or another first word."""
    before, gap, after = head.partition(GAP)
    words = before.split()
    following = after.split()
    if not gap or len(words) != 1 or not words[0].isalpha() or not following:
        return None
    if words[0].lower() != word.lower():
        return None
    part = following[0].lower()
    return part if part.isalpha() else None


def split_second_parts(frame: str) -> tuple[str, frozenset[str]]:
    """A lookup's frame without its marks of a two-part conjunction's second part
    (:data:`GAP` + the word: "…desto", set by the reading layer when "desto" follows in
    the sentence), and those parts."""
    words = frame.split()
    parts = frozenset(w[len(GAP) :] for w in words if w.startswith(GAP) and len(w) > len(GAP))
    if not parts:
        return frame, parts
    return " ".join(w for w in words if not w.startswith(GAP)), parts


def correlative_first(
    info: WordInfo,
    lines: Sequence[tuple[str, Sequence[str]]],
    word: str,
    parts: frozenset[str],
    limit: int,
) -> WordInfo:
    """``info`` with the glosses of the two-part headwords among ``lines`` ((headword,
    glosses) of the word's Ding lines) first whose second part is one of ``parts`` (the
    words that follow in the sentence); else ``info`` unchanged ("Die Kinder bekamen je
    einen Apfel": each)."""
    first: list[Gloss] = []
    for head, glosses in lines:
        part = second_part(head, word)
        if part is not None and part in parts:
            first.extend(Gloss(g) for g in glosses if g and Gloss(g) not in first)
    return senses_first(info, first, limit) if first else info
