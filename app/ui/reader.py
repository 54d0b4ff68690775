"""The article view: calm text column, entity colours, mention highlights, word cursor, hover.

:class:`ReaderView` shows a document's text exactly as analysed (one text block
per line, so analysis offsets map straight to Qt positions through
:class:`~app.ui.textmodel.Utf16Map`). The QTextDocument is built by
:func:`build_text_document`, on a worker thread for long texts. Entity
colours, person mentions and the word cursor are painted as an overlay under
the text for the visible lines only, so colouring, toggling a type or
highlighting a person costs the same for a 1 MB article as for a short one and
never edits the document. The view reports hover, clicks and word cursor moves
as token indices; it knows nothing about dictionaries, people panels or files.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPoint, QPointF, QRect, QRectF, Qt, QThread, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QWheelEvent,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from app.ui import theme as themes
from app.ui.textmodel import CAPTION, HEADING, Paragraphs, ReaderIndex, Span, Utf16Map

#: Characters per line the column aims for.
MEASURE_CHARS = 70
#: Distance between baselines, in ems of the reading font.
LINE_SPACING_EM = 1.62
#: Height of an empty line between paragraphs, relative to a normal line.
BLANK_LINE_PERCENT = 45
_MEASURE_SAMPLE = (
    "Die Beziehungen zwischen Nord- und Südkorea befinden sich derzeit auf einem Tiefpunkt."
)


@dataclass(frozen=True, slots=True)
class TextLook:
    """What the document builder needs to know about fonts and colours."""

    font: QFont
    line_height_percent: int
    caption_colour: str

    @classmethod
    def for_theme(cls, theme: themes.Theme, font_size: int) -> TextLook:
        font = themes.reading_font(font_size)
        metrics = QFontMetricsF(font)
        em = metrics.height() or 1.0
        pixel = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72
        percent = round(LINE_SPACING_EM * pixel / em * 100)
        return cls(font, max(100, percent), theme.muted)


def build_text_document(
    text: str, paragraphs: Paragraphs, look: TextLook, move_to: QThread | None = None
) -> QTextDocument:
    """A QTextDocument of ``text`` with line spacing and paragraph styles.

    Safe to call on a worker thread (the document has no parent and is not shown
    yet); pass ``move_to`` to hand it to the UI thread afterwards.
    """
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(look.font)
    doc.setPlainText(text)
    cursor = QTextCursor(doc)
    cursor.select(QTextCursor.SelectionType.Document)
    normal = QTextBlockFormat()
    normal.setLineHeight(look.line_height_percent, 1)  # 1 = ProportionalHeight
    if not paragraphs.blank_separated:
        normal.setBottomMargin(look.font.pointSizeF() * 0.9)
    cursor.mergeBlockFormat(normal)
    cursor.clearSelection()
    if paragraphs.blank_separated:
        blank = QTextBlockFormat()
        blank.setLineHeight(BLANK_LINE_PERCENT, 1)
        starts = paragraphs.starts
        for number, start in enumerate(starts):
            end = starts[number + 1] - 1 if number + 1 < len(starts) else len(text)
            if end <= start or not text[start:end].strip():
                block = doc.findBlockByNumber(number)
                cursor.setPosition(block.position())
                cursor.mergeBlockFormat(blank)
    _style_paragraphs(doc, paragraphs, look)
    if move_to is not None:
        doc.moveToThread(move_to)
    return doc


def _style_paragraphs(doc: QTextDocument, paragraphs: Paragraphs, look: TextLook) -> None:
    heading = QTextCharFormat()
    heading.setFontFamilies([themes.UI_FAMILY, "sans-serif"])
    heading.setFontWeight(QFont.Weight.DemiBold)
    caption = QTextCharFormat()
    caption.setFontFamilies([themes.UI_FAMILY, "sans-serif"])
    caption.setFontItalic(False)
    caption.setForeground(QColor(look.caption_colour))
    caption_block = QTextBlockFormat()
    caption_block.setLineHeight(max(100, look.line_height_percent - 12), 1)
    cursor = QTextCursor(doc)
    for number, style in paragraphs.styles:
        block = doc.findBlockByNumber(number)
        if not block.isValid():
            continue
        cursor.setPosition(block.position())
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        if style == HEADING:
            cursor.mergeCharFormat(heading)
        elif style == CAPTION:
            cursor.mergeCharFormat(caption)
            cursor.mergeBlockFormat(caption_block)


class ReaderView(QTextEdit):
    """Read-only article text with colours and a keyboard word cursor."""

    hovered = Signal(int)  # token index under the mouse, -1 for none
    word_clicked = Signal(int)  # token index
    word_cursor_moved = Signal(int)  # token index
    painted = Signal()
    scrolled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setAcceptRichText(False)
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setMouseTracking(True)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.theme: themes.Theme = themes.LIGHT
        self.font_size = 13
        self.enabled_labels: set[str] = set(themes.ENTITY_ORDER)
        self.paragraphs: Paragraphs = Paragraphs((0,), (), True)
        self.utf16 = Utf16Map((), ())
        self.index: ReaderIndex | None = None
        self._spans_by_block: dict[int, list[Span]] = {}
        self._mentions: tuple[tuple[int, int], ...] = ()
        self._mention_blocks: dict[int, list[tuple[int, int, bool]]] = {}
        self._current_mention = -1
        self._side_margin = -1
        self._hover_token = -1
        self.word_cursor: int | None = None
        self._press_pos: QPoint | None = None
        #: Rectangles of the last overlay paint, by kind ("PER", ..., "mention", "cursor").
        self.painted_rects: dict[str, list[QRectF]] = {}
        self.verticalScrollBar().valueChanged.connect(self._on_scroll)
        self.set_text_document(
            build_text_document("", self.paragraphs, self.look()),
            self.paragraphs,
            self.utf16,
        )

    # ---------------------------------------------------------------- content

    def look(self) -> TextLook:
        return TextLook.for_theme(self.theme, self.font_size)

    def show_text(self, text: str, paragraphs: Paragraphs, utf16: Utf16Map) -> None:
        """Build the document on this thread and show it (short texts)."""
        doc = build_text_document(text, paragraphs, self.look())
        self.set_text_document(doc, paragraphs, utf16)

    def set_text_document(
        self, doc: QTextDocument, paragraphs: Paragraphs, utf16: Utf16Map
    ) -> None:
        """Show a document made by :func:`build_text_document`; colours come later."""
        self.index = None
        self.word_cursor = None
        self._mentions = ()
        self._mention_blocks = {}
        self._current_mention = -1
        self._hover_token = -1
        self._spans_by_block = {}
        self.paragraphs = paragraphs
        self.utf16 = utf16
        doc.setParent(self)  # the editor deletes its previous child document
        doc.setDefaultFont(themes.reading_font(self.font_size))
        self.setDocument(doc)
        self.setCursorWidth(0)  # stored on the document layout, so once per document
        self._side_margin = -1
        self._update_column()
        self.verticalScrollBar().setValue(0)
        self.viewport().update()

    def show_analysis(self, index: ReaderIndex) -> None:
        """Colour entities and enable hover and the word cursor."""
        self.index = index
        spans: dict[int, list[Span]] = defaultdict(list)
        for span in index.entity_spans:
            spans[span.block].append(span)
        self._spans_by_block = dict(spans)
        self.viewport().update()

    def set_enabled_labels(self, labels: Iterable[str]) -> None:
        labels = set(labels)
        if labels != self.enabled_labels:
            self.enabled_labels = labels
            self.viewport().update()

    def set_theme(self, theme: themes.Theme) -> None:
        if theme == self.theme:
            return
        self.theme = theme
        if self.paragraphs.styles:
            self._restyle_document()
        self.viewport().update()

    def set_font_size(self, point_size: int) -> None:
        if point_size == self.font_size:
            return
        block = self.cursorForPosition(QPoint(self._side_margin + 1, 1)).blockNumber()
        self.font_size = point_size
        self.document().setDefaultFont(themes.reading_font(point_size))
        self._side_margin = -1
        self._update_column()
        self._scroll_to_block(block)
        self.viewport().update()

    def _restyle_document(self) -> None:
        """Re-apply paragraph colours for a new theme on a detached document (fast)."""
        doc = self.document()
        scroll_block = self.cursorForPosition(QPoint(self._side_margin + 1, 1)).blockNumber()
        holder = QTextDocument(self)  # deleted by the editor when replaced below
        doc.setParent(None)  # type: ignore[call-overload]
        self.setDocument(holder)
        _style_paragraphs(doc, self.paragraphs, self.look())
        doc.setParent(self)
        self.setDocument(doc)
        self.setCursorWidth(0)
        self._side_margin = -1
        self._update_column()
        self._scroll_to_block(scroll_block)

    def _scroll_to_block(self, number: int) -> None:
        if number <= 0:
            return
        block = self.document().findBlockByNumber(number)
        if block.isValid():
            rect = self.document().documentLayout().blockBoundingRect(block)
            self.verticalScrollBar().setValue(int(rect.top()))

    # ---------------------------------------------------------------- column

    def _measure_px(self) -> float:
        metrics = QFontMetricsF(themes.reading_font(self.font_size))
        per_char = metrics.horizontalAdvance(_MEASURE_SAMPLE) / len(_MEASURE_SAMPLE)
        return per_char * MEASURE_CHARS

    def _update_column(self) -> None:
        width = self.viewport().width()
        side = int(max(28, (width - self._measure_px()) / 2))
        if side == self._side_margin:
            return
        self._side_margin = side
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(max(28, self.font_size * 3))
        fmt.setBottomMargin(max(72, self.font_size * 7))
        root.setFrameFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_column()

    # -------------------------------------------------------------- geometry

    def qt_position_at(self, viewport_pos: QPoint | QPointF, exact: bool = True) -> int:
        """Document position under a viewport point.

        ``exact``: -1 unless the point is on a line's text; otherwise the nearest
        position on the closest line. (Qt's own hit test is confused by the short
        empty lines between paragraphs, whose natural height overlaps the next line.)
        """
        point = QPointF(viewport_pos) + self._scroll_offset()
        doc = self.document()
        layout = doc.documentLayout()
        guess = self.cursorForPosition(QPointF(viewport_pos).toPoint()).block()
        candidates = [guess]
        for _ in range(2):
            candidates.insert(0, candidates[0].previous())
            candidates.append(candidates[-1].next())
        best: tuple[float, int] | None = None
        for block in candidates:
            if not block.isValid() or block.length() <= 1:
                continue
            bounds = layout.blockBoundingRect(block)
            text_layout = block.layout()
            for n in range(text_layout.lineCount()):
                line = text_layout.lineAt(n)
                top = bounds.top() + line.y()
                bottom = top + line.ascent() + line.descent()
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

    def token_at_point(self, viewport_pos: QPoint | QPointF) -> int:
        """Token index of the word under a viewport point, or -1."""
        if self.index is None:
            return -1
        pos = self.qt_position_at(viewport_pos)
        if pos < 0:
            return -1
        offset = self.utf16.from_qt(pos)
        token = self.index.token_at(offset)
        if token is None and offset > 0:
            token = self.index.token_at(offset - 1)
        if token is None:
            return -1
        if not any(ch.isalnum() for ch in self.index.token(token).text):
            return -1
        return token

    def token_rect(self, token_index: int) -> QRect:
        """The token's rectangle in viewport coordinates."""
        assert self.index is not None
        token = self.index.token(token_index)
        rects = list(self._range_rects(token.start, token.end))
        if not rects:
            return QRect()
        return rects[0].toAlignedRect()

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
        yield from self._block_rects(block, qs, qe, self._scroll_offset())

    def _scroll_offset(self) -> QPointF:
        return QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def _block_rects(
        self, block: QTextBlock, start: int, end: int, offset: QPointF
    ) -> Iterator[QRectF]:
        # blockBoundingRect lays the document out up to this block (layout is lazy)
        # and gives the block's true position, which stale lines may not have yet.
        bounds = self.document().documentLayout().blockBoundingRect(block)
        layout = block.layout()
        if layout is None or layout.lineCount() == 0:
            return
        origin = bounds.topLeft() - offset
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            ls = line.textStart()
            le = ls + line.textLength()
            if le <= start or ls >= end:
                continue
            s = max(start, ls)
            e = min(end, le)
            x1 = line.cursorToX(s)[0]
            x2 = line.cursorToX(e)[0]
            top = line.y() + origin.y()
            height = line.ascent() + line.descent()
            yield QRectF(origin.x() + min(x1, x2), top, abs(x2 - x1), height)

    def scroll_to_range(self, start: int, end: int) -> None:
        """Bring a range into view, about a third from the top when it is off screen."""
        rect = self.range_rect(start, end)
        view = self.viewport().rect()
        if rect.isValid() and rect.top() >= 8 and rect.bottom() <= view.height() - 8:
            return
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - view.height() // 3)

    # ------------------------------------------------------------ highlights

    def set_mentions(self, ranges: Iterable[tuple[int, int]], current: int = -1) -> None:
        self._mentions = tuple(ranges)
        self._current_mention = current
        blocks: dict[int, list[tuple[int, int, bool]]] = defaultdict(list)
        for n, (start, end) in enumerate(self._mentions):
            block = self.paragraphs.block_of(start)
            base = self.utf16.to_qt(self.paragraphs.starts[block])
            blocks[block].append(
                (self.utf16.to_qt(start) - base, self.utf16.to_qt(end) - base, n == current)
            )
        self._mention_blocks = dict(blocks)
        self.viewport().update()

    @property
    def mentions(self) -> tuple[tuple[int, int], ...]:
        return self._mentions

    @property
    def current_mention(self) -> int:
        return self._current_mention

    def set_word_cursor(self, token_index: int | None, *, emit: bool = True) -> None:
        self.word_cursor = token_index
        self.viewport().update()
        if token_index is not None and self.index is not None:
            token = self.index.token(token_index)
            self.scroll_to_range(token.start, token.end)
            if emit:
                self.word_cursor_moved.emit(token_index)

    def _visible_blocks(self) -> Iterator[QTextBlock]:
        doc = self.document()
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        layout = doc.documentLayout()
        block = self.cursorForPosition(QPoint(0, 0)).block()
        # cursorForPosition may land a block late; step back while still visible.
        previous = block.previous()
        while previous.isValid() and layout.blockBoundingRect(previous).bottom() > top:
            block = previous
            previous = block.previous()
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            if rect.top() > bottom:
                break
            yield block
            block = block.next()

    def paint_overlay(self, painter: QPainter) -> None:
        """Entity tints, mention highlights and the word cursor, under the text."""
        theme = self.theme
        painted: dict[str, list[QRectF]] = defaultdict(list)
        offset = self._scroll_offset()
        spans_by_block = self._spans_by_block
        mention_blocks = self._mention_blocks
        cursor_block = -1
        cursor_range = (0, 0)
        if self.word_cursor is not None and self.index is not None:
            token = self.index.token(self.word_cursor)
            cursor_block = self.paragraphs.block_of(token.start)
            base = self.utf16.to_qt(self.paragraphs.starts[cursor_block])
            cursor_range = (
                self.utf16.to_qt(token.start) - base,
                self.utf16.to_qt(token.end) - base,
            )
        if not spans_by_block and not mention_blocks and cursor_block < 0:
            self.painted_rects = {}
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        mention_fill = QColor(theme.mention)
        mention_fill.setAlphaF(theme.mention_alpha)
        current_fill = QColor(theme.mention)
        current_fill.setAlphaF(theme.current_mention_alpha)
        for block in self._visible_blocks():
            number = block.blockNumber()
            for span in spans_by_block.get(number, ()):
                if span.kind not in self.enabled_labels:
                    continue
                colour = QColor(theme.entity.get(span.kind, theme.accent))
                tint = theme.entity_tint(span.kind)
                for rect in self._block_rects(block, span.start, span.start + span.length, offset):
                    box = rect.adjusted(-1.5, 0, 1.5, 1)
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(tint)
                    painter.drawRoundedRect(box, 3, 3)
                    painter.setPen(QPen(colour, 1.6))
                    y = box.bottom() - 0.8
                    painter.drawLine(QPointF(box.left() + 1, y), QPointF(box.right() - 1, y))
                    painted[span.kind].append(box)
            for start, end, current in mention_blocks.get(number, ()):
                for rect in self._block_rects(block, start, end, offset):
                    box = rect.adjusted(-2, -1, 2, 1)
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(current_fill if current else mention_fill)
                    painter.drawRoundedRect(box, 3, 3)
                    painted["mention"].append(box)
            if number == cursor_block:
                for rect in self._block_rects(block, cursor_range[0], cursor_range[1], offset):
                    box = rect.adjusted(-2, -1, 2, 2)
                    painter.setPen(QPen(QColor(theme.accent), 1.4))
                    fill = QColor(theme.word_cursor)
                    painter.setBrush(fill)
                    painter.drawRoundedRect(box, 3, 3)
                    painted["cursor"].append(box)
        self.painted_rects = dict(painted)

    # ---------------------------------------------------------------- events

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        try:
            self.paint_overlay(painter)
        finally:
            painter.end()
        super().paintEvent(event)
        self.painted.emit()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if event.buttons() != Qt.MouseButton.NoButton:
            return
        token = self.token_at_point(event.position())
        if token != self._hover_token:
            self._hover_token = token
            self.viewport().setCursor(
                Qt.CursorShape.PointingHandCursor if token >= 0 else Qt.CursorShape.IBeamCursor
            )
            self.hovered.emit(token)

    def leaveEvent(self, event: QObject) -> None:
        super().leaveEvent(event)  # type: ignore[arg-type]
        self._clear_hover()

    def _clear_hover(self) -> None:
        if self._hover_token != -1:
            self._hover_token = -1
            self.hovered.emit(-1)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press_pos = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press = self._press_pos
        self._press_pos = None
        if event.button() != Qt.MouseButton.LeftButton or press is None:
            return
        if (event.position().toPoint() - press).manhattanLength() > 4:
            return  # a drag selected text
        if self.textCursor().hasSelection():
            return
        token = self.token_at_point(event.position())
        if token >= 0:
            self.set_word_cursor(token, emit=False)
            self.word_clicked.emit(token)

    def wheelEvent(self, event: QWheelEvent) -> None:
        super().wheelEvent(event)
        self._clear_hover()

    def _on_scroll(self) -> None:
        self.scrolled.emit()

    def focusNextPrevChild(self, forward: bool) -> bool:
        # Tab and Shift+Tab move the word cursor; Ctrl+Tab leaves the text.
        if self.index is not None and self.hasFocus():
            self.move_word(1 if forward else -1)
            return True
        return super().focusNextPrevChild(forward)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = Qt.KeyboardModifier.ControlModifier
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and mods & ctrl:
            forward = key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier
            super().focusNextPrevChild(forward)
            return
        if self.index is not None and mods == Qt.KeyboardModifier.NoModifier:
            if key == Qt.Key.Key_Right:
                self.move_word(1)
                return
            if key == Qt.Key.Key_Left:
                self.move_word(-1)
                return
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_line(-1 if key == Qt.Key.Key_Up else 1)
                return
            if key == Qt.Key.Key_Escape and self.word_cursor is not None:
                self.set_word_cursor(None)
                return
        super().keyPressEvent(event)

    # ----------------------------------------------------------- word cursor

    def move_word(self, step: int) -> None:
        if self.index is None:
            return
        current = self.word_cursor
        if current is None:
            target = self._first_visible_word() if step > 0 else self.index.next_word(None, -1)
        else:
            target = self.index.next_word(current, step)
        if target is not None:
            self.set_word_cursor(target)

    def move_line(self, direction: int) -> None:
        """Move the word cursor to the nearest word on the line above or below."""
        if self.index is None:
            return
        if self.word_cursor is None:
            self.move_word(1)
            return
        rect = self.token_rect(self.word_cursor)
        x = rect.center().x()
        y = rect.center().y()
        step = max(4, rect.height() // 2)
        limit = self.document().size().height()
        scroll = self.verticalScrollBar().value()
        probe = y
        for _ in range(400):
            probe += direction * step
            if probe + scroll < 0 or probe + scroll > limit:
                return
            pos = self.qt_position_at(QPointF(x, probe), exact=False)
            if pos < 0:
                continue
            token = self.index.word_near(self.utf16.from_qt(pos))
            if token is None or token == self.word_cursor:
                continue
            if abs(self.token_rect(token).center().y() - y) < max(2, rect.height() // 2):
                continue  # still the same line
            self.set_word_cursor(token)
            return

    def _first_visible_word(self) -> int | None:
        assert self.index is not None
        pos = self.cursorForPosition(QPoint(self._side_margin + 1, 4)).position()
        return self.index.word_near(self.utf16.from_qt(pos))

    def words_in_view(self) -> list[int]:
        """Token indices of the words whose start is on screen (for tests and benches)."""
        if self.index is None:
            return []
        top = self.cursorForPosition(QPoint(0, 0)).position()
        bottom = self.cursorForPosition(
            QPoint(self.viewport().width(), self.viewport().height())
        ).position()
        lo = bisect_left(self.index.token_starts, self.utf16.from_qt(top))
        hi = bisect_left(self.index.token_starts, self.utf16.from_qt(bottom))
        return [w for w in self.index.words if lo <= w < hi]
