"""Session 36 review of sep36 (rev_sep36): separable verbs on made-up news sentences
(whole pipeline). A subordinate clause between the finite verb and its particle keeps
its own verbs, also a finite verb in second place (reported speech: "wies den Vorwurf,
er habe …, zurück" is zurückweisen, never "zurückhaben") and an auxiliary ("über den …
berichtet worden war, … zurück": zurücktreten). Near misses keep theirs."""

from __future__ import annotations

import pytest

from tests.reading.test_cards_gloss26 import card

_WIES = "Der Minister wies den Vorwurf, er habe die Öffentlichkeit getäuscht, entschieden zurück."
_TRAT = (
    "Der Politiker trat nach dem Skandal, über den wochenlang berichtet worden war, "
    "von seinem Amt zurück."
)


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        (_WIES, "wies", "zurückweisen"),
        (_WIES, "zurück", "zurückweisen"),
        (_WIES, "habe", "haben"),
        (_TRAT, "trat", "zurücktreten"),
        (_TRAT, "zurück", "zurücktreten"),
        # a relative clause in between (held before the review too)
        ("Die Bank zahlte den Kunden das Geld, das sie zu viel berechnet hatte, inzwischen zurück.",
         "zahlte", "zurückzahlen"),
        ("Die Stadt schlug den Anwohnern, die gegen den Lärm geklagt hatten, einen Kompromiss vor.",
         "vor", "vorschlagen"),
        ("Die Polizei nahm den Täter, der sich versteckt hatte, am Abend fest.", "fest",
         "festnehmen"),
        ("Der Verdächtige riss sich los und rannte davon.", "los", "losreißen"),
        ("Die Verhandlungen rissen am Freitag überraschend ab.", "rissen", "abreißen"),
        # near misses: a pronominal adverb or a preposition's object clause at the end
        ("Er stimmte dem zu, was die Kommission vorgeschlagen hatte.", "stimmte", "zustimmen"),
        ("Er dachte lange daran.", "dachte", "denken"),
        ("Der Bürgermeister wusste nichts davon.", "wusste", "wissen"),
        ("Die Eltern haben ihre Tochter seit Tagen vermisst.", "vermisst", "vermissen"),
        ("Die Geometer haben das Gelände neu vermessen.", "vermessen", "vermessen"),
        ("Die Operation gelang den Ärzten erst im zweiten Anlauf.", "gelang", "gelingen"),
    ],
)  # fmt: skip
def test_the_lemma_of_a_verb(text: str, word: str, lemma: str) -> None:
    assert card(text, word).lemma == lemma


def test_zuruecktreten_glosses() -> None:
    # to resign: "to stand down" on the verb, the phrase with "Amt" on the particle
    assert "to stand down" in card(_TRAT, "trat").glosses[:3]
    assert any("resign" in gloss for gloss in card(_TRAT, "zurück").glosses[:3])


def test_vermisst_shows_no_gloss_of_vermessen() -> None:
    # Ding lists "vermisst" as a form of vermessen (rates): asked again with the
    # infinitive, the card shows vermissen's glosses only
    found = card("Die Eltern haben ihre Tochter seit Tagen vermisst.", "vermisst")
    assert found.glosses[0] == "to miss sb./sth."
    assert "rates" not in found.glosses
