"""The article view: colours, mentions, word cursor, hover, clicks (app.ui.widgets.reader)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.reading.textmodel import Paragraphs, ReaderIndex, Utf16Map
from app.ui.widgets.reader import ReaderView
from tests.reading.helpers import STORY, story_analysis


def analysed(qtbot) -> ReaderView:
    reader = ReaderView()
    reader.resize(800, 600)
    qtbot.addWidget(reader)
    reader.show()
    qtbot.waitExposed(reader)
    reader.show_text(STORY, Paragraphs.for_text(STORY), Utf16Map.for_text(STORY))
    reader.show_analysis(ReaderIndex.build(story_analysis()))
    qtbot.waitUntil(lambda: bool(reader.painted_rects), timeout=3000)
    return reader


def token(reader: ReaderView, text: str) -> int:
    assert reader.index is not None
    return next(i for i, t in enumerate(reader.index.analysis.tokens) if t.text == text)


def test_entities_are_painted_by_type_and_can_be_switched_off(app, qtbot) -> None:
    reader = analysed(qtbot)
    assert {"PER", "LOC", "ORG"} <= set(reader.painted_rects)
    reader.set_enabled_labels({"PER"})
    qtbot.waitUntil(lambda: "LOC" not in reader.painted_rects, timeout=3000)
    assert "PER" in reader.painted_rects


def test_mentions_sentence_highlight_and_cursor(app, qtbot) -> None:
    reader = analysed(qtbot)
    start = STORY.index("Olaf Scholz")
    reader.set_mentions([(start, start + 11)], current=0)
    assert reader.mentions == ((start, start + 11),) and reader.current_mention == 0
    reader.set_sentence_highlight((0, STORY.index("\n")))
    assert reader.sentence_highlight == (0, STORY.index("\n"))
    moved: list[int] = []
    reader.word_cursor_moved.connect(moved.append)
    reader.set_word_cursor(token(reader, "Berlin"))
    qtbot.waitUntil(lambda: "cursor" in reader.painted_rects, timeout=3000)
    assert len(reader.painted_rects["mention"]) == 1
    assert len(reader.painted_rects["cursor"]) == 1
    assert reader.painted_rects["sentence"]
    assert moved == [token(reader, "Berlin")]
    reader.show_text("neu", Paragraphs.for_text("neu"), Utf16Map.for_text("neu"))
    assert reader.index is None and reader.mentions == () and reader.word_cursor is None


def test_hover_and_click_report_tokens(app, qtbot) -> None:
    reader = analysed(qtbot)
    haus = token(reader, "Haus")
    point = reader.token_rect(haus).center()
    assert reader.token_at_point(point) == haus
    assert reader.sentence_at_point(point) == 1
    with qtbot.waitSignal(reader.hovered, timeout=2000) as hovered:
        qtbot.mouseMove(reader.viewport(), point)
    assert hovered.args == [haus]
    with qtbot.waitSignal(reader.word_clicked, timeout=2000) as clicked:
        qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert clicked.args == [haus] and reader.word_cursor == haus


def test_the_mouse_leaving_the_text_column_for_a_margin_ends_the_hover(app, qtbot) -> None:
    """The text column (the viewport) is narrower than a wide reader; the mouse going from
    a word out into the margin left the viewport but not the reader, and the card stayed."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    reader = analysed(qtbot)
    reader.resize(1400, 600)
    qtbot.waitUntil(lambda: reader.viewport().width() < reader.width() - 200, timeout=3000)
    haus = token(reader, "Haus")
    with qtbot.waitSignal(reader.hovered, timeout=2000):
        qtbot.mouseMove(reader.viewport(), reader.token_rect(haus).center())
    assert reader.hover_token == haus
    with qtbot.waitSignal(reader.hovered, timeout=2000) as left:
        QApplication.sendEvent(reader.viewport(), QEvent(QEvent.Type.Leave))
    assert left.args == [-1] and reader.hover_token == -1


def test_keyboard_moves_the_word_cursor(app, qtbot) -> None:
    reader = analysed(qtbot)
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_Right)
    assert reader.word_cursor == token(reader, "Der")
    reader.move_word(2)
    assert reader.word_cursor == token(reader, "Olaf")
    reader.move_line(1)
    assert reader.index is not None
    assert reader.index.token(reader.word_cursor or 0).sentence == 1
    qtbot.keyClick(reader, Qt.Key.Key_Escape)
    assert reader.word_cursor is None
    assert token(reader, "Der") in reader.words_in_view()
