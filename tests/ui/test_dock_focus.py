"""Keyboard focus across the docks (app.ui.dock_focus): Tab never goes into a panel of a
hidden dock tab, goes text → tab bar → chosen panel → Word panel → text, and Go ▸ Panels
(Ctrl+1 … Ctrl+6, F6) put the keyboard in each panel and back in the text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabBar

from app.ui import dock_focus
from tests.ui.ui_helpers import STORY, open_and_wait, quoted_story_analysis

CTRL = Qt.KeyboardModifier.ControlModifier


def _window(make_window, qtbot):
    window = make_window(analyze=quoted_story_analysis)
    open_and_wait(qtbot, window, text=STORY)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.reader.setFocus()
    return window


def _tab(qtbot, modifiers=Qt.KeyboardModifier.NoModifier):
    focus = QApplication.focusWidget()
    qtbot.keyClick(focus, Qt.Key.Key_Tab, modifiers)
    return QApplication.focusWidget()


def _dock_of(window, widget):
    docks = (window.people_dock, window.quotes_dock, window.places_dock)
    docks += (window.organisations_dock, window.vocab.dock, window.word_dock)
    return next((d for d in docks if d.isAncestorOf(widget)), None)


def test_tab_never_enters_a_hidden_dock_tab(make_window, qtbot) -> None:
    """Behind the People tab, the Quotes list took the focus and chose its first quote."""
    window = _window(make_window, qtbot)
    seen = [_tab(qtbot, CTRL)]
    for _ in range(12):
        seen.append(_tab(qtbot))
    docks = {_dock_of(window, w) for w in seen} - {None}
    assert docks == {window.people_dock, window.word_dock}
    assert not window.quotes_panel.list.currentIndex().isValid()  # no quote chosen unseen
    assert window.reader in seen  # the ring comes back to the text


def test_tab_order_text_tab_bar_panel_word_text(make_window, qtbot) -> None:
    window = _window(make_window, qtbot)
    bar = _tab(qtbot, CTRL)
    assert isinstance(bar, QTabBar)
    bar.setCurrentIndex(next(i for i in range(bar.count()) if bar.tabText(i) == "Quotes"))
    qtbot.waitUntil(lambda: dock_focus.dock_on_screen(window.quotes_dock))
    order = [_tab(qtbot) for _ in range(8)]
    assert _dock_of(window, order[0]) is window.quotes_dock
    word_at = next(i for i, w in enumerate(order) if _dock_of(window, w) is window.word_dock)
    assert all(_dock_of(window, w) is window.quotes_dock for w in order[:word_at])
    assert order[word_at + 1] is window.reader
    # Shift+Tab walks back the same way (from the text: Ctrl+Shift+Tab, Tab moves words).
    window.reader.setFocus()
    back = _tab(qtbot, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert _dock_of(window, back) is window.word_dock


def test_panel_keys_raise_the_panel_and_focus_it(make_window, qtbot) -> None:
    window = _window(make_window, qtbot)
    keys = (
        (Qt.Key.Key_2, window.quotes_dock),
        (Qt.Key.Key_3, window.places_dock),
        (Qt.Key.Key_4, window.organisations_dock),
        (Qt.Key.Key_5, window.vocab.dock),
        (Qt.Key.Key_6, window.word_dock),
        (Qt.Key.Key_1, window.people_dock),
    )
    for key, dock in keys:
        qtbot.keyClick(QApplication.focusWidget(), key, CTRL)
        qtbot.waitUntil(lambda dock=dock: dock_focus.dock_on_screen(dock))
        assert _dock_of(window, QApplication.focusWidget()) is dock, dock.windowTitle()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.reader


def test_a_closed_panel_is_opened_by_its_key(make_window, qtbot) -> None:
    window = _window(make_window, qtbot)
    window.places_dock.close()
    qtbot.keyClick(window.reader, Qt.Key.Key_3, CTRL)
    qtbot.waitUntil(lambda: dock_focus.dock_on_screen(window.places_dock))
    assert _dock_of(window, QApplication.focusWidget()) is window.places_dock


def test_panel_keys_are_on_the_shortcut_sheet(make_window) -> None:
    from app.ui.widgets.shortcuts import shortcut_sections

    window = make_window()
    go = dict(shortcut_sections(window))["Go"]
    labels = dict(go)
    assert labels["Quotes Panel"] == "Ctrl+2" and labels["Article Text"] == "F6"
