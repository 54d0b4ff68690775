"""The translator's article worker: runs, stops, pauses with growing waits, retries."""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.translate import TranslationResult
from app.ui.article_run import RETRY_MAX_S, ArticleRun


class FakeService:
    """Answers each text at once, or waits for ``release`` (then sees the cancel)."""

    def __init__(self, release: threading.Event | None = None) -> None:
        self.release = release
        self.cancelled = False

    def translate(
        self,
        texts: list[str],
        *,
        cancel: threading.Event,
        on_result: Callable[[int, TranslationResult], None],
    ) -> None:
        for n, text in enumerate(texts):
            if self.release is not None:
                self.release.wait(5)
            if cancel.is_set():
                self.cancelled = True
                return
            on_result(n, TranslationResult(text, f"EN<{text}>"))


def test_a_run_reports_each_sentence_then_its_end(qapp, qtbot) -> None:
    run = ArticleRun()
    seen: list[object] = []
    run.worker.progress.connect(lambda _t, item: seen.append(item))
    run.start(FakeService(), 7, [2, 5], ["Zwei.", "Fünf."])  # type: ignore[arg-type]
    assert run.state == "running"
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=5000)
    assert [item[:3] for item in seen] == [("s", 7, 2), ("s", 7, 5), ("end", 7, None)]
    run.close()


def test_stop_cancels_and_reset_forgets_the_pauses(qapp, qtbot) -> None:
    run = ArticleRun()
    release = threading.Event()
    service = FakeService(release)
    run.start(service, 1, [0], ["Eins."])  # type: ignore[arg-type]
    run.stop()
    assert run.state == "idle"
    release.set()
    qtbot.waitUntil(lambda: service.cancelled, timeout=5000)
    run.retries = 3
    run.reset()
    assert (run.state, run.retries) == ("idle", 0)
    run.close()


def test_finish_pauses_with_doubling_waits_then_asks_for_a_retry(qapp, qtbot) -> None:
    run = ArticleRun()
    run.state = "running"
    run.finish(False, lambda: 99.0, 0.01)
    assert run.state == "done"
    run.finish(True, lambda: 0.0, 0.01)
    assert (run.state, run.retries) == ("paused", 1)
    with qtbot.waitSignal(run.retry_due, timeout=3000):
        pass  # 0.01 s plus the 250 ms margin
    run.finish(True, lambda: 0.0, 0.01)
    assert run.retries == 2
    run.cancel_retry()
    with qtbot.assertNotEmitted(run.retry_due, wait=400):
        pass
    assert RETRY_MAX_S == 600.0
    run.close()
