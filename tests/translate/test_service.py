"""TranslationService against a local fake provider server (real deep-translator code runs)."""

from __future__ import annotations

import logging
import random
import threading
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from app.translate import (
    ErrorKind,
    TranslationCache,
    TranslationService,
    TranslationSettings,
    normalize_text,
)
from tests.translate_fake_server import (
    GOOD_KEY,
    Action,
    FakeProviders,
    fake_translate,
    refused_endpoint,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def service(
    fake: FakeProviders,
    cache: TranslationCache,
    clock: FakeClock | None = None,
    provider: str = "google",
    **overrides: Any,
) -> TranslationService:
    return TranslationService(
        fake.settings(provider, **overrides),
        cache,
        backoff_s=0.0,
        cooldown_s=30.0,
        clock=clock or FakeClock(),
    )


SENTENCES = [
    "Der Bundestag hat am Donnerstag das Gesetz beschlossen.",
    "Die Opposition kritisierte die Eile.",
    "Über die Kosten wird weiter gestritten.",
    "Am Abend äußerte sich die Kanzlerin.",
    "Sie sprach von einem „wichtigen Schritt“.",
]


def test_batch_success_then_cache_hits(fake: FakeProviders, cache: TranslationCache) -> None:
    svc = service(fake, cache)
    assert all(svc.cached(s) is None for s in SENTENCES)
    results = svc.translate(SENTENCES)
    assert [r.translation for r in results] == [fake_translate(s) for s in SENTENCES]
    assert [r.text for r in results] == SENTENCES
    assert all(r.ok and not r.from_cache and r.provider == "google" for r in results)
    assert len(fake.requests) == 1 and fake.requests[0].texts == SENTENCES
    assert svc.cached(SENTENCES[2]) == fake_translate(SENTENCES[2])
    assert svc.cached_many(SENTENCES) == [fake_translate(s) for s in SENTENCES]
    again = svc.translate(SENTENCES)
    assert all(r.ok and r.from_cache for r in again)
    assert len(fake.requests) == 1
    stats = svc.stats()
    assert stats.requests == 1 and stats.batches == 1 and stats.sentences_sent == 5
    assert stats.cache_hits == 5
    assert svc.status().usable


def test_normalised_text_is_one_cache_entry(fake: FakeProviders, cache: TranslationCache) -> None:
    svc = service(fake, cache)
    texts = ["Der  Hund\n bellt.", "Der Hund bellt.", "Der Hund\u00adbellt."]
    results = svc.translate(texts)
    assert [r.text for r in results] == texts
    assert results[0].translation == results[1].translation == fake_translate("Der Hund bellt.")
    assert fake.sent_texts() == ["Der Hund bellt.", "Der Hundbellt."]
    assert svc.cached("  Der Hund bellt.  ") == fake_translate("Der Hund bellt.")


def test_texts_without_letters_are_not_sent(fake: FakeProviders, cache: TranslationCache) -> None:
    svc = service(fake, cache)
    results = svc.translate(["", "  ", "2024", "— … –", "12. 3."])
    assert [r.translation for r in results] == ["", "", "2024", "— … –", "12. 3."]
    assert all(r.ok for r in results)
    assert fake.requests == []
    assert svc.cached("2024") == "2024"


def test_batches_respect_provider_limits_and_order(
    fake: FakeProviders, cache: TranslationCache
) -> None:
    svc = service(fake, cache)
    info = svc.settings.info
    assert info is not None
    sentences = [f"Satz {i}: " + "wort " * (5 + i % 30) for i in range(120)]
    results = svc.translate(sentences)
    expected = [fake_translate(normalize_text(s)) for s in sentences]
    assert [r.translation for r in results] == expected
    requests = fake.requests
    assert len(requests) > 1
    for entry in requests:
        assert len("\n".join(entry.texts)) <= info.max_chars
        assert len(entry.texts) <= info.max_sentences
    assert fake.sent_texts() == [normalize_text(s) for s in sentences]  # reading order
    stats = svc.stats()
    assert stats.requests == len(requests) and stats.sentences_sent == 120


def test_mismatched_line_count_is_split(fake: FakeProviders, cache: TranslationCache) -> None:
    svc = service(fake, cache)
    fake.then(Action("merge"))
    results = svc.translate([*SENTENCES, "Noch ein Satz."])
    assert [r.translation for r in results] == [
        fake_translate(s) for s in [*SENTENCES, "Noch ein Satz."]
    ]
    assert [len(e.texts) for e in fake.requests] == [6, 3, 3]
    assert svc.stats().split_batches == 1


def test_answer_with_extra_lines_falls_back_to_single(
    fake: FakeProviders, cache: TranslationCache
) -> None:
    fake.translate_line = lambda s: "Line one\nline two" if "Eile" in s else fake_translate(s)
    svc = service(fake, cache)
    results = svc.translate(SENTENCES)
    assert results[1].translation == "Line one line two"
    assert [r.translation for i, r in enumerate(results) if i != 1] == [
        fake_translate(s) for i, s in enumerate(SENTENCES) if i != 1
    ]
    assert [len(e.texts) for e in fake.requests] == [5, 2, 1, 1, 3]
    assert fake.requests[3].texts == [SENTENCES[1]]


def test_provider_that_never_keeps_lines_gets_single_sentences(
    fake: FakeProviders, cache: TranslationCache
) -> None:
    fake.default = Action("merge")
    svc = service(fake, cache)
    sentences = [f"Satz {i} ohne Zeilen." for i in range(12)]
    results = svc.translate(sentences)
    assert [r.translation for r in results] == [fake_translate(s) for s in sentences]
    assert [len(e.texts) for e in fake.requests][:3] == [12, 6, 3]
    assert len(fake.requests) == 15  # three failed batches, then one request per sentence
    more = [f"Noch ein Satz {i}." for i in range(4)]
    assert all(r.ok for r in svc.translate(more))
    assert [len(e.texts) for e in fake.requests[15:]] == [1, 1, 1, 1]


def test_long_retry_after_is_not_waited_for_in_the_call(
    fake: FakeProviders, cache: TranslationCache, clock: FakeClock
) -> None:
    svc = service(fake, cache, clock)
    fake.then(Action("status", 429, {"Retry-After": "120"}))
    assert svc.translate_one(SENTENCES[0]).error is ErrorKind.RATE_LIMITED
    assert len(fake.requests) == 1
    assert svc.status().retry_in_s == pytest.approx(120)
    clock.advance(100)
    assert svc.translate_one(SENTENCES[0]).error is ErrorKind.RATE_LIMITED
    clock.advance(21)
    assert svc.translate_one(SENTENCES[0]).ok
    assert len(fake.requests) == 2


def test_timeout_then_cooldown_then_retry(
    fake: FakeProviders, cache: TranslationCache, clock: FakeClock
) -> None:
    svc = service(fake, cache, clock, timeout_s=0.3)
    fake.then(Action("slow"))
    result = svc.translate_one(SENTENCES[0])
    assert result.error is ErrorKind.TIMEOUT and "in time" in result.message
    status = svc.status()
    assert not status.usable and status.error is ErrorKind.TIMEOUT and status.retry_in_s > 0
    quick = svc.translate([SENTENCES[1], SENTENCES[2]])
    assert all(r.error is ErrorKind.TIMEOUT for r in quick)
    assert len(fake.requests) == 1  # no storm: failed at once, no request
    assert svc.cached(SENTENCES[0]) is None
    clock.advance(31)
    assert svc.translate_one(SENTENCES[0]).translation == fake_translate(SENTENCES[0])
    assert svc.status().usable


def test_429_is_retried(fake: FakeProviders, cache: TranslationCache) -> None:
    svc = service(fake, cache)
    fake.then(Action("status", 429, {"Retry-After": "0"}))
    results = svc.translate(SENTENCES)
    assert all(r.ok for r in results)
    assert len(fake.requests) == 2
    assert svc.stats().retries == 1 and svc.stats().failures == 0


def test_persistent_500_gives_server_error_and_cooldown(
    fake: FakeProviders, cache: TranslationCache, clock: FakeClock
) -> None:
    svc = service(fake, cache, clock)
    fake.default = Action("status", 500)
    results = svc.translate(SENTENCES)
    assert all(r.error is ErrorKind.SERVER for r in results)
    assert len(fake.requests) == 3  # first try and two retries
    assert svc.translate_one("Ein anderer Satz.").error is ErrorKind.SERVER
    assert len(fake.requests) == 3
    fake.default = Action("ok")
    clock.advance(29)
    assert svc.translate_one("Ein anderer Satz.").error is ErrorKind.SERVER
    clock.advance(2)
    assert svc.translate_one("Ein anderer Satz.").ok
    assert all(r.ok for r in svc.translate(SENTENCES))


def test_malformed_answer(fake: FakeProviders, cache: TranslationCache) -> None:
    svc = service(fake, cache)
    fake.then(Action("malformed"))
    results = svc.translate(SENTENCES)
    assert all(r.error is ErrorKind.BAD_RESPONSE for r in results)
    assert len(fake.requests) == 1
    assert svc.cached(SENTENCES[0]) is None
    assert svc.status().usable  # a bad answer does not stop the service
    assert all(r.ok for r in svc.translate(SENTENCES))


def test_connection_refused(cache: TranslationCache, clock: FakeClock) -> None:
    sock, base = refused_endpoint()
    try:
        settings = TranslationSettings(online=True, endpoint=base + "/google/m")
        svc = TranslationService(settings, cache, clock=clock)
        result = svc.translate_one(SENTENCES[0])
        assert result.error is ErrorKind.NETWORK and "reach" in result.message
        assert svc.stats().requests == 1
        assert svc.status().error is ErrorKind.NETWORK
        assert svc.translate(SENTENCES)[0].error is ErrorKind.NETWORK
        assert svc.stats().requests == 1
    finally:
        sock.close()


def test_connection_reset(fake: FakeProviders, cache: TranslationCache) -> None:
    svc = service(fake, cache)
    fake.then(Action("reset"))
    assert svc.translate_one(SENTENCES[0]).error is ErrorKind.NETWORK


def test_same_sentences_from_many_threads_are_requested_once(
    fake: FakeProviders, cache: TranslationCache
) -> None:
    svc = service(fake, cache)
    sentences = [f"Satz Nummer {i} über die Lage." for i in range(20)]
    fake.gate = threading.Event()
    workers = 12
    results: list[list[Any]] = [[] for _ in range(workers)]

    def work(n: int) -> None:
        results[n] = svc.translate(sentences)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(workers)]
    for thread in threads:
        thread.start()
    assert fake.wait_for_requests(1)
    # Every other thread is now waiting for the first thread's request.
    assert svc.wait_for_stats(lambda s: s.shared_waits >= 20 * (workers - 1), timeout=10)
    fake.gate.set()
    for thread in threads:
        thread.join(10)
    assert len(fake.requests) == 1
    assert sorted(fake.sent_texts()) == sorted(sentences)
    for got in results:
        assert [r.translation for r in got] == [fake_translate(s) for s in sentences]


def test_overlapping_requests_from_many_threads(
    fake: FakeProviders, cache: TranslationCache
) -> None:
    svc = service(fake, cache)
    sentences = [f"Satz {i} steht hier." for i in range(60)]
    barrier = threading.Barrier(16)
    errors: list[BaseException] = []

    def work(n: int) -> None:
        order = sentences[:]
        random.Random(n).shuffle(order)
        try:
            barrier.wait()
            if n % 2:
                for sentence in order[:10]:  # hovers
                    assert svc.translate_one(sentence).translation == fake_translate(sentence)
            else:
                got = svc.translate(order[:40])
                assert [r.translation for r in got] == [fake_translate(s) for s in order[:40]]
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not errors
    counts = Counter(fake.sent_texts())
    assert counts and max(counts.values()) == 1


def test_results_persist_across_service_instances(fake: FakeProviders, tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    first_cache = TranslationCache(path)
    first = service(fake, first_cache)
    first.translate(SENTENCES)
    first.gloss("Bundestag")
    first.close()
    first_cache.close()
    second = TranslationService(fake.settings("google", online=False), TranslationCache(path))
    assert second.cached(SENTENCES[3]) == fake_translate(SENTENCES[3])
    results = second.translate([*SENTENCES, "Neu hier."])
    assert all(r.from_cache for r in results[:5])
    assert results[5].error is ErrorKind.OFFLINE and results[5].message
    assert second.cached_gloss("Bundestag") == fake_translate("Bundestag")
    other = TranslationService(fake.settings("mymemory", online=False), TranslationCache(path))
    assert other.cached(SENTENCES[0]) is None  # the key includes the provider


def test_gloss_is_sent_alone_and_cached_apart(fake: FakeProviders, cache: TranslationCache) -> None:
    svc = service(fake, cache)
    result = svc.gloss("Eile")
    assert result.ok and result.translation == fake_translate("Eile") and result.provider
    assert fake.requests[-1].texts == ["Eile"]
    assert svc.cached_gloss("Eile") == fake_translate("Eile")
    assert svc.cached("Eile") is None
    assert svc.gloss("Eile").from_cache


def test_long_sentence_is_cut(fake: FakeProviders, cache: TranslationCache) -> None:
    svc = service(fake, cache, provider="mymemory")
    long = ", ".join(f"und dann kam Teil {i}" for i in range(60)) + "."
    assert len(long) > 1000
    result = svc.translate_one(long)
    assert result.ok
    assert len(fake.requests) >= 3
    assert all(len(e.texts[0]) <= 480 for e in fake.requests)
    assert " ".join(fake.sent_texts()) == long


def test_on_result_and_progressive_cache(fake: FakeProviders, cache: TranslationCache) -> None:
    svc = service(fake, cache)
    sentences = [f"Satz {i} mit einigen Wörtern." for i in range(70)]
    seen: list[int] = []

    def on_result(index: int, result: Any) -> None:
        assert result.ok
        assert svc.cached(sentences[index]) == result.translation  # cached before delivered
        seen.append(index)

    svc.translate(sentences, on_result=on_result)
    assert seen == list(range(70))
    assert len(fake.requests) == 3


def test_cancel_stops_after_current_batch(fake: FakeProviders, cache: TranslationCache) -> None:
    svc = service(fake, cache)
    sentences = [f"Satz {i} mit einigen Wörtern." for i in range(70)]
    cancel = threading.Event()
    results = svc.translate(sentences, cancel=cancel, on_result=lambda i, r: cancel.set())
    assert len(fake.requests) == 1
    assert all(r.ok for r in results[:30])
    assert all(r.error is ErrorKind.CANCELLED for r in results[30:])


def test_close_interrupts_backoff_and_cancels_later_calls(
    fake: FakeProviders, cache: TranslationCache
) -> None:
    svc = service(fake, cache)
    fake.then(Action("status", 429, {"Retry-After": "8"}))
    out: list[Any] = []
    thread = threading.Thread(target=lambda: out.extend(svc.translate(SENTENCES)))
    thread.start()
    assert svc.wait_for_stats(lambda s: s.retries >= 1, timeout=10)
    svc.close()
    thread.join(5)
    assert not thread.is_alive()
    assert all(r.error is ErrorKind.CANCELLED for r in out)
    assert svc.translate_one("Noch ein Satz.").error is ErrorKind.CANCELLED
    assert len(fake.requests) == 1


def test_waiter_takes_over_when_owner_cancels(fake: FakeProviders, cache: TranslationCache) -> None:
    svc = service(fake, cache)
    fake.then(Action("status", 503, {"Retry-After": "8"}))
    owner_cancel = threading.Event()
    owner: list[Any] = []
    waiter: list[Any] = []
    first = threading.Thread(
        target=lambda: owner.extend(svc.translate(SENTENCES, cancel=owner_cancel))
    )
    first.start()
    assert svc.wait_for_stats(lambda s: s.retries >= 1, timeout=10)
    second = threading.Thread(target=lambda: waiter.extend(svc.translate(SENTENCES)))
    second.start()
    assert svc.wait_for_stats(lambda s: s.shared_waits >= len(SENTENCES), timeout=10)
    owner_cancel.set()
    first.join(5)
    second.join(10)
    assert all(r.error is ErrorKind.CANCELLED for r in owner)
    assert [r.translation for r in waiter] == [fake_translate(s) for s in SENTENCES]


def test_config_problems_send_nothing(fake: FakeProviders, cache: TranslationCache) -> None:
    svc = service(fake, cache, provider="deepl", api_key="")
    result = svc.translate_one(SENTENCES[0])
    assert result.error is ErrorKind.CONFIG and "API key" in result.message
    assert svc.status().error is ErrorKind.CONFIG
    libre = TranslationService(TranslationSettings(provider="libre", online=True), cache)
    assert libre.translate_one(SENTENCES[0]).error is ErrorKind.CONFIG
    unknown = TranslationService(TranslationSettings(provider="babel", online=True), cache)
    assert unknown.translate_one(SENTENCES[0]).error is ErrorKind.CONFIG
    bad_lang = service(fake, cache, provider="deepl", target="xx")
    assert bad_lang.translate_one(SENTENCES[0]).error is ErrorKind.CONFIG
    assert fake.requests == []


SECRET = "SECRET-KEY-31415926"


def test_keys_never_leak(
    fake: FakeProviders, cache: TranslationCache, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    fake.libre_key = GOOD_KEY
    seen: list[str] = []
    for provider in ("deepl", "microsoft", "libre"):
        settings = fake.settings(provider, api_key=SECRET, server_url=fake.base + "/libre/")
        svc = TranslationService(settings, cache)
        result = svc.translate_one(f"Ein Satz für {provider}.")
        assert result.error is ErrorKind.AUTH, provider
        assert svc.translate_one("Noch einer.").error is ErrorKind.AUTH  # no second request
        seen += [repr(settings), str(settings), repr(svc), repr(result), str(svc.status())]
    sock, base = refused_endpoint()
    try:
        settings = TranslationSettings(
            provider="deepl", online=True, api_key=SECRET, endpoint=base + "/deepl/v2/"
        )
        svc = TranslationService(settings, cache)
        result = svc.translate_one("Ein Satz.")
        assert result.error is ErrorKind.NETWORK
        seen.append(repr(result))
    finally:
        sock.close()
    assert len(fake.requests) == 3
    for entry in fake.requests:
        assert SECRET not in entry.raw_url  # never in a URL (proxies and servers log URLs)
        assert "auth_key" not in entry.query and "api_key" not in entry.query
    assert fake.requests[0].headers["authorization"] == f"DeepL-Auth-Key {SECRET}"
    assert fake.requests[2].form["api_key"] == SECRET
    for text in [*seen, caplog.text]:
        assert SECRET not in text


def test_offline_service_answers_from_cache_only(
    fake: FakeProviders, cache: TranslationCache
) -> None:
    service(fake, cache).translate(SENTENCES[:2])
    offline = TranslationService(fake.settings("google", online=False), cache)
    results = offline.translate(SENTENCES)
    assert [r.ok for r in results] == [True, True, False, False, False]
    assert results[2].error is ErrorKind.OFFLINE
    assert offline.gloss("Eile").error is ErrorKind.OFFLINE
    status = offline.status()
    assert not status.online and status.error is ErrorKind.OFFLINE
    assert len(fake.requests) == 1
