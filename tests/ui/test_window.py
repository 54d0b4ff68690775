"""The window is layout and wiring: what it builds and what closing it stops (app.ui.window)."""

from __future__ import annotations

from app.ui import settings as keys
from app.ui.controllers.analysis import AnalysisController
from app.ui.controllers.document import DocumentController
from app.ui.controllers.people import PeopleController
from app.ui.controllers.translation import TranslationController
from app.ui.controllers.view import ViewController
from app.ui.controllers.word import WordController
from tests.ui.ui_helpers import STORY, open_and_wait


def test_one_controller_per_concern_and_read_only_views(make_window, qtbot) -> None:
    window = make_window()
    assert isinstance(window.documents, DocumentController)
    assert isinstance(window.analyses, AnalysisController)
    assert isinstance(window.words, WordController)
    assert isinstance(window.people, PeopleController)
    assert isinstance(window.translations, TranslationController)
    assert isinstance(window.view, ViewController)
    assert window.hover is window.words.hover
    assert window.loader is window.documents.loader
    assert window.prefetcher is window.analyses.prefetcher
    open_and_wait(qtbot, window, text=STORY)
    assert window.document is window.documents.document
    assert window.analysis is window.analyses.analysis
    assert window.index is window.analyses.index
    assert window.describer is window.analyses.describer
    assert window.model_info is window.analyses.model_info
    assert window.first_paint_at is not None
    qtbot.waitUntil(lambda: window.ready_at is not None, timeout=5000)
    assert window.commands.export.isEnabled()  # the people controller said so


def test_closing_stops_every_worker_and_saves_the_layout(make_window, qtbot) -> None:
    window = make_window()
    window.close()
    dropped: list[str] = []
    for worker in (window.loader, window.analyser, window.dictionary_opener, window.prefetcher):
        worker.submit(lambda report: None, on_drop=lambda w=worker: dropped.append(w.name))
    assert dropped == ["loader", "analysis", "dictionary-open", "dictionary"]
    assert not window.settings.get(keys.GEOMETRY).isEmpty()
