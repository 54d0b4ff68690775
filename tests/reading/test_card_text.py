"""A card as plain text for the clipboard (app.reading.card_text)."""

from __future__ import annotations

from dataclasses import replace

from app.dictionary import CompoundPart
from app.reading.card_text import card_text
from app.reading.cards import OnlineGloss, SentenceTranslation, WordCard
from tests.reading.test_people import PUTIN

HAUS = WordCard(
    token=3,
    word="Häuser",
    lemma="Haus",
    article="das",
    gender="neuter",
    plural="Häuser",
    pos="noun",
    morph="plural, nominative, neuter",
    glosses=("house", "home"),
    compound=(),
    entity=None,
    entity_text=None,
    person=None,
    sentence=0,
    source="Ding",
)


def test_plain_text_of_a_noun() -> None:
    assert card_text(HAUS, "Die Häuser stehen.", "The houses stand.") == (
        "Häuser\ndas Haus\nnoun, neuter · plural: Häuser\nplural, nominative, neuter\n"
        "- house\n- home\n\nDie Häuser stehen.\nThe houses stand."
    )


def test_online_gloss_compound_and_pending_translation() -> None:
    card = replace(
        HAUS,
        glosses=(),
        compound=(CompoundPart("Haus", "Haus", ("house",)), CompoundPart("tür", "Tür", ())),
    )
    text = card_text(
        card,
        translation=SentenceTranslation(pending=True),
        gloss=OnlineGloss(text="houses", service="Google Translate"),
    )
    lines = text.split("\n")
    assert "- houses (online, Google Translate)" in lines
    assert "Haus (house) + tür" in lines
    assert lines[-1] == "Haus (house) + tür"  # nothing for a translation still on its way
    assert "- houses (online)" in card_text(card, gloss=OnlineGloss(text="houses"))


def test_names_and_people() -> None:
    person = replace(HAUS, word="Putin", entity="PER", entity_text="Putin", person=PUTIN)
    assert "Person: Wladimir Putin — Kreml-Despot, 71 years" in card_text(person)
    place = replace(HAUS, word="Berlin", entity="LOC", entity_text="Berlin")
    assert "Place: Berlin" in card_text(place)
