"""A long text is analysed the part on screen first (app.ui.controllers.analysis).

The parser is spaCy's tokenizer with a sentencizer (no model), and it waits at a
gate after the sections on screen, so the tests see the window before the full
analysis is done.
"""

from __future__ import annotations

import threading

import pytest
from spacy.language import Language

from app.analysis import Parsed, parse_range
from app.nlp import PipelineInfo
from app.reading.progressive import PartialAnalysis
from app.ui.controllers.analysis import AnalysedText, estimate_text
from tests.reading.helpers import STORY
from tests.reading.rules_pipeline import rules_pipeline


class GatedParser:
    """Parses the first ``free`` sections at once, then one per :meth:`release`."""

    def __init__(self, pipeline: tuple[Language, PipelineInfo], free: int = 1) -> None:
        self.nlp, self.info = pipeline
        self.free = free
        self.starts: list[int] = []
        self.texts: list[int] = []  # the length of the text of each call
        self.gate = threading.Semaphore(0)
        self.closed = False

    def factory(self, report: object) -> tuple[object, PipelineInfo]:
        return self.parse, self.info

    def parse(self, text: str, start: int, end: int) -> Parsed:
        if len(self.starts) >= self.free and not self.closed:
            self.gate.acquire(timeout=20)
        self.starts.append(start)
        self.texts.append(len(text))
        return parse_range(text, self.nlp, start, end)

    def release(self, n: int = 1) -> None:
        for _ in range(n):
            self.gate.release()

    def finish(self) -> None:
        self.closed = True
        self.release(10_000)


def long_text(paragraphs: int = 600) -> str:
    story = STORY.replace("\n\n", " ")
    return "\n\n".join(f"Absatz {n}. {story}" for n in range(paragraphs))


@pytest.fixture
def progressive_window(make_window):  # type: ignore[no-untyped-def]
    window = make_window()
    parser = GatedParser(rules_pipeline())
    window.analyses.parser_factory = parser.factory
    yield window, parser
    parser.finish()


def _partials(window) -> list[PartialAnalysis]:  # type: ignore[no-untyped-def]
    seen: list[PartialAnalysis] = []
    window.analyses.analyser.progress.connect(
        lambda _t, v: seen.append(v) if isinstance(v, PartialAnalysis) else None
    )
    return seen


def test_words_on_screen_get_cards_before_the_whole_text_is_analysed(
    progressive_window, qtbot
) -> None:
    window, parser = progressive_window
    analysed: list[AnalysedText] = []
    window.analyses.analysed.connect(analysed.append)
    partials = _partials(window)
    text = long_text()
    window.open_text(text, "lang")
    qtbot.waitUntil(lambda: window.analyses.index is not None, timeout=20_000)
    assert analysed == [] and len(parser.starts) < 5  # far from done
    words = window.reader.words_in_view()
    assert words, "the words on screen are analysed"
    haus = next(w for w in words if window.analyses.index.token(w).text == "Haus")
    assert "house" in window.tooltip_content(haus)
    assert window.reader.token_at_point(window.reader.token_rect(haus).center()) == haus
    assert window.status.progress.isVisible() and window.status.progress.maximum() == 1000
    assert "%" in window.status.label.text()
    assert 0 < partials[-1].progress.fraction < 1
    # Berlin is coloured on screen before the end.
    window.reader.viewport().repaint()
    assert window.reader.painted_rects.get("LOC")
    parser.finish()
    qtbot.waitUntil(lambda: bool(analysed), timeout=60_000)
    assert analysed[0].analysis.text == text
    assert not window.status.progress.isVisible()


def test_a_jump_to_the_middle_gets_that_part_analysed_before_the_end(
    progressive_window, qtbot
) -> None:
    window, parser = progressive_window
    text = long_text()
    window.open_text(text, "lang")
    qtbot.waitUntil(lambda: window.analyses.index is not None, timeout=20_000)
    qtbot.waitUntil(lambda: not window.reader.loading, timeout=20_000)
    bar = window.reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    lo, hi = window.reader.visible_range()
    assert window.analyses.focus.get() == (lo, hi)
    assert not any(lo <= s < hi for s in parser.starts)
    parser.release(3)  # the section picked before the jump, then the middle
    qtbot.waitUntil(
        lambda: (
            bool(window.reader.words_in_view())
            and window.analyses.index.token(window.reader.words_in_view()[0]).start >= lo
        ),
        timeout=20_000,
    )
    middle = [s for s in parser.starts if lo - 6000 <= s < hi]
    assert middle and parser.starts.index(middle[0]) <= 2
    assert max(parser.starts) < len(text) * 3 // 4  # the end is not reached yet
    word = window.reader.words_in_view()[0]
    assert window.tooltip_content(word)


def test_opening_another_document_cancels_the_analysis(progressive_window, qtbot) -> None:
    window, parser = progressive_window
    analysed: list[AnalysedText] = []
    window.analyses.analysed.connect(analysed.append)
    text = long_text()
    window.open_text(text, "lang")
    qtbot.waitUntil(lambda: window.analyses.index is not None, timeout=20_000)
    stop = window.analyses._round.stop
    first_round = len(parser.starts)
    window.open_text(STORY, "kurz")
    qtbot.waitUntil(stop.is_set, timeout=20_000)
    parser.release(5)  # the section waiting at the gate ends; the old analysis stops there
    qtbot.waitUntil(lambda: bool(analysed), timeout=20_000)
    assert analysed[-1].analysis.text == STORY
    assert parser.texts.count(len(text)) <= first_round + 1
    assert not window.status.progress.isVisible()


def test_closing_the_window_stops_the_analysis(progressive_window, qtbot) -> None:
    window, parser = progressive_window
    window.open_text(long_text(), "lang")
    qtbot.waitUntil(lambda: window.analyses.index is not None, timeout=20_000)
    stop = window.analyses._round.stop
    window.close()
    assert stop.is_set()
    parsed = len(parser.starts)
    parser.release(1)  # the section being parsed ends, and with it the analysis
    assert window.analyses.wait_stopped(10)
    assert len(parser.starts) == parsed + 1


def test_the_status_line_estimates_the_time_left() -> None:
    from app.reading.progressive import Progress

    assert estimate_text(Progress(0, 10, 0.0)) == "Analysing the article… 0%"
    assert estimate_text(Progress(50, 100, 10.0)).endswith("about 15 s left")
    assert estimate_text(Progress(10, 100, 30.0)).endswith("min left")
