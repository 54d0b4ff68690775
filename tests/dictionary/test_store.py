"""Locating, installing and repairing the database (the bundled .xz unpacked on first run)."""

from __future__ import annotations

import lzma
from pathlib import Path

import pytest

from app.dictionary import Dictionary, store
from app.dictionary.build.database import compress
from tests.dictionary.support import assert_fallback


def test_missing_bundled_resource(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(store.ENV_VAR, raising=False)
    monkeypatch.setattr(store, "resources_dir", lambda: tmp_path / "resources")
    dictionary = Dictionary()
    assert_fallback(dictionary)
    assert "missing" in (dictionary.error or "")


def test_first_run_install_progress_and_repair(
    small_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    resources = tmp_path / "resources"
    (resources / "dictionary").mkdir(parents=True)
    compress(small_db, resources / "dictionary" / store.COMPRESSED_NAME)
    monkeypatch.delenv(store.ENV_VAR, raising=False)
    monkeypatch.setattr(store, "resources_dir", lambda: resources)
    monkeypatch.setattr(store, "user_data_dir", lambda: tmp_path / "user")
    monkeypatch.setattr("app.core.paths.user_data_dir", lambda: tmp_path / "user")

    calls: list[tuple[float, str]] = []
    first = Dictionary(progress=lambda f, m: calls.append((f, m)))
    assert first.error is None, first.error
    assert calls and calls[-1][0] == 1.0
    assert all(0.0 <= f <= 1.0 for f, _ in calls)
    assert first.path is not None and first.path.is_relative_to(tmp_path / "user")
    assert first.lookup("Waffenlieferungen").glosses
    installed = first.path
    first.close()

    calls.clear()
    second = Dictionary(progress=lambda f, m: calls.append((f, m)))
    assert second.error is None and calls == []  # installed once, reused
    second.close()

    installed.write_bytes(b"\0" * 4096)  # damaged on disk: unpacked again
    third = Dictionary()
    assert third.error is None, third.error
    assert third.lookup("Stahl").glosses[0] == "steel"
    third.close()


def test_truncated_compressed_resource(
    small_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    resources = tmp_path / "resources"
    (resources / "dictionary").mkdir(parents=True)
    data = lzma.compress(small_db.read_bytes())
    (resources / "dictionary" / store.COMPRESSED_NAME).write_bytes(data[: len(data) // 2])
    monkeypatch.delenv(store.ENV_VAR, raising=False)
    monkeypatch.setattr(store, "resources_dir", lambda: resources)
    monkeypatch.setattr(store, "user_data_dir", lambda: tmp_path / "user")
    dictionary = Dictionary()
    assert_fallback(dictionary)
    assert not list((tmp_path / "user" / "dictionary").glob("*.sqlite"))


def test_store_reads_rows_entries_and_lemmas(small_db: Path) -> None:
    db = store.Store(small_db)
    try:
        rows = db.rows(["stahl"])
        assert rows and all(r[0] == "stahl" for r in rows)
        entries, subs = db.details([rows[0][6]], [])
        assert entries and entries[0][0] == rows[0][6] and subs == []
        assert db.known(["stahl", "xyzzy"]) == {"stahl"}
        assert db.lemma("gibst") == "geben" and db.lemma("Haus") is None
        assert db.rows([]) == [] and db.details([], []) == ([], []) and db.known([]) == set()
        assert db.meta["schema"] == "2"
    finally:
        db.close()


def test_fingerprint_follows_the_content_and_names_the_installed_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = tmp_path / "a.xz"
    first.write_bytes(b"x" * 200_000)
    same = tmp_path / "b.xz"
    same.write_bytes(b"x" * 200_000)
    other = tmp_path / "c.xz"
    other.write_bytes(b"x" * 199_999 + b"y")
    assert store.fingerprint(first) == store.fingerprint(same) != store.fingerprint(other)
    monkeypatch.setattr(store, "user_data_dir", lambda: tmp_path / "user")
    installed = store.installed_path(first)
    assert installed.parent == tmp_path / "user" / "dictionary"
    assert store.fingerprint(first) in installed.name
    assert store.reinstallable(installed)
    assert not store.reinstallable(first)


def test_environment_variable_names_the_database(
    small_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(store.ENV_VAR, str(small_db))
    assert store.locate() == small_db
    monkeypatch.setenv(store.ENV_VAR, str(tmp_path / "missing.sqlite"))
    with pytest.raises(store.DictionaryUnavailable, match=store.ENV_VAR):
        store.locate()
