"""A dock panel that lists records of the article: quotes, places, organisations.

:class:`RecordPanel` is styled like the People panel: rows painted by
:class:`RecordDelegate` (a semi-bold title with a muted detail, a pill at the
right, optionally a few wrapped lines of quoted words under them), a header
for filters, a placeholder while there is nothing to show, and a footer with
the count, Copy and Export. Rows carry the index of their record; the panel
says which record was chosen and when Enter asks for the next mention. It knows
nothing about analyses or the reader.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.reading.numbers import count, plural
from app.ui import theme as themes
from app.ui.widgets.record_rows import LOOK_ROLE, RecordDelegate, RowLook, set_list_theme, step_key

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's index
_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole
#: Rows laid out per event-loop turn when their heights differ (thousands of quotes).
LAYOUT_BATCH = 100


#: A row's look and tooltip, by row number (made when the row is first shown).
Describe = Callable[[int], tuple[RowLook, str]]


def _nothing(_row: int) -> tuple[RowLook, str]:
    return RowLook(""), ""


class RecordModel(QAbstractListModel):
    """The rows: a record index each; their looks are made when first asked for, so
    thousands of quotes cost nothing until they are scrolled to."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.records: list[int] = []
        self._describe: Describe = _nothing
        self._looks: dict[int, tuple[RowLook, str]] = {}

    def set_rows(self, records: list[int], describe: Describe) -> None:
        self.beginResetModel()
        self.records = records
        self._describe = describe
        self._looks = {}
        self.endResetModel()

    def look(self, row: int) -> tuple[RowLook, str]:
        found = self._looks.get(row)
        if found is None:
            found = self._looks[row] = self._describe(row)
        return found

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.records)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self.records):
            return None
        if role == RECORD_ROLE:
            return self.records[row]
        if role == LOOK_ROLE:
            return self.look(row)[0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.look(row)[0].title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.look(row)[1] or None
        return None


class RecordList(QListView):
    """The list; Enter (Shift+Enter) asks for the next (previous) mention."""

    step = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = step_key(event, self.currentIndex().isValid())
        if step:
            self.step.emit(step)
            return
        super().keyPressEvent(event)


class RecordPanel(QWidget):
    """Header (filters), list, placeholder, and a footer with the count, Copy and Export."""

    record_selected = Signal(int)  # the record's index
    step_requested = Signal(int)  # +1 next, -1 previous
    export_requested = Signal()
    copy_requested = Signal()

    def __init__(
        self, noun: tuple[str, str], body_lines: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dockBody")
        self.noun = noun  # ("quote", "quotes")
        self.list = RecordList(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMouseTracking(True)
        self.list.setUniformItemSizes(body_lines == 0)
        if body_lines:  # rows of different heights: laid out a batch per event-loop turn
            self.list.setLayoutMode(QListView.LayoutMode.Batched)
            self.list.setBatchSize(LAYOUT_BATCH)
        self.list.setWordWrap(True)
        self.model = RecordModel(self)
        self.list.setModel(self.model)
        self.delegate = RecordDelegate(self.list, body_lines)
        self.list.setItemDelegate(self.delegate)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.selectionModel().currentRowChanged.connect(self._row_changed)
        self.list.clicked.connect(self._clicked)
        self.list.step.connect(self.step_requested)
        self._hidden: set[int] = set()  # rows hidden by a filter

        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.copy_action = QAction("Copy", self)
        self.copy_action.triggered.connect(self.copy_requested)
        self.export_action = QAction(f"Export {noun[1]}…", self)
        self.export_action.triggered.connect(self.export_requested)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("muted")
        self.copy_button = self._footer_button("Copy", self.copy_action)
        self.export_button = self._footer_button("Export…", self.export_action)

        self.header = QVBoxLayout()
        self.header.setContentsMargins(0, 0, 0, 0)
        self.header.setSpacing(4)
        footer = QHBoxLayout()
        footer.setContentsMargins(4, 0, 0, 0)
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.copy_button)
        footer.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 8, 6)
        layout.setSpacing(6)
        layout.addLayout(self.header)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.list, 1)
        layout.addLayout(footer)
        self._has_records = False
        self.clear("")

    def _footer_button(self, text: str, action: QAction) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName("footerButton")
        button.setFlat(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(action.trigger)
        return button

    # ------------------------------------------------------------------ data

    def set_theme(self, theme: themes.Theme) -> None:
        self.delegate.theme = theme
        set_list_theme((self.list,), theme)

    def set_rows(self, records: list[int], describe: Describe, empty: str) -> None:
        """The records' indices in row order, and how a row looks (with its tooltip);
        ``empty`` is shown when there are none."""
        self.list.selectionModel().blockSignals(True)
        self.model.set_rows(records, describe)
        self.list.selectionModel().blockSignals(False)
        self._hidden = set()
        self._has_records = bool(records)
        self.placeholder.setText(empty)
        self.refresh_visibility()

    def clear(self, placeholder: str) -> None:
        self.model.set_rows([], _nothing)
        self._hidden = set()
        self._has_records = False
        self.placeholder.setText(placeholder)
        self.refresh_visibility()

    def refresh_visibility(self) -> None:
        total = self.model.rowCount()
        shown = total - len(self._hidden)
        self.placeholder.setVisible(not shown)
        self.list.setVisible(bool(shown))
        for widget in (self.copy_button, self.export_button):
            widget.setEnabled(self._has_records)
        self.export_action.setEnabled(self._has_records)
        one, many = self.noun
        if not total:
            self.count_label.setText("")
        elif shown == total:
            self.count_label.setText(plural(total, one, many))
        else:
            self.count_label.setText(f"{count(shown)} of {plural(total, one, many)}")

    def visible_records(self) -> list[int]:
        """Indices of the records listed (filters applied), in order."""
        hidden = self._hidden
        return [record for n, record in enumerate(self.model.records) if n not in hidden]

    def selected_record(self) -> int:
        index = self.list.currentIndex()
        if (
            index.isValid()
            and self.list.selectionModel().isSelected(index)
            and index.row() not in self._hidden
        ):
            return self.model.records[index.row()]
        return -1

    def select_record(self, record: int) -> None:
        if record not in self.model.records:
            return
        index = self.model.index(self.model.records.index(record))
        if self.list.currentIndex() == index:  # chosen again: no change signal comes
            flag = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.list.selectionModel().select(index, flag)
            self.record_selected.emit(record)
        else:
            self.list.setCurrentIndex(index)

    def clear_selection(self) -> None:
        """No row chosen (another panel took over the highlight)."""
        selection = self.list.selectionModel()
        selection.blockSignals(True)
        selection.clear()
        selection.blockSignals(False)
        self.list.viewport().update()

    def hide_rows(self, hidden: set[int]) -> None:
        """Hide the rows of these records (a filter), show the others."""
        rows = {n for n, record in enumerate(self.model.records) if record in hidden}
        for n in rows ^ self._hidden:
            self.list.setRowHidden(n, n in rows)
        self._hidden = rows
        self.refresh_visibility()

    def row_rect(self, record: int) -> QRect:
        """Where a record's row is in the list's viewport (for tests and clicks)."""
        if record not in self.model.records:
            return QRect()
        return self.list.visualRect(self.model.index(self.model.records.index(record)))

    # -------------------------------------------------------------- internal

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.record_selected.emit(self.model.records[current.row()])

    def _clicked(self, index: QModelIndex) -> None:
        # Clicking the selected row again goes back to its first mention.
        if index.isValid():
            self.record_selected.emit(self.model.records[index.row()])

    def context_actions(self) -> list[QAction]:
        """Actions of the context menu above Copy (a subclass adds its own)."""
        return []

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        extra = self.context_actions()
        for action in extra:
            menu.addAction(action)
        if extra:
            menu.addSeparator()
        self.copy_action.setEnabled(self.selected_record() >= 0)
        menu.addAction(self.copy_action)
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.popup(self.list.viewport().mapToGlobal(pos))
