"""The Quotes, Places and Organisations docks (app.ui.widgets.record_panel and its panels)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.core.results import NamedEntity, Person, Quote
from app.reading.entities import entity_rows
from app.reading.quotes import NO_SPEAKER, quote_rows
from app.ui import theme as themes
from app.ui.widgets.entity_panel import EntityPanel
from app.ui.widgets.quotes_panel import QuotesPanel

PEOPLE = (Person("Anna Alt", ("Ministerin",), 50, None, False, ((0, 8),)),)
QUOTES = (
    Quote(20, 60, "Wir schaffen das " * 8, "direct", "Anna Alt", (0, 8), "person"),
    Quote(70, 90, "die Lage sei ernst", "indirect", "die Polizei", None, "description"),
    Quote(100, 110, "Genug", "direct", None, None, None),
    Quote(120, 130, "Mehr nicht", "indirect", "Anna Alt", (0, 8), "person"),
)
PLACES = (
    NamedEntity("Russland", "LOC", ((40, 49), (0, 8)), ("Russland", "Russlands")),
    NamedEntity("Kiew", "LOC", ((20, 24),), ("Kiew",)),
)


def quotes_panel(qtbot) -> QuotesPanel:
    p = QuotesPanel()
    p.resize(320, 600)
    qtbot.addWidget(p)
    p.show()
    p.set_quotes(quote_rows(QUOTES, PEOPLE))
    return p


def test_quotes_listed_with_speakers_and_filter(app, qtbot) -> None:
    p = quotes_panel(qtbot)
    assert p.visible_records() == [0, 1, 2, 3]
    assert p.count_label.text() == "4 quotes"
    labels = [p.speaker.itemText(i) for i in range(p.speaker.count())]
    assert labels == [
        "All speakers (4)",
        "Anna Alt (2)",
        "Die Polizei (1)",
        "Speaker not given (1)",
    ]
    p.choose_speaker("Anna Alt")
    assert p.visible_records() == [0, 3]
    assert p.count_label.text() == "2 of 4 quotes"
    p.choose_speaker(NO_SPEAKER)
    assert p.visible_records() == [2]
    # A new article keeps the filter when its speaker is there, else shows all.
    p.set_quotes(quote_rows(QUOTES[:2], PEOPLE))
    assert p.visible_records() == [0, 1]
    p.list.grab()  # the delegate paints titles, pills and wrapped words
    tip = p.model.data(p.model.index(1), Qt.ItemDataRole.ToolTipRole)
    assert "<b>Die Polizei</b> — unnamed source" in tip and "die Lage sei ernst" in tip


def test_quote_rows_are_taller_for_long_quotes(app, qtbot) -> None:
    p = quotes_panel(qtbot)
    qtbot.waitUntil(lambda: p.row_rect(3).height() > 0, timeout=2000)  # laid out in batches
    long_row = p.row_rect(0).height()
    short_row = p.row_rect(2).height()
    assert long_row > short_row


def test_quote_selection_copy_and_speaker(app, qtbot) -> None:
    p = quotes_panel(qtbot)
    with qtbot.waitSignal(p.record_selected, timeout=1000) as chosen:
        p.select_record(1)
    assert chosen.args == [1]
    p.copy_selected()
    assert QGuiApplication.clipboard().text() == "Die Polizei (reported): die Lage sei ernst"
    p.list.clearSelection()
    p.choose_speaker("Anna Alt")
    p.copy_selected()  # nothing chosen: every quote listed
    assert QGuiApplication.clipboard().text().count("Anna Alt (Ministerin · 50 years") == 2
    p.select_record(3)
    assert p.context_actions()[0].isEnabled()  # Anna Alt is in the People panel
    with qtbot.waitSignal(p.speaker_requested, timeout=1000) as person:
        p.show_speaker_action.trigger()
    assert person.args == [0]


def test_reported_switch_and_enter(app, qtbot) -> None:
    p = quotes_panel(qtbot)
    with qtbot.waitSignal(p.reported_toggled, timeout=1000) as toggled:
        p.reported.setChecked(True)
    assert toggled.args == [True]
    p.select_record(0)
    p.list.setFocus()
    with qtbot.waitSignal(p.step_requested, timeout=1000) as step:
        qtbot.keyClick(p.list, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert step.args == [-1]


def test_empty_and_cleared(app, qtbot) -> None:
    p = quotes_panel(qtbot)
    p.set_quotes(())
    assert p.placeholder.text() == "No quotes found in this article."
    assert not p.export_button.isEnabled() and not p.speaker.isEnabled()
    p.clear("Finding the quotes…")
    assert p.placeholder.text() == "Finding the quotes…" and p.count_label.text() == ""


def test_entity_panel_counts_filter_and_copy(app, qtbot) -> None:
    p = EntityPanel(("place", "places"))
    p.resize(300, 400)
    qtbot.addWidget(p)
    p.show()
    p.set_theme(themes.DARK)
    p.set_entities(entity_rows(PLACES))
    assert p.visible_records() == [0, 1] and p.count_label.text() == "2 places"
    assert p.filter.placeholderText() == "Filter places"
    p.filter.setText("russlands")  # other forms count for the filter
    assert p.visible_records() == [0]
    with qtbot.waitSignal(p.record_selected, timeout=1000) as chosen:
        qtbot.keyClick(p.filter, Qt.Key.Key_Return)
    assert chosen.args == [0]
    p.copy_selected()
    assert QGuiApplication.clipboard().text() == "Russland — place, 2 mentions (also: Russlands)"
    with qtbot.waitSignal(p.record_selected, timeout=1000) as again:
        p.select_record(0)  # already the current row: chosen again all the same
    assert again.args == [0]
    p.clear_selection()
    assert p.selected_record() == -1
    p.filter.clear()
    p.list.grab()
    p.set_entities(())
    assert p.placeholder.text() == "No places found in this article."
