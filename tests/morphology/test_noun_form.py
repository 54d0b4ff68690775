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


def test_dictionary_gender_outside_the_tables_two_shows_the_tables_both() -> None:
    # the table lists "der/das Yoga" in one entry; Ding says "die": the table's pair,
    # never the dictionary's article the table contradicts
    t = table("Mit/mit/ADP dem/der/DET Yoga/Yoga/NOUN ././PUNCT")
    f = features(t, 2, Entry("f"))
    assert f.article == "der/das" and f.shown["Gender"] == ("Masc", "Neut")
    # counterexample: two entries of one gender each ("die Weise", "der/die Weise" as an
    # adjectival noun) show no pair in the plural
    t = table("Die/der/DET Weisen/Weiser/NOUN wollen/wollen/VERB ././PUNCT")
    assert "Gender" not in features(t, 1, Entry("m")).shown or features(t, 1, Entry("m")).shown[
        "Gender"
    ] != ("Fem", "Masc")


def test_compound_takes_the_genders_of_its_head() -> None:
    # "Spitzenservice": the dictionary has it only as "top + service" (das, its first
    # sense); the head "Service" is der or das
    from app.morphology import set_gender_lookup

    set_gender_lookup(lambda word, lemma: "m,f,n" if word == "Service" else "")
    try:
        t = table("Preise/Preis/NOUN und/und/CCONJ Spitzenservice/Spitzenservice/NOUN ././PUNCT")
        f = features(t, 2, Entry("n", match="compound"))
        assert f.article == "der/das"
    finally:
        set_gender_lookup(None)


def test_hyphenated_noun_the_dictionary_reads_at_its_hyphen() -> None:
    # "Bank-Cafés": the table lacks "Café", the dictionary reads bank + café (das)
    t = table("für/für/ADP die/der/DET Bank-Cafés/Bank-Café/NOUN ././PUNCT")
    f = features(t, 2, Entry("n", match="compound"))
    assert f.article == "das" and f.shown["Number"] == ("Plur",)
    # counterexample: a closed word the dictionary only splits stays unexplained
    t = table("für/für/ADP Bankcafés/Bankcafé/NOUN ././PUNCT")
    assert features(t, 1, Entry("n", match="compound")).article is None


def test_abbreviation_is_not_the_dictionarys_word_in_another_case() -> None:
    t = table(
        "Die/der/DET Behandlung/Behandlung/NOUN des/der/DET TA/TA/NOUN kam/kommen/VERB ././PUNCT"
    )
    f = features(
        t, 3, Entry("n", glosses=("tantalum",), match="case")
    )  # Ding's "Ta" (tantalum), not "TA"
    assert f.article is None and "Gender" not in f.shown
    # counterexample: a shouted word among shouted words is still the dictionary's
    t = table("STELLT/stellen/VERB DIE/der/DET VERANSTALTER/Veranstalter/NOUN ././PUNCT")
    assert features(t, 2, Entry("m", match="case")).article == "der"


def test_a_first_name_in_s_is_its_own_name() -> None:
    from app.morphology.noun_form import _first_name_in_s

    assert _first_name_in_s("Lukas") and _first_name_in_s("Andreas")
    assert not _first_name_in_s("Pauls")  # Paul's: far more frequent without the "-s"
    assert not _first_name_in_s("Kolbecks")  # no first name


def test_the_first_sense_gender_goes_first() -> None:
    from app.morphology.noun_form import primary_first

    assert primary_first("m,n", "n") == "n,m"
    assert primary_first("m,n", "m") == "m,n"
    assert primary_first("", "f") == "f"
