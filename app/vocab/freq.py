"""Frequency bands from wordfreq's German word list: "1k", "2k", "5k", "10k", "20k", "rare".

A word's band is the smallest of 1,000 / 2,000 / 5,000 / 10,000 / 20,000 that its
rank in the list fits in ("der" is rank 2, "gehen" ~212, "Bundeskanzlerin" ~8,900);
anything past 20,000 or absent is "rare". :func:`band` takes the lemma and the
form as written: the lemma's rank counts, the form's when the lemma is not in the
list. Hyphenated words take the rank of their rarest part (as wordfreq would
tokenise them).

The list is wordfreq's ``small`` German list (about 39,000 words; the top 20,000
is all a band needs), read once, lazily, into a dict of rank by word (from
:func:`app.core.wordfreq_data.zipf_table`, the one reading of the data file wordfreq
ships). wordfreq's data is CC BY-SA 4.0
(Robyn Speer and the sources named in NOTICE). No Qt here.
"""

from __future__ import annotations

import threading

from app.core.wordfreq_data import zipf_table

LANGUAGE = "de"
WORDLIST = "small"
#: (upper rank, band name), smallest first; ranks start at 1.
BANDS: tuple[tuple[int, str], ...] = (
    (1_000, "1k"),
    (2_000, "2k"),
    (5_000, "5k"),
    (10_000, "10k"),
    (20_000, "20k"),
)
RARE = "rare"
ALL_BANDS = (*(name for _, name in BANDS), RARE)
_TOP = BANDS[-1][0]

_ranks: dict[str, int] | None = None
_load_lock = threading.Lock()


def ranks() -> dict[str, int]:
    """Rank (1 = most frequent) of each of the top 20,000 German words, lower case (the
    whole bucket that reaches 20,000). Read from :func:`zipf_table`'s table of the list,
    which the dictionary's frequencies share, so the file is read once."""
    global _ranks
    if _ranks is None:
        with _load_lock:
            if _ranks is None:
                table: dict[str, int] = {}
                last = None  # the Zipf value, one per bucket, of the word ranked last
                for word, value in zipf_table(LANGUAGE, WORDLIST).items():  # frequency order
                    if len(table) >= _TOP and value != last:
                        break
                    table[word] = len(table) + 1
                    last = value
                _ranks = table
    return _ranks


def _key(word: str) -> str:
    # wordfreq case-folds its words: "Straße" is listed as "strasse".
    return word.strip().casefold()


def rank(word: str) -> int | None:
    """The rank of ``word`` in the top 20,000, or None."""
    table = ranks()
    key = _key(word)
    found = table.get(key)
    if found is not None or "-" not in key:
        return found
    parts = [p for p in key.split("-") if p]
    part_ranks = [table.get(p) for p in parts]
    if not parts or any(r is None for r in part_ranks):
        return None
    return max(r for r in part_ranks if r is not None)


def band_of_rank(found: int | None) -> str:
    if found is None:
        return RARE
    for top, name in BANDS:
        if found <= top:
            return name
    return RARE


def band(lemma: str, form: str = "") -> str:
    """The band of ``lemma`` (of ``form`` when the lemma is not in the list)."""
    found = rank(lemma) if lemma else None
    if found is None and form:
        found = rank(form)
    return band_of_rank(found)
