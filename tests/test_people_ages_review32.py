"""Stated ages and the people listed in the sidebar, on made-up news paragraphs (session
32 review, ``tests/data/ages_review32.txt``; session 33, ``tests/data/ages_review33.txt``;
session 34, ``tests/data/ages_review34.txt`` and ``tests/data/ages_review_rev34.txt``),
through the whole bundled pipeline as the window runs it (``app.analysis.analyze``, as
``bench.people_eval`` does).

Every block lists its people and the age the text states for each, or none ("-"). A block
marked ``# miss`` holds an age not found yet: there the test accepts no age, never a wrong
one. Nobody outside the list may get an age. ``# people-left``: the list of people is
still wrong there, so only the ages are checked. ``# wrong``: a wrong fact is still shown
(a strict xfail, so that a fix is noticed).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from app.analysis import analyze
from app.nlp import PipelineInfo, load_pipeline_with_info
from tests.people.support import age_blocks

DATA = Path(__file__).resolve().parent / "data"
FIXTURES = (
    DATA / "ages_review32.txt",
    DATA / "ages_review33.txt",
    DATA / "ages_review34.txt",
    DATA / "ages_review_rev34.txt",
)

Block = tuple[str, dict[str, int | None], bool, bool]


def _blocks(fixture: Path) -> list[Block]:
    return [
        (text, ages, "# miss" in notes, "# people-left" in notes)
        for text, ages, notes in age_blocks(fixture)
    ]


def _params() -> list[object]:
    return [
        pytest.param(
            text,
            ages,
            "# miss" in notes,
            "# people-left" in notes,
            marks=[pytest.mark.xfail(strict=True)] if "# wrong" in notes else [],
            id=text[:50],
        )
        for fixture in FIXTURES
        for text, ages, notes in age_blocks(fixture)
    ]


@pytest.fixture(scope="module")
def pipeline() -> tuple[Language, PipelineInfo]:
    return load_pipeline_with_info()


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.name for f in FIXTURES])
def test_fixture_is_large_enough(fixture: Path) -> None:
    blocks = _blocks(fixture)
    assert len(blocks) >= 150
    assert sum(not b[2] for b in blocks) >= 100


@pytest.mark.parametrize(("text", "ages", "miss", "people_left"), _params())
def test_stated_ages_and_people(
    pipeline: tuple[Language, PipelineInfo],
    text: str,
    ages: dict[str, int | None],
    miss: bool,
    people_left: bool,
) -> None:
    nlp, info = pipeline
    found = {p.name: p.age for p in analyze(text, nlp, info).people if not p.credit}
    for name, age in ages.items():
        got = found.get(name)
        assert got in ({age, None} if miss else {age}), (name, got)
    for name, got in found.items():
        if name not in ages:
            assert got is None, (name, got)  # no invented age on anybody else
    if not people_left:
        assert set(found) == set(ages)
