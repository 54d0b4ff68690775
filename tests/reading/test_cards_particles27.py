"""Session 27 (lead): "wohl" as the news hedge, "inzwischen" with a strong past verb
(made-up sentences, whole pipeline as the hover card shows them)."""

from __future__ import annotations

from tests.reading.test_cards_gloss26 import card


def _first(text: str, word: str) -> str:
    return card(text, word).glosses[0]


def test_wohl_is_the_news_hedge_probably_but_not_in_fixed_uses() -> None:
    assert _first("Der Minister wird wohl zurücktreten.", "wohl") == "probably"
    text = "Eine Provokation, von der wohl am ehesten die Opposition profitiert."
    assert _first(text, "wohl") == "probably"
    assert _first("Die Kinder fühlen sich in der neuen Schule wohl.", "wohl") != "probably"
    assert _first("Nicht das Geld, wohl aber die Zeit fehlt.", "wohl") != "probably"
    assert _first("Das wusste der Bürgermeister sehr wohl.", "wohl") != "probably"
    assert _first("Das Wohl der Patienten steht im Mittelpunkt.", "Wohl") != "probably"


def test_inzwischen_in_a_strong_past_is_meanwhile() -> None:
    assert _first("Inzwischen stiegen die Preise deutlich.", "Inzwischen") == "meanwhile"
    assert _first("Inzwischen kam ein neuer Investor.", "Inzwischen") == "meanwhile"
    assert _first("Inzwischen steigen die Preise wieder.", "Inzwischen") == "by now"
    assert _first("Inzwischen sind die Preise gestiegen.", "Inzwischen") == "by now"


def test_inzwischen_in_reported_speech_is_not_the_past_narrative() -> None:
    text = "Die Bauern sagten, sie würden inzwischen die Nächte im Stall verbringen."
    assert _first(text, "inzwischen") == "by now"
