"""The hover card: shown after a rest, updated in place, hidden (app.ui.widgets.tooltip)."""

from __future__ import annotations

from PySide6.QtCore import QRect

from app.reading.textmodel import Paragraphs, ReaderIndex, Utf16Map
from app.ui.widgets.reader import ReaderView
from app.ui.widgets.tooltip import MAX_WIDTH, HoverController, WordTip
from tests.reading.helpers import STORY, story_analysis


def test_tip_follows_tokens_and_hides(app, qtbot) -> None:
    reader = ReaderView()
    reader.resize(800, 600)
    qtbot.addWidget(reader)
    reader.show()
    reader.show_text(STORY, Paragraphs.for_text(STORY), Utf16Map.for_text(STORY))
    hover = HoverController(reader, lambda token: f"<b>token {token}</b>")
    hover.show_for(3)
    assert not hover.tip.isVisible()  # no analysis yet: nothing to say
    reader.show_analysis(ReaderIndex.build(story_analysis()))
    hover.show_for(3)
    assert hover.tip.isVisible() and hover.tip.token == 3 and "token 3" in hover.tip.text()
    hover.on_hovered(5)  # already visible: follows at once
    assert hover.tip.token == 5
    hover.content = lambda token: "changed"
    hover.refresh()
    assert hover.tip.text() == "changed"
    hover.on_hovered(-1)
    qtbot.waitUntil(lambda: not hover.tip.isVisible(), timeout=2000)
    hover.on_hovered(4)
    qtbot.waitUntil(hover.tip.isVisible, timeout=2000)  # after the rest delay
    hover.enabled = False
    hover.hide()
    hover.on_hovered(4)
    qtbot.wait(400)
    assert not hover.tip.isVisible() and hover.tip.token == -1


def test_tip_width_fits_its_text(app, qtbot) -> None:
    parent = ReaderView()
    qtbot.addWidget(parent)
    tip = WordTip(parent)
    tip.show_at("<p>kurz</p>", QRect(100, 100, 40, 20))
    short = tip.label.width()
    tip.show_at("<p>" + "lang " * 200 + "</p>", QRect(100, 100, 40, 20))
    assert short < tip.label.width() <= MAX_WIDTH
    assert tip.y() >= 120 or tip.y() < 100  # below the word, or above it when there is no room
