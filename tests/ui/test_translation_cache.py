"""The application's one translation cache: opened once, reopened when its place changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ui.translation_cache import app_cache, close_app_cache


def test_one_cache_per_location(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    close_app_cache()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "one"))
    first = app_cache()
    assert app_cache() is first
    assert str(tmp_path / "one") in str(first.path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "two"))
    second = app_cache()
    assert second is not first and str(tmp_path / "two") in str(second.path)
    close_app_cache()
    close_app_cache()  # closing twice is harmless
    assert app_cache() is not second
    close_app_cache()
