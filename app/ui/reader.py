"""The article view: calm text column, entity colours, mention highlights, word cursor, hover.

:class:`ReaderView` shows a document's text exactly as analysed (one text block
per line, so analysis offsets map straight to Qt positions through
:class:`~app.reading.textmodel.Utf16Map`). It is a QPlainTextEdit because that lays
out only the lines on screen: a QTextEdit lays out a whole 1 MB article in
steps of up to 200,000 characters, each of which freezes the event loop.
Entity colours, person mentions and the word cursor are painted as an
overlay under the text for the visible lines only, so colouring, toggling a
type or highlighting a person costs the same for a long article as for a short
one and never edits the document. The view reports hover, clicks and word
cursor moves as token indices; it knows nothing about dictionaries, people
panels or files.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator

from PySide6.QtCore import (
    QEvent,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
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
    QTextCharFormat,
    QTextCursor,
    QTextLine,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractSlider, QPlainTextEdit, QWidget

from app.reading.textmodel import HEADING, Paragraphs, ReaderIndex, Span, Utf16Map
from app.ui import theme as themes

#: Characters per line the column aims for.
MEASURE_CHARS = 70
#: Padding above and below the text, and the least space at the sides (pixels).
PAGE_PADDING = 28
#: Height of an empty line between paragraphs, relative to the text size.
PARAGRAPH_GAP = 0.5
#: Characters appended per event-loop turn when a long text is put on screen.
CHUNK_CHARS = 32_000
_MEASURE_SAMPLE = (
    "Die Beziehungen zwischen Nord- und Südkorea befinden sich derzeit auf einem Tiefpunkt."
)


class ReaderView(QPlainTextEdit):
    """Read-only article text with colours and a keyboard word cursor."""

    hovered = Signal(int)  # token index under the mouse, -1 for none
    word_clicked = Signal(int)  # token index
    word_cursor_moved = Signal(int)  # token index, -1 when the cursor is put away
    painted = Signal()
    scrolled = Signal()
    text_complete = Signal()
    sentence_hovered = Signal(int)  # sentence under the mouse, -1 for none (when tracked)

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
        self.enabled_labels: set[str] = set(themes.ENTITY_ORDER)
        self.paragraphs: Paragraphs = Paragraphs((0,), (), True)
        self.utf16 = Utf16Map((), ())
        self.index: ReaderIndex | None = None
        self._spans_by_block: dict[int, tuple[Span, ...]] = {}
        self._mentions: tuple[tuple[int, int], ...] = ()
        self._mention_blocks: dict[int, list[tuple[int, int, bool]]] = {}
        self._current_mention = -1
        self._side_margin = -1
        self._hover_token = -1
        self._hover_sentence = -1
        #: Report :attr:`sentence_hovered` (the translation pane turns this on).
        self.track_sentences = False
        self._sentence_range: tuple[int, int, int] | None = None  # block, qt start, qt end
        self._sentence_python: tuple[int, int] | None = None
        self.word_cursor: int | None = None
        self._press_pos: QPoint | None = None
        #: Rectangles of the last overlay paint, by kind ("PER", ..., "mention", "cursor").
        self.painted_rects: dict[str, list[QRectF]] = {}
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
        """Show plain text; colours come later with :meth:`show_analysis`.

        The first part is shown at once; a long text is appended in slices of
        CHUNK_CHARS on later event-loop turns (:attr:`text_complete` then fires).
        """
        self._load_timer.stop()
        self.index = None
        self.word_cursor = None
        self._mentions = ()
        self._mention_blocks = {}
        self._current_mention = -1
        self._hover_token = -1
        self._hover_sentence = -1
        self._sentence_range = None
        self._sentence_python = None
        self._spans_by_block = {}
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
        cursor.insertText(chunk)
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
        """Short gaps between paragraphs, sans-serif subheadings, muted photo captions.

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
            cursor.setCharFormat(heading if style == HEADING else caption)
        cursor.endEditBlock()

    def show_analysis(self, index: ReaderIndex) -> None:
        """Colour entities and enable hover and the word cursor."""
        self.index = index
        self._spans_by_block = index.spans_by_block
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
        if event.type() == QEvent.Type.Wheel:
            self.wheelEvent(event)  # type: ignore[arg-type]
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

    def token_at_point(self, viewport_pos: QPoint | QPointF) -> int:
        """Token index of the word under a viewport point, or -1."""
        if self.index is None:
            return -1
        return self._token_at_qt(self.qt_position_at(viewport_pos))

    def sentence_at_point(self, viewport_pos: QPoint | QPointF) -> int:
        """Index of the sentence under a viewport point (on a line's text), or -1."""
        if self.index is None:
            return -1
        pos = self.qt_position_at(viewport_pos)
        if pos < 0:
            return -1
        found = self.index.sentence_at(self.utf16.from_qt(pos))
        return -1 if found is None else found

    def _token_at_qt(self, pos: int) -> int:
        if self.index is None or pos < 0:
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

    def set_sentence_highlight(self, span: tuple[int, int] | None) -> None:
        """Tint a text range (Python offsets) softly: the sentence paired with the translation."""
        if span == self._sentence_python:
            return
        self._sentence_python = span
        if span is None or span[1] <= span[0]:
            self._sentence_range = None
        else:
            block = self.paragraphs.block_of(span[0])
            base = self.utf16.to_qt(self.paragraphs.starts[block])
            self._sentence_range = (
                block,
                self.utf16.to_qt(span[0]) - base,
                self.utf16.to_qt(span[1]) - base,
            )
        self.viewport().update()

    @property
    def sentence_highlight(self) -> tuple[int, int] | None:
        return self._sentence_python

    def set_word_cursor(self, token_index: int | None, *, emit: bool = True) -> None:
        self.word_cursor = token_index
        self.viewport().update()
        if token_index is not None and self.index is not None:
            token = self.index.token(token_index)
            self.scroll_to_range(token.start, token.end)
        if emit:
            self.word_cursor_moved.emit(-1 if token_index is None else token_index)

    def _visible_blocks(self) -> Iterator[tuple[QTextBlock, QRectF]]:
        bottom = self.viewport().height()
        block = self.firstVisibleBlock()
        while block.isValid():
            rect = self.block_rect(block)
            if rect.top() > bottom:
                break
            yield block, rect
            block = block.next()

    def paint_overlay(self, painter: QPainter) -> None:
        """Entity tints, mention highlights and the word cursor, under the text."""
        theme = self.theme
        painted: dict[str, list[QRectF]] = defaultdict(list)
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
        sentence = self._sentence_range
        if not spans_by_block and not mention_blocks and cursor_block < 0 and sentence is None:
            self.painted_rects = {}
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if sentence is not None:
            self._paint_sentence(painter, sentence, painted)
        mention_fill = QColor(theme.mention)
        mention_fill.setAlphaF(theme.mention_alpha)
        current_fill = QColor(theme.mention)
        current_fill.setAlphaF(theme.current_mention_alpha)
        for block, bounds in self._visible_blocks():
            number = block.blockNumber()
            for span in spans_by_block.get(number, ()):
                if span.kind not in self.enabled_labels:
                    continue
                colour = QColor(theme.entity.get(span.kind, theme.accent))
                tint = theme.entity_tint(span.kind)
                for rect in self._block_rects(block, span.start, span.start + span.length, bounds):
                    box = rect.adjusted(-1.5, 0, 1.5, 1)
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(tint)
                    painter.drawRoundedRect(box, 3, 3)
                    painter.setPen(QPen(colour, 1.6))
                    y = box.bottom() - 0.8
                    painter.drawLine(QPointF(box.left() + 1, y), QPointF(box.right() - 1, y))
                    painted[span.kind].append(box)
            for start, end, current in mention_blocks.get(number, ()):
                for rect in self._block_rects(block, start, end, bounds):
                    box = rect.adjusted(-2, -1, 2, 1)
                    if current:
                        painter.setPen(QPen(QColor(theme.mention_outline), 1.5))
                        painter.setBrush(current_fill)
                    elif theme.dark:
                        # On dark paper a faint fill alone looks like the orange of
                        # people: outline every mention in the highlight colour.
                        outline = QColor(theme.mention_outline)
                        outline.setAlphaF(0.6)
                        painter.setPen(QPen(outline, 1.0))
                        painter.setBrush(mention_fill)
                    else:
                        painter.setPen(Qt.PenStyle.NoPen)
                        painter.setBrush(mention_fill)
                    painter.drawRoundedRect(box, 3, 3)
                    painted["mention"].append(box)
            if number == cursor_block:
                for rect in self._block_rects(block, cursor_range[0], cursor_range[1], bounds):
                    box = rect.adjusted(-2, -1, 2, 2)
                    painter.setPen(QPen(QColor(theme.accent), 1.4))
                    fill = QColor(theme.word_cursor)
                    painter.setBrush(fill)
                    painter.drawRoundedRect(box, 3, 3)
                    painted["cursor"].append(box)
        self.painted_rects = dict(painted)

    def _paint_sentence(
        self,
        painter: QPainter,
        sentence: tuple[int, int, int],
        painted: dict[str, list[QRectF]],
    ) -> None:
        """The paired sentence: a soft wash over its lines (it may run over several blocks)."""
        first_block, start, end = sentence
        doc = self.document()
        block = doc.findBlockByNumber(first_block)
        bottom = self.viewport().height()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.theme.sentence_tint())
        remaining = end - start
        offset = start
        while block.isValid() and remaining > 0:
            bounds = self.block_rect(block)
            if bounds.top() > bottom:
                break
            length = block.length() - 1
            stop = min(length, offset + remaining)
            if bounds.bottom() >= 0:
                for box in line_boxes(block, offset, stop, bounds):
                    painter.drawRoundedRect(box.adjusted(-4, 0, 4, 0), 3, 3)
                    painted["sentence"].append(box)
            remaining -= stop - offset + 1
            offset = 0
            block = block.next()

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
        pos = self.qt_position_at(event.position()) if self.index is not None else -1
        token = self._token_at_qt(pos)
        if self.track_sentences:
            index = self.index
            found = index.sentence_at(self.utf16.from_qt(pos)) if index and pos >= 0 else None
            sentence = -1 if found is None else found
            if sentence != self._hover_sentence:
                self._hover_sentence = sentence
                self.sentence_hovered.emit(sentence)
        if token != self._hover_token:
            self._hover_token = token
            self.viewport().setCursor(
                Qt.CursorShape.PointingHandCursor if token >= 0 else Qt.CursorShape.IBeamCursor
            )
            self.hovered.emit(token)

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self._clear_hover()

    def _clear_hover(self) -> None:
        if self._hover_token != -1:
            self._hover_token = -1
            self.hovered.emit(-1)
        if self._hover_sentence != -1:
            self._hover_sentence = -1
            self.sentence_hovered.emit(-1)

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
        if key == Qt.Key.Key_Space and mods in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.ShiftModifier,
        ):
            # Space pages down, Shift+Space up, as in browsers and e-readers.
            action = (
                QAbstractSlider.SliderAction.SliderPageStepSub
                if mods == Qt.KeyboardModifier.ShiftModifier
                else QAbstractSlider.SliderAction.SliderPageStepAdd
            )
            self.verticalScrollBar().triggerAction(action)
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
        """Move the word cursor to the word at the same place on the line above or below."""
        if self.index is None:
            return
        if self.word_cursor is None:
            self.move_word(1)
            return
        token = self.index.token(self.word_cursor)
        block = self.document().findBlockByNumber(self.paragraphs.block_of(token.start))
        self.blockBoundingGeometry(block)  # lay the block out
        start = self.utf16.to_qt(token.start) - block.position()
        end = self.utf16.to_qt(token.end) - block.position()
        layout = block.layout()
        line = layout.lineForTextPosition(start)
        x = (_cursor_x(line, start) + _cursor_x(line, end)) / 2
        number = line.lineNumber() + direction
        while not 0 <= number < layout.lineCount():
            block = block.next() if direction > 0 else block.previous()
            if not block.isValid():
                return
            if block.length() <= 1:
                continue  # the gap between paragraphs
            self.blockBoundingGeometry(block)
            layout = block.layout()
            number = 0 if direction > 0 else layout.lineCount() - 1
        target = layout.lineAt(number)
        position = block.position() + target.xToCursor(x)
        found = self.index.word_near(self.utf16.from_qt(position))
        if found is not None and found != self.word_cursor:
            self.set_word_cursor(found)

    def _first_visible_word(self) -> int | None:
        assert self.index is not None
        return self.index.word_near(self.utf16.from_qt(self.firstVisibleBlock().position()))

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
        words = self.index.words  # sorted token indices
        return list(words[bisect_left(words, lo) : bisect_left(words, hi)])


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
        x1 = _cursor_x(line, max(start, ls))
        x2 = _cursor_x(line, min(end, le))
        top = bounds.top() + line.y()
        height = line.height()
        if glyphs_only:
            glyphs = line.ascent() + line.descent()
            top += (height - glyphs) / 2
            height = glyphs
        yield QRectF(bounds.left() + min(x1, x2), top, abs(x2 - x1), height)


def _cursor_x(line: QTextLine, position: int) -> float:
    """x of a cursor position on a line (PySide returns ``(x, position)``)."""
    result: object = line.cursorToX(position)
    if isinstance(result, tuple):
        return float(result[0])
    return float(result)  # type: ignore[arg-type]
