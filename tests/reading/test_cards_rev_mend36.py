"""Session 36 (rev_mend36): the places mend36's one gazetteer lookup reads as listed only
(a lemma, stem or compound's first part) on made-up sentences, through the whole card:
an uninflected place as a compound's first part, a town's adjective, a genitive place."""

from __future__ import annotations

import pytest

from tests.reading.test_cards_gloss26 import card


def test_a_listed_place_opens_a_compound() -> None:
    vote = card("Die Bayernwahl am Sonntag entscheidet viel.", "Bayernwahl")
    assert vote.glosses[0] == "Bavaria + election" and vote.plural == "Bayernwahlen"
    # one league of a listed region: no plural
    league = card("Die Hessenliga beginnt im Mai.", "Hessenliga")
    assert league.article == "die" and league.plural is None


@pytest.mark.parametrize(
    ("text", "word", "lemma", "first"),
    [
        ("Die Berliner Polizei sucht Zeugen.", "Berliner", "Berliner", "of Berlin"),
        ("Kölns Oberbürgermeisterin sprach am Montag.", "Kölns", "Köln", "Cologne"),
    ],
)
def test_an_inflected_place_as_it_stands(text: str, word: str, lemma: str, first: str) -> None:
    shown = card(text, word)
    assert shown.lemma == lemma and shown.glosses[0] == first and shown.plural is None


def test_a_genitive_region_keeps_its_name() -> None:
    # (its first gloss is "Bavarians", the people's plural "Bayern": a known miss, not pinned)
    shown = card("Die Bürger Bayerns wählen heute.", "Bayerns")
    assert shown.lemma == "Bayern" and shown.plural is None and "Bavaria" in shown.glosses
