"""The frequency bands' ranks come from the one reading of wordfreq's list
(app.core.wordfreq_data.zipf_table), in its order, whole buckets up to 20,000."""

from __future__ import annotations

from itertools import islice

from app.core.wordfreq_data import read_buckets, zipf_table
from app.vocab import freq


def test_ranks_follow_the_shared_table() -> None:
    ranks = freq.ranks()
    table = zipf_table(freq.LANGUAGE, freq.WORDLIST)
    assert list(ranks) == list(islice(table, len(ranks)))
    assert list(ranks.values()) == list(range(1, len(ranks) + 1))
    assert len(ranks) >= 20_000


def test_ranks_end_with_the_bucket_that_reaches_20000() -> None:
    ranks: dict[str, int] = {}
    for bucket in read_buckets(freq.LANGUAGE, freq.WORDLIST):
        for word in bucket:
            ranks.setdefault(word, len(ranks) + 1)
        if len(ranks) >= 20_000:
            break
    assert freq.ranks() == ranks
