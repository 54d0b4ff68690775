"""Translation settings: which ones cannot work, the timeout clamp, the key kept out of repr."""

from __future__ import annotations

from app.translate import PROVIDERS, TranslationSettings


def test_settings_problems_and_timeout() -> None:
    assert TranslationSettings().problem() is None
    assert TranslationSettings(timeout_s=60).effective_timeout() == 10.0
    assert TranslationSettings(timeout_s=float("nan")).effective_timeout() <= 10.0
    assert "API key" in (TranslationSettings(provider="microsoft").problem() or "")
    assert TranslationSettings(provider="libre", server_url="ftp://x").problem()
    assert "s3cr3t" not in repr(TranslationSettings(api_key="s3cr3t"))


def test_every_provider_has_a_label_and_limits() -> None:
    for name, info in PROVIDERS.items():
        assert info.label and info.max_chars > 0 and info.max_sentences >= 1, name
        assert TranslationSettings(provider=name).info is info
