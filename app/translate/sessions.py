"""Connection pools (requests sessions) lent to one provider call at a time.

The service keeps one :class:`SessionPool`; a call borrows a session and gives
it back, so at most ``max_in_flight`` sessions exist and their connections are
reused. :meth:`SessionPool.close` closes them all; a session given back after
that is closed at once. Knows nothing of requests: the caller passes the
factory, so an offline service never imports the HTTP library.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any


class SessionPool:
    """Thread-safe pool of sessions; each has a ``close()``."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._idle: list[Any] = []
        self._all: list[Any] = []
        self._closed = False

    def borrow(self, new: Callable[[], Any]) -> Any:
        """An idle session, or a new one made by ``new``."""
        with self._lock:
            if self._idle:
                return self._idle.pop()
        session = new()
        with self._lock:
            self._all.append(session)
        return session

    def give_back(self, session: Any) -> None:
        with self._lock:
            if not self._closed:
                self._idle.append(session)
                return
        session.close()

    def close(self) -> None:
        """Close every session made so far; later ones are closed when given back."""
        with self._lock:
            self._closed = True
            sessions = list(self._all)
            self._idle.clear()
            self._all.clear()
        for session in sessions:
            with contextlib.suppress(Exception):
                session.close()

    def __len__(self) -> int:
        with self._lock:
            return len(self._all)
