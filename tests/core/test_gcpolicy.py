"""The garbage-collector policy: overlapping pauses, re-enabling, settling."""

from __future__ import annotations

import gc
import threading

import pytest

from app.core import gcpolicy
from app.core.gcpolicy import collection_paused, pause_depth


@pytest.fixture(autouse=True)
def _collector_on() -> object:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_pause_turns_collection_off_and_back_on() -> None:
    with collection_paused():
        assert not gc.isenabled()
        assert pause_depth() == 1
    assert gc.isenabled()
    assert pause_depth() == 0


def test_overlapping_callers_keep_collection_off_until_the_last_leaves() -> None:
    first = collection_paused()
    second = collection_paused()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)  # the first caller leaves while the second is inside
    assert not gc.isenabled()
    second.__exit__(None, None, None)
    assert gc.isenabled()


def test_collection_stays_off_when_it_was_off_before() -> None:
    gc.disable()
    with collection_paused():
        pass
    assert not gc.isenabled()
    gc.enable()


def test_pause_is_left_on_an_exception() -> None:
    with pytest.raises(ValueError), collection_paused():
        raise ValueError("boom")
    assert gc.isenabled()
    assert pause_depth() == 0


def test_threads_entering_and_leaving_in_any_order() -> None:
    inside = threading.Barrier(4)
    release = threading.Event()

    def work() -> None:
        with collection_paused():
            inside.wait()
            release.wait()

    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    inside.wait()
    assert pause_depth() == 3
    assert not gc.isenabled()
    release.set()
    for t in threads:
        t.join()
    assert pause_depth() == 0
    assert gc.isenabled()


def test_settle_freezes_what_is_alive() -> None:
    keep = [[i] for i in range(1000)]
    gc.unfreeze()
    before = gc.get_freeze_count()
    gcpolicy.settle()
    assert gc.get_freeze_count() >= before + len(keep)
