"""A noun's gender and article where the noun table lists two genders."""

from __future__ import annotations

from dataclasses import dataclass

from app.morphology import features
from tests.morphology.test_engine import table


@dataclass(frozen=True)
class Entry:
    gender: str | None
    genders: str = ""
    glosses: tuple[str, ...] = ("x",)
    match: str = "exact"


def test_dictionary_gender_decides_between_the_tables_two() -> None:
    t = table("Super/super/ADJ Service/Service/NOUN ././PUNCT")
    f = features(t, 1, Entry("n"))
    assert f.article == "das" and f.shown["Gender"] == ("Neut",)


def test_regional_or_sense_dependent_gender_shows_both_articles() -> None:
    t = table("Super/super/ADJ Service/Service/NOUN ././PUNCT")
    f = features(t, 1, Entry("n", "m,f,n"))  # "das Service" is Austrian: der/das
    assert f.article == "der/das" and f.shown["Gender"] == ("Masc", "Neut")
    t = table("Mit/mit/ADP dem/der/DET Service/Service/NOUN ././PUNCT")
    assert features(t, 2, Entry("n", "m,f,n")).article == "der/das"  # "dem" fits both
    t = table("Sie/sie/PRON fragte/fragen/VERB den/der/DET Leiter/Leiter/NOUN ././PUNCT")
    assert features(t, 3, Entry("f", "m,f")).article == "der"  # the article decides
