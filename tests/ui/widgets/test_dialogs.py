"""Message boxes of the window (app.ui.widgets.dialogs)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from app.ui.widgets.dialogs import Dialogs, plain_for_qt


def test_markup_in_messages_is_shown_as_text() -> None:
    assert plain_for_qt("plain name.txt") == "plain name.txt"
    escaped = plain_for_qt('<img src="x">.txt')
    assert "<img" not in escaped and "&lt;img" in escaped


def test_errors_questions_and_quiet(app, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs = Dialogs(parent)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda p, t, m, *a: shown.append((t, m)))
    )
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.No)
    )
    dialogs.error("Cannot open", "<b>x</b>.txt is empty")
    assert shown == [("Cannot open", plain_for_qt("<b>x</b>.txt is empty"))]
    dialogs.quiet = True
    dialogs.error("Again", "nothing shown")
    assert len(shown) == 1
    assert dialogs.ask("Switch on?", "Really?") is False
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes)
    )
    assert dialogs.ask("Switch on?", "Really?") is True


def test_about_box_is_wide_and_does_not_block(app, qtbot) -> None:
    from app.ui.widgets.dialogs import ABOUT_WIDTH

    parent = QWidget()
    qtbot.addWidget(parent)
    box = Dialogs(parent).about("About", "<p><b>Leselupe</b> 0.1.0</p>")
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.width() >= ABOUT_WIDTH and "0.1.0" in box.text()
    box.close()


def test_the_address_box_is_wide_enough_for_an_address(app, qtbot) -> None:
    """Open URL's box was Qt's default ~200 px: a pasted address showed only its tail."""
    from app.ui.widgets.dialogs import TEXT_DIALOG_WIDTH

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = Dialogs(parent).text_dialog("Open Web Page", "Address (https://…):", "https://x.org")
    qtbot.addWidget(dialog)
    assert dialog.width() >= TEXT_DIALOG_WIDTH
    assert dialog.windowTitle() == "Open Web Page" and dialog.textValue() == "https://x.org"


def test_ask_text_answers_and_cancels(app, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QDialog, QInputDialog

    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs = Dialogs(parent)
    answers = iter([QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected])
    monkeypatch.setattr(QInputDialog, "exec", lambda self: next(answers))
    assert dialogs.ask_text("T", "L", "www.zeit.de") == "www.zeit.de"
    assert dialogs.ask_text("T", "L", "www.zeit.de") is None
