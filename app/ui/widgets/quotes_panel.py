"""The Quotes dock: who said what, filtered by speaker, reported speech marked on request.

Rows come from :mod:`app.reading.quotes`: the speaker (a person of the People
panel, an organisation, or an unnamed source the text describes) with their
roles, a "quote" or "reported" mark, and the words. Choosing a quote asks the
window to select its words in the article; the context menu can show the
speaker in the People panel.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QWidget

from app.reading.quotes import QuoteRow, quote_line, speaker_choices
from app.ui.widgets.record_panel import RecordPanel
from app.ui.widgets.record_rows import RowLook

ALL_SPEAKERS = ""
REPORTED_TIP = (
    "Mark reported speech (Konjunktiv I, “laut …”, “…, sagte er”) in the article: "
    "the article attributes these claims to someone."
)


def quote_look(row: QuoteRow) -> RowLook:
    return RowLook(
        title=row.speaker,
        detail=row.detail,
        pill=row.kind_label,
        body=row.shown_text,
        strong_pill=row.kind == "direct",
        muted_title=row.speaker_kind is None,
    )


def quote_tip(row: QuoteRow) -> str:
    """The row's tooltip (rich text, so Qt wraps it): who, what kind, all the words."""
    kind = "quoted words"
    if row.kind != "direct":
        kind = "reported speech: the article attributes this claim"
    who = html.escape(row.speaker)
    detail = f" — {html.escape(row.detail)}" if row.detail else ""
    return f"<p><b>{who}</b>{detail}<br><i>{kind}</i></p><p>{html.escape(row.shown_text)}</p>"


class QuotesPanel(RecordPanel):
    """Speaker filter, the reported-speech switch, the quotes."""

    reported_toggled = Signal(bool)
    speaker_requested = Signal(int)  # index into analysis.people

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(("quote", "quotes"), body_lines=3, parent=parent)
        self.rows: tuple[QuoteRow, ...] = ()
        self.speaker = QComboBox(self)
        self.speaker.setObjectName("panelFilter")
        self.speaker.setToolTip("Show the quotes of one speaker")
        self.speaker.currentIndexChanged.connect(self._apply_filter)
        self.reported = QCheckBox("Show reported speech in the text", self)
        self.reported.setToolTip(REPORTED_TIP)
        self.reported.toggled.connect(self.reported_toggled)
        self.header.addWidget(self.speaker)
        self.header.addWidget(self.reported)
        self.show_speaker_action = QAction("Show Speaker in People", self)
        self.show_speaker_action.triggered.connect(self._show_speaker)
        self.copy_requested.connect(self.copy_selected)
        self._fill_speakers()

    def set_quotes(self, rows: Sequence[QuoteRow]) -> None:
        self.rows = tuple(rows)
        rows = self.rows
        self.set_rows(
            [r.index for r in rows],
            lambda n: (quote_look(rows[n]), quote_tip(rows[n])),
            "No quotes found in this article.",
        )
        self._fill_speakers()

    def clear(self, placeholder: str) -> None:
        self.rows = ()
        super().clear(placeholder)
        if hasattr(self, "speaker"):
            self._fill_speakers()

    def row(self, record: int) -> QuoteRow | None:
        return self.rows[record] if 0 <= record < len(self.rows) else None

    def choose_speaker(self, key: str) -> None:
        i = self.speaker.findData(key)
        if i >= 0:
            self.speaker.setCurrentIndex(i)

    def copy_selected(self) -> None:
        """The chosen quote, or every quote listed when none is chosen."""
        record = self.selected_record()
        chosen = [record] if record >= 0 else self.visible_records()
        lines = [quote_line(self.rows[i]) for i in chosen if 0 <= i < len(self.rows)]
        if lines:
            QApplication.clipboard().setText("\n".join(lines))

    def context_actions(self) -> list[QAction]:
        row = self.row(self.selected_record())
        self.show_speaker_action.setEnabled(row is not None and row.person is not None)
        return [self.show_speaker_action]

    # -------------------------------------------------------------- internal

    def _fill_speakers(self) -> None:
        current = self.speaker.currentData()
        self.speaker.blockSignals(True)
        self.speaker.clear()
        self.speaker.addItem(f"All speakers ({len(self.rows)})", ALL_SPEAKERS)
        for label, key in speaker_choices(self.rows):
            self.speaker.addItem(label, key)
        i = self.speaker.findData(current) if current else 0
        self.speaker.setCurrentIndex(max(0, i))
        self.speaker.setEnabled(bool(self.rows))
        self.speaker.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self, _index: int = 0) -> None:
        key = self.speaker.currentData()
        hidden = {r.index for r in self.rows if key and r.speaker_key != key}
        self.hide_rows(hidden)

    def _show_speaker(self) -> None:
        row = self.row(self.selected_record())
        if row is not None and row.person is not None:
            self.speaker_requested.emit(row.person)
