"""Message boxes and file choosers of the window, in one place (tests patch QMessageBox)."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def plain_for_qt(text: str) -> str:
    """Text for a widget that guesses rich text (message box, tooltip): a file name or
    message that looks like markup is escaped, so Qt shows it and loads nothing."""
    if not QtGui.Qt.mightBeRichText(text):  # Qt's text functions live in QtGui's Qt namespace
        return text
    return QtGui.Qt.convertFromPlainText(text, QtGui.Qt.WhiteSpaceMode.WhiteSpaceNormal)


class Dialogs:
    """Asks and tells the reader things in modal boxes over ``parent``."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        #: No error boxes (``leselupe --quit-when-ready`` prints errors instead).
        self.quiet = False

    def error(self, title: str, message: str) -> None:
        """A modal warning (tests patch QMessageBox.warning)."""
        if not self.quiet:
            QMessageBox.warning(self.parent, title, plain_for_qt(message))

    def ask(self, title: str, question: str) -> bool:
        """A Yes/No question, Yes by default."""
        answer = QMessageBox.question(
            self.parent,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def about(self, title: str, html: str) -> None:
        QMessageBox.about(self.parent, title, html)

    def open_file(self, title: str, start: str, filters: str) -> str:
        """A file to open, '' when cancelled."""
        path, _chosen = QFileDialog.getOpenFileName(self.parent, title, start, filters)
        return path

    def save_file(self, title: str, start: str, filters: str) -> tuple[str, str]:
        """A file to write and the chosen filter, ('', '') when cancelled."""
        path, chosen = QFileDialog.getSaveFileName(self.parent, title, start, filters)
        return path, chosen

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """One line of text from the reader (``text`` prefilled), None when cancelled."""
        answer, ok = QInputDialog.getText(
            self.parent, title, label, QLineEdit.EchoMode.Normal, text
        )
        return answer if ok else None
