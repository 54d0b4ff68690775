"""The Word dock: the pinned word's full entry, selectable and copyable.

Shows HTML made by :mod:`app.reading.card_html` for the word last clicked or reached
with the keyboard word cursor, plus its sentence and (later, issue 6) the
sentence's translation. It stores no analysis data itself.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QTextBrowser, QVBoxLayout, QWidget

EMPTY_HINT = (
    "Click a word in the article to pin its entry here.<br><br>"
    "Keyboard: <b>←</b> <b>→</b> or <b>Tab</b> move from word to word, "
    "<b>↑</b> <b>↓</b> from line to line."
)


class WordPanel(QWidget):
    """A read-only browser with a plain-text copy of its content."""

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
        layout.addWidget(self.browser)
        self.plain = ""
        self.token = -1
        self.copy_all_action = QAction("Copy entry", self)
        self.copy_all_action.triggered.connect(self.copy_all)
        self.clear()

    def clear(self, hint: str = EMPTY_HINT) -> None:
        self.token = -1
        self.plain = ""
        self.browser.setHtml(f'<p style="margin-top:6px">{hint}</p>')
        self.browser.setProperty("empty", True)

    def show_entry(self, token: int, html: str, plain: str) -> None:
        self.token = token
        self.plain = plain
        self.browser.setHtml(html)
        self.browser.setProperty("empty", False)

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
