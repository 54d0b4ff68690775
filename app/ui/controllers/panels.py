"""Who said what, and where: the Quotes, Places and Organisations panels.

Choosing a quote selects its words in the article; the speaker filter and the
"Show reported speech in the text" switch are the panel's (the switch marks
every reported claim in the article and the hover card says that the article
attributes it). Choosing a place or an organisation highlights every mention;
F3 / Shift+F3 step through the mentions of whatever was chosen last, a person
of the People panel or a name of these panels. Each list is exported as CSV or
JSON (:mod:`app.quotes.export`).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.analysis import Analysis
from app.core.results import NamedEntity
from app.quotes.export import entities_csv, entities_json, quotes_csv, quotes_json
from app.reading.entities import EntityRow, entity_rows, mention_status
from app.reading.quotes import QuoteLocator, attribution_note, quote_rows
from app.ui import settings as keys
from app.ui import theme as themes
from app.ui.controllers.analysis import AnalysedText, AnalysisController
from app.ui.controllers.document import DocumentController
from app.ui.controllers.people import PeopleController
from app.ui.settings import Settings
from app.ui.widgets.dialogs import Dialogs
from app.ui.widgets.entity_panel import EntityPanel
from app.ui.widgets.quotes_panel import QuotesPanel
from app.ui.widgets.reader import ReaderView
from app.ui.widgets.status import StatusLine

#: What a hover card's content function looks like (token index -> HTML).
CardContent = Callable[[int], str]


class PanelsController(QObject):
    """Quotes, places and organisations: panels, highlights, stepping, export."""

    exportable = Signal(bool)  # there is something to export

    def __init__(
        self,
        reader: ReaderView,
        documents: DocumentController,
        analysis: AnalysisController,
        people: PeopleController,
        panels: tuple[QuotesPanel, EntityPanel, EntityPanel],
        settings: Settings,
        status: StatusLine,
        dialogs: Dialogs,
    ) -> None:
        super().__init__(reader)
        self.reader = reader
        self.documents = documents
        self.analysis = analysis
        self.people = people
        self.quotes_panel, self.places_panel, self.organisations_panel = panels
        self.settings = settings
        self.status = status
        self.dialogs = dialogs
        self.muted = themes.LIGHT.muted
        self._locator = QuoteLocator(())
        #: The highlighted name: (panel, record index); None when People owns F3.
        self._chosen: tuple[EntityPanel, int] | None = None
        self._position = -1
        q = self.quotes_panel
        q.record_selected.connect(self.show_quote)
        q.step_requested.connect(lambda step: self.step_quote(step))
        q.export_requested.connect(self.export_quotes)
        q.speaker_requested.connect(self.show_speaker)
        q.reported.setChecked(settings.get(keys.SHOW_REPORTED))
        q.reported_toggled.connect(self.show_reported)
        for panel in (self.places_panel, self.organisations_panel):
            panel.record_selected.connect(lambda record, p=panel: self.highlight(p, record))
            panel.step_requested.connect(self.step_mention)
            panel.export_requested.connect(lambda p=panel: self.export_entities(p))
        people.panel.person_selected.connect(self._people_chose)

    # ------------------------------------------------------------- the lists

    def welcome(self) -> None:
        self._clear("appear here once an article is open.")

    def forget(self) -> None:
        self._chosen = None
        self._locator = QuoteLocator(())
        self._clear("are being looked for…", "Finding")
        self.exportable.emit(False)

    def analysis_failed(self) -> None:
        self._clear("", "The analysis failed; the text is shown without it.")

    def _clear(self, tail: str, head: str = "") -> None:
        for panel, noun in (
            (self.quotes_panel, "Quotes"),
            (self.places_panel, "Places"),
            (self.organisations_panel, "Organisations"),
        ):
            if head and not tail:
                panel.clear(head)
            elif head:
                panel.clear(f"{head} the {noun.lower()} of this article…")
            else:
                panel.clear(f"{noun} {tail}")
        self.reader.set_claims(())

    def show(self, result: AnalysedText) -> None:
        a = result.analysis
        rows = result.quotes or quote_rows(a.quotes, a.people, a.organisations)
        self.quotes_panel.set_quotes(rows)
        self._locator = QuoteLocator(rows)
        self.places_panel.set_entities(entity_rows(a.places))
        self.organisations_panel.set_entities(entity_rows(a.organisations))
        self.show_reported(self.quotes_panel.reported.isChecked())
        self.exportable.emit(bool(a.quotes or a.places or a.organisations))

    def set_theme(self, theme: themes.Theme) -> None:
        self.muted = theme.muted
        for panel in (self.quotes_panel, self.places_panel, self.organisations_panel):
            panel.set_theme(theme)

    # ---------------------------------------------------------------- quotes

    def show_quote(self, record: int) -> None:
        """Select the quote's words in the article and bring them into view."""
        row = self.quotes_panel.row(record)
        if row is None or self.analysis.analysis is None:
            return
        self.reader.select_range(row.start, row.end)
        total = len(self.quotes_panel.rows)
        self.status.message(f"{row.speaker}: {row.kind_label} {record + 1} of {total}", 6000)

    def step_quote(self, step: int) -> None:
        """Enter in the Quotes list: the next (previous) quote listed."""
        shown = self.quotes_panel.visible_records()
        if not shown:
            return
        current = self.quotes_panel.selected_record()
        k = shown.index(current) if current in shown else -1
        target = shown[(k + step) % len(shown)] if k >= 0 else shown[0]
        self.quotes_panel.select_record(target)

    def show_speaker(self, person: int) -> None:
        """The quote's speaker in the People panel, with their mentions highlighted."""
        self.people.dock.show()
        self.people.dock.raise_()
        self.people.panel.select_person(person)

    def show_reported(self, on: bool) -> None:
        """Mark (or unmark) reported speech in the article."""
        self.settings.set(keys.SHOW_REPORTED, on)
        rows = self.quotes_panel.rows if on else ()
        self.reader.set_claims([(r.start, r.end) for r in rows if r.kind == "indirect"])

    def card_note(self, token: int) -> str:
        """HTML the hover card adds over marked reported speech ("" elsewhere)."""
        index = self.reader.index
        if not self.reader.claims or index is None:
            return ""
        row = self._locator.at(index.token(token).start)
        if row is None or row.kind != "indirect":
            return ""
        note = html.escape(attribution_note(row))
        return f'<p style="margin-top:6px; color:{self.muted}"><i>{note}</i></p>'

    def with_card_note(self, content: CardContent) -> CardContent:
        """The hover card's content with :meth:`card_note` under it."""
        return lambda token: content(token) + self.card_note(token)

    # ----------------------------------------------------- places and organisations

    def highlight(self, panel: EntityPanel, record: int) -> None:
        """Highlight every mention of a place or organisation and go to the first."""
        row = panel.row(record)
        if row is None or self.analysis.analysis is None:
            return
        self.people.highlight_person(-1)  # People no longer owns the highlight
        cursor = self.reader.textCursor()
        cursor.clearSelection()  # a quote chosen before
        self.reader.setTextCursor(cursor)
        self.people.panel.list.clearSelection()
        self._chosen = (panel, record)
        self._position = 0 if row.mentions else -1
        self.reader.set_mentions(row.mentions, self._position)
        if row.mentions:
            self.reader.scroll_to_range(*row.mentions[0])
        self._show_position(row)

    def step_mention(self, step: int) -> None:
        """F3 / Shift+F3: the next (previous) mention of what was chosen last."""
        if self._chosen is None:
            self.people.step_mention(step)
            return
        panel, record = self._chosen
        row = panel.row(record)
        mentions = self.reader.mentions
        if row is None or not mentions:
            return
        self._position = (self._position + step) % len(mentions)
        self.reader.set_mentions(mentions, self._position)
        self.reader.scroll_to_range(*mentions[self._position])
        self._show_position(row)

    def _show_position(self, row: EntityRow) -> None:
        total = len(self.reader.mentions)
        if total:
            self.status.message(mention_status(row.name, self._position, total), 6000)

    def clear_choice(self) -> None:
        """No place or organisation chosen (Esc); the highlight goes with People's."""
        self._chosen = None
        for panel in (self.places_panel, self.organisations_panel):
            panel.clear_selection()

    def _people_chose(self, person: int) -> None:
        if person >= 0:
            self._chosen = None
            for panel in (self.places_panel, self.organisations_panel):
                panel.clear_selection()

    # ----------------------------------------------------------------- export

    def export_quotes(self) -> None:
        analysis = self.analysis.analysis
        if analysis is None or not analysis.quotes:
            return
        shown = set(self.quotes_panel.visible_records())
        quotes = [q for i, q in enumerate(analysis.quotes) if i in shown]
        csv_text, json_text = quotes_csv(quotes), quotes_json(quotes)
        self._export("Export Quotes", "quotes", len(quotes), csv_text, json_text)

    def export_entities(self, panel: EntityPanel) -> None:
        analysis = self.analysis.analysis
        if analysis is None:
            return
        records = self._records(analysis, panel)
        if not records:
            return
        noun = panel.noun[1]
        self._export(
            f"Export {noun.capitalize()}",
            noun,
            len(records),
            entities_csv(records),
            entities_json(records),
        )

    def _records(self, analysis: Analysis, panel: EntityPanel) -> Sequence[NamedEntity]:
        records = analysis.places if panel is self.places_panel else analysis.organisations
        shown = set(panel.visible_records())
        return [r for i, r in enumerate(records) if i in shown]

    def _export(self, title: str, noun: str, count: int, csv_text: str, json_text: str) -> None:
        document = self.documents.document
        base = Path(document.source).stem if document else noun
        folder = Path(self.settings.get(keys.LAST_DIR) or Path.home())
        path, chosen = self.dialogs.save_file(
            title, str(folder / f"{base}-{noun}.csv"), "CSV (*.csv);;JSON (*.json)"
        )
        if not path:
            return
        as_json = path.lower().endswith(".json") or (
            "JSON" in chosen and not path.lower().endswith(".csv")
        )
        text = json_text + "\n" if as_json else csv_text
        try:
            Path(path).write_text(text, encoding="utf-8")
        except OSError as exc:
            self.dialogs.error("Export failed", f"{path}: {exc.strerror or exc}")
            return
        self.status.message(f"Exported {count} {noun} to {path}", 6000)
