"""How soon a fetched web page is on screen after its last byte arrived.

Usage: QT_QPA_PLATFORM=offscreen python bench/url_open.py [--rounds 3] [--json]

Serves the saved pages of tests/fixtures/web from a local HTTP server (no
internet), opens each in the window (File ▸ Open URL's path, online access
assumed on) and prints, per page, the seconds from the response's last byte to
the plain text on screen (extraction, paragraph index, showing it) and to the
analysis on screen. The first page of a run pays for nothing extra after its
response: the extractor is imported before its request is sent. Target: shown <= 1 s after the
response ends. Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="JSON object as the last line")
    args = parser.parse_args()
    os.environ["LESELUPE_SETTINGS_FILE"] = str(Path(tempfile.mkdtemp()) / "settings.ini")

    from PySide6.QtCore import QEventLoop, QTimer

    from app.ui.main import make_application
    from app.ui.settings import Settings
    from app.ui.window import MainWindow
    from tests.web_server import WEB_FIXTURES, web_server

    app = make_application()
    window = MainWindow(Settings())
    window.urls._is_online = lambda: True  # online access on (translation stays off)
    window.dialogs.quiet = True
    window.resize(1280, 820)
    window.show()
    app.processEvents()
    pages = sorted(p.name for p in WEB_FIXTURES.glob("*.html"))
    shown: list[tuple[str, float, float]] = []

    def wait_for(signal: object, timeout_s: float = 60.0) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(int(timeout_s * 1000), loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)  # type: ignore[attr-defined]

    delays: list[float] = []
    window.urls.page_shown.connect(delays.append)
    with web_server() as web:
        for round_no in range(args.rounds):
            for name in pages:
                before = len(delays)
                window.open_url(web.url(f"/page/{name}"))
                wait_for(window.document_shown)
                if len(delays) == before:
                    print(f"{name}: not shown (fetch failed?)")
                    continue
                shown_at = time.perf_counter()
                delay = delays[-1]
                wait_for(window.analysis_shown)
                ready = delay + time.perf_counter() - shown_at
                shown.append((name, delay, ready))
                if round_no == 0:
                    ms = f"shown {delay * 1000:6.0f} ms  analysed {ready * 1000:6.0f} ms"
                    print(f"{name:22s} {ms}")
    window.close()
    values = [d for _, d, _ in shown]
    ready_values = [r for _, _, r in shown]
    summary = {
        "pages": len(values),
        "first_shown_ms": round(values[0] * 1000),
        "median_shown_ms": round(statistics.median(values) * 1000),
        "max_shown_ms": round(max(values) * 1000),
        "median_analysed_ms": round(statistics.median(ready_values) * 1000),
        "max_analysed_ms": round(max(ready_values) * 1000),
        "target_ms": 1000,
    }
    print(
        f"shown after the response ends: median {summary['median_shown_ms']} ms, "
        f"max {summary['max_shown_ms']} ms (first page {summary['first_shown_ms']} ms; "
        f"target <= 1000 ms); analysis on screen: median {summary['median_analysed_ms']} ms"
    )
    if args.json:
        print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
