"""The HTTP transport under deep-translator: timeouts, size cap, and what went wrong.

deep-translator (1.11) calls ``requests.get`` / ``requests.post`` itself, without
a timeout. :func:`install` replaces the name ``requests`` inside its provider
modules with :class:`RequestsFacade`, which forwards ``get``/``post`` to the
:class:`CallContext` that the translation service has set for the current
thread (a pooled session, the timeout, an optional request rewrite) and records
the HTTP status, ``Retry-After`` and transport failure there, so the service can
classify errors without parsing exception text. deep-translator's own request
building and response parsing still run unchanged.

Outside a call context the facade refuses every request (fail closed): nothing
in the process reaches the network through deep-translator unless the service
asked for it. This module never logs URLs, parameters, headers or bodies; they
carry the reader's text and API keys.
"""

from __future__ import annotations

import importlib
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from types import ModuleType
from typing import Any

import requests
import urllib3.exceptions

MAX_RESPONSE_BYTES = 2 * 1024 * 1024
"""Answers larger than this are abandoned (no provider sends that much for our batches)."""

PROVIDER_MODULES = (
    "deep_translator.google",
    "deep_translator.deepl",
    "deep_translator.mymemory",
    "deep_translator.libre",
    "deep_translator.microsoft",
)

Rewrite = Callable[[str, str, dict[str, Any]], tuple[str, str, dict[str, Any]]]
"""(method, url, requests keyword arguments) -> the same, changed (e.g. key into a header)."""


class TransportRefused(requests.exceptions.ConnectionError):
    """deep-translator tried to make a request outside a service call."""


class ResponseTooLarge(requests.exceptions.RequestException):
    """The answer exceeded :data:`MAX_RESPONSE_BYTES`."""


@dataclass(slots=True)
class CallContext:
    """One provider call: how to send, and (filled in while sending) what happened."""

    session: requests.Session
    timeout_s: float
    rewrite: Rewrite | None = None
    requests_made: int = 0
    status: int | None = None
    retry_after_s: float | None = None
    failure: str | None = None
    """``"timeout"``, ``"network"`` or ``"too-large"`` when the transport failed."""


_local = threading.local()


@contextmanager
def call_context(ctx: CallContext) -> Iterator[CallContext]:
    """Let deep-translator send requests through ``ctx`` on this thread."""
    previous = getattr(_local, "ctx", None)
    _local.ctx = ctx
    try:
        yield ctx
    finally:
        _local.ctx = previous


class RequestsFacade:
    """Stands in for the ``requests`` module inside deep-translator's provider modules."""

    def __getattr__(self, name: str) -> Any:
        return getattr(requests, name)

    def get(self, url: str, **kwargs: Any) -> requests.Response:
        return _send("GET", url, kwargs)

    def post(self, url: str, **kwargs: Any) -> requests.Response:
        return _send("POST", url, kwargs)


_FACADE = RequestsFacade()
_install_lock = threading.Lock()


def install() -> None:
    """Route deep-translator's provider modules through the facade (idempotent)."""
    with _install_lock:
        for name in PROVIDER_MODULES:
            module: ModuleType = sys.modules.get(name) or importlib.import_module(name)
            if not isinstance(getattr(module, "requests", None), RequestsFacade):
                module.requests = _FACADE  # type: ignore[attr-defined]


def _send(method: str, url: str, kwargs: dict[str, Any]) -> requests.Response:
    ctx: CallContext | None = getattr(_local, "ctx", None)
    if ctx is None:
        raise TransportRefused("request outside a translation service call")
    if ctx.rewrite is not None:
        method, url, kwargs = ctx.rewrite(method, url, dict(kwargs))
    kwargs.pop("timeout", None)
    kwargs.pop("stream", None)
    ctx.requests_made += 1
    ctx.status = None
    ctx.retry_after_s = None
    ctx.failure = None
    deadline = time.monotonic() + ctx.timeout_s
    try:
        response = ctx.session.request(
            method, url, timeout=(ctx.timeout_s, ctx.timeout_s), stream=True, **kwargs
        )
    except requests.exceptions.Timeout:
        ctx.failure = "timeout"
        raise
    except requests.exceptions.RequestException:
        ctx.failure = "network"
        raise
    ctx.status = response.status_code
    ctx.retry_after_s = parse_retry_after(response.headers.get("Retry-After"))
    try:
        body = _read_body(response, deadline)
    except requests.exceptions.RequestException as exc:
        response.close()
        if isinstance(exc, ResponseTooLarge):
            ctx.failure = "too-large"
        elif _is_timeout(exc) or time.monotonic() >= deadline:
            ctx.failure = "timeout"
        else:
            ctx.failure = "network"
        raise
    # requests keeps a streamed body in ``_content``; setting it makes .text/.json() work.
    response._content = body
    return response


def _read_body(response: requests.Response, deadline: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(64 * 1024):
        size += len(chunk)
        if size > MAX_RESPONSE_BYTES:
            raise ResponseTooLarge("response too large")
        if time.monotonic() > deadline:
            raise requests.exceptions.ReadTimeout("response took too long")
        chunks.append(chunk)
    return b"".join(chunks)


def _is_timeout(exc: BaseException) -> bool:
    if isinstance(exc, requests.exceptions.Timeout):
        return True
    return any(isinstance(arg, urllib3.exceptions.TimeoutError) for arg in exc.args)


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - time.time())
