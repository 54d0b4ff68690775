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
