"""Session 34 (cards34): card rules from the blind check on holdout72-75, on made-up near
misses (``tests/fixtures/near_misses_cards34_de.txt``, one paragraph per sentence) read as
one document as the window reads it: no plural for a sense that has none, whatever its
article (a substance, a process, a neuter adjective used as a noun, a part of a period, a
noun after a preposition and a strong adjective, "auf Dauer") beside count senses that
keep theirs; "Worte" for the singular "Wort" but "Wörter" for a quoted word; the bare verb
as the lemma, never Ding's headword with its objects; "zu" + infinitive; "meist";
"uns Ältere"; der/die for a person named by an adjective, die/der by the first name beside
it; a surname its own lemma; a dateline in capitals spelt as the text spells the place."""

from __future__ import annotations

from typing import Any

import pytest

from app.reading.cards import _without_objects
from tests.reading.near_misses import FIXTURES, paragraph_records, record_of

_FIXTURE = FIXTURES / "near_misses_cards34_de.txt"


def _in_fixture(sentence: str, word: str) -> dict[str, Any]:
    return record_of(_FIXTURE, sentence, word)


def test_the_fixture_has_enough_near_misses() -> None:
    assert len(paragraph_records(_FIXTURE)) >= 40


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Das Zink wird", "Zink"),  # a substance Ding lists with no plural
        ("Der Preis für das Blei", "Blei"),
        ("Der Strukturwandel trifft", "Strukturwandel"),  # a process
        ("Der Denkmalschutz verlangt", "Denkmalschutz"),
        ("Der Regionalverkehr fällt", "Regionalverkehr"),
        ("Der Verbrauch an Wasser", "Verbrauch"),
        ("Nach geltendem Recht", "Recht"),  # a preposition and a strong adjective
        ("Der Antrag wurde mit großer", "Mehrheit"),
        ("Aus gutem Grund", "Grund"),
        ("Auf Dauer kann", "Dauer"),  # "Dauern" counted as the verb "dauern"
        ("Das Ganze hat", "Ganze"),  # an adjective made a neuter noun
        ("Das Neue an dem Plan", "Neue"),
        ("Die Bauarbeiten sollen", "Mitte"),  # a part of a period
        ("Die Bauarbeiten sollen", "Oktober"),
        ("Bis Ende 2026", "Ende"),
        ("Der Markt öffnet", "Anfang"),
    ],
)
def test_no_plural_for_a_sense_that_has_none(sentence: str, word: str) -> None:
    record = _in_fixture(sentence, word)
    assert record["plural"] is None
    assert record["article"] is not None  # the noun itself is still shown


@pytest.mark.parametrize(
    ("sentence", "word", "plural"),
    [
        ("Zwei Diesel standen", "Diesel", "Diesel"),  # a plural in the text
        ("Die Mieter pochen", "Rechte", "Rechte"),
        ("Die Mehrheiten im Rat", "Mehrheiten", "Mehrheiten"),
        ("Die Gründe dafür", "Gründe", "Gründe"),
        ("Die Alten im Dorf", "Alten", "Alten"),  # persons keep theirs
        ("Das Kind spielte", "Jungen", "Jungen"),  # der Junge, the boy
        ("Am Ende des Tages", "Ende", "Enden"),  # no month or year after it
        ("In der Mitte des Platzes", "Mitte", "Mitten"),
        ("Der Denkmalschutz verlangt", "Dach", "Dächer"),  # with an adjective, no preposition
    ],
)
def test_count_senses_keep_their_plural(sentence: str, word: str, plural: str) -> None:
    assert _in_fixture(sentence, word)["plural"] == plural


@pytest.mark.parametrize(
    ("sentence", "plural"),
    [
        ("Der Bürgermeister meldete sich", "Worte"),  # "zu Wort melden"
        ("Der Vorstand hat das letzte", "Worte"),
        ("Das Wort „Heimat“", "Wörter"),  # the word itself, quoted
    ],
)
def test_the_plural_of_wort_by_its_sense(sentence: str, plural: str) -> None:
    assert _in_fixture(sentence, "Wort")["plural"] == plural


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        ("Die Stadt warnt", "warnt", "warnen"),
        ("Die Polizei rechnet", "rechnet", "rechnen"),
        ("Die Schüler hoffen", "hoffen", "hoffen"),
        ("Das Amt sucht", "sucht", "suchen"),
        ("Der Bürgermeister meldete sich", "meldete", "sich melden"),
        ("Die Volkshochschule bietet", "Sprachkurse", "Sprachkurs"),  # not -kursus
        ("Die Kurse der Aktien", "Kurse", "Kurs"),
        ("Reederei-Sprecherin Maren", "Hinrichsen", "Hinrichsen"),  # a surname
        ("ULM (dpa)", "ULM", "Ulm"),  # the text writes "Ulm"
        ("ULM (dpa)", "CDU", "CDU"),  # an abbreviation stays
        ("Abends ist der Strand", "meist", "meist"),  # the adverb
    ],
)
def test_lemmas(sentence: str, word: str, lemma: str) -> None:
    assert _in_fixture(sentence, word)["lemma"] == lemma


def test_no_lemma_names_an_object_placeholder() -> None:
    for _, records in paragraph_records(_FIXTURE):
        for record in records:
            assert not any(p in record["lemma"] for p in ("etw.", "jdm.", "jdn.", "jds."))


def test_an_inflected_meist_is_no_adverb() -> None:
    assert _in_fixture("Die meisten Gäste", "meisten")["lemma"] != "meist"


@pytest.mark.parametrize("sentence", ["Die Gemeinde plant", "Die Händler versuchen"])
def test_a_verb_after_zu_is_an_infinitive(sentence: str) -> None:
    verbs = [r for p, rs in paragraph_records(_FIXTURE) if p.startswith(sentence) for r in rs]
    last_verb = [r for r in verbs if r["pos"] == "VERB"][-1]
    assert last_verb["morph"] == "VerbForm=Inf"


@pytest.mark.parametrize(
    ("sentence", "word", "morph"),
    [
        ("„Uns Ältere fragt", "Ältere", "Case=Acc,Dat|Number=Plur"),
        ("Wir Deutschen trinken", "Deutschen", "Case=Nom|Number=Plur"),
    ],
)
def test_apposition_to_a_pronoun(sentence: str, word: str, morph: str) -> None:
    assert _in_fixture(sentence, word)["morph"] == morph


@pytest.mark.parametrize(
    ("sentence", "article"),
    [
        ("„Das Bad ist wichtig“", "die"),  # "Sabine Krämer, Vorsitzende …"
        ("Die Vorsitzende des Ausschusses", "die"),  # the article says it
    ],
)
def test_a_person_named_by_an_adjective(sentence: str, article: str) -> None:
    assert _in_fixture(sentence, "Vorsitzende")["article"] == article


def test_a_noun_of_no_adjective_keeps_der() -> None:
    assert _in_fixture("Der Beamte prüfte", "Beamte")["article"] == "der"


def test_ende_before_a_month_in_a_relative_clause() -> None:
    record = _in_fixture("Die Lese, die Ende September", "Ende")
    # rev_cards34: the relative pronoun is no article that contradicts das Ende
    assert record["morph"] == "Case=Acc|Gender=Neut|Number=Sing" and record["plural"] is None
    assert record["article"] == "das"


@pytest.mark.parametrize(
    ("headword", "lemma"),
    [
        ("vor etw. warnen", "warnen"),
        ("von jdm./etw. hören", "hören"),
        ("sich zu etw. melden", "sich melden"),
        ("etw. für etw. halten", "halten"),
        ("jdn./etw. vor jdm./etw. schützen", "schützen"),
        ("sich befinden", "sich befinden"),  # no placeholder: stays
        ("warnen", "warnen"),
        ("jds. Recht", "jds. Recht"),  # no verb last: stays
        # the reflexive of an idiom with its own noun is the idiom's, not the verb's
        ("sich um jdn./etw. Sorgen machen", "machen"),
        ("sich über etw. im Klaren sein", "sein"),
        ("sich etw. trauen", "sich trauen"),
    ],
)
def test_without_objects(headword: str, lemma: str) -> None:
    assert _without_objects(headword) == lemma


@pytest.mark.parametrize(
    ("sentence", "pos"),
    [
        ("Der Rentner hatte der Bank", "DET"),  # "sein ganzes Erspartes": the possessive
        ("Das Museum soll", "AUX"),  # "fertig sein": the verb
    ],
)
def test_sein_before_its_noun_is_the_possessive(sentence: str, pos: str) -> None:
    assert _in_fixture(sentence, "sein")["pos"] == pos
