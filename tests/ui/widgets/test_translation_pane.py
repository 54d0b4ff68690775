"""The translation column's header, the pane, and scrolling level (translation_pane)."""

from __future__ import annotations

from app.analysis import Analysis
from app.core.results import Sentence
from app.reading.textmodel import Paragraphs, ParallelLayout, ReaderIndex, Utf16Map
from app.ui.widgets.reader import ReaderView
from app.ui.widgets.translation_pane import PaneHeader, ScrollSync, TranslationPane
from tests.reading.helpers import TEST_MODEL


def test_header_shows_progress_only_while_busy(app, qtbot) -> None:
    header = PaneHeader("English", closable=True)
    qtbot.addWidget(header)
    header.show()
    header.set_progress(3, 10, "3 of 10 sentences", True)
    assert header.status.text() == "3 of 10 sentences" and header.progress.isVisible()
    assert header.progress.value() == 3
    header.set_progress(10, 10, "10 sentences", False)
    assert not header.progress.isVisible()
    assert header.close_button is not None
    with qtbot.waitSignal(header.close_requested, timeout=1000):
        header.close_button.click()


def test_pane_title_and_close(app, qtbot) -> None:
    pane = TranslationPane()
    qtbot.addWidget(pane)
    pane.set_title("French", "DeepL")
    assert pane.header.title.text() == "French  ·  DeepL"
    with qtbot.waitSignal(pane.close_requested, timeout=1000):
        pane.header.close_requested.emit()


def test_a_long_status_is_elided_and_leaves_the_title_whole(app, qtbot) -> None:
    """A narrow column with a long message (no network): the title keeps its width,
    the message ends in "…" with the whole of it in the tooltip, nothing overlaps."""
    pane = TranslationPane()
    qtbot.addWidget(pane)
    pane.set_title("English", "Google Translate")
    message = "Cannot reach Google Translate; will try again later"
    pane.resize(460, 300)
    pane.show()
    pane.header.set_progress(0, 0, message, False)
    qtbot.waitExposed(pane)
    title, status = pane.header.title, pane.header.status
    assert title.width() >= title.sizeHint().width()
    assert title.geometry().right() < status.geometry().left()
    assert status.elided().endswith("…") and status.elided() != message
    assert status.text() == message and status.toolTip() == message
    assert title.toolTip() == "Translated by Google Translate"
    pane.resize(1200, 300)
    qtbot.waitUntil(lambda: status.elided() == message, timeout=2000)
    assert status.toolTip() == ""


def test_scrolling_the_article_levels_the_translation(app, qtbot) -> None:
    lines = [f"Satz Nummer {n} steht hier." for n in range(200)]
    text = "\n\n".join(lines) + "\n"
    starts = [text.index(line) for line in lines]
    sentences = tuple(Sentence(s, s + len(line)) for s, line in zip(starts, lines, strict=True))
    analysis = Analysis(text, (), sentences, (), (), TEST_MODEL)
    reader = ReaderView()
    pane = TranslationPane()
    for view in (reader, pane):
        view.resize(500, 400)
        qtbot.addWidget(view)
        view.show()
    reader.show_text(text, Paragraphs.for_text(text), Utf16Map.for_text(text))
    reader.show_analysis(ReaderIndex.build(analysis))
    layout = ParallelLayout.build(text, starts, Paragraphs.for_text(text))
    pane.text.set_layout(layout, lambda i: ("done", f"Sentence number {i} is here."))
    pane.text.flush()
    sync = ScrollSync(reader, pane.text)
    reader.verticalScrollBar().setValue(100)
    assert pane.text.verticalScrollBar().value() == 0  # not enabled yet
    sync.enabled = True
    sync.sync_now()
    top = sync._reader_top()
    assert top > 10
    assert abs(pane.text.top_sentence() - top) <= 1
    pane.text.verticalScrollBar().setValue(0)
    assert reader.verticalScrollBar().value() == 0
