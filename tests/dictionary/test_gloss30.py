"""Session 30 (gloss30): "mal" as a particle, a copula's participle after its predicate, a
change by an amount ("um 8 Prozent"). Pure functions, made-up clauses."""

from __future__ import annotations

import pytest

from app.dictionary.context import Sentence
from app.dictionary.copulas import predicate_participle_first
from app.dictionary.model import Gloss, WordInfo
from app.dictionary.objects import amount_change, change_line
from app.dictionary.particles import particle_first


def _clause(text: str) -> Sentence:
    """(form, lemma, is a noun) of a made-up clause: "form|lemma" where they differ."""
    out = []
    for token in text.split():
        form, _, lemma = token.partition("|")
        out.append((form, lemma or form, form[:1].isupper() and token is not text.split()[0]))
    return out


def _info(word: str, *glosses: str) -> WordInfo:
    senses = tuple(Gloss(g) for g in glosses)
    return WordInfo(word=word, lemma=word, pos="ADV", glosses=glosses, senses=senses)


def _mal(text: str) -> tuple[str, ...]:
    sentence = _clause(text)
    position = next(i for i, t in enumerate(sentence) if t[0] == "mal")
    return particle_first(_info("mal", "by", "times"), sentence, position, 5).glosses[:2]


@pytest.mark.parametrize(
    "text",
    [
        "das kann man nun mal nicht ändern",
        "wir müssen das erst mal prüfen",
        "irgendwann ist auch mal gut",
        "endlich passiert mal etwas",
    ],
)
def test_mal_away_from_numbers_is_the_particle(text: str) -> None:
    assert _mal(text) == ("just", "once")


@pytest.mark.parametrize("text", ["drei mal vier", "das Zimmer misst 4 mal 5 Meter", "x mal y"])
def test_mal_between_numbers_is_times(text: str) -> None:
    assert _mal(text) == ("by", "times")


def _participle(text: str, word: str) -> tuple[str, ...]:
    sentence = _clause(text)
    position = next(i for i, t in enumerate(sentence) if t[0] == word)
    info = WordInfo(word=word, lemma="werdend", pos="ADJ", glosses=("nascent", "prospective"),
                    senses=(Gloss("nascent"), Gloss("prospective")))  # fmt: skip
    return predicate_participle_first(info, sentence, position, 5).glosses[:2]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("die frei werdenden Wohnungen", "werdenden"),
        ("eine immer größer|groß werdende Lücke", "werdende"),
        ("die knapp werdenden Mittel", "werdenden"),
    ],
)
def test_werdend_after_its_predicate_is_becoming(text: str, word: str) -> None:
    assert _participle(text, word)[0] == "becoming"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Werdende Väter lernen viel", "Werdende"),
        ("Kurse für werdende Mütter", "werdende"),
        ("auch werdende Eltern kamen", "werdende"),
        ("die|der werdenden Eltern", "werdenden"),
    ],
)
def test_werdend_without_a_predicate_keeps_its_own_sense(text: str, word: str) -> None:
    assert _participle(text, word) == ("nascent", "prospective")


@pytest.mark.parametrize(
    ("text", "verb", "change"),
    [
        ("der Absatz ist um 12 Prozent gesunken", "gesunken", True),
        ("die Zahl ging um fast ein Viertel zurück", "ging", True),
        ("der Gewinn brach um mehr als ein Drittel ein", "brach", True),
        ("die Miete stieg um die Hälfte", "stieg", True),
        # a clock time, a topic, no amount: no change
        ("der Zug fuhr um 10 Uhr ab", "fuhr", False),
        ("es geht um die Zukunft", "geht", False),
        ("sie kämpften um jeden Meter", "kämpften", False),
        # rev_cards30: a count before its unit, with a decimal comma or thousands points,
        # or before the level reached
        ("die Kurse stiegen um 3,5 auf 120 Punkte", "stiegen", True),
        ("die Einwohnerzahl sank um 20.000", "sank", True),
        ("die Zahl stieg um 300 auf 5000", "stieg", True),
        # a bare number or a clock word: a time
        ("er stieg um halb acht in den Bus", "stieg", False),
        ("sie stieg um Viertel nach acht aus", "stieg", False),
        ("er ging um acht zurück", "ging", False),
        ("um 1900 stieg die Zahl", "stieg", False),
        ("sie kam um zehn vor zwölf an", "kam", False),
    ],
)
def test_um_with_an_amount_is_a_change(text: str, verb: str, change: bool) -> None:
    sentence = _clause(text)
    assert amount_change(sentence, [t[0] for t in sentence].index(verb)) is change


def test_a_change_line_is_read_from_its_first_glosses() -> None:
    assert change_line([("to decrease", "", "", "decrease", False)])
    assert change_line([("to go back", "", "", "go back", False), ("to dip", "", "", "dip", False)])
    assert not change_line([("to go back", "", "", "go back", False)])
