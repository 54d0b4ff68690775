"""The session pool: reuse, a factory called only when needed, closing."""

from __future__ import annotations

import threading

from app.translate.sessions import SessionPool


class FakeSession:
    def __init__(self) -> None:
        self.closed = False

    def close(self) -> None:
        self.closed = True


def test_a_given_back_session_is_lent_again() -> None:
    pool = SessionPool()
    first = pool.borrow(FakeSession)
    pool.give_back(first)
    assert pool.borrow(FakeSession) is first
    assert len(pool) == 1


def test_close_closes_idle_and_lent_sessions_and_later_returns() -> None:
    pool = SessionPool()
    idle, lent = pool.borrow(FakeSession), pool.borrow(FakeSession)
    pool.give_back(idle)
    pool.close()
    assert idle.closed and lent.closed
    late = FakeSession()
    pool.give_back(late)
    assert late.closed and len(pool) == 0


def test_a_failing_close_does_not_stop_the_others() -> None:
    class Broken(FakeSession):
        def close(self) -> None:
            raise OSError("gone")

    pool = SessionPool()
    broken, fine = pool.borrow(Broken), pool.borrow(FakeSession)
    pool.close()
    assert fine.closed and not broken.closed


def test_threads_never_share_a_session() -> None:
    pool = SessionPool()
    seen: list[tuple[int, object]] = []
    barrier = threading.Barrier(8)

    def work(n: int) -> None:
        session = pool.borrow(FakeSession)
        barrier.wait()
        seen.append((n, session))
        pool.give_back(session)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(s) for _, s in seen}) == 8
