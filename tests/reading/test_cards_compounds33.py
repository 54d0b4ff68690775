"""Session 33 (compounds33): the head of a compound Ding lacks glossed by what Ding's
compounds of the same head say for modifiers like this one (modifiers that combine
with the same heads in Ding): institutions before "-leitung" read "management",
materials and energies "line"; a place adjective in -er is never split. Made-up
sentences, whole pipeline: analysis, reading layer, bundled dictionary."""

from __future__ import annotations

import pytest

from tests.reading.test_cards_gloss26 import card


@pytest.mark.parametrize(
    ("text", "word", "first"),
    [
        # an institution or a group before "-leitung": its management
        ("Die Museumsleitung lehnte den Antrag ab.", "Museumsleitung", "museum + management"),
        ("Die Vereinsleitung trat geschlossen zurück.", "Vereinsleitung", "club + management"),
        ("Die Parteileitung berät am Montag.", "Parteileitung", "party + management"),
        ("Die Hochschulleitung will sparen.", "Hochschulleitung", "university + management"),
        ("Die Bankleitung schwieg zu den Vorwürfen.", "Bankleitung", "bank + management"),
        ("Die Fabrikleitung kündigte Kurzarbeit an.", "Fabrikleitung", "factory + management"),
        # Ding's own compounds keep their line
        ("Die Konzernleitung schwieg.", "Konzernleitung", "group management"),
        ("Die Hotelleitung entschuldigte sich.", "Hotelleitung", "hotel management"),
    ],
)  # fmt: skip
def test_head_sense_by_the_modifiers_class(text: str, word: str, first: str) -> None:
    assert card(text, word).glosses[0] == first


@pytest.mark.parametrize(
    ("text", "word", "wrong"),
    [
        # look-alikes: a material or an energy before "-leitung" keeps the line
        ("Die Kupferleitung wurde gestohlen.", "Kupferleitung", "management"),
        ("Die Heizungsleitung ist geplatzt.", "Heizungsleitung", "management"),
        ("Die Wasserstoffleitung soll 2030 fertig sein.", "Wasserstoffleitung", "management"),
        ("Die Ölleitung ist leck.", "Ölleitung", "management"),
        ("Die Gasleitung ist undicht.", "Gasleitung", "management"),
        ("Die Stromleitung wurde gekappt.", "Stromleitung", "management"),
        ("Die Druckleitung platzte.", "Druckleitung", "management"),
        ("Die Abwasserleitung ist verstopft.", "Abwasserleitung", "management"),
        ("Die Dampfleitung ist heiß.", "Dampfleitung", "management"),
        ("Die Erdgasleitung wurde beschädigt.", "Erdgasleitung", "management"),
        ("Die Erdgasleitung wurde beschädigt.", "Erdgasleitung", "conduction"),
        ("Die Fernwärmeleitung ist fertig.", "Fernwärmeleitung", "management"),
        ("Die Glasfaserleitung wird verlegt.", "Glasfaserleitung", "management"),
        ("Die Trinkwasserleitung ist alt.", "Trinkwasserleitung", "management"),
        # substances before "-gehalt": content, never salary
        ("Der Zuckergehalt ist hoch.", "Zuckergehalt", "salary"),
        ("Der Salzgehalt des Wassers steigt.", "Salzgehalt", "salary"),
        ("Der Koffeingehalt ist niedrig.", "Koffeingehalt", "salary"),
        ("Der Fettgehalt ist gering.", "Fettgehalt", "salary"),
        ("Der Alkoholgehalt liegt bei fünf Prozent.", "Alkoholgehalt", "salary"),
        ("Der Schadstoffgehalt im Boden ist hoch.", "Schadstoffgehalt", "salary"),
        ("Die Benzinleitung tropft.", "Benzinleitung", "management"),
        ("Die Bleileitungen müssen raus.", "Bleileitungen", "management"),
        # Ding's own compounds are not touched
        ("Die Schulleitung informierte die Eltern.", "Schulleitung", "line"),
        ("Die Zuleitung ist defekt.", "Zuleitung", "management"),
    ],
)  # fmt: skip
def test_head_sense_near_misses(text: str, word: str, wrong: str) -> None:
    glosses = card(text, word).glosses
    assert not glosses or not glosses[0].endswith(wrong), glosses


@pytest.mark.parametrize(
    ("text", "word", "first"),
    [
        # place adjectives in -er are never split into parts
        ("Der Bremer Senat hat beschlossen.", "Bremer", "of Bremen"),
        ("Die Kölner Polizei ermittelt.", "Kölner", "of Cologne"),
        ("Das Münchner Gericht entschied anders.", "Münchner", "of Munich"),
        ("Die Hamburger Hafenbehörde schwieg.", "Hamburger", "of Hamburg"),
        ("Der Frankfurter Flughafen war gesperrt.", "Frankfurter", "of Frankfurt"),
        ("Die Dresdner Verkehrsbetriebe streiken.", "Dresdner", "of Dresden"),
    ],
)  # fmt: skip
def test_place_adjectives_stay_whole(text: str, word: str, first: str) -> None:
    glosses = card(text, word).glosses
    assert glosses and glosses[0] == first and " + " not in glosses[0], glosses
