"""The translation column's text: placeholders, fill-in, sentence ranges (translation_text)."""

from __future__ import annotations

from app.reading.textmodel import Paragraphs, ParallelLayout
from app.ui.widgets.translation_text import PLACEHOLDER, State, TranslationText

ARTICLE = "Erster Satz. Zweiter Satz.\n\nDritter Satz.\n"
STARTS = (0, 13, 28)


def make(qtbot, states: dict[int, tuple[State, str]]) -> TranslationText:
    view = TranslationText()
    view.resize(600, 400)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    layout = ParallelLayout.build(ARTICLE, STARTS, Paragraphs.for_text(ARTICLE))
    view.set_layout(layout, lambda i: states[i])
    view.flush()
    return view


def test_sentences_fill_in_and_keep_their_place(app, qtbot) -> None:
    states: dict[int, tuple[State, str]] = {
        0: ("done", "First sentence."),
        1: ("pending", "Zweiter Satz."),
        2: ("missing", "Dritter Satz."),
    }
    view = make(qtbot, states)
    assert view.toPlainText().split("\n") == [
        "First sentence. Zweiter Satz.",
        "",
        "Dritter Satz.",
    ]
    qtbot.waitUntil(lambda: bool(view.painted_rects.get("pending")), timeout=3000)
    assert view.sentence_range(1) == (0, 16, 29)
    assert view.sentence_at_position(3) == 0
    states[1] = ("done", "Second sentence.")
    view.update_sentences([1])
    view.flush()
    assert view.toPlainText().startswith("First sentence. Second sentence.")
    view.highlight(1)
    assert view.highlight_range == (0, 16, 32)
    view.highlight(-1)
    assert view.highlight_range is None
    assert view.top_sentence() == 0
    assert view.sentence_lines(2) is not None


def test_no_layout_shows_nothing(app, qtbot) -> None:
    view = TranslationText()
    qtbot.addWidget(view)
    view.set_layout(None, lambda i: ("pending", ""))
    assert view.toPlainText() == "" and view.sentence_range(0) is None and view.top_sentence() == -1
    assert PLACEHOLDER == "…"
