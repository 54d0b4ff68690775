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


def test_the_title_is_larger_and_bold(app, qtbot) -> None:
    text = "Stadtrat beschließt Busnetz\n\nDer Stadtrat hat ein Busnetz beschlossen.\n"
    view = TextView()
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.text_complete, timeout=5000):
        view.show_text(
            text, Paragraphs.for_text(text, "Stadtrat beschließt Busnetz"), Utf16Map.for_text(text)
        )
    size = view.font_size
    assert char_format(view, 0).fontWeight() == QFont.Weight.Bold
    assert char_format(view, 0).fontPointSize() > size
    assert char_format(view, 2).fontWeight() != QFont.Weight.Bold
    view.set_font_size(size + 4)
    assert char_format(view, 0).fontPointSize() > size + 4


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


def _long_article(target_chars: int) -> str:
    """A news-like article: paragraphs between blank lines, a subheading now and then."""
    body = (
        "Die Regierung in Berlin hat am Dienstag neue Pläne vorgestellt, die nach "
        "Angaben des Ministeriums die Kosten für viele Haushalte senken sollen. "
    )
    parts: list[str] = ["Überschrift des langen Artikels"]
    n = 0
    while sum(len(p) + 2 for p in parts) < target_chars:
        n += 1
        parts.append(f"Absatz {n}. " + body * (1 + n % 4))
        if n % 9 == 0:
            parts.append(f"Zwischenzeile Nummer {n}")
    return "\n\n".join(parts)


def _body_blocks(view: TextView) -> list[int]:
    paragraphs = view.paragraphs
    styled = {number for number, _ in paragraphs.styles}
    blank = set(paragraphs.blank)
    return [n for n in range(len(paragraphs.starts)) if n not in styled and n not in blank]


def _formats(view: TextView, number: int) -> tuple[object, ...]:
    block = view.document().findBlockByNumber(number)
    fmt = char_format(view, number)
    font = fmt.font()
    last = QTextCursor(block)
    last.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    return (
        font.pointSizeF(),
        font.family(),
        font.weight(),
        fmt.foreground().color().name(),
        last.charFormat().font().pointSizeF(),
        block.blockFormat().lineHeight(),
        block.blockFormat().topMargin(),
        block.blockFormat().bottomMargin(),
        block.charFormat().font().pointSizeF(),
    )


def test_every_body_paragraph_of_a_big_text_keeps_the_body_format(app, qtbot) -> None:
    text = _long_article(2_000_000)
    view = shown(qtbot, text)
    body = _body_blocks(view)
    first, middle, last = body[0], body[len(body) // 2], body[-1]
    expected = _formats(view, first)
    assert expected[0] == view.font_size
    for number in (middle, last, *body[:: max(1, len(body) // 200)]):
        assert _formats(view, number) == expected, number
    for size in (view.font_size + 5, view.font_size - 3):
        view.set_font_size(size)
        expected = _formats(view, first)
        assert expected[0] == size
        assert _formats(view, middle) == expected
        assert _formats(view, last) == expected


def test_text_after_a_slice_ending_on_a_heading_or_gap_is_body_text(app, qtbot) -> None:
    text = _long_article(40_000)
    view = shown(qtbot, text, chunk=700)  # many slice ends, on gaps and on headings
    body = _body_blocks(view)
    expected = _formats(view, body[0])
    assert all(_formats(view, n) == expected for n in body)
