"""The word card and ``analyze --json --tokens`` state the same part of speech, from one
decision (:func:`app.reading.cards.word_class`): the card in words, the JSON as a UD tag."""

from __future__ import annotations

import functools
from typing import Any

import pytest

from app.analysis import Analysis, analyze
from app.dictionary import WordInfo, open_dictionary
from app.reading.cards import (
    NAME_OR_ABBREVIATION,
    WordCard,
    WordDescriber,
    readable_pos,
)
from app.reading.lookups import InfoCache
from app.reading.textmodel import ReaderIndex
from tests.helpers import REPO

#: The card's labels UD has no tag of its own for, and the tags the JSON gives them.
SPECIAL = {
    NAME_OR_ABBREVIATION: {"PROPN"},
    "particle of a separable verb": {"ADP", "ADV"},  # UD German: ADP where a preposition
}

MADE_UP = (
    "Berlin (dpa/bb) - Der Diktator sprach am Freitag mit Peskow über Nordkoreas Pläne.\n\n"
    "Die Firma kündigte am Montag neue Stellen an. Der Zug kam erst spät zurück.\n\n"
    "Der Vertrag tritt angeblich wohl im September in Kraft, sagte Spohr.\n\n"
    "Die Feier fand trotz des Regens statt, und alle stimmten dem Plan zu."
)


def _lookup(word: str, lemma: str, pos: str, morph: str, frame: str = "") -> WordInfo:
    return open_dictionary().lookup(word, lemma=lemma, pos=pos, morph=morph, frame=frame)


@functools.cache
def _analysis(text: str) -> Analysis:
    return analyze(text)


def _cards_and_records(text: str) -> list[tuple[WordCard, dict[str, Any]]]:
    from app.cli.render import token_records

    analysis = _analysis(text)
    describer = WordDescriber(ReaderIndex.build(analysis), InfoCache(_lookup))
    records = token_records(analysis)
    assert len(records) == len(analysis.tokens)
    return [(describer.card(i), record) for i, record in enumerate(records)]


def agrees(card_pos: str, ud: str) -> bool:
    """The card's words name the JSON's UD tag."""
    if card_pos in SPECIAL:
        return ud in SPECIAL[card_pos]
    return readable_pos(ud) == card_pos


@pytest.mark.parametrize("which", ["sample", "made-up"])
def test_card_and_json_state_the_same_part_of_speech_on_every_token(which: str) -> None:
    text = (
        (REPO / "resources" / "sample" / "article.txt").read_text(encoding="utf-8")
        if which == "sample"
        else MADE_UP
    )
    wrong = [
        (record["text"], card.pos, record["pos"])
        for card, record in _cards_and_records(text)
        if not agrees(card.pos, record["pos"])
    ]
    assert wrong == []


def _pos_of(word: str, nth: int = 0) -> tuple[str, str]:
    found = [(c.pos, r["pos"]) for c, r in _cards_and_records(MADE_UP) if r["text"] == word]
    return found[nth]


def test_names_and_nouns_in_the_json_are_the_cards() -> None:
    assert _pos_of("Peskow") == ("proper noun", "PROPN")  # a person's name
    assert _pos_of("Diktator") == ("noun", "NOUN")  # a title, no name
    assert _pos_of("Freitag") == ("noun", "NOUN")  # a day of the week is a common noun
    assert _pos_of("September") == ("noun", "NOUN")
    # a place's name the tagger took for a number: no number on the card
    assert _pos_of("Nordkoreas") == ("proper noun", "PROPN")


def test_a_separable_verbs_particle_is_adp_where_it_is_a_preposition() -> None:
    # UD German (data/ud, PTKVZ / compound:prt): "an", "statt", "zu" ADP; "zurück" ADV
    assert _pos_of("an") == ("particle of a separable verb", "ADP")
    assert _pos_of("statt") == ("particle of a separable verb", "ADP")
    assert _pos_of("zu") == ("particle of a separable verb", "ADP")
    assert _pos_of("zurück") == ("particle of a separable verb", "ADV")  # no preposition


def test_an_agencys_regional_code_is_a_name() -> None:
    assert _pos_of("bb") == (NAME_OR_ABBREVIATION, "PROPN")  # "(dpa/bb)"


@pytest.mark.parametrize("which", ["sample", "made-up"])
def test_card_and_json_give_the_same_base_form_and_glosses_on_every_token(which: str) -> None:
    """Also the codes shown as they stand: "Reuters", "(dpa/bb)" get no Ding gloss in either."""
    text = (
        (REPO / "resources" / "sample" / "article.txt").read_text(encoding="utf-8")
        if which == "sample"
        else MADE_UP + "\n\nLondon (Reuters) - Die Bank senkte den Zins."
    )
    wrong = [
        (record["text"], card.lemma, record["lemma"], card.glosses, record["glosses"])
        for card, record in _cards_and_records(text)
        if (card.lemma, list(card.glosses)) != (record["lemma"], record["glosses"])
    ]
    assert wrong == []
