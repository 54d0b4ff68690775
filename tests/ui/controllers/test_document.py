"""Opening documents (app.ui.controllers.document)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QMenu

from app.document import document_from_text
from app.ui.controllers.document import WELCOME_TEXT, prepare, text_from_mime
from tests.reading.helpers import STORY


def test_text_from_mime_prefers_plain_text() -> None:
    assert text_from_mime(None) == ""
    mime = QMimeData()
    mime.setHtml("<p>Hallo</p>")
    assert text_from_mime(mime) == "<p>Hallo</p>"
    mime.setText("Hallo Welt")
    assert text_from_mime(mime) == "Hallo Welt"


def test_prepare_indexes_paragraphs_off_the_ui_thread() -> None:
    loaded = prepare(document_from_text("Ein 😀 Absatz.\n\nZweiter.", source="t"))
    assert loaded.paragraphs.starts == (0, 14, 15)
    assert loaded.utf16.to_qt(6) == 7


def test_open_replace_and_show(make_window, qtbot) -> None:
    window = make_window(show=False)
    documents = window.documents
    assert window.reader.toPlainText() == WELCOME_TEXT and documents.document is None
    events: list[str] = []
    documents.replaced.connect(lambda: events.append("replaced"))
    documents.shown.connect(lambda: events.append("shown"))
    documents.opened.connect(lambda loaded: events.append(f"opened {loaded.document.source}"))
    with qtbot.waitSignal(documents.opened, timeout=10_000):
        documents.open_text(STORY, "story")
    assert events == ["replaced", "shown", "opened story"]
    assert documents.document is not None and window.reader.toPlainText() == STORY
    assert window.windowTitle() == "story — Leselupe"


def test_drops_recent_files_and_failures(make_window, qtbot, tmp_path: Path, message_boxes) -> None:
    window = make_window(show=False)
    documents = window.documents
    path = tmp_path / "artikel.txt"
    path.write_text(STORY, encoding="utf-8")
    mime = QMimeData()
    assert not documents.accepts(mime) and not documents.drop(mime)
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    assert documents.accepts(mime)
    with qtbot.waitSignal(documents.opened, timeout=10_000):
        assert documents.drop(mime)
    menu = QMenu()
    documents.fill_recent_menu(menu)
    names = [a.text() for a in menu.actions()]
    assert names[0] == "artikel.txt" and names[-1] == "Clear List"
    menu.actions()[-1].trigger()
    documents.fill_recent_menu(menu)
    assert [a.text() for a in menu.actions()] == ["No recent files"]
    with qtbot.waitSignal(documents.load_failed, timeout=10_000) as failed:
        documents.open_path(tmp_path / "missing.txt")
    assert "The current article stays open." in failed.args[0]
    assert message_boxes and message_boxes[-1][0] == "Cannot open this document"
    assert window.reader.toPlainText() == STORY


def test_welcome_points_a_first_time_user_to_the_sample_and_the_keys(make_window) -> None:
    """The empty window says where an example is and where the keys are listed, by the
    names and keys the window really has."""
    window = make_window(show=False)
    commands = window.commands
    assert commands.sample.text().replace("&", "") in WELCOME_TEXT
    assert f"({commands.shortcuts.shortcut().toString()})" in WELCOME_TEXT
    assert commands.shortcuts.text().replace("&", "") in WELCOME_TEXT
