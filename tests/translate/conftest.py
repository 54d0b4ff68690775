"""Fixtures of the translation tests: the local fake provider server and a fresh cache."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.translate import TranslationCache
from tests.translate_fake_server import FakeProviders


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fake server listens on 127.0.0.1: never send its requests to a proxy."""
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


@pytest.fixture
def fake() -> Iterator[FakeProviders]:
    server = FakeProviders()
    yield server
    server.close()


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[TranslationCache]:
    store = TranslationCache(tmp_path / "t.sqlite3")
    yield store
    store.close()
