"""Session 32 (propn32), on the card and in ``analyze --json --tokens`` with the bundled
dictionary, on made-up sentences: names the recogniser missed that the text itself shows
(a place named elsewhere in the text, a town coordinated with a place, a thing's name after
its kind or in quotation marks), an article of the text that rules out the table's gender,
adjectives inside institutions' names, a first name after a role, a surname opening its
sentence. The sentences of ``tests/fixtures/names_propn32_de.txt`` were written for this."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest

# the card records of a made-up text, as session 30's tests read them (one cache)
from tests.reading.test_cards_morph30 import _no_noun_facts, _record, _records


def test_a_place_named_elsewhere_in_the_text_is_that_place() -> None:
    text = (
        "Konstanz (dpa) - Die Stadt Konstanz will ihre Promenade erneuern.\n\n"
        "Der Oberbürgermeister von Konstanz sprach von einem schwierigen Haushalt."
    )
    record = _record(text, "Konstanz", 2)
    _no_noun_facts(record)
    assert record["pos"] == "PROPN"


def test_the_common_noun_keeps_its_article_with_an_article() -> None:
    text = (
        "Konstanz (dpa) - Die Stadt Konstanz will ihre Promenade erneuern.\n\n"
        "Die Konstanz der Preise überraschte die Händler."
    )
    assert _record(text, "Konstanz", 2)["article"] == "die"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Zwischen Essen und Bochum staute sich der Verkehr.", "Essen"),
        ("Die Kliniken in Weiden und Amberg suchen Pflegekräfte.", "Weiden"),
        ("Die Gemeinderäte aus Singen und Radolfzell stimmten zu.", "Singen"),
    ],
)
def test_a_town_coordinated_with_a_place_is_a_name(sentence: str, word: str) -> None:
    record = _record(sentence, word)
    _no_noun_facts(record)
    assert record["lemma"] == word


def test_coordinated_common_nouns_stay_nouns() -> None:
    record = _record("Die Bauern leben von Weiden und Äckern.", "Weiden")
    assert record["plural"] == "Weiden"


def test_a_school_subject_beside_a_language_stays_a_noun() -> None:
    sentence = "Die Lehrkräfte sollen vor allem in Deutsch und Mathematik eingesetzt werden."
    assert _record(sentence, "Mathematik")["article"] == "die"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Die Gaststätte Krone schließt nach 120 Jahren.", "Krone"),
        ("Der Flughafen Hahn sucht einen Investor.", "Hahn"),
        ("Die Firma Trumpf aus Ditzingen baut Laser.", "Trumpf"),
        ("Das Schiff »Seestern« lief am Morgen in Bremerhaven ein.", "Seestern"),
        ("Die Initiative »Sauberes Wasser« sammelte Unterschriften.", "Wasser"),
    ],
)
def test_the_name_of_one_thing_has_no_article_or_plural(sentence: str, word: str) -> None:
    record = _record(sentence, word)
    _no_noun_facts(record)
    assert record["pos"] == "PROPN"


def test_an_object_after_a_kind_is_no_name() -> None:
    record = _record("Es heißt, dass die Firma Geld braucht.", "Geld")
    assert record["article"] == "das"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Die Lahn bei Gießen ist wieder sauber.", "Lahn"),
        ("Die »Seestern« hatte Fracht an Bord.", "Seestern"),
    ],
)
def test_an_article_of_another_gender_rules_out_the_tables_noun(sentence: str, word: str) -> None:
    _no_noun_facts(_record(sentence, word))


def test_an_article_of_the_same_gender_keeps_it() -> None:
    assert _record("Der Seestern lag am Strand.", "Seestern")["article"] == "der"


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        ("Das Deutsche Rote Kreuz richtete eine Notunterkunft ein.", "Rote", "rot"),
        ("Das Statistische Bundesamt meldete mehr Geburten.", "Statistische", "statistisch"),
        ("Die Vereinten Nationen fordern eine Waffenruhe.", "Vereinten", "vereint"),
    ],
)
def test_an_adjective_in_an_institutions_name(sentence: str, word: str, lemma: str) -> None:
    record = _record(sentence, word)
    assert record["pos"] == "ADJ"
    assert record["lemma"] == lemma
    assert record["article"] is None


def test_a_first_name_after_a_role_has_no_article() -> None:
    _no_noun_facts(_record("Der Trainer Markus Kühnen verlängerte seinen Vertrag.", "Markus"))


def test_a_surname_opening_its_sentence_is_no_adverb() -> None:
    text = "Die Ministerin Katrin Lange besuchte das Werk. Lange kündigte weitere Hilfen an."
    record = _record(text, "Lange", 1)
    assert record["pos"] == "PROPN"
    assert record["lemma"] == "Lange"


def test_a_town_after_bad_is_a_name() -> None:
    _no_noun_facts(_record("Der Bahnhof von Bad Kissingen wird barrierefrei.", "Kissingen"))


_FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "names_propn32_de.txt"
#: Names in the fixture the card shows as names (no article, gender or plural) at the end
#: of session 32: towns, persons, firms and things named after their kind.
_SHOWN_AS_NAMES = frozenset(
    [
        "Konstanz",
        "Singen",
        "Radolfzell",
        "Wittstock",
        "Essen",
        "Halle",
        "Leer",
        "Emden",
        "Norden",
        "Aurich",
        "Weiden",
        "Amberg",
        "Kamenz",
        "Lahr",
        "Brühl",
        "Siegen",
        "Dortmund",
        "Celle",
        "Peine",
        "Hameln",
        "Dresden",
        "Passau",
        "Passaus",
        "Köln",
        "Trier",
        "Koblenz",
        "Berlin",
        "Bremerhaven",
        "Borkum",
        "Ditzingen",
        "Gütersloh",
        "Lindau",
        "München",
        "Münchens",
        "Kemptens",
        "Hagen",
        "Bayreuth",
        "Kassel",
        "Fürth",
        "Garmisch-Partenkirchen",
        "Kissingen",
        "Ulm",
        "Greifswald",
        "Freiburg",
        "Norwegens",
        "Anna",
        "Becker",
        "Thomas",
        "Wagner",
        "Wagners",
        "Katrin",
        "Lange",
        "Markus",
        "Kühnen",
        "Sabine",
        "Rosen",
        "Jens",
        "Linden",
        "Paul",
        "Winter",
        "Lukas",
        "Vogel",
        "Vogels",
        "Stefan",
        "Wolf",
        "Maria",
        "Engel",
        "Peter",
        "Fuchs",
        "Heike",
        "Busch",
        "Frank",
        "Richter",
        "Michael",
        "Koch",
        "Jan",
        "Stein",
        "Steins",
        "Nordlicht",
        "Sonnenwind",
        "Stadtgrün",
        "Krone",
        "Adler",
        "Rosenhof",
        "Porsche",
        "Trumpf",
        "Rewe",
        "Stihl",
        "Miele",
        "Hahn",
    ]
)


@functools.cache
def _fixture_records() -> tuple[dict[str, Any], ...]:
    return _records(_FIXTURE.read_text(encoding="utf-8"))


def test_the_fixtures_names_show_no_noun_facts() -> None:
    wrong = [
        (r["text"], r["article"], r["plural"], r["morph"])
        for r in _fixture_records()
        if r["text"] in _SHOWN_AS_NAMES and (r["article"] or r["plural"] or "Gender=" in r["morph"])
    ]
    assert wrong == []


@pytest.mark.parametrize(("word", "article"), [("Elbe", "die"), ("Harz", "der"), ("Donau", None)])
def test_the_fixtures_rivers_and_regions_show_their_own_article(
    word: str, article: str | None
) -> None:
    for record in _fixture_records():
        if record["text"] == word:
            assert record["article"] in (article, None)
            assert record["plural"] is None
