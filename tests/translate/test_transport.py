"""The transport under deep-translator: refusing requests outside a call, Retry-After."""

from __future__ import annotations

import pytest

from app.translate import TranslationSettings
from app.translate.providers import make_translator
from app.translate.transport import TransportRefused, parse_retry_after


def test_deep_translator_outside_the_service_is_refused() -> None:
    translator = make_translator(TranslationSettings(endpoint="http://127.0.0.1:9/google/m"))
    with pytest.raises(TransportRefused):
        translator.translate("Hallo Welt")


def test_retry_after_parsing() -> None:
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after("-1") == 0.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
