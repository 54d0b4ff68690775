"""Entry point of the window: ``leselupe [FILE|URL]``, ``--quit-when-ready`` and ``--screenshot``.

:func:`run` creates the QApplication, registers the bundled fonts, opens the
window on FILE, or the web page at URL (fetched only with online access on), or the
bundled sample article, and runs the event loop. With
``quit_when_ready`` it exits once the analysis is on screen and prints one JSON
line with the timings, measured from the start of the process. With
``screenshot`` it scrolls the article to a fraction of its length once the
analysis is on screen, saves the window as a PNG and exits. Called by
:mod:`app.cli`; nothing else here.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

# The analysis stack (its lemmatiser compiles hundreds of regular expressions on import) is
# imported first, at a fixed and shallow import depth, not deep inside the widget
# modules that need it: CPython 3.11 runs that compilation 3-7 times slower when it falls
# on a boundary of the interpreter's frame-stack chunks, which a few more nested imports
# were enough to reach (first paint 0.5 s later in bench/ui_startup.py).
import app.analysis  # noqa: F401
from app import __version__
from app.core.paths import APP_AUTHOR, APP_NAME, sample_article_path
from app.desktop import APP_ID, app_icon_path
from app.doctor import platform_problem
from app.document import Document, load_document
from app.document.fetch import is_web_url
from app.ui import settings as keys
from app.ui import theme as themes
from app.ui.settings import Settings
from app.ui.translation_cache import close_app_cache
from app.ui.window import MainWindow

_RUN_STARTED = time.perf_counter()


def process_age_ms() -> float:
    """Milliseconds since this process started (Linux: from /proc; else since import)."""
    try:
        with open("/proc/self/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 of stat, counted after the command name
        ticks = os.sysconf("SC_CLK_TCK")
        boot_clock = getattr(time, "CLOCK_BOOTTIME", time.CLOCK_MONOTONIC)
        return max(0.0, (time.clock_gettime(boot_clock) - start_ticks / ticks) * 1000)
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.perf_counter() - _RUN_STARTED) * 1000


#: Harmless notices of Qt's offscreen and minimal platforms, not shown on stderr.
_PLATFORM_NOISE = ("This plugin does not support",)


def _message_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
        return
    if message.startswith(_PLATFORM_NOISE):
        return
    print(message, file=sys.stderr, flush=True)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Leselupe's names, style and fonts (reused if it exists)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QCoreApplication.setOrganizationName(APP_AUTHOR)
        QCoreApplication.setApplicationName(APP_NAME)
        QCoreApplication.setApplicationVersion(__version__)
        QApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        qInstallMessageHandler(_message_handler)
        QGuiApplication.setDesktopFileName(APP_ID)  # Wayland: match the launcher's entry
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setStyle("Fusion")
    # Background threads (file loading, the analysis) hand the interpreter back to
    # the UI thread within 2 ms instead of Python's default 5 ms.
    sys.setswitchinterval(min(sys.getswitchinterval(), 0.002))
    themes.load_fonts()
    app.setFont(themes.ui_font())
    app.setWindowIcon(QIcon(str(app_icon_path())))  # the launcher's icon (app.desktop)
    return app


class ScreenshotError(ValueError):
    """``--screenshot`` was given an output or a scroll fraction it cannot use."""


def check_screenshot_args(out: str, scroll: float) -> Path:
    """The PNG to write, or :class:`ScreenshotError` saying what is wrong."""
    if not 0.0 <= scroll <= 1.0:  # also rejects NaN
        raise ScreenshotError(f"--scroll must be between 0 and 1, not {scroll:g}")
    path = Path(out)
    if path.suffix.lower() != ".png":
        raise ScreenshotError(f"the screenshot is saved as PNG: {out!r} does not end in .png")
    if not path.parent.is_dir():
        raise ScreenshotError(f"no such directory for the screenshot: {str(path.parent)!r}")
    if path.is_dir():
        raise ScreenshotError(f"{out!r} is a directory")
    return path


def scroll_reader_to(window: MainWindow, fraction: float) -> None:
    """Scroll the article so that ``fraction`` (0-1) of its length is above the view."""
    bar = window.reader.verticalScrollBar()
    bar.setValue(round(fraction * bar.maximum()))


@dataclass(frozen=True)
class _Start:
    """What the window opens, checked before any window is made."""

    unattended: bool  # --quit-when-ready or --screenshot: errors are printed, not shown
    shot: Path | None  # where the screenshot goes
    url: str | None  # a web address to open
    document: Document | None  # the file, read already when unattended


def _prepare(
    file: str | None, quit_when_ready: bool, screenshot: str | None, scroll: float
) -> _Start | int:
    """The checks that fail like the other commands (one line on stderr, exit 2)
    before any window; an int is the exit code."""
    document = None
    shot: Path | None = None
    if screenshot is not None:
        try:
            shot = check_screenshot_args(screenshot, scroll)
        except ScreenshotError as exc:
            print(f"leselupe: error: {exc}", file=sys.stderr, flush=True)
            return 2
    unattended = quit_when_ready or shot is not None
    url = file if file and is_web_url(file) else None
    if unattended and url and not Settings().get(keys.ONLINE):
        print(f"leselupe: error: {url}: online access is off; nothing was sent", file=sys.stderr)
        return 2
    if unattended and file and not url:
        # Fail like the other commands (one line on stderr, exit 2) before any window.
        document = load_document(file)
    return _Start(unattended, shot, url, document)


def _screenshot_when_ready(
    window: MainWindow,
    app: QApplication,
    target: Path,
    scroll: float,
    failed: Callable[[str], None],
) -> None:
    """Save the window as a PNG once the analysis is shown (scrolled first), then quit."""

    def save() -> None:
        if not window.grab().save(str(target), "PNG"):
            failed(f"could not write the screenshot {str(target)!r}")
            return
        window.close()
        app.quit()

    def scroll_and_save() -> None:
        scroll_reader_to(window, scroll)
        # Let the view lay out and paint the new place (and its colours) first.
        QTimer.singleShot(200, save)

    window.ready.connect(lambda: QTimer.singleShot(0, scroll_and_save))


def _timings_when_ready(
    window: MainWindow, app: QApplication, ms: Callable[[float | None], int]
) -> None:
    """Print the start-up timings as JSON once the analysis is shown, then quit."""

    def finish() -> None:
        analysis = window.analysis
        people = sum(1 for p in analysis.people if not p.credit) if analysis else 0
        entities = len(analysis.entities) if analysis else 0
        line = {
            "first_paint_ms": ms(window.first_paint_at),
            "ready_ms": ms(window.ready_at),
            "people": people,
            "entities": entities,
        }
        print(json.dumps(line), flush=True)
        window.close()
        app.quit()

    window.ready.connect(lambda: QTimer.singleShot(0, finish))


def run(
    file: str | None,
    quit_when_ready: bool = False,
    screenshot: str | None = None,
    scroll: float = 0.0,
) -> int:
    """Open the reading window on ``file`` (default: the sample article)."""
    perf_origin = time.perf_counter()
    age_at_origin = process_age_ms()
    start = _prepare(file, quit_when_ready, screenshot, scroll)
    if isinstance(start, int):
        return start
    if QApplication.instance() is None and (problem := platform_problem()):
        print(problem, file=sys.stderr, flush=True)  # instead of Qt's abort and core dump
        return 1
    app = make_application()
    window = MainWindow(Settings())
    result = {"code": 0}

    def ms(at: float | None) -> int:
        return round(age_at_origin + ((at or time.perf_counter()) - perf_origin) * 1000)

    def failed(message: str) -> None:
        print(f"leselupe: error: {message.splitlines()[0]}", file=sys.stderr, flush=True)
        result["code"] = 2
        window.close()
        app.quit()

    if start.unattended:
        window.load_failed.connect(failed)
        window.analysis_failed.connect(failed)
        window.dialogs.quiet = True  # the error is printed instead
    if start.shot is not None:
        _screenshot_when_ready(window, app, start.shot, scroll, failed)
    elif quit_when_ready:
        _timings_when_ready(window, app, ms)
    window.show()
    if start.document is not None:
        window.open_document(start.document)
    elif start.url is not None:
        window.open_url(start.url)  # asks before going online when online access is off
    else:
        window.open_path(file or sample_article_path())
    app.exec()
    window.analyses.wait_stopped()
    close_app_cache()
    return result["code"]
