"""Analysing a long text the part on screen first (app.reading.progressive)."""

from __future__ import annotations

import itertools

import pytest
from spacy.language import Language

from app.analysis import Parsed, analyze, complete, parse_range
from app.nlp import PipelineInfo
from app.reading.progressive import (
    Cancelled,
    Focus,
    Progress,
    Section,
    parse_progressively,
    plan_sections,
)
from tests.reading.helpers import STORY
from tests.reading.rules_pipeline import rules_pipeline


@pytest.fixture(scope="module")
def rules() -> tuple[Language, PipelineInfo]:
    return rules_pipeline()


def long_text(paragraphs: int = 300) -> str:
    return "\n\n".join(f"Absatz {n}. " + STORY.replace("\n\n", " ") for n in range(paragraphs))


def test_sections_are_whole_lines_covering_the_text() -> None:
    text = long_text(60)
    sections = plan_sections(text, size=2000)
    assert sections[0].start == 0 and sections[-1].end == len(text)
    for a, b in itertools.pairwise(sections):
        assert a.end == b.start and text[a.end] == "\n"
    assert plan_sections("") == ()
    one_line = "x" * 5000
    assert plan_sections(one_line, size=1000) == (Section(0, 5000),)


def test_progressive_parse_gives_the_same_analysis_as_one_pass(rules) -> None:
    nlp, info = rules
    text = long_text(40)
    sections = plan_sections(text, size=1500)
    focus = Focus(len(text) // 2, len(text) // 2 + 500)  # start in the middle
    parsed = parse_progressively(
        sections, lambda s, e: parse_range(text, nlp, s, e), focus, lambda p, g: None
    )
    assert complete(text, parsed, info) == analyze(text, nlp, info)


def test_the_part_in_view_comes_first_and_a_jump_moves_the_focus(rules) -> None:
    nlp, _info = rules
    text = long_text(100)
    sections = plan_sections(text, size=1000)
    focus = Focus(0, 800)
    order: list[int] = []
    partials: list[tuple[Parsed, Progress]] = []
    middle = sections[len(sections) // 2]

    def parse(start: int, end: int) -> Parsed:
        order.append(start)
        if len(order) == 3:  # the reader jumps to the middle
            focus.set(middle.start + 10, middle.start + 900)
        return parse_range(text, nlp, start, end)

    parse_progressively(sections, parse, focus, lambda p, g: partials.append((p, g)))
    assert order[0] == 0
    assert order[3] == middle.start  # next after the jump
    assert order.index(middle.start) < order.index(sections[-1].start)
    assert sorted(order) == [s.start for s in sections]
    # The screen's part was handed on as soon as it was parsed.
    first, progress = partials[0]
    assert first.start == 0 and 0 < progress.fraction < 1
    jumped = next(p for p, _ in partials if any(t >= middle.start for t in p.tokens.starts))
    assert any(middle.start <= t < middle.end for t in jumped.tokens.starts)


def test_stop_cancels_between_sections(rules) -> None:
    nlp, _info = rules
    text = long_text(20)
    parsed: list[int] = []
    stopped = False

    def parse(start: int, end: int) -> Parsed:
        nonlocal stopped
        parsed.append(start)
        stopped = True
        return parse_range(text, nlp, start, end)

    with pytest.raises(Cancelled):
        parse_progressively(
            plan_sections(text, size=500), parse, Focus(), lambda p, g: None, lambda: stopped
        )
    assert len(parsed) == 1


def test_progress_estimates_the_time_left() -> None:
    assert Progress(0, 100, 0.0).remaining_s is None
    half = Progress(50, 100, 10.0)
    assert half.fraction == 0.5
    assert half.remaining_s is not None and 10.0 <= half.remaining_s <= 15.0
    assert Section(100, 200).distance(150, 160) == 0
    assert Section(300, 400).distance(150, 160) < Section(0, 10).distance(150, 160)
