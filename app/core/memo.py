"""Memos for functions of words, kept out of the garbage collector's way.

``functools.lru_cache`` with a size keeps a linked list: one Python list per cached word,
each tracked by the cyclic garbage collector. After a long article that is hundreds of
thousands of objects the collector walks on every full run, holding the interpreter
lock long enough to freeze the window. :func:`word_cache` is ``functools.cache`` (a plain
dict, in C: the word, or a tuple of strings the collector stops tracking, as the key),
and :func:`trim_word_caches`, called before each analysis, forgets a memo that has grown
past its size. This module must not import Qt.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_memos: list[tuple[Any, int]] = []


def word_cache(maxsize: int = 200_000) -> Callable[[F], F]:
    """Memoise a function of hashable arguments (words); see :func:`trim_word_caches`."""

    def decorate(func: F) -> F:
        cached = functools.cache(func)
        _memos.append((cached, maxsize))
        return cached  # type: ignore[return-value]

    return decorate


def trim_word_caches() -> None:
    """Empty every memo holding more than its ``maxsize`` entries."""
    for cached, maxsize in _memos:
        if cached.cache_info().currsize > maxsize:
            cached.cache_clear()
