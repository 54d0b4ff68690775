"""Online translation through deep-translator, with a persistent cache and an offline mode.

No Qt here. The window runs :meth:`TranslationService.translate` on worker
threads and calls :meth:`TranslationService.cached` on the UI thread. Nothing
in this package raises to the caller for network, provider or cache problems:
errors are values.

Usage::

    cache = TranslationCache()                       # one per application
    settings = TranslationSettings(provider="google", online=True)
    service = TranslationService(settings, cache)    # a new one when settings change

    service.cached(sentence)          # -> str | None   instant, no network (UI thread)
    service.cached_many(sentences)    # -> list[str | None]
    service.cached_gloss(word)        # -> str | None
    service.translate(sentences, cancel=event, on_result=callback)
                                      # -> list[TranslationResult]  blocking (worker thread)
    service.translate_one(sentence)   # -> TranslationResult        blocking (worker thread)
    service.gloss(word)               # -> TranslationResult        blocking; an online gloss
    service.status()                  # -> ServiceStatus  (for one status-bar message)
    service.stats()                   # -> ServiceStats   (requests, batches, cache hits, ...)
    service.close()                   # running calls stop after their current request

    cache.size_bytes(); cache.clear(); cache.notice   # for the Settings dialog

Settings (:class:`TranslationSettings`, frozen): ``provider`` ("google" default,
"deepl", "mymemory", "libre", "microsoft"; see :data:`PROVIDERS` for labels and
which fields each needs), ``source`` ("de"), ``target`` ("en"), ``api_key``
(never in ``repr``), ``server_url`` (LibreTranslate), ``region`` (Microsoft),
``online`` (False by default), ``timeout_s`` (clamped to at most 10 s),
``endpoint`` (replaces the provider's URL; tests use a local server).

Behaviour:

* ``online=False``: only cache hits; everything else is ``ErrorKind.OFFLINE``.
  Not even the HTTP library is imported; no socket is opened.
* Sentences are normalised (NFC, whitespace collapsed, soft hyphens dropped)
  and keyed by provider + source + target + text. Texts without letters are
  returned unchanged without a request.
* Uncached sentences go out in input order, joined with newlines into batches
  below each provider's size limit (:attr:`ProviderInfo.max_chars`,
  :attr:`ProviderInfo.max_sentences`); an answer with a different number of
  lines is asked again in halves, down to single sentences. Longer-than-limit
  sentences are cut at punctuation or spaces.
* At most ``max_in_flight`` (2) requests at a time per service; each with a
  timeout of at most 10 s; HTTP 429 and 5xx are retried twice with exponential
  backoff (honouring ``Retry-After``). A sentence being requested by one thread
  is awaited by the others, never requested twice; results go into the cache
  batch by batch, so prefetching an article (``translate`` on all its sentences
  in reading order, from one worker) fills the cache progressively while hovers
  from other workers still get the second request slot.
* After a network, timeout, rate-limit or server failure the service rests
  (``cooldown_s``, 30 s): calls in that time fail at once without a request, and
  :meth:`TranslationService.status` says when it will try again. A rejected key
  stops requests until the settings change.
* API keys are moved out of URLs (DeepL: ``Authorization`` header; LibreTranslate:
  form body) and never logged; logs name only the provider, error kind and HTTP status.
"""

from app.translate.cache import TranslationCache, default_cache_path
from app.translate.results import (
    ErrorKind,
    ServiceStats,
    ServiceStatus,
    TranslationResult,
    error_message,
)
from app.translate.service import TranslationService
from app.translate.settings import PROVIDERS, ProviderInfo, TranslationSettings
from app.translate.text import normalize_text

__all__ = [
    "PROVIDERS",
    "ErrorKind",
    "ProviderInfo",
    "ServiceStats",
    "ServiceStatus",
    "TranslationCache",
    "TranslationResult",
    "TranslationService",
    "TranslationSettings",
    "default_cache_path",
    "error_message",
    "normalize_text",
]
