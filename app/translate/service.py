"""The translation service: cache first, then batched, rate-limited requests via deep-translator.

Thread-safe: any number of threads may call :meth:`TranslationService.translate`
at once; a sentence that one thread is already requesting is awaited, not
requested again. :meth:`TranslationService.cached` only reads the cache and is
safe on the UI thread. Errors are returned as values
(:class:`TranslationResult` with an :class:`ErrorKind`), never raised. With
``online=False`` nothing is imported from the network stack and no connection
is opened. Must not: import Qt, log texts or API keys, raise to the caller.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future
from dataclasses import replace

from app.translate.cache import TranslationCache
from app.translate.inflight import Claim, InFlight
from app.translate.rest import Rest
from app.translate.results import (
    RETRYABLE,
    Counters,
    ErrorKind,
    Failure,
    ServiceStats,
    ServiceStatus,
    TranslationResult,
    error_message,
)
from app.translate.sessions import SessionPool
from app.translate.settings import TranslationSettings
from app.translate.text import needs_translation, normalize_text, split_long_text

log = logging.getLogger(__name__)

MAX_BACKOFF_S = 10.0
MAX_MISMATCHES = 3
"""Batched answers with the wrong line count in a row before the service stops batching."""
SENTENCE_KIND = "s"
WORD_KIND = "w"


Callback = Callable[[int, TranslationResult], None]


class TranslationService:
    """Translate sentences and words with one provider, through a shared cache.

    Create a new service when the settings change (settings are immutable) and
    :meth:`close` the old one; keep one :class:`TranslationCache` for the whole
    application and pass it in.
    """

    def __init__(
        self,
        settings: TranslationSettings,
        cache: TranslationCache | None = None,
        *,
        max_in_flight: int = 2,
        max_retries: int = 2,
        backoff_s: float = 0.5,
        cooldown_s: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._settings = settings
        self._cache = cache if cache is not None else TranslationCache()
        info = settings.info
        self._label = info.label if info else "The translation service"
        self._max_chars = info.max_chars if info else 1000
        self._max_sentences = info.max_sentences if info else 1
        self._timeout_s = settings.effective_timeout()
        self._problem = settings.problem()
        self._max_retries = max(0, int(max_retries))
        self._backoff_s = max(0.0, float(backoff_s))
        self._rest = Rest(cooldown_s, clock)
        self._slots = threading.BoundedSemaphore(max(1, int(max_in_flight)))
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._inflight = InFlight()
        self._counters = Counters()
        self._batching = True
        self._mismatches = 0
        self._closed = False
        self._stops: set[threading.Event] = set()
        self._sessions = SessionPool()
        self._prefix = "\x1f".join((settings.provider, settings.source, settings.target)) + "\x1f"

    # ------------------------------------------------------------------ public API

    @property
    def settings(self) -> TranslationSettings:
        return self._settings

    @property
    def cache(self) -> TranslationCache:
        return self._cache

    def cached(self, text: str) -> str | None:
        """The cached translation of a sentence, or None. No network; safe on the UI thread."""
        return self._cached(SENTENCE_KIND, text)

    def cached_gloss(self, word: str) -> str | None:
        """The cached online gloss of a word, or None. No network; safe on the UI thread."""
        return self._cached(WORD_KIND, word)

    def cached_many(self, texts: Sequence[str]) -> list[str | None]:
        """:meth:`cached` for many sentences at once (one database query)."""
        norms = [normalize_text(t) for t in texts]
        keys = [self._key(SENTENCE_KIND, n) for n in norms if needs_translation(n)]
        found = self._cache.get_many(keys)
        return [
            found.get(self._key(SENTENCE_KIND, n)) if needs_translation(n) else n for n in norms
        ]

    def translate(
        self,
        sentences: Iterable[str],
        *,
        cancel: threading.Event | None = None,
        on_result: Callback | None = None,
    ) -> list[TranslationResult]:
        """Translate sentences; blocks until every one has a result. Call from a worker thread.

        Results come back in input order, one per input. Cached sentences cost
        nothing; the rest are sent in batches, in input order, each batch
        written to the cache as soon as it arrives (so a reader polling
        :meth:`cached` sees the article fill in). ``on_result(index, result)``
        is called on this thread as each result is known. Setting ``cancel``
        stops after the request in progress; remaining sentences get
        ``ErrorKind.CANCELLED``.
        """
        return self._run(list(sentences), SENTENCE_KIND, cancel, on_result)

    def translate_one(
        self, sentence: str, *, cancel: threading.Event | None = None
    ) -> TranslationResult:
        """:meth:`translate` for one sentence (a hover)."""
        return self._run([sentence], SENTENCE_KIND, cancel, None)[0]

    def gloss(self, word: str, *, cancel: threading.Event | None = None) -> TranslationResult:
        """An online gloss for one word (sent alone, cached apart from sentences)."""
        return self._run([word], WORD_KIND, cancel, None)[0]

    def stats(self) -> ServiceStats:
        with self._lock:
            return self._counters.snapshot()

    def wait_for_stats(
        self, predicate: Callable[[ServiceStats], bool], timeout: float | None = None
    ) -> bool:
        """Block until ``predicate(stats())`` holds (tests and benchmarks synchronise on this)."""
        with self._changed:
            return self._changed.wait_for(lambda: predicate(self._counters.snapshot()), timeout)

    def status(self) -> ServiceStatus:
        """Whether online translation can work now; for one unobtrusive status message."""
        if not self._settings.online:
            return ServiceStatus(False, False, ErrorKind.OFFLINE, error_message(ErrorKind.OFFLINE))
        with self._lock:
            if self._closed:
                return ServiceStatus(True, False, ErrorKind.CANCELLED, "Translation stopped.")
            if self._problem is not None:
                return ServiceStatus(True, False, ErrorKind.CONFIG, self._problem)
            rest = self._rest.state()
        if rest is not None:
            kind, wait = rest
            return ServiceStatus(True, False, kind, error_message(kind, self._label), wait)
        return ServiceStatus(True, True)

    def try_again_now(self) -> bool:
        """End the rest after a failure that may have passed (the reader's "Try again now");
        False when the service must still wait (a "slow down", a rejected key)."""
        with self._lock:
            woke = self._rest.wake()
            self._changed.notify_all()
        return woke

    def close(self) -> None:
        """Stop: running calls end after their current request; later calls are cancelled.

        Sets the ``cancel`` events of running calls and closes pooled connections;
        the shared cache stays open.
        """
        with self._lock:
            self._closed = True
            stops = list(self._stops)
            self._changed.notify_all()
        for stop in stops:
            stop.set()
        self._sessions.close()

    def __repr__(self) -> str:
        return f"TranslationService({self._settings!r})"

    # ------------------------------------------------------------------ the pipeline

    def _key(self, kind: str, normalized: str) -> str:
        return f"{self._prefix}{kind}\x1f{normalized}"

    def _cached(self, kind: str, text: str) -> str | None:
        norm = normalize_text(text)
        if not needs_translation(norm):
            return norm
        return self._cache.get(self._key(kind, norm))

    def _result(self, failure: Failure) -> TranslationResult:
        message = failure.message or error_message(failure.kind, self._label)
        return TranslationResult(
            text="", error=failure.kind, message=message, provider=self._settings.provider
        )

    def _ok(self, translation: str, *, from_cache: bool = False) -> TranslationResult:
        return TranslationResult(
            text="",
            translation=translation,
            provider=self._settings.provider,
            from_cache=from_cache,
        )

    def _blocked(self) -> Failure | None:
        """Why nothing may be requested at all (checked before claiming any work)."""
        if not self._settings.online:
            return Failure(ErrorKind.OFFLINE)
        if self._problem is not None:
            return Failure(ErrorKind.CONFIG, self._problem)
        return None

    def _run(
        self,
        texts: list[str],
        kind: str,
        cancel: threading.Event | None,
        on_result: Callback | None,
    ) -> list[TranslationResult]:
        results: list[TranslationResult | None] = [None] * len(texts)
        positions: dict[str, list[int]] = {}
        normalized: dict[str, str] = {}

        def emit(index: int, result: TranslationResult) -> None:
            results[index] = result
            if on_result is not None:
                try:
                    on_result(index, result)
                except Exception:
                    log.exception("translation result callback failed")

        def deliver(key: str, result: TranslationResult) -> None:
            for index in positions[key]:
                emit(index, replace(result, text=texts[index]))

        for index, raw in enumerate(texts):
            norm = normalize_text(raw) if isinstance(raw, str) else ""
            if not needs_translation(norm):
                emit(index, replace(self._ok(norm), text=raw))
                continue
            key = self._key(kind, norm)
            positions.setdefault(key, []).append(index)
            normalized[key] = norm

        keys = list(positions)
        hits = self._cache.get_many(keys) if keys else {}
        if hits:
            with self._lock:
                self._counters.cache_hits += len(hits)
        todo: list[str] = []
        for key in keys:
            if key in hits:
                deliver(key, self._ok(hits[key], from_cache=True))
            else:
                todo.append(key)
        if todo:
            self._request(todo, normalized, kind, cancel, deliver)
        cancelled = self._result(Failure(ErrorKind.CANCELLED))
        pairs = zip(results, texts, strict=True)
        return [r if r is not None else replace(cancelled, text=t) for r, t in pairs]

    def _request(
        self,
        todo: list[str],
        normalized: dict[str, str],
        kind: str,
        cancel: threading.Event | None,
        deliver: Callable[[str, TranslationResult], None],
    ) -> None:
        """Fetch the uncached texts, or say why nothing may be requested."""
        blocked = self._blocked()
        if blocked is not None:
            for key in todo:
                deliver(key, self._result(blocked))
            return
        stop = cancel if cancel is not None else threading.Event()
        with self._lock:
            if self._closed:
                stop.set()
            self._stops.add(stop)
        try:
            self._fetch(todo, normalized, kind, stop, deliver)
        finally:
            with self._lock:
                self._stops.discard(stop)

    def _fetch(
        self,
        todo: list[str],
        normalized: dict[str, str],
        kind: str,
        stop: threading.Event,
        deliver: Callable[[str, TranslationResult], None],
    ) -> None:
        while todo:
            waits: dict[str, Future[TranslationResult]] = {}
            rest = todo
            while rest:
                if stop.is_set():
                    for key in rest:
                        deliver(key, self._result(Failure(ErrorKind.CANCELLED)))
                    break
                batching = self._batching and kind == SENTENCE_KIND
                max_sentences = self._max_sentences if batching else 1
                claim = self._claim(rest, normalized, max_sentences)
                batch, rest = claim.batch, claim.rest
                waits.update(claim.waits)
                for key, value in claim.hits.items():
                    deliver(key, self._ok(value, from_cache=True))
                if not batch:
                    continue
                outcome: dict[str, TranslationResult] = {}
                try:
                    outcome = self._translate_batch(batch, [normalized[k] for k in batch], stop)
                except Exception as exc:  # a bug, not a provider failure: still no exception out
                    log.error("translation batch failed unexpectedly: %s", type(exc).__name__)
                    failure = self._result(Failure(ErrorKind.BAD_RESPONSE))
                    outcome = dict.fromkeys(batch, failure)
                finally:
                    self._complete(batch, outcome)
                cancelled = self._result(Failure(ErrorKind.CANCELLED))
                for key in batch:
                    deliver(key, outcome.get(key, cancelled))
            todo = []
            for key, future in waits.items():
                result = future.result()
                if result.error is ErrorKind.CANCELLED and not stop.is_set():
                    todo.append(key)  # the other caller gave up; ask ourselves
                else:
                    deliver(key, result)

    def _claim(self, rest: list[str], normalized: dict[str, str], max_sentences: int) -> Claim:
        """Take the next batch from ``rest``: texts nobody requests yet, within the size limits."""
        with self._lock:
            claim = self._inflight.claim(
                rest, normalized, self._cache.get, self._max_chars, max_sentences
            )
            if claim.waits or claim.hits:
                self._counters.shared_waits += len(claim.waits)
                self._counters.cache_hits += len(claim.hits)
                self._changed.notify_all()
        return claim

    def _complete(self, batch: list[str], outcome: dict[str, TranslationResult]) -> None:
        """Cache the good results, then release the claimed texts to anyone waiting."""
        good = {
            key: result.translation
            for key, result in outcome.items()
            if result.ok and result.translation is not None
        }
        if good:
            self._cache.put_many(good)
        cancelled = self._result(Failure(ErrorKind.CANCELLED))
        with self._lock:
            self._inflight.release(batch, outcome, cancelled)
            self._changed.notify_all()

    def _translate_batch(
        self, keys: list[str], texts: list[str], stop: threading.Event
    ) -> dict[str, TranslationResult]:
        with self._lock:
            batching = self._batching
        if len(texts) == 1 or not batching:
            return self._singles(keys, texts, stop)
        answer = self._call("\n".join(texts), stop, len(texts))
        if isinstance(answer, Failure):
            failed = self._result(answer)
            return dict.fromkeys(keys, failed)
        lines = [line.strip() for line in answer.replace("\r\n", "\n").split("\n")]
        lines = [line for line in lines if line]
        if len(lines) == len(texts):
            with self._lock:
                self._mismatches = 0
            pairs = zip(keys, lines, strict=True)
            return {key: self._ok(" ".join(line.split())) for key, line in pairs}
        # The provider merged or split lines: ask again in halves (down to single texts),
        # or one by one once batching has failed several times in a row.
        log.info("answer for %d texts had %d lines; splitting the batch", len(texts), len(lines))
        with self._lock:
            self._counters.split_batches += 1
            self._mismatches += 1
            if self._batching and self._mismatches >= MAX_MISMATCHES:
                self._batching = False
                log.warning(
                    "%s does not keep line breaks; sending sentences one by one", self._label
                )
            batching = self._batching
        if not batching:
            return self._singles(keys, texts, stop)
        middle = len(keys) // 2
        left = self._translate_batch(keys[:middle], texts[:middle], stop)
        right = self._translate_batch(keys[middle:], texts[middle:], stop)
        return {**left, **right}

    def _singles(
        self, keys: list[str], texts: list[str], stop: threading.Event
    ) -> dict[str, TranslationResult]:
        out: dict[str, TranslationResult] = {}
        for key, text in zip(keys, texts, strict=True):
            single = self._translate_single(text, stop)
            out[key] = self._result(single) if isinstance(single, Failure) else self._ok(single)
        return out

    def _translate_single(self, text: str, stop: threading.Event) -> str | Failure:
        pieces = split_long_text(text, self._max_chars) if len(text) > self._max_chars else [text]
        parts: list[str] = []
        for piece in pieces:
            answer = self._call(piece, stop, 1)
            if isinstance(answer, Failure):
                return answer
            parts.append(" ".join(answer.split()))
        return " ".join(parts)

    # ------------------------------------------------------------------ requests

    def _gate(self, stop: threading.Event) -> Failure | None:
        if stop.is_set():
            return Failure(ErrorKind.CANCELLED)
        with self._lock:
            if self._closed:
                return Failure(ErrorKind.CANCELLED)
            blocked = self._rest.blocked()
        return Failure(blocked) if blocked is not None else None

    def _call(self, text: str, stop: threading.Event, count: int) -> str | Failure:
        """One provider call with retries on 429/5xx; failures open a cooldown."""
        attempt = 0
        while True:
            blocked = self._gate(stop)
            if blocked is not None:
                return blocked
            with self._slots:
                blocked = self._gate(stop)
                if blocked is not None:
                    return blocked
                answer = self._attempt(text)
            if not isinstance(answer, Failure):
                with self._lock:
                    self._counters.batches += 1
                    self._counters.sentences_sent += count
                    self._rest.succeeded()
                    self._changed.notify_all()
                return answer
            wait_long = (answer.retry_after_s or 0.0) > MAX_BACKOFF_S
            if answer.kind in RETRYABLE and attempt < self._max_retries and not wait_long:
                delay = self._backoff_s * (2**attempt) * (1.0 + 0.25 * random.random())
                if answer.retry_after_s is not None:
                    delay = max(delay, answer.retry_after_s)
                attempt += 1
                with self._lock:
                    self._counters.retries += 1
                    self._changed.notify_all()
                if stop.wait(min(delay, MAX_BACKOFF_S)):
                    return Failure(ErrorKind.CANCELLED)
                continue
            self._failed(answer)
            return answer

    def _failed(self, failure: Failure) -> None:
        with self._lock:
            self._counters.failures += 1
            self._rest.failed(failure)
            self._changed.notify_all()

    def _attempt(self, text: str) -> str | Failure:
        """One provider call; counts the HTTP requests it sent."""
        # requests and deep-translator (about 200 modules, a good part of a second) load
        # on the first online call only: an offline service never imports them.
        from app.translate import online

        answer, sent = online.attempt(
            self._settings,
            text,
            self._timeout_s,
            lambda: self._sessions.borrow(online.new_session),
            self._sessions.give_back,
        )
        if sent:
            with self._lock:
                self._counters.requests += sent
                self._changed.notify_all()
        return answer
