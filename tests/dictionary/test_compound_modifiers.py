"""A compound modifier's sense from Ding's compounds beginning with it (session 22)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.dictionary import Dictionary, heads
from app.dictionary.build.compound_heads import head_words, part_words
from app.dictionary.compound import compound_info
from app.dictionary.lookup import Lookup


@pytest.fixture(scope="module")
def lookup(installed: Dictionary) -> Lookup:
    assert installed._lookup is not None
    return installed._lookup


def test_english_modifiers() -> None:
    assert heads.english_modifiers("district council") == {"district"}
    assert heads.english_modifiers("the county town") == {"county"}
    assert heads.english_modifiers("water-repellent") == {"water"}
    # English puts the modifier after "of": "Prozessbeginn: start of trial"
    assert heads.english_modifiers("start of trial") == {"start", "trial"}
    # one word is no compound; a trailing "of" names nothing
    assert heads.english_modifiers("to store sth.") == set()
    assert heads.english_modifiers("head of") == {"head"}


def test_modifier_sense() -> None:
    # "Kreistag: district council", "Kreisstadt: county town": not "circle"
    assert heads.modifier_sense("Kreis", ["circle", "district", "county"]) == 2
    # the first gloss is what the compounds use: no change
    assert heads.modifier_sense("Schule", ["school", "schoolhouse"]) is None
    # counterexamples: too few compounds ("Zusatz": 3, "additive" 2 of them), none
    assert heads.modifier_sense("Zusatz", ["addition", "additive"]) is None
    assert heads.modifier_sense("Qwxyz", ["a", "b"]) is None
    # the voted word is no gloss of the list
    assert heads.modifier_sense("Kreis", ["circle", "ring"]) is None
    # the first gloss ends in the word already: the shortest such gloss
    assert heads.modifier_sense("Info", ["piece of information", "information"]) == 1


@pytest.mark.parametrize(
    ("word", "modifier"),
    [
        ("Kreisklinik", "county"),  # was "circle"
        ("Zollstreit", "customs"),  # was "inch"
        ("Studienergebnis", "study"),  # was "sketch"
        ("Batteriespeicher", "battery"),  # already the compounds' word: unchanged
    ],
)
def test_compound_modifier_gloss(lookup: Lookup, word: str, modifier: str) -> None:
    info = compound_info(lookup, word, word, None, "NOUN", "")
    assert info is not None and info.compound[0].glosses[0] == modifier
    assert info.glosses[0].startswith(modifier + " + ")


def test_modifier_table_from_a_database(small_db: Path) -> None:
    ends, starts = part_words(small_db)
    assert ends == head_words(small_db)  # the head table is unchanged
    for table in (ends, starts):
        assert all(n <= total for words, total, _ in table.values() for _, n in words)
        assert all(0 < share <= 1 for _, _, news in table.values() for _, share in news)


def test_plural_head_takes_the_sense_of_its_lemma(lookup: Lookup) -> None:
    # "Reinigungen" is in Ding only as the plural of "Reinigung :: purification"; the
    # compounds' word "cleaning" is a gloss of another line of the lemma
    info = compound_info(lookup, "Zahnreinigungen", "Zahnreinigungen", None, "NOUN", "")
    assert info is not None and info.glosses == ("tooth + cleaning",)
    assert info.plural is None or info.plural.startswith("Zahn")


def test_no_article_inside_the_literal_gloss(lookup: Lookup) -> None:
    # "Polizei :: the police": an English compound has no article inside
    info = compound_info(lookup, "Polizeisprecher", "Polizeisprecher", None, "NOUN", "")
    assert info is not None and info.glosses == ("police + spokesman",)
    assert info.compound[0].glosses[0] == "the police"  # the part itself keeps it
