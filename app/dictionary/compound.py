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

:func:`compound_info` turns the pieces into the :class:`WordInfo` the hover
shows: the head's gender, article and plural, a lemma with the head's lemma,
and a literal gloss made of the parts' first glosses. No Qt; never raises for
any string.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.dictionary import german
from app.dictionary.lookup import Lookup
from app.dictionary.model import SOURCE_NAME, CompoundPart, Gloss, WordInfo
from app.dictionary.schema import KIND_DECLINED, KIND_SUBHEAD, KIND_VARIANT
from app.dictionary.senses import Found, Sense

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


def compound_info(
    lookup: Lookup, clean: str, word: str, lemma: str | None, pos: str, morph: str
) -> WordInfo | None:
    """The WordInfo of a word known only through its parts (None: no split found)."""
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
        return None
    return _info(lookup, pieces, base, word, pos, morph)


def _info(
    lookup: Lookup, pieces: list[Piece | str], base: str, word: str, pos: str, morph: str
) -> WordInfo:
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
