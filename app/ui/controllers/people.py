"""The people of the article: the People panel, their highlighted mentions, the export.

Selecting a person highlights every mention in the article and scrolls to the
first; F3 / Shift+F3 (or Enter in the list) step through them. The list can be
exported as CSV or JSON (:mod:`app.ui.people_panel`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDockWidget

from app.reading.people import mention_status
from app.ui import settings as keys
from app.ui.controllers.analysis import AnalysedText, AnalysisController
from app.ui.controllers.document import DocumentController
from app.ui.people_panel import people_to_csv, people_to_json
from app.ui.settings import Settings
from app.ui.widgets.dialogs import Dialogs
from app.ui.widgets.people_panel import PeoplePanel
from app.ui.widgets.reader import ReaderView
from app.ui.widgets.status import StatusLine


class PeopleController(QObject):
    """Who is in the article and where: panel, highlights, stepping, export."""

    exportable = Signal(bool)  # there are people to export

    def __init__(
        self,
        reader: ReaderView,
        documents: DocumentController,
        analysis: AnalysisController,
        panel: PeoplePanel,
        dock: QDockWidget,
        settings: Settings,
        status: StatusLine,
        dialogs: Dialogs,
    ) -> None:
        super().__init__(panel)
        self.reader = reader
        self.documents = documents
        self.analysis = analysis
        self.panel = panel
        self.dock = dock
        self.settings = settings
        self.status = status
        self.dialogs = dialogs
        self._person = -1  # the highlighted person
        self._position = -1  # the current mention
        panel.set_sort_order(settings.get(keys.PEOPLE_SORT))
        panel.set_credits_open(settings.get(keys.CREDITS_OPEN))
        panel.person_selected.connect(self.highlight_person)
        panel.step_requested.connect(self.step_mention)
        panel.export_requested.connect(self.export_people)
        panel.sort_changed.connect(lambda order: settings.set(keys.PEOPLE_SORT, order))
        panel.credits_toggled.connect(lambda open_: settings.set(keys.CREDITS_OPEN, open_))

    # ------------------------------------------------------------- the list

    def welcome(self) -> None:
        self.panel.clear("People appear here once an article is open.")

    def forget(self) -> None:
        """Another document: no highlight, the list waits for the analysis."""
        self._person = -1
        self._position = -1
        self.panel.clear("Finding the people in this article…")
        self.exportable.emit(False)

    def show(self, result: AnalysedText) -> None:
        people = result.analysis.people
        self.panel.set_people(people)
        self.exportable.emit(bool(people))

    def analysis_failed(self) -> None:
        self.panel.clear("The analysis failed; the text is shown without it.")

    def focus_filter(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.filter.setFocus()
        self.panel.filter.selectAll()

    # --------------------------------------------------------------- mentions

    def highlight_person(self, person: int) -> None:
        """Highlight every mention of a person and scroll to the first."""
        analysis = self.analysis.analysis
        if analysis is None or not 0 <= person < len(analysis.people):
            self._person = -1
            self.reader.set_mentions(())
            return
        mentions = tuple(sorted(analysis.people[person].mentions))
        self._person = person
        self._position = 0 if mentions else -1
        self.reader.set_mentions(mentions, self._position)
        if mentions:
            self.reader.scroll_to_range(*mentions[0])
        self._show_position()

    def step_mention(self, step: int) -> None:
        """Go to the next (or previous) mention of the selected person."""
        if self.analysis.analysis is None:
            return
        if self._person < 0:
            person = self.panel.selected_person()
            if person >= 0:
                self.highlight_person(person)
            return
        mentions = self.reader.mentions
        if not mentions:
            return
        self._position = (self._position + step) % len(mentions)
        self.reader.set_mentions(mentions, self._position)
        self.reader.scroll_to_range(*mentions[self._position])
        self._show_position()

    def _show_position(self) -> None:
        analysis = self.analysis.analysis
        if analysis is None or self._person < 0:
            return
        person = analysis.people[self._person]
        total = len(self.reader.mentions)
        self.status.message(mention_status(person, self._position, total), 6000)

    # ----------------------------------------------------------------- export

    def export_people(self) -> None:
        analysis = self.analysis.analysis
        if analysis is None or not analysis.people:
            return
        document = self.documents.document
        base = Path(document.source).stem if document else "people"
        folder = Path(self.settings.get(keys.LAST_DIR) or Path.home())
        path, chosen = self.dialogs.save_file(
            "Export People", str(folder / f"{base}-people.csv"), "CSV (*.csv);;JSON (*.json)"
        )
        if not path:
            return
        self.write_people(
            path, "json" if path.lower().endswith(".json") or "JSON" in chosen else "csv"
        )

    def write_people(self, path: str, kind: str) -> None:
        analysis = self.analysis.analysis
        assert analysis is not None
        people = analysis.people
        data = people_to_json(people) if kind == "json" else people_to_csv(people)
        try:
            Path(path).write_text(data, encoding="utf-8")
        except OSError as exc:
            self.dialogs.error("Export failed", f"{path}: {exc.strerror or exc}")
            return
        self.status.message(f"Exported {len(people)} people to {path}", 6000)
