"""A noun's sense from the text's compounds of it (app.dictionary.text_compounds)."""

from __future__ import annotations

from app.dictionary.context import context, split_frame
from app.dictionary.model import CompoundPart, Gloss, WordInfo
from app.dictionary.text_compounds import compound_words, text_sense_first


def _info(lemma: str, *glosses: str, compound: tuple[CompoundPart, ...] = ()) -> WordInfo:
    senses = tuple(Gloss(g) for g in glosses)
    return WordInfo(lemma, lemma, "NOUN", glosses=glosses, senses=senses, compound=compound)


LAND = _info("Land", "country", "state", "individual state", "countryside", "land")


def test_the_compounds_english_modifiers() -> None:
    government = _info("Landesregierung", "regional government", "state government")
    assert compound_words("Land", "Landesregierung", government) == {"regional", "state"}
    assert compound_words("Land", "Landwirt", _info("Landwirt", "farmer", "raiser")) == set()
    parts = (
        CompoundPart("Landes", "Land", ("state", "country")),
        CompoundPart("beirat", "Beirat", ("council",)),
    )
    split = _info("Landesbeirat", compound=parts)
    assert compound_words("Land", "Landesbeirat", split) == {"state"}
    other = _info("Landratsamt", compound=(CompoundPart("Landrats", "Landrat", ("county",)),))
    assert compound_words("Land", "Landratsamt", other) == set()  # its first part is another noun


def test_a_gloss_the_compounds_name_comes_first() -> None:
    shown = text_sense_first(LAND, [{"regional", "state"}, set()])
    assert shown.glosses[:2] == ("state", "country")  # "state", not "individual state"
    assert shown.senses[0].text == "state"


def test_no_vote_a_tie_or_a_first_gloss_named_already_leave_the_order() -> None:
    assert text_sense_first(LAND, []) == LAND
    assert text_sense_first(LAND, [{"farmer"}]) == LAND
    assert text_sense_first(LAND, [{"state"}, {"land"}]) == LAND  # a tie
    buses = _info("Bus", "buses", "bus line")
    assert text_sense_first(buses, [{"bus"}]) == buses  # "buses" is the plural of "bus"


def test_the_key_carries_the_texts_compounds() -> None:
    frame = context(1, [("das", "der"), ("Land", "Land")], ["Land"], ["Landesregierung"])
    ctx = split_frame(frame)
    assert ctx.compounds == ("Landesregierung",) and ctx.topic == ("Land",)
    assert split_frame(context(1, [("das", "der"), ("Land", "Land")], ["Land"])).compounds == ()


def test_a_compound_ending_in_the_noun_votes_with_its_english_head() -> None:
    line = _info("Bahnstrecke", "railway line", "railroad line")
    assert compound_words("Strecke", "Bahnstrecke", line) == {"line"}
    strecke = _info("Strecke", "way", "line", "distance")
    assert text_sense_first(strecke, [{"line"}]).glosses[0] == "line"
    # a compound Ding lacks (split into parts) says nothing of the head's sense
    split = _info("Großspeicher", compound=(CompoundPart("Groß", "groß", ("big",)),))
    assert compound_words("Speicher", "Großspeicher", split) == set()
