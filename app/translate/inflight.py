"""Texts being requested right now, and the batches they are claimed in.

A text one caller is requesting is awaited by every other caller (through a
:class:`~concurrent.futures.Future`), never requested twice. :meth:`InFlight.claim`
takes the next batch from a caller's list: texts nobody requests yet, within the
provider's size limits, while noting the ones to wait for and the ones another
caller has cached meanwhile. Not locked on its own: the service calls it under
its lock.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass, field

from app.translate.results import TranslationResult


@dataclass(slots=True)
class Claim:
    """The next batch of a caller's texts (cache keys), and what happened to the others."""

    batch: list[str] = field(default_factory=list)
    rest: list[str] = field(default_factory=list)
    #: texts another caller is requesting: wait for these
    waits: dict[str, Future[TranslationResult]] = field(default_factory=dict)
    #: texts another caller has cached since the first look at the cache
    hits: dict[str, str] = field(default_factory=dict)


class InFlight:
    """Futures of the texts being requested, by cache key."""

    def __init__(self) -> None:
        self._futures: dict[str, Future[TranslationResult]] = {}

    def claim(
        self,
        rest: list[str],
        normalized: Mapping[str, str],
        cached: Callable[[str], str | None],
        max_chars: int,
        max_sentences: int,
    ) -> Claim:
        """Take the next batch from ``rest``: texts nobody requests yet, at most
        ``max_sentences`` of them and ``max_chars`` characters joined by newlines
        (a single longer text goes alone)."""
        claim = Claim()
        size = 0
        index = 0
        while index < len(rest):
            key = rest[index]
            future = self._futures.get(key)
            if future is not None:
                claim.waits[key] = future
                index += 1
                continue
            value = cached(key)
            if value is not None:
                claim.hits[key] = value
                index += 1
                continue
            length = len(normalized[key])
            if claim.batch and (size + 1 + length > max_chars or len(claim.batch) >= max_sentences):
                break
            self._futures[key] = Future()
            claim.batch.append(key)
            size += length + (1 if len(claim.batch) > 1 else 0)
            index += 1
            if size >= max_chars:
                break
        claim.rest = rest[index:]
        return claim

    def release(
        self, batch: list[str], outcome: Mapping[str, TranslationResult], missing: TranslationResult
    ) -> None:
        """Hand each claimed text's result (``missing`` when there is none) to its waiters."""
        for key in batch:
            future = self._futures.pop(key, None)
            if future is not None:
                future.set_result(outcome.get(key, missing))
