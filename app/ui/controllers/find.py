"""Find in the article (Ctrl+F): by letters and by dictionary form, every match highlighted.

The finder (:class:`~app.reading.find.ArticleFinder`) knows the text as soon as
it is on screen (letters only) and the words' lemmas once the analysis is
there; an open query is looked for again then. The first match shown is the
first one from the top of the screen down; Enter / Shift+Enter step, "3 of 12"
says where one is.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint

from app.reading.find import ArticleFinder, FindResult
from app.ui.controllers.analysis import AnalysedText
from app.ui.controllers.document import DocumentController
from app.ui.widgets.find_bar import FindBar
from app.ui.widgets.reader import ReaderView


class FindController(QObject):
    """The find bar, the finder of the document on screen, the highlighted matches."""

    def __init__(self, reader: ReaderView, documents: DocumentController, bar: FindBar) -> None:
        super().__init__(reader)
        self.reader = reader
        self.documents = documents
        self.bar = bar
        self.finder: ArticleFinder | None = None
        self.result = FindResult("")
        self.current = -1
        bar.query_changed.connect(self.find)
        bar.step_requested.connect(self.step)
        bar.closed.connect(self.close)

    def open(self) -> None:
        """Ctrl+F: show the bar; a short selection in the article becomes the query."""
        selected = self.reader.textCursor().selectedText().strip()
        if "\u2029" in selected or len(selected) > 60:
            selected = ""
        self.bar.open_bar(selected)

    def close(self) -> None:
        self.reader.set_find_matches(())
        self.result = FindResult("")
        self.current = -1
        self.reader.setFocus()

    # ------------------------------------------------------------ documents

    def document_shown(self) -> None:
        document = self.documents.document
        self.finder = ArticleFinder(document.text) if document is not None else None
        self._refresh()

    def analysed(self, result: AnalysedText) -> None:
        analysis = result.analysis
        self.finder = result.finder or ArticleFinder(analysis.text, analysis.tokens)
        self._refresh()

    def _refresh(self) -> None:
        if self.bar.isVisible() and self.bar.edit.text().strip():
            self.find(self.bar.edit.text())
        else:
            self.result = FindResult("")
            self.current = -1
            self.reader.set_find_matches(())

    # ----------------------------------------------------------------- find

    def find(self, query: str) -> None:
        """Look for ``query``; the current match is the first from the top of the screen."""
        self.result = self.finder.find(query) if self.finder is not None else FindResult(query)
        top = self.reader.qt_position_at(QPoint(0, 0), exact=False)
        offset = self.reader.utf16.from_qt(top) if top >= 0 else 0
        self.current = self.result.nearest(offset)
        self._show(scroll=True)

    def step(self, step: int) -> None:
        if not self.result.matches:
            return
        self.current = (self.current + step) % len(self.result.matches)
        self._show(scroll=True)

    def _show(self, scroll: bool) -> None:
        matches = self.result.spans
        self.reader.set_find_matches(matches, self.current)
        if scroll and 0 <= self.current < len(matches):
            self.reader.scroll_to_range(*matches[self.current])
        if not self.result.query:
            self.bar.set_count("", False)
        else:
            self.bar.set_count(self.result.count_text(self.current), bool(matches))
