"""Running slow work (loading files, the spaCy pipeline, the analysis) off the UI thread.

A :class:`BackgroundQueue` owns one daemon thread that runs submitted callables
one after another. Only the newest waiting job is kept: submitting replaces a
job that has not started yet. Results come back as Qt signals delivered on the
UI thread, tagged with the ticket returned by :meth:`BackgroundQueue.submit`,
so the caller can drop results that are stale. A job that is already running
cannot be interrupted (spaCy has no cancel), but its result is simply ignored.

Daemon threads (rather than QThreadPool) let the process exit while an
analysis of a long text is still running. Nothing here touches widgets.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


class BackgroundQueue(QObject):
    """One worker thread; newest-job-wins queue; results as signals."""

    finished = Signal(int, object)  # ticket, result
    failed = Signal(int, object)  # ticket, exception
    progress = Signal(int, object)  # ticket, message or any progress value

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._lock = threading.Condition()
        self._pending: tuple[int, Callable[..., Any]] | None = None
        self._running: int | None = None
        self._ticket = 0
        self._closed = False
        self._thread: threading.Thread | None = None

    def submit(self, job: Callable[[Callable[[object], None]], Any]) -> int:
        """Queue ``job(report)``; ``report(message)`` emits :attr:`progress`.

        Returns the job's ticket. A waiting, not yet started job is dropped.
        """
        with self._lock:
            self._ticket += 1
            ticket = self._ticket
            self._pending = (ticket, job)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name=f"leselupe-{self._name}", daemon=True
                )
                self._thread.start()
            self._lock.notify()
        return ticket

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._running is not None or self._pending is not None

    def close(self) -> None:
        """Drop waiting work and emit nothing more."""
        with self._lock:
            self._closed = True
            self._pending = None
            self._lock.notify()

    def _run(self) -> None:
        while True:
            with self._lock:
                while self._pending is None and not self._closed:
                    self._lock.wait()
                if self._closed:
                    return
                assert self._pending is not None
                ticket, job = self._pending
                self._pending = None
                self._running = ticket

            def report(message: object, ticket: int = ticket) -> None:
                if not self._closed:
                    self.progress.emit(ticket, message)

            try:
                result = job(report)
            except BaseException as exc:  # reported to the UI, never raised in the thread
                if not isinstance(exc, Exception):
                    exc = RuntimeError(f"{type(exc).__name__}: {exc}")
                exc.__leselupe_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
                outcome: tuple[bool, object] = (False, exc)
            else:
                outcome = (True, result)
            with self._lock:
                self._running = None
                closed = self._closed
            if closed:
                return
            if outcome[0]:
                self.finished.emit(ticket, outcome[1])
            else:
                self.failed.emit(ticket, outcome[1])
