"""Session 35 (fix35a): wrong lemmas reviewers found on made-up sentences (whole pipeline).
A participle that is no participle of the tagger's lemma takes the engine's verb
("vermisst": vermissen, not a present form of vermessen); a verb Ding cites only with
"sich" is not joined with the infinitive before it when the clause has no reflexive
("hat ihn gehen lassen": lassen, not "sich gehenlassen"). Near misses keep theirs."""

from __future__ import annotations

import pytest

from tests.reading.test_cards_gloss26 import card


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Ich habe dich vermisst.", "vermisst", "vermissen"),
        ("Die Frau wird seit Tagen vermisst.", "vermisst", "vermissen"),
        ("Sie hat ihn gehen lassen.", "lassen", "lassen"),
        # near misses: the participle of vermessen, a reflexive, a verb Ding cites without
        ("Er hat das Grundstück vermessen.", "vermessen", "vermessen"),
        ("Sie hat sich gehen lassen.", "lassen", "gehenlassen"),
        ("Er hat das Glas fallen lassen.", "lassen", "fallenlassen"),
    ],
)  # fmt: skip
def test_the_lemma_of_a_verb(text: str, word: str, lemma: str) -> None:
    assert card(text, word).lemma == lemma
