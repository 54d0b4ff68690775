"""Who said what: direct quotes and reported speech with their speakers.

:func:`extract_quotes` reads the token columns of an analysis (words, lemmas, parts of
speech, morphology; no parser) with German news conventions:

- :mod:`.marks` pairs quotation marks, :mod:`.text` cuts the text into units that a
  quotation never splits;
- :mod:`.direct` decides which quotations are quotes (not titles, names or scare
  quotes) and where the text attributes them;
- :mod:`.reported` finds reported speech (Konjunktiv I, "laut X", "nach Angaben von
  X", "X zufolge", "…, so X", a verb of saying or thinking before a clause);
- :mod:`.speakers` turns the attribution into a person of the People list, an
  organisation, or a description; a quote with no attribution of its own continues
  the speaker of the quote just before it (within two sentences).

Where a quote and reported speech overlap, the quote stays. Offsets index the text.
This module must not import Qt or spaCy.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from app.core.results import Entity, NamedEntity, Person, Quote
from app.core.tokens import Token
from app.entities.lexicon import is_person_noun
from app.quotes.candidate import Candidate
from app.quotes.direct import direct_quotes
from app.quotes.phrases import clause_subject
from app.quotes.reported import reported_speech
from app.quotes.speakers import Speaker, SpeakerResolver
from app.quotes.text import QuoteText

__all__ = ["extract_quotes"]

#: How many units back a quote without attribution looks for the speaker before it.
CONTINUATION_UNITS = 2


def extract_quotes(
    text: str,
    tokens: Sequence[Token],
    people: Sequence[Person] = (),
    organisations: Sequence[NamedEntity] = (),
    entities: Sequence[Entity] = (),
) -> tuple[Quote, ...]:
    """The quotes of ``text`` in text order, each with its speaker where the text says.

    ``entities`` is used only when no ``organisations`` are given (their ORG spans
    then name organisations as written)."""
    if not tokens or not text:
        return ()
    if not organisations and entities:
        organisations = [
            NamedEntity(e.text, "ORG", ((e.start, e.end),)) for e in entities if e.label == "ORG"
        ]
    names = [span for p in people if not p.credit for span in p.mentions]
    names += [span for o in organisations for span in o.mentions]
    qt = QuoteText(text, tokens, names)
    direct = direct_quotes(qt)
    reported = reported_speech(qt, frozenset(qt.unit[c.first] for c in direct))
    candidates = _without_overlaps(direct, reported)
    resolver = SpeakerResolver(qt, people, organisations)
    return tuple(_resolve_all(qt, resolver, candidates))


def _without_overlaps(direct: list[Candidate], reported: list[Candidate]) -> list[Candidate]:
    """Direct quotes, and reported speech that overlaps none of them. Both lists are
    in text order and neither overlaps itself, so a bisection finds the neighbours."""
    firsts = [c.first for c in direct]
    out = list(direct)
    for c in reported:
        k = bisect.bisect_left(firsts, c.stop)  # direct quotes starting before c ends
        if k > 0 and direct[k - 1].stop > c.first:
            continue
        out.append(c)
    out.sort(key=lambda c: c.first)
    return out


def _resolve_all(
    qt: QuoteText, resolver: SpeakerResolver, candidates: list[Candidate]
) -> list[Quote]:
    out: list[Quote] = []
    quoted_units = {qt.unit[c.first] for c in candidates}
    last: tuple[int, Speaker | None] | None = None  # (unit, speaker) of the quote before
    for c in candidates:
        start, end = qt.char_span(c.first, c.stop)
        unit = qt.unit[c.first]
        exclude = [(start, end)] if c.kind == "direct" else []
        speaker: Speaker | None = None
        if c.subject is not None:
            oblique = c.frame in ("source", "heisst-es")  # "nach Angaben *des Ministeriums*"
            speaker = resolver.resolve(c.subject, exclude, oblique)
            if (
                c.frame == "label"
                and speaker is not None
                and speaker.kind == "description"
                and not is_person_noun(qt.words[c.subject.head])
            ):
                speaker = None  # "Brisant: „…“" names nobody; "Ministerin: „…“" does
        if speaker is None and c.continues:
            speaker = _continued(qt, resolver, unit, last, quoted_units)
        out.append(
            Quote(
                start,
                end,
                qt.text[start:end],
                c.kind,
                speaker.name if speaker else None,
                speaker.mention if speaker else None,
                speaker.kind if speaker else None,
            )
        )
        last = (unit, speaker)
    return _close_open_quotes(qt, candidates, out)


def _close_open_quotes(
    qt: QuoteText, candidates: list[Candidate], quotes: list[Quote]
) -> list[Quote]:
    """A quote whose paragraph ends without a closing mark goes on in the next
    paragraph's quote; that one's attribution names the speaker of both."""
    for k in range(len(candidates) - 2, -1, -1):
        c, nxt = candidates[k], candidates[k + 1]
        if not c.open_ended or c.subject is not None or nxt.kind != "direct":
            continue
        if qt.para[nxt.first] == qt.para[c.first] + 1 and quotes[k + 1].speaker is not None:
            following = quotes[k + 1]
            quotes[k] = replace(
                quotes[k],
                speaker=following.speaker,
                speaker_mention=following.speaker_mention,
                speaker_kind=following.speaker_kind,
            )
    return quotes


def _continued(
    qt: QuoteText,
    resolver: SpeakerResolver,
    unit: int,
    last: tuple[int, Speaker | None] | None,
    quoted_units: set[int],
) -> Speaker | None:
    """The speaker of a quote without attribution: the quote before goes on when it
    stands in this or the previous sentence; else the one the previous sentence is
    about ("Die Virologin Karin Engel warnt. „…“"), else the quote before if it is
    at most two sentences back."""
    recent = last is not None and unit - last[0] <= CONTINUATION_UNITS
    if last is not None and (last[0] == unit or (unit - 1 in quoted_units and recent)):
        return last[1]
    about = _previous_subject(qt, resolver, unit)
    if about is not None:
        return about
    return last[1] if last is not None and recent else None


def _previous_subject(qt: QuoteText, resolver: SpeakerResolver, unit: int) -> Speaker | None:
    """The subject of the sentence before, when it is a person, an organisation or a
    person noun ("Die Forschenden sehen …"), in the same paragraph."""
    if unit == 0:
        return None
    lo, hi = qt.units[unit - 1]
    if qt.para[lo] != qt.para[qt.units[unit][0]]:
        return None
    for v in range(lo, hi):
        if qt.outside(v) and qt.is_finite(v):
            phrase = clause_subject(qt, v, lo, hi)
            if phrase is None:
                return None
            speaker = resolver.resolve(phrase)
            if speaker is None:
                return None
            if speaker.kind == "description" and not is_person_noun(qt.words[phrase.head]):
                return None
            return speaker
    return None
