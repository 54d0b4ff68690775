"""The hover card and the Word panel (app.ui.controllers.word)."""

from __future__ import annotations

from app.reading.card_html import HtmlStyle
from app.ui.controllers.word import gloss_word
from tests.ui.ui_helpers import STORY, open_and_wait


def token_of(window, text: str) -> int:  # type: ignore[no-untyped-def]
    return next(i for i, t in enumerate(window.analysis.tokens) if t.text == text)


def test_card_panel_style_and_forget(make_window, qtbot) -> None:
    window = make_window()
    words = window.words
    assert words.tooltip_content(0) == ""  # nothing analysed yet
    open_and_wait(qtbot, window, text=STORY)
    haus = token_of(window, "Haus")
    assert "house" in words.tooltip_content(haus)
    words.pin_word(haus)
    assert window.word_panel.token == haus and "house" in window.word_panel.text()
    words.set_style(HtmlStyle(text="#000", muted="#123456", accent="#00f", entity={}))
    assert "#123456" in words.tooltip_content(haus)
    words.hover.show_for(haus)
    assert words.hover.tip.isVisible()
    words.forget()
    assert not words.hover.tip.isVisible() and window.word_panel.token == -1


def test_changed_translations_rebuild_what_shows_them(make_window, qtbot) -> None:
    window = make_window()
    open_and_wait(qtbot, window, text=STORY)
    words = window.words
    haus = token_of(window, "Haus")
    words.pin_word(haus)
    calls: list[str] = []

    class Hook:
        def cached(self, text: str) -> str | None:
            calls.append(text)
            return "In the house." if "Haus" in text else None

    words.translation = Hook()
    words.on_translation_changed((0,), ())  # another sentence: the panel stays
    assert "In the house." not in window.word_panel.text()
    words.on_translation_changed((1,), ())
    assert "In the house." in window.word_panel.text()
    card = window.describer.card(haus)
    assert gloss_word(card) == card.lemma
