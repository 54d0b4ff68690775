"""The one worker idiom: newest job wins, stale outcomes dropped, ordered delivery."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from app.ui import jobs
from app.ui.jobs import JobError, Report, Worker, traceback_of


@pytest.fixture
def worker(qapp: object) -> Iterator[Worker]:
    w = Worker("test")
    yield w
    w.close()


class Recorder:
    def __init__(self, worker: Worker) -> None:
        self.events: list[tuple[str, int, object]] = []
        self.drains = 0
        worker.progress.connect(lambda t, v: self.events.append(("progress", t, v)))
        worker.finished.connect(lambda t, v: self.events.append(("finished", t, v)))
        worker.failed.connect(lambda t, v: self.events.append(("failed", t, v)))
        worker.drained.connect(self._drained)

    def _drained(self) -> None:
        self.drains += 1

    def kinds(self) -> list[str]:
        return [kind for kind, _t, _v in self.events]


def blocker() -> tuple[threading.Event, threading.Event, jobs.Job]:
    """A job that says it started and then waits to be released."""
    started = threading.Event()
    release = threading.Event()

    def job(report: Report) -> str:
        started.set()
        release.wait(10)
        return "blocker"

    return started, release, job


def test_result_and_progress_arrive_in_order(worker: Worker, qtbot) -> None:
    seen = Recorder(worker)

    def job(report: Report) -> int:
        report("one")
        report("two")
        return 42

    with qtbot.waitSignal(worker.finished, timeout=5000):
        ticket = worker.submit(job)
    assert seen.events == [
        ("progress", ticket, "one"),
        ("progress", ticket, "two"),
        ("finished", ticket, 42),
    ]
    assert seen.drains >= 1
    qtbot.waitUntil(lambda: not worker.busy, timeout=5000)


def test_newest_waiting_job_wins_and_the_dropped_one_is_told(worker: Worker, qtbot) -> None:
    seen = Recorder(worker)
    started, release, block = blocker()
    dropped: list[str] = []
    first = worker.submit(block)
    assert started.wait(5)
    worker.submit(lambda report: "second", on_drop=lambda: dropped.append("second"))
    assert dropped == []
    third = worker.submit(lambda report: "third", on_drop=lambda: dropped.append("third"))
    assert dropped == ["second"]  # replaced before it started, told at once
    assert worker.busy
    with qtbot.waitSignal(worker.finished, timeout=5000):
        release.set()
    # The running job's result is stale (drop_stale): only the newest one arrives.
    assert seen.events == [("finished", third, "third")]
    assert first < third


def test_without_drop_stale_every_job_is_delivered(qapp: object, qtbot) -> None:
    worker = Worker("all", drop_stale=False)
    seen = Recorder(worker)
    started, release, block = blocker()
    first = worker.submit(block)
    assert started.wait(5)
    second = worker.submit(lambda report: "second")
    release.set()
    qtbot.waitUntil(lambda: len(seen.events) == 2, timeout=5000)
    assert seen.events == [("finished", first, "blocker"), ("finished", second, "second")]
    assert worker.is_current(first) and worker.is_current(second)
    worker.close()


def test_invalidate_drops_running_and_waiting_outcomes(worker: Worker, qtbot) -> None:
    seen = Recorder(worker)
    started, release, block = blocker()
    dropped: list[int] = []
    ticket = worker.submit(block)
    assert started.wait(5)
    worker.submit(lambda report: 2, on_drop=lambda: dropped.append(2))
    worker.invalidate()
    assert dropped == [2]
    assert not worker.is_current(ticket)
    release.set()
    qtbot.waitUntil(lambda: not worker.busy, timeout=5000)
    qtbot.wait(50)
    assert seen.events == []
    # A job submitted afterwards is current again.
    with qtbot.waitSignal(worker.finished, timeout=5000):
        later = worker.submit(lambda report: "later")
    assert seen.events == [("finished", later, "later")]


def test_failure_is_reported_with_its_traceback(worker: Worker, qtbot) -> None:
    seen = Recorder(worker)

    def broken(report: Report) -> None:
        raise ValueError("bad input")

    with qtbot.waitSignal(worker.failed, timeout=5000):
        ticket = worker.submit(broken)
    kind, got_ticket, error = seen.events[0]
    assert (kind, got_ticket) == ("failed", ticket)
    assert isinstance(error, ValueError) and str(error) == "bad input"
    assert "raise ValueError" in traceback_of(error)
    assert traceback_of(RuntimeError("never raised")) == ""
    # The thread survives a failure.
    with qtbot.waitSignal(worker.finished, timeout=5000):
        worker.submit(lambda report: "still here")


def test_base_exceptions_become_job_errors(worker: Worker, qtbot) -> None:
    def leaving(report: Report) -> None:
        raise SystemExit(3)

    with qtbot.waitSignal(worker.failed, timeout=5000) as blocker_:
        worker.submit(leaving)
    error = blocker_.args[1]
    assert isinstance(error, JobError)
    assert "SystemExit" in str(error)


def test_close_delivers_nothing_more(worker: Worker, qtbot) -> None:
    seen = Recorder(worker)
    started, release, block = blocker()
    worker.submit(block)
    assert started.wait(5)
    dropped: list[str] = []
    worker.close()
    worker.submit(lambda report: "late", on_drop=lambda: dropped.append("late"))
    assert dropped == ["late"]  # a closed worker drops new jobs at once
    release.set()
    qtbot.wait(100)
    assert seen.events == []
    assert not worker.is_current(1)


def test_many_reports_arrive_in_batches(worker: Worker, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(jobs, "DRAIN_BATCH", 10)
    seen = Recorder(worker)
    go = threading.Event()

    def chatty(report: Report) -> str:
        go.wait(5)  # everything is reported before the UI thread drains once
        for n in range(35):
            report(n)
        return "done"

    worker.submit(chatty)
    with qtbot.waitSignal(worker.finished, timeout=5000):
        go.set()
    values = [v for kind, _t, v in seen.events if kind == "progress"]
    assert values == list(range(35))
    assert seen.kinds()[-1] == "finished"
    assert seen.drains >= 4  # 36 items, at most 10 per event-loop turn


def test_join_waits_for_the_running_job_after_close(worker: Worker, qtbot) -> None:
    assert worker.join(0.01)  # no thread yet
    release = threading.Event()
    started = threading.Event()

    def job(report: Report) -> int:
        started.set()
        release.wait(10)
        return 1

    worker.submit(job)
    assert started.wait(5)
    worker.close()
    assert not worker.join(0.05)
    release.set()
    assert worker.join(5)
