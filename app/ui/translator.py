"""Online translation in the window: one service, two workers, the state of each sentence.

:class:`Translator` keeps the current :class:`~app.translate.TranslationService`
(a new one, the old one closed, when the settings change) over the
application's one cache (:mod:`app.ui.translation_cache`). It fetches on two
workers (:class:`~app.ui.jobs.Worker`): the *hover* worker (a sentence and an
online gloss for the word the reader rests on; the newest request wins, a
request that has not started is dropped) and the *article* worker
(:class:`~app.ui.article_run.ArticleRun`: the document's sentences in reading
order for the prefetch and the translation column). Results reach the UI
thread in batches and go into a :class:`~app.reading.translations.TranslationBook`;
widgets read the state of a sentence or a word without waiting
(:meth:`Translator.sentence`, :meth:`Translator.gloss`).

With online translation off the service answers from the cache only and no
connection is ever opened (``app.translate`` does not even import the HTTP
library then). Network trouble gives one notice per episode, never a dialog.
Must not: touch widgets, wait for the network on the UI thread, log texts or
API keys.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, TypedDict

from PySide6.QtCore import QObject, QTimer, Signal

from app.reading.cards import OnlineGloss, SentenceTranslation
from app.reading.translations import (
    COOLDOWN,
    TranslationBook,
    language_name,
    provider_label,
    sentence_view,
    status_line,
)
from app.ui import settings as keys
from app.ui.article_run import RETRY_BASE_S, ArticleRun
from app.ui.jobs import Worker, traceback_of
from app.ui.settings import Settings, TranslationOverrides
from app.ui.translation_cache import app_cache
from app.ui.translator_hover import HoverRequests

if TYPE_CHECKING:  # imported when first used: the first paint does not wait for them
    from app.translate import (
        ErrorKind,
        TranslationCache,
        TranslationResult,
        TranslationService,
        TranslationSettings,
    )

log = logging.getLogger(__name__)

#: The mouse must rest this long on a sentence before it is sent (hover debounce).
HOVER_DELAY_MS = 120
#: The same notice is not repeated within this time.
NOTICE_INTERVAL_S = 20.0

#: What the workers report: kind ("s" sentence, "g" gloss, "end"), generation, key, result.
_Item = tuple[str, int, "int | str | None", "TranslationResult | None"]


class ServiceOptions(TypedDict, total=False):
    """Keyword arguments for the TranslationService (tests: no backoff, short cooldown)."""

    max_in_flight: int
    max_retries: int
    backoff_s: float
    cooldown_s: float
    clock: Callable[[], float]


class Translator(QObject, HoverRequests):
    """Translations of the open document's sentences and online glosses, for the window."""

    #: Sentence indices and words whose state changed (a result, or now pending).
    changed = Signal(object, object)
    #: The article's progress changed: translated, total.
    progress = Signal(int, int)
    #: One short message for the status bar (network trouble, a settings problem).
    notice = Signal(str)
    #: Online translation was switched on or off.
    online_changed = Signal(bool)

    def __init__(
        self,
        settings: Settings,
        parent: QObject | None = None,
        *,
        cache: TranslationCache | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        #: Provider name -> URL that replaces the provider's own (tests; a proxy).
        self.endpoints: dict[str, str] = {}
        #: Overrides of TranslationSettings fields (tests: a short ``timeout_s``).
        self.setting_overrides = TranslationOverrides()
        #: Keyword arguments for TranslationService (tests: no backoff).
        self.service_options = ServiceOptions()
        #: Translate the whole article in the background after it opens (when online).
        self.prefetch_enabled = True
        #: First pause before the article is tried again after network trouble (doubles).
        self.retry_base_s = RETRY_BASE_S
        self._cache = cache
        self._service: TranslationService | None = None
        self._gen = 0
        self._closed = False
        self.book = TranslationBook()
        self._wanted: tuple[int, str | None] = (-1, None)
        self._queued: tuple[int, str | None] = (-1, None)  # the newest hover request sent
        self._trouble: ErrorKind | None = None
        self._last_notice: tuple[str, float] = ("", 0.0)
        self.fetched = 0
        """Sentences that arrived from the network (not the cache) since the window opened."""
        self._batch: tuple[set[int], set[str], list[bool]] = (set(), set(), [False])
        # Every job's results count (this controller drops those of an old generation).
        self._hover_worker = Worker("translate-hover", self, drop_stale=False)
        self.article = ArticleRun(self)
        self.article.retry_due.connect(self._retry_article)
        for worker in (self._hover_worker, self.article.worker):
            worker.progress.connect(self._take)
            worker.drained.connect(self._batch_taken)
            worker.failed.connect(self._job_failed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(HOVER_DELAY_MS)
        self._debounce.timeout.connect(self._dispatch)

    # ----------------------------------------------------------------- service

    @property
    def cache(self) -> TranslationCache:
        if self._cache is None:
            self._cache = app_cache()
        return self._cache

    @property
    def service(self) -> TranslationService:
        """The current service (created on first use; with online off it never connects)."""
        if self._service is None:
            from app.translate import TranslationService  # deferred: start-up time

            self._service = TranslationService(
                self._current_settings(), self.cache, **self.service_options
            )
        return self._service

    def _current_settings(self) -> TranslationSettings:
        provider = self.settings.get(keys.PROVIDER)
        overrides = self.setting_overrides.copy()
        if provider in self.endpoints:
            overrides.setdefault("endpoint", self.endpoints[provider])
        return self.settings.translation_settings(overrides)

    @property
    def online(self) -> bool:
        return self.settings.get(keys.ONLINE)

    @property
    def provider_label(self) -> str:
        return provider_label(self.settings.get(keys.PROVIDER))

    @property
    def language(self) -> str:
        return language_name(self.settings.get(keys.TARGET))

    def set_online(self, on: bool) -> None:
        """Switch online translation on or off (remembered); off closes every connection."""
        if on == self.online and self._service is not None:
            return
        self.settings.set(keys.ONLINE, bool(on))
        self.apply_settings()
        self.online_changed.emit(bool(on))

    def apply_settings(self) -> None:
        """Use the stored settings: a new service when they differ (the old one is closed)."""
        wanted = self._current_settings()
        old = self._service
        if old is not None and old.settings == wanted:
            return
        same_texts = old is not None and (
            (old.settings.provider, old.settings.target) == (wanted.provider, wanted.target)
        )
        self._replace_service()
        if not same_texts:
            self.book.forget_texts()
        self.book.forget_misses()
        self._trouble = None
        self._announce_all()
        if self.online:
            problem = wanted.problem()
            if problem:
                self._notify(problem)
            elif self.book.sentences and (self.prefetch_enabled or self.article.wanted):
                self._start_article()

    def _replace_service(self) -> None:
        self._gen += 1
        self.article.stop()
        self._debounce.stop()
        self.article.cancel_retry()
        self._wanted = (-1, None)
        self.book.forget_requests()
        old, self._service = self._service, None
        if old is not None:
            old.close()

    def clear_cache(self) -> None:
        """Empty the translation cache on disk (the translations on screen stay)."""
        self.cache.clear()
        self.book.forget_misses()

    def warm_up(self) -> None:
        """Import the translation code and open the cache (any thread; the analysis worker)."""
        try:
            _ = self.cache
        except Exception:  # the cache never raises; nothing here may break an analysis
            log.exception("translation warm-up failed")

    def close(self) -> None:
        """Stop all work (the window is closing); the shared cache stays open."""
        self._closed = True
        self._debounce.stop()
        self.article.close()
        self._hover_worker.close()
        if self._service is not None:
            self._service.close()

    # ---------------------------------------------------------------- document

    def set_document(self, sentences: Sequence[str] | None) -> None:
        """A new document (None: none yet); cancels the old one's work, prefetches the new one."""
        self._gen += 1
        self.article.reset()
        self._debounce.stop()
        self._wanted = (-1, None)
        self.book.new_document(sentences or ())
        if self.book.sentences and self.online and self.prefetch_enabled:
            self._start_article()
        self.progress.emit(*self.counts())

    @property
    def sentences(self) -> tuple[str, ...]:
        return self.book.sentences

    def translate_article(self) -> None:
        """The translation pane wants every sentence: start (or resume) the article worker."""
        self.article.wanted = True
        if self.online and self.book.sentences and self.article.state != "running":
            self.article.cancel_retry()
            self._start_article()

    def stop_article_wish(self) -> None:
        """The pane closed: the article is still prefetched if prefetching is on."""
        self.article.wanted = False

    # ------------------------------------------------------------- reading state

    def translation(self, index: int, *, look: bool = True) -> str | None:
        """The translation of sentence ``index`` if known (memory, then the cache; no network).

        ``look=False``: memory only (the translation pane, while the article worker is
        delivering everything, cached or not).
        """
        return self.book.translation(index, self._cached if look else None)

    def preload(self) -> None:
        """Look every sentence of the document up in the cache at once (one query per 400)."""
        self.book.preload(lambda texts: self.service.cached_many(texts))

    def cached(self, text: str) -> str | None:
        """A sentence's cached translation by its text (the window's translation hook)."""
        return self.service.cached(text)

    def _cached(self, text: str) -> str | None:
        return self.service.cached(text)  # the service is made when first needed

    def is_pending(self, index: int) -> bool:
        if not self.online or index < 0:
            return False
        if index in self.book.pending or index == self._wanted[0]:
            return True
        return self.article.state == "running" and index not in self.book.failed

    def sentence(self, index: int) -> SentenceTranslation:
        """What the card and the Word panel show for sentence ``index``."""
        text = self.translation(index)
        pending = text is None and self.is_pending(index)
        failure = self.book.failed.get(index)
        return sentence_view(
            text, self.online, pending, failure, self.language, lambda: self.provider_label
        )

    def gloss_text(self, word: str) -> str | None:
        """The online gloss of a word if known (memory, then the cache; no network)."""
        return self.book.gloss_text(word, lambda w: self.service.cached_gloss(w))

    def gloss(self, word: str) -> OnlineGloss | None:
        """What the card shows for a word the dictionary lacks: a gloss, pending, or None."""
        if not word:
            return None
        text = self.gloss_text(word)
        label = self.provider_label
        if text is not None:
            return OnlineGloss(text=text, service=label)
        if self.online and (word in self.book.gloss_pending or word == self._wanted[1]):
            return OnlineGloss(pending=True, service=label)
        return None

    def counts(self) -> tuple[int, int]:
        """(sentences translated, sentences in the document)."""
        return self.book.counts()

    @property
    def article_state(self) -> str:
        """idle, running, done or paused (network trouble; a retry is scheduled)."""
        return self.article.state

    def status_text(self) -> str:
        """One line for the translation pane's header."""
        if not self.online:
            return "Online translation is off"
        # The service's status takes its lock, which a worker may hold for a moment:
        # ask only when something went wrong.
        trouble = self._trouble is not None or self.article.state == "paused"
        return status_line(self.counts(), self.service.status() if trouble else None)

    def waiting(self, index: int) -> bool:
        """True when sentence ``index`` failed for a reason that may pass and waits for a retry."""
        return (
            self.online
            and self.article.state != "running"
            and self.book.failed.get(index) in COOLDOWN
            and index not in self.book.pending
        )

    def trouble_reason(self) -> str | None:
        """Why the article waits (the service's message without its "try again later"),
        or None when it does not wait for network trouble."""
        if not self.online or self.article.state != "paused" or not self.book.resting():
            return None
        status = self.service.status()
        message = status.message if status.error is not None else ""
        kind = self.book.resting_kind()
        if not message and kind is not None:
            from app.translate import error_message  # loaded by now: a service failed

            message = error_message(kind, self.provider_label)
        return message.split(";")[0].rstrip(". ")

    def retry_in_s(self) -> float:
        """Seconds until the article is tried again by itself (0: no retry planned)."""
        return self.article.retry_in_s()

    def retry_now(self) -> bool:
        """The reader's "Try again now": end the service's rest and run the article again.
        False when the service must still wait (it asked to slow down)."""
        if not self.online or not self.book.sentences:
            return False
        if not self.service.try_again_now():
            return False
        self.article.cancel_retry()
        self._trouble = None
        self._start_article()
        return True

    def _start_article(self) -> None:
        # Only what is known in memory is skipped here: the worker asks the cache for the
        # rest (in batches, off the UI thread) before anything is sent.
        remaining = self.book.untranslated()
        self.article.stop()
        if not remaining:
            self.article.state = "done"
            self.progress.emit(*self.counts())
            return
        for i in remaining:
            self.book.failed.pop(i, None)
        texts = [self.book.sentences[i] for i in remaining]
        self.article.start(self.service, self._gen, remaining, texts)
        self._announce(remaining, [])
        self.progress.emit(*self.counts())

    def _retry_article(self) -> None:
        if self.online and self.book.sentences and (self.prefetch_enabled or self.article.wanted):
            self._start_article()

    # ------------------------------------------------------------------- results

    def _take(self, ticket: int, item: _Item) -> None:
        """A worker's result (UI thread); the batch is announced when the worker is drained."""
        kind, gen, key, result = item
        if gen != self._gen or self._closed:
            return
        sentences, words, ended = self._batch
        if kind == "end":
            ended[0] = True
        elif kind == "s" and isinstance(key, int) and result is not None:
            self._take_sentence(key, result)
            sentences.add(key)
        elif kind == "g" and isinstance(key, str) and result is not None:
            self._take_gloss(key, result)
            words.add(key)

    def _batch_taken(self) -> None:
        sentences, words, ended = self._batch
        self._batch = (set(), set(), [False])
        if sentences:
            self.book.miss.clear()
        if ended[0]:
            self._article_finished()
        if sentences or words:
            self.changed.emit(tuple(sorted(sentences)), tuple(sorted(words)))
        if sentences or ended[0]:
            self.progress.emit(*self.counts())

    def _job_failed(self, ticket: int, error: Exception) -> None:
        # Never seen in practice: the service itself does not raise.
        log.error("translation job failed: %s\n%s", error, traceback_of(error))

    def _take_sentence(self, index: int, result: TranslationResult) -> None:
        if self.book.take_sentence(index, result):
            self._trouble_seen(result)
        elif result.ok and result.translation is not None and not result.from_cache:
            self.fetched += 1
            self._trouble = None
            self.article.retries = 0

    def _take_gloss(self, word: str, result: TranslationResult) -> None:
        if self.book.take_gloss(word, result):
            self._trouble_seen(result)
        elif result.ok and result.translation is not None and not result.from_cache:
            self._trouble = None

    def _article_finished(self) -> None:
        if self.article.state != "running":
            return
        done, total = self.counts()
        unfinished = done < total and self.book.resting() and self.online
        self.article.finish(unfinished, lambda: self.service.status().retry_in_s, self.retry_base_s)
        self._announce(range(total), [])

    def _trouble_seen(self, result: TranslationResult) -> None:
        """One notice per episode of trouble (reset by the next successful request)."""
        if self._trouble is not None or result.error is None:
            return
        self._trouble = result.error
        from app.translate import error_message  # deferred: start-up time

        self._notify(result.message or error_message(result.error, self.provider_label))

    def _notify(self, message: str) -> None:
        now = time.monotonic()
        last, at = self._last_notice
        if message == last and now - at < NOTICE_INTERVAL_S:
            return
        self._last_notice = (message, now)
        self.notice.emit(message)

    def _announce(self, sentences: Iterable[int | None], words: Iterable[str | None]) -> None:
        s = tuple(i for i in sentences if i is not None and i >= 0)
        w = tuple(x for x in words if x)
        if s or w:
            self.changed.emit(s, w)

    def _announce_all(self) -> None:
        self.changed.emit(tuple(range(len(self.book.sentences))), ())
        self.progress.emit(*self.counts())
