"""A calm column of text: the base of the article view and of the translation column.

:class:`TextView` shows a text exactly as given (one text block per line, so
Python offsets map straight to Qt positions through
:class:`~app.reading.textmodel.Utf16Map`) in a centred column of about
:data:`MEASURE_CHARS` characters, with short gaps between paragraphs,
sans-serif subheadings and muted photo captions. It is a QPlainTextEdit because
that lays out only the lines on screen: a QTextEdit lays out a whole 1 MB article
in steps of up to 200,000 characters, each of which freezes the event loop. A
long text is appended in slices on later event-loop turns. It also answers
geometry questions (the position under a point, the rectangles of a range, the
visual line of an offset). It knows nothing about analyses.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QResizeEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextLine,
    QWheelEvent,
)
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.reading.textmodel import HEADING, TITLE, Paragraphs, Utf16Map
from app.ui import theme as themes

#: Characters per line the column aims for.
MEASURE_CHARS = 70
#: Padding above and below the text, and the least space at the sides (pixels).
PAGE_PADDING = 28
#: The headline's size relative to the text size.
TITLE_SCALE = 1.3
#: Height of an empty line between paragraphs, relative to the text size.
PARAGRAPH_GAP = 0.5
#: Characters appended per event-loop turn when a long text is put on screen.
CHUNK_CHARS = 32_000
_MEASURE_SAMPLE = (
    "Die Beziehungen zwischen Nord- und Südkorea befinden sich derzeit auf einem Tiefpunkt."
)


class TextView(QPlainTextEdit):
    """Read-only text in a centred column, paragraphs styled, loaded in slices."""

    scrolled = Signal()
    text_complete = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setMouseTracking(True)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.document().setDocumentMargin(PAGE_PADDING)
        self.setCursorWidth(0)

        self.theme: themes.Theme = themes.LIGHT
        self.font_size = 13
        self.paragraphs: Paragraphs = Paragraphs((0,), (), True)
        self.utf16 = Utf16Map((), ())
        self._side_margin = -1
        self._text = ""
        #: Characters appended per event-loop turn (see :data:`CHUNK_CHARS`).
        self.chunk_chars = CHUNK_CHARS
        self._loaded_chars = 0
        self._formatted_blocks = 0
        self._load_timer = QTimer(self)
        self._load_timer.setSingleShot(True)
        self._load_timer.setInterval(0)
        self._load_timer.timeout.connect(self._load_slice)
        self.verticalScrollBar().valueChanged.connect(self._on_scroll)
        self._apply_font()

    # ---------------------------------------------------------------- content

    def show_text(self, text: str, paragraphs: Paragraphs, utf16: Utf16Map) -> None:
        """Show plain text.

        The first part is shown at once; a long text is appended in slices of
        CHUNK_CHARS on later event-loop turns (:attr:`text_complete` then fires).
        """
        self._load_timer.stop()
        self.paragraphs = paragraphs
        self.utf16 = utf16
        self._text = text
        self._loaded_chars = 0
        self._formatted_blocks = 0
        self.setPlainText("")
        self._append_chunk()
        self.verticalScrollBar().setValue(0)
        self.viewport().update()
        if self.loading:
            self._load_timer.start()
        else:
            self.text_complete.emit()

    @property
    def loading(self) -> bool:
        """True while the end of a long text is still being appended."""
        return self._loaded_chars < len(self._text)

    def _append_chunk(self) -> None:
        text = self._text
        start = self._loaded_chars
        end = min(len(text), start + self.chunk_chars)
        if end < len(text):
            cut = text.rfind("\n", start + 1, end)
            end = cut if cut > start else end
        chunk = text[start:end]
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        # With an explicit (empty: the document's font) format: inserted at the end,
        # text would take the format of the character or gap block before it (a
        # subheading, or the small gap line: 6 pt body text after the first slice).
        cursor.insertText(chunk, QTextCharFormat())
        self._loaded_chars = end
        last_block = (
            self.paragraphs.block_of(end) if end < len(text) else len(self.paragraphs.starts) - 1
        )
        self._format_paragraphs(self._formatted_blocks, last_block + 1)
        self._formatted_blocks = last_block + 1

    def _load_slice(self) -> None:
        self._append_chunk()
        if self.loading:
            self._load_timer.start()
        else:
            self.text_complete.emit()

    def _format_paragraphs(self, first: int = 0, stop: int | None = None) -> None:
        """Short gaps between paragraphs, a larger bold headline, sans-serif subheadings,
        muted photo captions.

        Formats blocks ``first`` up to (not including) ``stop``.
        """
        doc = self.document()
        paragraphs = self.paragraphs
        stop = len(paragraphs.starts) if stop is None else stop
        text_size = float(self.font_size)
        gap = QTextCharFormat()
        gap.setFontPointSize(max(4.0, text_size * PARAGRAPH_GAP))
        heading = QTextCharFormat()
        heading.setFontFamilies([themes.UI_FAMILY, "sans-serif"])
        heading.setFontWeight(QFont.Weight.DemiBold)
        heading.setFontPointSize(text_size)
        title = QTextCharFormat()  # the headline: the text's own face, larger and bold
        title.setFontWeight(QFont.Weight.Bold)
        title.setFontPointSize(round(text_size * TITLE_SCALE, 1))
        caption = QTextCharFormat()
        caption.setFontFamilies([themes.UI_FAMILY, "sans-serif"])
        caption.setFontPointSize(max(7.0, text_size - 2.5))
        caption.setForeground(QColor(self.theme.muted))
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        if paragraphs.blank_separated:
            blank = paragraphs.blank
            for i in range(bisect_left(blank, first), bisect_left(blank, stop)):
                block = doc.findBlockByNumber(blank[i])
                if block.isValid():
                    cursor.setPosition(block.position())
                    cursor.setBlockCharFormat(gap)
        styles = paragraphs.styles
        lo = bisect_left(styles, (first, ""))
        hi = bisect_left(styles, (stop, ""))
        for number, style in styles[lo:hi]:
            block = doc.findBlockByNumber(number)
            if not block.isValid():
                continue
            cursor.setPosition(block.position())
            cursor.setPosition(
                block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.setCharFormat(
                heading if style == HEADING else title if style == TITLE else caption
            )
        cursor.endEditBlock()

    def set_theme(self, theme: themes.Theme) -> None:
        if theme == self.theme:
            return
        self.theme = theme
        if self.paragraphs.styles:
            self._format_paragraphs(0, self._formatted_blocks)
        self.viewport().update()

    def set_font_size(self, point_size: int) -> None:
        if point_size == self.font_size:
            return
        self.font_size = point_size
        self._apply_font()
        self._format_paragraphs(0, self._formatted_blocks)
        self.viewport().update()

    def _apply_font(self) -> None:
        font = themes.reading_font(self.font_size)
        self.setFont(font)
        self.document().setDefaultFont(font)
        self._side_margin = -1
        self._update_column()

    # ---------------------------------------------------------------- column

    def _measure_px(self) -> float:
        metrics = QFontMetricsF(themes.reading_font(self.font_size))
        per_char = metrics.horizontalAdvance(_MEASURE_SAMPLE) / len(_MEASURE_SAMPLE)
        return per_char * MEASURE_CHARS

    def _update_column(self) -> None:
        """Centre a column of about MEASURE_CHARS characters with viewport margins."""
        width = self.width() - self.verticalScrollBar().sizeHint().width()
        column = self._measure_px() + 2 * PAGE_PADDING
        side = int(max(0, (width - column) / 2))
        if side == self._side_margin:
            return
        self._side_margin = side
        self.setViewportMargins(side, 0, side, 0)
        # The viewport changed width without a resize event of the editor: re-wrap
        # (QPlainTextEdit re-wraps only when the event's old and new widths differ).
        super().resizeEvent(QResizeEvent(self.size(), QSize(0, 0)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_column()

    def event(self, event: QEvent) -> bool:
        # The margins beside the column belong to the scroll area, not the viewport:
        # let the wheel scroll there too.
        if isinstance(event, QWheelEvent):  # PySide hands events over as their own class
            self.wheelEvent(event)
            return True
        return super().event(event)

    # -------------------------------------------------------------- geometry

    def block_rect(self, block: QTextBlock) -> QRectF:
        """A block's rectangle in viewport coordinates (lays the block out if needed)."""
        return self.blockBoundingGeometry(block).translated(self.contentOffset())

    def qt_position_at(self, viewport_pos: QPoint | QPointF, exact: bool = True) -> int:
        """Document position under a viewport point.

        ``exact``: -1 unless the point is on a line's text; otherwise the nearest
        position on the closest line.
        """
        point = QPointF(viewport_pos)
        guess = self.cursorForPosition(point.toPoint()).block()
        candidates = [guess]
        for _ in range(2):
            candidates.insert(0, candidates[0].previous())
            candidates.append(candidates[-1].next())
        best: tuple[float, int] | None = None
        for block in candidates:
            if not block.isValid() or block.length() <= 1:
                continue
            bounds = self.block_rect(block)
            text_layout = block.layout()
            for n in range(text_layout.lineCount()):
                line = text_layout.lineAt(n)
                top = bounds.top() + line.y()
                bottom = top + line.height()
                left = bounds.left() + line.x()
                right = left + line.naturalTextWidth()
                inside_y = top <= point.y() < bottom
                if exact:
                    if inside_y and left <= point.x() < right:
                        return block.position() + line.xToCursor(point.x() - bounds.left())
                    continue
                distance = 0.0 if inside_y else min(abs(point.y() - top), abs(point.y() - bottom))
                if best is None or distance < best[0]:
                    x = min(max(point.x(), left), right) - bounds.left()
                    best = (distance, block.position() + line.xToCursor(x))
        return -1 if best is None else best[1]

    def range_rect(self, start: int, end: int) -> QRect:
        """Bounding rectangle (viewport coordinates) of a text range's first line."""
        rects = list(self._range_rects(start, end))
        return rects[0].toAlignedRect() if rects else QRect()

    def _range_rects(self, start: int, end: int) -> Iterator[QRectF]:
        """One rectangle per line the Python range [start, end) covers (viewport coordinates)."""
        block_no = self.paragraphs.block_of(start)
        block = self.document().findBlockByNumber(block_no)
        if not block.isValid():
            return
        base = self.utf16.to_qt(self.paragraphs.starts[block_no])
        qs = self.utf16.to_qt(start) - base
        qe = self.utf16.to_qt(end) - base
        yield from self._block_rects(block, qs, qe, self.block_rect(block))

    def _block_rects(
        self, block: QTextBlock, start: int, end: int, bounds: QRectF
    ) -> Iterator[QRectF]:
        """Rectangles of the glyphs of block positions [start, end), one per line."""
        return line_boxes(block, start, end, bounds, glyphs_only=True)

    def line_number_of(self, offset: int) -> int:
        """The visual line (as the scroll bar counts them) holding a Python offset."""
        block_no = self.paragraphs.block_of(offset)
        block = self.document().findBlockByNumber(block_no)
        if not block.isValid():
            return 0
        self.blockBoundingGeometry(block)  # make sure the block is laid out
        rel = self.utf16.to_qt(offset) - block.position()
        line = block.layout().lineForTextPosition(max(0, rel))
        return block.firstLineNumber() + (line.lineNumber() if line.isValid() else 0)

    def scroll_to_range(self, start: int, end: int) -> None:
        """Bring a range into view, about a third from the top when it is off screen."""
        rect = self.range_rect(start, end)
        view = self.viewport().rect()
        if rect.isValid() and rect.top() >= 4 and rect.bottom() <= view.height() - 4:
            return
        line_height = max(1.0, QFontMetricsF(self.font()).lineSpacing())
        lines_on_screen = int(view.height() / line_height)
        bar = self.verticalScrollBar()
        bar.setValue(max(0, self.line_number_of(start) - lines_on_screen // 3))

    def visible_range(self) -> tuple[int, int]:
        """The Python offsets of the text on screen: [first, last) (as far as it is loaded)."""
        top = self.cursorForPosition(QPoint(0, 0)).position()
        viewport = self.viewport()
        bottom = self.cursorForPosition(QPoint(viewport.width(), viewport.height())).position()
        return self.utf16.from_qt(top), self.utf16.from_qt(bottom) + 1

    def _visible_blocks(self) -> Iterator[tuple[QTextBlock, QRectF]]:
        bottom = self.viewport().height()
        block = self.firstVisibleBlock()
        while block.isValid():
            rect = self.block_rect(block)
            if rect.top() > bottom:
                break
            yield block, rect
            block = block.next()

    def _on_scroll(self) -> None:
        self.scrolled.emit()


def line_boxes(
    block: QTextBlock, start: int, end: int, bounds: QRectF, glyphs_only: bool = False
) -> Iterator[QRectF]:
    """Rectangles of block positions [start, end), one per line.

    Whole line height by default (a wash without gaps between lines); with
    ``glyphs_only`` just the height of the glyphs, centred in the line.
    """
    layout = block.layout()
    if layout is None:
        return
    for n in range(layout.lineCount()):
        line = layout.lineAt(n)
        ls = line.textStart()
        le = ls + line.textLength()
        if le <= start or ls >= end:
            continue
        x1 = cursor_x(line, max(start, ls))
        x2 = cursor_x(line, min(end, le))
        top = bounds.top() + line.y()
        height = line.height()
        if glyphs_only:
            glyphs = line.ascent() + line.descent()
            top += (height - glyphs) / 2
            height = glyphs
        yield QRectF(bounds.left() + min(x1, x2), top, abs(x2 - x1), height)


def cursor_x(line: QTextLine, position: int) -> float:
    """x of a cursor position on a line (PySide returns ``(x, position)``)."""
    result: object = line.cursorToX(position)
    if isinstance(result, tuple):
        return float(result[0])
    if isinstance(result, int | float):
        return float(result)
    raise TypeError(f"QTextLine.cursorToX returned {type(result).__name__}")
