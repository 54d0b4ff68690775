"""The reading layer stays free of Qt: importing all of it loads no PySide6."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import app.reading


def test_no_qt_in_the_reading_layer() -> None:
    modules = [f"app.reading.{m.name}" for m in pkgutil.iter_modules(app.reading.__path__)]
    assert {"app.reading.cards", "app.reading.textmodel"} <= set(modules)
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6'}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "[]"
