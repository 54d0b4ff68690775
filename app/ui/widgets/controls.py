"""Form controls drawn in the theme's colours: a combo box chevron and a check box;
a one-line label that may shrink below its text (ending in "…").

Fusion's own combo arrow is hidden by the style sheet and its check box outline
vanishes on dark paper; these paint their own from the palette.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel


class ChoiceBox(QComboBox):
    """A combo box with a quiet chevron of its own (the style sheet hides the native arrow)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.palette().color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(QPen(colour, 1.4))
        x = self.width() - 16.0
        y = self.height() / 2.0
        painter.drawPolyline([QPointF(x - 4, y - 2), QPointF(x, y + 2), QPointF(x + 4, y - 2)])
        painter.end()


class CheckBox(QCheckBox):
    """A check box drawn in the theme's colours (Fusion's outline vanishes on dark paper)."""

    BOX = 16

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        box = QRectF(1.5, (self.height() - self.BOX) / 2 + 0.5, self.BOX - 1, self.BOX - 1)
        if self.isChecked():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(pal.color(QPalette.ColorRole.Link))
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Base), 1.8))
            painter.drawPolyline(
                [
                    QPointF(box.left() + 3.5, box.center().y()),
                    QPointF(box.left() + 6.5, box.bottom() - 4),
                    QPointF(box.right() - 3.5, box.top() + 4),
                ]
            )
        else:
            painter.setPen(QPen(pal.color(QPalette.ColorRole.PlaceholderText), 1.2))
            painter.setBrush(pal.color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(box, 4, 4)
        if self.hasFocus():
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Link), 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(-1.5, -1.5, 1.5, 1.5), 5, 5)
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        text_rect = self.rect().adjusted(self.BOX + 9, 0, 0, 0)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter), self.text())
        painter.end()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = self.BOX + 9 + metrics.horizontalAdvance(self.text()) + 4
        return QSize(width, max(self.BOX + 4, metrics.height() + 4))

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)


class ShrinkingLabel(QLabel):
    """A one-line label that may be squeezed below its text's width (the column width
    is the user's): what does not fit ends in "…", never in a glyph cut in half, and
    the tooltip then holds the whole text."""

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def elided(self) -> str:
        """The text as drawn at the label's width."""
        rect = self.contentsRect()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tip()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tip()

    def _update_tip(self) -> None:
        if self.property("ownTip"):
            return
        self.setToolTip(self.text() if self.elided() != self.text() else "")

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self.elided(),
            self.foregroundRole(),
        )
        painter.end()
