"""Session 35 (compounds35): compounds and names built like compounds get no misleading
glosses and no invented grammar. A place's name before a kind of named place ("Harzkreis",
"Elbtunnel", "Rhein-Herne-Kanal") is that place, not a common noun spelt alike, and the
head takes the word Ding's compounds of places use ("district", "canal"); such a name of
one district, league, hall or canal has no plural; a modifier of few Ding compounds
("Klinik") is read by the words on its Ding lines ("Krankenhaus"). Made-up sentences,
whole pipeline: analysis, reading layer, bundled dictionary."""

from __future__ import annotations

import pytest

from tests.reading.test_cards_gloss26 import card


@pytest.mark.parametrize(
    ("text", "word", "first"),
    [
        # a region, river or lake before a kind of named place is that place
        ("Im Harzkreis wurde am Sonntag gewählt.", "Harzkreis", "Harz Mountains + district"),
        ("Der Eifelkreis stellt neue Busse an.", "Eifelkreis", "Eifel + district"),
        ("Der Bodenseekreis baut eine Schule.", "Bodenseekreis", "Lake Constance + district"),
        ("Der Werrakanal ist gesperrt.", "Werrakanal", "Werra + canal"),
        ("Der Elbtunnel ist am Wochenende gesperrt.", "Elbtunnel", "Elbe + tunnel"),
        ("Das Schiff fuhr auf dem Rhein-Herne-Kanal.", "Rhein-Herne-Kanal",
         "Rhine + Herne + canal"),
        ("Der Lahn-Dill-Kreis spart.", "Lahn-Dill-Kreis", "Lahn + Dill + district"),
        # an institution of few Ding compounds, read by its synonyms on Ding's line
        ("Die Klinikleitung bestätigte den Vorfall.", "Klinikleitung", "hospital + management"),
    ],
)  # fmt: skip
def test_a_place_before_a_kind_of_place(text: str, word: str, first: str) -> None:
    assert card(text, word).glosses[0] == first


@pytest.mark.parametrize(
    ("text", "word", "first"),
    [
        # common nouns spelt like a place keep their sense where no kind of place follows
        ("Die Hallenmiete steigt.", "Hallenmiete", "hall + rent"),
        ("Der Sportkreis tagt.", "Sportkreis", "sport + circle"),
        ("Die Kupferleitung wurde gestohlen.", "Kupferleitung", "copper + line"),
        ("Die Erdgasleitung wurde beschädigt.", "Erdgasleitung", "natural gas + line"),
        # Ding's own compounds are not touched
        ("Das Harzöl riecht streng.", "Harzöl", "resin oil"),
        ("Der Steinkreis ist alt.", "Steinkreis", "stone circle"),
    ],
)
def test_no_place_where_none_is_named(text: str, word: str, first: str) -> None:
    assert card(text, word).glosses[0] == first


@pytest.mark.parametrize(
    ("text", "word", "river"),
    [
        # a common noun Ding puts before places ("Kurhaus", "Kurort") stays that noun
        ("Die Kurhalle wird saniert.", "Kurhalle", "Kura"),
        ("Der Kurbezirk wächst.", "Kurbezirk", "Kura"),
        # a name takes no linking element: "Lippen-" is of lips, not the river Lippe
        ("Die Lippenklinik hat einen neuen Chefarzt.", "Lippenklinik", "Lippe"),
    ],
)
def test_no_river_in_a_common_noun(text: str, word: str, river: str) -> None:
    assert river not in card(text, word).glosses[0]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Der Verein spielt in der Thüringenliga.", "Thüringenliga"),
        ("Das Spiel fand in der Werner-Aßmann-Halle statt.", "Werner-Aßmann-Halle"),
        ("Im Elbe-Weser-Dreieck regnet es.", "Elbe-Weser-Dreieck"),
        ("Der Harzkreis plant neue Radwege.", "Harzkreis"),
        ("Der Elbtunnel ist gesperrt.", "Elbtunnel"),
        ("Das Schiff fuhr auf dem Rhein-Herne-Kanal.", "Rhein-Herne-Kanal"),
        # rev_compounds35: rivers and regions of few Ding compounds, the noun table's places
        ("Die Mainhalle wird renoviert.", "Mainhalle"),
        ("Der Lahnkreis hat einen neuen Landrat.", "Lahnkreis"),
        ("Der Moselkreis wächst.", "Moselkreis"),
        ("Das Kinzigtal ist schön.", "Kinzigtal"),
        ("Die Harzhalle ist voll.", "Harzhalle"),
        ("Die Westfalenhalle ist voll.", "Westfalenhalle"),
        ("Der Saalekreis wächst.", "Saalekreis"),
    ],
)
def test_one_named_place_has_no_plural(text: str, word: str) -> None:
    shown = card(text, word)
    assert shown.plural is None and shown.article is not None


@pytest.mark.parametrize(
    ("text", "word", "plural"),
    [
        ("Die Bezirksliga beginnt.", "Bezirksliga", "Bezirksligen"),
        ("Die Sporthalle ist neu.", "Sporthalle", "Sporthallen"),
        ("Die Ruhrgebietsstadt wächst.", "Ruhrgebietsstadt", "Ruhrgebietsstädte"),
        ("Der Stadtkreis wächst.", "Stadtkreis", "Stadtkreise"),
    ],
)
def test_common_nouns_keep_their_plural(text: str, word: str, plural: str) -> None:
    assert card(text, word).plural == plural


def test_a_town_after_an_authority_is_the_town() -> None:
    essen = card("Die Staatsanwaltschaft Essen ermittelt gegen drei Männer.", "Essen")
    assert essen.article is None and essen.plural is None and "food" not in essen.glosses
    # the food after a dative noun stays food
    food = card("Wir geben den Kindern Essen.", "Essen")
    assert food.article == "das" and "food" in food.glosses[:3]


def test_a_town_after_bad_is_no_plural() -> None:
    town = card("Ein Autohaus aus Bad Salzungen hilft dem Verein.", "Salzungen")
    assert town.article is None and town.plural is None and town.lemma == "Salzungen"


def test_a_region_named_in_the_text_is_the_region_first() -> None:
    assert card("Im Harz schneit es seit Tagen.", "Harz").glosses[0] == "Harz Mountains"
