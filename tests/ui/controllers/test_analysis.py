"""Analysing the document on screen (app.ui.controllers.analysis)."""

from __future__ import annotations

import threading

from app.dictionary import WordInfo
from app.ui.controllers.analysis import AnalysedText, no_lookup, open_lookup
from tests.reading.helpers import STORY, story_analysis


def test_analysis_and_dictionary_arrive_together(make_window, qtbot) -> None:
    opened = threading.Event()

    def slow_dictionary(word: str, lemma: str, pos: str, morph: str, frame: str = "") -> WordInfo:
        return WordInfo(word=word, lemma=lemma, glosses=("x",))

    window = make_window(lookup=None, show=False)

    def factory(report):  # type: ignore[no-untyped-def]
        report("Opening the dictionary…")
        opened.wait(5)  # the analysis is done long before
        return slow_dictionary, "Dictionary: only a part"

    window.analyses._lookup_factory = factory
    analyses = window.analyses
    results: list[AnalysedText] = []
    analyses.analysed.connect(results.append)
    window.open_text(STORY, "story")
    qtbot.waitUntil(lambda: analyses.analyser.busy is False, timeout=10_000)
    qtbot.wait(100)
    assert results == [] and analyses.analysis is None  # waits for the dictionary
    with qtbot.waitSignal(analyses.shown, timeout=10_000):
        opened.set()
    assert results[0].analysis.text == STORY
    assert analyses.describer is not None and analyses.index is not None
    assert "x" in window.tooltip_content(next(iter(analyses.index.words)))
    assert window.status_label.text().endswith("names")
    assert analyses.model_info is not None and analyses.model_info.name == "de_test"


def test_forget_drops_what_is_being_analysed(make_window, qtbot) -> None:
    release = threading.Event()

    def analyze(text: str):  # type: ignore[no-untyped-def]
        release.wait(10)
        return story_analysis(text)

    window = make_window(analyze=analyze, show=False)
    analyses = window.analyses
    shown: list[str] = []
    analyses.analysed.connect(lambda result: shown.append(result.analysis.text))
    window.open_text(STORY, "story")
    qtbot.waitUntil(lambda: analyses.analyser.busy, timeout=10_000)
    analyses.forget()
    release.set()
    qtbot.waitUntil(lambda: not analyses.analyser.busy, timeout=10_000)
    qtbot.wait(100)
    assert shown == [] and analyses.analysis is None


def test_failure_is_reported_once(make_window, qtbot, message_boxes) -> None:
    def broken(text: str):  # type: ignore[no-untyped-def]
        raise ValueError("no model")

    window = make_window(analyze=broken, show=False)
    with qtbot.waitSignal(window.analyses.failed, timeout=10_000) as failed:
        window.open_text(STORY, "story")
    assert failed.args == ["no model"]
    assert window.status_label.text() == "Analysis failed"
    assert [title for title, _ in message_boxes] == ["The analysis failed"]


def test_lookup_without_a_dictionary_and_the_real_one() -> None:
    info = no_lookup("Haus", "Haus", "NOUN", "")
    assert info.glosses == () and info.source == ""
    reports: list[object] = []
    lookup, _error = open_lookup(reports.append)
    assert lookup("Haus", "Haus", "NOUN", "", "").lemma
