"""The Places and Organisations docks: each name once, with its mention count.

Rows come from :mod:`app.reading.entities`. Choosing a row asks the window to
highlight every mention; Enter (Shift+Enter) in the list, like F3 (Shift+F3),
steps through them. A filter box narrows the list.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from app.reading.entities import EntityRow, entity_summary
from app.ui.widgets.record_panel import RecordPanel
from app.ui.widgets.record_rows import RowLook


class EntityPanel(RecordPanel):
    """Filter box and the list of places (or organisations)."""

    def __init__(self, noun: tuple[str, str], parent: QWidget | None = None) -> None:
        super().__init__(noun, parent=parent)
        self.rows: tuple[EntityRow, ...] = ()
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(f"Filter {noun[1]}")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.returnPressed.connect(self._filter_return)
        self.header.addWidget(self.filter)
        self.copy_requested.connect(self.copy_selected)

    def set_entities(self, rows: Sequence[EntityRow]) -> None:
        self.rows = tuple(rows)
        rows = self.rows
        self.set_rows(
            [r.index for r in rows],
            lambda n: (
                RowLook(rows[n].name, rows[n].detail, str(rows[n].count)),
                entity_summary(rows[n]),
            ),
            f"No {self.noun[1]} found in this article.",
        )
        self._apply_filter(self.filter.text())

    def clear(self, placeholder: str) -> None:
        self.rows = ()
        super().clear(placeholder)

    def row(self, record: int) -> EntityRow | None:
        return self.rows[record] if 0 <= record < len(self.rows) else None

    def copy_selected(self) -> None:
        """The chosen name, or every name listed when none is chosen."""
        record = self.selected_record()
        chosen = [record] if record >= 0 else self.visible_records()
        lines = [entity_summary(self.rows[i]) for i in chosen if 0 <= i < len(self.rows)]
        if lines:
            QApplication.clipboard().setText("\n".join(lines))

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        hidden = {
            r.index for r in self.rows if needle and needle not in f"{r.name} {r.detail}".casefold()
        }
        self.hide_rows(hidden)

    def _filter_return(self) -> None:
        shown = self.visible_records()
        if shown:
            self.select_record(shown[0])
            self.list.setFocus()
            self.record_selected.emit(shown[0])
