"""The one way the window runs work off the UI thread: :class:`Worker`.

A :class:`Worker` owns one daemon thread that runs submitted jobs one after
another. Only the newest waiting job is kept: submitting replaces a job that has
not started yet (its ``on_drop`` callback runs at once, on the submitting
thread). Each job gets a ticket (:meth:`Worker.submit` returns it) and a
``report`` function for progress values.

Progress values, results and errors come back to the UI thread through one inbox
per worker, in the order they were made, as the signals :attr:`Worker.progress`,
:attr:`Worker.finished` and :attr:`Worker.failed`; the inbox is emptied at most
:data:`DRAIN_BATCH` items per event-loop turn, with one queued wake-up per batch
(a job may report thousands of cached translations at once), and
:attr:`Worker.drained` follows each batch. With
``drop_stale`` (the default) only the newest ticket is current: reports and
results of an older job, or of every job before :meth:`Worker.invalidate`, are
dropped without reaching the signals. A running job cannot be interrupted
(spaCy has no cancel); its result is simply dropped.

Daemon threads (rather than QThreadPool) let the process exit while an analysis
of a long text is still running. Nothing here touches widgets.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QObject, QTimer, Signal

#: What a job calls to report progress (any value; delivered by :attr:`Worker.progress`).
Report = Callable[[object], None]
#: A job: runs on the worker thread, may report progress, returns its result.
Job = Callable[[Report], object]
#: Inbox items handed to the UI thread per event-loop turn.
DRAIN_BATCH = 200

_Kind = Literal["progress", "finished", "failed"]


class JobError(Exception):
    """A job raised something that is not an :class:`Exception` (``SystemExit``, ...)."""


@dataclass(frozen=True, slots=True)
class _Waiting:
    ticket: int
    job: Job
    on_drop: Callable[[], None] | None


_TRACEBACK_NOTE = "Traceback on the worker thread:\n"


def traceback_of(exc: BaseException) -> str:
    """The traceback a worker recorded for a failed job ('' when there is none)."""
    notes = getattr(exc, "__notes__", ())
    return next((n[len(_TRACEBACK_NOTE) :] for n in notes if n.startswith(_TRACEBACK_NOTE)), "")


class Worker(QObject):
    """One daemon thread; the newest waiting job wins; outcomes as signals on the UI thread."""

    progress = Signal(int, object)  # ticket, value given to report()
    finished = Signal(int, object)  # ticket, the job's result
    failed = Signal(int, object)  # ticket, the exception (an Exception)
    #: A batch of outcomes was delivered (after their signals; for one update per batch).
    drained = Signal()
    _wake = Signal()

    def __init__(
        self, name: str, parent: QObject | None = None, *, drop_stale: bool = True
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.drop_stale = drop_stale
        self._lock = threading.Condition()
        self._waiting: _Waiting | None = None
        self._running: int | None = None
        self._ticket = 0
        self._current = 0  # the newest ticket whose outcome is still wanted
        self._closed = False
        self._thread: threading.Thread | None = None
        self._inbox: list[tuple[int, _Kind, object]] = []
        self._wake.connect(self._drain)

    # ------------------------------------------------------------- UI thread

    def submit(self, job: Job, *, on_drop: Callable[[], None] | None = None) -> int:
        """Queue ``job(report)``; a waiting job not yet started is dropped (its ``on_drop`` runs).

        Returns the job's ticket; after :meth:`close`, the job is dropped at once.
        """
        with self._lock:
            self._ticket += 1
            ticket = self._ticket
            if self._closed:
                dropped: _Waiting | None = _Waiting(ticket, job, on_drop)
            else:
                dropped, self._waiting = self._waiting, _Waiting(ticket, job, on_drop)
                self._current = ticket
                self._start_thread()
                self._lock.notify()
        if dropped is not None and dropped.on_drop is not None:
            dropped.on_drop()
        return ticket

    def invalidate(self) -> None:
        """Drop the waiting job and every outcome of the jobs submitted so far."""
        with self._lock:
            dropped, self._waiting = self._waiting, None
            self._current = self._ticket + 1  # no ticket given so far is current
        if dropped is not None and dropped.on_drop is not None:
            dropped.on_drop()

    def is_current(self, ticket: int) -> bool:
        """True while the outcome of ``ticket`` would be delivered."""
        return not self._closed and (not self.drop_stale or ticket == self._current)

    @property
    def busy(self) -> bool:
        """A job is running or waiting."""
        with self._lock:
            return self._running is not None or self._waiting is not None

    def close(self) -> None:
        """Drop waiting work and deliver nothing more (the thread ends after its job)."""
        with self._lock:
            self._closed = True
            self._waiting = None
            self._inbox.clear()
            self._lock.notify()

    def join(self, timeout: float) -> bool:
        """After :meth:`close`: wait up to ``timeout`` seconds for the running job to end.

        True when the thread has ended (or never started). For the end of the
        process: a job stopped at its next checkpoint should not be cut off
        inside a C library while the interpreter shuts down.
        """
        thread = self._thread
        if thread is None:
            return True
        thread.join(timeout)
        return not thread.is_alive()

    def _drain(self) -> None:
        with self._lock:
            items = self._inbox[:DRAIN_BATCH]
            del self._inbox[:DRAIN_BATCH]
            more = bool(self._inbox)
        if more:  # the rest on the next turn, so the event loop never waits long
            QTimer.singleShot(0, self._drain)
        delivered = False
        for ticket, kind, value in items:
            if not self.is_current(ticket):
                continue
            delivered = True
            if kind == "progress":
                self.progress.emit(ticket, value)
            elif kind == "finished":
                self.finished.emit(ticket, value)
            else:
                self.failed.emit(ticket, value)
        if delivered:
            self.drained.emit()

    # --------------------------------------------------------- worker thread

    def _start_thread(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._loop, name=f"leselupe-{self.name}", daemon=True
            )
            self._thread.start()

    def _loop(self) -> None:
        while True:
            with self._lock:
                while self._waiting is None and not self._closed:
                    self._lock.wait()
                if self._closed or self._waiting is None:
                    return
                waiting, self._waiting = self._waiting, None
                self._running = waiting.ticket
            kind, value = self._run(waiting)
            with self._lock:
                self._running = None
            self._post(waiting.ticket, kind, value)

    def _run(self, waiting: _Waiting) -> tuple[_Kind, object]:
        ticket = waiting.ticket

        def report(value: object) -> None:
            self._post(ticket, "progress", value)

        try:
            return "finished", waiting.job(report)
        except BaseException as exc:  # reported to the UI, never raised in the thread
            error = exc if isinstance(exc, Exception) else JobError(f"{type(exc).__name__}: {exc}")
            error.add_note(_TRACEBACK_NOTE + traceback.format_exc())
            return "failed", error

    def _post(self, ticket: int, kind: _Kind, value: object) -> None:
        """Any thread: hand an outcome to the UI thread (one wake-up per batch)."""
        with self._lock:
            if self._closed or (self.drop_stale and ticket != self._current):
                return
            self._inbox.append((ticket, kind, value))
            wake = len(self._inbox) == 1
        if wake:
            with contextlib.suppress(RuntimeError):  # the window (and this object) is gone
                self._wake.emit()
