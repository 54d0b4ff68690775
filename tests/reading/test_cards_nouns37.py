"""Session 37 (nouns37): what a card says about nouns, on made-up sentences (whole
pipeline). A word in small letters is no noun (no article, plural or gender), nor is a
definite article opening its sentence; an inflected adjective alone before the verb is
an adjective used as a noun ("Betroffene sollten …"); a comparative used as a noun is
not read as another noun the dictionary lemmatises it to ("Jüngere": not der Jünger);
an agent noun in "-er" the table lacks is masculine ("Mediengestalter"). Near misses
keep their cards."""

from __future__ import annotations

import pytest

from tests.reading.test_cards_gloss26 import card


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Nach ersten Schätzungen dürften rund 1,9 Millionen Liter zusammenkommen, hieß es.",
         "ersten"),
        ("Hunde seien auf schmalen, viel von Radfahrern genutzten Dämmen kaum einsetzbar.",
         "schmalen"),
        ("Damit könnten Forscher das Werk künftig von überall aus einsehen, ohne es anzufassen.",
         "einsehen"),
    ],
)  # fmt: skip
def test_a_word_in_small_letters_is_no_noun(text: str, word: str) -> None:
    found = card(text, word)
    assert found.article is None
    assert found.plural is None
    assert "Gender" not in found.features
    assert found.pos != "noun"


def test_an_agency_code_in_small_letters_keeps_its_card() -> None:
    # near miss: a short abbreviation in small letters is no word read as a noun
    found = card("Berlin (dpa) - Der Senat hat am Montag getagt.", "dpa")
    assert found.pos in ("proper noun", "name or abbreviation")


def test_a_definite_article_opening_its_sentence_is_no_noun() -> None:
    found = card(
        "Ein Wagen habe die beiden gemessen, erlaubt seien 50. Die 19 und 21 Jahre alten "
        "Fahrer mussten ihre Scheine abgeben.",
        "Die",
    )
    assert found.article is None and found.plural is None
    assert found.pos != "noun"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Betroffene sollten in den kommenden Tagen besonders misstrauisch sein.", "Betroffene"),
        ("Viele Betroffene sollten misstrauisch sein.", "Betroffene"),
    ],
)  # fmt: skip
def test_an_inflected_adjective_alone_before_the_verb_is_a_noun(text: str, word: str) -> None:
    found = card(text, word)
    assert found.pos == "noun"
    assert found.lemma == "Betroffene"
    assert found.article == "der/die"


def test_an_adverb_in_e_before_the_verb_stays_one() -> None:
    found = card("Lange hatte es nach einer Niederlage ausgesehen.", "Lange")
    assert found.pos != "noun"
    assert found.article is None


def test_a_comparative_used_as_a_noun_is_not_another_noun() -> None:
    found = card("Vor allem Jüngere greifen lieber zu alkoholfreien Getränken.", "Jüngere")
    assert found.lemma == "Jüngere"
    assert found.article == "der/die"
    assert found.plural != "Jünger"
    assert "Gender" not in found.features


def test_an_agent_noun_the_table_lacks_is_masculine() -> None:
    found = card(
        "Das Gericht sah es als erwiesen an, dass der gelernte Mediengestalter die Seiten "
        "betrieben hatte.",
        "Mediengestalter",
    )
    assert found.article == "der"
    assert "Gender=Masc" in found.features
    # near miss: a compound whose head the table knows keeps its gender
    lights = card("Viele Bürger fürchteten nächtliche Blinklichter und Lärm.", "Blinklichter")
    assert lights.article == "das" and lights.lemma == "Blinklicht"


def test_a_noun_compound_is_no_guessed_adjective() -> None:
    # "Schattenflotte": Schatten + die Flotte, not an adjective "schattenflott" used as a noun
    found = card(
        "Die Reedereien werden der sogenannten Schattenflotte zugerechnet.", "Schattenflotte"
    )
    assert found.article == "die"
    assert "Gender=Fem" in found.features


def test_a_capitalised_adjective_in_isch_before_its_noun() -> None:
    found = card(
        "Sie ist Professorin für Provinzialrömische Archäologie an der Universität.",
        "Provinzialrömische",
    )
    assert found.pos == "adjective"
    assert found.lemma == "provinzialrömisch"
    assert found.article is None and found.plural is None


def test_a_common_noun_in_s_inside_a_name_is_no_genitive() -> None:
    found = card("Auch der Eigentümerverband Haus & Grund kritisierte den Beschluss.", "Haus")
    assert found.lemma == "Haus"
    assert "Case=Gen" not in found.features
    # near miss: a surname's genitive keeps it
    other = card("Das neue Buch des Autors Kolbecks erschien im Mai.", "Kolbecks")
    assert other.lemma == "Kolbeck"


def test_a_compound_head_the_table_lacks_takes_the_dictionary_gender() -> None:
    # "Zivil" + "Wagen": der Wagen (the dictionary), not the infinitive used as a noun
    found = card("Ein Zivilwagen der Polizei habe die beiden gemessen.", "Zivilwagen")
    assert found.article == "der"
    assert "Gender=Masc" in found.features
    # near miss: a noun + an infinitive used as a noun stays neuter
    driving = card("Das Autofahren macht vielen Menschen Spaß.", "Autofahren")
    assert driving.article == "das"


def test_a_verb_in_small_letters_read_as_a_noun_is_the_verb() -> None:
    found = card("Damit könnten Forscher das Werk künftig von überall aus einsehen.", "einsehen")
    assert found.pos == "verb" and found.lemma == "einsehen"


def test_a_bare_comparative_before_the_verb_is_no_noun() -> None:
    # review: "später" is the comparative of spät with no ending as well as spät + "-er"
    found = card("Später wurde er zum Vorsitzenden gewählt.", "Später")
    assert found.pos != "noun"
    assert "Case" not in found.features


def test_a_brand_in_small_letters_with_a_capital_inside_keeps_its_noun_card() -> None:
    # review: "iPhone" starts small but is no word in small letters
    found = card("Das neue iPhone kostet mehr als 1000 Euro.", "iPhone")
    assert found.pos == "noun"
    assert found.article == "das"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Wichtiger ist die Frage nach den Kosten.", "Wichtiger"),
        ("Später wurde er zum Vorsitzenden gewählt.", "Später"),
    ],
)  # fmt: skip
def test_a_bare_comparative_opening_the_sentence_is_no_noun(text: str, word: str) -> None:
    # review: the predicate or adverb put first, not der Wichtige
    found = card(text, word)
    assert found.pos != "noun"
    assert found.article is None
    assert "Gender" not in found.features
