"""A word card as plain text, for the clipboard. No Qt here."""

from __future__ import annotations

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


def card_text(
    card: WordCard,
    sentence: str = "",
    translation: SentenceTranslation | str | None = None,
    gloss: OnlineGloss | None = None,
) -> str:
    """Plain text of a card, for the clipboard."""
    lines = [card.word]
    head = headword(card)
    if head and head != card.word:
        lines.append(head)
    for value in (grammar_line(card), card.morph):
        if value:
            lines.append(value)
    lines.extend(f"- {g}" for g in card.glosses)
    if gloss is not None and gloss.text:
        lines.append(f"- {gloss.text} (online" + (f", {gloss.service})" if gloss.service else ")"))
    if card.compound:
        lines.append(
            " + ".join(
                f"{p.text} ({'; '.join(p.glosses[:3])})" if p.glosses else p.text
                for p in card.compound
            )
        )
    if card.entity:
        label = ENTITY_NAMES.get(card.entity, card.entity)
        if card.person is not None:
            detail = person_line(card.person)
            lines.append(f"{label}: {card.person.name}" + (f" — {detail}" if detail else ""))
        else:
            lines.append(f"{label}: {card.entity_text or card.word}")
    if sentence:
        lines.append("")
        lines.append(sentence)
    tr = as_translation(translation)
    if tr is not None and tr.text:
        lines.append(tr.text)
    return "\n".join(lines)
