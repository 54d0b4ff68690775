"""app.memo.word_cache: memoises, stays bounded, keeps its entries off the collector."""

from __future__ import annotations

import gc

from app.memo import word_cache


def test_memoises_and_forgets_when_full() -> None:
    calls: list[str] = []

    @word_cache(maxsize=3)
    def upper(word: str) -> str:
        calls.append(word)
        return word.upper()

    assert [upper(w) for w in ("a", "b", "a", "c")] == ["A", "B", "A", "C"]
    assert calls == ["a", "b", "c"] and upper.cache_size() == 3
    assert upper("d") == "D" and upper.cache_size() == 1  # full: forgot, then kept "d"
    upper.cache_clear()
    assert upper.cache_size() == 0 and upper.__name__ == "upper"


def test_several_arguments_and_keywords() -> None:
    @word_cache()
    def join(word: str, article: str | None = None, strict: bool = True) -> str:
        return f"{article} {word} {strict}"

    assert join("Haus", "das") == "das Haus True"
    assert join("Haus", "der") == "der Haus True"
    assert join("Haus", strict=False) == "None Haus False"
    assert join("Haus") == "None Haus True"


def test_entries_are_not_tracked_objects() -> None:
    """lru_cache keeps a list per entry; this memo keeps one dict of strings and bools."""

    @word_cache()
    def long_word(word: str) -> bool:
        return len(word) > 5

    for i in range(1000):
        long_word(f"wort{i}")
    gc.collect()
    tracked_before = len(gc.get_objects())
    for i in range(1000, 3000):
        long_word(f"wort{i}")
    gc.collect()
    assert len(gc.get_objects()) - tracked_before < 50
