"""The issue's examples through the real pipeline (bundled model): the card shows
grammar that is right or nothing."""

from __future__ import annotations

import pytest

from app.analysis import analyze
from app.morphology import features

TEXT = (
    "Hochrangige US-Beamte befürchten, die USA würden eine „Oktober-Überraschung“ vorbereiten. "
    "Wie der Sender berichtet, fürchtet die Regierung, dass das boomende Militärbündnis "
    "zwischen Kreml-Despot Wladimir Putin (71) und dem Diktator die Spannungen verschärfen "
    "könnte. Die Folgen des Angriffskrieges sind groß. Kremlsprecher Peskow sieht die Lage "
    "gelassener. Wir haben keinen Zweifel."
)


@pytest.fixture(scope="module")
def cards() -> dict[str, dict[str, object]]:
    analysis = analyze(TEXT)
    tokens = analysis.tokens
    out: dict[str, dict[str, object]] = {}
    for i, text in enumerate(tokens.texts):
        f = features(tokens, i)
        out.setdefault(text, {"ud": f.ud(), "lemma": f.lemma, "article": f.article,
                              "plural": f.plural, "kind": f.kind, "pos": f.pos})  # fmt: skip
    return out


def test_issue_examples(cards: dict[str, dict[str, object]]) -> None:
    assert cards["befürchten"]["ud"] == "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"
    assert cards["vorbereiten"]["ud"] == "VerbForm=Inf"
    assert cards["Militärbündnis"]["ud"] == "Case=Nom|Gender=Neut|Number=Sing"
    assert cards["Militärbündnis"]["plural"] == "Militärbündnisse"
    assert cards["Angriffskrieges"]["ud"] == "Case=Gen|Gender=Masc|Number=Sing"
    assert cards["Angriffskrieges"]["lemma"] == "Angriffskrieg"
    assert cards["US-Beamte"]["lemma"] == "US-Beamte"
    assert cards["Zweifel"]["ud"] == "Case=Acc|Gender=Masc|Number=Sing"
    assert cards["gelassener"]["lemma"] == "gelassen" and cards["gelassener"]["ud"] == "Degree=Cmp"
    assert "Gender" not in str(cards["Peskow"]["ud"]) and cards["Peskow"]["article"] is None


def test_nothing_contradicts_the_article(cards: dict[str, dict[str, object]]) -> None:
    genders = {"der": "Masc", "die": "Fem", "das": "Neut"}
    for card in cards.values():
        article, ud = card["article"], str(card["ud"])
        if article and "Number=Sing" in ud and "Gender=" in ud:
            assert f"Gender={genders[str(article)]}" in ud


@pytest.mark.parametrize(
    ("sentence", "word", "kind", "shown"),
    [
        # an extended attribute: article, preposition, participle, noun
        ("Sie erwartet eine vom Land bezahlte neue Studie.", "bezahlte", "adjective", "Sing"),
        ("Die Stadt bezahlte neue Studien.", "bezahlte", "verb", "Past"),
        # a predicative adjective before a comma and »welch-« does not join the clauses
        ("Es ist nicht klar, welchen Plan der Rat bevorzugt.", "bevorzugt", "verb", "Pres"),
        # the first part of »bekannt gegeben« is no participle of »bekennen«
        ("Der Termin wird später bekannt gegeben.", "bekannt", "adjective", "Pos"),
    ],
)
def test_participles_and_finite_verbs_in_context(
    sentence: str, word: str, kind: str, shown: str
) -> None:
    tokens = analyze(sentence).tokens
    found = features(tokens, tokens.texts.index(word))
    assert found.kind == kind, found
    assert any(shown in values for values in found.shown.values()), found
