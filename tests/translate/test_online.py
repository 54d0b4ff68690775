"""One provider call: classifying failures, reading answers, counting requests.

The calls against every provider's real deep-translator code are in
test_providers.py and test_service.py (local fake server); here the decision
table and the session handling are checked directly.
"""

from __future__ import annotations

import pytest
import requests  # type: ignore[import-untyped]

from app.translate import ErrorKind, TranslationSettings
from app.translate.online import _read, attempt, classify, new_session
from app.translate.results import Failure
from app.translate.transport import CallContext
from tests.translate_fake_server import FakeProviders

GOOGLE = TranslationSettings(provider="google")
DEEPL = TranslationSettings(provider="deepl", api_key="k")


def _ctx(status: int | None = None, failure: str | None = None) -> CallContext:
    return CallContext(session=None, timeout_s=1.0, status=status, failure=failure)


@pytest.mark.parametrize(
    ("status", "failure", "settings", "kind"),
    [
        (None, "timeout", GOOGLE, ErrorKind.TIMEOUT),
        (None, "network", GOOGLE, ErrorKind.NETWORK),
        (None, "too-large", GOOGLE, ErrorKind.BAD_RESPONSE),
        (429, None, GOOGLE, ErrorKind.RATE_LIMITED),
        (456, None, DEEPL, ErrorKind.RATE_LIMITED),
        (403, None, DEEPL, ErrorKind.AUTH),
        (403, None, GOOGLE, ErrorKind.RATE_LIMITED),  # Google takes no key: a refusal
        (503, None, GOOGLE, ErrorKind.SERVER),
        (404, None, GOOGLE, ErrorKind.BAD_RESPONSE),
    ],
)
def test_the_transport_record_and_status_decide(
    status: int | None, failure: str | None, settings: TranslationSettings, kind: ErrorKind
) -> None:
    assert classify(RuntimeError("x"), _ctx(status, failure), settings) is kind


def test_without_a_status_the_exception_type_decides() -> None:
    assert classify(requests.exceptions.ReadTimeout(), _ctx(), GOOGLE) is ErrorKind.TIMEOUT
    assert classify(requests.exceptions.ConnectionError(), _ctx(), GOOGLE) is ErrorKind.NETWORK
    assert classify(ValueError("parse"), _ctx(), GOOGLE) is ErrorKind.BAD_RESPONSE


def test_answers_that_are_no_translation() -> None:
    mymemory = TranslationSettings(provider="mymemory")
    assert _read(GOOGLE, "Hello") == "Hello"
    assert _read(GOOGLE, "  ") == Failure(ErrorKind.BAD_RESPONSE)
    assert _read(GOOGLE, None) == Failure(ErrorKind.BAD_RESPONSE)
    assert _read(mymemory, "MYMEMORY WARNING: YOU USED ALL") == Failure(ErrorKind.RATE_LIMITED)
    assert _read(mymemory, "QUERY LENGTH LIMIT EXCEEDED") == Failure(ErrorKind.BAD_RESPONSE)


def test_bad_settings_fail_before_a_session_is_borrowed() -> None:
    lent: list[object] = []
    answer, sent = attempt(
        TranslationSettings(provider="nonsense"), "Hallo", 1.0, lambda: lent.append(1), print
    )
    assert isinstance(answer, Failure) and answer.kind is ErrorKind.CONFIG
    assert sent == 0 and lent == []


def test_a_call_borrows_and_gives_back_one_session_and_counts_requests() -> None:
    fake = FakeProviders()
    returned: list[object] = []
    session = new_session()
    try:
        answer, sent = attempt(
            fake.settings("google"), "Guten Morgen.", 2.0, lambda: session, returned.append
        )
    finally:
        fake.close()
        session.close()
    assert isinstance(answer, str) and answer
    assert sent == 1 and returned == [session]
