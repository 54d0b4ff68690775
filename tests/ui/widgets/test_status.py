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
