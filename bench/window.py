"""The window as the window benchmarks open it: private settings, shown and exposed.

Qt and the app's window are imported only once the environment is set (the settings
file is read when the first ``Settings`` is made).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from app.ui.window import MainWindow


def private_settings() -> None:
    """Settings in a fresh temporary file: the user's layout and theme neither count nor change."""
    os.environ["LESELUPE_SETTINGS_FILE"] = str(Path(tempfile.mkdtemp()) / "settings.ini")


def shown_window() -> tuple[QApplication, MainWindow]:
    """The application and a 1280×820 main window, shown and exposed, with private settings."""
    private_settings()
    from PySide6.QtTest import QTest  # deferred: after the environment is set

    from app.ui.main import make_application
    from app.ui.settings import Settings
    from app.ui.window import MainWindow

    app = make_application()
    window = MainWindow(Settings())
    window.resize(1280, 820)
    window.show()
    QTest.qWaitForWindowExposed(window)
    return app, window
