"""Session 36 (gloss36): a phrase Ding glosses in several lines shows its plainer gloss
("die Kosten tragen: to bear the costs", not "to pay the piper"); a common first gloss
stays ("in Kraft treten" keeps a gloss with "force"). Made-up sentences, whole pipeline."""

from __future__ import annotations

import pytest

from tests.reading.test_cards_gloss26 import card

_COSTS = "Die Kosten muss am Ende der Bauherr tragen."
_STAFF = "Das Land stellt zusätzliches Personal zur Verfügung."


@pytest.mark.parametrize(
    ("text", "word", "first"),
    [
        (_COSTS, "Kosten", "die Kosten tragen: to bear the costs"),
        (_COSTS, "tragen", "die Kosten tragen: to bear the costs"),
        ("Die Bahn hat zu wenig investiert.", "wenig", "zu wenig: too little"),
        (_STAFF, "Verfügung", "zur Verfügung stellen: to provide sth."),
    ],
)  # fmt: skip
def test_a_phrase_shows_its_plain_gloss(text: str, word: str, first: str) -> None:
    assert card(text, word).glosses[0] == first


def test_a_phrase_gloss_without_a_rare_word_stays() -> None:
    first = card("Die Gemeinde hat ein Gutachten in Auftrag gegeben.", "Auftrag").glosses[0]
    assert first.endswith("in Auftrag geben: to commission sth.")  # not "to put out sth."
