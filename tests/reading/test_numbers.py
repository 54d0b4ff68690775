"""Counts, sizes and waits in words (app.reading.numbers)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.reading import numbers
from app.reading.numbers import (
    DEFAULT_FORMAT,
    NumberFormat,
    count,
    decimal,
    document_summary,
    human_size,
    retry_in,
    sentence_progress,
    use_locale,
)

GERMAN = NumberFormat(group=".", decimal=",")


@pytest.fixture
def german() -> Iterator[None]:
    use_locale(GERMAN)
    yield
    use_locale(DEFAULT_FORMAT)


def test_human_size() -> None:
    assert human_size(0) == "0 bytes"
    assert human_size(1023) == "1,023 bytes"
    assert human_size(1024) == "1.0 KB"
    assert human_size(1_258_291) == "1.2 MB"
    assert human_size(5 * 1024**4) == "5,120.0 GB"


def test_retry_in() -> None:
    assert retry_in(0.2) == "retry in 1 s"
    assert retry_in(30) == "retry in 30 s"
    assert retry_in(89.4) == "retry in 89 s"
    assert retry_in(600) == "retry in 10 min"


def test_document_summary() -> None:
    assert document_summary(1234, 1, 12) == "1,234 words · 1 person · 12 names"
    assert document_summary(5, 0, 0) == "5 words · 0 people · 0 names"
    assert document_summary(1, 2, 1) == "1 word · 2 people · 1 name"
    assert document_summary(255_266, 1_503, 26_036) == (
        "255,266 words · 1,503 people · 26,036 names"
    )


def test_sentence_progress() -> None:
    assert sentence_progress(12, 29) == "12 of 29 sentences"
    assert sentence_progress(29, 29) == "29 sentences"
    assert sentence_progress(0, 0) == "0 of 0 sentences"
    assert sentence_progress(1200, 5000) == "1,200 of 5,000 sentences"


@pytest.mark.usefixtures("german")
def test_every_number_follows_the_locale() -> None:
    assert numbers.current_format() == GERMAN
    assert count(255_266) == "255.266"
    assert decimal(1234.56) == "1.234,6"
    assert document_summary(255_266, 1_503, 26_036) == (
        "255.266 words · 1.503 people · 26.036 names"
    )
    assert human_size(16 * 1024 + 100) == "16,1 KB"
    assert human_size(1023) == "1.023 bytes"
    assert sentence_progress(1200, 5000) == "1.200 of 5.000 sentences"


def test_any_separators() -> None:
    use_locale(NumberFormat(group="\u202f", decimal=","))  # French: narrow no-break space
    try:
        assert count(1_234_567) == "1\u202f234\u202f567"
        assert decimal(1234.5) == "1\u202f234,5"
    finally:
        use_locale(DEFAULT_FORMAT)
