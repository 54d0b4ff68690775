"""Screenshots of the translation pane and the Settings dialog, light and dark.

``LESELUPE_SCREENSHOT=shot.png python -m pytest tests/ui -k translate_screenshot``
saves ``shot-translation-progress.png`` (half translated, a card waiting),
``shot-translation.png``, ``shot-translation-dark.png``, ``shot-settings.png`` and
``shot-settings-dark.png`` next to ``shot.png`` (skipped when unset). The
sample article is translated by the local fake server with hand-made English.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.analysis import analyze
from app.core.paths import sample_article_path
from app.translate import TranslationService
from tests.translate_fake_server import FakeProviders
from tests.ui.translate_support import sample_english, wire
from tests.ui.ui_helpers import grab_with_tip, open_and_wait


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeProviders]:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    server = FakeProviders()
    server.translate_line = sample_english
    yield server
    server.close()


def test_translate_screenshot(make_window, qtbot, fake: FakeProviders) -> None:
    target = os.environ.get("LESELUPE_SCREENSHOT", "").strip()
    if not target:
        pytest.skip("set LESELUPE_SCREENSHOT=path.png to save screenshots")
    base = Path(target)
    base.parent.mkdir(parents=True, exist_ok=True)
    window = make_window(real=True, lookup=None)
    window.resize(1440, 860)
    wire(window, fake)
    # Half the article is in the cache already; the rest waits at the server.
    german = sample_article_path().read_text(encoding="utf-8")
    analysis = analyze(german)
    sentences = [analysis.sentence_text(i) for i in range(len(analysis.sentences))]
    TranslationService(fake.settings("google"), window.translator.cache).translate(sentences[:12])
    fake.gate = threading.Event()
    window.set_online_translation(True)
    open_and_wait(qtbot, window, sample_article_path(), timeout=180_000)
    window.translations.toggle_pane(True)
    qtbot.waitUntil(lambda: window.translator.counts()[0] >= 12, timeout=10_000)
    window.translation_pane.text.flush()
    window.translations.show_progress()
    tokens = window.analysis.tokens
    waiting = next(i for i, t in enumerate(tokens) if t.text == "Sicherheitsrat")
    window.reader.scroll_to_range(tokens[waiting].start, tokens[waiting].end)
    window.words.want_translation(waiting, now=True)
    window.hover.show_for(waiting)
    window.reader.viewport().repaint()
    for theme, suffix in (("light", ""), ("dark", "-dark")):
        window.set_theme_setting(theme)
        window.hover.show_for(waiting)
        path = base.with_name(f"{base.stem}-translation-progress{suffix}.png")
        assert grab_with_tip(window).save(str(path))
    window.set_theme_setting("light")
    window.hover.hide()
    fake.gate.set()
    qtbot.waitUntil(lambda: window.translator.article_state == "done", timeout=20_000)
    window.reader.verticalScrollBar().setValue(0)
    tokens = window.analysis.tokens
    token = next(i for i, t in enumerate(tokens) if t.text == "Spannungen")
    window.pin_word(token)
    window.words.want_translation(token, now=True)
    window.words.refresh()
    for theme, suffix in (("light", ""), ("dark", "-dark")):
        window.set_theme_setting(theme)
        window.translation_pane.text.flush()
        window.translations.pair_sentences(tokens[token].sentence)
        window.hover.show_for(token)
        window.reader.viewport().repaint()
        window.translation_pane.text.viewport().repaint()
        path = base.with_name(f"{base.stem}-translation{suffix}.png")
        assert grab_with_tip(window).save(str(path))
        assert path.stat().st_size > 10_000
    window.hover.hide()
    for theme, suffix in (("light", ""), ("dark", "-dark")):
        window.set_theme_setting(theme)
        dialog = window.view.open_settings()
        qtbot.waitExposed(dialog)
        if theme == "dark":  # show the fields of a self-hosted server as well
            dialog.provider.setCurrentIndex(dialog.provider.findData("libre"))
            dialog.server_url.setText("http://127.0.0.1:5000")
            dialog.adjustSize()
        path = base.with_name(f"{base.stem}-settings{suffix}.png")
        assert dialog.grab().save(str(path))
        dialog.reject()
