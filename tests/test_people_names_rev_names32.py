"""Who the people sidebar lists, on made-up German news paragraphs with person names of
many shapes and look-alikes that are no persons (session 32 review,
``tests/data/people_names_rev_names32.txt``), through the whole bundled pipeline as the
window runs it. Blocks marked ``# wrong`` still list a wrong person or miss one: expected
to fail (strict), so that a fix shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from app.analysis import analyze
from app.nlp import PipelineInfo, load_pipeline_with_info
from tests.test_people_review31 import _names

FIXTURE = Path(__file__).resolve().parent / "data" / "people_names_rev_names32.txt"


def _blocks() -> list[tuple[str, set[str], set[str], bool]]:
    out: list[tuple[str, set[str], set[str], bool]] = []
    for block in FIXTURE.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.strip().split("\n") if line]
        if not any(line.startswith("# people:") for line in lines):
            continue
        text = "\n".join(line for line in lines if not line.startswith("#"))
        people, credits = _names(lines, "# people:"), _names(lines, "# credits:")
        out.append((text, people, credits, "# wrong" in lines))
    return out


BLOCKS = _blocks()


@pytest.fixture(scope="module")
def pipeline() -> tuple[Language, PipelineInfo]:
    return load_pipeline_with_info()


def test_fixture_is_large_enough() -> None:
    assert len(BLOCKS) >= 100
    assert sum(not b[3] for b in BLOCKS) >= 140


@pytest.mark.parametrize(
    ("text", "people", "credits"),
    [pytest.param(*b[:3], marks=pytest.mark.xfail(strict=True)) if b[3] else b[:3] for b in BLOCKS],
    ids=[b[0][:50] for b in BLOCKS],
)
def test_people_and_credits(
    pipeline: tuple[Language, PipelineInfo], text: str, people: set[str], credits: set[str]
) -> None:
    nlp, info = pipeline
    result = analyze(text, nlp, info)
    assert {p.name for p in result.people if not p.credit} == people
    assert {p.name for p in result.people if p.credit} == credits
    if not people and not credits:  # look-alikes only: nothing is coloured as a person
        assert not [e.text for e in result.entities if e.label == "PER"]
