"""Numbers in words: adjectives of a number and a time unit, and the clock time."""

from __future__ import annotations

from app.dictionary.model import Gloss, WordInfo
from app.dictionary.numerals import (
    clock_time_first,
    german_number,
    numeral_adjective_info,
    numeral_glosses,
    up_to_first,
)


def test_german_number_words() -> None:
    assert german_number("sechs") == 6
    assert german_number("zwölf") == 12
    assert german_number("achtzehn") == 18
    assert german_number("siebzehn") == 17
    assert german_number("vierundzwanzig") == 24
    assert german_number("zweihundert") == 200
    assert german_number("hundertzwanzig") == 120
    assert german_number("tausend") == 1000
    # no numbers: a degree word, a made-up "einzehn", an empty string
    assert german_number("mehr") is None
    assert german_number("einzehn") is None
    assert german_number("") is None


def test_a_number_and_a_time_unit() -> None:
    assert numeral_glosses("sechswöchigen") == ("sechswöchig", "six-week")
    assert numeral_glosses("vierstündige") == ("vierstündig", "four-hour")
    assert numeral_glosses("dreitägiges") == ("dreitägig", "three-day")
    assert numeral_glosses("fünfminütigen") == ("fünfminütig", "five-minute")
    assert numeral_glosses("zwanzigjährige") == ("zwanzigjährig", "20-year-old; 20-year")
    assert numeral_glosses("84-jährige") == ("84-jährig", "84-year-old; 84-year")
    assert numeral_glosses("25jährigen") == ("25jährig", "25-year-old; 25-year")
    # a noun of the age: "der 34-Jährige" is "the 34-year-old"
    assert numeral_glosses("34-Jährigen") == ("34-Jährige", "34-year-old")


def test_no_number_no_unit_adjective() -> None:
    # the first part is no number: Ding's own words or none of this kind
    assert numeral_glosses("mehrwöchigen") is None
    assert numeral_glosses("volljährige") is None
    assert numeral_glosses("minderjährig") is None
    assert numeral_glosses("langjährige") is None
    # no time unit
    assert numeral_glosses("ständig") is None
    assert numeral_glosses("sechsfach") is None
    # a noun of another unit says nothing ("die Dreitägige" is no word)
    assert numeral_glosses("3-Tägige") is None
    # zero is no duration
    assert numeral_glosses("0-tägig") is None


def test_numeral_adjective_info() -> None:
    info = numeral_adjective_info("sechswöchigen", "sechswöchigen", "ADJ", "Case=Dat")
    assert info is not None
    assert info.lemma == "sechswöchig" and info.glosses == ("six-week",)
    assert info.match == "numeral" and info.morph == "Case=Dat"
    assert numeral_adjective_info("Sechswochen", "Sechswochen", "NOUN", "") is None
    assert numeral_adjective_info("lichterloh", "lichterloh", "ADV", "") is None


def _uhr() -> WordInfo:
    senses = (Gloss("clock"), Gloss("watch"))
    return WordInfo("Uhr", "Uhr", "NOUN", glosses=("clock", "watch"), senses=senses)


def test_the_clock_time_after_a_number() -> None:
    for before in ("3", "drei", "14.30", "zwölf"):
        assert clock_time_first(_uhr(), before, 5).glosses == ("o’clock", "clock", "watch")
    # "rund um die Uhr", "eine Uhr": the clock
    for before in ("die", "eine", ""):
        assert clock_time_first(_uhr(), before, 5).glosses == ("clock", "watch")
    # another noun after a number keeps its glosses
    jahre = WordInfo("Jahre", "Jahr", "NOUN", glosses=("years",), senses=(Gloss("years"),))
    assert clock_time_first(jahre, "drei", 5).glosses == ("years",)


def _bis() -> WordInfo:
    senses = (Gloss("by"), Gloss("at the latest"))
    return WordInfo("bis", "bis", "ADV", glosses=("by", "at the latest"), senses=senses)


def test_bis_zu_before_a_number_is_up_to() -> None:
    for following in (["zu", "45"], ["zu", "zwei"], ["zu", "1.000"]):
        assert up_to_first(_bis(), following, 5).glosses[0] == "bis zu: up to"
    # "bis zum Abend", "bis zu seinem Tod", "bis 2030": no maximum
    for following in (["zum", "abend"], ["zu", "seinem"], ["2030", "."], ["zu"]):
        assert up_to_first(_bis(), following, 5).glosses == ("by", "at the latest")


def test_the_zu_of_bis_zu_before_a_number_is_up_to() -> None:
    senses = (Gloss("too"), Gloss("closed"))
    zu = WordInfo("zu", "zu", "ADJ", glosses=("too", "closed"), senses=senses)
    assert up_to_first(zu, ["70", "prozent"], 5, "bis").glosses[0] == "bis zu: up to"
    assert up_to_first(zu, ["dem", "abend"], 5, "bis").glosses[0] == "too"
    assert up_to_first(zu, ["70", "prozent"], 5, "viel").glosses[0] == "too"
