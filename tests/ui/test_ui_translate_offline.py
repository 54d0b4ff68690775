"""Offline mode: the whole app in use with online translation off opens no connection at all.

Socket connections are blocked in the test process (any attempt is recorded and
refused); the sample article is opened with the real pipeline, words are hovered
and pinned, the people are opened, Ctrl+T and "Translate this sentence" are
declined, the Settings dialog is opened. A second test runs the same in a fresh
process and checks that the translation's network code (deep-translator and
the transport) is not even imported.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMessageBox

from app.core.paths import sample_article_path
from app.reading.card_html import TRANSLATE_LINK
from tests.helpers import block_sockets
from tests.ui.ui_helpers import open_and_wait

REPO = Path(__file__).resolve().parents[2]


def test_whole_app_offline_opens_no_connection(
    make_window, qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    attempts = block_sockets(monkeypatch)
    # The blocker catches a real attempt (so a silent pass would be noticed).
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", 9))
    assert len(attempts) == 1
    attempts.clear()
    questions: list[str] = []

    def decline(parent: object, title: str, text: str, *args: object) -> Any:
        questions.append(title)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(decline))

    window = make_window(real=True, lookup=None)
    assert not window.translator.online and not window.commands.online.isChecked()
    open_and_wait(qtbot, window, sample_article_path(), timeout=180_000)
    reader = window.reader
    tokens = window.analysis.tokens
    # Hover words in several sentences; each card comes up from the dictionary alone.
    words = reader.words_in_view()[::7][:8]
    assert len(words) >= 5
    for token in words:
        qtbot.mouseMove(reader.viewport(), reader.token_rect(token).center())
        qtbot.waitUntil(lambda t=token: window.hover.tip.token == t, timeout=3000)
        assert "translating" not in window.hover.tip.text()
        assert "looking it up online" not in window.hover.tip.text()
    # Pin words by clicking, and walk with the keyboard.
    for token in words[:3]:
        qtbot.mouseClick(
            reader.viewport(), Qt.MouseButton.LeftButton, pos=reader.token_rect(token).center()
        )
        qtbot.waitUntil(lambda t=token: window.word_panel.token == t, timeout=3000)
        assert "Online translation is off" in window.word_panel.text()
    reader.setFocus()
    for _ in range(12):
        qtbot.keyClick(reader, Qt.Key.Key_Right)
    # "Translate this sentence" in the Word panel: asked, declined.
    window.word_panel.browser.anchorClicked.emit(QUrl(TRANSLATE_LINK))
    assert questions == ["Switch on online translation?"]
    # Open the people, step through the mentions.
    panel = window.people_panel
    for row in range(panel.list.count()):
        rect = panel.list.visualItemRect(panel.list.item(row))
        if rect.isValid():
            qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            window.commands.next_mention.trigger()
    assert window.reader.mentions
    # Ctrl+T: asked, declined; no pane.
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert questions == ["Switch on online translation?"] * 2
    assert not window.translation_pane.isVisible()
    # Settings, opened and accepted unchanged; the theme switched.
    dialog = window.view.open_settings()
    qtbot.waitExposed(dialog)
    assert dialog.cache_label.text()
    dialog.accept()
    window.set_theme_setting("dark")
    assert not window.translator.online
    assert window.translator.service.stats().requests == 0
    assert window.translator.fetched == 0
    assert attempts == []
    assert any(t.text == "Putin" for t in tokens)


FRESH_PROCESS = textwrap.dedent(
    """
    import json, os, socket, sys
    attempts = []
    def refuse(*args, **kwargs):
        attempts.append(1)
        raise OSError("blocked")
    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    from PySide6.QtCore import QEventLoop, QTimer, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox
    from app.core.paths import sample_article_path
    from app.ui.main import make_application
    from app.ui.settings import Settings
    from app.ui.window import MainWindow
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    app = make_application()
    window = MainWindow(Settings())
    window.show()
    loop = QEventLoop()
    window.analysis_shown.connect(loop.quit)
    window.open_path(sample_article_path())
    QTimer.singleShot(170_000, loop.quit)
    loop.exec()
    reader = window.reader
    for token in reader.words_in_view()[::5][:10]:
        QTest.mouseMove(reader.viewport(), reader.token_rect(token).center())
        window.tooltip_content(token)
        window.pin_word(token)
    window.commands.translate_article.trigger()
    window.highlight_person(0)
    app.processEvents()
    print(json.dumps({
        "analysed": window.analysis is not None,
        "attempts": len(attempts),
        "pane": window.translation_pane.isVisible(),
        # spaCy itself imports requests; the translation's network code must stay unloaded.
        "loaded": sorted(m for m in ("deep_translator", "app.translate.providers",
                                     "app.translate.transport") if m in sys.modules),
    }))
    window.close()
    """
)


def test_offline_app_never_loads_the_network_stack(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "QT_QPA_PLATFORM": "offscreen",
        "LESELUPE_SETTINGS_FILE": str(tmp_path / "settings.ini"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    result = subprocess.run(
        [sys.executable, "-c", FRESH_PROCESS],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"analysed": True, "attempts": 0, "pane": False, "loaded": []}
