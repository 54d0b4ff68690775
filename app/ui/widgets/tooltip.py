"""The hover card: a small frameless popup under the word, updated in place.

:class:`HoverController` turns the reader's "token under the mouse" signal
into a calm tooltip: it appears after the mouse rests briefly on a word, moves
and changes content in place when the mouse goes to the next word (no hide and
re-show, so no flicker), and survives short gaps between words. Content comes
from a callable so this module knows nothing about dictionaries.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.ui.widgets.reader import ReaderView

SHOW_DELAY_MS = 220
HIDE_DELAY_MS = 260
MAX_WIDTH = 380
MIN_WIDTH = 120


class WordTip(QFrame):
    """The popup itself."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("wordTip")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setMaximumWidth(MAX_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 9, 12, 10)
        layout.addWidget(self.label)
        self.token = -1
        self._measure = QTextDocument(self)
        self._measure.setDocumentMargin(0)

    def text(self) -> str:
        return self.label.text()

    def _text_width(self, html: str) -> int:
        """The width the HTML wants (its longest unbroken line), within MIN_WIDTH..MAX_WIDTH."""
        self._measure.setDefaultFont(self.label.font())
        self._measure.setHtml(html)
        self._measure.setTextWidth(MAX_WIDTH)
        return max(MIN_WIDTH, min(MAX_WIDTH, math.ceil(self._measure.idealWidth()) + 2))

    def show_at(self, html: str, anchor: QRect) -> None:
        """Show ``html`` below ``anchor`` (global coordinates), or above when there is no room."""
        if html != self.label.text():
            self.label.setText(html)
            self.label.setFixedWidth(self._text_width(html))
            self.adjustSize()
        size = self.sizeHint()
        x = anchor.left() - 12
        y = anchor.bottom() + 6
        screen = QGuiApplication.screenAt(anchor.center()) or QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            if y + size.height() > area.bottom():
                y = anchor.top() - size.height() - 6
            x = max(area.left() + 4, min(x, area.right() - size.width() - 4))
            y = max(area.top() + 4, y)
        self.move(QPoint(x, y))
        if not self.isVisible():
            self.show()


class HoverController:
    """Shows the word tip for the reader's hovered token, without flicker."""

    def __init__(self, reader: ReaderView, content: Callable[[int], str]) -> None:
        self.reader = reader
        self.content = content
        self.tip = WordTip(reader)
        self._pending = -1
        self._show_timer = QTimer(reader)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(SHOW_DELAY_MS)
        self._show_timer.timeout.connect(self._show_pending)
        self._hide_timer = QTimer(reader)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(HIDE_DELAY_MS)
        self._hide_timer.timeout.connect(self.hide)
        reader.hovered.connect(self.on_hovered)
        reader.scrolled.connect(self.hide)
        self.enabled = True

    def on_hovered(self, token: int) -> None:
        if not self.enabled:
            return
        if token < 0:
            self._show_timer.stop()
            if self.tip.isVisible():
                self._hide_timer.start()
            return
        self._hide_timer.stop()
        self._pending = token
        if self.tip.isVisible():
            self._show(token)  # already showing: follow the mouse at once
        else:
            self._show_timer.start()

    def show_for(self, token: int) -> None:
        """Show the tip for a token now (keyboard word cursor)."""
        self._show_timer.stop()
        self._hide_timer.stop()
        self._show(token)

    def refresh(self) -> None:
        """Rebuild the visible tip (theme change, translation arrived)."""
        if self.tip.isVisible() and self.tip.token >= 0:
            self._show(self.tip.token)

    def hide(self) -> None:
        self._show_timer.stop()
        self._hide_timer.stop()
        self._pending = -1
        self.tip.token = -1
        self.tip.hide()

    def _show_pending(self) -> None:
        if self._pending >= 0:
            self._show(self._pending)

    def _show(self, token: int) -> None:
        if self.reader.index is None:
            return
        html = self.content(token)
        rect = self.reader.token_rect(token)
        top_left = self.reader.viewport().mapToGlobal(rect.topLeft())
        self.tip.token = token
        self.tip.show_at(html, QRect(top_left, rect.size()))
