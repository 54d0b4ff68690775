"""app.nlp.lemmas: simplemma's lemmas with a cached block index."""

from __future__ import annotations

from pathlib import Path

import pytest
import simplemma

from app.nlp import lemmas

WORDS = ["Waffenlieferungen", "gibst", "Präsidenten", "Häusern", "verschärfen", "Putin", "ß"]


@pytest.fixture(autouse=True)
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(lemmas, "user_cache_dir", lambda: tmp_path / "cache")
    monkeypatch.setattr(lemmas, "_lemmatize", None)
    monkeypatch.setattr(lemmas, "_map", None)


def test_same_lemmas_as_simplemma() -> None:
    for word in WORDS:
        assert lemmas.lemmatize(word) == simplemma.lemmatize(word, lang="de")


def test_empty_word_is_no_error() -> None:
    assert lemmas.lemmatize("") == ""


def test_index_is_written_once_and_reused(tmp_path: Path) -> None:
    lemmas.lemmatize("Häuser")
    files = list((tmp_path / "cache" / "lemmas").glob("*.idx"))
    assert len(files) == 1
    stamp = files[0].stat().st_mtime_ns
    mapping = lemmas._CachedStreamMap()
    assert mapping.get("Häusern") == simplemma.lemmatize("Häusern", lang="de")
    assert "Häusern" in mapping and "Qwxzy" not in mapping
    assert files[0].stat().st_mtime_ns == stamp


def test_corrupt_index_is_rebuilt(tmp_path: Path) -> None:
    lemmas.lemmatize("Häuser")
    (index,) = (tmp_path / "cache" / "lemmas").glob("*.idx")
    index.write_bytes(b"\x00garbage")
    mapping = lemmas._CachedStreamMap()
    assert mapping["Präsidenten"] == "Präsident"
    assert index.stat().st_size > 1000


def test_unwritable_cache_still_lemmatizes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    monkeypatch.setattr(lemmas, "user_cache_dir", lambda: blocker)
    assert lemmas.lemmatize("Präsidenten") == "Präsident"


def test_falls_back_to_simplemma_when_internals_change(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> None:
        raise AttributeError("simplemma changed")

    monkeypatch.setattr(lemmas, "_CachedStreamMap", broken)
    assert lemmas.lemmatize("gibst") == "geben"


def test_is_known_words_and_lemmas() -> None:
    assert lemmas.is_known("ankündigen") and lemmas.is_known("Häusern")
    assert lemmas.is_known("haus")  # the other capitalisation counts
    assert not lemmas.is_known("gegenübersagen")
    assert not lemmas.is_known("")


def test_cached_lemma_is_lemmatize_remembered() -> None:
    for word in ("Häuser", "spielten", "Quastenberg", ""):
        assert lemmas.cached_lemma(word) == lemmas.lemmatize(word)
    before = lemmas.cached_lemma.cache_info().hits  # type: ignore[attr-defined]
    lemmas.cached_lemma("Häuser")
    assert lemmas.cached_lemma.cache_info().hits == before + 1  # type: ignore[attr-defined]
