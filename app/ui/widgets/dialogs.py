"""Message boxes and file choosers of the window, in one place (tests patch QMessageBox)."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

#: A one-line question (Open URL) is at least this wide (pixels): an address fits.
TEXT_DIALOG_WIDTH = 560

#: The About box is at least this wide (pixels), so its facts sit on one line each.
ABOUT_WIDTH = 480


def plain_for_qt(text: str) -> str:
    """Text for a widget that guesses rich text (message box, tooltip): a file name or
    message that looks like markup is escaped, so Qt shows it and loads nothing."""
    if not QtGui.Qt.mightBeRichText(text):  # Qt's text functions live in QtGui's Qt namespace
        return text
    return QtGui.Qt.convertFromPlainText(text, QtGui.Qt.WhiteSpaceMode.WhiteSpaceNormal)


def about_box(parent: QWidget, title: str, html: str) -> QMessageBox:
    """An About box with the application's icon, wide enough for one fact per line."""
    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setWindowTitle(title)
    box.setTextFormat(QtGui.Qt.TextFormat.RichText)
    box.setText(html)
    icon = parent.windowIcon()
    if not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(QtGui.Qt.WidgetAttribute.WA_DeleteOnClose)
    layout = box.layout()
    if isinstance(layout, QGridLayout):  # QMessageBox has no minimum width of its own
        spacer = QSpacerItem(ABOUT_WIDTH, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
        layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())
    return box


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

    def about(self, title: str, html: str) -> QMessageBox:
        """The About box, window-modal (not blocking)."""
        box = about_box(self.parent, title, html)
        box.open()
        return box

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
        dialog = self.text_dialog(title, label, text)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        answer = dialog.textValue()
        dialog.deleteLater()
        return answer if accepted else None

    def text_dialog(self, title: str, label: str, text: str = "") -> QInputDialog:
        """The dialog of :meth:`ask_text`, wide enough for a whole web address."""
        dialog = QInputDialog(self.parent)
        dialog.setWindowTitle(title)
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.resize(max(dialog.sizeHint().width(), TEXT_DIALOG_WIDTH), dialog.sizeHint().height())
        return dialog
