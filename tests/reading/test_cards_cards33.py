"""Session 33 (cards33): card rules from the blind check on holdout68-71, on made-up near
misses (``tests/fixtures/near_misses_cards33_de.txt``, one paragraph per sentence) read as
one document as the window reads it: no plural for a bare singular in a mass sense beside
count nouns that keep theirs, a first name alone after the person's full name, participles
after "haben" (a separable prefix + "ge", a comma inside a quoted title), "sich … lassen"
+ infinitive, the month after "Ende"/"Mitte", the objects of a clause after "wer"."""

from __future__ import annotations

from typing import Any

import pytest

from tests.reading.near_misses import FIXTURES, paragraph_records, record_of

_FIXTURE = FIXTURES / "near_misses_cards33_de.txt"


def _in_fixture(sentence: str, word: str) -> dict[str, Any]:
    return record_of(_FIXTURE, sentence, word)


def test_the_fixture_has_enough_near_misses() -> None:
    assert len(paragraph_records(_FIXTURE)) >= 40


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Das Werk kauft", "Strom"),  # after a verb and a time phrase
        ("Die Gemeinde spart", "Energie"),  # after a verb
        ("Der Konzern investiert", "Geld"),  # "viel"
        ("Die Schalen sind", "Holz"),  # "aus": the material
        ("Im Hafen wurden", "Stahl"),  # a measure: "20 Tonnen Stahl"
        ("Sie hofft, dass", "Strom"),  # after "dass"
        ("Die Stadt hat zu wenig", "Platz"),  # "wenig"
        ("Die Hersteller verbrauchen", "Gas"),  # "mehr"
        ("Die Firma will", "Stahl"),  # after a modal and adverbs
        ("Wer früh bucht", "Geld"),
        ("Die Opposition leistete", "Widerstand"),
        ("Die Polizei stellte", "Diebesgut"),  # after a noun
    ],
)
def test_no_plural_for_a_bare_singular_in_a_mass_sense(sentence: str, word: str) -> None:
    record = _in_fixture(sentence, word)
    assert record["plural"] is None
    assert record["article"] is not None  # the noun itself is still shown


@pytest.mark.parametrize(
    ("sentence", "word", "plural"),
    [
        ("Das Glas fiel", "Glas", "Gläser"),  # with its article
        ("Er ist seit Jahren", "Mitglied", "Mitglieder"),  # a predicate
        ("Die Ärztin kam", "Fuß", "Füße"),  # other prepositions
        ("Ohne Führerschein", "Führerschein", "Führerscheine"),
        ("Grund dafür", "Grund", "Gründe"),  # first in its sentence
        ("Mutter und Kind", "Kind", "Kinder"),  # a coordinated pair
        ("Hamburgs Hafen", "Hafen", "Häfen"),  # after a genitive name
        ("Der etwas ältere", "Bahnhof", "Bahnhöfe"),  # "etwas" not right before it
        ("Der Kunde zahlte", "Karte", "Karten"),  # "mit"
        ("Die Behörde hat", "Antrag", "Anträge"),
        ("Die Rose blüht", "Rose", "Rosen"),  # no person of that name in the text
    ],
)
def test_count_nouns_keep_their_plural(sentence: str, word: str, plural: str) -> None:
    assert _in_fixture(sentence, word)["plural"] == plural


def _every(sentence: str, word: str) -> list[dict[str, Any]]:
    """Every record of ``word`` in the paragraph that opens with ``sentence``."""
    return [
        r
        for paragraph, records in paragraph_records(_FIXTURE)
        if paragraph.startswith(sentence)
        for r in records
        if r["text"] == word
    ]


def test_schritt_fuer_schritt_keeps_the_plural() -> None:
    records = _every("Schritt für Schritt", "Schritt")
    assert [r["plural"] for r in records] == ["Schritte", "Schritte"]


def test_a_first_name_alone_is_the_person() -> None:
    records = _every("Die Pianistin Clara", "Clara")
    assert len(records) == 2
    assert all(r["article"] is None and r["plural"] is None for r in records)
    assert all("Gender" not in r["morph"] for r in records)


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        ("Die Helfer haben", "abgeschleppt", "abschleppen"),
        ("Wir haben die Tische", "umgestellt", "umstellen"),
        ("Die Band hat", "veröffentlicht", "veröffentlichen"),  # a comma inside the title
        ("Der Verein hat", "aufgeführt", "aufführen"),
    ],
)
def test_participles_after_haben(sentence: str, word: str, lemma: str) -> None:
    record = _in_fixture(sentence, word)
    assert record["lemma"] == lemma
    assert record["morph"] == "Tense=Past|VerbForm=Part"


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        ("Der Schaden ließ", "beheben", "beheben"),
        ("Sie ließ sich", "beeindrucken", "beeindrucken"),
        ("Die Mannschaft muss", "aufstellen", "sich aufstellen"),  # no "lassen": reflexive
    ],
)
def test_sich_lassen_with_an_infinitive(sentence: str, word: str, lemma: str) -> None:
    assert _in_fixture(sentence, word)["lemma"] == lemma


@pytest.mark.parametrize(
    ("sentence", "word"), [("Die Arbeiten sollen", "März"), ("Der Bericht kommt", "Oktober")]
)
def test_the_month_after_a_part_of_time_has_no_case(sentence: str, word: str) -> None:
    assert _in_fixture(sentence, word)["morph"] == "Gender=Masc|Number=Sing"


@pytest.mark.parametrize(
    ("sentence", "word", "case"),
    [
        ("Wer früh bucht", "Geld", "Case=Acc"),
        ("Wer mitmachen will", "Anmeldung", "Case=Acc"),
        ("Wer das sagt", "Lügner", "Case=Nom"),  # a copula's noun
        ("Wer kommt, entscheidet", "Trainer", "Case=Nom"),  # "der Trainer": the subject
    ],
)
def test_the_nouns_after_a_wer_clause(sentence: str, word: str, case: str) -> None:
    assert _in_fixture(sentence, word)["morph"].startswith(case + "|")


@pytest.mark.parametrize(
    ("sentence", "word", "morph"),
    [
        # the relative pronoun after a preposition is no article of a plural noun
        ("Die Firma baut einen Ofen", "Elektroden", "Case=Nom|Gender=Fem|Number=Plur"),
        ("Die Stadt plant eine Halle", "Vereine", "Gender=Masc|Number=Plur"),
        # the article agrees: it is the noun's
        ("Sie kam, mit der Tochter", "Tochter", "Case=Dat|Gender=Fem|Number=Sing"),
        ("Die Kosten sind, wegen", "Proteste", "Case=Gen|Gender=Masc|Number=Plur"),
    ],
)
def test_a_relative_pronoun_after_a_preposition(sentence: str, word: str, morph: str) -> None:
    assert _in_fixture(sentence, word)["morph"] == morph


@pytest.mark.parametrize(
    ("sentence", "word", "plural"),
    [
        ("Ein Energieversorger, seit", "Hauptsponsor", "Hauptsponsoren"),  # an apposition
        ("Das Land braucht Geld, um", "Schule", "Schulen"),  # a list of bare nouns
        # after a place adjective (without "für …": since ents33 "Bayreuther Zentrum für
        # Ökologie" is one organisation, and nouns inside a name show no plural)
        ("Wie das Bayreuther", "Zentrum", "Zentren"),
    ],
)
def test_bare_count_nouns_that_keep_their_plural(sentence: str, word: str, plural: str) -> None:
    assert _in_fixture(sentence, word)["plural"] == plural


def test_a_noun_after_a_preposition_is_no_object_of_the_wer_clause() -> None:
    assert "Case=Acc" not in _in_fixture("„Wer nachts fährt", "Stadt")["morph"]
