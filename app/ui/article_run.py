"""The translator's article worker: every sentence of the document, in reading order.

It serves the prefetch (when online translation is on, the article is
translated as soon as it is analysed) and the translation column. A run is
cancelled when the document or the settings change. After network trouble it
pauses and is tried again after the service's cooldown, the pauses doubling up
to :data:`RETRY_MAX_S`. Results are reported as ``("s", generation, sentence,
result)`` and the end as ``("end", generation, None, None)``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.ui.jobs import Report, Worker

if TYPE_CHECKING:  # imported when first used: the first paint does not wait for them
    from app.translate import TranslationResult, TranslationService

#: First pause before the article is tried again after network trouble; doubles up to the cap.
RETRY_BASE_S = 30.0
RETRY_MAX_S = 600.0


class ArticleRun(QObject):
    """One worker translating the whole article; idle, running, done or paused."""

    #: The pause after trouble is over: try again.
    retry_due = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = "idle"  # idle, running, done, paused
        #: The translation column asked for the whole article.
        self.wanted = False
        self.retries = 0
        # Every run's results count (the translator drops those of an old generation).
        self.worker = Worker("translate-article", self, drop_stale=False)
        self._stop = threading.Event()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.retry_due)

    def start(
        self, service: TranslationService, generation: int, sentences: list[int], texts: list[str]
    ) -> None:
        """Translate ``texts`` (the sentences numbered ``sentences``) on the worker."""
        stop = threading.Event()
        self._stop = stop

        def run(report: Report) -> None:
            def deliver(position: int, result: TranslationResult) -> None:
                report(("s", generation, sentences[position], result))

            try:
                service.translate(texts, cancel=stop, on_result=deliver)
            finally:
                report(("end", generation, None, None))

        self.state = "running"
        self.worker.submit(run)

    def stop(self) -> None:
        """Cancel the run (the worker stops before its next request)."""
        self._stop.set()
        if self.state == "running":
            self.state = "idle"

    def reset(self) -> None:
        """Another document: no run, no retry planned, the pauses start short again."""
        self.stop()
        self._timer.stop()
        self.retries = 0
        self.state = "idle"

    def retry_in_s(self) -> float:
        """Seconds until the planned retry (0: none planned)."""
        return max(0, self._timer.remainingTime()) / 1000 if self._timer.isActive() else 0.0

    def cancel_retry(self) -> None:
        self._timer.stop()

    def finish(self, unfinished: bool, cooldown_s: Callable[[], float], base_s: float) -> None:
        """The run ended: done, or (``unfinished`` after trouble) paused until a retry."""
        if not unfinished:
            self.state = "done"
            return
        self.state = "paused"
        wait = max(cooldown_s(), base_s * 2**self.retries)
        self.retries += 1
        self._timer.start(int(min(wait, RETRY_MAX_S) * 1000) + 250)

    def close(self) -> None:
        self._timer.stop()
        self._stop.set()
        self.worker.close()
