"""The values the translation service returns: error kinds, their messages, results."""

from __future__ import annotations

from app.translate.results import (
    COOLDOWN_KINDS,
    RETRYABLE,
    Counters,
    ErrorKind,
    ServiceStats,
    TranslationResult,
    error_message,
)


def test_every_error_kind_has_a_sentence_naming_the_service_where_it_matters() -> None:
    for kind in ErrorKind:
        message = error_message(kind, "DeepL")
        assert message.endswith((".", ")")), kind
    assert "DeepL" in error_message(ErrorKind.AUTH, "DeepL")
    assert error_message(ErrorKind.OFFLINE) == "Online translation is off."


def test_retries_and_cooldowns_only_for_passing_trouble() -> None:
    assert RETRYABLE <= COOLDOWN_KINDS
    assert ErrorKind.AUTH not in COOLDOWN_KINDS and ErrorKind.CONFIG not in COOLDOWN_KINDS


def test_result_is_ok_without_an_error() -> None:
    assert TranslationResult("Hallo", "Hello").ok
    assert not TranslationResult("Hallo", error=ErrorKind.TIMEOUT).ok


def test_counters_snapshot_copies_every_field() -> None:
    counters = Counters(requests=3, batches=2, sentences_sent=5, cache_hits=7, shared_waits=1,
                        retries=4, failures=6, split_batches=8)  # fmt: skip
    assert counters.snapshot() == ServiceStats(3, 2, 5, 7, 1, 4, 6, 8)
    counters.requests += 1
    assert counters.snapshot().requests == 4
