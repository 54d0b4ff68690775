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
