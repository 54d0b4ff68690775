"""wordfreq's data files read without importing wordfreq."""

from __future__ import annotations

from itertools import islice

from app.core.wordfreq_data import data_file, read_buckets


def test_buckets_are_centibels_most_frequent_first() -> None:
    assert data_file("en", "small") is not None
    buckets = list(islice(read_buckets("en", "small"), 200))
    # bucket i holds frequency 10 ** (-i / 100): "the" (about 5 %) near bucket 130
    index = next(i for i, bucket in enumerate(buckets) if "the" in bucket)
    assert 120 <= index <= 140
    assert not any(buckets[:50])  # no English word is that frequent
