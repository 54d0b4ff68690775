"""Session 30 (morph30c): an infinitive or participle governed by a finite modal,
"lassen", "werden", "sein" or "haben" of its clause is no finite verb, also when it is
the second of two verbs joined by "und"/"oder" (made-up sentences, real pipeline)."""

from __future__ import annotations

import pytest

from app.analysis import analyze
from app.morphology import features


def _verb_form(sentence: str, word: str) -> tuple[str, ...]:
    tokens = analyze(sentence).tokens
    found = features(tokens, tokens.texts.index(word))
    return found.shown["VerbForm"]


@pytest.mark.parametrize(
    ("sentence", "word", "form"),
    [
        ("Der Sprecher sagte, man könne einzelne Seiten vergrößern und durchblättern.",
         "durchblättern", "Inf"),
        ("Man kann die Bilder vergrößern oder drucken.", "drucken", "Inf"),
        ("Die Stadt werde die Straßen im Sommer sanieren und erweitern.", "erweitern", "Inf"),
        ("Die Firma sagte, das Problem sei erst im Winter entstanden.", "entstanden", "Part"),
        ("Er sagte, dass man die Seiten vergrößern und durchblättern könne.",
         "vergrößern", "Inf"),
        ("Er sagte, dass man die Seiten vergrößern und durchblättern könne.",
         "durchblättern", "Inf"),
        ("Er sagte, dass man die Bilder drucken oder kopieren würde.", "drucken", "Inf"),
        # near misses: the real finite plural, a verb-final subordinate clause
        ("Die Kinder vergrößern das Bild.", "vergrößern", "Fin"),
        ("Er ging, weil sie die Seiten vergrößern.", "vergrößern", "Fin"),
        ("Er sagte, dass die Kinder die Bilder drucken und verkaufen.", "drucken", "Fin"),
        ("Er sagte, dass die Kinder die Bilder drucken und verkaufen.", "verkaufen", "Fin"),
    ],
)  # fmt: skip
def test_governed_verb_is_not_finite(sentence: str, word: str, form: str) -> None:
    assert _verb_form(sentence, word) == (form,)


def test_werden_with_a_form_that_is_also_a_participle_stays_open_or_passive() -> None:
    # "vergessen" is infinitive and participle: "wird … vergessen" may be the passive
    assert "Fin" not in _verb_form("Er weiß, dass es oft vergessen wird.", "vergessen")
