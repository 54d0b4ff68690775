"""Session 34 (rev_cards34): review of cards34 on made-up near misses
(``tests/fixtures/near_misses_rev_cards34_de.txt``, one paragraph per sentence) read as
one document as the window reads it: "meist" shown as the adverb, not the tagger's verb;
"sein" before a comma the infinitive, before its noun the possessive; "Anfang", "Mitte",
"Ende" before a month after a relative pronoun an accusative of time with its own article;
a process compound the lexicon lacks without a plural; a dateline word in capitals the
tagger read as a verb part of the place's name; count senses that keep their plural."""

from __future__ import annotations

from typing import Any

import pytest

from tests.reading.near_misses import FIXTURES, paragraph_records, record_of

_FIXTURE = FIXTURES / "near_misses_rev_cards34_de.txt"


def _in_fixture(sentence: str, word: str) -> dict[str, Any]:
    return record_of(_FIXTURE, sentence, word)


def test_the_fixture_has_enough_near_misses() -> None:
    assert len(paragraph_records(_FIXTURE)) >= 100


@pytest.mark.parametrize(
    "sentence", ["Der Zug ist meist", "Die Bauern sind meist", "Wer kann, fährt meist"]
)
def test_meist_is_the_adverb(sentence: str) -> None:
    record = _in_fixture(sentence, "meist")
    assert (record["lemma"], record["pos"]) == ("meist", "ADV")


@pytest.mark.parametrize(
    ("sentence", "pos"),
    [
        ("Es könnte sein, dass", "AUX"),  # before a comma: the infinitive
        ("Sie soll sein Erbe", "DET"),  # before its noun: the possessive
        ("Er will sein Amt", "DET"),
        ("Er soll sein Vermögen", "DET"),
    ],
)
def test_sein_by_its_neighbour(sentence: str, pos: str) -> None:
    record = _in_fixture(sentence, "sein")
    assert record["pos"] == pos
    if pos == "AUX":
        assert record["morph"] == "VerbForm=Inf"


@pytest.mark.parametrize(
    ("sentence", "word", "article"),
    [
        ("Die Ausstellung, die Anfang März", "Anfang", "der"),
        ("Der Streit, der Mitte Juni", "Mitte", "die"),
        ("Die Messe, die Ende Oktober", "Ende", "das"),
        ("Das Projekt, das Mitte 2028", "Mitte", "die"),
        ("Die Ferien, die Ende Juli", "Ende", "das"),
    ],
)
def test_part_of_time_after_a_relative_pronoun(sentence: str, word: str, article: str) -> None:
    record = _in_fixture(sentence, word)
    assert "Case=Acc|" in record["morph"]
    assert record["article"] == article
    assert record["plural"] is None


@pytest.mark.parametrize(
    ("sentence", "word"),
    [("Der Küstenschutz kostet", "Küstenschutz"), ("Der Fernverkehr fällt", "Fernverkehr")],
)
def test_process_compound_without_plural(sentence: str, word: str) -> None:
    assert _in_fixture(sentence, word)["plural"] is None


def test_dateline_word_read_as_a_verb_is_the_place() -> None:
    record = _in_fixture("BAD TÖLZ (dpa)", "BAD")
    assert (record["lemma"], record["pos"]) == ("Bad", "PROPN")


@pytest.mark.parametrize(
    ("sentence", "word", "plural"),
    [
        ("Die Handelsverträge mit Kanada", "Handelsverträge", "Handelsverträge"),
        ("Die Schutzmaßnahmen für die Wälder", "Schutzmaßnahmen", "Schutzmaßnahmen"),
        ("Die Bedarfe der Kommunen", "Bedarfe", "Bedarfe"),
        ("Mit großen Mengen an Sand", "Mengen", "Mengen"),
        ("Nach langen Verhandlungen", "Verhandlungen", "Verhandlungen"),
        ("Ende der Ferien beginnt", "Ende", "Enden"),
        ("Das Ende des Krieges", "Ende", "Enden"),
        ("Die Mitte der Stadt", "Mitte", "Mitten"),
        ("Am Anfang des Jahres", "Anfang", "Anfänge"),
        ("Die Sorgen der Eltern sind groß, der Anfang", "Anfang", "Anfänge"),
        ("Die Kleine wurde", "Kleine", "Kleinen"),
        ("Die Wörter in dem Brief", "Wörter", "Wörter"),
        ("Das Wort »Heimat«", "Wort", "Wörter"),
        ("Die Dauer der Sperrung", "Dauer", "Dauern"),
        ("Zwei Kurse der Volkshochschule", "Kurse", "Kurse"),
    ],
)
def test_count_senses_keep_their_plural(sentence: str, word: str, plural: str) -> None:
    assert _in_fixture(sentence, word)["plural"] == plural


@pytest.mark.parametrize(
    ("sentence", "word", "article"),
    [
        ("Die Vorsitzende des Vereins, Kerstin Albers", "Vorsitzende", "die"),
        ("Kerstin Albers sagte, der Vorsitzende", "Vorsitzende", "der"),
        ("Die Angestellte Maria Lang", "Angestellte", "die"),
        ("Der Abgeordnete Jonas Keller", "Abgeordnete", "der"),
    ],
)
def test_adjective_nouns_beside_a_name(sentence: str, word: str, article: str) -> None:
    assert _in_fixture(sentence, word)["article"] == article
