"""Quotes, places and organisations in the window (app.ui.controllers.panels)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.ui_helpers import STORY, open_and_wait, quoted_story_analysis


@pytest.fixture
def window(make_window, qtbot):
    w = make_window(analyze=quoted_story_analysis)
    open_and_wait(qtbot, w, text=STORY)
    return w


def test_docks_are_tabs_beside_people(window) -> None:
    tabs = window.tabifiedDockWidgets(window.people_dock)
    assert {window.quotes_dock, window.places_dock, window.organisations_dock} <= set(tabs)
    titles = [a.text() for a in window.menuBar().actions()[1].menu().actions()]
    assert {"Quotes", "Places", "Organisations"} <= set(titles)  # View menu


def test_clicking_a_quote_selects_its_words(window, qtbot) -> None:
    panel = window.quotes_panel
    assert panel.visible_records() == [0, 1]
    window.quotes_dock.raise_()
    qtbot.waitUntil(lambda: panel.list.isVisible(), timeout=2000)
    qtbot.waitUntil(lambda: panel.row_rect(0).height() > 0, timeout=2000)
    rect = panel.row_rect(0)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader.textCursor().selectedText() == "Es gibt keinen Zweifel an den Spannungen"
    assert "Olaf Scholz: reported 1 of 2" in window.statusBar().currentMessage()
    # "Show speaker in People" selects the person there, with their mentions.
    panel.show_speaker_action.trigger()
    assert window.people_panel.selected_person() == 0
    assert len(window.reader.mentions) == 4


def test_reported_speech_marked_with_a_card_note(window, qtbot) -> None:
    reader = window.reader
    assert reader.claims == ()
    window.quotes_panel.reported.setChecked(True)
    start = STORY.index("Es gibt")
    assert reader.claims == ((start, start + len("Es gibt keinen Zweifel an den Spannungen")),)
    reader.viewport().repaint()
    assert reader.painted_rects.get("claim")
    token = reader.index.token_at(STORY.index("Zweifel"))
    assert "attributes this claim to Olaf Scholz" in window.tooltip_content(token)
    other = reader.index.token_at(STORY.index("Militärbündnis"))
    assert "attributes" not in window.tooltip_content(other)  # a quote, not reported
    window.quotes_panel.reported.setChecked(False)
    assert reader.claims == ()
    assert "attributes" not in window.tooltip_content(token)


def test_places_highlight_and_f3_steps(window, qtbot) -> None:
    panel = window.places_panel
    assert panel.visible_records() == [0]
    panel.select_record(0)
    berlin = tuple((i, i + 6) for i in (STORY.index("Berlin"), STORY.rindex("Berlin")))
    assert window.reader.mentions == berlin and window.reader.current_mention == 0
    window.commands.next_mention.trigger()
    assert window.reader.current_mention == 1
    assert "Berlin: mention 2 of 2" in window.statusBar().currentMessage()
    window.commands.prev_mention.trigger()
    assert window.reader.current_mention == 0
    # Choosing a person hands F3 back to the People panel.
    window.people_panel.select_person(0)
    assert len(window.reader.mentions) == 4
    window.commands.next_mention.trigger()
    assert window.reader.current_mention == 1 and "Olaf Scholz" in (
        window.statusBar().currentMessage()
    )
    assert panel.selected_record() == -1
    # Choosing Berlin again takes it back.
    panel.select_record(0)
    assert window.reader.mentions == berlin
    # And an organisation takes it again.
    window.organisations_panel.select_record(0)
    assert window.reader.mentions == ((STORY.index("Vereinten"), STORY.index(" spricht")),)
    assert window.people_panel.selected_person() == -1


def test_exports(window, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "out.json"
    monkeypatch.setattr(window.dialogs, "save_file", lambda *a: (str(target), "JSON (*.json)"))
    window.quotes_panel.export_action.trigger()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [q["kind"] for q in data] == ["indirect", "direct"]
    assert data[0]["speaker"] == "Olaf Scholz"
    csv_path = tmp_path / "places.csv"
    monkeypatch.setattr(window.dialogs, "save_file", lambda *a: (str(csv_path), "CSV (*.csv)"))
    window.places_panel.export_button.click()
    assert csv_path.read_text(encoding="utf-8").splitlines()[0] == "name,count,forms,mentions"
    # The filter narrows the export.
    window.quotes_panel.choose_speaker("Olaf Scholz")
    monkeypatch.setattr(window.dialogs, "save_file", lambda *a: (str(target), "JSON (*.json)"))
    window.quotes_panel.export_action.trigger()
    assert len(json.loads(target.read_text(encoding="utf-8"))) == 1


def test_export_failure_is_a_message(window, tmp_path: Path, monkeypatch, message_boxes) -> None:
    bad = tmp_path / "missing" / "x.csv"
    monkeypatch.setattr(window.dialogs, "save_file", lambda *a: (str(bad), "CSV (*.csv)"))
    window.organisations_panel.export_action.trigger()
    assert message_boxes and message_boxes[0][0] == "Export failed"


def test_new_document_clears_and_failure_says_so(make_window, qtbot) -> None:
    def broken(text: str):
        raise RuntimeError("no model")

    w = make_window(analyze=broken)
    with qtbot.waitSignal(w.analysis_failed, timeout=10_000):
        w.open_text(STORY, "test")
    assert "analysis failed" in w.quotes_panel.placeholder.text()
    assert w.places_panel.visible_records() == []
