"""``leselupe_names``: persons without a trained model (app/nlp/components/name_rules.py)."""

from __future__ import annotations

import spacy

from app.nlp.components.name_rules import NameRules


def _persons(text: str) -> list[str]:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return [e.text for e in NameRules()(nlp(text)).ents if e.label_ == "PER"]


def test_runs_of_unknown_capitalised_words_are_persons() -> None:
    assert _persons("Gestern traf Hinnerk Quastenberg den Bürgermeister.") == [
        "Hinnerk Quastenberg"
    ]


def test_single_unknown_word_only_before_an_age() -> None:
    assert _persons("Gestern kam Quastenberg (58) heim.") == ["Quastenberg"]
    assert _persons("Gestern kam Quastenberg heim.") == []


def test_known_words_and_sentence_starts_are_no_persons() -> None:
    assert _persons("Gestern sah der Große Rat das Neue Haus.") == []
    assert _persons("Quastenberg Wroblewski kam.") == []  # sentence start
