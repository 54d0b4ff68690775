"""Who the people sidebar lists and what is coloured PER, on made-up news sentences
(session 31 review, ``tests/data/people_review31.txt``), through the whole bundled pipeline
as the window runs it. Blocks marked ``# left`` are still wrong and skipped."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from app.analysis import analyze
from app.nlp import PipelineInfo, load_pipeline_with_info

FIXTURE = Path(__file__).resolve().parent / "data" / "people_review31.txt"


def _names(lines: list[str], key: str) -> set[str]:
    line = next((x for x in lines if x.startswith(key)), key)
    return {x.strip() for x in line.removeprefix(key).split(";") if x.strip()}


def _blocks() -> list[tuple[str, set[str], set[str], bool]]:
    out: list[tuple[str, set[str], set[str], bool]] = []
    for block in FIXTURE.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.strip().split("\n") if line]
        if not any(line.startswith("# people:") for line in lines):
            continue
        text = "\n".join(line for line in lines if not line.startswith("#"))
        out.append((text, _names(lines, "# people:"), _names(lines, "# noper:"), "# left" in lines))
    return out


BLOCKS = _blocks()


@pytest.fixture(scope="module")
def pipeline() -> tuple[Language, PipelineInfo]:
    return load_pipeline_with_info()


def test_fixture_is_large_enough() -> None:
    assert len(BLOCKS) >= 250
    assert sum(not b[3] for b in BLOCKS) >= 200


@pytest.mark.parametrize(
    ("text", "people", "noper"),
    [b[:3] for b in BLOCKS if not b[3]],
    ids=[b[0][:50] for b in BLOCKS if not b[3]],
)
def test_people_and_person_colour(
    pipeline: tuple[Language, PipelineInfo], text: str, people: set[str], noper: set[str]
) -> None:
    nlp, info = pipeline
    result = analyze(text, nlp, info)
    assert {p.name for p in result.people if not p.credit} == people
    shown = {e.text for e in result.entities if e.label == "PER"}
    assert not shown & noper
