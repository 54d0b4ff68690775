"""Words ▸ Show Deck: the cards kept with Add to Deck, to look over and prune.

One row per card (headword, first glosses, sentence, source), newest first. Delete (the
key or the button) removes the selected cards, Export… hands over to Words ▸ Export
Deck…. The dialog only shows and asks; the vocabulary controller reads and deletes, on its
deck worker: the dialog opens at once and says "Reading the deck…" until the cards come.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.reading.numbers import plural
from app.vocab.deck import Card

COLUMNS = ("Word", "Meaning", "Sentence", "Source", "Added")
EMPTY_TEXT = "The deck is empty. Add a word with Words ▸ Add to Deck (Ctrl+D)."
READING_TEXT = "Reading the deck…"
FAILED_TEXT = "The deck could not be read."


class CardTable(QTableWidget):
    """The cards' table; Delete or Backspace asks to delete the selected rows."""

    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def _added(card: Card) -> str:
    return time.strftime("%Y-%m-%d", time.localtime(card.added)) if card.added else ""


class DeckDialog(QDialog):
    """The deck's cards; ``remove(ids)`` deletes cards, ``export()`` opens Export Deck."""

    def __init__(
        self,
        cards: Sequence[Card],
        remove: Callable[[list[int]], None],
        export: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deckDialog")
        self.setWindowTitle("Deck")
        self._remove, self._export = remove, export
        self.summary = QLabel(self)
        self.table = CardTable(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.delete_button = QPushButton("&Delete", self)
        self.export_button = QPushButton("&Export…", self)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        for button in (self.delete_button, self.export_button):
            button.setAutoDefault(False)  # Enter never deletes: Close is the default
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setDefault(True)
        buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button.clicked.connect(self._export)
        self.table.delete_pressed.connect(self.delete_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(820, 420)
        self.show_cards(cards)

    def show_cards(self, cards: Sequence[Card]) -> None:
        ordered = sorted(cards, key=lambda c: c.added, reverse=True)
        self.table.setRowCount(len(ordered))
        for row, card in enumerate(ordered):
            cells = (
                card.headword,
                "; ".join(card.glosses[:2]),
                card.sentence,
                card.source,
                _added(card),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # the cell in full (the sentence is cut off)
                item.setData(Qt.ItemDataRole.UserRole, card.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(2, max(self.table.columnWidth(2), 320))
        count = len(ordered)
        self.summary.setText(
            f"{plural(count, 'card', 'cards')}: Delete removes the selected ones."
            if count
            else EMPTY_TEXT
        )
        self.delete_button.setEnabled(bool(count))
        self.export_button.setEnabled(bool(count))
        if count:  # the first row, selected whatever keys are held (selectRow would toggle)
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
                | QItemSelectionModel.SelectionFlag.Current
            )
            self.table.selectionModel().setCurrentIndex(self.table.model().index(0, 0), flags)
        self.table.setFocus()

    def show_reading(self, text: str = READING_TEXT) -> None:
        """While the deck worker reads (or deletes): the rows stay, nothing can be deleted
        or exported twice, and the summary says what is under way."""
        self.summary.setText(text)
        self.delete_button.setEnabled(False)
        self.export_button.setEnabled(False)

    def show_failed(self) -> None:
        """The deck could not be read: the summary says so (the error was shown)."""
        self.summary.setText(FAILED_TEXT)

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]  # the row with the focus
        items = [self.table.item(row, 0) for row in rows]
        ids = [item.data(Qt.ItemDataRole.UserRole) for item in items if item is not None]
        return [card_id for card_id in ids if isinstance(card_id, int)]

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self.delete_button.isEnabled():  # not while a deletion is under way
            self._remove(ids)
