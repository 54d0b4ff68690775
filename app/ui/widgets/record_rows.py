"""The rows of the record panels and the People panel: a rounded background, a
semi-bold title with a muted detail, a pill at the right and, for quotes, a few
wrapped lines of body (:class:`RecordDelegate` paints a :class:`RowLook`); and the
Enter / Shift+Enter step through mentions (:func:`step_key`, :class:`StepList`)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from app.ui import theme as themes

LOOK_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's RowLook
PAD_X, PAD_Y = 10, 6


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
