"""Offline mode: with online translation off, not a single socket connection is attempted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.analysis import analyze
from app.core.paths import sample_article_path
from app.translate import (
    PROVIDERS,
    ErrorKind,
    TranslationCache,
    TranslationService,
    TranslationSettings,
)
from tests.helpers import block_sockets
from tests.translate_fake_server import FakeProviders, fake_translate

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeProviders]:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    server = FakeProviders()
    yield server
    server.close()


def test_offline_mode_opens_no_socket(
    fake: FakeProviders, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    analysis = analyze(sample_article_path().read_text(encoding="utf-8"))
    sentences = [analysis.text[s.start : s.end] for s in analysis.sentences]
    assert len(sentences) > 10
    path = tmp_path / "translations.sqlite3"
    online_cache = TranslationCache(path)
    TranslationService(fake.settings("google"), online_cache).translate(sentences[:5])
    online_cache.close()

    attempts = block_sockets(monkeypatch)
    # The blocker really catches the HTTP stack: an online service now fails to connect.
    probe = TranslationService(fake.settings("google"), TranslationCache(tmp_path / "p.sqlite3"))
    assert probe.translate_one("Ein Satz.").error is ErrorKind.NETWORK
    assert attempts
    attempts.clear()

    cache = TranslationCache(path)
    settings = TranslationSettings(
        provider="google", online=False, endpoint=fake.endpoint("google")
    )
    svc = TranslationService(settings, cache)
    assert svc.cached(sentences[0]) is not None
    assert svc.cached_many(sentences)[:5] == [svc.cached(s) for s in sentences[:5]]
    assert svc.cached_gloss("Wahl") is None
    results = svc.translate(sentences, on_result=lambda i, r: None)
    assert all(r.ok and r.from_cache for r in results[:5])
    assert all(r.error is ErrorKind.OFFLINE for r in results[5:] if not r.ok)
    assert results[0].translation == svc.cached(sentences[0])
    for word in {t.text for t in analysis.tokens if t.text.isalpha()}:
        assert svc.gloss(word).error is ErrorKind.OFFLINE
    assert svc.translate_one(sentences[-1]).error is ErrorKind.OFFLINE
    assert svc.status().error is ErrorKind.OFFLINE
    assert svc.stats().requests == 0
    for name in PROVIDERS:
        other = TranslationService(
            TranslationSettings(provider=name, api_key="k", server_url="http://example.org/"),
            cache,
        )
        assert other.translate(sentences[5:8])[0].error is ErrorKind.OFFLINE
        other.close()
    assert cache.size_bytes() > 0
    cache.clear()
    assert svc.cached(sentences[0]) is None
    svc.close()
    cache.close()
    assert attempts == []


FRESH_PROCESS = textwrap.dedent(
    """
    import json, socket, sys
    attempts = []
    def refuse(*args, **kwargs):
        attempts.append(1)
        raise OSError("blocked")
    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse
    from app.translate import PROVIDERS, TranslationCache, TranslationService, TranslationSettings
    cache = TranslationCache(sys.argv[1])
    kinds = set()
    for name in PROVIDERS:
        settings = TranslationSettings(provider=name, api_key="k", server_url="http://x.org/")
        svc = TranslationService(settings, cache)
        kinds.update(r.error.value for r in svc.translate(["Guten Tag.", "Wie geht's?"]))
        kinds.add(svc.gloss("Tag").error.value)
        svc.cached("Guten Tag.")
        svc.status()
        svc.close()
    cache.close()
    print(json.dumps({
        "attempts": len(attempts),
        "kinds": sorted(kinds),
        "loaded": sorted(m for m in ("requests", "urllib3", "deep_translator", "http.client")
                         if m in sys.modules),
    }))
    """
)


def test_offline_process_never_loads_the_network_stack(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", FRESH_PROCESS, str(tmp_path / "t.sqlite3")],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"attempts": 0, "kinds": ["offline"], "loaded": []}


def test_cached_translations_from_an_online_session_are_used_offline(
    fake: FakeProviders, tmp_path: Path
) -> None:
    path = tmp_path / "translations.sqlite3"
    online = TranslationService(fake.settings("deepl"), TranslationCache(path))
    online.translate(["Guten Tag."])
    offline = TranslationService(fake.settings("deepl", online=False), TranslationCache(path))
    assert offline.translate_one("Guten  Tag.").translation == fake_translate("Guten Tag.")
