"""The window's translations without a window (app.ui.translator).

The online paths, against the local fake server, are in test_ui_translate.py.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from app.translate import TranslationCache
from app.ui import settings as keys
from app.ui.settings import Settings
from app.ui.translator import Translator


def make(tmp_path: Path) -> tuple[Translator, TranslationCache]:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    cache = TranslationCache(tmp_path / "cache.sqlite")
    return Translator(settings, cache=cache), cache


def test_offline_it_shows_only_what_is_cached(qapp, tmp_path: Path) -> None:
    translator, _cache = make(tmp_path)
    assert not translator.online
    changes: list[tuple[object, object]] = []
    translator.changed.connect(lambda s, w: changes.append((s, w)))
    translator.set_document(["Es regnet.", "Die Sonne scheint."])
    assert translator.sentences == ("Es regnet.", "Die Sonne scheint.")
    assert translator.translation(0) is None  # not in the (empty) cache
    assert 0 in translator.book.miss
    translator.book.done[0] = "It rains."  # as a worker would have delivered it
    assert translator.translation(0) == "It rains."
    assert translator.sentence(0).text == "It rains."
    off = translator.sentence(1)
    assert off.text is None and off.note == "Online translation is off" and off.offer
    assert translator.counts() == (1, 2)
    assert translator.status_text() == "Online translation is off"
    translator.want(1, "Sonne", now=True)  # offline: nothing is asked for
    assert changes == [] and translator.article_state == "idle"
    assert translator.gloss("") is None and translator.gloss("Sonne") is None
    assert translator.language == "English" and translator.provider_label == "Google Translate"
    translator.close()


def test_switching_on_is_remembered_and_announced(qapp, tmp_path: Path, qtbot) -> None:
    translator, _cache = make(tmp_path)
    translator.prefetch_enabled = False
    with qtbot.waitSignal(translator.online_changed, timeout=1000) as switched:
        translator.set_online(True)
    assert switched.args == [True] and translator.settings.get(keys.ONLINE) is True
    assert translator.is_pending(0) is False  # no document
    translator.set_online(False)
    assert not translator.online
    translator.close()
