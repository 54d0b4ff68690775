"""Feminine ownership in training/build_people_lexicon.py (session 35, fix35b)."""

from __future__ import annotations

from training.build_people_lexicon import _feminine_owners


def test_feminine_goes_to_the_most_direct_masculine() -> None:
    masc = {"Pol", "Pole", "Burger", "Bürger", "Wascher", "Wäscher", "Asiat", "Asiate", "Koch"}
    fem = {"Polin", "Bürgerin", "Wäscherin", "Asiatin", "Köchin"}
    gloss = {
        "Pol": "pile", "Pole": "poles", "Burger": "hamburger; burger", "Bürger": "citizen",
        "Wascher": "scrubber", "Wäscher": "launderer", "Asiat": "Asian", "Asiate": "Asian",
        "Koch": "cook",
    }  # fmt: skip
    owners = _feminine_owners(masc, fem, gloss)
    assert owners["Polin"] == {"Pole"}
    assert owners["Bürgerin"] == {"Bürger"}
    assert owners["Wäscherin"] == {"Wäscher"}
    assert owners["Asiatin"] == {"Asiat", "Asiate"}  # a spelling variant of the same sense
    assert owners["Köchin"] == {"Koch"}
