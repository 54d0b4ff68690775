"""The pre-reading list: this article's new words before you read it.

One row per new lemma (:class:`app.reading.wordmarks.LemmaEntry`), most useful
first: the word with its article, plural, first gloss, how often the article
uses it and its frequency band. A click asks to jump to its first occurrence
(:attr:`PreReadingPanel.jump`); the buttons (or the keys of the Words menu
while the list has focus) mark the selected word (:attr:`PreReadingPanel.chosen`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.reading.numbers import plural
from app.reading.wordmarks import LemmaEntry, band_label

EMPTY_TEXT = "Open an article to see its new words here."
_LEMMA_ROLE = Qt.ItemDataRole.UserRole
_TOKEN_ROLE = Qt.ItemDataRole.UserRole + 1


class PreReadingPanel(QWidget):
    """The new lemmas of the article, with buttons to mark the selected one."""

    jump = Signal(int)  # token of the first occurrence
    chosen = Signal(str, str)  # lemma, status code ("1", "known", "ignored", …)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dockBody")
        self.header = QLabel(EMPTY_TEXT, self)
        self.header.setObjectName("preReadingHeader")
        self.header.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setObjectName("preReadingList")
        self.list.setColumnCount(4)
        self.list.setHeaderLabels(["Word", "Meaning", "×", "Freq."])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        head = self.list.header()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):
            head.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        head.resizeSection(0, 130)
        self.list.itemClicked.connect(self._on_clicked)
        self.list.itemActivated.connect(self._on_clicked)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(4)
        self.buttons: dict[str, QPushButton] = {}
        for code, label, tip in (
            ("known", "Known", "Mark the selected word known (K)"),
            ("1", "Learning", "Start learning the selected word (1)"),
            ("ignored", "Ignore", "Ignore the selected word (I)"),
        ):
            button = QPushButton(label, self)
            button.setToolTip(tip)
            button.setEnabled(False)
            button.clicked.connect(lambda _on=False, c=code: self._choose(c))
            buttons.addWidget(button)
            self.buttons[code] = button
        buttons.addStretch(1)
        self.list.itemSelectionChanged.connect(self._on_selection)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.header)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.entries: tuple[LemmaEntry, ...] = ()
        self.total = 0  # new lemmas in the article (the list shows the first ones)

    def clear(self, text: str = EMPTY_TEXT) -> None:
        self.entries = ()
        self.total = 0
        self.list.clear()
        self.header.setText(text)
        self._on_selection()

    def show_entries(self, entries: Sequence[LemmaEntry], total: int | None = None) -> None:
        """Show the new lemmas, the first of ``total`` (keeps the selected lemma selected
        when it is still new)."""
        self.total = len(entries) if total is None else total
        selected = self.selected_lemma()
        row = self._current_row() if selected else -1
        self.entries = tuple(entries)
        self.list.setUpdatesEnabled(False)
        try:
            self.list.clear()
            items = []
            keep: QTreeWidgetItem | None = None
            for entry in self.entries:
                word = entry.headword + (f", {entry.plural}" if entry.plural else "")
                band = band_label(entry.band)
                item = QTreeWidgetItem([word, entry.gloss, str(entry.count), band])
                item.setData(0, _LEMMA_ROLE, entry.lemma)
                item.setData(0, _TOKEN_ROLE, entry.first_token)
                item.setToolTip(0, word)
                item.setToolTip(1, entry.gloss)
                item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
                items.append(item)
                if entry.lemma == selected:
                    keep = item
            self.list.addTopLevelItems(items)
            if keep is None and row >= 0 and items:
                keep = items[min(row, len(items) - 1)]  # the marked one left: the next
            if keep is not None:
                self.list.setCurrentItem(keep)
        finally:
            self.list.setUpdatesEnabled(True)
        self._show_header()
        self._on_selection()

    def _show_header(self) -> None:
        n = self.total
        self.header.setText(
            f"{plural(n, 'new word', 'new words')} in this article, most frequent first."
            " Click one to find it; mark the ones you know."
            if n
            else "No new words left in this article."
        )

    def remove_lemmas(self, lemmas: set[str]) -> None:
        """Take marked words off the list (cheaper than :meth:`show_entries`)."""
        row = self._current_row()
        for n in range(self.list.topLevelItemCount() - 1, -1, -1):
            item = self.list.topLevelItem(n)
            if item is not None and item.data(0, _LEMMA_ROLE) in lemmas:
                self.list.takeTopLevelItem(n)
        kept = tuple(e for e in self.entries if e.lemma not in lemmas)
        self.total -= len(self.entries) - len(kept)
        self.entries = kept
        count = self.list.topLevelItemCount()
        if row >= 0 and count and self.list.currentItem() is None:
            nxt = self.list.topLevelItem(min(row, count - 1))
            if nxt is not None:
                self.list.setCurrentItem(nxt)
        self._show_header()
        self._on_selection()

    def _current_row(self) -> int:
        item = self.list.currentItem()
        return -1 if item is None else self.list.indexOfTopLevelItem(item)

    def selected_lemma(self) -> str | None:
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            return None
        value = item.data(0, _LEMMA_ROLE)
        return value if isinstance(value, str) else None

    def has_focus(self) -> bool:
        return self.list.hasFocus()

    def _choose(self, code: str) -> None:
        lemma = self.selected_lemma()
        if lemma is not None:
            self.chosen.emit(lemma, code)

    def _on_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        token = item.data(0, _TOKEN_ROLE)
        if isinstance(token, int):
            self.jump.emit(token)

    def _on_selection(self) -> None:
        on = self.selected_lemma() is not None
        for button in self.buttons.values():
            button.setEnabled(on)
