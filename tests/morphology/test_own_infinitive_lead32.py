"""The engine reads a form as a verb's own infinitive only where the clause calls for one
(merge of cards32 and gloss32): "zu" before it, a modal verb or "werden" as its nearest
verb; the tagger's infinitive tag alone is no evidence."""

from __future__ import annotations

import pytest

from app.analysis import analyze
from app.grammar import clause_span
from app.morphology import features
from app.morphology.tagging import infinitive_governed_in


@pytest.mark.parametrize(
    ("text", "lemma", "tense"),
    [
        ("Die Daten könnten in falsche Hände gelangen.", "gelangen", None),
        ("Die Proben müssen ins Labor gelangen, sagte sie.", "gelangen", None),
        ("Um ans Ziel zu gelangen, fuhren sie nachts.", "gelangen", None),
        # "lassen" and "möchten" govern an infinitive too (one set with verbs.py)
        ("Der Betreiber ließ die Daten ins Netz gelangen.", "gelangen", None),
        ("Die Forscher möchten bald ans Ziel gelangen.", "gelangen", None),
        ("Die Tore, die ihm in der Saison gelangen, reichten nicht.", "gelingen", "Past"),
        ("Wenn die Pläne gelangen, könnte die Stadt sparen.", "gelingen", "Past"),
        ("Ihm gelangen zwei Tore.", "gelingen", "Past"),
    ],
)  # fmt: skip
def test_own_infinitive_needs_a_governing_verb(text: str, lemma: str, tense: str | None) -> None:
    analysis = analyze(text)
    i = analysis.tokens.texts.index("gelangen")
    grammar = features(analysis.tokens, i)
    assert grammar.lemma == lemma
    if tense is None:
        assert grammar.shown.get("VerbForm") == ("Inf",)
    else:
        assert grammar.shown.get("Tense") == (tense,)


@pytest.mark.parametrize(
    ("text", "governed"),
    [
        ("Die Daten könnten in falsche Hände gelangen.", True),
        ("Um ans Ziel zu gelangen, fuhren sie nachts.", True),
        ("Ob die Proben ins Labor gelangen dürften, ist offen.", True),
        ("Die Tore, die ihm in der Saison gelangen, reichten nicht.", False),
        ("Ihm gelangen zwei Tore.", False),
    ],
)  # fmt: skip
def test_infinitive_governed_in_the_clause(text: str, governed: bool) -> None:
    """The one test of a governing verb that the engine (morphology.tagging) and the
    lookups (reading.lookups) share, each with its own clause span."""
    tokens = analyze(text).tokens
    i = tokens.texts.index("gelangen")
    assert infinitive_governed_in(tokens, i, clause_span(tokens, i, conjunctions=False)) is governed
