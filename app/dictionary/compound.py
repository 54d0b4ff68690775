"""Compound splitting, the last step of the lookup chain before "nothing".

- Hyphenated words are split at the hyphens and every piece is looked up on
  its own ("Raketen-Tests" -> Rakete + Test); a piece may itself be split.
- Closed compounds take the longest known head on the right whose
  capitalisation fits the word (a noun compound ends in a noun), then the rest
  as modifier: as written, without a linking element (-es- -en- -er- -ns- -s-
  -n- -e-), or with an elided -e/-en restored ("Schul" -> "Schule"); a
  modifier that is not a word is split again (two levels at most).
  "Waffenlieferungen" -> Waffen (Waffe) + lieferungen (Lieferung),
  "Stahlimporte" -> Stahl + importe (Import).

No Qt; never raises for any string.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.dictionary import german
from app.dictionary.lookup import Found, Lookup, Sense
from app.dictionary.schema import KIND_DECLINED, KIND_SUBHEAD, KIND_VARIANT

MIN_PART = 3
MAX_DEPTH = 2
_WEAK_KINDS = frozenset({KIND_DECLINED, KIND_SUBHEAD, KIND_VARIANT})


@dataclass(frozen=True, slots=True)
class Piece:
    """A part of a compound as written, and its readings."""

    text: str
    found: Found


def split_hyphenated(lookup: Lookup, word: str) -> list[Piece | str] | None:
    """Pieces of a hyphenated word; a str for a piece with no entry."""
    if "-" not in word:
        return None
    out: list[Piece | str] = []
    for text in word.split("-"):
        if not text:
            continue
        clean = german.clean_token(text)
        found = lookup.find(clean, None, "") if clean else None
        if found is not None:
            out.append(Piece(text, found))
            continue
        inner = split_closed(lookup, text) if clean else None
        if inner:
            out.extend(inner)
        else:
            out.append(text)
    if len(out) < 2 or not any(isinstance(p, Piece) for p in out):
        return None
    return out


def split_closed(lookup: Lookup, word: str, depth: int = 0) -> list[Piece] | None:
    """Modifier(s) + head of a closed compound, or None."""
    n = len(word)
    if n < 2 * MIN_PART or "-" in word:
        return None
    lower = word.lower()
    positions = range(MIN_PART, n - MIN_PART + 1)
    found = lookup.senses([lower[i:] for i in positions])
    capital = german.is_capitalised(word)
    for i in positions:  # longest head first
        heads = [
            s
            for s in found.get(lower[i:], ())
            if german.is_capitalised(s.key) == capital and s.kind not in _WEAK_KINDS
        ]
        if not heads:
            continue
        modifier = _modifier(lookup, word[:i], depth)
        if modifier is None:
            continue
        head_text = word[i:]
        query = head_text[:1].upper() + head_text[1:] if capital else head_text
        return [*modifier, Piece(head_text, _found(lookup, heads, query))]
    return None


def _found(lookup: Lookup, senses: list[Sense], query: str) -> Found:
    return Found(lookup.rank(senses, query, None, step="compound"), "compound")


def _modifier(lookup: Lookup, text: str, depth: int) -> list[Piece] | None:
    candidates = [text]
    lower = text.lower()
    for link in german.LINKING_ELEMENTS:
        if link and lower.endswith(link) and len(text) - len(link) >= MIN_PART:
            candidates.append(text[: -len(link)])
    candidates += [text + "e", text + "en", text + "n"]
    found = lookup.senses(list(dict.fromkeys(c.lower() for c in candidates)))
    for candidate in candidates:
        senses = [s for s in found.get(candidate.lower(), ()) if s.kind not in _WEAK_KINDS]
        nouns = [s for s in senses if german.is_capitalised(s.key)]
        if nouns and german.is_capitalised(text):  # "Stahl" the metal, not "stahl" (stole)
            senses = nouns
        if senses:
            return [Piece(text, _found(lookup, senses, candidate[:1].upper() + candidate[1:]))]
    if depth >= MAX_DEPTH:
        return None
    for candidate in candidates[: len(candidates) - 3]:
        inner = split_closed(lookup, candidate[:1].upper() + candidate[1:], depth + 1)
        if inner:
            if candidate != text:  # keep the linking element on the last piece
                last = inner[-1]
                inner[-1] = Piece(last.text + text[len(candidate) :], last.found)
            return inner
    return None
