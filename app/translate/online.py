"""One provider call over the network, and what went wrong with it.

Builds the deep-translator object (:mod:`app.translate.providers`), sends its
requests through the transport (:mod:`app.translate.transport`) with the
service's session and timeout, and turns failures into an :class:`ErrorKind`
from the HTTP status and the transport's record rather than exception text.
Importing this module imports requests and deep-translator; the service does
so on its first online call only. Must not log texts, URLs or API keys.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import requests  # type: ignore[import-untyped]
from deep_translator.exceptions import (
    ApiKeyException,
    InvalidSourceOrTargetLanguage,
    LanguageNotSupportedException,
)

from app.translate.providers import ProviderConfigError, make_translator, request_rewrite
from app.translate.results import ErrorKind, Failure, error_message
from app.translate.settings import TranslationSettings
from app.translate.transport import CallContext, call_context

log = logging.getLogger(__name__)


def new_session() -> requests.Session:
    """A connection pool for one request slot of the service."""
    return requests.Session()


def attempt(
    settings: TranslationSettings,
    text: str,
    timeout_s: float,
    borrow: Callable[[], Any],
    give_back: Callable[[Any], None],
) -> tuple[str | Failure, int]:
    """One provider call through deep-translator (which may send more than one
    request): the answer or why there is none, and the number of requests sent.
    ``borrow`` lends a session for the call, ``give_back`` takes it back."""
    try:
        translator = make_translator(settings)
    except ProviderConfigError as exc:
        return Failure(ErrorKind.CONFIG, str(exc)), 0
    except Exception as exc:
        log.warning("cannot set up %s: %s", settings.provider, type(exc).__name__)
        return Failure(ErrorKind.CONFIG, error_message(ErrorKind.CONFIG)), 0
    session = borrow()
    ctx = CallContext(session=session, timeout_s=timeout_s, rewrite=request_rewrite(settings))
    try:
        with call_context(ctx):
            answer = translator.translate(text)
    except Exception as exc:
        kind = classify(exc, ctx, settings)
        log.info(
            "%s request failed: %s (%s, HTTP %s)",
            settings.provider,
            kind.value,
            type(exc).__name__,
            ctx.status,
        )
        return Failure(kind, retry_after_s=ctx.retry_after_s), ctx.requests_made
    finally:
        give_back(session)
    return _read(settings, answer), ctx.requests_made


def _read(settings: TranslationSettings, answer: object) -> str | Failure:
    """The translation in a provider's answer, or a failure for an empty or refusing one."""
    if not isinstance(answer, str) or not answer.strip():
        return Failure(ErrorKind.BAD_RESPONSE)
    if settings.provider == "mymemory":
        head = answer.lstrip()[:40].upper()
        if head.startswith("MYMEMORY WARNING"):
            return Failure(ErrorKind.RATE_LIMITED)
        if head.startswith("QUERY LENGTH LIMIT"):
            return Failure(ErrorKind.BAD_RESPONSE)
    return answer


def classify(exc: Exception, ctx: CallContext, settings: TranslationSettings) -> ErrorKind:
    """Why a call failed: the transport's record first, then the HTTP status, then
    the exception's type."""
    if ctx.failure == "timeout":
        return ErrorKind.TIMEOUT
    if ctx.failure == "network":
        return ErrorKind.NETWORK
    if ctx.failure == "too-large":
        return ErrorKind.BAD_RESPONSE
    status = ctx.status
    if isinstance(status, int) and status >= 400:
        if status in (429, 456):  # 456: DeepL quota exceeded
            return ErrorKind.RATE_LIMITED
        if status in (401, 403):
            info = settings.info
            return ErrorKind.AUTH if info and info.accepts_key else ErrorKind.RATE_LIMITED
        if status >= 500:
            return ErrorKind.SERVER
        return ErrorKind.BAD_RESPONSE
    if isinstance(exc, requests.exceptions.Timeout):
        return ErrorKind.TIMEOUT
    if isinstance(exc, requests.exceptions.ConnectionError):
        return ErrorKind.NETWORK
    if isinstance(
        exc, ApiKeyException | InvalidSourceOrTargetLanguage | LanguageNotSupportedException
    ):
        return ErrorKind.CONFIG
    return ErrorKind.BAD_RESPONSE
