"""A town's word in -er as the word of a town given by the caller (session 34)."""

from __future__ import annotations

from app.dictionary.place_adjectives import MATCH, named_place_info


def test_before_a_noun_the_adjective() -> None:
    info = named_place_info("Celler", "Celler", "NOUN", "Number=Sing", "Celle", True)
    assert info.glosses == ("of Celle",) and info.pos == "ADJ" and info.match == MATCH


def test_as_a_noun_the_towns_people() -> None:
    one = named_place_info("Celler", "Celler", "NOUN", "Number=Sing", "Celle", False)
    assert one.glosses[0] == "inhabitant of Celle" and one.pos == "NOUN"
    many = named_place_info("Celler", "Celler", "NOUN", "Number=Plur", "Celle", False)
    assert many.glosses[0] == "people of Celle"


def test_the_taggers_adjective_stays_one() -> None:
    info = named_place_info("Celler", "Celler", "ADJ", "", "Celle", False)
    assert info.glosses == ("of Celle",)
