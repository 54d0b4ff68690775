"""The "Translate article" column: a header over the translated text, kept level with the article.

:class:`TranslationPane` is a :class:`PaneHeader` (language, service, progress,
close) over a :class:`~app.ui.widgets.translation_text.TranslationText`;
:class:`ScrollSync` keeps it scrolled level with the article, anchored on the
sentence at the top.
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.reader import ReaderView
from app.ui.widgets.translation_text import TranslationText


class ScrollSync:
    """Keeps two views level: the sentence at the top of one is at the top of the other.

    Anchored on sentences, not pixels, because a translation is longer or shorter
    than its original; within the top sentence the position is kept in proportion.
    """

    def __init__(self, reader: ReaderView, text: TranslationText) -> None:
        self.reader = reader
        self.text = text
        self.enabled = False
        self._busy = False
        reader.verticalScrollBar().valueChanged.connect(self._from_reader)
        text.verticalScrollBar().valueChanged.connect(self._from_text)

    def _reader_top(self) -> int:
        index = self.reader.index
        if index is None or not index.sentence_starts:
            return -1
        position = self.reader.cursorForPosition(QPoint(0, 0)).position()
        offset = self.reader.utf16.from_qt(position)
        return max(0, bisect_right(index.sentence_starts, offset) - 1)

    def _reader_lines(self, sentence: int) -> tuple[int, int] | None:
        index = self.reader.index
        if index is None or not 0 <= sentence < len(index.analysis.sentences):
            return None
        s = index.analysis.sentences[sentence]
        a = self.reader.line_number_of(s.start)
        b = self.reader.line_number_of(max(s.start, s.end - 1))
        return a, max(a, b)

    def _from_reader(self, value: int) -> None:
        if not self.enabled or self._busy or self.text.layout_ is None:
            return
        sentence = self._reader_top()
        self._level(sentence, value, self._reader_lines(sentence), self.text)

    def _from_text(self, value: int) -> None:
        if not self.enabled or self._busy or self.reader.index is None:
            return
        sentence = self.text.top_sentence()
        self._level(sentence, value, self.text.sentence_lines(sentence), self.reader)

    def _level(
        self,
        sentence: int,
        value: int,
        lines: tuple[int, int] | None,
        other: ReaderView,
    ) -> None:
        if sentence < 0 or lines is None:
            return
        if other is self.text:
            target_lines = self.text.sentence_lines(sentence)
        else:
            target_lines = self._reader_lines(sentence)
        if target_lines is None:
            return
        a, b = lines
        fraction = min(max((value - a) / (b - a + 1), 0.0), 1.0)
        ta, tb = target_lines
        target = ta + round(fraction * (tb - ta + 1))
        bar = other.verticalScrollBar()
        if value <= 0:
            target = 0
        elif value >= self._max_of(other is self.text):
            target = bar.maximum()
        self._busy = True
        try:
            bar.setValue(target)
        finally:
            self._busy = False

    def _max_of(self, source_is_reader: bool) -> int:
        view: ReaderView = self.reader if source_is_reader else self.text
        return view.verticalScrollBar().maximum()

    def sync_now(self) -> None:
        """Level the translation with the article as it is scrolled now."""
        self._from_reader(self.reader.verticalScrollBar().value())


class _ShrinkingLabel(QLabel):
    """A one-line label that may be squeezed below its text's width (the column width
    is the user's): what does not fit ends in "…", never in a glyph cut in half, and
    the tooltip then holds the whole text."""

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def elided(self) -> str:
        """The text as drawn at the label's width."""
        rect = self.contentsRect()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tip()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tip()

    def _update_tip(self) -> None:
        if self.property("ownTip"):
            return
        self.setToolTip(self.text() if self.elided() != self.text() else "")

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self.elided(),
            self.foregroundRole(),
        )
        painter.end()


class PaneHeader(QWidget):
    """A slim line above a column: title, a muted status, a slim progress bar, a close button."""

    close_requested = Signal()

    def __init__(self, title: str, closable: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paneHeader")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = _ShrinkingLabel(title, self)
        self.title.setObjectName("paneTitle")
        self.status = _ShrinkingLabel("", self)
        self.status.setObjectName("muted")
        # The status takes the room the title leaves (the title keeps its width first).
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(90)
        self.progress.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 6, 8, 6)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.progress)
        self.close_button: QToolButton | None = None
        if closable:
            button = QToolButton(self)
            button.setObjectName("paneClose")
            button.setText("✕")
            button.setToolTip("Close the translation (Ctrl+T)")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(self.close_requested.emit)
            layout.addWidget(button)
            self.close_button = button
        self.setFixedHeight(34)

    def set_progress(self, done: int, total: int, text: str, busy: bool) -> None:
        changed = text != self.status.text() or busy != self.progress.isVisible()
        self.status.setText(text)
        if busy and total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.show()
        else:
            self.progress.hide()
        layout = self.layout()
        if changed and layout is not None:
            layout.activate()  # the new text gets its width now, not a turn later


class TranslationPane(QWidget):
    """Header and translated text: the right-hand column of the parallel view."""

    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("translationPane")
        self.header = PaneHeader("English", closable=True, parent=self)
        self.header.close_requested.connect(self.close_requested.emit)
        self.text = TranslationText(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.text, 1)

    def set_title(self, language: str, service: str) -> None:
        self.header.title.setProperty("ownTip", True)
        self.header.title.setToolTip(f"Translated by {service}")
        self.header.title.setText(f"{language}  ·  {service}")
