"""Session 31 (rev_cards31), on the card and in ``analyze --json --tokens`` with the
bundled dictionary, on made-up near misses of cards31's rules
(``tests/fixtures/near_misses_rev_cards31_de.txt``, one paragraph per sentence): a plural
variant the text uses also where it is an old dative singular too ("die Worte"), a place
after the kind of place or before a joiner of its name ("die Gemeinde Holzkirchen", "in
Bingen am Rhein", "die Stadt Essen"), a town read through an unlisted compound whose
singular and plural are alike ("in Mühlhausen"), a common noun that is no part of a
region ("Vorhalle"); and the card facts the near misses must keep."""

from __future__ import annotations

from typing import Any

import pytest

from app.reading.cards import listed_place
from tests.reading.near_misses import FIXTURES, paragraph_records, record_of

_FIXTURE = FIXTURES / "near_misses_rev_cards31_de.txt"


def _fixture_records() -> tuple[tuple[str, tuple[dict[str, Any], ...]], ...]:
    return paragraph_records(_FIXTURE)


def _in_fixture(sentence: str, word: str) -> dict[str, Any]:
    return record_of(_FIXTURE, sentence, word)


def test_the_fixture_has_enough_near_misses() -> None:
    assert len(_fixture_records()) >= 150


@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "article", "plural"),
    [
        # the plural variant the text uses
        ("Die Worte des Präsidenten", "Worte", "Wort", "das", "Worte"),
        ("Das Kind lernt jeden Tag", "Wörter", "Wort", "das", "Wörter"),
        ("Im Park stehen neue Bänke", "Bänke", "Bank", "die", "Bänke"),
        ("Die Banken erhöhen", "Banken", "Bank", "die", "Banken"),
        ("Die Muttern an den Rädern", "Muttern", "Mutter", "die", "Muttern"),
        ("Die Mütter demonstrierten", "Mütter", "Mutter", "die", "Mütter"),
        ("Die Fachleute sind sich einig", "Fachleute", "Fachmann", "der", "Fachleute"),
        # masculines in -agen/-ogen, and look-alikes that are other nouns' plurals
        ("Der Kinderwagen stand", "Kinderwagen", "Kinderwagen", "der", "Kinderwagen"),
        ("Zwei Lastwagen stießen", "Lastwagen", "Lastwagen", "der", "Lastwagen"),
        ("Die Biologen untersuchten", "Biologen", "Biologe", "der", "Biologen"),
        ("Die Drogen wurden", "Drogen", "Droge", "die", "Drogen"),
        ("Viele Fragen bleiben offen", "Fragen", "Frage", "die", "Fragen"),
        # count nouns with their article or a determiner keep their plural
        ("Die Firma wirbt mit Garantie auf alle Geräte", "Geräte", "Gerät", "das", "Geräte"),
        ("Ohne Genehmigung dürfen", "Genehmigung", "Genehmigung", "die", "Genehmigungen"),
        ("Er fuhr ohne Führerschein und ohne Versicherung", "Versicherung", "Versicherung",
         "die", "Versicherungen"),
        ("Die Gebühr steigt auf 40 Euro pro Jahr", "Jahr", "Jahr", "das", "Jahre"),
        ("Jeder Haushalt zahlt", "Monat", "Monat", "der", "Monate"),
        ("Die Stadt vergibt Aufträge", "Ausschreibung", "Ausschreibung", "die",
         "Ausschreibungen"),
        ("Polizei sucht Zeugen nach Unfall", "Unfall", "Unfall", "der", "Unfälle"),
        # bare after a preposition, but Ding lists the plural in a line of its own
        ("Er fuhr ohne Führerschein", "Führerschein", "Führerschein", "der", "Führerscheine"),
        ("Die Klinik sucht seit Wochen", "Notaufnahme", "Notaufnahme", "die", "Notaufnahmen"),
        ("Feuerwehr rettet Katze aus Baum", "Baum", "Baum", "der", "Bäume"),
        # Vor-/Hinter- compounds that are common nouns
        ("Der Vorstand hat den Plan", "Vorstand", "Vorstand", "der", "Vorstände"),
        ("Im Hinterhof stand", "Hinterhof", "Hinterhof", "der", "Hinterhöfe"),
        ("Die Vorhalle des Bahnhofs", "Vorhalle", "Vorhalle", "die", "Vorhallen"),
        ("Der Vorort wächst", "Vorort", "Vorort", "der", "Vororte"),
        ("Der Hinterhalt wurde", "Hinterhalt", "Hinterhalt", "der", "Hinterhalte"),
    ],
)  # fmt: skip
def test_nouns_of_the_near_misses(
    sentence: str, word: str, lemma: str, article: str, plural: str
) -> None:
    record = _in_fixture(sentence, word)
    assert (record["lemma"], record["article"], record["plural"]) == (lemma, article, plural)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("In Bingen am Rhein stieg", "Bingen"),
        ("Die Gemeinde Holzkirchen baut", "Holzkirchen"),
        ("Die Stadt Essen plant", "Essen"),
        ("In Mühlhausen und Nordhausen", "Mühlhausen"),
        ("Der Bus fährt von Tübingen", "Göttingen"),
        ("Aus Memmingen kommen", "Memmingen"),
        ("Zwischen Erlangen und Bamberg", "Erlangen"),
        ("Bei Hagen ist die Autobahn", "Hagen"),
        ("In Essen gab es Proteste", "Essen"),
        ("In Vorpommern sind", "Vorpommern"),
        ("In Vorarlberg hat", "Vorarlberg"),
        ("In Franken regnet", "Franken"),
    ],
)
def test_places_are_names(sentence: str, word: str) -> None:
    record = _in_fixture(sentence, word)
    assert record["article"] is None
    assert record["plural"] is None


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        ("Da kam er endlich", "Da", "da"),
        ("Das Geld ist da", "da", "da"),
        ("Er war da, als", "da", "da"),
        ("Die Ministerin war am Montag nicht da", "da", "da"),
        ("Sie stand allein da", "stand", "dastehen"),
        ("Im Saal war es still", "still", "still"),
        ("Der stille Protest", "stille", "still"),
        ("Die Anlage steht seit Wochen still", "steht", "stillstehen"),
        ("Die Streikenden legten den Hafen still", "legten", "stilllegen"),
        ("Sie dagegen blieb", "dagegen", "dagegen"),
        ("Die Grünen sind dagegen", "dagegen", "dagegen"),
        ("Der Umsatz stieg, der Gewinn dagegen sank", "sank", "sinken"),
        ("Die Heizung ist seit Tagen kaputt", "kaputt", "kaputt"),
        ("Die Ampel war kaputt", "war", "sein"),
        ("Der Aufzug geht ständig kaputt", "geht", "kaputtgehen"),
        ("Der Verkehr war lahm", "lahm", "lahm"),
        ("Ein Streik legte den Flughafen", "legte", "lahmlegen"),
        ("Ich habe die Nachricht im Radio gehört", "gehört", "hören"),
        ("Das Haus gehört der Stadt", "gehört", "gehören"),
        ("Die Firma gehört zu den größten", "gehört", "gehören"),
        ("Die Zeugen wurden am Dienstag gehört", "gehört", "hören"),
        ("Die Richterin hat beide Seiten gehört", "gehört", "hören"),
        ("Am Sonntag wurde der Opfer", "gedacht", "gedenken"),
        ("Man hat ihrer gedacht", "gedacht", "gedenken"),
        ("Es wurde seiner mit einer Schweigeminute gedacht", "gedacht", "gedenken"),
        ("Daran hat niemand gedacht", "gedacht", "denken"),
        ("Der Platz ist für Kinder gedacht", "gedacht", "denken"),
        ("Er hat die Tat gestanden", "gestanden", "gestehen"),
        ("Wir sind lange im Regen gestanden", "gestanden", "stehen"),
        ("Hinzu kommen Kosten", "kommen", "hinzukommen"),
        ("Wieder kam es zu Ausschreitungen", "kam", "kommen"),
        ("Dazu kam es aber nicht", "kam", "kommen"),
    ],
)
def test_verbs_and_particles_of_the_near_misses(sentence: str, word: str, lemma: str) -> None:
    assert _in_fixture(sentence, word)["lemma"] == lemma


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Die Stadt hat an die Opfer gedacht", "gedacht"),
        ("Wir haben an eine Erhöhung der Gebühren gedacht", "gedacht"),
        ("Die Regierung hat nie daran gedacht", "gedacht"),
    ],
)
def test_gedacht_with_an_is_denken(sentence: str, word: str) -> None:
    assert _in_fixture(sentence, word)["lemma"].endswith("denken")
    assert "gedenken" not in _in_fixture(sentence, word)["lemma"]


@pytest.mark.parametrize(
    ("word", "listed"),
    [("Vorhalle", False), ("Voressen", False), ("Oberlippe", False), ("Nordderby", False),
     ("Vorpommern", True), ("Hinterpommern", True), ("Nordhessen", True), ("Oberpfalz", True)],
)  # fmt: skip
def test_a_listed_common_noun_is_no_part_of_a_region(word: str, listed: bool) -> None:
    assert listed_place(word) is listed


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Viele Beschäftigte sind weiterhin in Kurzarbeit", "Kurzarbeit"),
        ("Die Felder wurden mit Wasser", "Wasser"),
        ("Wer da wohnt, muss mit Lärm", "Lärm"),
        ("Die Bahn bittet Reisende um Verständnis", "Verständnis"),
    ],
)
def test_a_mass_noun_bare_shows_no_plural(sentence: str, word: str) -> None:
    assert _in_fixture(sentence, word)["plural"] is None
