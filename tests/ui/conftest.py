"""Fixtures for the window tests: offscreen Qt, private settings, fake analyses.

Every test here runs with Qt warnings turned into failures (pytest-qt's
``qt_log_level_fail``), except the few messages the offscreen platform
always prints. Settings go to a temporary INI file, never to the user's
configuration. Message boxes are patched so no test can block.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from app.analysis import Analysis
from app.dictionary import WordInfo
from tests.ui.ui_helpers import fake_lookup, story_analysis

QT_NOISE = [
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
    "QFont::setPointSizeF: Point size <= 0",
]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*QT_NOISE))


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings in a temporary file; no real user configuration is touched."""
    path = tmp_path / "settings.ini"
    monkeypatch.setenv("LESELUPE_SETTINGS_FILE", str(path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    # The vocabulary (user data) too: never the user's, one per test.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return path


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Record QMessageBox.warning calls instead of blocking."""
    from PySide6.QtWidgets import QMessageBox

    calls: list[tuple[str, str]] = []

    def fake_warning(parent: object, title: str, text: str, *args: object) -> int:
        calls.append((title, text))
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fake_warning))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *a: None))
    return calls


@pytest.fixture
def app(qapp: object) -> object:
    from app.ui.main import make_application

    return make_application()


@pytest.fixture
def make_window(
    app: object, qtbot: object, message_boxes: list[tuple[str, str]]
) -> Iterator[Callable[..., object]]:
    """Factory for a shown MainWindow with injectable analysis and dictionary."""
    from app.ui.settings import Settings
    from app.ui.window import MainWindow

    windows: list[MainWindow] = []

    def factory(
        analyze: Callable[[str], Analysis] | None = None,
        lookup: Callable[[str, str, str, str, str], WordInfo] | None = fake_lookup,
        real: bool = False,
        show: bool = True,
    ) -> MainWindow:
        kwargs: dict[str, object] = {}
        if not real:
            fn = analyze or (lambda text: story_analysis(text))
            kwargs["analyze_text"] = lambda document, report: fn(document.text)
        if lookup is not None:
            kwargs["lookup_factory"] = lambda report: (lookup, None)
        window = MainWindow(Settings(), **kwargs)  # type: ignore[arg-type]
        window.resize(1200, 800)
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        if show:
            window.show()
            qtbot.waitExposed(window)  # type: ignore[attr-defined]
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.loader.close()
        window.analyser.close()
        window.dictionary_opener.close()
        window.prefetcher.close()
        window.vocab.close()
        window.hover.hide()
