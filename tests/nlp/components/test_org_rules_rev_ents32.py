"""Session 32 review (rev_ents32): near misses of the ents32 rules that they must leave.

A road at the end of a school's or an office's name keeps the model's organisation
("Gymnasium Wilhelmstraße"); a road written with a separate "Allee"/"Straße" after names
is a place ("Karl Marx Allee"); a one-word road taken for a person is a place; a band's
"-kapelle" before a saint is no church building ("Blaskapelle St. Georg"); a Korean-looking
name whose hyphen part is no Korean syllable is no person ("Dae Won-tech"); a place
adjective, a role and a title leave no organisation "Dr." behind. All sentences
and names made up.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.nlp.components.org_place_support import rules_on

Case = tuple[str, list[tuple[str, str]], set[tuple[str, str]]]

CASES: list[Case] = [
    # institution noun + road: the organisation stays
    (
        "Das Gymnasium Wilhelmstraße bekommt eine neue Mensa.",
        [("Gymnasium Wilhelmstraße", "ORG")],
        {("Gymnasium Wilhelmstraße", "ORG")},
    ),
    (
        "Die Polizeiinspektion Kaiserstraße ermittelt.",
        [("Polizeiinspektion Kaiserstraße", "ORG")],
        {("Polizeiinspektion Kaiserstraße", "ORG")},
    ),
    (
        "Die Grundschule Lindenallee schließt im Sommer.",
        [("Grundschule Lindenallee", "ORG")],
        {("Grundschule Lindenallee", "ORG")},
    ),
    # roads by their last word
    (
        "Die Demo zog über die Karl Marx Allee.",
        [("Karl Marx Allee", "PER")],
        {("Karl Marx Allee", "LOC")},
    ),
    (
        "Der Verkehr staute sich bis zur Große Friedberger Straße.",
        [("Große Friedberger Straße", "ORG")],
        {("Große Friedberger Straße", "LOC")},
    ),
    (
        "Der Konzern zog in die Neue Mainzer Straße.",
        [("Neue Mainzer Straße", "ORG")],
        {("Neue Mainzer Straße", "LOC")},
    ),
    ("Der Unfall geschah in der Mühlgasse.", [("Mühlgasse", "PER")], {("Mühlgasse", "LOC")}),
    # near misses: a person named like a road, "Weg" is no road noun here
    ("Laut Anna Strasser sei das falsch.", [("Anna Strasser", "PER")], {("Anna Strasser", "PER")}),
    ("Die Partei Der Dritte Weg klagt.", [("Der Dritte Weg", "ORG")], {("Der Dritte Weg", "ORG")}),
    # bands before a saint, chapels before a saint
    (
        "Die Blaskapelle St. Georg spielt beim Umzug.",
        [("Blaskapelle St. Georg", "ORG")],
        {("Blaskapelle St. Georg", "ORG")},
    ),
    (
        "Die Musikkapelle Sankt Johann gewann den Wettbewerb.",
        [("Sankt Johann", "ORG")],
        {("Sankt Johann", "ORG")},
    ),
    (
        "Die Waldkapelle St. Anna ist geöffnet.",
        [("Waldkapelle St. Anna", "ORG")],
        {("Waldkapelle St. Anna", "LOC")},
    ),
    (
        "In der Kapelle St. Anna wurde getauft.",
        [("St. Anna", "ORG")],
        {("St. Anna", "LOC")},
    ),
    # Korean names and firm names written alike
    (
        "Der Zulieferer Dae Won-tech liefert Sitze.",
        [("Dae Won-tech", "ORG")],
        {("Dae Won-tech", "ORG")},
    ),
    (
        "Der Präsident Ban Ki-moon reiste ab.",
        [("Ban Ki-moon", "ORG")],
        {("Ban Ki-moon", "PER")},
    ),
    (
        "Die Ministerin Kang Min-ji reiste nach Tokio.",
        [("Kang Min-ji", "LOC"), ("Tokio", "LOC")],
        {("Kang Min-ji", "PER"), ("Tokio", "LOC")},
    ),
    (
        "Die Trainerin Yoo Ha-eun lobte ihr Team.",
        [("Yoo Ha-eun", "ORG")],
        {("Yoo Ha-eun", "PER")},
    ),
    # a place adjective, a role and a title before the person: no organisation "Dr."
    (
        "Der Münchner Kardinal Dr. Peter Lohmeier predigte.",
        [("Münchner Kardinal Dr.", "ORG"), ("Peter Lohmeier", "PER")],
        {("Peter Lohmeier", "PER")},
    ),
    (
        "Die Kieler Dekanin Prof. Dr. Anna Brink sprach.",
        [("Kieler Dekanin Prof. Dr.", "LOC"), ("Anna Brink", "PER")],
        {("Anna Brink", "PER")},
    ),
    (
        "Die Hamburger Hochschule Dr. Kurt Pohl lehrt.",
        [("Hamburger Hochschule Dr. Kurt Pohl", "ORG")],
        {("Hamburger Hochschule Dr. Kurt Pohl", "ORG")},
    ),
]


@pytest.mark.parametrize(("text", "ents", "expected"), CASES)
def test_rev_ents32_near_misses(
    nlp: Any, text: str, ents: list[tuple[str, str]], expected: set[tuple[str, str]]
) -> None:
    assert rules_on(nlp, text, ents) == expected


def test_church_buildings_are_the_church_endings_without_the_parishes() -> None:
    """CHURCH_BUILDING_ENDINGS is named, not a slice of CHURCH_ENDINGS by position (read32)."""
    from app.nlp.components.org_place_words import CHURCH_BUILDING_ENDINGS, CHURCH_ENDINGS

    assert set(CHURCH_ENDINGS) - set(CHURCH_BUILDING_ENDINGS) == {"gemeinde", "pfarrei"}
    assert CHURCH_ENDINGS[: len(CHURCH_BUILDING_ENDINGS)] == CHURCH_BUILDING_ENDINGS
