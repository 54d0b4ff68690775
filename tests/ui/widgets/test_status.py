"""The status bar line (app.ui.widgets.status)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from app.ui.widgets.status import StatusLine
from tests.reading.helpers import TEST_MODEL


def test_busy_idle_messages_and_model(app, qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    status = StatusLine(window)
    window.show()
    status.busy("Reading the article…")
    assert status.label.text() == "Reading the article…" and status.progress.isVisible()
    status.idle()
    assert not status.progress.isVisible()
    status.set_text("5 words · 1 person · 2 names")
    status.message("Exported 1 people", 5000)
    assert not status.label.isVisible()  # the message covers the line
    status.bar.clearMessage()
    assert status.label.isVisible()
    status.show_model(TEST_MODEL)
    assert status.model_label.text() == "Model: de_test 1.0"
    assert "de_test 1.0 (test)" in status.model_label.toolTip()


def test_progress_with_a_known_share_then_busy_again(app, qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    status = StatusLine(window)
    window.show()
    status.progress_to(0.374, "Analysing the article… 37% · about 20 s left")
    bar = status.progress
    assert bar.isVisible() and bar.maximum() == 1000 and bar.value() == 374
    assert bar.toolTip() == "37% analysed"
    assert "37%" in status.label.text()
    status.progress_to(1.5, "done")
    assert bar.value() == 1000
    status.busy("Reading the article…")
    assert bar.maximum() == 0 and bar.toolTip() == ""  # to and fro again
