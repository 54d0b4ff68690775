"""Roles and ages on made-up paragraphs of session 35 (``tests/data/people_review_people35.txt``):
role nouns the lexicon lacked, an announced office for "Der 44 Jahre alte Finne A", and a bare
office with an agent after "von", with look-alikes where no role may be given.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.analysis import analyze
from app.lexicon.roles import analyze_role
from app.nlp import load_pipeline_with_info
from tests.people.support import Expected, assert_review_block, by_name, review_cases

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "people_review_people35.txt"

CASES, IDS = review_cases(FIXTURE)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=IDS)
def test_roles_and_ages(text: str, expected: Expected) -> None:
    assert_review_block(text, expected)


@pytest.mark.parametrize(
    ("word", "base", "gender"),
    [
        ("Priesterin", "Priesterin", "f"),
        ("Priester", "Priester", "m"),
        ("Kaplans", "Kaplan", "m"),
        ("Wanderin", "Wanderin", "f"),
        ("Fußgängerin", "Fußgängerin", "f"),
    ],
)
def test_added_role_nouns(word: str, base: str, gender: str) -> None:
    role = analyze_role(word)
    assert role is not None and (role.base, role.gender) == (base, gender)


def test_senior_suffix_keeps_its_full_stop_through_the_pipeline() -> None:
    # the bundled pipeline's tokenizer keeps "Sr." whole like "Jr." (app/nlp); the blank
    # tokenizer of the review blocks does not, so this one runs the whole pipeline
    nlp, info = load_pipeline_with_info()
    text = "Washington - Der Unternehmer Harold Pickett Sr. ist tot. Er wurde 88 Jahre alt."
    people = {p.name: p for p in analyze(text, nlp, info).people}
    assert list(people) == ["Harold Pickett Sr."]
    assert people["Harold Pickett Sr."].age == 88


@pytest.mark.parametrize("text", ["Es sprach Carmen Calvo", "Es sprach Carmen Calvo y"])
def test_a_name_at_the_end_of_the_text_is_no_surname_conjunction(text: str) -> None:
    found = by_name(text, per=["Carmen Calvo"])
    assert list(found) == ["Carmen Calvo"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # (rev_people35) the Spanish "y" before a word the pipeline tags as a place: two
        # people ("Gewonnen haben"), or a man and a place; not one name
        ("Madrid - Gewonnen haben Pablo Ruiz y Castillo.", ["Pablo Ruiz"]),
        # a plural noun or verb beside them: two people
        ("Madrid - Die Kandidaten Pablo Ruiz y Castro stellten sich vor.", ["Pablo Ruiz"]),
        ("Madrid - Als Gäste kamen Pablo Ruiz y Toledo aus Sevilla.", ["Pablo Ruiz"]),
        (
            "Madrid - Zufrieden zeigte sich Ministerin Carmen Calvo y Poyato, die lobte.",
            ["Carmen Calvo y Poyato"],
        ),
    ],
)
def test_spanish_y_joins_no_place_through_the_pipeline(text: str, names: list[str]) -> None:
    nlp, info = load_pipeline_with_info()
    people = [p.name for p in analyze(text, nlp, info).people if not p.credit]
    assert people == names


def test_father_and_son_with_generational_suffixes_are_two_people() -> None:
    # (rev_people35) "Sr." and "Jr." were dropped from the clustering key, so the son's
    # kin noun went to the father ("Harold Pickett Sr.: Unternehmer, Sohn")
    nlp, info = load_pipeline_with_info()
    text = (
        "Houston - Der Unternehmer Harold Pickett Sr. ist tot. "
        "Sein Sohn Harold Pickett Jr. führt die Firma."
    )
    people = {p.name: list(p.roles) for p in analyze(text, nlp, info).people if not p.credit}
    assert people == {"Harold Pickett Sr.": ["Unternehmer"], "Harold Pickett Jr.": ["Sohn"]}


def test_a_surname_with_its_suffix_is_the_one_so_named() -> None:
    text = (
        "Bonn - Der Gastwirt Hans Berg sen. ist gestorben. Sein Sohn Hans Berg jun. führt "
        "das Lokal weiter. Berg sen. war 91 Jahre alt."
    )
    found = by_name(text, per=["Hans Berg sen.", "Hans Berg jun.", "Berg sen."])
    assert {n: (p.age, list(p.roles)) for n, p in found.items()} == {
        "Hans Berg sen.": (91, ["Gastwirt"]),
        "Hans Berg jun.": (None, ["Sohn"]),
    }


def test_a_bare_full_name_joins_the_one_with_a_suffix() -> None:
    text = "Houston - Harold Pickett ist tot. Der Gründer Harold Pickett Sr. wurde 88 Jahre alt."
    nlp, info = load_pipeline_with_info()
    people = {p.name: p.age for p in analyze(text, nlp, info).people if not p.credit}
    assert people == {"Harold Pickett Sr.": 88}
