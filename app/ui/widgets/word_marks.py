"""The learner's row of the Word panel: the pinned word's status as buttons, and its band.

New · 1 2 3 4 · Known · Ignore, the current one checked (the keys U, 1–4, K, I
do the same on the word under the mouse or the word cursor), the frequency band,
and buttons for the controller's "Add to deck" and "Read aloud" actions.
:attr:`WordMarksBar.chosen` says which status was clicked ("new", "1" … "4",
"known", "ignored"); what it changes is the controller's business.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.reading.wordmarks import band_label
from app.ui.widgets.controls import ShrinkingLabel

#: (code, label, tooltip) of the status buttons, in order.
STATUS_BUTTONS = (
    ("new", "New", "Back to new (U)"),
    ("1", "1", "Learning, level 1: just met (1)"),
    ("2", "2", "Learning, level 2 (2)"),
    ("3", "3", "Learning, level 3 (3)"),
    ("4", "4", "Learning, level 4: nearly known (4)"),
    ("known", "Known", "I know this word (K)"),
    ("ignored", "Ignore", "Not worth learning: a foreign word, a typo (I)"),
)

#: What the band means, for the label's tooltip.
BAND_TEXT = {
    "1k": "among the 1,000 most frequent German words",
    "2k": "among the 2,000 most frequent German words",
    "5k": "among the 5,000 most frequent German words",
    "10k": "among the 10,000 most frequent German words",
    "20k": "among the 20,000 most frequent German words",
    "rare": "not among the 20,000 most frequent German words",
}


def status_code(label: str) -> str:
    """The button code of a status label ("learning 2" → "2", "known" → "known")."""
    return label.split()[-1] if label.startswith("learning") else label


class WordMarksBar(QWidget):
    """Status buttons, the lemma they mark, the frequency band, deck and speech buttons."""

    chosen = Signal(str)  # "new", "1" … "4", "known", "ignored"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wordMarks")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        for code, label, tip in STATUS_BUTTONS:
            button = QToolButton(self)
            button.setObjectName(f"mark_{code}")
            button.setText(label)
            button.setToolTip(tip)
            button.setCheckable(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _on=False, c=code: self.chosen.emit(c))
            self.group.addButton(button)
            self.buttons[code] = button
            row.addWidget(button)
            if code in ("new", "4"):
                row.addSpacing(6)
        row.addStretch(1)
        # A long lemma ends in "…" rather than widening the dock (its tooltip names it).
        self.info = ShrinkingLabel("", self)
        self.info.setProperty("ownTip", True)
        self.info.setObjectName("wordMarksInfo")
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.tools = QHBoxLayout()
        self.tools.setContentsMargins(0, 0, 0, 0)
        self.tools.setSpacing(4)
        self.tools.addWidget(self.info, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(3)
        layout.addLayout(row)
        layout.addLayout(self.tools)
        self.lemma = ""
        self.band = ""
        self.status = ""
        self.show_word(None)

    def add_action(self, action: QAction) -> QToolButton:
        """A button for one of the controller's actions (Add to deck, Read aloud)."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.tools.addWidget(button)
        return button

    def show_word(self, lemma: str | None, status: str = "", band: str = "") -> None:
        """Show ``lemma``'s status label and band; None: a word without status (hidden)."""
        self.lemma = lemma or ""
        self.status = status
        self.band = band
        self.setVisible(lemma is not None)
        if lemma is None:
            return
        checked = self.buttons.get(status_code(status))
        if checked is not None:
            checked.setChecked(True)
        self.info.setText(" · ".join(p for p in (lemma, status, band_label(band)) if p))
        self.info.setToolTip(
            f"The status belongs to the lemma “{lemma}”. Frequency: {BAND_TEXT.get(band, band)}."
        )
