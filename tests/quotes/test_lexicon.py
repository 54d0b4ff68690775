"""Konjunktiv forms and verbs of saying."""

from __future__ import annotations

from app.quotes.lexicon import (
    first_person_near,
    is_report_verb,
    konjunktiv_one,
    konjunktiv_two,
    looks_finite,
    sei_formula,
)

_SUB3 = "Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"


def test_konjunktiv_one_forms() -> None:
    assert konjunktiv_one("sei", "sein", "AUX", _SUB3)
    assert konjunktiv_one("seien", "sein", "AUX", "")
    assert konjunktiv_one("habe", "haben", "AUX", _SUB3)
    assert konjunktiv_one("könne", "können", "AUX", "")
    assert konjunktiv_one("gebe", "geben", "ADV", "")  # the tagger missed the verb
    assert konjunktiv_one("ändere", "ändern", "VERB", "")
    assert konjunktiv_one("handle", "handeln", "VERB", "")
    assert konjunktiv_one("teile", "mitteilen", "VERB", "")  # "teile … mit"


def test_not_konjunktiv_one() -> None:
    assert not konjunktiv_one("hat", "haben", "AUX", "Mood=Ind")
    assert not konjunktiv_one("haben", "haben", "AUX", "Number=Plur")
    assert not konjunktiv_one("offene", "offen", "ADJ", "")
    assert not konjunktiv_one("Sage", "Sage", "NOUN", "")


def test_konjunktiv_two() -> None:
    assert konjunktiv_two("würden", "")
    assert konjunktiv_two("stünden", "")
    assert konjunktiv_two("käme", "Mood=Sub|Tense=Past")
    assert not konjunktiv_two("sollten", "Mood=Sub|Tense=Past")  # also indicative
    assert not konjunktiv_two("sagte", "Mood=Ind|Tense=Past")


def test_formulas_and_first_person() -> None:
    assert sei_formula(["es", "sei", "denn"], 1)
    assert sei_formula(["Gott", "sei", "Dank"], 1)
    assert not sei_formula(["Lage", "sei", "ernst"], 1)
    assert first_person_near(["ich", "habe"], 1)
    assert not first_person_near(["er", "habe"], 1)


def test_verbs_of_saying() -> None:
    assert is_report_verb("sagen") and is_report_verb("mitteilen") and is_report_verb("glauben")
    assert not is_report_verb("gehen")
    assert looks_finite("rief", "rufen")
    assert not looks_finite("gesagt", "sagen")
    assert not looks_finite("mit", "mitteilen")
