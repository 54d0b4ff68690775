"""A card as the tooltip's and the Word panel's HTML, and as clipboard text."""

from __future__ import annotations

from app.reading.card_html import (
    PENDING_TEXT,
    TRANSLATE_LINK,
    HtmlStyle,
    panel_html,
    tooltip_html,
)
from app.reading.card_text import card_text
from app.reading.cards import OnlineGloss, SentenceTranslation, WordDescriber
from app.reading.lookups import InfoCache
from app.reading.textmodel import ReaderIndex
from tests.reading.helpers import fake_lookup, story_analysis

STYLE = HtmlStyle(text="#000", muted="#666", accent="#00f", entity={"PER": "#D55E00"})


def test_cards_and_html() -> None:
    analysis = story_analysis()
    describer = WordDescriber(ReaderIndex.build(analysis), InfoCache(fake_lookup))
    token = next(i for i, t in enumerate(analysis.tokens) if t.text == "Militärbündnis")
    card = describer.card(token)
    assert describer.card(token) is card  # cached
    assert card.article == "das" and card.gender == "neuter" and card.pos == "noun"
    tip = tooltip_html(card, STYLE, translation="The military alliance holds.")
    assert "das Militärbündnis" in tip and "plural Militärbündnisse" in tip
    assert "military" in tip and "The military alliance holds." in tip
    panel = panel_html(card, STYLE, analysis.sentence_text(card.sentence))
    assert "Es gibt keinen Zweifel" in panel
    text = card_text(card, "Satz.")
    assert text.splitlines()[0] == "Militärbündnis"
    assert "Militär (military) + bündnis (alliance)" in text
    scholz = next(i for i, t in enumerate(analysis.tokens) if t.text == "Scholz")
    person = describer.card(scholz)
    assert person.person is not None and person.person.age == 66
    assert "Kanzler, 66 years" in tooltip_html(person, STYLE)
    assert "&lt;b&gt;" in tooltip_html(
        describer.card(token).__class__(**{**_fields(card), "word": "<b>"}), STYLE
    )


def _fields(card: object) -> dict[str, object]:
    return {name: getattr(card, name) for name in card.__slots__}  # type: ignore[attr-defined]


def test_panel_offers_translation_and_online_glosses() -> None:
    analysis = story_analysis()
    describer = WordDescriber(ReaderIndex.build(analysis), InfoCache(fake_lookup))
    token = next(i for i, t in enumerate(analysis.tokens) if t.text == "gibt")
    card = describer.card(token)
    off = SentenceTranslation(note="Online translation is off", offer=True)
    panel = panel_html(card, STYLE, "Es gibt.", off)
    assert "Online translation is off." in panel and TRANSLATE_LINK in panel
    assert "No entry in the offline dictionary" in panel
    pending = tooltip_html(
        card, STYLE, SentenceTranslation(pending=True), OnlineGloss(pending=True)
    )
    assert PENDING_TEXT in pending and "looking it up online" in pending
    found = tooltip_html(card, STYLE, None, OnlineGloss(text="there is", service="DeepL"))
    assert "there is" in found and "online · DeepL" in found
    assert "no dictionary entry" in tooltip_html(card, STYLE)
