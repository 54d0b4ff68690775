"""Online translation in the window, against the local fake providers (no internet needed).

Usage: QT_QPA_PLATFORM=offscreen python -m bench.ui_translate [--words 12] [--kb 300]

With the real pipeline on the sample article and the providers answered by
``tests/translate_fake_server.py`` on 127.0.0.1 (deep-translator's real request
and parsing code runs; the network is loopback, so this measures our overhead,
not a provider's latency):

* hover: mouse comes to rest on a word → its sentence's translation is in the
  card (prefetch off, empty cache): rest delay + debounce + one request;
* sample: online translation switched on, the article opened → every sentence
  translated: time, HTTP requests, characters sent, sentences per request;
* cache: the same sample opened again → requests (should be 0) and time;
* long: ``--kb`` kilobytes of copies of the sample opened with online translation
  on (prefetch of every distinct sentence) and the translation pane open: the
  longest event-loop stall while the results stream in, and the time to show the
  pane once everything is cached.

Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]

SERVER = """
import sys
from tests.translate_fake_server import FakeProviders
from tests.ui.translate_support import sample_english
fake = FakeProviders()
fake.translate_line = sample_english
print(fake.base, flush=True)
sys.stdin.read()
fake.close()
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=12, help="words to hover")
    parser.add_argument("--kb", type=int, default=300, help="size of the long article")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="leselupe-bench-"))
    os.environ["LESELUPE_SETTINGS_FILE"] = str(home / "settings.ini")
    os.environ["XDG_CACHE_HOME"] = str(home / "cache")
    os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtTest import QTest

    from app.core.paths import sample_article_path
    from app.nlp import load_pipeline_with_info
    from app.ui.main import make_application
    from app.ui.settings import Settings
    from app.ui.window import MainWindow
    from tests.translate_fake_server import ENDPOINTS

    app = make_application()
    load_pipeline_with_info()
    # The fake providers run in a child process, as a real service would be elsewhere:
    # their threads do not compete with the window for this interpreter.
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER],
        cwd=str(ROOT),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert server.stdout is not None and server.stdin is not None
    base = server.stdout.readline().strip()

    def wait_until(condition, timeout_s: float = 120.0) -> bool:  # type: ignore[no-untyped-def]
        deadline = time.perf_counter() + timeout_s
        while not condition():
            if time.perf_counter() > deadline:
                return False
            loop = QEventLoop()
            QTimer.singleShot(2, loop.quit)
            loop.exec()
        return True

    def new_window(online: bool, prefetch: bool) -> MainWindow:
        window = MainWindow(Settings())
        window.resize(1280, 820)
        window.translator.prefetch_enabled = prefetch
        window.translator.endpoints = {name: base + path for name, path in ENDPOINTS.items()}
        window.translator.apply_settings()
        window.set_online_translation(online)
        window.show()
        return window

    def open_and_wait(window: MainWindow, path: Path | None = None, text: str = "") -> float:
        """Open, wait for the analysis; returns when it was shown (perf_counter)."""
        done = {"ok": False, "at": 0.0}
        window.analysis_shown.connect(lambda: done.update(ok=True, at=time.perf_counter()))
        if path is not None:
            window.open_path(path)
        else:
            window.open_text(text, "long")
        wait_until(lambda: done["ok"], 600)
        return float(done["at"])

    # --------------------------------------------------------------- hover
    window = new_window(online=True, prefetch=False)
    open_and_wait(window, sample_article_path())
    words = window.reader.words_in_view()
    seen: set[int] = set()
    picks = []
    for token in words:
        sentence = window.analysis.tokens[token].sentence
        if sentence not in seen:
            seen.add(sentence)
            picks.append(token)
    times = []
    for token in picks[: args.words]:
        sentence = window.analysis.tokens[token].sentence
        started = time.perf_counter()
        QTest.mouseMove(window.reader.viewport(), window.reader.token_rect(token).center())
        wait_until(
            lambda s=sentence, t=token: (
                window.hover.tip.isVisible()
                and window.hover.tip.token == t
                and window.translator.translation(s) is not None
                and "translating" not in window.hover.tip.text()
            ),
            10,
        )
        times.append((time.perf_counter() - started) * 1000)
        QTest.mouseMove(window.reader.viewport(), window.reader.rect().bottomRight())
        wait_until(lambda: not window.hover.tip.isVisible(), 5)
    print(
        f"hover → translation in the card (n={len(times)}): median {statistics.median(times):.0f} "
        f"ms, min {min(times):.0f}, max {max(times):.0f} (card rest delay 220 ms, "
        f"debounce 120 ms)"
    )
    window.close()

    # ------------------------------------------------------------- sample
    os.environ["XDG_CACHE_HOME"] = str(home / "cache2")
    window = new_window(online=True, prefetch=True)
    started = time.perf_counter()
    analysed = open_and_wait(window, sample_article_path())
    wait_until(lambda: window.translator.article_state == "done")
    finished = time.perf_counter()
    stats = window.translator.service.stats()
    chars = sum(len(s) for s in window.translator.sentences)
    done, total = window.translator.counts()
    print(
        f"sample article: {total} sentences ({chars} characters), {done} translated; "
        f"{stats.requests} HTTP requests, {stats.sentences_sent} sentences sent "
        f"({stats.sentences_sent / max(1, stats.requests):.1f} per request); translated "
        f"{1000 * (finished - analysed):.0f} ms after the analysis was shown "
        f"({1000 * (finished - started):.0f} ms after opening)"
    )
    window.close()

    window = new_window(online=True, prefetch=True)
    analysed = open_and_wait(window, sample_article_path())
    wait_until(lambda: window.translator.article_state == "done")
    print(
        f"sample again (cache): {window.translator.service.stats().requests} HTTP requests, "
        "all translated "
        f"{1000 * (time.perf_counter() - analysed):.1f} ms after the analysis was shown"
    )
    window.close()

    # --------------------------------------------------------------- long
    sample = sample_article_path().read_text(encoding="utf-8")
    copies = max(1, args.kb * 1024 // len(sample.encode("utf-8")))
    # Number each copy's paragraphs, so the sentences differ and are all sent.
    parts = []
    for n in range(copies):
        parts.append("\n\n".join(f"{p} ({n})" for p in sample.split("\n\n") if p.strip()))
    text = "\n\n".join(parts)
    os.environ["XDG_CACHE_HOME"] = str(home / "cache3")
    window = new_window(online=True, prefetch=True)
    open_and_wait(window, text=text)
    window.show_translation_pane()
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    last[0] = time.perf_counter()
    timer.start()
    started = time.perf_counter()
    wait_until(lambda: window.translator.article_state == "done", 600)
    took = time.perf_counter() - started
    wait_until(lambda: not window.translation_pane.text._dirty, 60)
    rendered = time.perf_counter() - started
    timer.stop()
    done, total = window.translator.counts()
    print(
        f"long article {len(text.encode('utf-8')) // 1024} KB, {total} sentences "
        f"({done} translated): {window.translator.service.stats().requests} requests, "
        f"translated in {took:.1f} s with the pane open (pane fully rendered after "
        f"{rendered:.1f} s, the visible part at once); "
        f"longest event-loop stall {1000 * max(gaps):.0f} ms"
    )
    window.hide_translation_pane()
    started = time.perf_counter()
    window.show_translation_pane()
    window.translation_pane.text.flush()
    print(f"  show the pane again (all cached): {1000 * (time.perf_counter() - started):.0f} ms")
    window.close()
    server.stdin.close()
    server.wait(timeout=10)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
