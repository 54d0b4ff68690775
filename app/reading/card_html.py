"""A word card as HTML: the small hover tooltip and the fuller Word panel.

Colours come from an :class:`HtmlStyle` (the window's theme). Every text from
the article or the dictionary is escaped. No Qt here.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from app.reading.cards import (
    ENTITY_NAMES,
    OnlineGloss,
    SentenceTranslation,
    WordCard,
    as_translation,
    grammar_line,
    headword,
)
from app.reading.people import person_line

TRANSLATE_LINK = "leselupe:translate-sentence"
PENDING_TEXT = "translating…"


@dataclass(frozen=True, slots=True)
class HtmlStyle:
    """Colours used in the generated HTML (from the active theme)."""

    text: str
    muted: str
    accent: str
    entity: dict[str, str]


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _entity_html(card: WordCard, style: HtmlStyle) -> str:
    if not card.entity:
        return ""
    colour = style.entity.get(card.entity, style.accent)
    label = ENTITY_NAMES.get(card.entity, card.entity)
    if card.person is not None:
        name = card.person.name
        detail = person_line(card.person)
        text = f"<b>{_e(name)}</b>" + (f" — {_e(detail)}" if detail else "")
    else:
        text = f"<b>{_e(card.entity_text or card.word)}</b>"
    return (
        f'<p style="margin-top:6px"><span style="color:{colour}">●</span>'
        f' <span style="color:{style.muted}">{label}</span>&nbsp; {text}</p>'
    )


def _compound_html(card: WordCard, style: HtmlStyle, limit: int) -> str:
    if not card.compound:
        return ""
    pieces = []
    for part in card.compound:
        gloss = "; ".join(part.glosses[:limit])
        pieces.append(
            f"<b>{_e(part.text)}</b>"
            + (f' <span style="color:{style.muted}">({_e(gloss)})</span>' if gloss else "")
        )
    return f'<p style="margin-top:4px">{" + ".join(pieces)}</p>'


def _online_gloss_html(gloss: OnlineGloss, style: HtmlStyle, margin: int) -> str:
    mark = "online" + (f" · {_e(gloss.service)}" if gloss.service else "")
    badge = f'<span style="color:{style.muted}; font-size:small">&nbsp;&nbsp;{mark}</span>'
    if gloss.text:
        return f'<p style="margin-top:{margin}px">{_e(gloss.text)}{badge}</p>'
    return (
        f'<p style="margin-top:{margin}px; color:{style.muted}"><i>no dictionary entry · '
        f"looking it up online…</i></p>"
    )


def _sentence_translation_html(tr: SentenceTranslation, style: HtmlStyle, panel: bool) -> str:
    label = tr.language.upper() if panel else tr.language
    size = "small"
    head = (
        f'<p style="margin-top:{12 if panel else 8}px; margin-bottom:0; color:{style.muted}; '
        f'font-size:{size}">{_e(label)}</p>'
    )
    if tr.text:
        return head + f'<p style="margin-top:2px">{_e(tr.text)}</p>'
    if tr.pending:
        return head + f'<p style="margin-top:2px; color:{style.muted}"><i>{PENDING_TEXT}</i></p>'
    if panel and (tr.note or tr.offer):
        link = (
            f' <a href="{TRANSLATE_LINK}" style="color:{style.accent}; text-decoration:none">'
            "Translate this sentence</a>"
            if tr.offer
            else ""
        )
        note = _e(tr.note) + ("." if tr.note and not tr.note.endswith(".") else "")
        return head + f'<p style="margin-top:2px; color:{style.muted}">{note}{link}</p>'
    return ""


def tooltip_html(
    card: WordCard,
    style: HtmlStyle,
    translation: SentenceTranslation | str | None = None,
    gloss: OnlineGloss | None = None,
    learner: str = "",
) -> str:
    """The hover tooltip: compact, at most four glosses; the sentence's translation last.

    ``learner``: the learner's status and frequency band ("new · top 2k"), shown small."""
    out = [
        f'<p style="margin:0"><span style="font-size:large; font-weight:600">{_e(card.word)}'
        "</span></p>"
    ]
    head = headword(card)
    forms = []
    if head and head != card.word:
        forms.append(head)
    if card.plural:
        forms.append(f"plural {card.plural}")
    if forms:
        out.append(f'<p style="margin:0; color:{style.muted}">{_e(" · ".join(forms))}</p>')
    grammar = ", ".join(filter(None, (card.pos, card.gender if not card.article else None)))
    grammar = " · ".join(filter(None, (grammar, card.morph)))
    if grammar:
        out.append(f'<p style="margin:0; color:{style.muted}">{_e(grammar)}</p>')
    if learner:
        out.append(f'<p style="margin:0; color:{style.muted}; font-size:small">{_e(learner)}</p>')
    if card.glosses:
        glosses = "; ".join(card.glosses[:4])
        more = f' <span style="color:{style.muted}">…</span>' if len(card.glosses) > 4 else ""
        out.append(f'<p style="margin-top:6px">{_e(glosses)}{more}</p>')
    out.append(_compound_html(card, style, 2))
    if not card.glosses and not card.compound and card.pos not in {"proper noun", "number"}:
        if gloss is not None and (gloss.text or gloss.pending):
            out.append(_online_gloss_html(gloss, style, 6))
        else:
            out.append(
                f'<p style="margin-top:6px; color:{style.muted}"><i>no dictionary entry</i></p>'
            )
    out.append(_entity_html(card, style))
    tr = as_translation(translation)
    if tr is not None:
        out.append(_sentence_translation_html(tr, style, panel=False))
    return "".join(out)


def panel_html(
    card: WordCard,
    style: HtmlStyle,
    sentence: str,
    translation: SentenceTranslation | str | None = None,
    gloss: OnlineGloss | None = None,
) -> str:
    """The Word panel: everything, including all glosses, the sentence and its translation."""
    out = [
        f'<p style="margin:0"><span style="font-size:x-large; font-weight:600">'
        f"{_e(card.word)}</span></p>"
    ]
    head = headword(card)
    if head and head != card.word:
        out.append(f'<p style="margin:0">{_e(head)}</p>')
    rows = [
        ("Grammar", grammar_line(card)),
        ("Form", card.morph),
    ]
    out.append('<table cellspacing="0" cellpadding="1" style="margin-top:6px">')
    for label, value in rows:
        if value:
            out.append(
                f'<tr><td style="color:{style.muted}; padding-right:10px">{label}</td>'
                f"<td>{_e(value)}</td></tr>"
            )
    out.append("</table>")
    if card.glosses:
        out.append('<ol style="margin-top:6px; margin-left:0px; -qt-list-indent:1">')
        out.extend(f"<li>{_e(g)}</li>" for g in card.glosses[:12])
        out.append("</ol>")
    elif card.pos not in {"proper noun", "number", "punctuation"} and not card.compound:
        out.append(f'<p style="color:{style.muted}"><i>No entry in the offline dictionary.</i></p>')
        if gloss is not None and (gloss.text or gloss.pending):
            out.append(_online_gloss_html(gloss, style, 0))
    out.append(_compound_html(card, style, 3))
    out.append(_entity_html(card, style))
    out.append(
        f'<p style="margin-top:12px; color:{style.muted}; font-size:small">SENTENCE</p>'
        f'<p style="margin-top:2px">{_e(sentence)}</p>'
    )
    tr = as_translation(translation)
    if tr is not None:
        out.append(_sentence_translation_html(tr, style, panel=True))
    return "".join(out)
