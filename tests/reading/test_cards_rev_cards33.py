"""Session 33 (rev_cards33): review of the cards33 rules on made-up near misses
(``tests/fixtures/near_misses_rev_cards33_de.txt``, one paragraph per sentence) read as
one document: a relative pronoun after a preposition before a noun it agrees with (the
clause ends in its verb), "wer" clauses before verbs that take a question as object, and
look-alikes where the mass, first-name and "wer" rules must not fire."""

from __future__ import annotations

from typing import Any

import pytest

from tests.reading.near_misses import FIXTURES, paragraph_records, record_of

_FIXTURE = FIXTURES / "near_misses_rev_cards33_de.txt"


def _in_fixture(sentence: str, word: str) -> dict[str, Any]:
    return record_of(_FIXTURE, sentence, word)


def _feats(record: dict[str, Any]) -> dict[str, str]:
    morph = record["morph"] or ""
    return dict(part.split("=", 1) for part in morph.split("|") if "=" in part)


def test_the_fixture_has_enough_near_misses() -> None:
    assert len(paragraph_records(_FIXTURE)) >= 60


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Der Verein, mit dem Spieler", "Spieler"),  # agrees with "dem" as an article
        ("Das Gericht, vor dem Zeugen", "Zeugen"),
        ("Die Proteste richteten sich", "Anwohner"),  # "über die": accusative fits too
        ("Das Unternehmen, von dem Kunden", "Kunden"),
        ("Die Firma, bei der Ingenieure", "Ingenieure"),  # cards33: no agreement
        ("Die Halle, in der Sportler", "Sportler"),  # "in der": dative singular fits
    ],
)
def test_a_relative_pronoun_after_a_preposition_is_no_article(sentence: str, word: str) -> None:
    feats = _feats(_in_fixture(sentence, word))
    assert feats["Case"] == "Nom"  # the subject of the relative clause
    assert feats["Number"] == "Plur"


@pytest.mark.parametrize(
    ("sentence", "word", "case"),
    [
        ("Die Ärztin sprach mit der Patientin", "Patientin", "Dat"),  # no comma before
        ("Die Idee, mit dem Trainer", "Trainer", "Dat"),  # an infinitive with "zu"
        ("Er scheiterte beim Versuch", "Kassiererin", "Dat"),  # "nachzureichen"
        ("Er lobte den Verein, nach dem", "Spiel", "Dat"),  # the finite verb comes second
        ("Wer zu spät kommt", "Anfang", "Acc"),  # with its article
        ("Die Frage ist, wer", "Kosten", "Acc"),  # "wer" inside the sentence
        ("Wer den Preis erhält", "Vorstand", "Nom"),
        ("Wer hilft, bekommt Dank", "Dank", "Acc"),  # "wer" clause as subject
    ],
)
def test_articles_and_wer_look_alikes_keep_their_case(sentence: str, word: str, case: str) -> None:
    assert _feats(_in_fixture(sentence, word))["Case"] == case


def test_a_question_object_verb_after_wer_leaves_nominative_open() -> None:
    # "Wer kommt, entscheidet die Jury": the jury decides; never accusative alone
    assert "Nom" in _feats(_in_fixture("Wer kommt, entscheidet", "Jury"))["Case"].split(",")


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Der Bäcker verkauft", "Brot"),
        ("Die Brauerei liefert", "Bier"),
        ("Die Landwirte fordern", "Wasser"),
        ("Die Stadt braucht", "Wohnraum"),
        ("Die Stadt braucht", "Verkehr"),
        ("Die Figuren sind", "Ton"),
        ("Die Polizei stellte", "Bargeld"),
        ("Die Feuerwehr pumpte", "Wasser"),
        ("Die Gemeinde stellt", "Platz"),
    ],
)
def test_mass_senses_show_no_plural(sentence: str, word: str) -> None:
    record = _in_fixture(sentence, word)
    assert record["plural"] is None
    assert record["article"] is not None


@pytest.mark.parametrize(
    ("sentence", "word", "plural"),
    [
        ("Schule, Kirche und Rathaus", "Kirche", "Kirchen"),  # a list opening a sentence
        ("Schule, Kirche und Rathaus", "Rathaus", "Rathäuser"),
        ("Baum stürzt auf Auto", "Baum", "Bäume"),  # a headline
        ("Baum stürzt auf Auto", "Auto", "Autos"),
        ("Das Museum zeigt", "Bild", "Bilder"),  # "Bild für Bild"
        ("Der Verein sucht", "Betreuer", "Betreuer"),
        ("Der Stadtrat hat", "Antrag", "Anträge"),  # "Antrag um Antrag"
        ("Die Kinder bekamen", "Buch", "Bücher"),  # a coordinated pair
        ("Die Kinder bekamen", "Stift", "Stifte"),
        ("Der Bürgermeister hielt", "Rede", "Reden"),
        ("Sein Vater war", "Ärztin", "Ärztinnen"),  # a predicate without its verb
    ],
)
def test_count_nouns_keep_their_plural(sentence: str, word: str, plural: str) -> None:
    assert _in_fixture(sentence, word)["plural"] == plural


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Die Pflegerin Maria Schenk", "Maria"),
        ("Der Trainer Thomas Berger", "Thomas"),  # two people share it: still a name
        ("Die Sängerin Lena Hofmann", "Lena"),
    ],
)
def test_a_first_name_alone_is_no_common_noun(sentence: str, word: str) -> None:
    for paragraph, records in paragraph_records(_FIXTURE):
        if paragraph.startswith(sentence):
            for record in records:
                if record["text"] == word:
                    assert record["article"] is None
                    assert record["plural"] is None


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        ("Die Frage lässt sich", "beantworten", "beantworten"),
        ("Der Schaden ließ sich", "beziffern", "beziffern"),
        ("Die Theatergruppe hat", "aufgeführt", "aufführen"),  # across a quoted title
        ("Der Chor hat", "eingespielt", "einspielen"),
        ("Die Täter haben", "zurückgestellt", "zurückstellen"),
    ],
)
def test_verbs_read_across_lassen_and_titles(sentence: str, word: str, lemma: str) -> None:
    assert _in_fixture(sentence, word)["lemma"] == lemma


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("Die Entscheidung fällt", "April"),
        ("Der Umzug ist", "März"),
        ("Mitte Juli", "Juli"),
        ("Die Zahlen werden", "Januar"),
    ],
)
def test_the_month_after_ende_has_no_case(sentence: str, month: str) -> None:
    feats = _feats(_in_fixture(sentence, month))
    assert "Case" not in feats
    assert feats["Number"] == "Sing"
