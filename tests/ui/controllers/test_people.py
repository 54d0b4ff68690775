"""People: highlights, stepping, export (app.ui.controllers.people)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.ui.ui_helpers import STORY, open_and_wait


def test_highlight_step_and_forget(make_window, qtbot) -> None:
    window = make_window()
    people = window.people
    exportable: list[bool] = []
    people.exportable.connect(exportable.append)
    open_and_wait(qtbot, window, text=STORY)
    assert exportable == [False, True]  # forgotten with the welcome text, then the analysis
    people.step_mention(1)  # nobody selected: nothing happens
    assert window.reader.mentions == ()
    people.highlight_person(0)
    assert len(window.reader.mentions) == 4 and window.reader.current_mention == 0
    assert window.statusBar().currentMessage().startswith("Olaf Scholz: mention 1 of 4")
    people.step_mention(-1)
    assert window.reader.current_mention == 3
    people.highlight_person(99)
    assert window.reader.mentions == ()
    people.forget()
    assert exportable[-1] is False
    assert window.people_panel.placeholder.text() == "Finding the people in this article…"


def test_export_asks_where_and_writes(
    make_window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message_boxes
) -> None:
    window = make_window()
    open_and_wait(qtbot, window, text=STORY)
    target = tmp_path / "leute.json"
    asked: list[str] = []

    def save(parent, title, start, filters):  # type: ignore[no-untyped-def]
        asked.append(start)
        return str(target), "JSON (*.json)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    window.people.export_people()
    assert asked[0].endswith("test-people.csv")
    assert target.read_text(encoding="utf-8").lstrip().startswith("[")
    window.people.write_people(str(tmp_path / "missing" / "x.csv"), "csv")
    assert message_boxes[-1][0] == "Export failed"
