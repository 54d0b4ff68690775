"""The People dock: who is in the article, their roles and ages, and where they are mentioned.

Shows the people of the current analysis (photo credits apart, collapsed),
sortable by first appearance or by mentions, with a filter box. Selecting a
person asks the window to highlight their mentions; Enter steps through them.
It never looks at the text or the spaCy analysis, only at
:class:`~app.core.results.Person` records. (The CSV / JSON export of the list is
:mod:`app.ui.people_panel`.)
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.core.results import Person
from app.reading.people import person_detail, person_summary
from app.ui import theme as themes
from app.ui.settings import PEOPLE_SORT
from app.ui.widgets.record_rows import (
    RowLook,
    StepList,
    paint_pill,
    paint_row_background,
    paint_title,
    set_list_theme,
)

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1  # index into analysis.people


class PersonDelegate(QStyledItemDelegate):
    """Two lines per person: name, then roles and age; mention count on the right."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.theme: themes.Theme = themes.LIGHT
        self.people: Sequence[Person] = ()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + 18)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        number = index.data(PERSON_ROLE)
        if number is None or not 0 <= int(number) < len(self.people):
            return
        person = self.people[int(number)]
        rect = option.rect.adjusted(6, 2, -6, -2)
        state = option.state
        base_font: QFont = option.font
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_row_background(painter, rect, state, self.theme)
        inner = rect.adjusted(10, 6, -10, -6)
        detail = person_detail(person)
        count_w = self._paint_count(painter, inner, base_font, len(person.mentions), bool(detail))
        self._paint_lines(painter, inner, base_font, person.name, detail, count_w)
        painter.restore()

    def _paint_count(
        self, painter: QPainter, inner: QRect, font: QFont, mentions: int, two_lines: bool
    ) -> int:
        """The mention count in a pill at the right; returns the pill's width."""
        return paint_pill(painter, inner, font, str(mentions), self.theme, two_lines)

    def _paint_lines(
        self,
        painter: QPainter,
        inner: QRect,
        base_font: QFont,
        name: str,
        detail: str,
        count_w: int,
    ) -> None:
        """The name (semi-bold), and under it the roles and age, elided to fit."""
        paint_title(painter, inner, base_font, RowLook(name, detail), count_w, self.theme)


#: The people list: Enter steps through the selected person's mentions.
PeopleList = StepList


class PeoplePanel(QWidget):
    """Filter, sort, list and photo credits."""

    person_selected = Signal(int)  # index into analysis.people, -1 for none
    step_requested = Signal(int)  # +1 next mention, -1 previous
    export_requested = Signal()
    sort_changed = Signal(str)
    credits_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dockBody")
        self.people: tuple[Person, ...] = ()
        self.sort_order = "appearance"

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText("Filter people")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.returnPressed.connect(self._filter_return)

        self.sort = QComboBox(self)
        self.sort.addItem("In order of appearance", "appearance")
        self.sort.addItem("Most mentioned first", "mentions")
        self.sort.currentIndexChanged.connect(self._sort_chosen)
        self._build_lists()
        self.copy_action = QAction("Copy", self)
        self.copy_action.triggered.connect(self.copy_selected)
        self.export_action = QAction("Export people…", self)
        self.export_action.triggered.connect(self.export_requested)
        self._build_layout()
        self._update_visibility()

    def _build_lists(self) -> None:
        """The people list, the placeholder, and the collapsed photo credits."""
        self.list = PeopleList(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setMouseTracking(True)
        self.list.setUniformItemSizes(True)
        self.delegate = PersonDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.currentRowChanged.connect(self._row_changed)
        self.list.itemClicked.connect(self._item_clicked)
        self.list.step.connect(self.step_requested)

        self.placeholder = QLabel("People appear here once the article is analysed.", self)
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.credits_button = QPushButton(self)
        self.credits_button.setObjectName("disclosure")
        self.credits_button.setCheckable(True)
        self.credits_button.setFlat(True)
        self.credits_button.toggled.connect(self._credits_toggled)
        self.credits_list = PeopleList(self)
        self.credits_list.setItemDelegate(self.delegate)
        self.credits_list.setUniformItemSizes(True)
        self.credits_list.currentRowChanged.connect(self._credit_row_changed)
        self.credits_list.itemClicked.connect(self._item_clicked)
        self.credits_list.step.connect(self.step_requested)
        self.credits_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.credits_list.customContextMenuRequested.connect(self._context_menu)
        self.credits_list.hide()

    def _build_layout(self) -> None:
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addStretch(1)
        head.addWidget(self.sort)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.filter)
        layout.addLayout(head)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.credits_button)
        layout.addWidget(self.credits_list)

    # ------------------------------------------------------------------ data

    def set_theme(self, theme: themes.Theme) -> None:
        self.delegate.theme = theme
        set_list_theme((self.list, self.credits_list), theme)

    def set_placeholder(self, text: str) -> None:
        self.placeholder.setText(text)

    def set_people(self, people: Sequence[Person]) -> None:
        self.people = tuple(people)
        self.delegate.people = self.people
        self._rebuild()
        if not any(not p.credit for p in self.people):
            self.placeholder.setText("No people found in this article.")
        self._update_visibility()

    def clear(self, placeholder: str) -> None:
        self.people = ()
        self.delegate.people = ()
        self.list.clear()
        self.credits_list.clear()
        self.placeholder.setText(placeholder)
        self._update_visibility()

    def set_sort_order(self, order: str) -> None:
        self.sort_order = order if PEOPLE_SORT.valid(order) else PEOPLE_SORT.default
        i = self.sort.findData(self.sort_order)
        if i >= 0 and i != self.sort.currentIndex():
            self.sort.blockSignals(True)
            self.sort.setCurrentIndex(i)
            self.sort.blockSignals(False)
        self._rebuild()

    def set_credits_open(self, open_: bool) -> None:
        self.credits_button.setChecked(open_)
        self._update_visibility()

    def story_indices(self) -> list[int]:
        """Indices of the listed (non-credit) people in display order."""
        return self._ordered([i for i, p in enumerate(self.people) if not p.credit])

    def credit_indices(self) -> list[int]:
        return self._ordered([i for i, p in enumerate(self.people) if p.credit])

    def visible_names(self) -> list[str]:
        """Names of the people listed (filter applied), in order."""
        out = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if not item.isHidden():
                out.append(self.people[int(item.data(PERSON_ROLE))].name)
        return out

    def select_person(self, person_index: int) -> None:
        for lst in (self.list, self.credits_list):
            for row in range(lst.count()):
                if lst.item(row).data(PERSON_ROLE) == person_index:
                    lst.setCurrentRow(row)
                    self.person_selected.emit(person_index)
                    return

    def selected_person(self) -> int:
        for lst in (self.list, self.credits_list):
            item = lst.currentItem()
            if item is not None and item.isSelected():
                return int(item.data(PERSON_ROLE))
        return -1

    def copy_selected(self) -> None:
        index = self.selected_person()
        if index >= 0:
            QApplication.clipboard().setText(person_summary(self.people[index]))

    # -------------------------------------------------------------- internal

    def _ordered(self, indices: list[int]) -> list[int]:
        def first(i: int) -> int:
            mentions = self.people[i].mentions  # sorted by offset
            return mentions[0][0] if mentions else 1 << 60

        if self.sort_order == "mentions":
            return sorted(indices, key=lambda i: (-len(self.people[i].mentions), first(i)))
        return sorted(indices, key=first)

    def _rebuild(self) -> None:
        selected = self.selected_person()
        for lst, indices in (
            (self.list, self.story_indices()),
            (self.credits_list, self.credit_indices()),
        ):
            lst.blockSignals(True)
            lst.clear()
            for i in indices:
                person = self.people[i]
                item = QListWidgetItem(person.name)
                item.setData(PERSON_ROLE, i)
                item.setToolTip(person_summary(person))
                lst.addItem(item)
                if i == selected:
                    lst.setCurrentItem(item)
            lst.blockSignals(False)
        credits = len(self.credit_indices())
        arrow = "▾" if self.credits_button.isChecked() else "▸"
        self.credits_button.setText(f"{arrow}  Credits: authors and photos ({credits})")
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for lst in (self.list, self.credits_list):
            for row in range(lst.count()):
                item = lst.item(row)
                person = self.people[int(item.data(PERSON_ROLE))]
                hay = f"{person.name} {person_detail(person)}".casefold()
                item.setHidden(bool(needle) and needle not in hay)

    def _filter_return(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if not item.isHidden():
                self.list.setCurrentRow(row)
                self.list.setFocus()
                self._item_clicked(item)
                return

    def _update_visibility(self) -> None:
        has_story = self.list.count() > 0
        self.placeholder.setVisible(not has_story)
        self.list.setVisible(has_story)
        has_credits = self.credits_list.count() > 0
        self.credits_button.setVisible(has_credits)
        self.credits_list.setVisible(has_credits and self.credits_button.isChecked())
        if has_credits:
            row_height = QFontMetrics(self.credits_list.font()).height() * 2 + 18
            rows = min(4, self.credits_list.count())
            self.credits_list.setFixedHeight(rows * row_height + 4)

    def _sort_chosen(self, _row: int) -> None:
        self.sort_order = str(self.sort.currentData())
        self._rebuild()
        self.sort_changed.emit(self.sort_order)

    def _credits_toggled(self, checked: bool) -> None:
        self._rebuild()
        self._update_visibility()
        self.credits_toggled.emit(checked)

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.credits_list.clearSelection()
            self.person_selected.emit(int(self.list.item(row).data(PERSON_ROLE)))

    def _credit_row_changed(self, row: int) -> None:
        if row >= 0:
            self.list.clearSelection()
            self.person_selected.emit(int(self.credits_list.item(row).data(PERSON_ROLE)))

    def _item_clicked(self, item: QListWidgetItem) -> None:
        # Clicking the selected person again starts from the first mention.
        self.person_selected.emit(int(item.data(PERSON_ROLE)))

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        self.copy_action.setEnabled(self.selected_person() >= 0)
        menu.addAction(self.copy_action)
        menu.addSeparator()
        self.export_action.setEnabled(bool(self.people))
        menu.addAction(self.export_action)
        sender = self.sender()
        widget = sender if isinstance(sender, QListWidget) else self.list
        menu.popup(widget.viewport().mapToGlobal(pos))
