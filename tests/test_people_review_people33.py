"""Roles, ages and names on made-up near misses of the people33 rules and look-alikes
(``tests/data/people_review_people33.txt``, session 33), through the whole bundled
pipeline as the window runs it (the sentence splitter and the tagger take part: "…, 58.
Die Internistin …", "An seine Stelle tritt A als …").

Every block lists exactly the story people the sidebar must show, each with its age and
roles in order; "# wrong" blocks still show a wrong fact (strict xfail)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from app.analysis import analyze
from app.nlp import PipelineInfo, load_pipeline_with_info
from tests.people.support import Expected, review_blocks

DATA = Path(__file__).resolve().parent / "data"
FIXTURE = DATA / "people_review_people33.txt"
#: the review of people33's rules (rev_people33): near misses and look-alikes
REVIEW_FIXTURE = DATA / "people_review_rev_people33.txt"
BLOCKS = review_blocks(FIXTURE) + review_blocks(REVIEW_FIXTURE)


@pytest.fixture(scope="module")
def pipeline() -> tuple[Language, PipelineInfo]:
    return load_pipeline_with_info()


def test_fixture_is_large_enough() -> None:
    assert len(review_blocks(FIXTURE)) >= 40
    assert len(review_blocks(REVIEW_FIXTURE)) >= 150


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(t, e, marks=pytest.mark.xfail(strict=True)) if w else (t, e)
        for t, e, w in BLOCKS
    ],
    ids=[b[0][:50] for b in BLOCKS],
)
def test_people_roles_and_ages(
    pipeline: tuple[Language, PipelineInfo], text: str, expected: Expected
) -> None:
    nlp, info = pipeline
    people = {p.name: p for p in analyze(text, nlp, info).people if not p.credit}
    assert set(people) == set(expected)
    for name, (age, roles) in expected.items():
        assert (people[name].age, list(people[name].roles)) == (age, roles), name
