"""Session 28 (names11): names on the word card (made-up sentences, whole pipeline as
the hover card shows them): a place that is also a common noun's form, a region named
through a country, a first name ending in "-s", a surname that reads as a plural, the
name of one place or body without a plural, a time of day, an adverb opening a sentence."""

from __future__ import annotations

from app.reading.cards import listed_place
from tests.reading.test_cards_gloss26 import _cards, card


def test_a_town_the_recogniser_found_is_no_plural_of_a_noun() -> None:
    town = card("Der Zug fuhr von Frankfurt nach Siegen weiter.", "Siegen")
    assert town.pos == "proper noun" and town.lemma == "Siegen"
    assert town.article is None and town.plural is None and "Plur" not in town.features


def test_a_town_that_is_a_common_noun_gets_no_common_gloss() -> None:
    town = card("Die Messe in Essen zieht jedes Jahr viele Besucher an.", "Essen")
    assert town.plural is None and "food" not in town.glosses
    meal = card("Das Essen in der Kantine war kalt.", "Essen")
    assert meal.article == "das" and "food" in meal.glosses


def test_the_town_of_a_court_is_a_name() -> None:
    town = card("Das Landgericht Kiel verurteilte den Angeklagten zu drei Jahren.", "Kiel")
    assert town.article is None and town.plural is None and "keel" not in town.glosses


def test_a_region_named_through_its_country_takes_no_article() -> None:
    region = card("Die Häfen Norddeutschlands melden einen Rückgang.", "Norddeutschlands")
    assert region.article is None and region.plural is None
    assert region.lemma == "Norddeutschland"


def test_a_part_of_a_region_is_no_plural_of_its_people() -> None:
    region = card("In Mittelhessen fiel am Sonntag viel Regen.", "Mittelhessen")
    assert region.lemma == "Mittelhessen" and region.article is None and region.plural is None
    assert listed_place("Nordbayern") and not listed_place("Unterhaltung")


def test_a_first_name_in_s_is_no_genitive() -> None:
    name = card("Trainer Weber sagte: „Jonas weiß, was er kann.“", "Jonas")
    assert name.lemma == "Jonas" and "Case=Gen" not in name.features


def test_a_surname_that_reads_as_a_plural_stays_the_name() -> None:
    text = "Trainer Henning Vogtländer war zufrieden. Danach sagte Vogtländer, er sei stolz."
    cards = [c for c in _cards(text) if c.word == "Vogtländer"]
    assert cards and all(c.lemma == "Vogtländer" and c.article is None for c in cards)


def test_a_counted_plural_is_no_name() -> None:
    games = card("Die Mannschaft hat seit sieben Partien nicht gewonnen.", "Partien")
    assert games.lemma == "Partie" and "Number=Plur" in games.features


def test_a_feminine_plural_after_a_preposition_is_no_place() -> None:
    firms = card("Die Sanktionen richten sich gegen Reedereien aus Asien.", "Reedereien")
    assert firms.lemma == "Reederei" and "Number=Sing" not in firms.features


def test_the_name_of_one_place_has_no_plural() -> None:
    district = card("Der Lahn-Dill-Kreis meldete am Abend mehrere Schäden.", "Lahn-Dill-Kreis")
    assert district.article == "der" and district.plural is None


def test_a_time_of_day_has_no_plural() -> None:
    hour = card("Die Ausstellung ist bis 18 Uhr geöffnet.", "Uhr")
    assert hour.article == "die" and hour.plural is None
    clock = card("Die Uhr am Bahnhof ging falsch.", "Uhr")
    assert clock.plural == "Uhren"


def test_an_adverb_opening_a_sentence_is_no_noun() -> None:
    adverb = card("Zeitweise fielen in der Stadt die Ampeln aus.", "Zeitweise")
    assert adverb.pos == "adverb" and adverb.article is None and adverb.plural is None
    assert adverb.lemma == "zeitweise" and not adverb.features


def test_the_region_of_an_authority_is_a_name() -> None:
    region = card("Das Polizeipräsidium Nordhessen warnte am Morgen vor Glätte.", "Nordhessen")
    assert region.lemma == "Nordhessen" and region.article is None and region.plural is None


def test_a_noun_of_two_words_by_gender_takes_the_usual_one() -> None:
    # der Moment (an instant) and das Moment (a factor) are two nouns; the phrase does
    # not decide, the dictionary's first sense does
    instant = card("In diesem Moment klingelte das Telefon.", "Moment")
    assert instant.article == "der"
    hole = card("Mitten auf der Straße klaffte plötzlich ein Loch.", "Loch")
    assert hole.article == "das"
    # one noun with two genders stays open ("der/das Meter"); the article decides
    assert card("Das Teil war kaputt.", "Teil").article == "das"
