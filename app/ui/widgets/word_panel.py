"""The Word dock: the pinned word's full entry, selectable and copyable.

Shows HTML made by :mod:`app.reading.card_html` for the word last clicked or reached
with the keyboard word cursor, plus its sentence and (later, issue 6) the
sentence's translation. It stores no analysis data itself.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QTextBrowser, QVBoxLayout, QWidget

from app.ui.widgets.word_marks import WordMarksBar

EMPTY_HINT = (
    "Click a word in the article to pin its entry here.<br><br>"
    "Keyboard: <b>←</b> <b>→</b> or <b>Tab</b> move from word to word, "
    "<b>↑</b> <b>↓</b> from line to line."
)


class WordPanel(QWidget):
    """A read-only browser with a plain-text copy of its content."""

    entry_shown = Signal(int)  # the token whose entry is now shown, -1 when cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dockBody")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("wordPanel")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.browser.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.browser.customContextMenuRequested.connect(self._context_menu)
        self.browser.document().setDocumentMargin(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 6, 10, 10)
        #: The word's status buttons and frequency band (filled by the vocabulary controller).
        self.marks = WordMarksBar(self)
        layout.addWidget(self.marks)
        layout.addWidget(self.browser)
        self.plain = ""
        self.token = -1
        self.copy_all_action = QAction("Copy entry", self)
        self.copy_all_action.triggered.connect(self.copy_all)
        self.clear()

    def clear(self, hint: str = EMPTY_HINT) -> None:
        self.token = -1
        self.plain = ""
        self.marks.show_word(None)
        self.browser.setHtml(f'<p style="margin-top:6px">{hint}</p>')
        self.browser.setProperty("empty", True)
        self.entry_shown.emit(-1)

    def show_entry(self, token: int, html: str, plain: str) -> None:
        self.token = token
        self.plain = plain
        self.browser.setHtml(html)
        self.browser.setProperty("empty", False)
        self.entry_shown.emit(token)

    def widest_minimum(self) -> int:
        """The narrowest this panel may be with the word marks shown (hidden or not now):
        the dock starts at least this wide, so pinning a word does not widen it."""
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        extra = margins.left() + margins.right() if margins is not None else 0
        return self.marks.minimumSizeHint().width() + extra

    def text(self) -> str:
        return self.browser.toPlainText()

    def copy_all(self) -> None:
        if self.plain:
            QGuiApplication.clipboard().setText(self.plain)

    def _context_menu(self, pos: QPoint) -> None:
        menu: QMenu = self.browser.createStandardContextMenu()
        menu.addSeparator()
        self.copy_all_action.setEnabled(bool(self.plain))
        menu.addAction(self.copy_all_action)
        menu.popup(self.browser.viewport().mapToGlobal(pos))
