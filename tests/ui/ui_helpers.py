"""Helpers for the window tests; the hand-made analyses live in :mod:`tests.reading.helpers`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPainter, QPixmap

from tests.reading.helpers import (
    GLOSSES,
    STORY,
    TEST_MODEL,
    fake_lookup,
    make_analysis,
    quoted_story_analysis,
    story_analysis,
)

__all__ = [
    "GLOSSES",
    "STORY",
    "TEST_MODEL",
    "fake_lookup",
    "grab_with_tip",
    "make_analysis",
    "open_and_wait",
    "quoted_story_analysis",
    "story_analysis",
]


def open_and_wait(
    qtbot: object,
    window: object,
    path: Path | str | None = None,
    text: str | None = None,
    timeout: int = 60_000,
) -> None:
    """Open a file (or text) and wait until the analysis is shown."""
    with qtbot.waitSignal(window.analysis_shown, timeout=timeout):  # type: ignore[attr-defined]
        if text is not None:
            window.open_text(text, "test")  # type: ignore[attr-defined]
        else:
            window.open_path(path)  # type: ignore[attr-defined]


def grab_with_tip(window) -> QPixmap:
    """The window as a reader sees it, including the hover card (a separate popup)."""
    image = window.grab()
    tip = window.hover.tip
    if tip.isVisible():
        painter = QPainter(image)
        painter.drawPixmap(window.mapFromGlobal(tip.pos()), tip.grab())
        painter.end()
    return image
