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
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.ui import theme as themes

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # the record's index
LOOK_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's RowLook
PAD_X, PAD_Y = 10, 6
_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole
#: Rows laid out per event-loop turn when their heights differ (thousands of quotes).
LAYOUT_BATCH = 100


def paint_row_background(
    painter: QPainter, rect: QRect, state: QStyle.StateFlag, theme: themes.Theme
) -> None:
    """A row's rounded background: the selection colour, or a faint wash under the mouse."""
    if state & QStyle.StateFlag.State_Selected:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.selection))
        painter.drawRoundedRect(rect, 6, 6)
    elif state & QStyle.StateFlag.State_MouseOver:
        hover = QColor(theme.text)
        hover.setAlphaF(0.05)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(hover)
        painter.drawRoundedRect(rect, 6, 6)


def paint_pill(
    painter: QPainter,
    inner: QRect,
    font: QFont,
    text: str,
    theme: themes.Theme,
    top_aligned: bool,
    strong: bool = False,
) -> int:
    """A pill with ``text`` at the right of ``inner`` (a count, a kind); returns its width.

    At the top (``top_aligned``, for rows of two lines) or centred; muted, or in the
    accent colour (``strong``)."""
    metrics = QFontMetrics(font)
    w = metrics.horizontalAdvance(text) + 14
    h = metrics.height() + 2
    top = inner.top() + 1 if top_aligned else inner.center().y() - h // 2 + 1
    pill = QRect(inner.right() - w + 1, top, w, h)
    if strong:
        fill = QColor(theme.accent)
        fill.setAlphaF(0.16 if not theme.dark else 0.24)
        colour = QColor(theme.accent)
    else:
        fill = QColor(theme.text)
        fill.setAlphaF(0.07 if not theme.dark else 0.12)
        colour = QColor(theme.muted)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(pill, h / 2, h / 2)
    painter.setFont(QFont(font))
    painter.setPen(colour)
    painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
    return w


def set_list_theme(lists: tuple[QListView, ...], theme: themes.Theme) -> None:
    """The lists' background in the theme's panel colour, repainted."""
    for lst in lists:
        pal = lst.palette()
        pal.setColor(QPalette.ColorRole.Base, QColor(theme.panel))
        lst.setPalette(pal)
        lst.viewport().update()


def paint_title(
    painter: QPainter,
    inner: QRect,
    font: QFont,
    look: RowLook,
    pill_w: int,
    t: themes.Theme,
    inline_detail: bool = False,
) -> None:
    """The title (semi-bold), elided before the pill (``pill_w`` wide); the detail
    (muted) beside it (``inline_detail``) or under it."""
    title_font = QFont(font)
    title_font.setWeight(QFont.Weight.DemiBold)
    title_font.setPointSizeF(font.pointSizeF() + 0.5)
    if look.muted_title:
        title_font.setWeight(QFont.Weight.Normal)
        title_font.setItalic(True)
    metrics = QFontMetrics(title_font)
    detail_metrics = QFontMetrics(font)
    width = inner.width() - pill_w - (8 if pill_w else 0)
    top = inner.top()
    if not look.detail and not inline_detail:
        top = inner.center().y() - metrics.height() // 2
    title = metrics.elidedText(look.title, Qt.TextElideMode.ElideRight, width)
    painter.setFont(title_font)
    painter.setPen(QColor(t.muted if look.muted_title else t.text))
    align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(QRect(inner.left(), top, width, metrics.height()), align, title)
    if not look.detail:
        return
    painter.setFont(font)
    painter.setPen(QColor(t.muted))
    if inline_detail:
        used = metrics.horizontalAdvance(title) + 8
        rest = width - used
        if rest > 40:
            detail = detail_metrics.elidedText(look.detail, Qt.TextElideMode.ElideRight, rest)
            box = QRect(inner.left() + used, top, rest, metrics.height())
            painter.drawText(box, align, detail)
        return
    detail = detail_metrics.elidedText(look.detail, Qt.TextElideMode.ElideRight, inner.width())
    below = top + metrics.height() + 3
    box = QRect(inner.left(), below, inner.width(), detail_metrics.height())
    painter.drawText(box, align, detail)


def step_key(event: QKeyEvent, has_current: bool) -> int:
    """+1 for Enter, -1 for Shift+Enter on a list with a current row; 0 for other keys."""
    if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or not has_current:
        return 0
    return -1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1


class StepList(QListWidget):
    """A list in which Enter (Shift+Enter) asks for the next (previous) mention."""

    step = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = step_key(event, self.currentItem() is not None)
        if step:
            self.step.emit(step)
            return
        super().keyPressEvent(event)


@dataclass(frozen=True, slots=True)
class RowLook:
    """What one row shows."""

    title: str
    detail: str = ""  # muted, beside the title (one-line rows: under it)
    pill: str = ""  # at the right: a count or a kind
    body: str = ""  # wrapped lines under the title (quoted words)
    strong_pill: bool = False  # the pill in the accent colour
    muted_title: bool = False  # e.g. "Speaker not given"


class RecordDelegate(QStyledItemDelegate):
    """Paints a :class:`RowLook`: title and detail, a pill, up to ``body_lines`` of body."""

    def __init__(self, parent: QListView, body_lines: int = 0) -> None:
        super().__init__(parent)
        self.list = parent
        self.theme: themes.Theme = themes.LIGHT
        self.body_lines = body_lines
        self.body_font = themes.reading_font(11)
        self._line_counts: dict[str, int] = {}
        self._counted_width = -1

    # ---------------------------------------------------------------- sizes

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        look = index.data(LOOK_ROLE)
        if not self.body_lines or not isinstance(look, RowLook) or not look.body:
            return QSize(200, metrics.height() * 2 + 18)
        width = self._text_width(self.list.viewport().width())
        lines = self._line_count(look.body, width)
        body_h = QFontMetrics(self.body_font).lineSpacing() * lines
        return QSize(200, metrics.height() + 4 + body_h + 2 * PAD_Y + 8)

    def _text_width(self, row_width: int) -> int:
        return max(60, row_width - 12 - 2 * PAD_X)

    def _line_count(self, text: str, width: int) -> int:
        """How many lines the body takes (at most ``body_lines``), remembered per width."""
        if width != self._counted_width:
            self._line_counts.clear()
            self._counted_width = width
        count = self._line_counts.get(text)
        if count is None:
            layout = QTextLayout(text, self.body_font)
            layout.beginLayout()
            count = 0
            while count < self.body_lines:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                count += 1
            layout.endLayout()
            self._line_counts[text] = count
        return count

    def _body_lines(self, text: str, width: int) -> list[str]:
        """The body wrapped to ``width``, at most ``body_lines`` lines, the last elided."""
        layout = QTextLayout(text, self.body_font)
        layout.beginLayout()
        lines: list[tuple[int, int]] = []
        while len(lines) < self.body_lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            lines.append((line.textStart(), line.textLength()))
        layout.endLayout()
        out = [text[s : s + n].rstrip() for s, n in lines]
        if lines and lines[-1][0] + lines[-1][1] < len(text):
            rest = text[lines[-1][0] :]
            out[-1] = QFontMetrics(self.body_font).elidedText(
                rest, Qt.TextElideMode.ElideRight, width
            )
        return out

    # -------------------------------------------------------------- painting

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        look = index.data(LOOK_ROLE)
        if not isinstance(look, RowLook):
            return
        rect = option.rect.adjusted(6, 2, -6, -2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_row_background(painter, rect, option.state, self.theme)
        inner = rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        font: QFont = option.font
        two_lines = bool(look.detail) or bool(look.body)
        pill_w = self._paint_pill(painter, inner, font, look, two_lines) if look.pill else 0
        if self.body_lines and look.body:
            paint_title(painter, inner, font, look, pill_w, self.theme, inline_detail=True)
            self._paint_body(painter, inner, font, look.body)
        else:
            paint_title(painter, inner, font, look, pill_w, self.theme)
        painter.restore()

    def _paint_pill(
        self, painter: QPainter, inner: QRect, font: QFont, look: RowLook, top_aligned: bool
    ) -> int:
        pill_font = QFont(font)
        if not look.pill.isdigit():
            pill_font.setPointSizeF(max(6.5, font.pointSizeF() - 1))
        return paint_pill(
            painter, inner, pill_font, look.pill, self.theme, top_aligned, look.strong_pill
        )

    def _paint_body(self, painter: QPainter, inner: QRect, font: QFont, body: str) -> None:
        metrics = QFontMetrics(self.body_font)
        top = inner.top() + QFontMetrics(font).height() + 8
        painter.setFont(self.body_font)
        painter.setPen(QColor(self.theme.text))
        for line in self._body_lines(body, inner.width()):
            box = QRect(inner.left(), top, inner.width(), metrics.lineSpacing())
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            top += metrics.lineSpacing()


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
            self.count_label.setText(f"{total} {one if total == 1 else many}")
        else:
            self.count_label.setText(f"{shown} of {total} {many}")

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
