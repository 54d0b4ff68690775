"""Session 32 (rev_cards32): a review of the cards32/gloss32 card rules on made-up near
misses (``tests/fixtures/near_misses_rev_cards32_de.txt``, one paragraph per sentence),
read as one document as the window reads it: mass nouns without a plural beside count
nouns and plurals the text uses, place adjectives beside common "-er" nouns opening a
sentence, datelines beside acronyms before an agency's credit, "gelangen" beside the
past of "gelingen", "angehören" beside "anhören"; and the wrong facts found there."""

from __future__ import annotations

from typing import Any

import pytest

from app.reading.cards import dateline_capitals
from tests.reading.near_misses import FIXTURES, paragraph_records, record_of

_FIXTURE = FIXTURES / "near_misses_rev_cards32_de.txt"


def _in_fixture(sentence: str, word: str) -> dict[str, Any]:
    return record_of(_FIXTURE, sentence, word)


def test_the_fixture_has_enough_near_misses() -> None:
    assert len(paragraph_records(_FIXTURE)) >= 60


@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "article", "plural"),
    [
        # mass nouns: no plural
        ("Die Feuerwehr pumpte", "Grundwasser", "Grundwasser", "das", None),
        ("Die Behörde warnte", "Glätte", "Glätte", "die", None),
        ("Der Schnee fiel", "Schnee", "Schnee", "der", None),
        ("Die Milch wird", "Milch", "Milch", "die", None),
        ("Der Lärm an", "Lärm", "Lärm", "der", None),
        ("Lehrer fordern", "Personal", "Personal", "das", None),
        # a plural the text uses is kept, also of a mass-looking noun
        ("Die Gewässer in", "Gewässer", "Gewässer", "das", "Gewässer"),
        ("Die Kleider der", "Kleider", "Kleid", "das", "Kleider"),
        ("Die Stürme der", "Stürme", "Sturm", "der", "Stürme"),
        ("Die Häfen an", "Häfen", "Hafen", "der", "Häfen"),
        ("Die Abwässer gelangten", "Abwässer", "Abwasser", "das", "Abwässer"),
        ("Die Bundesländer streiten", "Bundesländer", "Bundesland", "das", "Bundesländer"),
        # count nouns keep theirs
        ("Der Sturm riss", "Sturm", "Sturm", "der", "Stürme"),
        ("Der Hafen von", "Hafen", "Hafen", "der", "Häfen"),
        ("Der Bahnhof in", "Bahnhof", "Bahnhof", "der", "Bahnhöfe"),
        ("Das Krankenhaus sucht", "Krankenhaus", "Krankenhaus", "das", "Krankenhäuser"),
        ("Das Jugendzentrum öffnet", "Jugendzentrum", "Jugendzentrum", "das", "Jugendzentren"),
        ("Der Spielplatz im", "Spielplatz", "Spielplatz", "der", "Spielplätze"),
        ("Der Zahnarzt behandelte", "Zahnarzt", "Zahnarzt", "der", "Zahnärzte"),
        ("Das Stadion füllte", "Stadion", "Stadion", "das", "Stadien"),
        ("Die Wahl findet", "Wahl", "Wahl", "die", "Wahlen"),
        # common "-er" nouns opening a sentence stay nouns
        ("Lehrer fordern", "Lehrer", "Lehrer", "der", "Lehrer"),
        ("Richter entscheiden", "Richter", "Richter", "der", "Richter"),
        ("Sieger des Abends", "Sieger", "Sieger", "der", "Sieger"),
        ("Trainer und Spieler", "Trainer", "Trainer", "der", "Trainer"),
    ],
)
def test_nouns(sentence: str, word: str, lemma: str, article: str, plural: str | None) -> None:
    record = _in_fixture(sentence, word)
    assert (record["lemma"], record["article"], record["plural"]) == (lemma, article, plural)
    assert record["pos"] == "NOUN"


@pytest.mark.parametrize(
    ("sentence", "word", "gloss"),
    [
        ("Freiburger Forscher", "Freiburger", "of Freiburg"),
        ("Die Freiburger Forscherin", "Freiburger", "of Freiburg"),
        ("Bremer Händler", "Bremer", "of Bremen"),
        ("Dresdner Stollen", "Dresdner", "of Dresden"),
        ("Kemptener Schüler", "Kemptener", "of Kempten"),
        # "-aner": the place without it (was "of Münsteran")
        ("Münsteraner Studenten", "Münsteraner", "of Münster"),
    ],
)
def test_place_adjectives(sentence: str, word: str, gloss: str) -> None:
    record = _in_fixture(sentence, word)
    assert (record["lemma"], record["pos"], record["article"]) == (word, "ADJ", None)
    assert record["glosses"][0] == gloss


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        ("ROSTOCK (dpa)", "ROSTOCK", "Rostock"),
        ("ULM/NEU-ULM (epd)", "NEU-ULM", "Neu-Ulm"),
        # acronyms, also right before an agency's credit inside a sentence (was "Dihk")
        ("Laut DIHK (dpa)", "DIHK", "DIHK"),
        ("Die UNESCO hat", "UNESCO", "UNESCO"),
        ("Die FIFA prüft", "FIFA", "FIFA"),
        ("Der Minister sprach mit der OECD", "OECD", "OECD"),
    ],
)
def test_datelines_and_acronyms(sentence: str, word: str, lemma: str) -> None:
    assert _in_fixture(sentence, word)["lemma"] == lemma


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        # the past of gelingen stays gelingen
        ("Dem Team gelangen", "gelangen", "gelingen"),
        ("Der Mannschaft gelang", "gelang", "gelingen"),
        ("Die Rettung gelang", "gelang", "gelingen"),
        ("Ob die Wende gelingen", "gelingen", "gelingen"),
        # gelangen after a modal, and its past (was "langen", with langen's glosses)
        ("Kein Wasser soll", "gelangen", "gelangen"),
        ("Über die Leitung könnte", "gelangen", "gelangen"),
        ("Die Abwässer gelangten", "gelangten", "gelangen"),
        # angehören finite at the end of a clause without an auxiliary (was anhören)
        ("Die Partei, der er", "angehört", "angehören"),
        ("Der Gruppe gehören", "gehören", "angehören"),
        ("Sie hörte sich", "hörte", "sich anhören"),
        ("Die Kommission wird", "zustimmen", "zustimmen"),
        ("Der Radfahrer konnte", "ausweichen", "ausweichen"),
        # adjectives of a body's name, also after "beim" (was the noun "Statistische")
        ("Er arbeitet seit Jahren", "Statistischen", "statistisch"),
        ("Die Zahlen des Statistischen", "Statistischen", "statistisch"),
        ("Die Ergebnisse der Ökologischen", "Ökologischen", "ökologisch"),
        ("Hat jemand", "jemand", "jemand"),
        ("Niemand wurde", "Niemand", "niemand"),
    ],
)
def test_lemmas(sentence: str, word: str, lemma: str) -> None:
    assert _in_fixture(sentence, word)["lemma"] == lemma


def test_glosses_of_gelangen_and_angehoeren_are_their_own() -> None:
    assert _in_fixture("Die Abwässer gelangten", "gelangten")["glosses"] == ["to reach a place"]
    glosses = _in_fixture("Die Partei, der er", "angehört")["glosses"]
    assert glosses and not any("listen" in g for g in glosses)
    assert "VerbForm=Fin" in _in_fixture("Die Partei, der er", "angehört")["morph"]


@pytest.mark.parametrize(
    ("texts", "ids", "i", "expected"),
    [
        (("ROSTOCK", "(", "dpa", ")"), (0, 0, 0, 0), 0, True),
        (("Not", "ROSTOCK", "(", "dpa", ")"), (0, 1, 1, 1, 1), 1, True),  # after a headline
        (("ULM", "/", "NEU-ULM", "(", "epd", ")"), (0,) * 6, 2, True),
        (("Laut", "DIHK", "(", "dpa", ")"), (0,) * 5, 1, False),  # inside a sentence
        (("Laut", "DIHK", "(", "dpa", ")"), None, 1, False),  # after a word
        ((".", "ROSTOCK", "(", "dpa", ")"), None, 1, True),  # after punctuation
    ],
)
def test_dateline_opens_its_sentence(
    texts: tuple[str, ...], ids: tuple[int, ...] | None, i: int, expected: bool
) -> None:
    assert dateline_capitals(texts, i, ids) is expected
