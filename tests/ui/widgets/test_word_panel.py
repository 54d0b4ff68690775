"""The Word dock: the pinned entry, its plain-text copy (app.ui.widgets.word_panel)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from app.ui.widgets.word_panel import EMPTY_HINT, WordPanel


def test_entry_copy_and_clear(app, qtbot) -> None:
    panel = WordPanel()
    qtbot.addWidget(panel)
    assert panel.token == -1 and "Click a word" in panel.text()
    assert "Click a word" in EMPTY_HINT
    panel.copy_all()  # nothing pinned: the clipboard is left alone
    panel.show_entry(7, "<p><b>Haus</b> house</p>", "Haus\n- house")
    assert panel.token == 7 and panel.text() == "Haus house"
    panel.copy_all()
    assert QGuiApplication.clipboard().text() == "Haus\n- house"
    assert panel.browser.property("empty") is False
    panel.clear("nothing here")
    assert panel.token == -1 and panel.plain == "" and panel.text() == "nothing here"


def test_a_long_lemma_does_not_widen_the_panel(app, qtbot) -> None:
    panel = WordPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.marks.show_word("Haus", "new", "1k")
    short = panel.minimumSizeHint().width()
    assert panel.widest_minimum() >= panel.marks.minimumSizeHint().width()
    long = "Bundesverfassungsgerichtspräsidentenwahl"
    panel.marks.show_word(long, "learning 2", "rare")
    assert panel.minimumSizeHint().width() == short
    assert long in panel.marks.info.toolTip()
