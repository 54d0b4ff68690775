"""The application's one translation cache, shared by every window and opened once.

It is opened on the analysis worker the first time (``Translator.warm_up``) and
reopened when the cache location changes; :func:`close_app_cache` flushes it at
exit.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when first used: the first paint does not wait for it
    from app.translate import TranslationCache

_shared_cache: TranslationCache | None = None
_shared_lock = threading.Lock()


def app_cache() -> TranslationCache:
    """The application's one translation cache (reopened if the cache location changed)."""
    from app.translate import TranslationCache, default_cache_path  # deferred: start-up time

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
