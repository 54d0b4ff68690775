"""Counts, sizes and waits in words (app.reading.numbers)."""

from __future__ import annotations

from app.reading.numbers import document_summary, human_size, retry_in, sentence_progress


def test_human_size() -> None:
    assert human_size(0) == "0 bytes"
    assert human_size(1023) == "1023 bytes"
    assert human_size(1024) == "1.0 KB"
    assert human_size(1_258_291) == "1.2 MB"
    assert human_size(5 * 1024**4) == "5120.0 GB"


def test_retry_in() -> None:
    assert retry_in(0.2) == "retry in 1 s"
    assert retry_in(30) == "retry in 30 s"
    assert retry_in(89.4) == "retry in 89 s"
    assert retry_in(600) == "retry in 10 min"


def test_document_summary() -> None:
    assert document_summary(1234, 1, 12) == "1,234 words · 1 person · 12 names"
    assert document_summary(5, 0, 0) == "5 words · 0 people · 0 names"


def test_sentence_progress() -> None:
    assert sentence_progress(12, 29) == "12 of 29 sentences"
    assert sentence_progress(29, 29) == "29 sentences"
    assert sentence_progress(0, 0) == "0 of 0 sentences"
