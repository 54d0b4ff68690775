"""When the service rests: cool-downs, Retry-After, a rejected key, the end of a rest."""

from __future__ import annotations

from app.translate.rest import MAX_RETRY_AFTER_S, Rest
from app.translate.results import ErrorKind, Failure


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_passing_trouble_rests_for_the_cooldown_then_not() -> None:
    clock = Clock()
    rest = Rest(30.0, clock)
    assert rest.blocked() is None and rest.state() is None
    rest.failed(Failure(ErrorKind.TIMEOUT))
    assert rest.blocked() is ErrorKind.TIMEOUT
    assert rest.state() == (ErrorKind.TIMEOUT, 30.0)
    clock.now += 30.0
    assert rest.blocked() is None and rest.state() is None


def test_retry_after_lengthens_the_rest_up_to_a_cap() -> None:
    clock = Clock()
    rest = Rest(30.0, clock)
    rest.failed(Failure(ErrorKind.RATE_LIMITED, retry_after_s=120.0))
    assert rest.state() == (ErrorKind.RATE_LIMITED, 120.0)
    rest.failed(Failure(ErrorKind.RATE_LIMITED, retry_after_s=10_000.0))
    assert rest.state() == (ErrorKind.RATE_LIMITED, MAX_RETRY_AFTER_S)


def test_a_success_ends_the_rest_but_not_a_rejected_key() -> None:
    rest = Rest(30.0, Clock())
    rest.failed(Failure(ErrorKind.SERVER))
    rest.succeeded()
    assert rest.blocked() is None
    rest.failed(Failure(ErrorKind.AUTH))
    rest.succeeded()
    assert rest.blocked() is ErrorKind.AUTH and rest.state() == (ErrorKind.AUTH, 0.0)


def test_answers_that_are_no_passing_trouble_do_not_rest() -> None:
    rest = Rest(30.0, Clock())
    for kind in (ErrorKind.BAD_RESPONSE, ErrorKind.CONFIG, ErrorKind.CANCELLED):
        rest.failed(Failure(kind))
    assert rest.blocked() is None


def test_waking_ends_a_passing_rest_but_not_a_slow_down_or_a_rejected_key() -> None:
    clock = Clock()
    for kind in (ErrorKind.NETWORK, ErrorKind.TIMEOUT, ErrorKind.SERVER):
        rest = Rest(30.0, clock)
        rest.failed(Failure(kind))
        assert rest.wake() and rest.blocked() is None and rest.state() is None
    rest = Rest(30.0, clock)
    rest.failed(Failure(ErrorKind.RATE_LIMITED, retry_after_s=60.0))
    assert not rest.wake() and rest.blocked() is ErrorKind.RATE_LIMITED
    clock.now += 61.0
    assert rest.wake() and rest.blocked() is None
    rest.failed(Failure(ErrorKind.AUTH))
    assert not rest.wake() and rest.blocked() is ErrorKind.AUTH
