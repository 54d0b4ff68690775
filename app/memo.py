"""A memo for functions of words, kept out of the garbage collector's way.

``functools.lru_cache`` keeps a linked list: one Python list per cached word, each
tracked by the cyclic garbage collector. After a long article that is hundreds of
thousands of objects the collector walks on every full run, holding the interpreter
lock long enough to freeze the window. :func:`word_cache` keeps a plain dict (keys
are the arguments: strings, or tuples of strings the collector stops tracking) and
forgets everything when it is full, which for words of running text costs a refill.
This module must not import Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import update_wrapper
from typing import Generic, ParamSpec, TypeVar

T = TypeVar("T")
P = ParamSpec("P")


class _WordMemo(Generic[P, T]):
    __slots__ = ("__dict__", "_func", "_maxsize", "_memo")

    def __init__(self, func: Callable[P, T], maxsize: int) -> None:
        self._func = func
        self._maxsize = maxsize
        self._memo: dict[Hashable, T] = {}
        update_wrapper(self, func)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> T:
        key: Hashable = (args + tuple(kwargs.items())) if kwargs or len(args) != 1 else args[0]
        try:
            return self._memo[key]
        except KeyError:
            pass
        value = self._func(*args, **kwargs)
        if len(self._memo) >= self._maxsize:
            self._memo.clear()
        self._memo[key] = value
        return value

    def cache_clear(self) -> None:
        self._memo.clear()

    def cache_size(self) -> int:
        return len(self._memo)


def word_cache(maxsize: int = 200_000) -> Callable[[Callable[P, T]], _WordMemo[P, T]]:
    """Memoise a function of hashable arguments (words), at most ``maxsize`` calls."""

    def decorate(func: Callable[P, T]) -> _WordMemo[P, T]:
        return _WordMemo(func, maxsize)

    return decorate
