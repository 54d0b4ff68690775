"""app.core.memo.word_cache: memoises, stays bounded, keeps its entries off the collector."""

from __future__ import annotations

import gc

from app.core.memo import trim_word_caches, word_cache


def test_memoises_and_is_trimmed_when_over_its_size() -> None:
    calls: list[str] = []

    @word_cache(maxsize=3)
    def upper(word: str) -> str:
        calls.append(word)
        return word.upper()

    assert [upper(w) for w in ("a", "b", "a", "c")] == ["A", "B", "A", "C"]
    assert calls == ["a", "b", "c"] and upper.__name__ == "upper"
    trim_word_caches()
    assert upper.cache_info().currsize == 3  # not over its size: kept
    upper("d")
    trim_word_caches()
    assert upper.cache_info().currsize == 0
    assert upper("a") == "A" and calls[-1] == "a"


def test_several_arguments_and_keywords() -> None:
    @word_cache()
    def join(word: str, article: str | None = None, strict: bool = True) -> str:
        return f"{article} {word} {strict}"

    assert join("Haus", "das") == "das Haus True"
    assert join("Haus", "der") == "der Haus True"
    assert join("Haus", strict=False) == "None Haus False"
    assert join("Haus") == "None Haus True"


def test_entries_are_not_tracked_objects() -> None:
    """lru_cache(maxsize=N) keeps a list per entry; this memo keeps one dict."""

    @word_cache()
    def long_word(word: str) -> bool:
        return len(word) > 5

    @word_cache()
    def pair(word: str, article: str) -> str:
        return article + word

    for i in range(1000):
        long_word(f"wort{i}")
        pair(f"wort{i}", "der")
    gc.collect()
    tracked_before = len(gc.get_objects())
    for i in range(1000, 3000):
        long_word(f"wort{i}")
        pair(f"wort{i}", "der")
    gc.collect()
    assert len(gc.get_objects()) - tracked_before < 50
