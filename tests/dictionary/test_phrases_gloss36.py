"""A phrase Ding glosses in several lines shows its plainer gloss (session 36)."""

from __future__ import annotations

import pytest

from app.dictionary.english import plainest_word_zipf
from app.dictionary.phrases import Phrases
from app.dictionary.store import PhraseRow
from tests.dictionary.support import PhraseStore


def _found(rows: list[PhraseRow], words: str, position: int) -> str:
    keys = [(w.lower(), row) for row in rows for w in row[2].split() if w[:1].isupper()]
    store = PhraseStore(keys)
    sentence = [
        (w.lower(), w.lower(), w[:1].isupper() and i > 0) for i, w in enumerate(words.split())
    ]
    phrases = Phrases(store)  # type: ignore[arg-type]
    found = phrases.found(sentence[position][0], sentence[position][1], position, sentence)
    return found[0].gloss if found else ""


_COSTS = [
    (1, "die Kosten tragen", "die Kosten tragen", 1, "to pay the piper", 0.2),
    (2, "die Kosten tragen", "die Kosten tragen", 1, "to bear the costs", 0.5),
]


def test_plainest_word_zipf_rates_the_rarest_word() -> None:
    piper, costs = plainest_word_zipf("to pay the piper"), plainest_word_zipf("to bear the costs")
    if piper is None or costs is None:
        pytest.skip("no English word list")
    assert piper < costs
    assert plainest_word_zipf("to put sth. at sb.’s disposal") == plainest_word_zipf("disposal")
    both = plainest_word_zipf("to come/enter into force")
    assert both == plainest_word_zipf("to enter into force")
    assert plainest_word_zipf("sb./sth.") is None  # placeholders only


def test_a_figurative_gloss_gives_way_to_the_plain_one_of_another_line() -> None:
    if plainest_word_zipf("piper") is None:
        pytest.skip("no English word list")
    words = "Die Kosten muss der Bauherr tragen"
    assert _found(_COSTS, words, 1) == "to bear the costs"
    assert _found(_COSTS, words, 5) == "to bear the costs"  # the verb's card alike


def test_a_common_first_gloss_stays() -> None:
    rows = [
        (1, "in Auftrag geben", "in Auftrag geben", 1, "to commission sth.", 0.0),
        (2, "in Auftrag geben", "in Auftrag geben", 1, "to put out sth.", 0.2),
    ]
    assert _found(rows, "Die Stadt hat ein Gutachten in Auftrag geben lassen", 5) == (
        "to commission sth."
    )  # "commission" is common enough


def test_a_plainer_gloss_must_be_clearly_more_common() -> None:
    rows = [
        (1, "von etw. Gebrauch machen", "Gebrauch machen", 1, "to avail oneself of sth.", 0.0),
        (2, "von etw. Gebrauch machen", "Gebrauch machen", 1, "to resort to sth.", 0.0),
        (3, "von etw. Gebrauch machen", "Gebrauch machen", 1, "to exercise sth.", 0.2),
    ]
    if plainest_word_zipf("avail") is None:
        pytest.skip("no English word list")
    # "resort" is not six times as common as "avail"; "exercise" is
    assert _found(rows, "Sie kann von ihrem Recht Gebrauch machen", 5) == "to exercise sth."


def test_another_phrase_is_no_alternative() -> None:
    rows = [
        (1, "die Kosten tragen", "die Kosten tragen", 1, "to pay the piper", 0.2),
        (2, "die Kosten senken", "die Kosten senken", 1, "to cut costs", 0.5),
    ]
    # only one phrase matches: its gloss stays, however rare
    assert _found(rows, "Die Kosten muss der Bauherr tragen", 1) == "to pay the piper"
