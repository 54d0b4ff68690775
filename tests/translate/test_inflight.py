"""Claiming batches: size limits, texts another caller requests or has cached."""

from __future__ import annotations

from app.translate.inflight import Claim, InFlight
from app.translate.results import ErrorKind, TranslationResult


def _claim(inflight: InFlight, keys: list[str], cached: dict[str, str] | None = None) -> Claim:
    """At most 3 texts and 20 characters a batch; each text is its own cache key."""
    store = cached or {}
    return inflight.claim(keys, {k: k for k in keys}, store.get, 20, 3)


def test_batches_respect_characters_and_sentences() -> None:
    inflight = InFlight()
    claim = _claim(inflight, ["aaaa", "bbbb", "cccc", "dddd"])
    assert claim.batch == ["aaaa", "bbbb", "cccc"] and claim.rest == ["dddd"]
    assert _claim(inflight, ["e" * 15, "f" * 10]).batch == ["e" * 15]  # 15 + 1 + 10 > 20
    assert _claim(inflight, ["g" * 30]).batch == ["g" * 30]  # too long alone: still sent


def test_texts_of_other_callers_are_awaited_and_cached_ones_taken() -> None:
    inflight = InFlight()
    first = _claim(inflight, ["a", "b"])
    second = _claim(inflight, ["a", "b", "c"], cached={"c": "C"})
    assert second.batch == [] and set(second.waits) == {"a", "b"} and second.hits == {"c": "C"}
    done = TranslationResult("", "A")
    missing = TranslationResult("", error=ErrorKind.CANCELLED)
    inflight.release(first.batch, {"a": done}, missing)
    assert second.waits["a"].result() is done and second.waits["b"].result() is missing
    assert _claim(inflight, ["a"]).batch == ["a"]  # released: may be claimed again
