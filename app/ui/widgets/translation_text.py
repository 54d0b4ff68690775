"""The translated article in the reader's look, sentence by sentence (the pane's text).

:class:`TranslationText` is a read-only :class:`~app.ui.widgets.reader.ReaderView`
with one block per paragraph of the article (headings and photo captions styled
the same, gaps between paragraphs). Sentences fill in as they arrive; a sentence
not translated yet keeps the place of its original, drawn as soft grey bars (the
columns stay level); one the service could not translate, or that waits for the
network or for online access, shows the original in muted italics, and the mouse
on it shows :attr:`TranslationText.untranslated_tip` (why). The view reports the
sentence under the mouse and can tint one sentence. What a sentence says comes from
a callable (:data:`Source`), so this module knows nothing about services.
"""

from __future__ import annotations

import time
from bisect import bisect_right
from collections.abc import Callable, Iterable
from typing import Literal

from PySide6.QtCore import QPoint, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QTextBlock, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.reading.textmodel import Paragraphs, ParallelLayout, Utf16Map
from app.ui import theme as themes
from app.ui.widgets.reader import ReaderView
from app.ui.widgets.text_view import TextView, line_boxes

#: How a sentence is shown: its translation, a placeholder while it comes, or the original
#: (muted: "missing" will not come, "waiting" waits for the network or for online access).
State = Literal["done", "pending", "missing", "waiting"]
Source = Callable[[int], tuple[State, str]]
PLACEHOLDER = "…"
#: Time spent re-rendering blocks per event-loop turn while many results arrive at once.
RENDER_BUDGET_S = 0.005
#: Pause between slices of off-screen blocks.
RENDER_PAUSE_MS = 30


def _qt_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class TranslationText(ReaderView):
    """The translated article, in the reader's column and fonts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setAcceptDrops(False)  # a dropped file goes to the window, as on the article
        # Each slice is also marked sentence by sentence: smaller slices, shorter turns.
        self.chunk_chars = 8000
        self.layout_: ParallelLayout | None = None
        self.source: Source = lambda i: ("pending", "")
        #: Per block: (sentence, start, end) of each sentence's text, Qt units in the block.
        self.parts: dict[int, list[tuple[int, int, int]]] = {}
        self.highlighted = -1
        self._hover = -1
        #: Tooltip over a sentence shown untranslated (the controller says why).
        self.untranslated_tip = ""
        #: Per block: (start, end) of the sentences still to come, drawn as soft bars.
        self.pending_parts: dict[int, list[tuple[int, int]]] = {}
        self._shown: dict[int, State] = {}  # how each sentence was last rendered
        self._dirty: set[int] = set()
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(0)
        self._render_timer.timeout.connect(self._render_dirty)

    # ------------------------------------------------------------- content

    def set_layout(self, layout: ParallelLayout | None, source: Source) -> None:
        """Show a document's structure; every block rendered from ``source``."""
        self.layout_ = layout
        self.source = source
        self.parts = {}
        self.pending_parts = {}
        self._shown = {}
        self._dirty.clear()
        self.highlighted = -1
        if layout is None:
            self.show_text("", Paragraphs.for_text(""), Utf16Map((), ()))
            return
        texts: list[str] = []
        for number, sentences in enumerate(layout.blocks):
            plain, parts = self._compose(sentences)
            texts.append(plain)
            self.parts[number] = parts
        text = "\n".join(texts)
        starts = [0]
        for plain in texts[:-1]:
            starts.append(starts[-1] + len(plain) + 1)
        paragraphs = Paragraphs(tuple(starts), layout.styles, True, layout.gaps)
        # A long text goes on screen in slices; each slice is formatted as it comes.
        self.show_text(text, paragraphs, Utf16Map.for_text(text))
        self._sentence_range = None

    def _compose(self, sentences: Iterable[int]) -> tuple[str, list[tuple[int, int, int]]]:
        pieces: list[str] = []
        parts: list[tuple[int, int, int]] = []
        position = 0
        for sentence in sentences:
            state, text = self.source(sentence)
            self._shown[sentence] = state
            text = " ".join(text.split()) or PLACEHOLDER
            parts.append((sentence, position, position + _qt_len(text)))
            pieces.append(text)
            position += _qt_len(text) + 1
        return " ".join(pieces), parts

    def update_sentences(self, sentences: Iterable[int]) -> None:
        """Sentences changed state: re-render their blocks (in slices, on later turns)."""
        layout = self.layout_
        if layout is None:
            return
        count = len(layout.block_of_sentence)
        shown = self._shown
        for sentence in sentences:
            if 0 <= sentence < count and self.source(sentence)[0] != shown.get(sentence):
                self._dirty.add(layout.block_of_sentence[sentence])
        if self._dirty and not self._render_timer.isActive():
            self._render_timer.start(0)

    def flush(self) -> None:
        """Render everything that is waiting now (tests, screenshots)."""
        while self._dirty:
            self._render_dirty()

    def _render_dirty(self) -> None:
        """Re-render waiting blocks: those on screen at once, the others a slice at a time.

        Off-screen blocks are rendered for at most RENDER_BUDGET_S per slice with a pause
        between slices, so a long article's stream of results leaves the event loop free.
        """
        if not self._dirty:
            return
        started = time.perf_counter()
        visible = [b.blockNumber() for b, _r in self._visible_blocks()]
        for number in visible:
            if number in self._dirty:
                self._dirty.discard(number)
                self._render_block(number)
        for number in sorted(self._dirty):
            if time.perf_counter() - started > RENDER_BUDGET_S:
                break
            self._dirty.discard(number)
            self._render_block(number)
        if self.highlighted >= 0:
            self._set_highlight_range(self.highlighted)
        if self._dirty:
            self._render_timer.start(RENDER_PAUSE_MS)

    def _render_block(self, number: int) -> None:
        layout = self.layout_
        if layout is None or not 0 <= number < len(layout.blocks):
            return
        block = self.document().findBlockByNumber(number)
        if not block.isValid():
            return
        plain, parts = self._compose(layout.blocks[number])
        self.parts[number] = parts
        if plain != block.text():
            cursor = QTextCursor(block)
            cursor.beginEditBlock()
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.insertText(plain, QTextCharFormat())
            cursor.endEditBlock()
        # Headings and captions keep their look; the muted parts are marked afresh.
        self._format_paragraphs(number, number + 1)

    def _mark_placeholders(self, blocks: Iterable[int]) -> None:
        """Hide the stand-in text of pending sentences; mute the originals left untranslated."""
        doc = self.document()
        cursor = QTextCursor(doc)
        hidden = QTextCharFormat()
        hidden.setForeground(QColor(0, 0, 0, 0))
        original = QTextCharFormat()
        original.setForeground(QColor(self.theme.muted))
        original.setFontItalic(True)
        cursor.beginEditBlock()
        for number in blocks:
            block = doc.findBlockByNumber(number)
            if not block.isValid():
                continue
            base = block.position()
            pending: list[tuple[int, int]] = []
            for sentence, start, end in self.parts.get(number, ()):
                state, _text = self.source(sentence)
                if state == "done":
                    continue
                cursor.setPosition(base + start)
                cursor.setPosition(base + end, QTextCursor.MoveMode.KeepAnchor)
                if state == "pending":
                    cursor.mergeCharFormat(hidden)
                    pending.append((start, end))
                else:
                    cursor.mergeCharFormat(original)
            if pending:
                self.pending_parts[number] = pending
            else:
                self.pending_parts.pop(number, None)
        cursor.endEditBlock()

    def paint_overlay(self, painter: QPainter) -> None:
        """The reader's overlay, plus soft bars where translations are still to come."""
        super().paint_overlay(painter)
        if not self.pending_parts:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        bar_colour = QColor(self.theme.faint)
        bar_colour.setAlphaF(0.85)
        painter.setBrush(bar_colour)
        bars: list[QRectF] = []
        for block, bounds in self._visible_blocks():
            for start, end in self.pending_parts.get(block.blockNumber(), ()):
                for box in line_boxes(block, start, end, bounds):
                    height = max(4.0, box.height() * 0.3)
                    bar = QRectF(
                        box.left() + 1,
                        box.top() + (box.height() - height) / 2 + 1,
                        max(4.0, box.width() - 6),
                        height,
                    )
                    painter.drawRoundedRect(bar, height / 2, height / 2)
                    bars.append(bar)
        self.painted_rects["pending"] = bars

    def _format_paragraphs(self, first: int = 0, stop: int | None = None) -> None:
        """The reader's paragraph formats, then the pending and untranslated sentences."""
        super()._format_paragraphs(first, stop)
        if self.layout_ is not None:
            end = len(self.layout_.blocks) if stop is None else stop
            self._mark_placeholders(range(first, end))

    def set_theme(self, theme: themes.Theme) -> None:
        changed = theme != self.theme
        super().set_theme(theme)  # re-formats (and so re-marks) when there are headings
        if changed and self.layout_ is not None and not self.paragraphs.styles:
            self._mark_placeholders(range(len(self.layout_.blocks)))

    # ------------------------------------------------------------ geometry

    def sentence_range(self, sentence: int) -> tuple[int, int, int] | None:
        """(block, start, end) of a sentence's text, or None when it has none yet."""
        layout = self.layout_
        if layout is None or not 0 <= sentence < len(layout.block_of_sentence):
            return None
        block = layout.block_of_sentence[sentence]
        for number, start, end in self.parts.get(block, ()):
            if number == sentence:
                return block, start, end
        return None

    def sentence_at_position(self, position: int) -> int:
        """The sentence whose text (or the space after it) holds a document position, or -1."""
        block = self.document().findBlock(position)
        if not block.isValid():
            return -1
        rel = position - block.position()
        parts = self.parts.get(block.blockNumber(), [])
        starts = [start for _s, start, _e in parts]
        i = bisect_right(starts, rel) - 1
        if i >= 0 and rel <= parts[i][2]:
            return parts[i][0]
        return -1

    def top_sentence(self) -> int:
        """The first sentence whose block is at the top of the view (for scroll sync)."""
        layout = self.layout_
        if layout is None:
            return -1
        position = self.cursorForPosition(QPoint(0, 0)).position()
        found = self.sentence_at_position(position)
        if found >= 0:
            return found
        block = self.document().findBlock(position)
        while block.isValid():
            parts = self.parts.get(block.blockNumber())
            if parts:
                return parts[0][0]
            block = block.next()
        return -1

    def sentence_lines(self, sentence: int) -> tuple[int, int] | None:
        """First and last visual line (as the scroll bar counts) of a sentence."""
        found = self.sentence_range(sentence)
        if found is None:
            layout = self.layout_
            if layout is None or not 0 <= sentence < len(layout.block_of_sentence):
                return None
            found = (layout.block_of_sentence[sentence], 0, 0)
        number, start, end = found
        block = self.document().findBlockByNumber(number)
        return _lines_of(self, block, start, max(start, end - 1))

    # ------------------------------------------------------------ highlight

    def highlight(self, sentence: int) -> None:
        """Tint one sentence (-1: none)."""
        self.highlighted = sentence
        self._set_highlight_range(sentence)

    def _set_highlight_range(self, sentence: int) -> None:
        found = self.sentence_range(sentence) if sentence >= 0 else None
        if found is not None and (found[2] <= found[1] or self.source(sentence)[0] == "pending"):
            found = None
        if found != self._sentence_range:
            self._sentence_range = found
            self.viewport().update()

    @property
    def highlight_range(self) -> tuple[int, int, int] | None:
        return self._sentence_range

    # --------------------------------------------------------------- events

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        QPlainTextEdit.mouseMoveEvent(self, event)
        if event.buttons() != Qt.MouseButton.NoButton:
            return
        position = self.qt_position_at(event.position())
        sentence = self.sentence_at_position(position) if position >= 0 else -1
        tip = ""
        if sentence >= 0:
            state, _text = self.source(sentence)
            if state == "pending":
                sentence = -1
            elif state != "done":
                tip = self.untranslated_tip
        if tip != self.viewport().toolTip():
            self.viewport().setToolTip(tip)
        if sentence != self._hover:
            self._hover = sentence
            self.sentence_hovered.emit(sentence)

    def _clear_hover(self) -> None:
        super()._clear_hover()
        if self._hover != -1:
            self._hover = -1
            self.sentence_hovered.emit(-1)


def _lines_of(view: TextView, block: QTextBlock, start: int, end: int) -> tuple[int, int] | None:
    if not block.isValid():
        return None
    view.blockBoundingGeometry(block)  # lays the block out
    text_layout = block.layout()
    first = text_layout.lineForTextPosition(max(0, start))
    last = text_layout.lineForTextPosition(max(0, end))
    base = block.firstLineNumber()
    a = base + (first.lineNumber() if first.isValid() else 0)
    b = base + (last.lineNumber() if last.isValid() else 0)
    return a, max(a, b)
