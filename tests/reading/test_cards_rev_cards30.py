"""Review of session 30's card rules (rev_cards30), on made-up near misses, whole
pipeline with the bundled dictionary: "um" with a clock time is no amount and a verb's
"um" object stays its frame; a change line of another headword gives no lemma; "vor
allen"/"unter anderen" before a noun are a determiner's phrase (maybe the object);
"mal" after a count is "times", "mal … mal" is "sometimes"; "sich wohl fühlen" keeps
its adjective."""

from __future__ import annotations

import pytest

from tests.reading.test_cards_gloss26 import card
from tests.reading.test_cards_morph30 import _features, _record


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Um halb acht stieg er in den Bus.", "stieg"),
        ("Um Viertel nach acht stieg sie aus dem Zug.", "stieg"),
    ],
)
def test_a_clock_time_after_um_is_no_amount(sentence: str, word: str) -> None:
    climbed = card(sentence, word)
    assert climbed.lemma == "steigen"
    assert climbed.glosses[0] != "increased"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Die Zahl der Arbeitslosen stieg um fast ein Viertel.", "stieg"),
        ("Die Kurse stiegen um 3,5 auf 120 Punkte.", "stiegen"),
    ],
)
def test_an_amount_raises_only_the_verbs_own_change_lines(sentence: str, word: str) -> None:
    # Ding's "zunehmen; steigen :: to increase" is no line of "steigen" itself
    assert card(sentence, word).lemma == "steigen"


def test_an_amount_after_um_keeps_the_change_reading() -> None:
    fell = card("Der Umsatz ist um 8 Prozent zurückgegangen.", "zurückgegangen")
    assert fell.lemma == "zurückgehen"
    assert fell.glosses[0] in ("fallen away", "slumped", "declined", "decreased")


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        ("Die Kanzlerin bat um 500 Euro Spenden.", "bat", "bitten"),
        ("Es geht um drei Millionen Euro.", "geht", "gehen"),
        ("Die Vereine kämpfen um 3 Punkte.", "kämpfen", "kämpfen"),
    ],
)
def test_a_verbs_um_object_with_a_number_stays_its_frame(
    sentence: str, word: str, lemma: str
) -> None:
    assert card(sentence, word).lemma == lemma


def test_vor_allen_before_a_noun_is_the_verbs_object() -> None:
    warned = card("Der Trainer warnte vor allen Risiken des Spiels.", "warnte")
    assert warned.lemma == "warnen" and warned.glosses[0] == "to caution against sth."
    # the idiom "vor allen Dingen" (above all) stays no object
    assert card("Der Trainer warnte vor allen Dingen die jungen Spieler.", "warnte").lemma == (
        "warnen"
    )


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        ("Ein paar mal klingelte das Telefon.", "times"),
        ("Mal regnet es, mal scheint die Sonne.", "sometimes"),
        ("Das war mal so und mal so.", "sometimes"),
        ("Komm doch mal vorbei!", "just"),
        ("Mal sehen, ob das klappt.", "just"),
    ],
)
def test_mal_after_a_count_or_twice(sentence: str, first: str) -> None:
    words = [w for w in ("mal", "Mal") if f" {w} " in f" {sentence} "]
    assert card(sentence, words[0]).glosses[0] == first


@pytest.mark.parametrize(
    "sentence", ["Sie fühlt sich wohl bei uns.", "Ich habe mich dort nie wohl gefühlt."]
)
def test_wohl_with_fuehlen_is_the_adjective(sentence: str) -> None:
    record = _record(sentence, "wohl")
    assert record["pos"] == "ADJ" and _features(record).get("Degree") == "Pos"
    # Ding's phrase "sich wohl fühlen" first (session 36, idioms36), then the adjective
    glosses = card(sentence, "wohl").glosses
    assert glosses[0] == "sich wohl fühlen: to be comfortable" and glosses[1] == "well"


def test_wohl_elsewhere_stays_the_particle() -> None:
    record = _record("Das Problem ist wohl größer als gedacht.", "wohl")
    assert record["pos"] == "ADV" and record["morph"] == ""


def test_a_first_name_outside_a_recognised_name_is_not_translated() -> None:
    # "Jochen" read as a first name (no plural of das Joch) gives no "yoke"
    first = card("Jochen von Ahlen sagte das.", "Jochen")
    assert first.lemma == "Jochen" and first.glosses == ()
    assert card("Die Joche der Ochsen sind schwer.", "Joche").glosses[0] == "yoke"


@pytest.mark.parametrize(
    ("sentence", "word", "pos", "lemma"),
    [
        # a noun of its own before a free relative stays the noun
        ("Recht ist, was dem Volk nützt.", "Recht", "NOUN", "Recht"),
        ("Schuld ist, wer zu spät kommt.", "Schuld", "NOUN", "Schuld"),
        # a colon or "dass"/"ob" makes it the fronted predicate; no noun: also a free relative
        ("Fest steht, dass der Termin platzt.", "Fest", "ADJ", "fest"),
        ("Frei ist, wer nichts besitzt.", "Frei", "ADJ", "frei"),
    ],
)
def test_a_fronted_predicate_before_a_free_relative(
    sentence: str, word: str, pos: str, lemma: str
) -> None:
    record = _record(sentence, word)
    assert (record["pos"], record["lemma"]) == (pos, lemma)
