"""The painted layer of the article view: entity colours, person mentions, Find
matches, marked claims, the learner's marks, the paired sentence and the word cursor.

:class:`OverlayView` keeps the highlights by block (Qt units) and paints them under
the text for the visible lines only; :class:`~app.ui.widgets.reader.ReaderView`
adds the analysis, hover, clicks and the keyboard word cursor.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextBlock

from app.reading.textmodel import ReaderIndex, Span
from app.reading.wordmarks import NEW_MARK
from app.ui.widgets.text_view import TextView, line_boxes

#: Rectangles painted, by kind ("PER", ..., "mention", "cursor", "sentence").
_Painted = dict[str, list[QRectF]]


class OverlayView(TextView):
    """Highlights kept by block and painted under the text (state set by the reader)."""

    enabled_labels: set[str]
    index: ReaderIndex | None
    word_cursor: int | None
    show_new_words: bool
    painted_rects: dict[str, list[QRectF]]
    _spans_by_block: dict[int, tuple[Span, ...]]
    _mentions: tuple[tuple[int, int], ...]
    _mention_blocks: dict[int, list[tuple[int, int, bool]]]
    _current_mention: int
    _sentence_range: tuple[int, int, int] | None
    _find: tuple[tuple[int, int], ...]
    _current_find: int
    _find_blocks: dict[int, list[tuple[int, int, bool]]]
    _claims: tuple[tuple[int, int], ...]
    _claim_blocks: dict[int, list[tuple[int, int, bool]]]
    _word_marks: dict[int, str]
    _mark_blocks: dict[int, tuple[tuple[int, int, int], ...]]
    _paint_clip: QRectF | None

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

    def set_find_matches(self, ranges: Iterable[tuple[int, int]], current: int = -1) -> None:
        """Highlight the matches of Find (Python offsets); ``current`` stands out."""
        self._find = tuple(ranges)
        self._current_find = current
        self._find_blocks = self._by_block(self._find, current)
        self.viewport().update()

    @property
    def find_matches(self) -> tuple[tuple[int, int], ...]:
        return self._find

    @property
    def current_find(self) -> int:
        return self._current_find

    def set_claims(self, ranges: Iterable[tuple[int, int]]) -> None:
        """Mark text the article attributes to someone (reported speech): a dashed underline."""
        self._claims = tuple(ranges)
        self._claim_blocks = self._by_block(self._claims, -1)
        self.viewport().update()

    @property
    def claims(self) -> tuple[tuple[int, int], ...]:
        return self._claims

    def claim_at(self, offset: int) -> int:
        """Index of the marked claim covering ``offset``, or -1."""
        for n, (start, end) in enumerate(self._claims):
            if start <= offset < end:
                return n
        return -1

    def _by_block(
        self, ranges: tuple[tuple[int, int], ...], current: int
    ) -> dict[int, list[tuple[int, int, bool]]]:
        """Ranges (Python offsets) cut at paragraph ends, in Qt units within each block."""
        blocks: dict[int, list[tuple[int, int, bool]]] = defaultdict(list)
        starts = self.paragraphs.starts
        for n, (start, end) in enumerate(ranges):
            block = self.paragraphs.block_of(start)
            while start < end and block < len(starts):
                block_end = starts[block + 1] - 1 if block + 1 < len(starts) else end
                stop = min(end, block_end)
                if stop > start:
                    base = self.utf16.to_qt(starts[block])
                    qs, qe = self.utf16.to_qt(start) - base, self.utf16.to_qt(stop) - base
                    blocks[block].append((qs, qe, n == current))
                block += 1
                if block < len(starts):
                    start = max(start, starts[block])
        return dict(blocks)

    # -------------------------------------------------------------- painting

    def paint_overlay(self, painter: QPainter) -> None:
        """Entity tints, mention highlights, marks and the word cursor, under the text.

        Blocks outside the part of the viewport being repainted are skipped (a mark
        repaints a few words, not the screen)."""
        clip = self._paint_clip
        painted: dict[str, list[QRectF]] = defaultdict(list)
        cursor = self._cursor_range()
        sentence = self._sentence_range
        highlights = (
            self._spans_by_block
            or self._mention_blocks
            or self._mark_blocks
            or self._find_blocks
            or self._claim_blocks
        )
        if not highlights and cursor is None and sentence is None:
            self.painted_rects = {}
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if sentence is not None:
            self._paint_sentence(painter, sentence, painted)
        for block, bounds in self._visible_blocks():
            if clip is not None and not bounds.intersects(clip):
                continue
            number = block.blockNumber()
            self._paint_marks(painter, block, bounds, painted)
            self._paint_claims(painter, block, bounds, painted)
            self._paint_entities(painter, block, bounds, painted)
            self._paint_mentions(painter, block, bounds, painted)
            self._paint_find(painter, block, bounds, painted)
            if cursor is not None and number == cursor[0]:
                for rect in self._block_rects(block, cursor[1], cursor[2], bounds):
                    box = rect.adjusted(-2, -1, 2, 2)
                    painter.setPen(QPen(QColor(self.theme.accent), 1.4))
                    painter.setBrush(QColor(self.theme.word_cursor))
                    painter.drawRoundedRect(box, 3, 3)
                    painted["cursor"].append(box)
        if clip is None:  # a partial paint keeps the record of the last whole one
            self.painted_rects = dict(painted)

    def _cursor_range(self) -> tuple[int, int, int] | None:
        """(block, start, end) of the word cursor in Qt units within its block."""
        if self.word_cursor is None or self.index is None:
            return None
        token = self.index.token(self.word_cursor)
        block = self.paragraphs.block_of(token.start)
        base = self.utf16.to_qt(self.paragraphs.starts[block])
        return block, self.utf16.to_qt(token.start) - base, self.utf16.to_qt(token.end) - base

    def _paint_marks(
        self, painter: QPainter, block: QTextBlock, bounds: QRectF, painted: _Painted
    ) -> None:
        entries = self._mark_blocks.get(block.blockNumber())
        if not entries:
            return
        theme = self.theme
        marks = self._word_marks
        new_pen = QPen(theme.new_word_colour(), 1.3, Qt.PenStyle.DotLine)
        new_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        for token, start, end in entries:
            kind = marks.get(token)
            if kind is None or (kind == NEW_MARK and not self.show_new_words):
                continue
            for rect in self._block_rects(block, start, end, bounds):
                if kind == NEW_MARK:
                    painter.setPen(new_pen)
                    y = rect.bottom() + 1.2
                    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
                    painted[kind].append(rect)
                else:
                    box = rect.adjusted(-1.5, 0, 1.5, 1)
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(theme.learning_tint(int(kind[-1])))
                    painter.drawRoundedRect(box, 3, 3)
                    painted[kind].append(box)

    def _paint_entities(
        self, painter: QPainter, block: QTextBlock, bounds: QRectF, painted: _Painted
    ) -> None:
        theme = self.theme
        for span in self._spans_by_block.get(block.blockNumber(), ()):
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

    def _paint_mentions(
        self, painter: QPainter, block: QTextBlock, bounds: QRectF, painted: _Painted
    ) -> None:
        theme = self.theme
        mention_fill = QColor(theme.mention)
        mention_fill.setAlphaF(theme.mention_alpha)
        current_fill = QColor(theme.mention)
        current_fill.setAlphaF(theme.current_mention_alpha)
        for start, end, current in self._mention_blocks.get(block.blockNumber(), ()):
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

    def _paint_find(
        self, painter: QPainter, block: QTextBlock, bounds: QRectF, painted: _Painted
    ) -> None:
        """Find matches: a soft box in the accent colour, the current one filled stronger."""
        theme = self.theme
        accent = QColor(theme.accent)
        for start, end, current in self._find_blocks.get(block.blockNumber(), ()):
            for rect in self._block_rects(block, start, end, bounds):
                box = rect.adjusted(-2, -1, 2, 1)
                fill = QColor(accent)
                fill.setAlphaF(0.42 if current else 0.16)
                outline = QColor(accent)
                outline.setAlphaF(1.0 if current else 0.55)
                painter.setPen(QPen(outline, 1.5 if current else 1.0))
                painter.setBrush(fill)
                painter.drawRoundedRect(box, 3, 3)
                painted["find-current" if current else "find"].append(box)

    def _paint_claims(
        self, painter: QPainter, block: QTextBlock, bounds: QRectF, painted: _Painted
    ) -> None:
        """Reported speech: a faint wash and a dashed underline (the article attributes it)."""
        theme = self.theme
        colour = QColor(theme.entity.get("MISC", theme.accent))
        wash = QColor(colour)
        wash.setAlphaF(0.07 if not theme.dark else 0.10)
        pen = QPen(colour, 1.3, Qt.PenStyle.DashLine)
        for start, end, _current in self._claim_blocks.get(block.blockNumber(), ()):
            for rect in self._block_rects(block, start, end, bounds):
                box = rect.adjusted(-1, 0, 1, 2)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(wash)
                painter.drawRect(box)
                painter.setPen(pen)
                y = box.bottom() - 0.5
                painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
                painted["claim"].append(box)

    def _paint_sentence(
        self,
        painter: QPainter,
        sentence: tuple[int, int, int],
        painted: _Painted,
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
