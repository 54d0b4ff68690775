"""Event-loop stalls of the window while a long article is loaded and analysed.

Usage: QT_QPA_PLATFORM=offscreen python -m bench.ui_stall [--mb 1.0] [--cold] [--json]

Opens a text of the given size (copies of the sample article) in the window,
ticks a 10 ms QTimer on the UI thread and prints the longest gaps between
ticks with the phase they fell in. --cold skips warming the spaCy pipeline, so
the model load is measured too. Prints numbers; asserts nothing. ``--json``
adds one JSON object as the last line.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=1.0)
    parser.add_argument("--cold", action="store_true")
    parser.add_argument("--json", action="store_true", help="JSON object as the last line")
    args = parser.parse_args()
    os.environ["LESELUPE_SETTINGS_FILE"] = str(Path(tempfile.mkdtemp()) / "settings.ini")

    from PySide6.QtCore import QEventLoop, QTimer

    from app.core.paths import sample_article_path
    from app.ui.main import make_application
    from app.ui.settings import Settings
    from app.ui.window import MainWindow

    app = make_application()
    if not args.cold:
        from app.analysis import analyze

        analyze(sample_article_path().read_text(encoding="utf-8"))
    sample = sample_article_path().read_text(encoding="utf-8")
    copies = int(args.mb * 1_000_000) // len(sample.encode("utf-8")) + 1
    text = "\n\n".join([sample] * copies)
    window = MainWindow(Settings())
    window.resize(1280, 820)
    window.show()
    app.processEvents()

    phase = ["opening"]
    events: list[tuple[float, str]] = []
    gaps: list[tuple[float, float, str]] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0], now, phase[0]))
        last[0] = now

    def mark(name: str) -> None:
        phase[0] = name
        events.append((time.perf_counter(), name))

    window.document_shown.connect(lambda: mark("text shown, analysing"))
    window.analysis_shown.connect(lambda: mark("analysis shown"))
    window.ready.connect(lambda: mark("ready"))
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    window.ready.connect(loop.quit)
    start = time.perf_counter()
    events.append((start, "open requested"))
    timer.start()
    window.open_text(text, "long article")
    loop.exec()
    bar = window.reader.verticalScrollBar()
    mark("scrolling")
    for fraction in (0.25, 0.5, 0.75, 1.0):
        bar.setValue(int(bar.maximum() * fraction))
        app.processEvents()
    timer.stop()
    print(
        f"text: {len(text):,} characters ({len(text.encode('utf-8')) / 1e6:.2f} MB), "
        f"{len(window.analysis.tokens):,} tokens, {len(window.analysis.entities):,} entities"
    )
    for at, name in events:
        print(f"  {(at - start) * 1000:8.0f} ms  {name}")
    worst = sorted(gaps, reverse=True)[:8]
    print(f"ticks: {len(gaps)}, max gap {worst[0][0] * 1000:.0f} ms")
    for gap, at, name in worst:
        print(f"  gap {gap * 1000:6.0f} ms ending at {(at - start) * 1000:8.0f} ms  ({name})")
    window.close()
    if args.json:
        import json

        result = {
            "chars": len(text),
            "mb": round(len(text.encode("utf-8")) / 1e6, 3),
            "cold": args.cold,
            "tokens": len(window.analysis.tokens),
            "ticks": len(gaps),
            "max_gap_ms": round(worst[0][0] * 1000, 1),
            "max_gap_phase": worst[0][2],
            "events_ms": {name: round((at - start) * 1000) for at, name in events},
        }
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
