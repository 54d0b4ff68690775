"""File ▸ Export Briefing (app.ui.controllers.brief)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from app.core.results import NamedEntity, Quote
from app.ui.controllers.brief import briefing_format
from tests.reading.helpers import STORY, story_analysis

SAID = "Es gibt keinen Zweifel an den Spannungen"


def quoted_analysis(text: str):  # type: ignore[no-untyped-def]
    start = text.find(SAID)
    quotes = (
        (Quote(start, start + len(SAID), SAID, "indirect", "Olaf Scholz", None, "person"),)
        if start >= 0
        else ()
    )
    berlin = text.find("Berlin")
    places = (NamedEntity("Berlin", "LOC", ((berlin, berlin + 6),), ("Berlin",)),)
    return replace(story_analysis(text), quotes=quotes, places=places if berlin >= 0 else ())


def test_briefing_format() -> None:
    assert briefing_format("/x/a.html", "Markdown (*.md)") == "html"
    assert briefing_format("/x/a.JSON", "") == "json"
    assert briefing_format("/x/a", "HTML (*.html)") == "html"
    assert briefing_format("/x/a", "Markdown (*.md)") == "md"


def test_export_is_enabled_with_an_analysis_and_writes_each_format(
    make_window, qtbot, tmp_path: Path, monkeypatch
) -> None:
    window = make_window(analyze=quoted_analysis, show=False)
    action = window.commands.export_brief
    assert not action.isEnabled()
    with qtbot.waitSignal(window.analysis_shown, timeout=10_000):
        window.open_text(STORY, "story")
    assert action.isEnabled()
    briefs = window.briefs
    for fmt in ("md", "html", "json"):
        path = tmp_path / f"brief.{fmt}"
        with qtbot.waitSignal(briefs.writer.finished, timeout=10_000):
            briefs.write(str(path), fmt)
        assert path.is_file()
    assert "**Olaf Scholz** *(reported)*" in (tmp_path / "brief.md").read_text(encoding="utf-8")
    assert "Who said what (1)" in (tmp_path / "brief.html").read_text(encoding="utf-8")
    data = json.loads((tmp_path / "brief.json").read_text(encoding="utf-8"))
    assert data["quotes"][0]["speaker"] == "Olaf Scholz"
    assert [(p["name"], p["count"]) for p in data["places"]] == [("Berlin", 1)]
    assert "switch on online translation" in data["notes"][0]  # offline: nothing was sent
    assert "Briefing written to" in window.statusBar().currentMessage()
    # the menu action asks for a file and writes it
    target = tmp_path / "chosen.html"
    monkeypatch.setattr(window.dialogs, "save_file", lambda *a: (str(target), "HTML (*.html)"))
    with qtbot.waitSignal(briefs.writer.finished, timeout=10_000):
        action.trigger()
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_a_write_error_is_a_message(make_window, qtbot, tmp_path: Path, message_boxes) -> None:
    window = make_window(analyze=quoted_analysis, show=False)
    with qtbot.waitSignal(window.analysis_shown, timeout=10_000):
        window.open_text(STORY, "story")
    with qtbot.waitSignal(window.briefs.writer.failed, timeout=10_000):
        window.briefs.write(str(tmp_path / "missing-dir" / "b.md"), "md")
    assert message_boxes[-1][0] == "Export failed"
    assert "could not be written" in message_boxes[-1][1]


def test_a_new_document_disables_export(make_window, qtbot) -> None:
    window = make_window(analyze=quoted_analysis, show=False)
    with qtbot.waitSignal(window.analysis_shown, timeout=10_000):
        window.open_text(STORY, "story")
    with qtbot.waitSignal(window.documents.replaced, timeout=10_000):
        window.open_text("Ein anderer Text.", "other")
    assert not window.commands.export_brief.isEnabled()
