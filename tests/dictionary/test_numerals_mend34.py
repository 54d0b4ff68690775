"""German number words of the numerals' glosses from the one table (app.lexicon.numbers)."""

from __future__ import annotations

from app.dictionary.numerals import german_number
from app.lexicon.numbers import TENS, UNITS, VALUES


def test_every_word_of_the_table_but_null_has_its_value() -> None:
    for word in (*UNITS[1:], *TENS):
        assert german_number(word) == VALUES[word], word
    assert german_number("null") is None
    assert german_number("eins") == 1


def test_compounds_of_the_table_words() -> None:
    assert german_number("vierundzwanzig") == 24
    assert german_number("dreizehn") == 13
    assert german_number("zweihundertelf") == 211
    assert german_number("zwanzigtausend") == 20_000
    assert german_number("einzehn") is None
