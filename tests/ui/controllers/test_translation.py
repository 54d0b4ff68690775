"""The online switch and the translation column (app.ui.controllers.translation)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app.ui import settings as keys
from tests.ui.ui_helpers import STORY, open_and_wait


def answer(monkeypatch: pytest.MonkeyPatch, yes: bool) -> None:
    button = QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: button))


def test_declining_keeps_everything_offline(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    open_and_wait(qtbot, window, text=STORY)
    translations = window.translations
    answer(monkeypatch, yes=False)
    assert "no network connection" in window.commands.online.toolTip()
    assert translations.show_pane() is False
    assert not translations.pane_shown() and not window.commands.translate_article.isChecked()
    assert window.statusBar().currentMessage() == "Online translation is off; nothing was sent."
    assert translations.ensure_online("Translating this sentence") is False


def test_switching_on_opens_the_column_and_pairs_sentences(make_window, qtbot, monkeypatch):
    window = make_window()
    open_and_wait(qtbot, window, text=STORY)
    translations = window.translations
    window.translator.prefetch_enabled = False
    window.translator.setting_overrides = {"timeout_s": 0.2, "endpoint": "http://127.0.0.1:9/"}
    answer(monkeypatch, yes=True)
    refreshed: list[bool] = []
    translations.refresh_words.connect(lambda: refreshed.append(True))
    translations.toggle_pane()
    assert translations.pane_shown() and window.settings.get(keys.ONLINE) is True
    assert refreshed == [True] and "sentences are sent to" in window.commands.online.toolTip()
    assert translations.german_header.isVisible() and window.reader.track_sentences
    translations.pair_sentences(2)
    assert window.reader.sentence_highlight is not None
    assert translations.pane.text.highlighted == 2
    translations.toggle_pane()
    assert not translations.pane_shown() and window.reader.sentence_highlight is None
    sizes = window.settings.get(keys.PANE_SIZES)
    assert len(sizes) == 2 and min(sizes) > 0
    translations.set_online(False)
    assert window.settings.get(keys.ONLINE) is False
