"""When the translation service rests, and why.

After a failure that may pass (no network, a time-out, "slow down", a server
error) the service rests for a cool-down (30 s by default, longer when the
service's ``Retry-After`` asks, at most :data:`MAX_RETRY_AFTER_S`): calls in that
time fail at once without a request. A rejected API key stops requests until the
settings change (a new service). A success ends the rest.

Not locked on its own: the service calls it under its lock.
"""

from __future__ import annotations

from collections.abc import Callable

from app.translate.results import COOLDOWN_KINDS, ErrorKind, Failure

MAX_RETRY_AFTER_S = 300.0


class Rest:
    """The service's rest state: the failure kind and until when, or a rejected key."""

    def __init__(self, cooldown_s: float, clock: Callable[[], float]) -> None:
        self._cooldown_s = max(0.0, float(cooldown_s))
        self._clock = clock
        self._until = 0.0
        self._kind: ErrorKind | None = None
        self._auth_failed = False

    def blocked(self) -> ErrorKind | None:
        """Why no request may be sent now (None: it may)."""
        if self._auth_failed:
            return ErrorKind.AUTH
        if self._kind is not None and self._clock() < self._until:
            return self._kind
        return None

    def state(self) -> tuple[ErrorKind, float] | None:
        """For the status bar: why the service rests and for how many more seconds
        (0 for a rejected key, which waits for new settings); None when it does not."""
        if self._auth_failed:
            return ErrorKind.AUTH, 0.0
        wait = self._until - self._clock()
        if wait > 0 and self._kind is not None:
            return self._kind, wait
        return None

    def failed(self, failure: Failure) -> None:
        """Start resting after ``failure`` if it is of a kind that calls for it."""
        if failure.kind is ErrorKind.AUTH:
            self._auth_failed = True
        elif failure.kind in COOLDOWN_KINDS:
            pause = self._cooldown_s
            if failure.retry_after_s is not None:
                pause = max(pause, min(failure.retry_after_s, MAX_RETRY_AFTER_S))
            self._kind = failure.kind
            self._until = self._clock() + pause

    def wake(self) -> bool:
        """The reader asks to try again now: end a rest after a failure that may have
        passed (no network, a time-out, a server error). A "slow down" (429) and a
        rejected key keep theirs. True when the service may be asked again now."""
        if self._auth_failed:
            return False
        if self._kind is ErrorKind.RATE_LIMITED and self._clock() < self._until:
            return False
        self._kind = None
        self._until = 0.0
        return True

    def succeeded(self) -> None:
        """A call went through: the rest is over."""
        self._kind = None
        self._until = 0.0
