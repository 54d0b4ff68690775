"""Session 29 (morph29b), on the card and in ``analyze --json --tokens`` with the bundled
dictionary: a capitalised first word before the verb whose small form is an adverb is
the adverb (no article, gender or case; the adverb's sense first), real nouns stay
nouns; a name or abbreviation joined by "und" is one subject with its conjunct."""

from __future__ import annotations

import functools
from typing import Any

import pytest

from app.analysis import analyze


@functools.cache
def _records(text: str) -> tuple[dict[str, Any], ...]:
    from app.cli.render import token_records

    return tuple(token_records(analyze(text)))


def _record(text: str, word: str) -> dict[str, Any]:
    return next(r for r in _records(text) if r["text"] == word)


def _features(record: dict[str, Any]) -> dict[str, str]:
    return dict(f.split("=", 1) for f in record["morph"].split("|") if f)


@pytest.mark.parametrize(
    ("sentence", "word", "lemma", "first_gloss"),
    [
        ("Gestern widersprachen die Minister dem Plan.", "Gestern", "gestern", "yesterday"),
        ("Morgen beginnt in Leipzig die Messe.", "Morgen", "morgen", "tomorrow"),
        ("Abends ist es in der Altstadt ruhig.", "Abends", "abends", "in the evening"),
        ("Nachts regnete es kräftig.", "Nachts", "nachts", "at night"),
        ("Morgens trinkt die Nachbarin Kaffee.", "Morgens", "morgens", "in the morning"),
        ("Links ist die Tür zum Garten.", "Links", "links", "left"),
        ("Morgen ist ein schöner Tag.", "Morgen", "morgen", "tomorrow"),
        ("Gestern Abend kam es zu einem Streit.", "Gestern", "gestern", ""),
    ],
)
def test_adverb_in_first_place(sentence: str, word: str, lemma: str, first_gloss: str) -> None:
    record = _record(sentence, word)
    assert record["pos"] == "ADV"
    assert record["lemma"] == lemma
    assert record["morph"] == "" and record["article"] is None and record["plural"] is None
    if first_gloss:
        assert record["glosses"][0] == first_gloss
    assert "morning" not in record["glosses"]  # the noun's sense (der Morgen) is not shown


def test_the_subject_after_the_adverb_is_nominative() -> None:
    assert _features(_record("Morgen beginnt in Leipzig die Messe.", "Messe"))["Case"] == "Nom"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Der Morgen begann kalt und windig.", "Morgen"),
        ("Abend für Abend kamen die Gäste.", "Abend"),
        ("Recht hat er trotzdem.", "Recht"),
        ("Am Morgen begann die Sitzung.", "Morgen"),
        ("Jeden Abend kamen die Gäste.", "Abend"),
    ],
)
def test_real_nouns_stay_nouns(sentence: str, word: str) -> None:
    record = _record(sentence, word)
    assert record["pos"] == "NOUN"
    assert record["article"] in ("der", "das")


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Die EU-Kommission und die NATO widersprachen.", ("EU-Kommission", "NATO")),
        ("Die Minister und die NATO widersprachen dem Plan.", ("Minister", "NATO")),
        ("Die Feuerwehr und das DRK halfen den Bewohnern.", ("Feuerwehr",)),
        ("Die Polizei und das THW rückten aus.", ("Polizei", "THW")),
        ("Merz und die SPD einigten sich.", ("Merz", "SPD")),
        ("Die Bahn und Verdi verhandeln.", ("Bahn", "Verdi")),
        ("Die Türkei und die NATO hatten lange verhandelt.", ("NATO",)),
    ],
)
def test_name_or_abbreviation_in_a_coordinated_subject(
    sentence: str, words: tuple[str, ...]
) -> None:
    for word in words:
        assert _features(_record(sentence, word)).get("Case") == "Nom", word


def test_the_card_says_the_same() -> None:
    from app.dictionary import open_dictionary
    from app.reading.cards import WordDescriber
    from app.reading.lookups import InfoCache
    from app.reading.textmodel import ReaderIndex

    text = "Gestern widersprachen die EU-Kommission und die NATO."
    analysis = analyze(text)
    describer = WordDescriber(ReaderIndex.build(analysis), InfoCache(open_dictionary().lookup))
    gestern = describer.card(0)
    assert (gestern.pos, gestern.lemma, gestern.article, gestern.morph) == (
        "adverb",
        "gestern",
        None,
        "",
    )
    assert gestern.glosses[0] == "yesterday"
    kommission = describer.card(analysis.tokens.texts.index("EU-Kommission"))
    assert "Case=Nom" in kommission.features
