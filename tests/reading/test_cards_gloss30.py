"""Session 30 (gloss30): made-up sentences through the whole pipeline (analysis, reading
layer, bundled dictionary)."""

from __future__ import annotations

import pytest

from app.analysis import analyze
from app.grammar import frame_at
from tests.reading.test_cards_gloss26 import card


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Die Forscher sind auf einen erstaunlich gut erhaltenen alten Brunnen gestoßen.",
            "gestoßen",
        ),
        (
            "Ein Arbeiter, der im Keller auf rostig verfärbte Rohre stieß, rief die Polizei.",
            "stieß",
        ),
    ],
)
def test_a_participle_before_its_noun_does_not_end_the_frame(text: str, word: str) -> None:
    # the tagger reads "erhaltenen", "verfärbte" as finite verbs; inside the noun phrase
    # they start no clause, so "auf" is the verb's: to come across
    analysis = analyze(text)
    verb = analysis.tokens.texts.index(word)
    assert "auf" in frame_at(analysis.tokens, verb).split()
    assert card(text, word).glosses[0] == "to come across sth."


def test_a_finite_verb_still_ends_the_frame() -> None:
    # "weil er lachte": a verb before a comma is no attribute
    analysis = analyze("Auf der Straße, weil er lachte, stolperte er.")
    verb = analysis.tokens.texts.index("lachte")
    assert "auf" not in frame_at(analysis.tokens, verb).split()


def test_vor_allem_is_no_object() -> None:
    analysis = analyze("Es hieß, dass die Kürzung vor allem zulasten kleiner Vereine gehe.")
    verb = analysis.tokens.texts.index("gehe")
    assert "vor" not in frame_at(analysis.tokens, verb).split()
    assert card("Dort standen vor allem alte Autos.", "standen").glosses[0] == "to stand"


@pytest.mark.parametrize(
    "text",
    [
        "Frei werdende Wohnungen sollen an Familien gehen.",
        "Die frei werdenden Wohnungen sollen an Familien gehen.",
    ],
)
def test_an_adjective_before_werdend_is_its_predicate(text: str) -> None:
    word = "Frei" if text.startswith("Frei") else "frei"
    assert card(text, word).glosses[0] == "free"
    participle = "werdende" if word == "Frei" else "werdenden"
    assert card(text, participle).glosses[0] == "becoming"


def test_werdende_eltern_keep_their_sense() -> None:
    assert "becoming" not in card("Werdende Mütter bekommen Beratung.", "Werdende").glosses


def test_mal_in_a_sentence() -> None:
    assert card("Das ist nun mal so.", "mal").glosses[:2] == ("just", "once")
    assert card("Der Raum misst 4 mal 5 Meter.", "mal").glosses[0] == "by"


def test_a_womans_title_before_her_name_is_the_feminine_noun() -> None:
    # tagged as part of the name; the engine reads a common feminine noun
    title = card(
        "Oberstaatsanwältin Petra Kowalski beantragte drei Jahre Haft.", "Oberstaatsanwältin"
    )
    assert title.glosses[0] == "senior prosecutor (woman)"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Der Absatz war im Sommer um 12 Prozent auf 3 Millionen Stück zurückgegangen.",
            "zurückgegangen",
        ),
        ("Die Zahl der Besucher ist um fast ein Drittel zurückgegangen.", "zurückgegangen"),
    ],
)
def test_a_change_by_an_amount(text: str, word: str) -> None:
    glosses = card(text, word).glosses[:3]
    assert "to go back" not in glosses and "to trace back to" not in glosses
    assert any(g in ("to decline", "to decrease", "fallen away", "decreased") for g in glosses)


def test_um_a_clock_time_is_no_change() -> None:
    assert card("Er ging um 10 Uhr nach Hause zurück.", "ging").glosses[0] == "to go back"


def test_a_title_tagged_as_a_name_is_read_from_its_masculine() -> None:
    from app.dictionary import open_dictionary

    dictionary = open_dictionary()
    title = dictionary.lookup("Oberstaatsanwältin", "Oberstaatsanwältin", "PROPN")
    assert title.glosses[0] == "senior prosecutor (woman)"
    # a first name in -in, or a short base, stays no woman's title
    for name in ("Karin", "Kerstin", "Putin"):
        assert not any("(woman)" in g for g in dictionary.lookup(name, name, "PROPN").glosses)
