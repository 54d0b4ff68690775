"""The quiet header above the article: the page's title (when the text does not open
with it) and its byline, ``author · date · publication``, aligned with the text column.

It shows what :mod:`app.reading.article_meta` says about the document and hides
itself when there is nothing to say (plain text, the welcome text).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.document import Document
from app.reading.article_meta import byline, header_title
from app.ui import theme as themes
from app.ui.widgets.text_view import PAGE_PADDING, TextView


def long_date(iso: str, locale: QLocale | None = None) -> str:
    """``3 April 2024`` / ``3. April 2024`` / ``April 3, 2024``: the locale's long date
    without the weekday; the ISO text itself when it is not a date."""
    date = QDate.fromString(iso, Qt.DateFormat.ISODate)
    if not date.isValid():
        return iso
    locale = locale or QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"d{4}\W*", "", pattern).strip(" ,")  # the weekday
    return locale.toString(date, pattern)


class ArticleHeader(QWidget):
    """Title and byline of a web page, above the reader and aligned with its column."""

    def __init__(self, reader: TextView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleHeader")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.reader = reader
        self.title = QLabel(self)
        self.title.setObjectName("articleTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.byline = QLabel(self)
        self.byline.setObjectName("articleByline")
        self.byline.setTextFormat(Qt.TextFormat.PlainText)  # page text, never markup
        self.byline.setWordWrap(True)
        self.byline.setFont(themes.ui_font(9.5))
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.byline)
        self._layout = layout
        reader.viewport().installEventFilter(self)
        self.show_document(None)

    def show_document(self, document: Document | None) -> None:
        """Show what the document says about itself; hide when it says nothing."""
        title = header_title(document) if document is not None else None
        line = byline(document, long_date) if document is not None else ""
        self.title.setText(title or "")
        self.title.setVisible(bool(title))
        self.byline.setText(line)
        self.byline.setVisible(bool(line))
        url = document.meta.url if document is not None else None
        self.setToolTip(url or "")
        self.setVisible(bool(title or line))
        self._align()

    def set_font_size(self, point_size: int) -> None:
        font = themes.reading_font(round(point_size * 1.35))
        font.setWeight(font.Weight.DemiBold)
        self.title.setFont(font)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._align()
        return False

    def _align(self) -> None:
        """The same left and right edge as the text column below."""
        viewport = self.reader.viewport().geometry()
        left = viewport.left() + PAGE_PADDING
        right = max(0, self.reader.width() - viewport.right() - 1) + PAGE_PADDING
        self._layout.setContentsMargins(left, 22, right, 0)
