"""The window's dock layout across versions, and the name-colour switches it offers."""

from __future__ import annotations

from typing import Any

from app.nlp import PipelineInfo
from app.ui import settings as keys
from app.ui.settings import Settings
from app.ui.window import LAYOUT_VERSION


def _info(labels: tuple[str, ...]) -> PipelineInfo:
    return PipelineInfo("de_test", "1.0", ("ner",), labels, "argument", None)


def test_other_names_switch_only_for_a_pipeline_that_finds_them(
    qtbot: Any, make_window: Any
) -> None:
    window = make_window()
    misc = window.commands.legend["MISC"]
    assert not misc.isVisible()  # nothing loaded yet: no switch that never does anything
    window.analyses.model_loaded.emit(_info(("LOC", "ORG", "PER")))
    assert not misc.isVisible()
    assert window.commands.legend["ORG"].isVisible()
    window.analyses.model_loaded.emit(_info(("LOC", "MISC", "ORG", "PER")))
    assert misc.isVisible()


def test_a_layout_saved_before_the_current_docks_is_not_restored(
    qtbot: Any, make_window: Any
) -> None:
    first = make_window()
    first.quotes_dock.setFloating(True)  # a layout the reader made
    Settings().set(keys.WINDOW_STATE, first.saveState(LAYOUT_VERSION - 1))  # an older one
    again = make_window()
    assert not again.quotes_dock.isFloating()  # the default layout instead


def test_the_current_layout_survives_a_restart(qtbot: Any, make_window: Any) -> None:
    first = make_window()
    first.quotes_dock.setFloating(True)
    first.close()  # saves the layout with the current version
    again = make_window()
    assert again.quotes_dock.isFloating()


def test_pinning_a_word_keeps_the_docks_width(qtbot: Any, make_window: Any) -> None:
    """The Word panel's status buttons appear with the first pinned word; the right docks
    were made for them and keep their width (newuser32 saw them widen under Xvfb)."""
    from tests.ui.vocab_support import analyse

    window = make_window(analyze=analyse)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.vocab.marks_shown, timeout=20_000):
        window.open_text("Die Bundesverfassungsgerichtspräsidentenwahl ist alt.\n", "test")
    before = (window.people_dock.width(), window.word_dock.width())
    assert window.word_panel.widest_minimum() <= window.word_dock.width()
    tokens = window.analysis.tokens
    window.pin_word(next(i for i, t in enumerate(tokens) if len(t.text) > 20))
    qtbot.waitUntil(lambda: window.word_panel.marks.isVisible(), timeout=3000)
    for _ in range(3):
        qtbot.wait(50)
    assert (window.people_dock.width(), window.word_dock.width()) == before
