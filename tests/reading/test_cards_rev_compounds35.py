"""Session 35 (rev_compounds35): where the rules for places before a kind of named place
must and must not fire. A common noun Ding's compounds use often or before buildings
("Kur": Kurhaus, Kurort; "Regen": Regenjacke, Regenschirm ...) keeps its plural before
Halle, Kanal, Tal even where a river is spelt alike; a place's name before such a kind
loses it; "im Bad" is the bath, not a town's first word. Made-up sentences, whole
pipeline."""

from __future__ import annotations

import pytest

from tests.reading.test_cards_gloss26 import card


@pytest.mark.parametrize(
    ("text", "word", "plural"),
    [
        ("Die Kurhalle wird saniert.", "Kurhalle", "Kurhallen"),
        ("Der Regenkanal ist verstopft.", "Regenkanal", "Regenkanäle"),
        ("Die Sieghalle ist voll.", "Sieghalle", "Sieghallen"),
        ("Der Kurbezirk wächst.", "Kurbezirk", "Kurbezirke"),
        ("Die Sporthalle ist gesperrt.", "Sporthalle", "Sporthallen"),
        ("Die Stadthalle ist ausverkauft.", "Stadthalle", "Stadthallen"),
        ("Der Landkreis zahlt mehr.", "Landkreis", "Landkreise"),
        ("Der Verein spielt in der Kreisliga.", "Kreisliga", "Kreisligen"),
        ("Die Regionalbahn fällt aus.", "Regionalbahn", "Regionalbahnen"),
        ("Die S-Bahn fährt wieder.", "S-Bahn", "S-Bahnen"),
        ("Die Messehalle brennt.", "Messehalle", "Messehallen"),
        ("Die Wasserleitung ist geplatzt.", "Wasserleitung", "Wasserleitungen"),
        ("Die Badewanne läuft über.", "Badewanne", "Badewannen"),
        ("Das Bad ist frisch gefliest.", "Bad", "Bäder"),
        ("Das Wiesental ist grün.", "Wiesental", "Wiesentäler"),
        ("Die Waldklinik ist neu.", "Waldklinik", "Waldkliniken"),
    ],
)
def test_a_common_noun_keeps_its_plural(text: str, word: str, plural: str) -> None:
    assert card(text, word).plural == plural


@pytest.mark.parametrize(
    ("text", "word", "first"),
    [
        ("Die Kurhalle wird saniert.", "Kurhalle", "stay at a health resort + hall"),
        ("Der Regenkanal ist verstopft.", "Regenkanal", "rain + channel"),
        ("Der Lahnkreis hat einen neuen Landrat.", "Lahnkreis", "Lahn + district"),
        ("Die Harzhalle ist voll.", "Harzhalle", "Harz Mountains + hall"),
    ],
)
def test_the_gloss_agrees(text: str, word: str, first: str) -> None:
    assert card(text, word).glosses[0] == first


def test_the_bath_before_a_noun_is_no_town() -> None:
    tiles = card("Im Bad Fliesen legen.", "Fliesen")
    assert tiles.lemma == "Fliese" and tiles.article == "die" and tiles.plural == "Fliesen"
    # the town after a bare "Bad" stays the town
    town = card("Er wohnt in Bad Salzungen.", "Salzungen")
    assert town.lemma == "Salzungen" and town.plural is None


def test_food_after_an_article_stays_food() -> None:
    food = card("Das Essen war kalt.", "Essen")
    assert food.article == "das" and "food" in food.glosses[:3]
    handed = card("Die Behörde verteilt Essen an Bedürftige.", "Essen")
    assert handed.article == "das"
