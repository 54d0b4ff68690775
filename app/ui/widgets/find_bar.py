"""The find bar above the article (Ctrl+F): a query box, "3 of 12", previous and next.

It reports the query (after a short pause in typing), steps and closing; the
controller finds and highlights. Enter goes to the next match, Shift+Enter to
the previous one, Esc closes the bar. Hidden until asked for.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

#: Pause after a key before the query is looked for (milliseconds).
TYPING_PAUSE_MS = 120


class FindBar(QWidget):
    """Query box, match count, previous / next, close."""

    query_changed = Signal(str)
    step_requested = Signal(int)  # +1 next, -1 previous
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText("Find in article — words in any form")
        self.edit.setClearButtonEnabled(True)
        self.edit.setToolTip(
            "Finds the letters you type and, for a whole word, its other forms"
            " (“gehen” also finds “ging”). Enter: next, Shift+Enter: previous, Esc: close."
        )
        self.edit.installEventFilter(self)
        self.count = QLabel(self)
        self.count.setObjectName("muted")
        self.count.setMinimumWidth(84)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.previous = self._button("↑", "Previous match (Shift+Enter)", -1)
        self.next = self._button("↓", "Next match (Enter)", 1)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("paneClose")
        self.close_button.setText("✕")
        self.close_button.setToolTip("Close (Esc)")
        self.close_button.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 10, 6)
        layout.setSpacing(6)
        layout.addStretch(1)
        layout.addWidget(self.edit, 4)
        layout.addWidget(self.count)
        layout.addWidget(self.previous)
        layout.addWidget(self.next)
        layout.addWidget(self.close_button)
        layout.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        self.edit.textChanged.connect(lambda _text: self._timer.start())
        self.hide()

    def _button(self, text: str, tip: str, step: int) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName("paneClose")
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRepeat(True)
        button.clicked.connect(lambda: self.step(step))
        return button

    # ---------------------------------------------------------------- use

    def open_bar(self, text: str = "") -> None:
        """Show the bar with the query box focused (``text``: a new query, e.g. the selection)."""
        self.show()
        if text:
            self.edit.setText(text)
            self.flush()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self._timer.stop()
        self.hide()
        self.closed.emit()

    def set_count(self, text: str, found: bool) -> None:
        self.count.setText(text)
        none = not found and bool(self.edit.text().strip())
        if self.count.property("none") != none:
            self.count.setProperty("none", none)
            self.count.style().unpolish(self.count)  # the style sheet colours "No matches"
            self.count.style().polish(self.count)
        self.previous.setEnabled(found)
        self.next.setEnabled(found)

    def flush(self) -> None:
        """Report the query now (instead of after the typing pause)."""
        self._timer.stop()
        self.query_changed.emit(self.edit.text())

    def step(self, step: int) -> None:
        if self._timer.isActive():
            self.flush()
        self.step_requested.emit(step)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        pressed = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
        if watched is self.edit and pressed and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                back = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.step(-1 if back else 1)
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
