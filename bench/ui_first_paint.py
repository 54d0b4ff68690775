"""Time from creating the window to the first paint of the opened article.

Usage: QT_QPA_PLATFORM=offscreen python -m bench.ui_first_paint [--runs 5]

``bench.ui_startup`` counts from the start of the process (imports included); this
counts from ``MainWindow(...)`` to the first paint of the sample article's text, the
moment the reading window's own work is on screen (target: <= 300 ms).
"""

from __future__ import annotations

import argparse
import statistics
import time

from app.core.paths import sample_article_path
from app.ui.main import make_application
from app.ui.settings import Settings
from app.ui.window import MainWindow
from bench.window import private_settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    private_settings()
    app = make_application()
    times: list[float] = []
    for _ in range(args.runs):
        start = time.perf_counter()
        window = MainWindow(Settings())
        window.show()
        window.open_path(sample_article_path())
        while window.first_paint_at is None and time.perf_counter() - start < 30:
            app.processEvents()
        painted = window.first_paint_at or time.perf_counter()
        times.append((painted - start) * 1000)
        window.close()
    shown = ", ".join(f"{t:.0f}" for t in times)
    print(
        f"window created -> article painted: first {times[0]:.0f} ms, median "
        f"{statistics.median(times):.0f} ms (runs: {shown}; target <= 300 ms)"
    )


if __name__ == "__main__":
    main()
