"""Choosing among compound splits and the head's sense, on the bundled database."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.dictionary import Dictionary, frequency, heads
from app.dictionary.build.compound_heads import head_words
from app.dictionary.compound import compound_info, split_closed
from app.dictionary.lookup import Lookup


@pytest.fixture(scope="module")
def lookup(installed: Dictionary) -> Lookup:
    assert installed._lookup is not None
    return installed._lookup


def pieces(lookup: Lookup, word: str) -> list[str]:
    found = split_closed(lookup, word)
    return [p.text for p in found] if found else []


@pytest.mark.parametrize(
    ("word", "split"),
    [
        ("Landratsamt", ["Landrats", "amt"]),  # a linking -s- before a common head
        ("Bezirksamt", ["Bezirks", "amt"]),
        ("Beiratsmitglied", ["Beirats", "mitglied"]),  # not the preposition "bei"
        ("Gaspreisbremse", ["Gaspreis", "bremse"]),  # left-branching
        ("Leitzinserhöhung", ["Leitzins", "erhöhung"]),
        ("Wintersport", ["Winter", "sport"]),  # "Sport" is commoner than "Port"
        ("Haustier", ["Haus", "tier"]),
        ("Waffentests", ["Waffen", "tests"]),
    ],
)
def test_split_choice(lookup: Lookup, word: str, split: list[str]) -> None:
    assert pieces(lookup, word) == split


def test_head_sense_of_dings_compounds(lookup: Lookup) -> None:
    info = compound_info(lookup, "Batteriespeicher", "Batteriespeicher", None, "NOUN", "")
    assert info is not None and info.glosses == ("battery + storage",)
    assert info.compound[-1].glosses[0] == "storage"
    assert info.article == "der"


def test_adjective_compound_takes_the_adjective_head(lookup: Lookup) -> None:
    found = split_closed(lookup, "wolfsabweisend")
    assert found is not None and [p.text for p in found] == ["wolfs", "abweisend"]
    assert found[-1].found.candidates[0].sense.classes & 32  # adj


def test_english_head_and_compound_sense() -> None:
    assert heads.english_head("heat storage") == "storage"
    assert heads.english_head("water-repellent") == "repellent"
    assert heads.english_head("to store sth.") == "store"
    assert heads.english_head("memory (comp.)") == "memory"
    assert heads.english_head("3") is None
    assert heads.head_words("Speicher")[0][0] == "storage"
    glosses = ["reservoir", "warehouse", "data storage", "storage"]
    assert heads.compound_sense("Speicher", glosses) == 3
    assert heads.compound_sense("Speicher", ["storage", "reservoir"]) is None  # first already
    verein = heads.head_words("Verein")
    assert {w for w, _ in verein} >= {"club", "association"}
    assert heads.compound_sense("Verein", ["association", "club"]) is None  # used often too
    assert heads.compound_sense("Speicher", ["reservoir"]) is None
    assert heads.compound_sense("Qwxyz", glosses) is None


def test_zipf() -> None:
    assert frequency.zipf("Amt") > frequency.zipf("samt") > frequency.FLOOR
    assert frequency.zipf("Qwxyzbrmpf") == frequency.FLOOR


def test_head_table_from_a_database(small_db: Path) -> None:
    table = head_words(small_db)
    assert all(n <= total for words, total, _ in table.values() for _, n in words)
    assert all(0 < share <= 1 for _, _, news in table.values() for _, share in news)


def test_head_table_counts_real_heads() -> None:
    # "Ballsaal: ballroom" is "Ball|saal", no compound of "Aal: eel"
    assert heads.head_words("Aal") == []
    assert heads.head_words("Saal")[0][0] == "hall"
    # "Ausbildung" derives from "ausbilden": no compound of "Bildung"
    assert heads.noun_votes("Bildung")["education"] > heads.noun_votes("Bildung")["formation"]


def test_noun_votes() -> None:
    votes = heads.noun_votes("Anteil")
    assert max(votes, key=lambda w: votes[w]) == "share"
    assert heads.noun_votes("Streit") == {}  # too few compounds to vote
    assert heads.noun_votes("Qwxyz") == {}
    assert heads.vote_of(votes, "shares") == votes["share"]
    assert heads.vote_of({"subsidy": 0.5}, "subsidies") == 0.5
    assert heads.vote_of(votes, "contents") == 0.0


@pytest.mark.parametrize(
    ("word", "lemma", "morph", "first"),
    [
        ("Anteile", "Anteil", "Case=Acc|Number=Plur", "shares"),  # not "contents"
        ("Lehrer", "Lehrer", "Case=Nom|Number=Plur", "teacher"),  # not "instructor"
    ],
)
def test_noun_gloss_ranked_by_its_compounds(
    lookup: Lookup, word: str, lemma: str, morph: str, first: str
) -> None:
    found = lookup.find(word, lemma, "NOUN", morph)
    assert found is not None
    assert lookup.info(found, "NOUN", morph, word).glosses[0] == first
