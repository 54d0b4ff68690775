"""Session 31 (cards31): the verb a lookup asks for when the tagger's lemma does not fit
the form ("gehört zu": gehören) or a participle is both the simple verb's and that of the
verb with the prefix "ge-" ("gedacht": denken, unless an object may be the other's)."""

from __future__ import annotations

import pytest

from app.analysis import analyze
from app.reading.lookups import verb_of_form


def _verb(sentence: str, word: str) -> str:
    tokens = analyze(sentence).tokens
    i = list(tokens.texts).index(word)
    return verb_of_form(tokens, i, tokens.lemmas[i])


@pytest.mark.parametrize(
    ("sentence", "word", "verb"),
    [
        ("Das Unternehmen gehört zu den größten Abnehmern.", "gehört", "gehören"),
        ("Ich hätte nie gedacht, dass es so kommt.", "gedacht", "denken"),
        ("Das habe ich gehört.", "gehört", "hören"),
        ("Das Konzert hat mir gefallen.", "gefallen", "gefallen"),  # a dative pronoun
        ("Er hat die Tat gestanden.", "gestanden", "gestehen"),  # a noun: maybe its object
    ],
)
def test_the_verb_of_the_form(sentence: str, word: str, verb: str) -> None:
    assert _verb(sentence, word) == verb


# rev_cards31: by the clause, before the noun test: a form of "sein" where the ge-verb
# takes "haben" (fallen, stehen, denken), "an"/"daran" with "gedacht" (denken), a
# genitive pronoun standing alone as gedenken's object
@pytest.mark.parametrize(
    ("sentence", "word", "verb"),
    [
        ("Die Stadt hat an die Opfer gedacht.", "gedacht", "denken"),
        ("Wir haben an eine Erhöhung der Gebühren gedacht.", "gedacht", "denken"),
        ("Die Regierung hat nie daran gedacht, die Steuer zu senken.", "gedacht", "denken"),
        ("Der Platz ist für Kinder gedacht.", "gedacht", "denken"),
        ("Man hat ihrer gedacht, als die Glocken läuteten.", "gedacht", "gedenken"),
        ("Es wurde seiner mit einer Schweigeminute gedacht.", "gedacht", "gedenken"),
        ("Am Sonntag wurde der Opfer des Anschlags gedacht.", "gedacht", "gedenken"),
        ("Die Preise sind im Oktober gefallen.", "gefallen", "fallen"),
        ("Die Entscheidung ist am Montag gefallen.", "gefallen", "fallen"),
        ("Das Lied hat dem Publikum gefallen.", "gefallen", "gefallen"),
        ("Wir sind lange im Regen gestanden.", "gestanden", "stehen"),
        ("Er hat die Tat gestanden.", "gestanden", "gestehen"),
        ("Sie ist in Not geraten.", "geraten", "geraten"),
    ],
)
def test_the_verb_by_the_clause_rev_cards31(sentence: str, word: str, verb: str) -> None:
    assert _verb(sentence, word) == verb
