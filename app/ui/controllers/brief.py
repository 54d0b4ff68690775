"""File ▸ Export Briefing: the briefing on the article on screen, as Markdown, HTML or JSON.

The briefing (:mod:`app.reading.brief`) is made from the shown document and its
analysis. Quotes get their translation from the translation cache; with online
translation on, the missing ones are asked for first, on the briefing worker
(:class:`~app.ui.jobs.Worker`), which also writes the file. Nothing goes online
while online translation is off.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.reading.brief import make_briefing, render
from app.ui import settings as keys
from app.ui.controllers.analysis import AnalysisController
from app.ui.controllers.document import DocumentController
from app.ui.jobs import Report, Worker
from app.ui.settings import Settings
from app.ui.translator import Translator
from app.ui.widgets.dialogs import Dialogs
from app.ui.widgets.status import StatusLine

BRIEF_FILTER = "Markdown (*.md);;HTML (*.html);;JSON (*.json)"
_SUFFIX_FORMAT = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".json": "json"}


def briefing_format(path: str, chosen_filter: str) -> str:
    """``md``, ``html`` or ``json`` from the file's suffix, else from the chosen filter."""
    by_suffix = _SUFFIX_FORMAT.get(Path(path).suffix.lower())
    if by_suffix:
        return by_suffix
    if "HTML" in chosen_filter:
        return "html"
    return "json" if "JSON" in chosen_filter else "md"


class BriefController(QObject):
    """Writes briefings; the action is enabled while an analysed article is shown."""

    def __init__(
        self,
        window: QWidget,
        parts: tuple[DocumentController, AnalysisController, Translator],
        action: QAction,
        settings: Settings,
        status: StatusLine,
        dialogs: Dialogs,
    ) -> None:
        super().__init__(window)
        self.documents, self.analyses, self.translator = parts
        self.action = action
        self.settings = settings
        self.status = status
        self.dialogs = dialogs
        self.writer = Worker("briefing", self, drop_stale=False)
        self.writer.finished.connect(self._on_written)
        self.writer.failed.connect(self._on_failed)
        self.analyses.shown.connect(lambda: self.action.setEnabled(True))
        self.documents.replaced.connect(lambda: self.action.setEnabled(False))
        action.triggered.connect(self.export)

    def export(self) -> None:
        """Ask where to write the briefing, then write it."""
        document = self.documents.document
        if document is None or self.analyses.analysis is None:
            return
        base = Path(document.source).stem if not document.source.startswith("<") else "article"
        folder = Path(self.settings.get(keys.LAST_DIR) or Path.home())
        path, chosen = self.dialogs.save_file(
            "Export Briefing", str(folder / f"{base or 'article'}-briefing.md"), BRIEF_FILTER
        )
        if path:
            self.write(path, briefing_format(path, chosen))

    def write(self, path: str, fmt: str) -> int | None:
        """Write the briefing on the shown article to ``path`` in the background."""
        document, analysis = self.documents.document, self.analyses.analysis
        if document is None or analysis is None:
            return None
        online = self.translator.online
        service = self.translator.service
        why = (
            "the translation service did not answer"
            if online
            else "not in the translation cache; switch on online translation to get them"
        )

        def translate(texts: Sequence[str]) -> list[str | None]:
            if not online:
                return service.cached_many(texts)
            return [result.translation for result in service.translate(texts)]

        def job(report: Report) -> str:
            briefing = make_briefing(document, analysis, translate, why_missing=why)
            Path(path).write_text(render(briefing, fmt), encoding="utf-8")
            return path

        self.status.busy("Writing the briefing…")
        return self.writer.submit(job)

    def _on_written(self, _ticket: int, path: str) -> None:
        self.status.idle()
        self.status.message(f"Briefing written to {path}", 6000)

    def _on_failed(self, _ticket: int, exc: Exception) -> None:
        self.status.idle()
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        self.dialogs.error("Export failed", f"The briefing could not be written: {reason}")

    def close(self) -> None:
        self.writer.close()
