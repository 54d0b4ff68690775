"""The find bar (app.ui.widgets.find_bar): query after a pause, Enter steps, Esc closes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.widgets.find_bar import FindBar


def test_query_steps_and_close(app, qtbot) -> None:
    bar = FindBar()
    qtbot.addWidget(bar)
    assert bar.isHidden()
    bar.open_bar()
    assert bar.isVisible()
    with qtbot.waitSignal(bar.query_changed, timeout=2000) as query:
        qtbot.keyClicks(bar.edit, "ging")
    assert query.args == ["ging"]
    with qtbot.waitSignal(bar.step_requested, timeout=1000) as step:
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert step.args == [1]
    with qtbot.waitSignal(bar.step_requested, timeout=1000) as step:
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert step.args == [-1]
    bar.set_count("No matches", False)
    assert not bar.next.isEnabled() and bar.count.property("none") is True
    bar.set_count("1 of 2", True)
    assert bar.next.isEnabled() and bar.count.property("none") is False
    with qtbot.waitSignal(bar.closed, timeout=1000):
        qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert bar.isHidden()


def test_open_with_text_reports_at_once(app, qtbot) -> None:
    bar = FindBar()
    qtbot.addWidget(bar)
    with qtbot.waitSignal(bar.query_changed, timeout=1000) as query:
        bar.open_bar("Haus")
    assert query.args == ["Haus"] and bar.edit.selectedText() == "Haus"
