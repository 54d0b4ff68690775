"""The calm text column: slices, paragraph styles, geometry (app.ui.widgets.text_view)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor

from app.reading.textmodel import Paragraphs, Utf16Map
from app.ui.widgets.text_view import TextView, cursor_x, line_boxes
from tests.reading.helpers import STORY


def shown(qtbot, text: str = STORY, chunk: int | None = None) -> TextView:
    view = TextView()
    view.resize(700, 500)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    if chunk is not None:
        view.chunk_chars = chunk
    with qtbot.waitSignal(view.text_complete, timeout=5000):
        view.show_text(text, Paragraphs.for_text(text), Utf16Map.for_text(text))
    return view


def test_a_long_text_goes_on_screen_in_slices(app, qtbot) -> None:
    text = "\n".join(f"Zeile {n} mit etwas Text." for n in range(400))
    view = shown(qtbot, text, chunk=500)
    assert not view.loading
    assert view.toPlainText() == text


def char_format(view: TextView, block_number: int) -> QTextCharFormat:
    cursor = QTextCursor(view.document().findBlockByNumber(block_number))
    cursor.movePosition(QTextCursor.MoveOperation.Right)
    return cursor.charFormat()


def test_headings_and_captions_are_styled(app, qtbot) -> None:
    view = shown(qtbot)
    lines = STORY.split("\n")
    heading = lines.index("Zwischenzeile ohne Punkt")
    caption = lines.index("Scholz in Berlin Foto: Max Muster/dpa")
    assert char_format(view, heading).fontWeight() == QFont.Weight.DemiBold
    assert char_format(view, 0).fontWeight() != QFont.Weight.DemiBold
    size = view.font_size
    assert char_format(view, caption).fontPointSize() < size
    view.set_font_size(size + 4)
    assert char_format(view, heading).fontPointSize() == size + 4


def test_geometry_of_ranges_and_positions(app, qtbot) -> None:
    view = shown(qtbot)
    start = STORY.index("Haus")
    rect = view.range_rect(start, start + 4)
    assert rect.isValid() and rect.width() > 0
    position = view.qt_position_at(rect.center())
    assert start <= view.utf16.from_qt(position) <= start + 4
    assert view.qt_position_at(QPoint(2, 2)) == -1  # the margin, not text
    assert view.qt_position_at(QPoint(2, 2), exact=False) >= 0  # nearest line
    assert view.line_number_of(STORY.index("Es gibt")) > view.line_number_of(0)
    block = view.document().findBlockByNumber(2)
    boxes = list(line_boxes(block, 0, 5, view.block_rect(block)))
    assert len(boxes) == 1 and boxes[0].width() > 0
    line = block.layout().lineAt(0)
    assert cursor_x(line, 5) > cursor_x(line, 0)


def test_scroll_to_range_brings_it_into_view(app, qtbot) -> None:
    text = "\n".join(f"Absatz {n}." for n in range(300)) + "\nZiel am Ende.\n"
    view = shown(qtbot, text)
    start = text.index("Ziel")
    assert not view.viewport().rect().contains(view.range_rect(start, start + 4))
    view.scroll_to_range(start, start + 4)
    assert view.viewport().rect().contains(view.range_rect(start, start + 4))
