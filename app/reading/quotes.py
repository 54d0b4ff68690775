"""Who said what: the rows of the Quotes panel, its speaker filter and clipboard lines.

Each :class:`~app.core.results.Quote` of the analysis becomes a :class:`QuoteRow`
whose speaker is linked to what the other panels list: a person of the People
panel (by name, or by the mention the quote names the speaker with), an
organisation of the Organisations panel, or a description the text gives ("ein
Sprecher der Polizei", shown as an unnamed source). No Qt here.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.results import NamedEntity, Person, Quote
from app.reading.people import person_detail

#: The speaker filter's key for quotes whose speaker the text does not give.
NO_SPEAKER = "\x00none"
#: What the panel shows for such a quote.
NO_SPEAKER_LABEL = "Speaker not given"
KIND_LABEL = {"direct": "quote", "indirect": "reported"}


@dataclass(frozen=True, slots=True)
class QuoteRow:
    index: int  # into analysis.quotes
    start: int
    end: int
    text: str
    kind: str  # "direct" or "indirect"
    speaker: str  # what the panel shows: a name, a description, or NO_SPEAKER_LABEL
    speaker_key: str  # the filter key: the quote's speaker, or NO_SPEAKER
    speaker_kind: str | None  # "person", "organisation", "description" or None
    person: int | None  # index into analysis.people
    organisation: int | None  # index into analysis.organisations
    detail: str  # the speaker's roles, "organisation", "unnamed source"
    mention: tuple[int, int] | None  # where the text names the speaker

    @property
    def kind_label(self) -> str:
        return KIND_LABEL.get(self.kind, self.kind)

    @property
    def shown_text(self) -> str:
        """The words as the panel shows them: a quote in German quotation marks."""
        text = " ".join(self.text.split())
        return f"„{text}“" if self.kind == "direct" else text


def quote_rows(
    quotes: Sequence[Quote],
    people: Sequence[Person] = (),
    organisations: Sequence[NamedEntity] = (),
) -> tuple[QuoteRow, ...]:
    """One row per quote, in text order, speakers linked to people and organisations."""
    by_name = {p.name: i for i, p in enumerate(people) if not p.credit}
    org_by_name = {o.name: i for i, o in enumerate(organisations)}
    mentions = sorted((s, e, i) for i, p in enumerate(people) for s, e in p.mentions)
    starts = [m[0] for m in mentions]
    rows: list[QuoteRow] = []
    for n, q in enumerate(quotes):
        person = organisation = None
        if q.speaker is not None and q.speaker_kind in ("person", None):
            person = by_name.get(q.speaker)
            if person is None and q.speaker_mention is not None:
                person = _person_at(mentions, starts, q.speaker_mention)
        if person is None and q.speaker is not None and q.speaker_kind != "description":
            organisation = org_by_name.get(q.speaker)
        speaker = q.speaker
        if person is not None:
            kind: str | None = "person"
            detail = person_detail(people[person])
            speaker = people[person].name  # "er" resolved through its mention
        elif organisation is not None:
            kind, detail = "organisation", "organisation"
        elif q.speaker is not None:
            kind = q.speaker_kind or "description"
            detail = {"person": "person", "organisation": "organisation"}.get(
                kind, "unnamed source"
            )
        else:
            kind, detail = None, ""
        rows.append(
            QuoteRow(
                index=n,
                start=q.start,
                end=q.end,
                text=q.text,
                kind=q.kind,
                speaker=_shown_speaker(speaker),
                speaker_key=speaker if speaker is not None else NO_SPEAKER,
                speaker_kind=kind,
                person=person,
                organisation=organisation,
                detail=detail,
                mention=q.speaker_mention,
            )
        )
    return tuple(rows)


def _person_at(
    mentions: list[tuple[int, int, int]], starts: list[int], span: tuple[int, int]
) -> int | None:
    """The person one of whose mentions covers ``span`` ("Scholz" in "sagte Scholz")."""
    k = bisect.bisect_right(starts, span[0]) - 1
    if k >= 0 and mentions[k][0] <= span[0] and span[1] <= mentions[k][1]:
        return mentions[k][2]
    return None


def _shown_speaker(speaker: str | None) -> str:
    if speaker is None:
        return NO_SPEAKER_LABEL
    return speaker[:1].upper() + speaker[1:]  # "ein Sprecher der Polizei" heads a row


def speaker_choices(rows: Sequence[QuoteRow]) -> list[tuple[str, str]]:
    """(label, key) for the speaker filter: most quoted first, then by first quote;
    quotes without a speaker last. The label carries the count: ``Olaf Scholz (3)``."""
    counts = Counter(r.speaker_key for r in rows)
    first: dict[str, int] = {}
    shown: dict[str, str] = {}
    for r in rows:
        first.setdefault(r.speaker_key, r.start)
        shown.setdefault(r.speaker_key, r.speaker)
    keys = sorted(counts, key=lambda k: (k == NO_SPEAKER, -counts[k], first[k]))
    return [(f"{shown[k]} ({counts[k]})", k) for k in keys]


def quote_line(row: QuoteRow) -> str:
    """One quote for the clipboard: ``Olaf Scholz (Kanzler): „…“`` / ``… (reported): …``."""
    who = row.speaker if row.speaker_kind is not None else "Unknown speaker"
    bits = [row.detail] if row.speaker_kind == "person" and row.detail else []
    if row.kind != "direct":
        bits.append("reported")
    tail = f" ({', '.join(bits)})" if bits else ""
    return f"{who}{tail}: {row.shown_text}"


def attribution_note(row: QuoteRow) -> str:
    """What the reader's hover card says over reported speech."""
    if row.speaker_kind is None:
        return "Reported speech: the article attributes this claim to a source it does not name."
    return f"Reported speech: the article attributes this claim to {row.speaker}."


class QuoteLocator:
    """Which quote covers a text offset (for the hover card), by bisection."""

    def __init__(self, rows: Sequence[QuoteRow]) -> None:
        self.rows = sorted(rows, key=lambda r: r.start)
        self._starts = [r.start for r in self.rows]

    def at(self, offset: int) -> QuoteRow | None:
        k = bisect.bisect_right(self._starts, offset) - 1
        while k >= 0:
            row = self.rows[k]
            if row.start <= offset < row.end:
                return row
            if k > 0 and self.rows[k - 1].end > offset:  # quotes do not nest; be safe
                k -= 1
                continue
            return None
        return None
