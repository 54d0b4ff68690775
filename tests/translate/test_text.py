"""Normalising texts (the cache key and what is sent) and cutting long ones."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.translate.text import needs_translation, normalize_text, split_long_text


def test_normalize_collapses_whitespace_and_drops_invisible_characters() -> None:
    assert normalize_text("  Guten\u00ad Tag,\n\tWelt\u200b ") == "Guten Tag, Welt"
    assert normalize_text("Cafe\u0301") == "Caf\u00e9"  # NFC


def test_only_texts_with_letters_need_translation() -> None:
    assert not needs_translation("2024 – 12:30 !")
    assert needs_translation("Ja.")


def test_split_long_text_cuts_after_punctuation_first() -> None:
    text = "Erster Teil; zweiter Teil, dritter Teil und ein sehr langer Rest"
    pieces = split_long_text(text, 30)
    assert pieces[0] == "Erster Teil;"
    assert all(len(p) <= 30 for p in pieces)
    assert split_long_text("kurz", 30) == ["kurz"]


@given(st.text(max_size=200))
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert "\n" not in once and "  " not in once


@given(
    st.lists(st.text(alphabet="abcäöü ,;:", min_size=1, max_size=30), min_size=1, max_size=40),
    st.integers(min_value=10, max_value=200),
)
def test_split_long_text_keeps_words_within_limit(parts: list[str], limit: int) -> None:
    text = normalize_text(" ".join(parts))
    pieces = split_long_text(text, limit)
    assert all(0 < len(p) <= limit for p in pieces)
    assert "".join(pieces).replace(" ", "") == text.replace(" ", "")
