"""The Dictionary: bad input, concurrency, and a missing or corrupt database."""

from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import app.dictionary as dictionary_module
from app.dictionary import Dictionary, WordInfo, open_dictionary, store
from tests.dictionary.support import assert_fallback


@pytest.mark.parametrize(
    "bad", ["", "   ", "2023", "5.", "Covid-19", "🙂", "Haus🙂", "x" * 1000, "Москва", "Hausд"]
)
def test_bad_input_gives_an_empty_result(small: Dictionary, bad: str) -> None:
    info = small.lookup(bad, lemma=bad, pos="X")
    assert isinstance(info, WordInfo)
    assert info.glosses == () and info.compound == () and info.gender is None


def test_non_string_input_never_raises(small: Dictionary) -> None:
    for bad in (None, 42, b"Haus", ["Haus"]):
        info = small.lookup(bad)  # type: ignore[arg-type]
        assert info.glosses == ()


@settings(max_examples=300, deadline=None)
@given(word=st.text(max_size=80), lemma=st.one_of(st.none(), st.text(max_size=20)))
def test_lookup_never_raises(small: Dictionary, word: str, lemma: str | None) -> None:
    info = small.lookup(word, lemma=lemma, pos="NOUN")
    assert isinstance(info, WordInfo)
    assert len(info.glosses) <= 5


def test_concurrent_lookups_agree(small: Dictionary) -> None:
    words = ["Waffenlieferungen", "Stahlimporte", "der", "hat", "Summen", "Raketen-Tests"] * 20
    expected = {w: small.lookup(w) for w in words}
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(small.lookup, words))
    assert all(r == expected[w] for w, r in zip(words, results, strict=True))


def test_missing_database_file(tmp_path: Path) -> None:
    dictionary = Dictionary(tmp_path / "nowhere.sqlite")
    assert_fallback(dictionary)
    assert "nowhere.sqlite" in (dictionary.error or "")


def test_corrupt_database_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    assert_fallback(Dictionary(bad))


def test_database_of_another_format(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE words (w TEXT)")
    assert_fallback(Dictionary(other))
    assert "incomplete" in (Dictionary(other).error or "")


def test_open_dictionary_opens_one_shared_instance(
    small_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(store.ENV_VAR, str(small_db))
    monkeypatch.setattr(dictionary_module, "_shared", None)
    first = open_dictionary()
    try:
        assert first is open_dictionary()
        assert first.available and first.path == small_db
        assert first.description and "entries" in first.description
    finally:
        first.close()
    assert not first.available
    assert first.lookup("Stahl", lemma="Stahl").glosses == ()  # closed: lemma only
