"""FormAnalysis: the UD string and the readable line say the same as ``shown``."""

from __future__ import annotations

from app.morphology.model import KIND_NOUN, FormAnalysis


def test_ud_and_readable() -> None:
    analysis = FormAnalysis(
        lemma="Regel",
        pos="NOUN",
        shown={"Case": ("Acc", "Dat"), "Number": ("Plur",), "Gender": ("Fem",)},
        kind=KIND_NOUN,
    )
    assert analysis.ud() == "Case=Acc,Dat|Gender=Fem|Number=Plur"
    assert analysis.readable() == "accusative or dative, plural"


def test_nothing_shown() -> None:
    assert FormAnalysis(lemma="und", pos="CCONJ").ud() == ""
    assert FormAnalysis(lemma="und", pos="CCONJ").readable() == ""


def test_json_fields_are_the_shown_features() -> None:
    analysis = FormAnalysis(
        lemma="Bündnis",
        pos="NOUN",
        shown={"Case": ("Nom",), "Number": ("Sing",), "Gender": ("Neut",)},
        article="das",
        plural="Bündnisse",
        kind=KIND_NOUN,
    )
    assert analysis.json_fields() == {
        "morph": "Case=Nom|Gender=Neut|Number=Sing",
        "article": "das",
        "plural": "Bündnisse",
    }
    assert FormAnalysis(lemma="und", pos="CCONJ").json_fields() == {"morph": ""}
