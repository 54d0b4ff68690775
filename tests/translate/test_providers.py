"""Every provider's real deep-translator code against the local fake endpoints."""

from __future__ import annotations

import pytest

from app.translate import (
    PROVIDERS,
    ErrorKind,
    TranslationCache,
    TranslationService,
    TranslationSettings,
)
from app.translate.providers import base_url, make_translator
from tests.translate_fake_server import Action, FakeProviders, fake_translate

ALL = sorted(PROVIDERS)
BATCH = ["Guten Morgen.", "Wie geht es Ihnen?", "Das Wetter ist schön."]


def make(fake: FakeProviders, cache: TranslationCache, provider: str) -> TranslationService:
    return TranslationService(fake.settings(provider), cache, backoff_s=0.0)


@pytest.mark.parametrize("provider", ALL)
def test_batch_success(fake: FakeProviders, cache: TranslationCache, provider: str) -> None:
    svc = make(fake, cache, provider)
    results = svc.translate(BATCH)
    assert [r.translation for r in results] == [fake_translate(s) for s in BATCH]
    assert len(fake.requests) == 1
    entry = fake.requests[0]
    assert entry.texts == BATCH
    expected_method = "GET" if provider in ("google", "mymemory") else "POST"
    assert entry.method == expected_method


@pytest.mark.parametrize("provider", ALL)
def test_429_then_success(fake: FakeProviders, cache: TranslationCache, provider: str) -> None:
    svc = make(fake, cache, provider)
    fake.then(Action("status", 429, {"Retry-After": "0"}), Action("status", 503))
    results = svc.translate(BATCH)
    assert all(r.ok for r in results), [r.error for r in results]
    assert len(fake.requests) == 3 and svc.stats().retries == 2


@pytest.mark.parametrize("provider", ALL)
def test_500(fake: FakeProviders, cache: TranslationCache, provider: str) -> None:
    svc = make(fake, cache, provider)
    fake.default = Action("status", 500)
    assert all(r.error is ErrorKind.SERVER for r in svc.translate(BATCH))
    assert len(fake.requests) == 3


@pytest.mark.parametrize("provider", ALL)
def test_malformed(fake: FakeProviders, cache: TranslationCache, provider: str) -> None:
    svc = make(fake, cache, provider)
    fake.then(Action("malformed"))
    assert all(r.error is ErrorKind.BAD_RESPONSE for r in svc.translate(BATCH))
    assert len(fake.requests) == 1


@pytest.mark.parametrize("provider", ALL)
def test_slow_answer_times_out(fake: FakeProviders, cache: TranslationCache, provider: str) -> None:
    settings = fake.settings(provider, timeout_s=0.2)
    svc = TranslationService(settings, cache)
    fake.then(Action("slow"))
    assert svc.translate_one(BATCH[0]).error is ErrorKind.TIMEOUT


def test_mymemory_quota_message_is_rate_limit(fake: FakeProviders, cache: TranslationCache) -> None:
    svc = TranslationService(fake.settings("mymemory"), cache, max_retries=0)
    fake.then(Action("quota"))
    result = svc.translate_one(BATCH[0])
    assert result.error is ErrorKind.RATE_LIMITED
    assert svc.cached(BATCH[0]) is None


def test_mymemory_language_codes(fake: FakeProviders, cache: TranslationCache) -> None:
    make(fake, cache, "mymemory").translate_one(BATCH[0])
    assert fake.requests[0].query["langpair"] == "de-DE|en-GB"


def test_google_forbidden_is_rate_limit_not_auth(
    fake: FakeProviders, cache: TranslationCache
) -> None:
    svc = TranslationService(fake.settings("google"), cache, max_retries=0)
    fake.then(Action("status", 403))
    assert svc.translate_one(BATCH[0]).error is ErrorKind.RATE_LIMITED


def test_libre_without_key_sends_none(fake: FakeProviders, cache: TranslationCache) -> None:
    settings = TranslationSettings(provider="libre", online=True, server_url=fake.base + "/libre")
    svc = TranslationService(settings, cache)
    assert svc.translate_one(BATCH[0]).translation == fake_translate(BATCH[0])
    entry = fake.requests[0]
    assert entry.path == "/libre/translate" and "api_key" not in entry.form
    assert entry.form["source"] == "de" and entry.form["target"] == "en"


def test_microsoft_constructor_makes_no_request() -> None:
    settings = TranslationSettings(provider="microsoft", api_key="k", region="westeurope")
    translator = make_translator(settings)  # outside a call context: any request would raise
    assert translator.headers["Ocp-Apim-Subscription-Region"] == "westeurope"


def test_base_url_rules() -> None:
    assert base_url(TranslationSettings()) == ""
    libre = TranslationSettings(provider="libre", server_url="http://localhost:5000")
    assert base_url(libre) == "http://localhost:5000/"
    deepl = TranslationSettings(provider="deepl", api_key="k", endpoint="http://x/v2")
    assert base_url(deepl) == "http://x/v2/"
