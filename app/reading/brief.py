"""A short briefing on an article: who is in it, who said what, which organisations and places.

:func:`make_briefing` gathers it from a document and its analysis: the source,
title, date, site and byline; the people of the story with roles, ages and
parties (photo credits left out); the quotes with their speakers, each with its
translation when one is given; organisations and places with their mention
counts; optionally the article sentence by sentence with its translation.
Translations come from a function the caller passes (the translation cache, or
the online service when online access is allowed); nothing here goes online.

:func:`briefing_markdown`, :func:`briefing_html` and :func:`briefing_json` write
it out (``leselupe brief``, File ▸ Export Briefing). No Qt here.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from app.analysis import Analysis
from app.core.results import NamedEntity, Quote
from app.document import Document
from app.quotes.export import entity_record, quote_record
from app.reading.article_meta import headline

#: Translations of texts, in order; None where there is none (not cached, offline, failed).
Translate = Callable[[Sequence[str]], list[str | None]]
FORMATS = ("md", "html", "json")


@dataclass(frozen=True, slots=True)
class BriefPerson:
    name: str
    roles: tuple[str, ...]
    age: int | None
    party: str | None
    mentions: int


@dataclass(frozen=True, slots=True)
class BriefQuote:
    """A quote of the article and its translation (None when there is none)."""

    quote: Quote
    translation: str | None = None

    @property
    def text(self) -> str:
        return self.quote.text

    @property
    def kind(self) -> str:
        return self.quote.kind

    @property
    def speaker(self) -> str | None:
        return self.quote.speaker


@dataclass(frozen=True, slots=True)
class Briefing:
    source: str
    title: str | None
    date: str | None
    site: str | None
    author: str | None
    url: str | None
    people: tuple[BriefPerson, ...]
    quotes: tuple[BriefQuote, ...]
    #: Most mentioned first.
    organisations: tuple[NamedEntity, ...]
    places: tuple[NamedEntity, ...]
    #: (German sentence, translation or None), when asked for.
    sentences: tuple[tuple[str, str | None], ...] | None = None
    #: What the reader should know about the translations ("3 of 5 quotes have none ...").
    notes: tuple[str, ...] = ()


def make_briefing(
    document: Document,
    analysis: Analysis,
    translate: Translate | None = None,
    *,
    with_sentences: bool = False,
    why_missing: str = "",
) -> Briefing:
    """The briefing on ``document``; ``translate`` gives the translations (none without it).

    ``why_missing`` explains missing translations in the notes ("online access is off").
    """
    text = analysis.text
    people = tuple(
        BriefPerson(p.name, p.roles, p.age, p.party, len(p.mentions))
        for p in analysis.people
        if not p.credit
    )
    quotes = [BriefQuote(q) for q in sorted(analysis.quotes, key=lambda q: q.start)]
    sentence_texts = [text[s.start : s.end].strip() for s in analysis.sentences]
    sentence_texts = [s for s in sentence_texts if s]
    notes: list[str] = []
    sentences: tuple[tuple[str, str | None], ...] | None = None
    if translate is not None and (quotes or with_sentences):
        wanted = [q.text for q in quotes] + (sentence_texts if with_sentences else [])
        found = translate(wanted)
        quotes = [BriefQuote(q.quote, found[i]) for i, q in enumerate(quotes)]
        if with_sentences:
            sentences = tuple(zip(sentence_texts, found[len(quotes) :], strict=True))
    elif with_sentences:
        sentences = tuple((s, None) for s in sentence_texts)
    because = f" ({why_missing})" if why_missing else ""
    counted = [("quotes", [q.translation for q in quotes])]
    if sentences is not None:
        counted.append(("sentences", [t for _, t in sentences]))
    for noun, translations in counted:
        missing = translations.count(None)
        if missing:
            notes.append(f"{missing} of {len(translations)} {noun} have no translation{because}")
    meta = document.meta
    return Briefing(
        source=document.source,
        # a plain text's headline when the document has no title of its own
        title=meta.title or headline(document.text),
        date=meta.date,
        site=meta.site,
        author=meta.author,
        url=meta.url,
        people=people,
        quotes=tuple(quotes),
        organisations=_entities(analysis.organisations),
        places=_entities(analysis.places),
        sentences=sentences,
        notes=tuple(notes),
    )


def _entities(found: Sequence[NamedEntity]) -> tuple[NamedEntity, ...]:
    """Most mentioned first (then by name)."""
    return tuple(sorted(found, key=lambda e: (-e.count, e.name.casefold())))


def _speaker(quote: BriefQuote) -> str:
    return quote.speaker or "unknown speaker"


def _times(count: int) -> str:
    return f"{count} mention{'s' if count != 1 else ''}"


def _other_forms(entity: NamedEntity) -> tuple[str, ...]:
    return tuple(f for f in entity.forms if f != entity.name)


# ---------------------------------------------------------------------- JSON


def briefing_json(briefing: Briefing) -> dict[str, Any]:
    """The briefing as one JSON object (``leselupe brief --format json``)."""
    return {
        "source": briefing.source,
        "title": briefing.title,
        "date": briefing.date,
        "site": briefing.site,
        "author": briefing.author,
        "url": briefing.url,
        "people": [
            {
                "name": p.name,
                "roles": list(p.roles),
                "age": p.age,
                "party": p.party,
                "mentions": p.mentions,
            }
            for p in briefing.people
        ],
        "quotes": [
            {**quote_record(q.quote), "translation": q.translation} for q in briefing.quotes
        ],
        "organisations": [entity_record(e) for e in briefing.organisations],
        "places": [entity_record(e) for e in briefing.places],
        "sentences": None
        if briefing.sentences is None
        else [{"text": s, "translation": t} for s, t in briefing.sentences],
        "notes": list(briefing.notes),
    }


# ------------------------------------------------------------------ Markdown


def _md(text: str) -> str:
    """Text safe inside Markdown (no emphasis, links, tables or HTML made of it)."""
    out = text.replace("\\", "\\\\")
    for ch in "*_`[]<>|#":
        out = out.replace(ch, "\\" + ch)
    return " ".join(out.split())


def briefing_markdown(briefing: Briefing) -> str:
    """The briefing as Markdown."""
    b = briefing
    lines = [f"# Briefing: {_md(b.title or b.source)}", ""]
    facts = [
        ("Source", b.url if b.url and b.url != b.source else None),
        ("From", b.source),
        ("Site", b.site),
        ("Date", b.date),
        ("By", b.author),
    ]
    lines += [f"- **{label}:** {_md(value)}" for label, value in facts if value]
    lines.append("")
    lines.append(f"## People ({len(b.people)})")
    lines.append("")
    if b.people:
        lines.append("| Person | Roles | Age | Party | Mentions |")
        lines.append("|---|---|---|---|---|")
        for p in b.people:
            cells = (
                _md(p.name),
                _md("; ".join(p.roles)) or "–",
                str(p.age) if p.age is not None else "–",
                _md(p.party or "") or "–",
                str(p.mentions),
            )
            lines.append("| " + " | ".join(cells) + " |")
    else:
        lines.append("No people found.")
    lines += ["", f"## Who said what ({len(b.quotes)})", ""]
    if not b.quotes:
        lines.append("No quotes found.")
    for q in b.quotes:
        said = "„" + _md(q.text) + "“" if q.kind == "direct" else _md(q.text)
        reported = "" if q.kind == "direct" else " *(reported)*"
        lines.append(f"- **{_md(_speaker(q))}**{reported}: {said}")
        if q.translation:
            lines.append(f"  - *{_md(q.translation)}*")
    for title, found in (("Organisations", b.organisations), ("Places", b.places)):
        lines += ["", f"## {title} ({len(found)})", ""]
        if not found:
            lines.append(f"No {title.lower()} found.")
        for e in found:
            forms = _other_forms(e)
            also = f" (also: {', '.join(_md(f) for f in forms)})" if forms else ""
            lines.append(f"- **{_md(e.name)}** — {_times(e.count)}{also}")
    if b.sentences is not None:
        lines += ["", "## Translation, sentence by sentence", ""]
        for german, english in b.sentences:
            lines.append(f"> {_md(german)}")
            lines.append(">")
            lines.append(f"> *{_md(english)}*" if english else "> *(no translation)*")
            lines.append("")
    if b.notes:
        lines += ["", "---", ""]
        lines += [f"*Note: {_md(note)}.*" for note in b.notes]
    return "\n".join(lines).rstrip() + "\n"


# ---------------------------------------------------------------------- HTML

_STYLE = """
body { font-family: 'Inter', 'Helvetica Neue', Arial, sans-serif; color: #1f2328;
       max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.45; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.15em; margin-top: 1.6em; border-bottom: 1px solid #d0d7de; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #e4e8ec;
         vertical-align: top; }
th { background: #f3f5f7; }
.facts { color: #57606a; }
.speaker { font-weight: bold; }
.kind { color: #8250df; font-size: 0.85em; }
.translation { color: #57606a; font-style: italic; }
.count { color: #57606a; }
.note { color: #9a6700; font-size: 0.9em; }
blockquote { margin: 0.3em 0 0.8em 0; padding-left: 0.8em; border-left: 3px solid #d0d7de; }
"""


def _h(text: str) -> str:
    return html.escape(text, quote=True)


def briefing_html(briefing: Briefing) -> str:
    """The briefing as one self-contained HTML page (no scripts, nothing loaded)."""
    b = briefing
    title = b.title or f"Briefing: {b.source.rstrip('/').rsplit('/', 1)[-1] or b.source}"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>Briefing: {_h(title)}</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>{_h(title)}</h1>",
    ]
    facts = [b.site, b.date, f"by {b.author}" if b.author else None]
    line = " · ".join(_h(f) for f in facts if f)
    source = b.url or b.source
    out.append(f'<p class="facts">{line}<br>Source: {_h(source)}</p>')
    out += _people_html(b)
    out.append(f"<h2>Who said what ({len(b.quotes)})</h2>")
    if not b.quotes:
        out.append("<p>No quotes found.</p>")
    for q in b.quotes:
        said = f"„{_h(q.text)}“" if q.kind == "direct" else _h(q.text)
        kind = "" if q.kind == "direct" else ' <span class="kind">reported</span>'
        out.append(f'<p><span class="speaker">{_h(_speaker(q))}</span>{kind}</p>')
        translation = (
            f'<br><span class="translation">{_h(q.translation)}</span>' if q.translation else ""
        )
        out.append(f"<blockquote>{said}{translation}</blockquote>")
    for heading, found in (("Organisations", b.organisations), ("Places", b.places)):
        out.append(f"<h2>{heading} ({len(found)})</h2>")
        if not found:
            out.append(f"<p>No {heading.lower()} found.</p>")
            continue
        out.append("<table>")
        for e in found:
            forms = _other_forms(e)
            also = f'<br><span class="count">also: {_h(", ".join(forms))}</span>' if forms else ""
            count = f'<td class="count">{_times(e.count)}</td>'
            out.append(f"<tr><td><b>{_h(e.name)}</b>{also}</td>{count}</tr>")
        out.append("</table>")
    if b.sentences is not None:
        out.append("<h2>Translation, sentence by sentence</h2>")
        for german, english in b.sentences:
            shown = _h(english) if english else "(no translation)"
            out.append(
                f'<blockquote>{_h(german)}<br><span class="translation">{shown}</span></blockquote>'
            )
    for note in b.notes:
        out.append(f'<p class="note">Note: {_h(note)}.</p>')
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _people_html(b: Briefing) -> list[str]:
    """The People section of the HTML briefing: a table, or a line saying there are none."""
    out: list[str] = []
    out.append(f"<h2>People ({len(b.people)})</h2>")
    if b.people:
        out.append(
            "<table><tr><th>Person</th><th>Roles</th><th>Age</th><th>Party</th>"
            "<th>Mentions</th></tr>"
        )
        for p in b.people:
            age = str(p.age) if p.age is not None else "–"
            out.append(
                f"<tr><td><b>{_h(p.name)}</b></td><td>{_h('; '.join(p.roles)) or '–'}</td>"
                f"<td>{age}</td><td>{_h(p.party or '') or '–'}</td><td>{p.mentions}</td></tr>"
            )
        out.append("</table>")
    else:
        out.append("<p>No people found.</p>")
    return out


def render(briefing: Briefing, fmt: str) -> str:
    """The briefing in format ``md``, ``html`` or ``json``."""
    if fmt == "html":
        return briefing_html(briefing)
    if fmt == "json":
        return json.dumps(briefing_json(briefing), ensure_ascii=False, indent=2) + "\n"
    return briefing_markdown(briefing)
