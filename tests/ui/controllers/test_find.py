"""Find in the article (app.ui.controllers.find): Ctrl+F, count, stepping, lemmas."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from app.core.tokens import TokenTable
from tests.ui.ui_helpers import open_and_wait, story_analysis

TEXT = "Er ging nach Hause.\n\nWir gehen gern.\n\nSie geht, und alle gehen mit.\n"


def lemma_analysis(text: str):
    base = story_analysis(text)
    t = base.tokens
    forms = ("ging", "geht", "gehen")
    lemmas = ["gehen" if w in forms else w.lower() for w in t.texts]
    tags = ["VERB" if w in forms else tag for w, tag in zip(t.texts, t.tags, strict=True)]
    table = TokenTable(t.starts, t.ends, t.texts, lemmas, tags, t.morphs, t.sentence_ids)
    return replace(base, tokens=table)


def test_ctrl_f_finds_by_lemma_and_steps(make_window, qtbot) -> None:
    window = make_window(analyze=lemma_analysis)
    open_and_wait(qtbot, window, text=TEXT)
    assert window.commands.find.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    bar = window.find_bar
    assert bar.isHidden()
    window.reader.setFocus()
    window.commands.find.trigger()
    assert bar.isVisible() and bar.edit.hasFocus()
    with qtbot.waitSignal(bar.query_changed, timeout=2000):
        qtbot.keyClicks(bar.edit, "gehen")
    reader = window.reader
    found = [TEXT[s:e] for s, e in reader.find_matches]
    assert found == ["ging", "gehen", "geht", "gehen"]
    assert bar.count.text() == "1 of 4" and reader.current_find == 0
    reader.viewport().repaint()
    assert len(reader.painted_rects.get("find", [])) == 3
    assert len(reader.painted_rects.get("find-current", [])) == 1
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.count.text() == "2 of 4" and reader.current_find == 1
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == "4 of 4"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert bar.isHidden() and reader.find_matches == ()
    # Esc in the article (Clear Highlights) closes the bar as well.
    window.commands.find.trigger()
    bar.flush()
    assert reader.find_matches
    reader.setFocus()
    reader.set_word_cursor(0)
    qtbot.keyClick(reader, Qt.Key.Key_Escape)
    assert bar.isHidden() and reader.find_matches == () and reader.word_cursor is None


def test_letters_before_the_analysis_and_no_matches(make_window, qtbot) -> None:
    window = make_window(analyze=lemma_analysis)
    open_and_wait(qtbot, window, text=TEXT)
    window.finding.finder = type(window.finding.finder)(TEXT)  # as before the analysis
    window.finding.open()
    window.find_bar.edit.setText("GEH")
    window.find_bar.flush()
    assert window.find_bar.count.text() == "1 of 3"  # "gehen", "geht", "gehen": not "ging"
    window.find_bar.edit.setText("xyz")
    window.find_bar.flush()
    assert window.find_bar.count.text() == "No matches"
    assert not window.find_bar.next.isEnabled()


def test_selection_becomes_the_query_and_new_document_finds_again(make_window, qtbot) -> None:
    window = make_window(analyze=lemma_analysis)
    open_and_wait(qtbot, window, text=TEXT)
    window.reader.select_range(TEXT.index("Hause"), TEXT.index("Hause") + 5)
    window.finding.open()
    assert window.find_bar.edit.text() == "Hause"
    assert window.find_bar.count.text() == "1 of 1"
    open_and_wait(qtbot, window, text="Zu Hause, im Haus.\n")
    assert window.find_bar.count.text() == "1 of 1"  # "Hause" again, in the new text
