"""Online translation in the window: one service, worker threads, the state of each sentence.

:class:`Translator` keeps the current
:class:`~app.translate.TranslationService` (a new one, the old one closed, when
the settings change) over the application's one
:class:`~app.translate.TranslationCache` (:func:`app_cache`). It fetches on two
daemon threads: the *hover* worker (a sentence and an online gloss for the word
the reader rests on; the newest request wins, a request that has not started
is dropped) and the *article* worker (the document's sentences in reading
order: the prefetch and the translation pane; cancelled when the document or
the settings change). Results go into an inbox and reach the UI thread in one
queued signal per batch; widgets read the state of a sentence or a word
without waiting (:meth:`Translator.sentence`,
:meth:`Translator.gloss`).

With online translation off the service answers from the cache only and no
connection is ever opened (``app.translate`` does not even import the HTTP
library then). Network trouble gives one notice per episode, never a dialog;
the article is tried again after the service's cooldown, with growing pauses.
Must not: touch widgets, wait for the network on the UI thread, log texts or
API keys.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.reading.cards import OnlineGloss, SentenceTranslation
from app.reading.numbers import retry_in, sentence_progress
from app.ui import settings as keys
from app.ui.jobs import Report, Worker, traceback_of
from app.ui.settings import TARGET_LANGUAGES, Settings, TranslationOverrides

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
#: First pause before the article is tried again after network trouble; doubles up to the cap.
RETRY_BASE_S = 30.0
RETRY_MAX_S = 600.0
#: The same notice is not repeated within this time.
NOTICE_INTERVAL_S = 20.0

# ErrorKind values (a StrEnum: its members compare and hash as these strings).
_COOLDOWN = frozenset({"network", "timeout", "rate-limited", "server"})
_QUIET = frozenset({"cancelled", "offline"})

_shared_cache: TranslationCache | None = None
_shared_lock = threading.Lock()


def app_cache() -> TranslationCache:
    """The application's one translation cache (reopened if the cache location changed)."""
    from app.translate import TranslationCache, default_cache_path

    global _shared_cache
    path = default_cache_path()
    with _shared_lock:  # the analysis worker may open it while the UI thread asks
        if _shared_cache is None or Path(_shared_cache.path) != path:
            _shared_cache = TranslationCache(path)
        return _shared_cache


def close_app_cache() -> None:
    """Flush and close the shared cache (at exit)."""
    global _shared_cache
    with _shared_lock:
        if _shared_cache is not None:
            _shared_cache.close()
            _shared_cache = None


def language_name(code: str) -> str:
    return dict(TARGET_LANGUAGES).get(code, code)


def provider_label(name: str) -> str:
    from app.translate import PROVIDERS

    info = PROVIDERS.get(name)
    return info.label if info else name


def sends_to(name: str) -> str:
    """Where a provider sends the text (for tooltips and questions)."""
    from app.translate import PROVIDERS

    info = PROVIDERS.get(name)
    return info.sends_to if info else "the translation service"


# -------------------------------------------------------------------------- controller

#: What the workers report: kind ("s" sentence, "g" gloss, "end"), generation, key, result.
_Item = tuple[str, int, Any, "TranslationResult | None"]


class Translator(QObject):
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
        self.service_options: dict[str, Any] = {}
        #: Translate the whole article in the background after it opens (when online).
        self.prefetch_enabled = True
        #: First pause before the article is tried again after network trouble (doubles).
        self.retry_base_s = RETRY_BASE_S
        self._cache = cache
        self._service: TranslationService | None = None
        self._gen = 0
        self._closed = False
        self._sentences: tuple[str, ...] = ()
        self._done: dict[int, str] = {}
        self._miss: set[int] = set()
        self._pending: set[int] = set()
        self._failed: dict[int, ErrorKind] = {}
        self._glosses: dict[str, str] = {}
        self._gloss_miss: set[str] = set()
        self._gloss_pending: set[str] = set()
        self._gloss_failed: dict[str, ErrorKind] = {}
        self._wanted: tuple[int, str | None] = (-1, None)
        self._queued: tuple[int, str | None] = (-1, None)  # the newest hover request sent
        self._article = "idle"  # idle, running, done, paused
        self._article_stop = threading.Event()
        self._article_wanted = False  # the translation pane asked for the whole article
        self._retries = 0
        self._trouble: ErrorKind | None = None
        self._last_notice: tuple[str, float] = ("", 0.0)
        self.fetched = 0
        """Sentences that arrived from the network (not the cache) since the window opened."""
        self._batch: tuple[set[int], set[str], list[bool]] = (set(), set(), [False])
        # Every job's results count (this controller drops those of an old generation).
        self._hover_worker = Worker("translate-hover", self, drop_stale=False)
        self._article_worker = Worker("translate-article", self, drop_stale=False)
        for worker in (self._hover_worker, self._article_worker):
            worker.progress.connect(self._take)
            worker.drained.connect(self._batch_taken)
            worker.failed.connect(self._job_failed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(HOVER_DELAY_MS)
        self._debounce.timeout.connect(self._dispatch)
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self._retry_article)

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
            from app.translate import TranslationService

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
            self._done.clear()
            self._glosses.clear()
        self._miss.clear()
        self._gloss_miss.clear()
        self._trouble = None
        self._announce_all()
        if self.online:
            problem = wanted.problem()
            if problem:
                self._notify(problem)
            elif self._sentences and (self.prefetch_enabled or self._article_wanted):
                self._start_article()

    def _replace_service(self) -> None:
        self._gen += 1
        self._stop_article()
        self._debounce.stop()
        self._retry_timer.stop()
        self._wanted = (-1, None)
        self._pending.clear()
        self._failed.clear()
        self._gloss_pending.clear()
        self._gloss_failed.clear()
        old, self._service = self._service, None
        if old is not None:
            old.close()

    def clear_cache(self) -> None:
        """Empty the translation cache on disk (the translations on screen stay)."""
        self.cache.clear()
        self._miss.clear()
        self._gloss_miss.clear()

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
        self._retry_timer.stop()
        self._article_stop.set()
        self._hover_worker.close()
        self._article_worker.close()
        if self._service is not None:
            self._service.close()

    # ---------------------------------------------------------------- document

    def set_document(self, sentences: Sequence[str] | None) -> None:
        """A new document (None: none yet); cancels the old one's work, prefetches the new one."""
        self._gen += 1
        self._stop_article()
        self._debounce.stop()
        self._retry_timer.stop()
        self._retries = 0
        self._wanted = (-1, None)
        self._sentences = tuple(sentences or ())
        self._done.clear()
        self._miss.clear()
        self._pending.clear()
        self._failed.clear()
        self._gloss_pending.clear()
        self._gloss_failed.clear()
        self._article = "idle"
        if self._sentences and self.online and self.prefetch_enabled:
            self._start_article()
        self.progress.emit(*self.counts())

    @property
    def sentences(self) -> tuple[str, ...]:
        return self._sentences

    def translate_article(self) -> None:
        """The translation pane wants every sentence: start (or resume) the article worker."""
        self._article_wanted = True
        if self.online and self._sentences and self._article != "running":
            self._retry_timer.stop()
            self._start_article()

    def stop_article_wish(self) -> None:
        """The pane closed: the article is still prefetched if prefetching is on."""
        self._article_wanted = False

    # ------------------------------------------------------------- reading state

    def translation(self, index: int, *, look: bool = True) -> str | None:
        """The translation of sentence ``index`` if known (memory, then the cache; no network).

        ``look=False``: memory only (the translation pane, while the article worker is
        delivering everything, cached or not).
        """
        text = self._done.get(index)
        if text is not None or index in self._miss or not look:
            return text
        if not 0 <= index < len(self._sentences):
            return None
        try:
            text = self.service.cached(self._sentences[index])
        except Exception:  # the cache never raises; a hover must not fail regardless
            text = None
        if text is None:
            self._miss.add(index)
        else:
            self._done[index] = text
        return text

    def preload(self) -> None:
        """Look every sentence of the document up in the cache at once (one query per 400)."""
        todo = [
            i for i in range(len(self._sentences)) if i not in self._done and i not in self._miss
        ]
        if not todo:
            return
        try:
            found = self.service.cached_many([self._sentences[i] for i in todo])
        except Exception:  # the cache never raises; the pane must open regardless
            return
        for i, text in zip(todo, found, strict=True):
            if text is None:
                self._miss.add(i)
            else:
                self._done[i] = text

    def cached(self, text: str) -> str | None:
        """A sentence's cached translation by its text (the window's translation hook)."""
        return self.service.cached(text)

    def is_pending(self, index: int) -> bool:
        if not self.online or index < 0:
            return False
        if index in self._pending or index == self._wanted[0]:
            return True
        return self._article == "running" and index not in self._failed

    def sentence(self, index: int) -> SentenceTranslation:
        """What the card and the Word panel show for sentence ``index``."""
        language = self.language
        text = self.translation(index)
        if text is not None:
            return SentenceTranslation(text=text, language=language)
        if not self.online:
            return SentenceTranslation(
                language=language, note="Online translation is off", offer=True
            )
        if self.is_pending(index):
            return SentenceTranslation(pending=True, language=language)
        kind = self._failed.get(index)
        if kind is not None:
            if kind in _COOLDOWN:
                note = "No translation right now; Leselupe will try again later"
            else:
                from app.translate import error_message

                note = error_message(kind, self.provider_label).rstrip(".")
            return SentenceTranslation(language=language, note=note, offer=kind in _COOLDOWN)
        return SentenceTranslation(language=language, offer=True)

    def gloss_text(self, word: str) -> str | None:
        """The online gloss of a word if known (memory, then the cache; no network)."""
        text = self._glosses.get(word)
        if text is not None or word in self._gloss_miss or not word:
            return text
        try:
            text = self.service.cached_gloss(word)
        except Exception:  # the cache never raises; a hover must not fail regardless
            text = None
        if text is None:
            self._gloss_miss.add(word)
        else:
            self._glosses[word] = text
        return text

    def gloss(self, word: str) -> OnlineGloss | None:
        """What the card shows for a word the dictionary lacks: a gloss, pending, or None."""
        if not word:
            return None
        text = self.gloss_text(word)
        label = self.provider_label
        if text is not None:
            return OnlineGloss(text=text, service=label)
        if self.online and (word in self._gloss_pending or word == self._wanted[1]):
            return OnlineGloss(pending=True, service=label)
        return None

    def counts(self) -> tuple[int, int]:
        """(sentences translated, sentences in the document)."""
        return sum(1 for i in self._done if i < len(self._sentences)), len(self._sentences)

    @property
    def article_state(self) -> str:
        """idle, running, done or paused (network trouble; a retry is scheduled)."""
        return self._article

    def status_text(self) -> str:
        """One line for the translation pane's header."""
        done, total = self.counts()
        if not self.online:
            return "Online translation is off"
        # The service's status takes its lock, which a worker may hold for a moment:
        # ask only when something went wrong.
        trouble = self._trouble is not None or self._article == "paused"
        status = self.service.status() if trouble else None
        if status is not None and status.error is not None and status.error not in _QUIET:
            if status.retry_in_s > 0:
                return f"{status.message} ({retry_in(status.retry_in_s)})"
            return status.message
        return sentence_progress(done, total)  # the progress bar beside it says "translating"

    # ------------------------------------------------------------------ requests

    def want(self, index: int, word: str | None = None, *, now: bool = False) -> None:
        """The reader rests on sentence ``index`` (and a word without dictionary entry).

        Requests what is missing after a short rest (``now``: at once, for a click or
        the keyboard). Never requests while offline, nor what is known or on its way;
        a failed text is asked again only when the service is not resting.
        """
        if not self.online or self._closed:
            return
        if not 0 <= index < len(self._sentences):
            index = -1
        need_sentence = index >= 0 and self._needs_sentence(index)
        need_word = bool(word) and self._needs_word(word or "")
        if not need_sentence and not need_word:
            return
        wanted = (index if need_sentence else -1, word if need_word else None)
        if wanted != self._wanted or now:
            previous = self._wanted
            self._wanted = wanted
            self._announce(
                [i for i in (previous[0], wanted[0]) if i >= 0],
                [w for w in (previous[1], wanted[1]) if w],
            )
            if now:
                self._debounce.stop()
                self._dispatch()
            else:
                self._debounce.start()

    def unwant(self) -> None:
        """The mouse left the words before resting: forget the request not yet sent."""
        if self._wanted == (-1, None):
            return
        previous = self._wanted
        self._wanted = (-1, None)
        self._debounce.stop()
        self._announce([previous[0]], [previous[1]])

    def gave_up(self, index: int) -> bool:
        """True when sentence ``index`` failed for a reason a later retry will not fix."""
        kind = self._failed.get(index)
        return kind is not None and kind not in _COOLDOWN

    def _needs_sentence(self, index: int) -> bool:
        if self.translation(index) is not None or index in self._pending:
            return False
        if index in self._failed:
            if not self.service.status().usable:
                return False
            del self._failed[index]
        return True

    def _needs_word(self, word: str) -> bool:
        if word in self._gloss_pending or self.gloss_text(word) is not None:
            return False
        if word in self._gloss_failed:
            if not self.service.status().usable:
                return False
            del self._gloss_failed[word]
        return True

    def _dispatch(self) -> None:
        index, word = self._wanted
        self._wanted = (-1, None)
        if index < 0 and not word:
            return
        service = self.service
        gen = self._gen
        text = self._sentences[index] if index >= 0 else ""

        def run(report: Report) -> None:
            if word:
                report(("g", gen, word, service.gloss(word)))
            if index >= 0:
                report(("s", gen, index, service.translate_one(text)))

        def dropped() -> None:  # replaced by a newer request before it started
            self._unmark(index, word)

        if index >= 0:
            self._pending.add(index)
        if word:
            self._gloss_pending.add(word)
        self._queued = (index, word)
        self._hover_worker.submit(run, on_drop=dropped)

    def _unmark(self, index: int, word: str | None) -> None:
        """Take back the "pending" marks of a hover request that will not run."""
        newest = self._queued  # the request that replaced it keeps its marks
        if index >= 0 and index != newest[0]:
            self._pending.discard(index)
        if word and word != newest[1]:
            self._gloss_pending.discard(word)
        self._announce([index] if index >= 0 else [], [word])

    def _start_article(self) -> None:
        # Only what is known in memory is skipped here: the worker asks the cache for the
        # rest (in batches, off the UI thread) before anything is sent.
        remaining = [i for i in range(len(self._sentences)) if i not in self._done]
        self._stop_article()
        if not remaining:
            self._article = "done"
            self.progress.emit(*self.counts())
            return
        for i in remaining:
            self._failed.pop(i, None)
        stop = threading.Event()
        self._article_stop = stop
        service = self.service
        gen = self._gen
        texts = [self._sentences[i] for i in remaining]

        def run(report: Report) -> None:
            def deliver(position: int, result: TranslationResult) -> None:
                report(("s", gen, remaining[position], result))

            try:
                service.translate(texts, cancel=stop, on_result=deliver)
            finally:
                report(("end", gen, None, None))

        self._article = "running"
        self._article_worker.submit(run)
        self._announce(remaining, [])
        self.progress.emit(*self.counts())

    def _stop_article(self) -> None:
        self._article_stop.set()
        if self._article == "running":
            self._article = "idle"

    def _retry_article(self) -> None:
        if self.online and self._sentences and (self.prefetch_enabled or self._article_wanted):
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
        elif kind == "s" and result is not None:
            self._take_sentence(int(key), result)
            sentences.add(int(key))
        elif kind == "g" and result is not None:
            self._take_gloss(str(key), result)
            words.add(str(key))

    def _batch_taken(self) -> None:
        sentences, words, ended = self._batch
        self._batch = (set(), set(), [False])
        if sentences:
            self._miss.clear()
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
        self._pending.discard(index)
        if result.ok and result.translation is not None:
            self._done[index] = result.translation
            self._failed.pop(index, None)
            if not result.from_cache:
                self.fetched += 1
                self._trouble = None
                self._retries = 0
        elif result.error is not None and result.error not in _QUIET:
            self._failed[index] = result.error
            self._trouble_seen(result)

    def _take_gloss(self, word: str, result: TranslationResult) -> None:
        self._gloss_pending.discard(word)
        if result.ok and result.translation is not None:
            self._glosses[word] = result.translation
            self._gloss_miss.discard(word)
            self._gloss_failed.pop(word, None)
            if not result.from_cache:
                self._trouble = None
        elif result.error is not None and result.error not in _QUIET:
            self._gloss_failed[word] = result.error
            self._trouble_seen(result)

    def _article_finished(self) -> None:
        if self._article != "running":
            return
        done, total = self.counts()
        paused = any(kind in _COOLDOWN for kind in self._failed.values())
        if done < total and paused and self.online:
            self._article = "paused"
            wait = max(self.service.status().retry_in_s, self.retry_base_s * 2**self._retries)
            self._retries += 1
            self._retry_timer.start(int(min(wait, RETRY_MAX_S) * 1000) + 250)
        else:
            self._article = "done"
        self._announce(range(total), [])

    def _trouble_seen(self, result: TranslationResult) -> None:
        """One notice per episode of trouble (reset by the next successful request)."""
        if self._trouble is not None or result.error is None:
            return
        self._trouble = result.error
        from app.translate import error_message

        self._notify(result.message or error_message(result.error, self.provider_label))

    def _notify(self, message: str) -> None:
        now = time.monotonic()
        last, at = self._last_notice
        if message == last and now - at < NOTICE_INTERVAL_S:
            return
        self._last_notice = (message, now)
        self.notice.emit(message)

    def _announce(self, sentences: Any, words: Any) -> None:
        s = tuple(i for i in sentences if i is not None and i >= 0)
        w = tuple(x for x in words if x)
        if s or w:
            self.changed.emit(s, w)

    def _announce_all(self) -> None:
        self.changed.emit(tuple(range(len(self._sentences))), ())
        self.progress.emit(*self.counts())
