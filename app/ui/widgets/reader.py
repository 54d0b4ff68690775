"""The article view: entity colours, mention highlights, word cursor, hover and clicks.

:class:`ReaderView` is a :class:`~app.ui.widgets.text_view.TextView` that knows
the analysis of its text (:class:`~app.reading.textmodel.ReaderIndex`). Entity
colours, person mentions, the paired sentence and the word cursor are painted
as an overlay under the text for the visible lines only, so colouring, toggling
a type or highlighting a person costs the same for a long article as for a short
one and never edits the document. The view reports hover, clicks and word
cursor moves as token indices; it knows nothing about dictionaries, people
panels or files.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QRegion,
    QTextCursor,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractSlider, QWidget

from app.reading.textmodel import Paragraphs, ReaderIndex, Span, Utf16Map
from app.reading.wordmarks import Place
from app.ui import theme as themes
from app.ui.widgets.reader_overlay import OverlayView
from app.ui.widgets.text_view import cursor_x


class ReaderView(OverlayView):
    """Read-only article text with colours and a keyboard word cursor."""

    hovered = Signal(int)  # token index under the mouse, -1 for none
    word_clicked = Signal(int)  # token index
    word_cursor_moved = Signal(int)  # token index, -1 when the cursor is put away
    painted = Signal()
    sentence_hovered = Signal(int)  # sentence under the mouse, -1 for none (when tracked)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled_labels: set[str] = set(themes.ENTITY_ORDER)
        self.index: ReaderIndex | None = None
        self._spans_by_block: dict[int, tuple[Span, ...]] = {}
        self._mentions: tuple[tuple[int, int], ...] = ()
        self._mention_blocks: dict[int, list[tuple[int, int, bool]]] = {}
        self._current_mention = -1
        self._hover_token = -1
        self._hover_sentence = -1
        #: Report :attr:`sentence_hovered` (the translation pane turns this on).
        self.track_sentences = False
        self._sentence_range: tuple[int, int, int] | None = None  # block, qt start, qt end
        self._sentence_python: tuple[int, int] | None = None
        self.word_cursor: int | None = None
        self._press_pos: QPoint | None = None
        #: Find matches and marked claims (reported speech), by block: (start, end, current).
        self._find: tuple[tuple[int, int], ...] = ()
        self._current_find = -1
        self._find_blocks: dict[int, list[tuple[int, int, bool]]] = {}
        self._claims: tuple[tuple[int, int], ...] = ()
        self._claim_blocks: dict[int, list[tuple[int, int, bool]]] = {}
        #: Rectangles of the last overlay paint, by kind ("PER", ..., "mention", "cursor",
        #: "new", "learning1" … "learning4").
        self.painted_rects: dict[str, list[QRectF]] = {}
        #: The learner's marks: token → "new" / "learning1" … (app.reading.wordmarks).
        self._word_marks: dict[int, str] = {}
        self._mark_places: dict[int, Place] = {}  # token → (block, start, end)
        self._mark_blocks: dict[int, tuple[tuple[int, int, int], ...]] = {}  # block → (token, s, e)
        #: Paint the dotted line under new words (View ▸ Mark New Words).
        self.show_new_words = False
        self._paint_clip: QRectF | None = None  # the part being repainted; None: all

    # ---------------------------------------------------------------- content

    def show_text(self, text: str, paragraphs: Paragraphs, utf16: Utf16Map) -> None:
        """Show plain text; colours come later with :meth:`show_analysis`."""
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
        self._find, self._current_find, self._find_blocks = (), -1, {}
        self._claims, self._claim_blocks = (), {}
        self._word_marks = {}
        self._mark_places = {}
        self._mark_blocks = {}
        super().show_text(text, paragraphs, utf16)

    def show_analysis(self, index: ReaderIndex) -> None:
        """Colour entities and enable hover and the word cursor.

        A long text's analysis comes in parts, each index replacing the one before
        (token numbers change): the word cursor stays on its word.
        """
        old, self.index = self.index, index
        if old is not None and old is not index:
            self._hover_token = -1
            if self.word_cursor is not None:
                start = old.token(self.word_cursor).start
                self.word_cursor = index.token_at(start)
        self._spans_by_block = index.spans_by_block
        self.viewport().update()

    def set_enabled_labels(self, labels: Iterable[str]) -> None:
        labels = set(labels)
        if labels != self.enabled_labels:
            self.enabled_labels = labels
            self.viewport().update()

    # ---------------------------------------------------------- learner marks

    def set_word_marks(
        self,
        places: dict[int, Place],
        blocks: dict[int, tuple[tuple[int, int, int], ...]],
        marks: dict[int, str],
    ) -> None:
        """The learner's marks: where every markable token is painted, by token and by
        block (worked out off the UI thread, :class:`app.reading.wordmarks.ArticleWords`),
        and the marks (token → kind; taken over, not copied); tokens without one are plain."""
        self._mark_places = places
        self._mark_blocks = blocks
        self._word_marks = marks
        self.viewport().update()

    def update_word_marks(self, changed: dict[int, str | None]) -> None:
        """Change some tokens' marks and repaint only where they are on screen."""
        if self.index is None or not changed:
            return
        first, last = self._visible_block_range()
        dirty = QRegion()
        for token, kind in changed.items():
            place = self._mark_places.get(token)
            if place is None or kind == self._word_marks.get(token):
                continue
            if kind is None:
                self._word_marks.pop(token, None)
            else:
                self._word_marks[token] = kind
            block, start, end = place
            if first <= block <= last:
                doc_block = self.document().findBlockByNumber(block)
                bounds = self.block_rect(doc_block)
                for rect in self._block_rects(doc_block, start, end, bounds):
                    dirty += rect.adjusted(-3, -2, 3, 4).toAlignedRect()
        if not dirty.isEmpty():
            self.viewport().update(dirty)

    def word_mark(self, token: int) -> str | None:
        return self._word_marks.get(token)

    def set_show_new_words(self, on: bool) -> None:
        if on != self.show_new_words:
            self.show_new_words = on
            self.viewport().update()

    @property
    def hover_token(self) -> int:
        """The word under the mouse, -1 for none."""
        return self._hover_token

    def _visible_block_range(self) -> tuple[int, int]:
        first = last = self.firstVisibleBlock().blockNumber()
        for block, _bounds in self._visible_blocks():
            last = block.blockNumber()
        return first, last

    # -------------------------------------------------------------- geometry

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

    # ------------------------------------------------------------ highlights

    def select_range(self, start: int, end: int) -> None:
        """Select a text range (Python offsets) and bring it into view."""
        cursor = self.textCursor()
        cursor.setPosition(self.utf16.to_qt(start))
        cursor.setPosition(self.utf16.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.scroll_to_range(start, end)

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

    # ---------------------------------------------------------------- events

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        try:
            clip = QRectF(event.rect())
            whole = clip.contains(QRectF(self.viewport().rect()))
            self._paint_clip = None if whole else clip
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

    def viewportEvent(self, event: QEvent) -> bool:
        # The text column is the viewport, narrower than the reader (viewport margins
        # centre it): the mouse going out into a margin leaves the viewport but not the
        # reader, and the card stayed up beside no word.
        if event.type() == QEvent.Type.Leave:
            self._clear_hover()
        return super().viewportEvent(event)

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
        x = (cursor_x(line, start) + cursor_x(line, end)) / 2
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
        found = list(words[bisect_left(words, lo) : bisect_left(words, hi)])
        # Lines cut off at the top or the bottom of the view are not on screen.
        height = self.viewport().height()
        first = 0
        while first < len(found) and self.token_rect(found[first]).top() < 0:
            first += 1
        last = len(found)
        while last > first and self.token_rect(found[last - 1]).bottom() > height:
            last -= 1
        return found[first:last]
